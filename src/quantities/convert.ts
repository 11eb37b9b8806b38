import { ONE, type Decimal, WIDE, powerOfTen } from '../numbers/decimal.js'
import { UNIT_PREFIXES } from './catalogue.js'
import { makeIssue, QuantityError } from '../errors.js'
import { makeQuantity, newQuantity, readQuantity, type Quantity } from './quantity.js'
import { lookup } from '../own.js'
import { describeUnit, type UnitDescription } from './unit.js'

function incompatible(a: UnitDescription, b: UnitDescription, path: readonly (string | number)[] = []): QuantityError {
  return new QuantityError([makeIssue('QUANTITY_INCOMPATIBLE_UNITS', { from: a.unit, to: b.unit }, { path })])
}

/**
 * Can quantities in these two units be compared and converted?
 *
 * @param a - a unit as written.
 * @param b - another unit as written.
 * @returns true when both belong to one family and dimension (元 and 万元; 亩 and 公顷).
 * @example
 * ```ts
 * areUnitsCompatible('万元', '元')
 * //=> true
 * areUnitsCompatible('件', '%')
 * //=> false
 * ```
 */
export function areUnitsCompatible(a: string, b: string): boolean {
  return describeUnit(a).dimension === describeUnit(b).dimension
}

/**
 * Convert a quantity into another unit of its family. Exact whenever the
 * result is a terminating decimal of at most 40 significant digits (元 ↔ 万元
 * ↔ 亿元, 公顷 → 亩, 米 ↔ 公里, 平方米 → 亩 or 公顷); otherwise (亩 → 平方米
 * is ×666.66…, 亩 → 公顷 is ÷15) rounded half-up to 40 significant digits.
 *
 * @param value - the quantity (an amount from any copy of decimal.js is read again as the library's own).
 * @param unit - the unit wanted.
 * @returns a new quantity in `unit`; the input is not changed.
 * @throws {@link QuantityError} `QUANTITY_INCOMPATIBLE_UNITS` naming both units.
 * @example
 * ```ts
 * convertQuantity(parseQuantity('152.2万元'), '元').amount.toString()
 * //=> '1522000'
 * convertQuantity(parseQuantity('2公顷'), '亩').amount.toString()
 * //=> '30'
 * ```
 */
export function convertQuantity(value: Quantity, unit: string): Quantity {
  const q = readQuantity(value)
  const from = describeUnit(q.unit)
  const to = describeUnit(unit)
  if (from.dimension !== to.dimension) throw incompatible(from, to)
  // a new quantity, as promised, even where one is shared for its number ("90%" → "%")
  if (from.unit === to.unit) return newQuantity(q.amount, to.unit)
  return newQuantity(q.amount.times(from.factor).div(to.factor), to.unit)
}

/**
 * Compare two quantities of one family exactly: each amount is multiplied by
 * its unit's factor with no rounding, never converted through a rounded
 * quotient. (Only a rate unit with 平方米 in its denominator has a factor that
 * is itself rounded, to 40 significant digits.)
 *
 * @param a - a quantity (an amount from any copy of decimal.js is read again as the library's own).
 * @param b - a quantity in a compatible unit.
 * @returns -1 when a < b, 0 when equal, 1 when a > b.
 * @throws {@link QuantityError} `QUANTITY_INCOMPATIBLE_UNITS` naming both units.
 * @example
 * ```ts
 * compareQuantities(parseQuantity('1公顷'), parseQuantity('15亩'))
 * //=> 0
 * compareQuantities(parseQuantity('2‰'), parseQuantity('0.1%'))
 * //=> 1
 * ```
 */
export function compareQuantities(a: Quantity, b: Quantity): -1 | 0 | 1 {
  const first = readQuantity(a)
  const second = readQuantity(b)
  const own = describeUnit(first.unit)
  const other = describeUnit(second.unit)
  if (own.dimension !== other.dimension) throw incompatible(own, other)
  // products at full width: no digit of either amount is rounded away
  const left = new WIDE(first.amount).times(own.factor)
  const right = new WIDE(second.amount).times(other.factor)
  return left.cmp(right) as -1 | 0 | 1
}

/**
 * @internal The amount of `q` in its family's base, after checking that
 * `otherUnit` belongs to the same dimension.
 */
export function baseAmount(given: Quantity, otherUnit: string): Decimal {
  const q = readQuantity(given)
  const own = describeUnit(q.unit)
  const other = describeUnit(otherUnit)
  if (own.dimension !== other.dimension) throw incompatible(own, other)
  return q.amount.times(own.factor)
}

/**
 * @internal The quantity in `unit` when it was written without one ("93"
 * against "95%") or with a bare scale only ("5万" against "10万元" or
 * "60000人"): the amount in the other side's unit, at its scale. Any other
 * unit is returned as it is, for the comparison to accept or refuse.
 */
export function adoptUnit(given: Quantity, unit: string): Quantity {
  const q = readQuantity(given)
  if (q.unit === unit || unit === '') return q
  const other = describeUnit(unit)
  // a bare scale ("万") is a factor, not a unit to lend: 40000 against 5万 compares through it
  if (q.unit === '') return other.family === 'none' ? q : makeQuantity(q.amount, unit)
  // "/亩" against "元/亩", "/年" against "次": a rate with no numerator takes the other side's unit
  if (q.unit.startsWith('/') && (unit.endsWith(q.unit) || !unit.includes('/'))) return makeQuantity(q.amount, unit)
  const own = describeUnit(q.unit)
  if (own.family !== 'none' || own.dimension !== 'none') return q
  if (other.dimension === 'none') return q
  // the other unit's own scale: 万元 is 10⁴ 元, 万平方米 is 10⁴ 平方米
  let prefixFactor: Decimal = ONE
  for (const length of [2, 1]) {
    const bare = unit.slice(length)
    const prefix = lookup(UNIT_PREFIXES, unit.slice(0, length))
    if (prefix !== undefined && bare !== '' && describeUnit(bare).dimension === other.dimension) {
      prefixFactor = powerOfTen(prefix)
      break
    }
  }
  return makeQuantity(q.amount.times(own.factor).div(prefixFactor), unit)
}
