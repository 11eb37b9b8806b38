/**
 * The lexer of the target grammar: one pass over the clean text, turning it into quantities, comparison words, range
 * and ratio marks, notes in brackets, titles and plain words. Every word it knows comes from `lexicon/`.
 *
 * @module
 */
import { CHINESE_DIGITS, CHINESE_MINUS, chineseDigit, isChineseNumeralChar } from '../numbers/chinese-characters.js'
import { isAsciiDigit, isCjk, isLatinLetter } from '../numbers/characters.js'
import { scanNumber, UNSIGNED } from '../numbers/scan-number.js'
import { makeQuantity } from '../quantities/quantity.js'
import { scanQuantity, type ScanQuantityOptions } from '../quantities/scan-quantity.js'
import { describeUnit, type UnitStops } from '../quantities/unit.js'
import { lookup } from '../own.js'
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
  BRACKETS,
  PLUS_MINUS,
  PUNCTUATION_JOINERS,
  RANGE_SEPARATORS,
  TITLE_BRACKETS,
} from './lexicon/structure.js'
import { UNIT_STOP_CHARACTERS, UNIT_STOP_WORDS } from './lexicon/units.js'
import { refine } from './lexer-refine.js'
import type { Token } from './tokens.js'
import type { Comparator } from './types.js'

type Maker = (start: number, end: number) => Token

interface Entry {
  readonly word: string
  readonly make: Maker
}

