/**
 * Phrases in words: which way they point, how strongly, and whether they deny, say late or say in part; and the
 * target they make ("有效提升", "是", "全覆盖", "按期完成").
 *
 * @module
 */
import { byFirstCode } from '../numbers/characters.js'
import { own } from '../own.js'
import { FILLERS, NEGATION_CHARACTERS, NO_DATA_WORDS, NOT_NEGATING, WHETHER } from './lexicon/negation.js'
import { ON_SCHEDULE_PATTERN } from './lexicon/deadlines.js'
import { foldTraditional } from './lexicon/traditional.js'
import { WORD_COMPARATORS } from './lexicon/comparators.js'
import { ALL_WHO_SHOULD, LATE_WORDS, PARTIAL_WORDS, STRENGTH_WORDS, WORDS_BY_DIRECTION } from './lexicon/qualitative.js'
import type { DeadlineTarget, QualitativeDirection, QualitativeStrength, QualitativeTarget } from './types.js'

/** @internal What a phrase in words says. */
export interface QualitativeReading {
  readonly direction: QualitativeDirection
  readonly strength?: QualitativeStrength
  /** The key word is negated ("未完成", "不合格", "未按期完成", "没有提升"). */
  readonly negated: boolean
  /** Done only in part: 部分完成, 基本完成, 未全部完成. */
  readonly partial: boolean
  /** Done late: 逾期, 延期, 滞后. */
  readonly late: boolean
}

interface KeyWord {
  readonly word: string
  readonly direction: Exclude<QualitativeDirection, 'unknown'>
}

let keyWords: readonly KeyWord[] | undefined

/** The key words in the order they are checked (built on first use, so nothing runs at import). */
function qualitativeWords(): readonly KeyWord[] {
  keyWords ??= WORDS_BY_DIRECTION.flatMap(([direction, list]) => list.map((word) => ({ word, direction })))
  return keyWords
}

/** Only fillers between a negation and the word it denies ("能", "按期", "明显" …), or nothing. */
function onlyFillers(between: string): boolean {
  let rest = between
  while (rest !== '') {
    const filler = FILLERS.find((f) => rest.startsWith(f))
    if (filler === undefined) return false
    rest = rest.slice(filler.length)
  }
  return true
}

/**
 * Is the key word at `at` negated ("未完成", "未能按期完成", "没有明显提升")? Only a negation right before it counts, with at
 * most a few filler characters between, and not one that begins a word of its own (不良, 不动产, 未成年, 无障碍).
 */
function negatedBefore(text: string, at: number): boolean {
  for (let k = at - 1; k >= 0 && k >= at - 4; k--) {
    if (isNegationCode(text.charCodeAt(k))) {
      const ch = text[k] as string
      if (NOT_NEGATING.some((word) => text.startsWith(word, k) || (k > 0 && text.startsWith(word, k - 1)))) return false
      if (ch === '无' && !text.startsWith('无法', k)) return false
      let between = text.slice(k + 1, at)
      if (between.startsWith('法')) between = between.slice(1)
      return onlyFillers(between)
    }
  }
  return false
}

let negationCodes: ReadonlySet<number> | undefined

/** Is the character of this code a negation character (未, 不, 没, 无)? By its code: no string is made per character. */
function isNegationCode(code: number): boolean {
  negationCodes ??= new Set([...NEGATION_CHARACTERS].map((ch) => ch.charCodeAt(0)))
  return negationCodes.has(code)
}

function hasNegationCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isNegationCode(text.charCodeAt(i))) return true
  return false
}

/** Blank out the words that say "no data" (无法统计, 暂无数据), so that 无 in them is not "none happened". */
function withoutNoData(text: string): string {
  let out = text
  for (const w of NO_DATA_WORDS) if (out.includes(w)) out = out.split(w).join('\u0000'.repeat(w.length))
  return out
}

/**
 * @internal Read the direction, strength, negation, partiality and lateness of a phrase from the lexicon; words not
 * found give `unknown`. "是否…" (whether) asks for the thing, it does not deny it.
 */
