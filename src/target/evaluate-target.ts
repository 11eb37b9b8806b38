import { EvaluationError, issue, QuantityError } from '../errors.js'
import { D, type Decimal, type DecimalInput, isDecimal, ONE, ZERO, toDecimalOrUndefined } from '../numbers/decimal.js'
import { formatDecimal } from '../numbers/format-number.js'
import { adoptUnit, baseAmount } from '../quantity/convert.js'
import { describeUnit } from '../quantity/unit.js'
import { formatQuantity } from '../quantity/format-quantity.js'
import { makeQuantity, quantity as makeCheckedQuantity, type Quantity } from '../quantity/quantity.js'
import { parseActual, type Actual, type ActualWords } from './actual.js'
import { formatTarget } from './format-target.js'
import type { AllTarget, AnyTarget, CalendarDate, CompareTarget, Comparator, Polarity, QualitativeDirection, RangeTarget, RatioTarget, Target } from './types.js'

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
   * "at most 0" and any other bare number, approximate or not, "at least"
   * (see `approximate`).
   */
  readonly polarity?: Polarity
  /** Relative tolerance of approximate targets (约, 左右). Default 0.05 (5%). */
  readonly tolerance?: DecimalInput
  /**
   * How an approximate target with no comparison word and no polarity is read: `at-least` (default: within the tolerance
   * below, any amount above; over-achievement is left to review, as 财预〔2020〕10号 practice flags it rather than deducts)
   * or `close-to` (within the tolerance on either side).
   */
  readonly approximate?: 'at-least' | 'close-to'
  /** Evaluation year, for dates written without one (in the target or the actual). */
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
export type AttainmentDirection = 'higher-is-better' | 'lower-is-better' | 'close-to' | 'within' | 'on-time' | 'qualitative' | 'any' | 'all'

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
  /** Met, not met, or `null` when a person must judge (words that say neither, a part that cannot be compared). */
  readonly met: boolean | null
  /**
   * The completion ratio scoring multiplies the weight by, in [0, 1]: 1 when
   * met; A ÷ T when higher is better; T ÷ A when lower is better; never 1 when
   * not met; `null` exactly when `met` is null.
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
  /** The attainment of each part of an `any` or `all` target that could be judged. */
  readonly parts?: readonly Attainment[]
}

function malformed(zh: string, en: string, path: readonly (string | number)[] = []): EvaluationError {
  return new EvaluationError([issue(path[0] === 'target' ? 'TARGET_INVALID' : 'ACTUAL_MALFORMED', zh, en, { path })])
}

function notComparable(zh: string, en: string, input: string): EvaluationError {
  return new EvaluationError([issue('ACTUAL_NOT_COMPARABLE', zh, en, { input })])
}

/** A Decimal from a Decimal, a decimal string or a number (JSON data gives strings); a coded error otherwise. */
function decimalOf(value: unknown, path: readonly (string | number)[]): Decimal {
  const decimal = isDecimal(value) ? value : toDecimalOrUndefined(value)
  if (decimal === undefined) {
    throw malformed(`“${String(value)}”不是有限的数（${path.join('.')}）`, `"${String(value)}" is not a finite number (at ${path.join('.')})`, path)
  }
  return decimal
}

function quantityOf(value: unknown, path: readonly (string | number)[]): Quantity {
  const q = value as { amount?: unknown; unit?: unknown } | null
  if (typeof q !== 'object' || q === null || typeof q.unit !== 'string') {
    throw malformed(`应为数量（${path.join('.')}）`, `a quantity { amount, unit } is expected at ${path.join('.')}`, path)
  }
  return isDecimal(q.amount) ? (q as Quantity) : makeQuantity(decimalOf(q.amount, [...path, 'amount']), q.unit)
}

/**
 * The target checked and with every amount a Decimal: JSON data (amounts as strings) is accepted, anything else is a
 * coded error (`TARGET_INVALID`, with the path). After this, {@link evaluate} trusts the target's shape.
 */
