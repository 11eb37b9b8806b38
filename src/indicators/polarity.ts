/**
 * An indicator's polarity (正向 / 逆向): written; else the target's comparison (≤ < lower is better, ≥ > higher); else a
 * word its name ends with (`POLARITY_WORDS`); else its category (成本); else higher is better. The reading records which.
 *
 * @module
 */
import { describeUnit } from '../quantities/unit.js'
import type { Comparator, Target } from '../targets/types.js'
import { COST_CATEGORIES } from './lexicon/categories.js'
import { POLARITY_NAMES } from './lexicon/split-cells.js'
import { POLARITY_WORDS, REDUCTION_PREFIXES, type PolarityWords } from './lexicon/polarity.js'
import type { PolarityReading } from './types.js'

/** @internal The polarity a cell writes ("正向", "逆向指标", "negative"), if it is one. */
export function writtenPolarity(text: string): 'positive' | 'negative' | undefined {
  const key = text.trim()
  return Object.prototype.hasOwnProperty.call(POLARITY_NAMES, key) ? POLARITY_NAMES[key] : undefined
}

/** The comparison a target writes, when it writes one single comparison (≥, >, ≤, <). */
function comparatorOf(target: Target | null): '>=' | '>' | '<=' | '<' | undefined {
  if (target === null || target.kind !== 'compare') return undefined
  return target.op === '>=' || target.op === '>' || target.op === '<=' || target.op === '<' ? target.op : undefined
}

/** @internal The polarity words by their last character, each list longest first. */
export type PolarityIndex = ReadonlyMap<string, readonly { readonly word: string; readonly value: 'positive' | 'negative' }[]>

/** @internal Index the words by their last character: a name is then compared with the few words that can end it. */
export function indexWords(words: PolarityWords): PolarityIndex {
  const index = new Map<string, { word: string; value: 'positive' | 'negative' }[]>()
  const add = (list: PolarityWords['lowerIsBetter'], value: 'positive' | 'negative'): void => {
    for (const { word } of list) {
      const last = word.slice(-1)
      const entries = index.get(last) ?? []
      entries.push({ word, value })
      index.set(last, entries)
    }
  }
  add(words.lowerIsBetter, 'negative')
  add(words.higherIsBetter, 'positive')
  // longest first; of two words as long, a lower-is-better one first (it was listed first)
  for (const entries of index.values()) entries.sort((a, b) => b.word.length - a.word.length)
  return index
}

let defaultIndex: PolarityIndex | undefined

/** @internal The index of the library's words, made once. */
export function defaultEndings(): PolarityIndex {
  return (defaultIndex ??= indexWords(POLARITY_WORDS))
}

/** The readings there are few of, each one frozen object shared by every indicator that has it (bounded). */
const READINGS = /*@__PURE__*/ new Map<string, PolarityReading>()

function reading(value: 'positive' | 'negative', source: PolarityReading['source'], extra: { readonly comparator?: Comparator; readonly word?: string } = {}): PolarityReading {
  const key = `${value}|${source}|${extra.comparator ?? ''}|${extra.word ?? ''}`
  let found = READINGS.get(key)
  if (found === undefined) {
    found = Object.freeze({ value, source, ...extra })
    // a caller's polarity words could make many: past a few thousand, readings are not kept
    if (READINGS.size < 4096) READINGS.set(key, found)
  }
  return found
}

/** @internal The polarity of an indicator (`name` without spaces), and why: a frozen reading. */
export function polarityOf(written: 'positive' | 'negative' | undefined, target: Target | null, name: string, category: string | undefined, endings: PolarityIndex = defaultEndings()): PolarityReading {
  if (written !== undefined) return reading(written, 'written')
  const comparator = comparatorOf(target)
  if (comparator !== undefined) return reading(comparator === '<=' || comparator === '<' ? 'negative' : 'positive', 'comparator', { comparator })
  // a name is read without the brackets and spaces tables add ("投诉率（%）")
  // the name without its brackets ("投诉率（%）", "应付账款(暂存款)率"); its caller has taken the spaces out
  const bare = /[（(［[]/u.test(name) ? name.replace(/[（(［[][^（()）［\]］]*[）)］\]]/gu, '') : name
  // a reduction is what is measured ("降低运行成本", "节约支出"): more of it is better, whatever the name ends with
  const reduction = REDUCTION_PREFIXES.find((p) => bare.startsWith(p))
  if (reduction !== undefined) return reading('positive', 'name', { word: reduction })
  // the longest word the name ends with decides (投诉处理率 ends with 处理率 before 投诉率 could)
  for (const { word, value } of endings.get(bare.slice(-1)) ?? []) if (bare.endsWith(word)) return reading(value, 'name', { word })
  // a cost row's amount of money (or bare number) is lower-is-better; a rate or a yes/no in a cost row is not a cost
  if (category !== undefined && COST_CATEGORIES.includes(category) && !/[率度]$/u.test(bare) && measuresAmount(target)) return reading('negative', 'category', { word: category })
  return reading('positive', 'default')
}

/** Is the target an amount (of money, or a bare number), which a cost category's polarity can decide? */
function measuresAmount(target: Target | null): boolean {
  if (target === null) return true
  if (target.kind !== 'compare' && target.kind !== 'range') return false
  const unit = target.kind === 'compare' ? target.value.unit : target.max.unit
  return unit === '' || describeUnit(unit).family === 'money' || describeUnit(unit).family === 'rate'
}

/** @internal The comparison of a target that disagrees with a written polarity, if it does. */
export function conflictingComparator(written: 'positive' | 'negative', target: Target | null): '>=' | '>' | '<=' | '<' | undefined {
  const comparator = comparatorOf(target)
  if (comparator === undefined) return undefined
  const lower = comparator === '<=' || comparator === '<'
  return lower === (written === 'negative') ? undefined : comparator
}
