import { issue, QuantityError, TargetParseError } from '../errors.js'
import { D, type Decimal, type DecimalInput, isDecimal, toDecimalOrUndefined } from '../numbers/decimal.js'
import { formatDecimal } from '../numbers/format-number.js'
import { baseAmount } from '../quantity/convert.js'
import { formatQuantity } from '../quantity/format-quantity.js'
import { makeQuantity, type Quantity } from '../quantity/quantity.js'
import { parseActual, type Actual } from './actual.js'
import { formatTarget } from './format-target.js'
import type { CalendarDate, Comparator, Polarity, Target } from './types.js'

/**
 * Options of {@link evaluateTarget}.
 *
 * @example
 * ```ts
 * const options: EvaluateTargetOptions = { polarity: 'negative', tolerance: '0.05' }
 * ```
 */
export interface EvaluateTargetOptions {
  /**
   * The indicator's polarity: decides a target written with no comparison
   * word (positive: at least; negative: at most). Without it, a bare 0 means
   * "at most 0" and any other bare number "at least".
   */
  readonly polarity?: Polarity
  /** Relative tolerance of approximate targets (约, 左右). Default 0.05 (5%). */
  readonly tolerance?: DecimalInput
  /** Evaluation year, for actual dates written without one. */
  readonly year?: number
}

/**
 * Which way an attainment was judged.
 *
 * @example
 * ```ts
 * const d: AttainmentDirection = 'lower-is-better'
 * ```
 */
export type AttainmentDirection = 'higher-is-better' | 'lower-is-better' | 'within' | 'on-time' | 'qualitative' | 'any' | 'all'

/**
 * How far an actual value meets a target.
 *
 * @example
 * ```ts
 * import { evaluateTarget, parseTarget } from 'jixiao'
 * const a = evaluateTarget(parseTarget('≥95%'), '93%')
 * [a.met, a.ratio?.toString()]
 * //=> [false, '0.9789473684210526315789473684210526315789']
 * ```
 */
export interface Attainment {
  /** Met, not met, or `null` when a person must judge (words that say neither). */
  readonly met: boolean | null
  /**
   * The completion ratio scoring multiplies the weight by, in [0, 1]: 1 when
   * met; A ÷ T when higher is better; T ÷ A when lower is better; `null` when
   * a person must judge.
   */
  readonly ratio: Decimal | null
  /** Uncapped A ÷ T (or T ÷ A when lower is better), for over-achievement review; null where undefined. */
  readonly performance: Decimal | null
  /** The rule applied. */
  readonly direction: AttainmentDirection
  /** The reasoning, in Chinese. */
  readonly zh: string
  /** The reasoning, in English. */
  readonly en: string
  /** The attainment of each part of an `any` or `all` target. */
  readonly parts?: readonly Attainment[]
}

const ONE = /*@__PURE__*/ new D(1)
const ZERO = /*@__PURE__*/ new D(0)

function toActual(actual: Actual | Quantity | DecimalInput, year: number | undefined): Actual {
  if (typeof actual === 'string') return parseActual(actual, year === undefined ? {} : { year })
  if (typeof actual === 'number' || isDecimal(actual)) {
    const amount = toDecimalOrUndefined(actual)
    if (amount === undefined) {
      throw new TargetParseError([issue('ACTUAL_MALFORMED', `实际完成值“${String(actual)}”不是有限的数`, `actual value "${String(actual)}" is not a finite number`)])
    }
    return { kind: 'quantity', value: makeQuantity(amount, ''), source: String(actual) }
  }
  if (typeof actual === 'object' && actual !== null && 'kind' in actual) return actual
  if (typeof actual === 'object' && actual !== null && 'amount' in actual && 'unit' in actual) {
    return { kind: 'quantity', value: actual, source: formatQuantity(actual) }
  }
  throw new TargetParseError([issue('ACTUAL_MALFORMED', '无法识别的实际完成值', 'the actual value is not a quantity, number, text or Actual')])
}

function notComparable(zh: string, en: string): TargetParseError {
  return new TargetParseError([issue('ACTUAL_NOT_COMPARABLE', zh, en)])
}

function result(
  met: boolean | null,
  ratio: Decimal | null,
  performance: Decimal | null,
  direction: AttainmentDirection,
  zh: string,
  en: string,
  parts?: readonly Attainment[],
): Attainment {
  const base = { met, ratio, performance, direction, zh, en }
  return Object.freeze(parts === undefined ? base : { ...base, parts: Object.freeze([...parts]) })
}