function withDecimals(target: Target, path: readonly (string | number)[]): Target {
  const t = target as unknown as Record<string, unknown> | null
  const need = (key: string, test: (v: unknown) => boolean): void => {
    if (t === null || !test(t[key])) throw malformed(`年度指标值缺少或写错了“${key}”（${[...path, key].join('.')}）`, `the target lacks a valid "${key}" at ${[...path, key].join('.')}`, [...path, key])
  }
  const object = (v: unknown): boolean => typeof v === 'object' && v !== null
  const present = (v: unknown): boolean => v !== undefined && v !== null
  need('kind', (v) => typeof v === 'string')
  switch (target.kind as string) {
    case 'compare': {
      need('value', object)
      const compare = target as CompareTarget
      return isDecimal(compare.value.amount) ? target : { ...compare, value: quantityOf(compare.value, [...path, 'value']) }
    }
    case 'range': {
      need('min', object)
      need('max', object)
      const range = target as RangeTarget
      return isDecimal(range.min.amount) && isDecimal(range.max.amount)
        ? target
        : { ...range, min: quantityOf(range.min, [...path, 'min']), max: quantityOf(range.max, [...path, 'max']) }
    }
    case 'ratio': {
      need('antecedent', present)
      need('consequent', present)
      const ratio = target as RatioTarget
      return isDecimal(ratio.antecedent) && isDecimal(ratio.consequent)
        ? target
        : { ...ratio, antecedent: decimalOf(ratio.antecedent, [...path, 'antecedent']), consequent: decimalOf(ratio.consequent, [...path, 'consequent']) }
    }
    case 'any':
    case 'all': {
      need('targets', (v) => Array.isArray(v) && v.length > 0)
      const compound = target as AnyTarget | AllTarget
      return { ...compound, targets: compound.targets.map((part, i) => withDecimals(part, [...path, 'targets', i])) }
    }
    case 'deadline':
      need('due', (v) => v === null || object(v))
      return target
    case 'qualitative':
      need('text', (v) => typeof v === 'string')
      need('direction', (v) => typeof v === 'string')
      return target
    default:
      throw malformed(`未知的年度指标值种类“${String(target.kind)}”`, `unknown target kind "${String(target.kind)}"`, [...path, 'kind'])
  }
}

/**
 * The comparison a target means when none is written: the indicator's polarity decides; without one, an approximate
 * target is "close to" only when asked (`approximate: 'close-to'`), a bare 0 is "at most", anything else "at least".
 */
function impliedComparison(written: Comparator | null, options: EvaluateTargetOptions, approximate: boolean, targetIsZero: boolean): Comparator {
  if (written !== null) return written
  if (options.polarity === 'negative') return '<='
  if (options.polarity === 'positive') return '>='
  if (approximate && options.approximate === 'close-to') return '='
  return targetIsZero ? '<=' : '>='
}

function toActual(actual: Actual | Quantity | DecimalInput, year: number | undefined): Actual {
  if (typeof actual === 'string') return parseActual(actual, year === undefined ? {} : { year })
  if (typeof actual === 'number' || isDecimal(actual)) {
    const amount = toDecimalOrUndefined(actual)
    if (amount === undefined) throw malformed(`实际完成值“${String(actual)}”不是有限的数`, `actual value "${String(actual)}" is not a finite number`)
    return Object.freeze({ kind: 'quantity', value: makeQuantity(amount, ''), source: String(actual) })
  }
  if (typeof actual === 'object' && actual !== null && 'kind' in actual) {
    // an Actual built by hand (or from JSON): its numbers must be numbers
    switch (actual.kind) {
      case 'quantity':
        return Object.freeze({ ...actual, value: quantityOf(actual.value, ['actual', 'value']) })
      case 'ratio':
        return Object.freeze({ ...actual, antecedent: decimalOf(actual.antecedent, ['actual', 'antecedent']), consequent: decimalOf(actual.consequent, ['actual', 'consequent']) })
      case 'date':
        if (typeof actual.date !== 'object' || actual.date === null) throw malformed('实际完成日期缺失', 'the actual date is missing', ['actual', 'date'])
        return actual
      case 'qualitative':
        return actual
      default:
        throw malformed(`未知的实际完成值种类“${String((actual as { kind: unknown }).kind)}”`, `unknown actual kind "${String((actual as { kind: unknown }).kind)}"`, ['actual', 'kind'])
    }
  }
  if (typeof actual === 'object' && actual !== null && 'amount' in actual && 'unit' in actual) {
    const value = isDecimal(actual.amount) ? actual : makeCheckedQuantity(decimalOf(actual.amount, ['actual', 'amount']), actual.unit)
    return Object.freeze({ kind: 'quantity', value, source: formatQuantity(value) })
  }
  throw malformed('无法识别的实际完成值', 'the actual value is not a quantity, number, text or Actual')
}

