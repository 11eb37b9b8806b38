/**
 * Choosing the language of the frameworks' texts.
 *
 * @module
 */
import { frameworkEn } from './framework-en.js'
import type { FrameworkMessageTable } from './framework-table.js'
import { frameworkZh } from './framework-zh.js'
import type { Locale } from './locale.js'

/**
 * The frameworks' message table of a locale.
 *
 * @param locale - `zh-CN`, `zh` or `en`.
 * @returns the table.
 * @example
 * ```ts
 * frameworkMessageTable('en').issues.FRAMEWORK_INDICATOR_DUPLICATE({ key: 'staffControlRate' }, { path: [] })
 * //=> 'the common indicator "staffControlRate" is chosen twice'
 * ```
 */
export function frameworkMessageTable(locale: Locale): FrameworkMessageTable {
  return locale === 'en' ? frameworkEn : frameworkZh
}
