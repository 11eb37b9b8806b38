/**
 * The shape of a message table: one per locale, checked by the compiler to hold a text for every code and every
 * reason, and by a parity test to hold the same keys as every other table.
 *
 * @module
 */
import type { AttainmentDetailsByCode, AttainmentCode } from './attainment-details.js'
import type { Span } from '../errors.js'
import type { ComparisonProblem, CoreErrorCode, DataProblem, ErrorCode, IssueDetailsByCode, NumberProblem, TargetProblem } from './issue-details.js'

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
  readonly span?: Span
  /** Where in structured input. */
  readonly path: readonly (string | number)[]
  /** The row of a spreadsheet, when the input was rows. */
  readonly row?: number
  /** The column header, when the input was rows. */
  readonly column?: string
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
 * The text of one error code in one locale, from the issue's details and where it was found.
 *
 * @example
 * ```ts
 * const text: IssueText<'TARGET_EMPTY'> = (details) => `received ${details.received}`
 * ```
 */
export type IssueText<C extends ErrorCode> = (details: IssueDetailsByCode[C], where: IssueContext) => string

/**
 * The texts of every error code: a mapped type, so a table missing a code does not compile.
 *
 * @example
 * ```ts
 * import { en } from 'jixiao'
 * const issues: IssueTexts = en.issues
 * ```
 */
export type IssueTexts = { readonly [C in CoreErrorCode]: IssueText<C> }

/**
 * The explanation of one attainment code in one locale, from the attainment's details and its verdict.
 *
 * @example
 * ```ts
 * const text: AttainmentText<'COMPOUND'> = (details, context) => `${details.mode}: ${context.parts.join('; ')}`
 * ```
 */
export type AttainmentText<C extends AttainmentCode> = (details: AttainmentDetailsByCode[C], context: AttainmentContext) => string

/**
 * The explanations of every attainment code: a mapped type, so a table missing a code does not compile.
 *
 * @example
 * ```ts
 * import { zh } from 'jixiao'
 * const attainments: AttainmentTexts = zh.attainments
 * ```
 */
export type AttainmentTexts = { readonly [C in AttainmentCode]: AttainmentText<C> }

/**
 * The text of why a number failed, from the number text and the word at fault (`''` when none is).
 *
 * @example
 * ```ts
 * const text: NumberProblemText = (text, word) => `"${word}" repeated in "${text}"`
 * ```
 */
export type NumberProblemText = (text: string, word: string) => string

/**
 * The text of why a target failed beyond its numbers, from the word at fault (`''` when none is).
 *
 * @example
 * ```ts
 * const text: TargetProblemText = (word) => `"${word}" is not followed by a number`
 * ```
 */
export type TargetProblemText = (word: string) => string

/**
 * The text of why data is not a target or an actual value, from the field at fault and its value (`''` when none is).
 *
 * @example
 * ```ts
 * const text: DataProblemText = (field) => `"${field}" is missing or invalid`
 * ```
 */
export type DataProblemText = (field: string, value: string) => string

/**
 * The text of why an actual cannot be compared with its target, from both as text and their units (`''` when not
 * known).
 *
 * @example
 * ```ts
 * const text: ComparisonProblemText = (actual, target) => `actual "${actual}" cannot be compared with ${target}`
 * ```
 */
export type ComparisonProblemText = (actual: string, target: string, actualUnit: string, targetUnit: string) => string

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
  readonly issues: IssueTexts
  /** The text of each attainment code. */
  readonly attainments: AttainmentTexts
  /** Why a number failed, with the text and the word at fault. */
  readonly numberProblems: Readonly<Record<NumberProblem, NumberProblemText>>
  /** Why a target failed (beyond its numbers), with the word at fault. */
  readonly targetProblems: Readonly<Record<Exclude<TargetProblem, NumberProblem>, TargetProblemText>>
  /** Why data is not a target or an actual value. */
  readonly dataProblems: Readonly<Record<DataProblem, DataProblemText>>
  /** Why an actual cannot be compared with its target. */
  readonly comparisonProblems: Readonly<Record<ComparisonProblem, ComparisonProblemText>>
  /** The text of an issue whose code no table knows (a code of another version, or a hand-made issue). */
  readonly unknownIssue: (code: string) => string
}
