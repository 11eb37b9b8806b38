/**
 * An indicator's category: given, or read from its level-2 name ("数量指标" is 数量, "服务对象满意度指标" is 满意度). A name
 * that is no known category is kept as written (free text).
 *
 * @module
 */
import { CATEGORY_ALIASES, INDICATOR_CATEGORIES } from './lexicon/categories.js'

/** @internal The category a name says: its known short form, or undefined when it names none. */
export function categoryOf(name: string | undefined): string | undefined {
  if (name === undefined) return undefined
  // "数量指标", "成本目标", "服务对象满意度指标等" (a template's "等"): the words of the category only
  const bare = name.replace(/\s+/gu, '').replace(/[(（][^)）]*[)）]/gu, '').replace(/等$/u, '').replace(/(?:指标|目标)$/u, '')
  if (bare === '') return undefined
  if (INDICATOR_CATEGORIES.includes(bare)) return bare
  if (Object.prototype.hasOwnProperty.call(CATEGORY_ALIASES, bare)) return CATEGORY_ALIASES[bare]
  return undefined
}

/** @internal A category given by the caller: its short form when it is a known one, else the text as written. */
export function givenCategory(text: string): string {
  return categoryOf(text) ?? text.trim()
}
