/**
 * Rounding a score as a policy says: places and mode, in the library's own Decimal (a host's `Decimal.set` changes
 * nothing).
 *
 * @module
 */
import { D, type Decimal } from '../numbers/decimal.js'
import type { RoundingMode } from './policies/types.js'

const MODES: Readonly<Record<RoundingMode, number>> = { 'half-up': D.ROUND_HALF_UP, up: D.ROUND_UP, down: D.ROUND_DOWN, 'half-even': D.ROUND_HALF_EVEN }

/** @internal The decimal.js rounding constant of a mode. */
export function roundingConstant(mode: RoundingMode): number {
  return MODES[mode]
}

/** @internal `value` to `places` decimals with decimal.js rounding `rm` (scores are never negative, so up is away from 0). */
export function roundTo(value: Decimal, places: number, rm: number): Decimal {
  return value.toDecimalPlaces(places, rm as Parameters<Decimal['toDecimalPlaces']>[1])
}
