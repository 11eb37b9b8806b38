/**
 * The one state of a parse: the text as the grammar reads it, the text as written, the options; and failures as values,
 * so that backtracking never throws.
 *
 * @module
 */
import type { AllTarget, DeadlineTarget } from './types.js'
import type { IssueDetailsByCode } from '../messages/issue-details.js'
import type { Span } from '../errors.js'

/** @internal What every part of the grammar reads from. */
export interface ParseContext {
  /** The text the grammar reads: clean, width-normalised, traditional characters folded; same length as `source`. */
  readonly text: string
  /** The text as written (invisible characters removed): subjects, notes and units of rates are sliced from it. */
  readonly source: string
  /** The evaluation year for dates written without one, or null. */
  readonly year: number | null
  /**
   * The last deadline read, by its bounds and text: a whole text is tried as a deadline before it is split, and again when it is
   * read as one target; the second try reads this instead of scanning again.
   */
  lastDeadline: { readonly start: number; readonly end: number; readonly own: string; readonly result: DeadlineTarget | AllTarget | undefined } | undefined
}

/** @internal The codes a grammar failure may carry. */
export type FailureCode = 'TARGET_MALFORMED' | 'TARGET_UNKNOWN_COMPARATOR' | 'TARGET_INVALID' | 'TARGET_UNIT_MISMATCH'

/** @internal A failure of the grammar, as a value. */
export type Failure = {
  readonly [C in FailureCode]: { readonly failed: true; readonly code: C; readonly span: Span; readonly details: IssueDetailsByCode[C] }
}[FailureCode]

/** @internal A value, or the failure that stopped it. */
export type Parsed<T> = T | Failure

/** @internal Make a failure at the span of `at`. */
export function fail<C extends FailureCode>(code: C, at: { readonly start: number; readonly end: number }, details: IssueDetailsByCode[C]): Failure {
  return { failed: true, code, span: { start: at.start, end: at.end }, details } as Failure
}

/** @internal Is this a failure? */
export function isFailure(value: unknown): value is Failure {
  return typeof value === 'object' && value !== null && Object.prototype.hasOwnProperty.call(value, 'failed')
}
