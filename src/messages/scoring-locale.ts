/**
 * Choosing the language of the scoring engine's texts.
 *
 * @module
 */
import { scoringEn } from './scoring-en.js'
import type { ScoringMessageTable } from './scoring-table.js'
import { scoringZh } from './scoring-zh.js'
import type { Locale } from './locale.js'

/**
 * The scoring engine's message table of a locale.
 *
 * @param locale - `zh-CN`, `zh` or `en`.
 * @returns the table.
 * @example
 * ```ts
 * scoringMessageTable('en').grade('优')
 * //=> 'excellent'
 * ```
 */
export function scoringMessageTable(locale: Locale): ScoringMessageTable {
  return locale === 'en' ? scoringEn : scoringZh
}
