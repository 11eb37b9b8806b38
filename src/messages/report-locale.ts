/**
 * Choosing the language of the reports' texts.
 *
 * @module
 */
import type { Locale } from './locale.js'
import { reportEn } from './report-en.js'
import type { ReportMessageTable } from './report-table.js'
import { reportZh } from './report-zh.js'

/**
 * The reports' text table of a locale.
 *
 * @param locale - `zh-CN`, `zh` or `en`.
 * @returns the table.
 * @example
 * ```ts
 * reportMessageTable('en').total
 * //=> 'Total'
 * ```
 */
export function reportMessageTable(locale: Locale): ReportMessageTable {
  return locale === 'en' ? reportEn : reportZh
}
