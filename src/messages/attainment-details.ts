/**
 * What each attainment code carries: the typed `details` of an Attainment, from which its zh and en explanation is
 * produced when read.
 *
 * @module
 */
import type { Decimal } from '../numbers/decimal.js'

/**
 * The details of an attainment that needs only the two sides, as text: `DEADLINE_DATE`, `DEADLINE_NEEDS_PLAN`,
 * `DEADLINE_NEEDS_YEAR`, `DEADLINE_WORDS`, `DEADLINE_SHARE` and `WORDS_AGAINST_MEASURE`; the other details extend it.
 *
 * @example
 * ```ts
 * const d: ActualTargetDetails = { actual: '2024-06-30', target: '2024年6月底前' }
 * ```
 */
export interface ActualTargetDetails {
  /** The actual value, as text. */
  readonly actual: string
  /** The target, as text. */
  readonly target: string
}

/**
 * The details of `MEASURE`: a number against a number, or a ratio against a ratio.
 *
 * @example
 * ```ts
 * const d: MeasureAttainmentDetails = { actual: '93%', target: '≥95%', rule: 'higher-is-better', ratio: null }
 * ```
 */
export interface MeasureAttainmentDetails extends ActualTargetDetails {
  /** Which way it was judged. */
  readonly rule: 'higher-is-better' | 'lower-is-better' | 'close-to'
  /** The completion ratio carried by the verdict, or null when there is none. */
  readonly ratio: Decimal | null
  /** Set when the actual was a JS number without a unit, read in the target's unit. */
  readonly bareNumber?: boolean
  /** The target's unit, in which a bare number was read. */
  readonly unit?: string
  /** Set when the actual gave only a bound of its value ("低于90%", "≥120米", "接近90%") that cannot settle the verdict. */
  readonly bound?: 'at-least' | 'at-most' | 'about'
}

/**
 * The details of `RANGE`: a number against a range.
 *
 * @example
 * ```ts
 * const d: RangeAttainmentDetails = { actual: '85%', target: '80%-90%', position: 'inside' }
 * ```
 */
export interface RangeAttainmentDetails extends ActualTargetDetails {
  /** Where the actual value fell: inside the range, below it or above it. */
  readonly position: 'inside' | 'below' | 'above'
}

/**
 * The details of `QUALITATIVE`: anything against a target in words.
 *
 * @example
 * ```ts
 * const d: QualitativeAttainmentDetails = { actual: '优秀', target: '良好以上', rule: 'grade' }
 * ```
 */
export interface QualitativeAttainmentDetails extends ActualTargetDetails {
  /** How it was decided. */
  readonly rule: 'same-words' | 'grade' | 'direction' | 'stated-attainment' | 'count-of-none' | 'share-done' | 'no-judgement'
}

/**
 * The details of `COMPOUND`: an any/all target, judged from its parts.
 *
 * @example
 * ```ts
 * const d: CompoundAttainmentDetails = { mode: 'all', skipped: false }
 * ```
 */
export interface CompoundAttainmentDetails {
  /** Whether any part or all parts must be met. */
  readonly mode: 'any' | 'all'
  /** Set when a part could not be compared with the actual value and was left out. */
  readonly skipped: boolean
}

/**
 * The typed details of every attainment code.
 *
 * - `MEASURE`: a number against a number (or a ratio against a ratio); `rule` says which way it was judged, `ratio` is
 *   the completion ratio carried by the verdict; `bareNumber` is set when the actual was a JS number without a unit,
 *   read in the target's unit.
 * - `RANGE`: a number against a range; `position` says where it fell.
 * - `DEADLINE_DATE`, `DEADLINE_NEEDS_PLAN`, `DEADLINE_NEEDS_YEAR`, `DEADLINE_WORDS`, `DEADLINE_SHARE`: a deadline
 *   against a date, against a date when no date was set, against a date when the deadline has no year, against
 *   words, against a share of the work done.
 * - `WORDS_AGAINST_MEASURE`: words reported against a number.
 * - `QUALITATIVE`: anything against a target in words; `rule` says how it was decided.
 * - `COMPOUND`: an any/all target, judged from its parts.
 *
 * @example
 * ```ts
 * const d: AttainmentDetailsByCode['RANGE'] = { actual: '85%', target: '80%-90%', position: 'inside' }
 * ```
 */
export interface AttainmentDetailsByCode {
  /** A number against a number, or a ratio against a ratio. */
  readonly MEASURE: MeasureAttainmentDetails
  /** A number against a range. */
  readonly RANGE: RangeAttainmentDetails
  /** A date against a deadline. */
  readonly DEADLINE_DATE: ActualTargetDetails
  /** A date against "on schedule": the plan decides. */
  readonly DEADLINE_NEEDS_PLAN: ActualTargetDetails
  /** A dated actual against a deadline without a year. */
  readonly DEADLINE_NEEDS_YEAR: ActualTargetDetails
  /** Words against a deadline. */
  readonly DEADLINE_WORDS: ActualTargetDetails
  /** A share of the work done against a deadline. */
  readonly DEADLINE_SHARE: ActualTargetDetails
  /** Words against a number, a range or a ratio. */
  readonly WORDS_AGAINST_MEASURE: ActualTargetDetails
  /** Anything against a target in words. */
  readonly QUALITATIVE: QualitativeAttainmentDetails
  /** An any/all target. */
  readonly COMPOUND: CompoundAttainmentDetails
}

/**
 * The code of an Attainment: which kind of judgement was made. Stable: match on it, never on the explanation text.
 *
 * @example
 * ```ts
 * import { evaluateTarget, parseTarget } from 'jixiao'
 * evaluateTarget(parseTarget('≥95%'), '93%').code
 * //=> 'MEASURE'
 * ```
 */
export type AttainmentCode = keyof AttainmentDetailsByCode
