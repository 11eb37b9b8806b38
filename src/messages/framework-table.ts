/**
 * The shape of the frameworks' message tables: one per locale, checked by the compiler to hold a text for every code of
 * `framework-details.ts`, and by the tests to hold the same keys.
 *
 * @module
 */
import type { FormulaNoteDetails, FrameworkErrorCode, FrameworkIssueDetailsByCode } from './framework-details.js'
import type { IssueContext } from './table.js'

/**
 * The text of each issue code of the frameworks.
 *
 * @example
 * ```ts
 * import { frameworkEn } from 'jixiao'
 * const texts: FrameworkIssueTexts = frameworkEn.issues
 * ```
 */
export type FrameworkIssueTexts = { readonly [C in FrameworkErrorCode]: (details: FrameworkIssueDetailsByCode[C], where: IssueContext) => string }

/**
 * The texts of the frameworks in one locale.
 *
 * @example
 * ```ts
 * import { frameworkMessageTable } from 'jixiao'
 * const table: FrameworkMessageTable = frameworkMessageTable('en')
 * ```
 */
export interface FrameworkMessageTable {
  /** The text of each issue code. */
  readonly issues: FrameworkIssueTexts
  /** The note of an indicator whose actual value the framework computed from the formula's figures. */
  readonly formulaNote: (details: FormulaNoteDetails) => string
}
