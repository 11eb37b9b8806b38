/**
 * Choosing a language: every message and explanation can be read in Chinese or English at any time.
 *
 * @module
 */
import { en } from './en.js'
import type { MessageTable } from './table.js'
import { zh } from './zh.js'

/**
 * A language of the message tables: `zh-CN` (or `zh`) and `en`.
 *
 * @example
 * ```ts
 * const locale: Locale = 'en'
 * ```
 */
export type Locale = 'zh-CN' | 'zh' | 'en'

/**
 * The message table of a locale.
 *
 * @param locale - `zh-CN`, `zh` or `en`.
 * @returns the table.
 * @example
 * ```ts
 * messageTable('en').issues.TARGET_EMPTY({ received: 'string' }, { path: [] })
 * //=> 'the target is empty'
 * ```
 */
export function messageTable(locale: Locale): MessageTable {
  return locale === 'en' ? en : zh
}

/**
 * @internal A frozen prototype whose `zh` and `en` getters render the object they are read on: texts are produced when
 * read, and a JSON copy holds data only.
 */
export function textsPrototype<T>(render: (value: T, locale: Locale) => string): object {
  return Object.freeze(
    Object.create(Object.prototype, {
      zh: { get(this: T) { return render(this, 'zh-CN') }, enumerable: false },
      en: { get(this: T) { return render(this, 'en') }, enumerable: false },
    }) as object,
  )
}
