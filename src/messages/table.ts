/**
 * The shape of a message table: one per locale, checked by the compiler to hold a text for every code and every
 * reason, and by a parity test to hold the same keys as every other table.
 *
 * @module
 */
import type { AttainmentDetailsByCode, AttainmentCode } from './attainment-details.js'
import type { ComparisonProblem, DataProblem, ErrorCode, IssueDetailsByCode, NumberProblem, TargetProblem } from './issue-details.js'

/**
 * Where an issue was found, as a message needs it.
 *
 * @example
 * ```ts
 * const where: IssueContext = { input: '≥≥90%', span: { start: 1, end: 2 }, path: [] }
 * ```
 */
export interface IssueContext {
  /** The text that was read, if the input was text. */
  readonly input?: string
  /** Where in that text. */
  readonly span?: { readonly start: number; readonly end: number }
  /** Where in structured input. */
  readonly path: readonly (string | number)[]
}

/**
 * What an attainment's explanation needs besides its details: the verdict and the parts' explanations in the same
 * language.
 *
 * @example
 * ```ts
 * const context: AttainmentContext = { met: true, parts: [] }
 * ```
 */
export interface AttainmentContext {
  /** Met, not met, or null when a person must judge. */
  readonly met: boolean | null
  /** The explanations of the parts of a compound, in this table's language. */
  readonly parts: readonly string[]
}

/**
 * One locale's texts. Every function receives typed details and returns the text; nothing here is computed until a
 * message is read.
 *
 * @example
 * ```ts
 * import type { MessageTable } from 'jixiao'
 * const locale: keyof MessageTable = 'issues'
 * ```
 */
export interface MessageTable {
  /** The text of each error code. */
  readonly issues: { readonly [C in ErrorCode]: (details: IssueDetailsByCode[C], where: IssueContext) => string }
  /** The text of each attainment code. */
  readonly attainments: { readonly [C in AttainmentCode]: (details: AttainmentDetailsByCode[C], context: AttainmentContext) => string }
  /** Why a number failed, with the text and the word at fault. */
  readonly numberProblems: { readonly [P in NumberProblem]: (text: string, word: string) => string }
  /** Why a target failed (beyond its numbers), with the word at fault. */
  readonly targetProblems: { readonly [P in Exclude<TargetProblem, NumberProblem>]: (word: string) => string }
  /** Why data is not a target or an actual value. */
  readonly dataProblems: { readonly [P in DataProblem]: (field: string, value: string) => string }
  /** Why an actual cannot be compared with its target. */
  readonly comparisonProblems: { readonly [P in ComparisonProblem]: (actual: string, target: string, actualUnit: string, targetUnit: string) => string }
}
