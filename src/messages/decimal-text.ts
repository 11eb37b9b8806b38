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

/**
 * @internal A completion ratio as a message shows it: four places, truncated (a ratio short of 1 by less than 0.00005
 * still shows as short of 1), "—" when there is none; the same for a Decimal and its JSON text.
 */
export function ratioText(ratio: Decimal | string | null): string {
  if (ratio === null) return '—'
  if (typeof ratio !== 'string') return ratio.toDecimalPlaces(4, 1).toFixed()
  const m = /^(-?\d+)(?:\.(\d*))?$/u.exec(ratio)
  if (m === null) return ratio
  const fraction = (m[2] ?? '').slice(0, 4).replace(/0+$/u, '')
  return fraction === '' ? (m[1] as string) : `${m[1] as string}.${fraction}`
}
