/**
 * The shape of the indicator tree's message tables: one per locale, checked by the compiler to hold a text for every
 * code of `evaluation-details.ts`, and by the parity test to hold the same keys as the other locale's.
 *
 * @module
 */
import type { EvaluationErrorCode, EvaluationIssueDetailsByCode } from './evaluation-details.js'
import type { IssueContext } from './table.js'

/**
 * The text of one code of the indicator tree in one locale.
 *
 * @example
 * ```ts
 * const text: EvaluationIssueText<'TARGET_MISSING'> = (d) => `${d.name} has no target`
 * ```
 */
export type EvaluationIssueText<C extends EvaluationErrorCode> = (details: EvaluationIssueDetailsByCode[C], where: IssueContext) => string

/**
 * One locale's texts of the indicator tree's codes: a mapped type, so a table missing a code does not compile.
 *
 * @example
 * ```ts
 * import { evaluationMessageTable } from 'jixiao'
 * const table: EvaluationMessageTable = evaluationMessageTable('en')
 * ```
 */
export interface EvaluationMessageTable {
  /** The text of each code. */
  readonly issues: EvaluationIssueTexts
}

/**
 * The texts of every code of the indicator tree: a mapped type, so a table missing a code does not compile.
 *
 * @example
 * ```ts
 * import { evaluationEn } from 'jixiao'
 * const texts: EvaluationIssueTexts = evaluationEn.issues
 * ```
 */
export type EvaluationIssueTexts = { readonly [C in EvaluationErrorCode]: EvaluationIssueText<C> }
