import { type Decimal, type DecimalInput, toDecimalOrUndefined } from '../numbers/decimal.js'
import { makeIssue, QuantityError } from '../errors.js'
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
 * @returns the quantity.
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

/** @internal Freeze a quantity from parts already checked. */
export function makeQuantity(amount: Decimal, unit: string): Quantity {
  return Object.freeze({ amount, unit })
}