/** The lexicon's words indexed by their first character, longest first (built once, on first use). */
function buildIndex(): ReadonlyMap<string, readonly Entry[]> {
  const entries: Entry[] = []
  const add = (words: readonly string[], make: Maker): void => {
    for (const word of words) entries.push({ word, make })
  }
  const reach = new Set(REACH_WORDS)
  for (const [word, op] of Object.entries(PREFIX_COMPARATORS)) {
    const symbol = !/[\u4e00-\u9fff]/.test(word)
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
  const index = new Map<string, Entry[]>()
  for (const entry of entries) {
    const first = entry.word[0] as string
    const list = index.get(first) ?? []
    list.push(entry)
    index.set(first, list)
  }
  for (const list of index.values()) list.sort((a, b) => b.word.length - a.word.length)
  return index
}

let index: ReadonlyMap<string, readonly Entry[]> | undefined
let titles: ReadonlyMap<string, string> | undefined
let bounds: ReadonlyMap<string, Comparator> | undefined

/** The closing mark of a title or quotation opened by `ch` (《 → 》), or undefined. */
function titleCloser(ch: string): string | undefined {
  titles ??= new Map(Object.entries(TITLE_BRACKETS))
  return titles.get(ch)
}

/** The comparison of a word that is one only right before a number (超), or undefined. */
function boundPrefix(ch: string): Comparator | undefined {
  bounds ??= new Map(Object.entries(NUMBER_BOUND_PREFIXES))
  return bounds.get(ch)
}
let special: Uint8Array | undefined
let stops: UnitStops | undefined

/** @internal The stop words the target grammar gives the quantity lexer. */
export function targetUnitStops(): UnitStops {
  stops ??= Object.freeze({ characters: new Set(UNIT_STOP_CHARACTERS), words: UNIT_STOP_WORDS })
  return stops
}

let scans: { readonly signed: ScanQuantityOptions; readonly unsigned: ScanQuantityOptions } | undefined

/** The options the target lexer reads quantities with, made once. */
function targetScan(): { readonly signed: ScanQuantityOptions; readonly unsigned: ScanQuantityOptions } {
  scans ??= {
    signed: Object.freeze({ sign: true, keepScale: true, stops: targetUnitStops() }),
    unsigned: Object.freeze({ sign: false, keepScale: true, stops: targetUnitStops() }),
  }
  return scans
}

/** Bits of the character table beyond "special": 超 (a comparison only before a number) and 负 (a minus in words). */
const BOUND = 2
const MINUS = 4

/**
 * One byte per Chinese character (U+4E00–U+9FFF): 1 where a character can start something of the grammar (a lexicon
 * word, a numeral, 比, 负, 分之), 0 where it can only be part of a word. Built once, on first use.
 */
function specialCharacters(lexicon: ReadonlyMap<string, readonly Entry[]>): Uint8Array {
  const table = new Uint8Array(0x9fff - 0x4e00 + 1)
  const mark = (ch: string): void => {
    const code = ch.charCodeAt(0)
    if (isCjk(code)) table[code - 0x4e00] = 1
  }
  for (const first of lexicon.keys()) mark(first)
  for (const ch of ['比', '半', ...CHINESE_MINUS, ...Object.keys(NUMBER_BOUND_PREFIXES)]) mark(ch)
  // more bits: a word of comparison only before a number (超), and a minus in words (负)
  for (const ch of Object.keys(NUMBER_BOUND_PREFIXES)) table[ch.charCodeAt(0) - 0x4e00] = (table[ch.charCodeAt(0) - 0x4e00] as number) | BOUND
  for (const ch of CHINESE_MINUS) table[ch.charCodeAt(0) - 0x4e00] = (table[ch.charCodeAt(0) - 0x4e00] as number) | MINUS
  for (let code = 0x4e00; code <= 0x9fff; code++) if (isChineseNumeralChar(String.fromCharCode(code))) table[code - 0x4e00] = 1
  return table
}

function lexiconAt(text: string, pos: number): Token | undefined {
  index ??= buildIndex()
  const list = index.get(text[pos] as string)
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

/**
 * @internal For every opening bracket of `text[start, end)`, the index of the bracket that closes it (nesting counted),
 * or -1: one pass with a stack, so that nested brackets cost linear time.
 */
export function bracketPairs(text: string, start: number, end: number): Int32Array {
  const pairs = new Int32Array(end + 1).fill(-1)
  const stack: number[] = []
  for (let k = start; k < end; k++) {
    const ch = text[k] as string
    if (ch === '(' || ch === '[' || ch === '【' || ch === '〔') stack.push(k)
    else {
      // a closing bracket closes the nearest open one of its kind; others in between stay unclosed
      for (let s = stack.length - 1; s >= 0; s--) {
        const open = stack[s] as number
        if (BRACKETS[text[open] as string] === ch) {
          pairs[open] = k
          stack.length = s
          break
        }
      }
    }
  }
  return pairs
}

/**
 * A fraction at `pos`: "三分之二" (the denominator first) or "2/3" (bare numbers either side of a slash). Both become
 * numerator, ratio mark, denominator.
 */
function readFraction(source: string, pos: number): readonly Token[] | undefined {
  // cheap look-ahead: past the digits, a "/" or "分之" must follow
  let j = pos
  const limit = Math.min(source.length, pos + 32)
  while (j < limit && (isAsciiDigit(source.charCodeAt(j)) || source[j] === '.' || isChineseNumeralChar(source[j] as string))) j++
  if (j === pos || (source[j] !== '/' && !source.startsWith('分之', j))) return undefined
  const first = scanNumber(source, pos, UNSIGNED)
  if (first === undefined || !first.ok || first.scale !== undefined) return undefined
  const chineseForm = source.startsWith('分之', first.end)
  const slashForm = source[first.end] === '/' && isAsciiDigit(source.charCodeAt(first.end + 1))
  if (!chineseForm && !slashForm) return undefined
  const second = scanNumber(source, first.end + (chineseForm ? 2 : 1), UNSIGNED)
  if (second === undefined || !second.ok || second.scale !== undefined) return undefined
  // "10/10万" is a rate per 100,000 and "50/10万活产" per 100,000 live births: only bare numbers make a fraction
  if (slashForm) {
    const next = source[second.end] ?? ''
    const glued = next !== '' && (isChineseNumeralChar(next) || isLatinLetter(next.charCodeAt(0)) || isCjk(next.charCodeAt(0)))
    if (glued && !startsLexiconWord(source, second.end)) return undefined
  }
  const [numerator, denominator] = chineseForm ? [second, first] : [first, second]
  const qty = (n: typeof first, start: number, end: number): Token => ({
    t: 'qty',
    start,
    end,
    scanned: { ok: true, quantity: makeQuantity(n.value, ''), start, end, numberEnd: end, moreThan: false, script: n.script, form: 'number' },
  })
  const end = second.end
  return [qty(numerator, pos, end), { t: 'colon', start: end, end }, qty(denominator, end, end)]
}

/** A number followed by Latin letters that are no catalogued unit, then Chinese words: a name ("5G基站"). */
function isNameWithLetters(source: string, unit: string, end: number): boolean {
  if (unit === '' || !isLatinLetter(unit.charCodeAt(0))) return false
  for (let k = 0; k < unit.length; k++) if (!isLatinLetter(unit.charCodeAt(k))) return false
  if (describeUnit(unit).catalogued) return false
  return isCjk(source.charCodeAt(end))
}

const SYMBOLS = new Set(['%', '‰', '‱', '#', '*', '^', '&', '|', '\\', '/', '@', '$', '!', '?', '"', "'", '`', '≠', '≈', '.', '+', '[', ']', '{', '}'])

/** Could a number start at `i` (a digit, a numeral, 百分之, a leading 半)? */
function startsNumber(source: string, i: number, code: number, inWord: boolean): boolean {
  const ch = source[i] as string
  return (
    (ch === '半' && !inWord) ||
    isAsciiDigit(code) ||
    (code === 46 && isAsciiDigit(source.charCodeAt(i + 1))) ||
    chineseDigit(ch) !== undefined ||
    ch === '十' ||
    ((ch === '百' || ch === '千' || ch === '万') && source[i + 1] === '分' && source[i + 2] === '之')
  )
}

/**
 * @internal Tokenise `text[start, end)` of the clean text. Runs in one pass; every character belongs to exactly one
 * token or space.
 */
export function tokenize(text: string, start: number, end: number): Token[] {
  const tokens: Token[] = []
  const source = end === text.length ? text : text.slice(0, end)
  let i = start
  let wordStart = -1
  const flushWord = (): void => {
    if (wordStart >= 0) {
      tokens.push({ t: 'word', start: wordStart, end: i })
      wordStart = -1
    }
  }
  index ??= buildIndex()
  const table = (special ??= specialCharacters(index))
  const pairs = source.includes('(') || source.includes('[') || source.includes('【') || source.includes('〔') ? bracketPairs(source, start, end) : undefined
  while (i < end) {
    const code = source.charCodeAt(i)
    // the common case: a Chinese character that starts nothing of the grammar is part of a word
    if (isCjk(code) && table[code - 0x4e00] === 0) {
      if (wordStart < 0) wordStart = i
      i++
      continue
    }
    const ch = source[i] as string
    if (code === 32) {
      flushWord()
      i++
      continue
    }
    // a note in brackets, at most 40 characters long
    const close = pairs === undefined ? -1 : (pairs[i] as number)
    if (close > 0 && close - i <= 40) {
      flushWord()
      tokens.push({ t: 'paren', start: i, end: close + 1, inner: source.slice(i + 1, close).trim() })
      i = close + 1
      continue
    }
    // 《2019年度工作总结》, “12345”: a title or a quotation is words, whatever numbers it holds
    const titleClose = code < 0x3000 && code !== 0x201c ? undefined : titleCloser(ch)
    if (titleClose !== undefined) {
      const j = source.indexOf(titleClose, i + 1)
      if (j > 0) {
        if (wordStart < 0) wordStart = i
        i = j + 1
        continue
      }
    }
    // Latin words with digits glued to letters stay words: PM2.5, PM10, O3
    if (isLatinLetter(code) && (wordStart >= 0 || isAsciiDigit(source.charCodeAt(i + 1)) || isLatinLetter(source.charCodeAt(i + 1)))) {
      flushWord()
      const s = i
      while (i < end && (isLatinLetter(source.charCodeAt(i)) || isAsciiDigit(source.charCodeAt(i)) || (source[i] === '.' && isAsciiDigit(source.charCodeAt(i + 1))))) i++
      tokens.push({ t: 'word', start: s, end: i })
      continue
    }
    // 负5%: a negative number written in words
    const flags = isCjk(code) ? (table[code - 0x4e00] as number) : 0
    if ((flags & MINUS) !== 0 && (isAsciiDigit(source.charCodeAt(i + 1)) || chineseDigit(source[i + 1] ?? '') !== undefined || source.startsWith('百分之', i + 1))) {
      const negative = scanQuantity(source, i, targetScan().signed)
      if (negative !== undefined && negative.ok) {
        flushWord()
        tokens.push({ t: 'qty', start: i, end: negative.end, scanned: negative })
        i = negative.end
        continue
      }
    }
    // 三分之二, 2/3: a fraction, read as the ratio 2:3
    const fraction = readFraction(source, i)
    if (fraction !== undefined) {
      flushWord()
      tokens.push(...fraction)
      i = (fraction[2] as Token).end
      continue
    }
    // "超98%": a comparison word that is one only right before a number
    const bound = (flags & BOUND) !== 0 ? boundPrefix(ch) : undefined
    if (bound !== undefined && i + 1 < end && startsNumber(source, i + 1, source.charCodeAt(i + 1), false) && source[i + 1] !== '半') {
      flushWord()
      tokens.push({ t: 'prefix', start: i, end: i + 1, op: bound, symbol: false })
      i++
      continue
    }
    if (startsNumber(source, i, code, wordStart >= 0)) {
      const scanned = scanQuantity(source, i, targetScan().unsigned)
      // "5G基站", "4G网络", "3D打印": digits glued to letters that are no unit name a thing
      if (scanned !== undefined && scanned.ok && isNameWithLetters(source, scanned.quantity.unit, scanned.end)) {
        if (wordStart < 0) wordStart = i
        i = scanned.end
        continue
      }
      if (scanned !== undefined) {
        flushWord()
        if (scanned.ok) tokens.push({ t: 'qty', start: i, end: scanned.end, scanned })
        else tokens.push(scanned.word === undefined ? { t: 'junk', start: scanned.start, end: scanned.end, problem: scanned.reason, text: scanned.text } : { t: 'junk', start: scanned.start, end: scanned.end, problem: scanned.reason, text: scanned.text, word: scanned.word })
        i = Math.max(scanned.end, i + 1)
        continue
      }
    }
    // 比 between two numbers is a ratio ("1比20"); elsewhere a word ("比上年")
    if (ch === '比' && tokens[tokens.length - 1]?.t === 'qty' && wordStart < 0) {
      const nextCode = source.charCodeAt(i + 1)
      if (isAsciiDigit(nextCode) || chineseDigit(source[i + 1] ?? '') !== undefined) {
        tokens.push({ t: 'colon', start: i, end: i + 1 })
        i++
        continue
      }
    }
    const lexeme = lexiconAt(source, i)
    if (lexeme !== undefined) {
      flushWord()
      tokens.push(lexeme)
      i = lexeme.end
      continue
    }
    if (SYMBOLS.has(ch) || (code < 128 && !isLatinLetter(code) && !isAsciiDigit(code))) {
      flushWord()
      tokens.push({ t: 'junk', start: i, end: i + 1 })
      i++
      continue
    }
    if (wordStart < 0) wordStart = i
    i++
  }
  flushWord()
  return refine(tokens, source)
}
