/**
 * What each attainment code carries: the typed `details` of an Attainment, from which its zh and en explanation is
 * produced when read.
 *
 * @module
 */
import type { Decimal } from '../numbers/decimal.js'

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
  readonly MEASURE: {
    readonly actual: string
    readonly target: string
    readonly rule: 'higher-is-better' | 'lower-is-better' | 'close-to'
    readonly ratio: Decimal | null
    readonly bareNumber?: boolean
    readonly unit?: string
  }
  /** A number against a range. */
  readonly RANGE: { readonly actual: string; readonly target: string; readonly position: 'inside' | 'below' | 'above' }
  /** A date against a deadline. */
  readonly DEADLINE_DATE: { readonly actual: string; readonly target: string }
  /** A date against "on schedule": the plan decides. */
  readonly DEADLINE_NEEDS_PLAN: { readonly actual: string; readonly target: string }
  /** A dated actual against a deadline without a year. */
  readonly DEADLINE_NEEDS_YEAR: { readonly actual: string; readonly target: string }
  /** Words against a deadline. */
  readonly DEADLINE_WORDS: { readonly actual: string; readonly target: string }
  /** A share of the work done against a deadline. */
  readonly DEADLINE_SHARE: { readonly actual: string; readonly target: string }
  /** Words against a number, a range or a ratio. */
  readonly WORDS_AGAINST_MEASURE: { readonly actual: string; readonly target: string }
  /** Anything against a target in words. */
  readonly QUALITATIVE: {
    readonly actual: string
    readonly target: string
    readonly rule: 'same-words' | 'grade' | 'direction' | 'stated-attainment' | 'count-of-none' | 'share-done' | 'no-judgement'
  }
  /** An any/all target. */
  readonly COMPOUND: { readonly mode: 'any' | 'all'; readonly skipped: boolean }
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