/** Amounts of actual and target in one base, adopting the unit of the side that has one. */
function amounts(actual: Quantity, target: Quantity): { a: Decimal; t: Decimal } {
  const actualUnit = actual.unit === '' ? target.unit : actual.unit
  const targetUnit = target.unit === '' ? actual.unit : target.unit
  try {
    return {
      a: baseAmount(makeQuantity(actual.amount, actualUnit), targetUnit),
      t: baseAmount(makeQuantity(target.amount, targetUnit), actualUnit),
    }
  } catch (error) {
    if (error instanceof QuantityError) {
      throw notComparable(
        `实际完成值的单位“${actual.unit}”与目标的单位“${target.unit}”不能比较`,
        `the actual value's unit "${actual.unit}" cannot be compared with the target's unit "${target.unit}"`,
      )
    }
    throw error
  }
}

function clampZero(x: Decimal): Decimal {
  return x.isNegative() ? ZERO : x
}

function minOne(x: Decimal): Decimal {
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
      return t.gt(0) ? a.gte(t) : a.lte(0)
  }
}

function measured(
  op: Comparator,
  a: Decimal,
  t: Decimal,
  tolerance: Decimal,
  approximate: boolean,
  texts: { actual: string; target: string },
): Attainment {
  const higher = op === '>=' || op === '>' || (op === '=' && t.gt(0))
  const met = judge(op, a, t, tolerance, approximate)
  const ac = clampZero(a)
  let ratio: Decimal
  let performance: Decimal | null
  if (higher) {
    performance = t.gt(0) ? ac.div(t) : null
    ratio = met ? ONE : t.gt(0) ? minOne(ac.div(t)) : ZERO
  } else {
    performance = ac.gt(0) ? t.div(ac) : null
    ratio = met ? ONE : ac.isZero() ? ONE : t.lte(0) ? ZERO : minOne(t.div(ac))
  }
  const how = higher ? { zh: '正向（越高越好）', en: 'higher is better' } : { zh: '逆向（越低越好）', en: 'lower is better' }
  const ratioText = formatDecimal(ratio.toDecimalPlaces(4))
  const zh = met
    ? `实际完成值${texts.actual}，年度指标值${texts.target}，${how.zh}，已达成`
    : `实际完成值${texts.actual}，年度指标值${texts.target}，${how.zh}，未达成，完成比例${ratioText}`
  const en = met
    ? `actual ${texts.actual} against target ${texts.target} (${how.en}): met`
    : `actual ${texts.actual} against target ${texts.target} (${how.en}): not met, completion ratio ${ratioText}`
  return result(met, ratio, performance, higher ? 'higher-is-better' : 'lower-is-better', zh, en)
}

function dateKey(d: CalendarDate, otherYear: number | null): number {
  const year = d.year ?? otherYear ?? 0
  return year * 10000 + d.month * 100 + d.day
}

function qualitativeMet(targetDirection: string, actual: Actual & { kind: 'qualitative' }): boolean | null {
  const d = actual.direction
  if (actual.negated) return d === 'absent' ? null : false
  switch (targetDirection) {
    case 'attain':
      return d === 'absent' ? false : d === 'unknown' ? null : d !== 'decrease'
    case 'increase':
      return d === 'increase' || d === 'attain' ? true : d === 'decrease' || d === 'absent' ? false : d === 'maintain' ? false : null
    case 'decrease':
      return d === 'decrease' || d === 'attain' ? true : d === 'increase' ? false : null
    case 'maintain':
      return d === 'maintain' || d === 'attain' || d === 'increase' ? true : d === 'decrease' ? false : null
    case 'absent':
      return d === 'absent' ? true : d === 'attain' ? false : null
    default:
      return d === 'attain' ? true : null
  }
}

