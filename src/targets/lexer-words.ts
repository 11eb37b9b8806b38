/**
 * The words the target lexer knows, indexed for one pass: the lexicon's words by their first character, and one byte per
 * Chinese character that says whether it can start anything of the grammar (and whether it is 超 or 负).
 *
 * @module
 */
import { CHINESE_MINUS, isChineseNumeralChar } from '../numbers/chinese-characters.js'
import { byFirstCode, hasCjk, isCjk } from '../numbers/characters.js'
import {
  APPROXIMATE_PREFIXES,
  APPROXIMATE_SUFFIXES,
  NEUTRAL_PREFIXES,
  NUMBER_BOUND_PREFIXES,
  PREFIX_COMPARATORS,
  REACH_WORDS,
  SUFFIX_COMPARATORS,
  UNEQUAL_WORDS,
} from './lexicon/comparators.js'
import {
  ALL_JOINERS,
  AND_WORDS,
  ANY_JOINERS,
  BETWEEN_CLOSERS,
  BETWEEN_WORDS,
  PLUS_MINUS,
  PUNCTUATION_JOINERS,
  RANGE_SEPARATORS,
  TITLE_BRACKETS,
} from './lexicon/structure.js'
import type { Token } from './tokens.js'
import type { Comparator } from './types.js'

type Maker = (start: number, end: number) => Token

interface Entry {
  readonly word: string
  readonly make: Maker
}

/**
 * The lexicon's words indexed by the code of their first character, longest first (built once, on first use): a look-up
 * by a number, so that no one-character string is made for each character read.
 */
function buildIndex(): ReadonlyMap<number, readonly Entry[]> {
  const entries: Entry[] = []
  const add = (words: readonly string[], make: Maker): void => {
    for (const word of words) entries.push({ word, make })
  }
  const reach = new Set(REACH_WORDS)
  for (const [word, op] of Object.entries(PREFIX_COMPARATORS)) {
    const symbol = !hasCjk(word)
    entries.push({ word, make: reach.has(word) ? (start, end) => ({ t: 'prefix', start, end, op, symbol, reach: true }) : (start, end) => ({ t: 'prefix', start, end, op, symbol }) })
  }
  for (const [word, op] of Object.entries(SUFFIX_COMPARATORS)) entries.push({ word, make: (start, end) => ({ t: 'suffix', start, end, op }) })
  add(APPROXIMATE_PREFIXES, (start, end) => ({ t: 'approx', start, end, before: true }))
  add(APPROXIMATE_SUFFIXES, (start, end) => ({ t: 'approx', start, end, before: false }))
  add(NEUTRAL_PREFIXES, (start, end) => ({ t: 'neutral', start, end }))
  add(RANGE_SEPARATORS, (start, end) => ({ t: 'sep', start, end }))
  add([':'], (start, end) => ({ t: 'colon', start, end }))
  add(UNEQUAL_WORDS, (start, end) => ({ t: 'unequal', start, end }))
  add(BETWEEN_WORDS, (start, end) => ({ t: 'between', start, end }))
  add(AND_WORDS, (start, end) => ({ t: 'and', start, end }))
  add(BETWEEN_CLOSERS, (start, end) => ({ t: 'close', start, end }))
  add(PLUS_MINUS, (start, end) => ({ t: 'pm', start, end }))
  add(ANY_JOINERS, (start, end) => ({ t: 'join', start, end, mode: 'any' }))
  add([...ALL_JOINERS, ...PUNCTUATION_JOINERS], (start, end) => ({ t: 'join', start, end, mode: 'all' }))
  const index = byFirstCode(entries, (e) => e.word)
  for (const list of index.values()) list.sort((a, b) => b.word.length - a.word.length)
  return index
}

let index: ReadonlyMap<number, readonly Entry[]> | undefined
let titles: ReadonlyMap<string, string> | undefined
let bounds: ReadonlyMap<string, Comparator> | undefined

/** @internal The closing mark of a title or quotation opened by `ch` (《 → 》), or undefined. */
export function titleCloser(ch: string): string | undefined {
  titles ??= new Map(Object.entries(TITLE_BRACKETS))
  return titles.get(ch)
}

/** @internal The comparison of a word that is one only right before a number (超), or undefined. */
export function boundPrefix(ch: string): Comparator | undefined {
  bounds ??= new Map(Object.entries(NUMBER_BOUND_PREFIXES))
  return bounds.get(ch)
}
let special: Uint8Array | undefined
/** @internal A bit of the character table beyond "special": 超, a comparison only before a number. */
export const BOUND = 2
/** @internal A bit of the character table beyond "special": 负, a minus in words. */
export const MINUS = 4

/**
 * One byte per Chinese character (U+4E00–U+9FFF): 1 where a character can start something of the grammar (a lexicon
 * word, a numeral, 比, 负, 分之), 0 where it can only be part of a word. Built once, on first use.
 */
function specialCharacters(lexicon: ReadonlyMap<number, readonly Entry[]>): Uint8Array {
  const table = new Uint8Array(0x9fff - 0x4e00 + 1)
  const mark = (ch: string): void => {
    const code = ch.charCodeAt(0)
    if (isCjk(code)) table[code - 0x4e00] = 1
  }
  for (const first of lexicon.keys()) mark(String.fromCharCode(first))
  for (const ch of ['比', '半', ...CHINESE_MINUS, ...Object.keys(NUMBER_BOUND_PREFIXES)]) mark(ch)
  // more bits: a word of comparison only before a number (超), and a minus in words (负)
  for (const ch of Object.keys(NUMBER_BOUND_PREFIXES)) table[ch.charCodeAt(0) - 0x4e00] = (table[ch.charCodeAt(0) - 0x4e00] as number) | BOUND
  for (const ch of CHINESE_MINUS) table[ch.charCodeAt(0) - 0x4e00] = (table[ch.charCodeAt(0) - 0x4e00] as number) | MINUS
  for (let code = 0x4e00; code <= 0x9fff; code++) if (isChineseNumeralChar(String.fromCharCode(code))) table[code - 0x4e00] = 1
  return table
}

/** @internal The word of the grammar's lexicon (comparators, structure words) that starts at `pos`, as its token. */
export function lexiconAt(text: string, pos: number): Token | undefined {
  index ??= buildIndex()
  const list = index.get(text.charCodeAt(pos))
  if (list === undefined) return undefined
  for (const entry of list) {
    if (text.startsWith(entry.word, pos)) return entry.make(pos, pos + entry.word.length)
  }
  return undefined
}

/** @internal Does a comparison or grammar word start at `pos` ("以上", "以下", "左右")? */
export function startsLexiconWord(text: string, pos: number): boolean {
  return lexiconAt(text, pos) !== undefined
}


/** @internal The character table, built on first use. */
export function characterTable(): Uint8Array {
  index ??= buildIndex()
  special ??= specialCharacters(index)
  return special
}
