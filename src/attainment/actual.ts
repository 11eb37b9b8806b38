import { AttainmentError, makeIssue, type Issue } from '../errors.js'
import type { TargetTextProblem } from '../messages/issue-details.js'
import { toSafe, type SafeResult } from '../result.js'
import type { Decimal } from '../numbers/decimal.js'
import type { Quantity } from '../quantities/quantity.js'
import { isRefused, readTarget, type ParseTargetOptions } from '../targets/parse-target.js'
import { mayDeny, readQualitative, type QualitativeReading } from '../targets/qualitative.js'
import type { CalendarDate, Comparator, QualitativeDirection, Target } from '../targets/types.js'

/**
 * An actual value (实际完成值), read: a quantity ("99.16%", "1165件", "≥120米"
 * reads 120 米), a ratio ("1:18"), a date ("2022年11月完成") or words ("是",
 * "已完成", "显著提升", "未完成").
 *
 * @example
 * ```ts
 * import { parseActual } from 'jixiao'
 * parseActual('1165件').kind
 * //=> 'quantity'
 * ```
 */
export type Actual = ActualQuantity | ActualRatio | ActualDate | ActualWords

/**
 * An actual value that is a quantity ("99.16%", "1165件").
 *
 * @example
 * ```ts
 * import { parseQuantity } from 'jixiao'
 * const a: ActualQuantity = { kind: 'quantity', value: parseQuantity('99.16%'), source: '99.16%' }
 * ```
 */
export interface ActualQuantity {
  /** Always `quantity`. */
  readonly kind: 'quantity'
  /** The quantity; without a unit it is read in the target's unit. */
  readonly value: Quantity
  /**
   * Set when the text gives only a bound of the value: "≥120米" (`at-least`), "低于90%", "90%以下" (`at-most`), "约90%",
   * "接近90%" (`about`). A verdict that the bound cannot settle is left to a person.
   */
  readonly bound?: 'at-least' | 'at-most' | 'about'
  /** The text as given. */
  readonly source: string
}

/**
 * An actual ratio ("1:18").
 *
 * @example
 * ```ts
 * const a = parseActual('1:18') as ActualRatio
 * a.consequent.toString()
 * //=> '18'
 * ```
 */
export interface ActualRatio {
  /** Always `ratio`. */
  readonly kind: 'ratio'
  /** The first term. */
  readonly antecedent: Decimal
  /** The second term. */
  readonly consequent: Decimal
  /** The text as given. */
  readonly source: string
}

/**
 * The day the work was done ("2022年11月完成").
 *
 * @example
 * ```ts
 * (parseActual('2022年11月完成') as ActualDate).date
 * //=> { year: 2022, month: 11, day: 30 }
 * ```
 */
export interface ActualDate {
  /** Always `date`. */
  readonly kind: 'date'
  /** The day, the last of the month when only a month is written. */
  readonly date: CalendarDate
  /** The text as given. */
  readonly source: string
}

/**
 * An actual value in words ("是", "已完成", "显著提升", "未完成").
 *
 * @example
 * ```ts
 * (parseActual('未完成') as ActualWords).negated
 * //=> true
 * ```
 */
export interface ActualWords {
  /** Always `qualitative`. */
  readonly kind: 'qualitative'
  /** Which way the words point. */
  readonly direction: QualitativeDirection
  /** The key word is negated: "未完成", "不合格", "未按期完成". */
  readonly negated: boolean
  /** Done only in part: "部分完成", "基本完成". */
  readonly partial: boolean
  /** Done late: "逾期完成", "延期". */
  readonly late: boolean
  /** The text as given. */
  readonly source: string
}

/** Words before a number that make it near, not at, the value ("接近90%", "将近90%"). */
const NEAR = /接近|将近|近乎|逼近/

/** What a comparison written in an actual value says of it: only a bound, or an approximate value. */
function boundOf(op: Comparator | null, approximate: boolean, source: string): ActualQuantity['bound'] {
  if (op === '>=' || op === '>') return 'at-least'
  if (op === '<=' || op === '<') return 'at-most'
  return approximate || NEAR.test(source) ? 'about' : undefined
}

/** An actual in words, from what {@link readQualitative} read of it. */
function wordsActual(reading: QualitativeReading, source: string): ActualWords {
  return Object.freeze({ kind: 'qualitative', direction: reading.direction, negated: reading.negated, partial: reading.partial, late: reading.late, source })
}

/** "按期完成", "已完成": done as asked. */
const DONE: QualitativeReading = { direction: 'attain', negated: false, partial: false, late: false }