function evaluate(target: Target, actual: Actual, options: EvaluateTargetOptions, tolerance: Decimal): Attainment {
  const targetText = formatTarget(target)
  const actualText = actual.source
  const texts = { actual: actualText, target: targetText }
  switch (target.kind) {
    case 'compare': {
      if (actual.kind === 'qualitative' && target.value.amount.isZero() && actual.direction === 'absent') {
        return result(true, ONE, null, 'lower-is-better', `实际为“${actualText}”，目标为${targetText}，已达成`, `actual "${actualText}" against target ${targetText}: met`)
      }
      if (actual.kind !== 'quantity') {
        throw notComparable(`实际完成值“${actualText}”不是数量，不能与目标${targetText}比较`, `actual "${actualText}" is not a quantity and cannot be compared with target ${targetText}`)
      }
      const { a, t } = amounts(actual.value, target.value)
      const op: Comparator =
        target.op ?? (options.polarity === 'negative' ? '<=' : options.polarity === 'positive' ? '>=' : t.isZero() ? '<=' : '>=')
      return measured(op, a, t, tolerance, target.approximate, texts)
    }
    case 'ratio': {
      let a: Decimal
      if (actual.kind === 'ratio') a = actual.antecedent.div(actual.consequent)
      else if (actual.kind === 'quantity' && actual.value.unit === '') a = actual.value.amount
      else throw notComparable(`实际完成值“${actualText}”不是比例，不能与目标${targetText}比较`, `actual "${actualText}" is not a ratio and cannot be compared with target ${targetText}`)
      const t = target.antecedent.div(target.consequent)
      const op: Comparator = target.op ?? (options.polarity === 'negative' ? '<=' : '>=')
      return measured(op, a, t, tolerance, false, texts)
    }
    case 'range': {
      if (actual.kind !== 'quantity') {
        throw notComparable(`实际完成值“${actualText}”不是数量，不能与区间${targetText}比较`, `actual "${actualText}" is not a quantity and cannot be compared with range ${targetText}`)
      }
      const low = amounts(actual.value, target.min)
      const high = amounts(actual.value, target.max)
      const aboveMin = target.minInclusive ? low.a.gte(low.t) : low.a.gt(low.t)
      const belowMax = target.maxInclusive ? high.a.lte(high.t) : high.a.lt(high.t)
      const met = aboveMin && belowMax
      const a = clampZero(low.a)
      const ratio = met ? ONE : !aboveMin ? (low.t.gt(0) ? minOne(a.div(low.t)) : ZERO) : a.gt(0) ? minOne(high.t.div(a)) : ZERO
      const where = met ? { zh: '在区间内，已达成', en: 'inside the range: met' } : !aboveMin ? { zh: '低于区间下限，未达成', en: 'below the range: not met' } : { zh: '高于区间上限，未达成', en: 'above the range: not met' }
      return result(met, ratio, null, 'within', `实际完成值${actualText}，年度指标值${targetText}，${where.zh}`, `actual ${actualText} against range ${targetText}: ${where.en}`)
    }
    case 'deadline': {
      if (actual.kind === 'date') {
        if (target.due === null) {
          return result(null, null, null, 'on-time', `目标为按期完成，实际完成于${actualText}，需对照计划时间判断`, `target is "on schedule"; actual ${actualText} must be checked against the plan by a person`)
        }
        const met = dateKey(actual.date, target.due.year ?? options.year ?? null) <= dateKey(target.due, options.year ?? actual.date.year)
        return result(met, met ? ONE : ZERO, null, 'on-time', `实际完成于${actualText}，期限${targetText}，${met ? '按期完成' : '逾期'}`, `done ${actualText}, due ${targetText}: ${met ? 'on time' : 'late'}`)
      }
      if (actual.kind === 'qualitative') {
        const met = qualitativeMet('attain', actual)
        return result(met, met === null ? null : met ? ONE : ZERO, null, 'on-time', `实际为“${actualText}”，期限${targetText}，${met === null ? '需人工判断' : met ? '按期完成' : '未按期完成'}`, `actual "${actualText}", due ${targetText}: ${met === null ? 'needs judgement' : met ? 'on time' : 'not on time'}`)
      }
      if (actual.kind === 'quantity' && actual.value.unit === '%') {
        const met = actual.value.amount.gte(100)
        const ratio = minOne(clampZero(actual.value.amount).div(100))
        return result(met, ratio, null, 'on-time', `实际完成${actualText}，期限${targetText}，${met ? '已完成' : '未全部完成'}`, `${actualText} done, due ${targetText}: ${met ? 'done' : 'not all done'}`)
      }
      throw notComparable(`实际完成值“${actualText}”不是日期，不能与期限${targetText}比较`, `actual "${actualText}" is not a date and cannot be compared with deadline ${targetText}`)
    }
    case 'qualitative': {
      let met: boolean | null
      let ratio: Decimal | null
      if (actual.kind === 'qualitative') {
        met = qualitativeMet(target.direction, actual)
        ratio = met === null ? null : met ? ONE : ZERO
      } else if (actual.kind === 'quantity' && target.direction === 'absent') {
        met = actual.value.amount.lte(0)
        ratio = met ? ONE : ZERO
      } else if (actual.kind === 'quantity' && actual.value.unit === '%') {
        met = actual.value.amount.gte(100)
        ratio = minOne(clampZero(actual.value.amount).div(100))
      } else {
        met = null
        ratio = null
      }
      const verdict = met === null ? { zh: '需人工判断', en: 'needs a person to judge' } : met ? { zh: '已达成', en: 'met' } : { zh: '未达成', en: 'not met' }
      return result(met, ratio, null, 'qualitative', `实际为“${actualText}”，目标为“${target.text}”，${verdict.zh}`, `actual "${actualText}" against "${target.text}": ${verdict.en}`)
    }
    case 'any':
    case 'all': {
      const parts: Attainment[] = []
      for (const part of target.targets) {
        try {
          parts.push(evaluate(part, actual, options, tolerance))
        } catch (error) {
          if (!(error instanceof TargetParseError)) throw error
        }
      }
      if (parts.length === 0) {
        throw notComparable(`实际完成值“${actualText}”不能与目标${targetText}的任何部分比较`, `actual "${actualText}" cannot be compared with any part of target ${targetText}`)
      }
      const mets = parts.map((p) => p.met)
      const ratios = parts.map((p) => p.ratio).filter((r): r is Decimal => r !== null)
      let met: boolean | null
      let ratio: Decimal | null
      if (target.kind === 'any') {
        met = mets.includes(true) ? true : mets.includes(null) ? null : false
        ratio = ratios.length === 0 ? null : D.max(...ratios)
      } else {
        met = mets.includes(false) ? false : mets.includes(null) || parts.length < target.targets.length ? null : true
        ratio = ratios.length === 0 ? null : D.min(...ratios)
      }
      const word = target.kind === 'any' ? { zh: '任一', en: 'any' } : { zh: '全部', en: 'all' }
      const verdict = met === null ? { zh: '需人工判断', en: 'needs judgement' } : met ? { zh: '已达成', en: 'met' } : { zh: '未达成', en: 'not met' }
      return result(met, ratio, null, target.kind, `${word.zh}条件：${parts.map((p) => p.zh).join('；')}。${verdict.zh}`, `${word.en} of: ${parts.map((p) => p.en).join('; ')}. ${verdict.en}`, parts)
    }
  }
}

