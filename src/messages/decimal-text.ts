/**
 * Numbers in message texts: a Decimal of the details, or its string form in an issue revived from JSON (where the
 * Decimal has become text). Both print the same.
 *
 * @module
 */
import type { Decimal } from '../numbers/decimal.js'

/** @internal A number of the details as text. */
export function decimalText(value: Decimal | string): string {
  return typeof value === 'string' ? value : value.toFixed()
}

/** @internal A fraction of the details as a percentage ("0.9167" → "91.67%"), by moving the point: exact, no float. */
export function percentText(value: Decimal | string): string {
  const text = decimalText(value)
  const m = /^(-?)(\d*)(?:\.(\d*))?$/u.exec(text)
  if (m === null) return text
  const fraction = (m[3] ?? '').padEnd(2, '0')
  const whole = `${m[2] ?? ''}${fraction.slice(0, 2)}`.replace(/^0+(?=\d)/u, '')
  const rest = fraction.slice(2)
  return `${m[1] ?? ''}${whole === '' ? '0' : whole}${rest === '' ? '' : `.${rest}`}%`
}