export function readQualitative(written: string): QualitativeReading {
  return readFolded(foldTraditional(written))
}

/** @internal Can the phrase deny anything (a negation character in it)? Without one its reading is never `negated`. */
export function mayDeny(written: string): boolean {
  return hasNegationCharacter(foldTraditional(written))
}

/** The last text read and its reading: an actual value's words are read by the target grammar, then as an actual. */
let last: { readonly input: string; readonly reading: QualitativeReading } | undefined

/** {@link readQualitative} of a text already folded to simplified characters (pure: the last reading is kept). */
function readFolded(input: string): QualitativeReading {
  if (last !== undefined && last.input === input) return last.reading
  const reading = Object.freeze(readFoldedOnce(input))
  last = { input, reading }
  return reading
}

function readFoldedOnce(input: string): QualitativeReading {
  const text = input.includes(WHETHER) ? input.split(WHETHER).join('') : input
  const mayDeny = hasNegationCharacter(text)
  const found = scanWords(text, mayDeny ? withoutNoData(text) : text)
  let direction: QualitativeDirection = 'unknown'
  let negated = false
  // key words in the lexicon's order: without a negation character the first says it all; with one, any key word
  // denied makes the phrase a denial ("全覆盖未实现", "完成但未达标")
  const keys = found.keys
  for (let k = 0; k < keys.length; k += 2) {
    const at = keys[k + 1] as number
    const { direction: d } = qualitativeWords()[keys[k] as number] as KeyWord
    if (direction === 'unknown') direction = d
    if (!mayDeny) break
    if (d !== 'absent' && negatedBefore(text, at)) {
      negated = true
      break
    }
  }
  // "是否满意": whether it is so; "应补尽补": all who should be are
  if (direction === 'unknown' && (input !== text || ALL_WHO_SHOULD.test(text))) direction = 'attain'
  // two literals, not a spread: a spread object is made slowly and kept large
  return found.strength === undefined
    ? { direction, negated, partial: found.partial, late: found.late }
    : { direction, negated, partial: found.partial, late: found.late, strength: found.strength }
}

/** Every word of the qualitative lexicon, indexed by its first character (built once, on first use). */
interface Entry {
  readonly word: string
  /** 'key' (a direction, `rank` in the lexicon's order), 'strength' (`rank` in its list), 'partial' or 'late'. */
  readonly kind: 'key' | 'strength' | 'partial' | 'late'
  readonly rank: number
}

let entries: ReadonlyMap<number, readonly Entry[]> | undefined

/** The lexicon's words by the code of their first character (a number: no string is made to look one up). */
function wordIndex(): ReadonlyMap<number, readonly Entry[]> {
  if (entries !== undefined) return entries
  const all: Entry[] = [
    ...qualitativeWords().map((k, rank) => ({ word: k.word, kind: 'key' as const, rank })),
    ...STRENGTH_WORDS.map(([word], rank) => ({ word, kind: 'strength' as const, rank })),
    ...PARTIAL_WORDS.map((word) => ({ word, kind: 'partial' as const, rank: 0 })),
    ...LATE_WORDS.map((word) => ({ word, kind: 'late' as const, rank: 0 })),
  ]
  const index = byFirstCode(all, (e) => e.word)
  entries = index
  return index
}

/** The key words found: rank and place, in pairs, sorted by rank (the lexicon's order). */
type Found = readonly number[]

/**
 * Every lexicon word in the text, in one pass: the first place of each key word, the strongest degree word, and
 * whether a word of part or of lateness is there. `absentText` has the no-data words blanked (an absent-word inside
 * "无法" or "暂无" is none).
 */
