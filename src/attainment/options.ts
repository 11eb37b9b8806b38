/**
 * The options of {@link evaluateTarget}, checked once at the door.
 *
 * @module
 */
import { AttainmentError, makeIssue } from '../errors.js'
import { D, freezeDecimal, toDecimalOrUndefined, type Decimal, type DecimalInput } from '../numbers/decimal.js'
import { own } from '../own.js'
import type { Polarity } from '../targets/types.js'

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
   * The indicator's polarity: decides a target written with no comparison word (positive: at least; negative: at
   * most). Without it, a bare 0 means "at most 0" and any other bare number, approximate or not, "at least" (see
   * `approximate`).
   */
  readonly polarity?: Polarity
  /** Relative tolerance of approximate targets (约, 左右), a fraction in [0, 1). Default 0.05 (5%). */
  readonly tolerance?: DecimalInput
  /**
   * How an approximate target with no comparison word and no polarity is read: `at-least` (default: within the
   * tolerance below, any amount above; over-achievement is left to review, as 财预〔2020〕10号 practice flags it rather
   * than deducts) or `close-to` (within the tolerance on either side).
   */
  readonly approximate?: 'at-least' | 'close-to'
  /** Evaluation year, for dates written without one (in the target or the actual). A whole number. */
  readonly year?: number
}

/** @internal The options as read: own properties only, each checked. */
export interface CheckedOptions {
  readonly polarity: Polarity | undefined
  readonly tolerance: Decimal
  readonly approximate: 'at-least' | 'close-to'
  readonly year: number | undefined
}

function invalid(option: string, value: unknown, expected: 'non-negative-number' | 'fraction' | 'integer' | 'one-of', allowed?: readonly string[]): AttainmentError {
  const details = allowed === undefined ? { option, value: String(value), expected } : { option, value: String(value), expected, allowed }
  return new AttainmentError([makeIssue('OPTION_INVALID', details, { path: [option] })])
}

const DEFAULT_TOLERANCE = /*@__PURE__*/ freezeDecimal(new D('0.05'))
const DEFAULTS: CheckedOptions = /*@__PURE__*/ Object.freeze({ polarity: undefined, tolerance: DEFAULT_TOLERANCE, approximate: 'at-least' as const, year: undefined })

function isEmpty(options: object): boolean {
  for (const key in options) if (Object.prototype.hasOwnProperty.call(options, key)) return false
  return true
}

/** @internal Read and check the options: a wrong one is a coded error, an inherited one is never read. */
export function checkOptions(options: EvaluateTargetOptions | undefined): CheckedOptions {
  if (options !== undefined && (typeof options !== 'object' || options === null)) throw invalid('options', options, 'one-of', ['object'])
  if (options === undefined || isEmpty(options)) return DEFAULTS
  const rawTolerance = own(options, 'tolerance')
  const tolerance = rawTolerance === undefined ? DEFAULT_TOLERANCE : toDecimalOrUndefined(rawTolerance)
  // a relative tolerance: 0.05 is 5%; 5 would be 500% and meet almost anything, so it is refused
  if (tolerance === undefined || tolerance.isNegative() || tolerance.gte(1)) throw invalid('tolerance', rawTolerance, 'fraction')
  const polarity = own(options, 'polarity')
  if (polarity !== undefined && polarity !== 'positive' && polarity !== 'negative') throw invalid('polarity', polarity, 'one-of', ['positive', 'negative'])
  const approximate = own(options, 'approximate') ?? 'at-least'
  if (approximate !== 'at-least' && approximate !== 'close-to') throw invalid('approximate', approximate, 'one-of', ['at-least', 'close-to'])
  const year = own(options, 'year')
  if (year !== undefined && !Number.isInteger(year)) throw invalid('year', year, 'integer')
  return { polarity, tolerance, approximate, year }
}
