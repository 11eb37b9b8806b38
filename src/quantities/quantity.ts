import { D, type Decimal, type DecimalInput, freezeDecimal, ownDecimal, sharedBy, toDecimalOrUndefined } from '../numbers/decimal.js'
import { makeIssue, QuantityError } from '../errors.js'
import { own } from '../own.js'
import { describeUnit } from './unit.js'

/**
 * An amount in a unit, kept as written: "152.2万元" is amount 152.2 in 万元,
 * "90%" is amount 90 in %. Plain, frozen data; `JSON.stringify` writes the
 * amount as an exact string.
 *
 * @example
 * ```ts
 * import { parseQuantity } from 'jixiao'
 * JSON.stringify(parseQuantity('152.2万元'))
 * //=> '{"amount":"152.2","unit":"万元"}'
 * ```
 */
export interface Quantity {
  /** The exact amount. */
  readonly amount: Decimal
  /** The unit ("" for none); share words are written "%", "‰", "‱", "百分点". */
  readonly unit: string
}

/**
 * Make a frozen {@link Quantity} from an amount and a unit.
 *
 * @param amount - a number, a decimal string or a Decimal.
 * @param unit - the unit as written; default "" (no unit). "百分比" becomes "%".
 * @returns the quantity, frozen, its amount too: a Decimal of the library's own, read from the exact text of the
 *   amount given (a host's Decimal keeps no precision or rounding of its clone).
 * @throws {@link QuantityError} `QUANTITY_MALFORMED` when the amount is not a finite number.
 * @example
 * ```ts
 * quantity('99.16', '%').amount.toString()
 * //=> '99.16'
 * quantity(3, '百分比').unit
 * //=> '%'
 * ```
 */
export function quantity(amount: DecimalInput, unit = ''): Quantity {
  const decimal = toDecimalOrUndefined(amount)
  if (decimal === undefined) {
    throw new QuantityError([
      makeIssue('QUANTITY_MALFORMED', { text: String(amount), reason: 'not-finite' }),
    ])
  }
  return makeQuantity(decimal, unit === '' ? '' : describeUnit(unit.trim()).unit)
}

/** @internal A quantity made anew, never one that is shared: for functions that promise a new object. */
export function newQuantity(amount: Decimal, unit: string): Quantity {
  return Object.freeze({ amount: freezeDecimal(ownDecimal(amount)), unit })
}

/** How many units one amount shares quantities for; past that, its quantities are made anew. */
const UNITS_PER_AMOUNT = 16

/**
 * @internal Freeze a quantity from parts already checked, its amount frozen and always one of our Decimals. A quantity
 * of a number that recurs (one of the intern table's Decimals) is made once per unit and shared: it is frozen, and real
 * tables repeat "100%" and "≥95%" thousands of times.
 */
export function makeQuantity(amount: Decimal, unit: string): Quantity {
  const value = freezeDecimal(ownDecimal(amount))
  const byUnit = sharedBy(value) as Map<string, Quantity> | undefined
  if (byUnit === undefined) return newQuantity(value, unit)
  const known = byUnit.get(unit)
  if (known !== undefined) return known
  const made = newQuantity(value, unit)
  if (byUnit.size < UNITS_PER_AMOUNT) byUnit.set(unit, made)
  return made
}

/**
 * @internal A caller's quantity as the library reads it: its own `amount` read again as one of our Decimals (a host's
 * Decimal, or one changed since, never takes part in arithmetic) and its own `unit`.
 *
 * @throws {@link QuantityError} `QUANTITY_MALFORMED` when the amount is not a finite number.
 */
export function readQuantity(value: Quantity): Quantity {
  const amount = own(value, 'amount')
  const unit = own(value, 'unit')
  if (amount !== undefined && amount.constructor === D && Object.isFrozen(amount) && typeof unit === 'string' && Object.isFrozen(value)) return value
  const decimal = toDecimalOrUndefined(amount)
  if (decimal === undefined) {
    throw new QuantityError([makeIssue('QUANTITY_MALFORMED', { text: String(amount), reason: 'not-finite' })])
  }
  return makeQuantity(decimal, typeof unit === 'string' ? unit : '')
}
