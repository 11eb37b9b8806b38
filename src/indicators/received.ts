/**
 * What a value is, as an issue says it received: a JS type, with null and arrays named.
 *
 * @module
 */
import { isDecimal } from '../numbers/decimal.js'

/** @internal The kind of a value for an issue's `received`: 'null', 'array', or its typeof. */
export function received(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value
}

/** @internal A value as text for an issue, never throwing (an object without a prototype has no string form). */
export function shown(value: unknown): string {
  if (typeof value === 'string') return value
  // a Decimal writes its digits; any other object is named by its kind
  if (typeof value === 'object' && value !== null) return isDecimal(value) ? value.toString() : `[${received(value)}]`
  return typeof value === 'symbol' || typeof value === 'function' ? `[${typeof value}]` : String(value)
}
