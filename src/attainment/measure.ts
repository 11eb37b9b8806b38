/**
 * A number against a number: the comparison a target means, whether it holds, and the completion ratio.
 *
 * @module
 */
import { AttainmentError, makeIssue } from '../errors.js'
import { D, ONE, ZERO, isPositive, type Decimal } from '../numbers/decimal.js'
import { adoptUnit, areUnitsCompatible, baseAmount } from '../quantities/convert.js'
import type { Quantity } from '../quantities/quantity.js'
import type { Comparator } from '../targets/types.js'
import type { ComparisonProblem } from '../messages/issue-details.js'
import { attainment, settled, type AttainmentOf } from './attainment.js'
import type { CheckedOptions } from './options.js'
import { own } from '../own.js'

/** @internal What a measured judgement needs to say of its inputs. */
export interface MeasureTexts {
  readonly actual: string
  readonly target: string
  /** The actual was a JS number with no unit, read in this unit of the target. */
  readonly bareUnit?: string
}

/** @internal An actual that cannot be judged against its target: the error, with what was compared (and, for units, which). */
export function notComparable(reason: ComparisonProblem, texts: MeasureTexts, units?: { actualUnit: string; targetUnit: string }): AttainmentError {
  return new AttainmentError([makeIssue('ACTUAL_NOT_COMPARABLE', { reason, actual: texts.actual, target: texts.target, ...units }, { input: texts.actual })])
}

/** @internal Amounts of actual and target in one base, a side without a unit (or with a bare 万) taking the other's. */
export function amounts(actual: Quantity, target: Quantity, texts: MeasureTexts): { a: Decimal; t: Decimal } {
  // one unit on both sides: the amounts compare as written, no factor to apply
  if (actual.unit === target.unit && actual.amount instanceof D && target.amount instanceof D) return { a: actual.amount, t: target.amount }
  const a = adoptUnit(actual, target.unit)
  const t = adoptUnit(target, a.unit)
  if (!areUnitsCompatible(a.unit, t.unit)) throw notComparable('units', texts, { actualUnit: actual.unit, targetUnit: target.unit })
  return { a: baseAmount(a, t.unit), t: baseAmount(t, a.unit) }
}

/**
 * @internal The comparison a target means when none is written: the indicator's polarity decides; without one, an
 * approximate target is "close to" only when asked (`approximate: 'close-to'`), a bare 0 is "at most", anything else
 * "at least".
 */
export function impliedComparison(written: Comparator | null, options: CheckedOptions, approximate: boolean, targetIsZero: boolean): Comparator {
  if (written !== null) return written
  if (options.polarity === 'negative') return '<='
  if (options.polarity === 'positive') return '>='
  if (approximate && options.approximate === 'close-to') return '='
  return targetIsZero ? '<=' : '>='
}

/** @internal Negative actuals count as 0 in a ratio. */
export function clampZero(x: Decimal): Decimal {
  return x.isNegative() ? ZERO : x
}

/** @internal A ratio capped at 1. */
export function minOne(x: Decimal): Decimal {
  return x.gt(ONE) ? ONE : x
}

function judge(op: Comparator, a: Decimal, t: Decimal, tolerance: Decimal, approximate: boolean): boolean {
  const slack = approximate ? t.abs().times(tolerance) : ZERO
  switch (op) {
    case '>=':
      return a.gte(t.minus(slack))
    case '>':
      return approximate ? a.gte(t.minus(slack)) : a.gt(t)
    case '<=':
      return a.lte(t.plus(slack))
    case '<':
      return approximate ? a.lte(t.plus(slack)) : a.lt(t)
    case '=':
      if (approximate) return a.minus(t).abs().lte(slack)
      return isPositive(t) ? a.gte(t) : !isPositive(a)
  }
}

/** @internal Judge amount `a` against `t` under `op`: met, ratio (A ÷ T or T ÷ A), performance. */
export function measured(
  op: Comparator,
  a: Decimal,
  t: Decimal,
  tolerance: Decimal,
  approximate: boolean,
  closeToAsked: boolean,
  texts: MeasureTexts,
): AttainmentOf<'MEASURE'> {
  const closeTo = op === '=' && approximate && closeToAsked
  const higher = op === '>=' || op === '>' || (op === '=' && !approximate && isPositive(t))
  const met = judge(op, a, t, tolerance, approximate)
  const ac = clampZero(a)
  let ratio: Decimal
  let performance: Decimal | null
  if (closeTo) {
    performance = isPositive(t) ? ac.div(t) : null
    ratio = met ? ONE : !isPositive(t) ? ZERO : ac.gt(t) ? t.div(ac) : ac.div(t)
  } else if (higher) {
    // one division serves both: the ratio is the performance capped at 1
    performance = isPositive(t) ? ac.div(t) : null
    ratio = met ? ONE : performance !== null ? minOne(performance) : ZERO
  } else {
    performance = isPositive(ac) ? t.div(ac) : null
    ratio = met ? ONE : !isPositive(t) || performance === null ? ZERO : minOne(performance)
  }
  const rule = closeTo ? 'close-to' : higher ? 'higher-is-better' : 'lower-is-better'
  const base = { actual: texts.actual, target: texts.target, rule, ratio: settled(met, ratio) } as const
  const bareUnit = own(texts, 'bareUnit')
  const details = bareUnit === undefined ? base : { ...base, bareNumber: true, unit: bareUnit }
  return attainment(met, ratio, performance, rule, 'MEASURE', details)
}