function scanWords(text: string, absentText: string): { keys: Found; strength: QualitativeStrength | undefined; partial: boolean; late: boolean } {
  const index = wordIndex()
  const keys: number[] = []
  let strengthRank = Number.POSITIVE_INFINITY
  let partial = false
  let late = false
  for (let i = 0; i < text.length; i++) {
    const list = index.get(text.charCodeAt(i))
    if (list === undefined) continue
    for (const e of list) {
      if (!text.startsWith(e.word, i)) continue
      if (e.kind === 'key') {
        if (hasRank(keys, e.rank)) continue
        const absent = (qualitativeWords()[e.rank] as KeyWord).direction === 'absent'
        if (absent && !absentText.startsWith(e.word, i)) continue
        keys.push(e.rank, i)
      } else if (e.kind === 'strength') strengthRank = Math.min(strengthRank, e.rank)
      else if (e.kind === 'partial') partial = true
      else late = true
    }
  }
  // an absent-word blanked at its first place in the text may still stand later in absentText
  if (absentText.includes('\u0000')) addAbsentWordsMissing(keys, absentText)
  const strength = Number.isFinite(strengthRank) ? (STRENGTH_WORDS[strengthRank] as readonly [string, QualitativeStrength])[1] : undefined
  return { keys: byRank(keys), strength, partial, late }
}

/** Is a key word of this rank among the pairs? */
function hasRank(pairs: readonly number[], rank: number): boolean {
  for (let k = 0; k < pairs.length; k += 2) if (pairs[k] === rank) return true
  return false
}

/** The pairs sorted by rank (there are few: an insertion sort). */
function byRank(pairs: number[]): number[] {
  for (let k = 2; k < pairs.length; k += 2) {
    const rank = pairs[k] as number
    const at = pairs[k + 1] as number
    let j = k - 2
    while (j >= 0 && (pairs[j] as number) > rank) {
      pairs[j + 2] = pairs[j] as number
      pairs[j + 3] = pairs[j + 1] as number
      j -= 2
    }
    pairs[j + 2] = rank
    pairs[j + 3] = at
  }
  return pairs
}

/** The absent-words that stand in `absentText` but were not found where the text first has them. */
function addAbsentWordsMissing(keys: number[], absentText: string): void {
  qualitativeWords().forEach((k, rank) => {
    if (k.direction !== 'absent' || hasRank(keys, rank)) return
    const at = absentText.indexOf(k.word)
    if (at >= 0) keys.push(rank, at)
  })
}

let comparators: ReadonlyMap<number, readonly string[]> | undefined

/** The comparison words by the code of their first character (built once). */
function comparatorsByFirst(): ReadonlyMap<number, readonly string[]> {
  if (comparators !== undefined) return comparators
  comparators = byFirstCode(WORD_COMPARATORS, (w) => w)
  return comparators
}

/** Is a comparison word written inside the text, neither first nor last ("经济增长高于全国平均水平")? */
function comparesWithWords(text: string): boolean {
  // each word where it first stands (as indexOf finds it), in one pass over the text
  const index = comparatorsByFirst()
  let seen: Set<string> | undefined
  for (let at = 0; at < text.length; at++) {
    const words = index.get(text.charCodeAt(at))
    if (words === undefined) continue
    for (const word of words) {
      if (seen?.has(word) === true || !text.startsWith(word, at)) continue
      if (at > 0 && at + word.length < text.length - 1) return true
      ;(seen ??= new Set()).add(word)
    }
  }
  return false
}

/** @internal The target a phrase in words makes: "on schedule" is a deadline with no date; a denial turns its direction. */
export function qualitativeTarget(source: string): QualitativeTarget | DeadlineTarget {
  const folded = foldTraditional(source)
  const reading = readFolded(folded)
  if (ON_SCHEDULE_PATTERN.test(folded) && !reading.negated && !reading.late) return Object.freeze({ kind: 'deadline' as const, due: null, source })
  // "经济增长高于全国平均水平": compared with words, it says no direction of its own: a person compares
  let direction: QualitativeDirection = reading.direction !== 'unknown' && comparesWithWords(folded) ? 'unknown' : reading.direction
  if (reading.negated) {
    if (direction === 'attain') direction = 'absent'
    else if (direction === 'increase' || direction === 'decrease') direction = 'maintain'
  }
  const strength = own(reading, 'strength')
  const target = strength === undefined
    ? { kind: 'qualitative' as const, direction, text: source, source }
    : { kind: 'qualitative' as const, direction, strength, text: source, source }
  return Object.freeze(target)
}