function fromTarget(target: Target, source: string): Actual | undefined {
  switch (target.kind) {
    case 'compare': {
      const bound = boundOf(target.op, target.approximate, source)
      return Object.freeze(bound === undefined ? { kind: 'quantity', value: target.value, source } : { kind: 'quantity', value: target.value, bound, source })
    }
    case 'ratio':
      return Object.freeze({ kind: 'ratio', antecedent: target.antecedent, consequent: target.consequent, source })
    case 'deadline':
      if (target.due === null) return wordsActual(DONE, source)
      return Object.freeze({ kind: 'date', date: target.due, source })
    case 'qualitative':
      return wordsActual(readQualitative(target.text), source)
    case 'all':
    case 'any': {
      // "2022年11月完成100%": a date or words beside one measurement; two measurements ("存在18岁以下、54周岁以上") are not one value
      const read = target.targets
        .filter((part) => part.kind !== 'qualitative')
        .map((part) => fromTarget(part, source))
        .filter((r): r is Actual => r !== undefined && r.kind !== 'qualitative')
      const measurements = read.filter((r) => r.kind === 'quantity' || r.kind === 'ratio')
      if (measurements.length === 1) return measurements[0]
      return measurements.length === 0 && read.length === 1 ? read[0] : undefined
    }
    case 'range':
      return undefined
  }
}

/** What failed in the text, as the target grammar said it; undefined for an empty text. */
function textCause(issue: Issue): TargetTextProblem | undefined {
  switch (issue.code) {
    case 'TARGET_MALFORMED':
    case 'TARGET_UNKNOWN_COMPARATOR':
    case 'TARGET_INVALID':
    case 'TARGET_UNIT_MISMATCH':
      return { code: issue.code, details: issue.details } as TargetTextProblem
    default:
      return undefined
  }
}

/**
 * Read an actual value with the grammar of targets. A number written without a
 * unit ("93") stays without one: {@link evaluateTarget} reads it in the
 * target's unit, as tables with a separate unit column mean it.
 *
 * @param text - the actual value as written.
 * @param options - the evaluation year for dates written without one.
 * @returns the {@link Actual}.
 * @throws {@link AttainmentError} `ACTUAL_MALFORMED` for number-shaped text
 *   that cannot be read, or a range ("80%-90%") where one value is needed.
 * @example
 * ```ts
 * JSON.stringify(parseActual('≥120米'))
 * //=> '{"kind":"quantity","value":{"amount":"120","unit":"米"},"bound":"at-least","source":"≥120米"}'
 * parseActual('未完成')
 * //=> { kind: 'qualitative', direction: 'attain', negated: true, partial: false, late: false, source: '未完成' }
 * ```
 */
export function parseActual(text: string, options: ParseTargetOptions = {}): Actual {
  const actual = readActual(text, options)
  trusted.add(actual)
  return actual
}

/** Actual values this library read itself: evaluateTarget takes them as they are. */
const trusted = /*@__PURE__*/ new WeakSet<object>()

/** @internal Was this actual value read by {@link parseActual}? */
export function isTrustedActual(value: unknown): value is Actual {
  return typeof value === 'object' && value !== null && trusted.has(value)
}

function readActual(text: string, options: ParseTargetOptions): Actual {
  if (typeof text !== 'string') {
    throw new AttainmentError([makeIssue('ACTUAL_MALFORMED', { reason: 'not-an-actual', field: 'actual', value: typeof text }, { path: ['actual'] })])
  }
  // the words of the text, read once and only when a rule below asks
  let reading: QualitativeReading | undefined
  const words = (): QualitativeReading => (reading ??= readQualitative(text))
  // "1-2期未能及时培训", "未完成，完成率85%以上": words that deny or say late decide when the numbers are not one value
  const denial = (): Actual | undefined => (words().negated || words().late ? wordsActual(words(), text) : undefined)
  const target = readTarget(text, options)
  if (isRefused(target)) {
    const denied = denial()
    if (denied !== undefined) return denied
    const first = target.refused
    const location = first.span === undefined ? { input: text } : { input: text, span: first.span }
    const cause = textCause(first)
    throw new AttainmentError([
      cause === undefined ? makeIssue('ACTUAL_MALFORMED', { reason: 'empty' }, { input: text }) : makeIssue('ACTUAL_MALFORMED', { reason: 'unreadable', cause }, location),
    ])
  }
  let actual = fromTarget(target, text)
  // "未达到90%", "没有达到95%": a number said with a denial is what was not reached
  if (actual?.kind === 'quantity' && mayDeny(text) && words().negated) return wordsActual(words(), text)
  // "未能按时完成", "年底前未完成", "基本按期完成": a date or "on schedule" said with words that deny, say late or say in part
  const dated = actual?.kind === 'date' || (target.kind === 'deadline' && target.due === null)
  if (actual === undefined || dated || target.kind === 'all' || target.kind === 'any') {
    actual = words().partial && dated ? wordsActual({ ...DONE, partial: true, late: words().late }, text) : (denial() ?? actual)
  }
  if (actual === undefined) {
    throw new AttainmentError([makeIssue('ACTUAL_MALFORMED', { reason: 'range' }, { input: text, span: { start: 0, end: text.length } })])
  }
  return actual
}

/**
 * Like {@link parseActual}, but never throws.
 *
 * @param text - the actual value as written.
 * @param options - as for {@link parseActual}.
 * @returns `{ success: true, data }` or `{ success: false, error }`.
 * @example
 * ```ts
 * safeParseActual('99.16%').success
 * //=> true
 * ```
 */
export function safeParseActual(text: string, options: ParseTargetOptions = {}): SafeResult<Actual, AttainmentError> {
  return toSafe(() => parseActual(text, options), AttainmentError)
}