/**
 * Judge an actual value (实际完成值) against a target.
 *
 * Units convert inside a family (元 against 万元, 亩 against 公顷); an actual
 * without a unit ("93") is read in the target's unit. Lower-is-better targets
 * (≤, <, or a bare number with negative polarity) give T ÷ A when missed;
 * higher-is-better give A ÷ T. Negative actuals count as 0 in the ratio.
 *
 * @param target - the target, from {@link parseTarget}.
 * @param actual - an {@link Actual}, a {@link Quantity}, a number or text ("99.16%", "1:18", "2022年11月完成", "是").
 * @param options - polarity, tolerance of approximate targets, evaluation year.
 * @returns the {@link Attainment}, with its explanation in zh and en.
 * @throws {@link TargetParseError} `ACTUAL_NOT_COMPARABLE` naming both units
 *   (件 against %) or kinds; `ACTUAL_MALFORMED` for unreadable text.
 * @example
 * ```ts
 * evaluateTarget(parseTarget('不超过千分之二'), '0.1%').met
 * //=> true
 * evaluateTarget(parseTarget('1:20'), '1:18').met
 * //=> true
 * evaluateTarget(parseTarget('90%以上'), '85%').ratio?.toFixed(4)
 * //=> '0.9444'
 * ```
 */
export function evaluateTarget(target: Target, actual: Actual | Quantity | DecimalInput, options: EvaluateTargetOptions = {}): Attainment {
  const tolerance = toDecimalOrUndefined(options.tolerance ?? '0.05')
  if (tolerance === undefined || tolerance.isNegative()) {
    throw new TargetParseError([issue('TARGET_INVALID', '容差应为非负数', 'the tolerance must be a non-negative number', { path: ['tolerance'] })])
  }
  return evaluate(target, toActual(actual, options.year), options, tolerance)
}
