/**
 * Choosing the language of the indicator tree's texts.
 *
 * @module
 */
import { evaluationEn } from './evaluation-en.js'
import type { EvaluationMessageTable } from './evaluation-table.js'
import { evaluationZh } from './evaluation-zh.js'
import type { Locale } from './locale.js'

/**
 * The indicator tree's message table of a locale.
 *
 * @param locale - `zh-CN`, `zh` or `en`.
 * @returns the table.
 * @example
 * ```ts
 * evaluationMessageTable('en').issues.SATISFACTION_MISSING({}, { path: [] })
 * //=> 'there is no satisfaction (满意度) indicator'
 * ```
 */
export function evaluationMessageTable(locale: Locale): EvaluationMessageTable {
  return locale === 'en' ? evaluationEn : evaluationZh
}