/** The ratio a verdict carries: an unmet target never has full marks; a verdict left to a person has none. */
function settled(met: boolean | null, ratio: Decimal | null): Decimal | null {
  if (met === null) return null
  return met === false && ratio !== null && ratio.gte(ONE) ? ZERO : ratio
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
  const base = { met, ratio: settled(met, ratio), performance, direction, zh, en }
  return Object.freeze(parts === undefined ? base : { ...base, parts: Object.freeze([...parts]) })
}

/** Amounts of actual and target in one base, a side without a unit (or with a bare 万) taking the other's. */
function amounts(actual: Quantity, target: Quantity, actualText: string): { a: Decimal; t: Decimal } {
  const a = adoptUnit(actual, target.unit)
  const t = adoptUnit(target, a.unit)
  try {
    return { a: baseAmount(a, t.unit), t: baseAmount(t, a.unit) }
  } catch (error) {
    if (error instanceof QuantityError) {
      throw notComparable(
        `实际完成值的单位“${actual.unit}”与年度指标值的单位“${target.unit}”不能比较`,
        `the actual value's unit "${actual.unit}" cannot be compared with the target's unit "${target.unit}"`,
        actualText,
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
  closeToAsked: boolean,
  texts: { actual: string; target: string },
): Attainment {
  const closeTo = op === '=' && approximate && closeToAsked
  const higher = op === '>=' || op === '>' || (op === '=' && !approximate && t.gt(0))
  const met = judge(op, a, t, tolerance, approximate)
  const ac = clampZero(a)
  let ratio: Decimal
  let performance: Decimal | null
  if (closeTo) {
    performance = t.gt(0) ? ac.div(t) : null
    ratio = met ? ONE : t.lte(0) ? ZERO : ac.gt(t) ? t.div(ac) : ac.div(t)
  } else if (higher) {
    performance = t.gt(0) ? ac.div(t) : null
    ratio = met ? ONE : t.gt(0) ? minOne(ac.div(t)) : ZERO
  } else {
    performance = ac.gt(0) ? t.div(ac) : null
    ratio = met ? ONE : t.lte(0) || ac.isZero() ? ZERO : minOne(t.div(ac))
  }
  const how = closeTo
    ? { zh: '接近即可', en: 'close to the target' }
    : higher
      ? { zh: '正向（越高越好）', en: 'higher is better' }
      : { zh: '逆向（越低越好）', en: 'lower is better' }
  const ratioText = formatDecimal((settled(met, ratio) ?? ZERO).toDecimalPlaces(4))
  const zh = met
    ? `实际完成值${texts.actual}，年度指标值${texts.target}，${how.zh}，已达成`
    : `实际完成值${texts.actual}，年度指标值${texts.target}，${how.zh}，未达成，完成比例${ratioText}`
  const en = met
    ? `actual ${texts.actual} against target ${texts.target} (${how.en}): met`
    : `actual ${texts.actual} against target ${texts.target} (${how.en}): not met, completion ratio ${ratioText}`
  return result(met, ratio, performance, closeTo ? 'close-to' : higher ? 'higher-is-better' : 'lower-is-better', zh, en)
}

function dateKey(d: CalendarDate, year: number): number {
  return year * 10000 + d.month * 100 + d.day
}

/** Words against words: the actual's direction against the target's; `null` when the words say neither. */
function wordsMet(targetDirection: QualitativeDirection, actual: ActualWords): boolean | null {
  if (actual.late) return false
  if (actual.negated) return actual.direction === 'absent' ? null : false
  if (actual.partial) return null
  const d = actual.direction
  switch (targetDirection) {
    case 'attain':
      return d === 'attain' ? true : d === 'absent' || d === 'decrease' ? false : null
    case 'increase':
      return d === 'increase' || d === 'attain' ? true : d === 'decrease' || d === 'absent' || d === 'maintain' ? false : null
    case 'decrease':
      return d === 'decrease' || d === 'attain' ? true : d === 'increase' ? false : null
    case 'maintain':
      return d === 'maintain' || d === 'attain' || d === 'increase' ? true : d === 'decrease' ? false : null
    case 'absent':
      return d === 'absent' ? true : d === 'attain' ? false : null
    case 'unknown':
      return d === 'attain' ? true : null
  }
}

/** Words reported against a number, a range or a ratio: not met when they deny or say late, otherwise a person judges. */
function wordsAgainstMeasure(actual: ActualWords, targetText: string): Attainment {
  const met = actual.negated || actual.late ? false : null
  const v = verdictOf(met)
  return result(met, met === false ? ZERO : null, null, 'qualitative', `实际为“${actual.source}”，年度指标值${targetText}，实际值为文字，${v.zh}`, `actual "${actual.source}" in words against target ${targetText}: ${v.en}`)
}

/** Grades from best to worst: an actual grade at or above the target's meets it (良好 is met by 优). */
const GRADES: readonly (readonly string[])[] = [['优', '优秀', '优等'], ['良', '良好', '优良'], ['中', '中等', '一般', '合格', '及格'], ['差', '较差', '不合格', '不及格']]

function gradeOf(text: string): number | undefined {
  const t = text.trim()
  const index = GRADES.findIndex((names) => names.includes(t))
  if (index >= 0) return index
  // a scale written as the target ("优良中低差", "优良中差"): its best grade is what is asked
  if (t.length >= 2 && [...t].every((ch) => GRADE_CHARACTERS.has(ch))) return gradeOf(t[0] as string)
  return undefined
}

const GRADE_CHARACTERS: ReadonlySet<string> = new Set(['优', '良', '中', '低', '差', '及', '格', '合'])

/** The words promised are the words reported: equal, or one holds the other ("全天候可用" and "全天候"), negation aside. */
function sameWords(actual: string, target: string): boolean {
  const a = actual.trim()
  const t = target.trim()
  if (a === t) return true
  const shorter = a.length < t.length ? a : t
  const longer = a.length < t.length ? t : a
  return shorter.length >= 2 && longer.startsWith(shorter) && !/[未不没无否]/.test(longer.slice(shorter.length))
}

const VERDICT = {
  met: { zh: '已达成', en: 'met' },
  unmet: { zh: '未达成', en: 'not met' },
  judge: { zh: '需人工判断', en: 'needs a person to judge' },
} as const

function verdictOf(met: boolean | null): { zh: string; en: string } {
  return met === null ? VERDICT.judge : met ? VERDICT.met : VERDICT.unmet
}

function evaluate(target: Target, actual: Actual, options: EvaluateTargetOptions, tolerance: Decimal): Attainment {
  const targetText = formatTarget(target)
  const actualText = actual.source
  const texts = { actual: actualText, target: targetText }
  switch (target.kind) {
    case 'compare': {
      let quantity: Quantity
      if (actual.kind === 'quantity') quantity = actual.value
      else if (actual.kind === 'qualitative' && actual.direction === 'absent' && !actual.negated && (target.op === '<=' || target.op === '<' || target.value.amount.isZero())) {
        quantity = makeQuantity(ZERO, '') // 无, 未发生 against "at most": none happened
      } else if (actual.kind === 'qualitative') return wordsAgainstMeasure(actual, targetText)
      else {
        throw notComparable(`实际完成值“${actualText}”不是数量，不能与年度指标值${targetText}比较`, `actual "${actualText}" is not a quantity and cannot be compared with target ${targetText}`, actualText)
      }
      const { a, t } = amounts(quantity, target.value, actualText)
      const op = impliedComparison(target.op, options, target.approximate, t.isZero())
      return measured(op, a, t, tolerance, target.approximate, target.op === null && op === '=', texts)
    }
    case 'ratio': {
      const t = target.antecedent.div(target.consequent)
      if (actual.kind === 'qualitative') return wordsAgainstMeasure(actual, targetText)
      if (actual.kind === 'quantity' && describeUnit(actual.value.unit).family === 'share') {
        // 三分之二以上 against 70%: the ratio as a share of the whole
        const op = target.op ?? (options.polarity === 'negative' ? '<=' : '>=')
        return measured(op, baseAmount(actual.value, actual.value.unit), t, tolerance, target.approximate, false, texts)
      }
      if (actual.kind !== 'ratio') {
        throw notComparable(`实际完成值“${actualText}”不是比例（如1:18），不能与${targetText}比较`, `actual "${actualText}" is not a ratio (such as 1:18) and cannot be compared with ${targetText}`, actualText)
      }
      if (actual.consequent.isZero()) throw malformed(`实际比例“${actualText}”的后项为零`, `the second term of the actual ratio "${actualText}" is zero`)
      const a = actual.antecedent.div(actual.consequent)
      const op = impliedComparison(target.op, options, target.approximate, false)
      return measured(op, a, t, tolerance, target.approximate, target.op === null && op === '=', texts)
    }
    case 'range': {
      if (actual.kind === 'qualitative') return wordsAgainstMeasure(actual, targetText)
      if (actual.kind !== 'quantity') {
        throw notComparable(`实际完成值“${actualText}”不是数量，不能与区间${targetText}比较`, `actual "${actualText}" is not a quantity and cannot be compared with range ${targetText}`, actualText)
      }
      const low = amounts(actual.value, target.min, actualText)
      const high = amounts(actual.value, target.max, actualText)
      const aboveMin = target.minInclusive ? low.a.gte(low.t) : low.a.gt(low.t)
      const belowMax = target.maxInclusive ? high.a.lte(high.t) : high.a.lt(high.t)
      const met = aboveMin && belowMax
      const a = clampZero(low.a)
      const ratio = met ? ONE : !aboveMin ? (low.t.gt(0) ? minOne(a.div(low.t)) : ZERO) : a.gt(0) && high.t.gt(0) ? minOne(high.t.div(a)) : ZERO
      const where = met
        ? { zh: '在区间内，已达成', en: 'inside the range: met' }
        : !aboveMin
          ? { zh: '低于区间下限，未达成', en: 'below the range: not met' }
          : { zh: '高于区间上限，未达成', en: 'above the range: not met' }
      return result(met, ratio, null, 'within', `实际完成值${actualText}，年度指标值${targetText}，${where.zh}`, `actual ${actualText} against range ${targetText}: ${where.en}`)
    }
    case 'deadline': {
      if (actual.kind === 'date') {
        if (target.due === null) {
          return result(null, null, null, 'on-time', `目标为按期完成，实际完成于${actualText}，需对照计划时间判断`, `target is "on schedule"; actual ${actualText} must be checked against the plan by a person`)
        }
        const targetYear = target.due.year ?? options.year ?? null
        const actualYear = actual.date.year ?? options.year ?? targetYear
        if (targetYear === null && actualYear !== null) {
          return result(null, null, null, 'on-time', `期限${targetText}未写年份，实际完成于${actualText}；请传入评价年度（year 选项）`, `deadline ${targetText} has no year and the actual ${actualText} has one: pass the evaluation year (option year)`)
        }
        const met = dateKey(actual.date, actualYear ?? 0) <= dateKey(target.due, targetYear ?? 0)
        return result(met, met ? ONE : ZERO, null, 'on-time', `实际完成于${actualText}，期限${targetText}，${met ? '按期完成' : '逾期'}`, `done ${actualText}, due ${targetText}: ${met ? 'on time' : 'late'}`)
      }
      if (actual.kind === 'qualitative') {
        const met = actual.late || actual.negated ? false : actual.partial ? null : wordsMet('attain', actual)
        const v = met === true ? { zh: '按期完成', en: 'on time' } : met === false ? { zh: '未按期完成', en: 'not on time' } : VERDICT.judge
        return result(met, met === null ? null : met ? ONE : ZERO, null, 'on-time', `实际为“${actualText}”，期限${targetText}，${v.zh}`, `actual "${actualText}", due ${targetText}: ${v.en}`)
      }
      if (actual.kind === 'quantity' && actual.value.unit === '%') {
        const amount = actual.value.amount
        const met = amount.gte(100)
        const ratio = minOne(clampZero(amount).div(100))
        return result(met, ratio, null, 'on-time', `实际完成${actualText}，期限${targetText}，${met ? '已完成' : '未全部完成'}`, `${actualText} done, due ${targetText}: ${met ? 'done' : 'not all done'}`)
      }
      throw notComparable(`实际完成值“${actualText}”不是日期，不能与期限${targetText}比较`, `actual "${actualText}" is not a date and cannot be compared with deadline ${targetText}`, actualText)
    }
    case 'qualitative': {
      let met: boolean | null
      let ratio: Decimal | null
      if (actual.kind === 'qualitative' && (actual.source.trim() === target.text.trim() || (!actual.negated && !actual.late && !actual.partial && sameWords(actual.source, target.text)))) {
        met = true // the same words: what was promised is what is reported
        ratio = ONE
      } else if (actual.kind === 'qualitative' && gradeOf(actual.source) !== undefined && gradeOf(target.text) !== undefined) {
        met = (gradeOf(actual.source) as number) <= (gradeOf(target.text) as number)
        ratio = met ? ONE : ZERO
      } else if (actual.kind === 'qualitative') {
        met = wordsMet(target.direction, actual)
        ratio = met === null ? null : met ? ONE : ZERO
      } else if (actual.kind === 'quantity' && target.direction === 'absent') {
        met = actual.value.amount.lte(0)
        ratio = met ? ONE : ZERO
      } else if (
        actual.kind === 'quantity' &&
        actual.value.unit === '%' &&
        (target.direction === 'attain' || target.direction === 'unknown' || /完成/.test(actual.source) || actual.value.amount.gte(100))
      ) {
        // "合格" against 80%, "已完成100%" or 100% against anything in words: the share of the work done
        const amount = actual.value.amount
        met = amount.gte(100)
        ratio = minOne(clampZero(amount).div(100))
      } else {
        // a measured rate against "有所提升" says nothing of the change: a person judges
        met = null
        ratio = null
      }
      const v = verdictOf(met)
      return result(met, ratio, null, 'qualitative', `实际为“${actualText}”，目标为“${target.text}”，${v.zh}`, `actual "${actualText}" against "${target.text}": ${v.en}`)
    }
    case 'any':
    case 'all': {
      const parts: Attainment[] = []
      for (const part of target.targets) {
        // "≥95%，无重大安全事故" against 98%: a number says nothing of the words beside it
        if (part.kind === 'qualitative' && actual.kind !== 'qualitative') continue
        try {
          parts.push(evaluate(part, actual, options, tolerance))
        } catch (error) {
          if (!(error instanceof EvaluationError) || error.code !== 'ACTUAL_NOT_COMPARABLE') throw error
        }
      }
      if (parts.length === 0) {
        throw notComparable(`实际完成值“${actualText}”不能与年度指标值${targetText}的任何部分比较`, `actual "${actualText}" cannot be compared with any part of target ${targetText}`, actualText)
      }
      const skipped = parts.length < target.targets.length
      const mets = parts.map((p) => p.met)
      const ratios = parts.map((p) => p.ratio).filter((r): r is Decimal => r !== null)
      let met: boolean | null
      if (target.kind === 'any') met = mets.includes(true) ? true : skipped || mets.includes(null) ? null : false
      else met = mets.includes(false) ? false : skipped || mets.includes(null) ? null : true
      const ratio = ratios.length === 0 ? null : target.kind === 'any' ? D.max(...ratios) : D.min(...ratios)
      const word = target.kind === 'any' ? { zh: '任一', en: 'any' } : { zh: '全部', en: 'all' }
      const v = verdictOf(met)
      const note = skipped ? { zh: '（有部分无法与实际完成值比较）', en: ' (a part cannot be compared with the actual value)' } : { zh: '', en: '' }
      return result(
        met,
        ratio,
        null,
        target.kind,
        `${word.zh}条件：${parts.map((p) => p.zh).join('；')}${note.zh}。${v.zh}`,
        `${word.en} of: ${parts.map((p) => p.en).join('; ')}${note.en}. ${v.en}`,
        parts,
      )
    }
  }
}

/**
 * Judge an actual value (实际完成值) against a target.
 *
 * Units convert inside a family (元 against 万元, 亩 against 公顷); an actual
 * without a unit ("93") is read in the target's unit. Lower-is-better targets
 * (≤, <, or a bare number with negative polarity) give T ÷ A when missed;
 * higher-is-better give A ÷ T; an approximate target with no comparison word is
 * met within the tolerance on either side. Negative actuals count as 0 in the
 * ratio, and a target that is not met never has a ratio of 1.
 *
 * @param target - the target, from {@link parseTarget} (or revived JSON: amounts may be decimal strings).
 * @param actual - an {@link Actual}, a {@link Quantity}, a number or text ("99.16%", "1:18", "2022年11月完成", "是").
 * @param options - polarity, tolerance of approximate targets, evaluation year.
 * @returns the {@link Attainment}, with its explanation in zh and en.
 * @throws {@link EvaluationError} `ACTUAL_NOT_COMPARABLE` naming both units
 *   (件 against %) or kinds; `ACTUAL_MALFORMED` for unreadable text or data;
 *   `EVALUATION_INVALID_OPTION` for a bad tolerance.
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
    throw new EvaluationError([
      issue('EVALUATION_INVALID_OPTION', `容差“${String(options.tolerance)}”应为非负数`, `the tolerance "${String(options.tolerance)}" must be a non-negative number`, { path: ['tolerance'] }),
    ])
  }
  if (typeof target !== 'object' || target === null || typeof (target as { kind?: unknown }).kind !== 'string') {
    throw malformed('年度指标值应为 parseTarget 的结果', 'the target must be a Target, as parseTarget returns it', ['target'])
  }
  return evaluate(withDecimals(target, ['target']), toActual(actual, options.year), options, tolerance)
}
