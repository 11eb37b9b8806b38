/**
 * The lexer of the target grammar: one pass over the clean text, turning it into quantities, comparison words, range
 * and ratio marks, notes in brackets, titles and plain words. Every word it knows comes from `lexicon/`.
 *
 * @module
 */
import { chineseDigitCode, isChineseNumeralCode } from '../numbers/chinese-characters.js'
import { isAsciiDigit, isCjk, isLatinLetter } from '../numbers/characters.js'
import { scanOptions, scanQuantity, type ScanQuantityOptions } from '../quantities/scan-quantity.js'
import { describeUnit, type UnitStops } from '../quantities/unit.js'
import { WORDS_ENDING_IN_REACH } from './lexicon/comparators.js'
import { DOCUMENT_YEAR_CLOSERS, STANDARD_CODE } from './lexicon/structure.js'
import { UNIT_STOP_CHARACTERS, UNIT_STOP_WORDS } from './lexicon/units.js'
import { bracketPairs, isOpeningBracket, readFraction } from './lexer-marks.js'
import { BOUND, boundPrefix, characterTable, lexiconAt, MINUS, startsLexiconWord, titleCloser } from './lexer-words.js'
import { refine } from './lexer-refine.js'
import type { Token } from './tokens.js'

export { bracketPairs } from './lexer-marks.js'


let stops: UnitStops | undefined

/** @internal The stop words the target grammar gives the quantity lexer. */
export function targetUnitStops(): UnitStops {
  stops ??= Object.freeze({ characters: new Set(UNIT_STOP_CHARACTERS), words: UNIT_STOP_WORDS })
  return stops
}

let scans: { readonly signed: ScanQuantityOptions; readonly unsigned: ScanQuantityOptions } | undefined

/** @internal The options the target lexer reads quantities with, made once. */
export function targetScan(): { readonly signed: ScanQuantityOptions; readonly unsigned: ScanQuantityOptions } {
  scans ??= {
    signed: scanOptions({ sign: true, keepScale: true, stops: targetUnitStops() }),
    unsigned: scanOptions({ sign: false, keepScale: true, stops: targetUnitStops() }),
  }
  return scans
}

/** @internal "财预〔2020〕10号": the serial of a document, after the bracket that closes its year, is a name. */
export function isDocumentNumber(source: string, start: number, unit: string): boolean {
  return unit === '号' && start > 0 && DOCUMENT_YEAR_CLOSERS.includes(source[start - 1] as string)
}

/**
 * "2023年水平", "2024年春节前": a year of the calendar written with 年 (1900 to 2999, a whole number) names a year; it is
 * no quantity of years. (Dates are read by the deadline grammar from the text, not from these tokens.)
 * @internal
 */
export function isYearName(q: { readonly amount: { isInteger(): boolean; gte(n: number): boolean; lte(n: number): boolean }; readonly unit: string }): boolean {
  return (q.unit === '年' || q.unit === '年度') && q.amount.isInteger() && q.amount.gte(1900) && q.amount.lte(2999)
}

/** @internal A number followed by Latin letters that are no catalogued unit, then Chinese words: a name ("5G基站"). */
export function isNameWithLetters(source: string, unit: string, end: number): boolean {
  if (unit === '' || !isLatinLetter(unit.charCodeAt(0))) return false
  for (let k = 0; k < unit.length; k++) if (!isLatinLetter(unit.charCodeAt(k))) return false
  if (unit.length > 2 || describeUnit(unit).catalogued) return false
  // "55dB以下", "1000M以上": a unit before a comparison word; "5G基站": a name
  return isCjk(source.charCodeAt(end)) && !startsLexiconWord(source, end)
}

/** Symbols that are a token of their own (junk to the grammar), by code: no string is made to look one up. */
const SYMBOLS: ReadonlySet<number> = /*@__PURE__*/ new Set([...'%‰‱#*^&|\\/@$!?"\'`≠≈.+[]{}'].map((c) => c.charCodeAt(0)))

const HALF = 0x534a // 半
const TEN = 0x5341 // 十
const HUNDRED = 0x767e // 百
const THOUSAND = 0x5343 // 千
const TEN_THOUSAND = 0x4e07 // 万
const FEN = 0x5206 // 分
const ZHI = 0x4e4b // 之
const BI = 0x6bd4 // 比
const DA = 0x8fbe // 达

/** @internal Could a number start at `i` (a digit, a numeral, 百分之, a leading 半)? By codes: no string is made. */
export function startsNumber(source: string, i: number, code: number, inWord: boolean): boolean {
  if (isAsciiDigit(code)) return true
  if (code === 46) return isAsciiDigit(source.charCodeAt(i + 1))
  if (code < 0x4e00) return chineseDigitCode(code) !== undefined
  if (code === HALF) return !inWord
  if (code === TEN || chineseDigitCode(code) !== undefined) return true
  if ((code === HUNDRED || code === THOUSAND || code === TEN_THOUSAND) && source.charCodeAt(i + 1) === FEN) {
    const third = source.charCodeAt(i + 2)
    return third === ZHI || (code === HUNDRED && third === HUNDRED)
  }
  return false
}

/** Does `source[start, end)` hold an opening bracket a note may begin with? */
function hasOpeningBracket(source: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (isOpeningBracket(source.charCodeAt(k))) return true
  return false
}

/** End the word begun at `wordStart` (if one is) at `end`: the next word starts afresh (-1). */
function closeWord(tokens: Token[], wordStart: number, end: number): number {
  if (wordStart >= 0) tokens.push({ t: 'word', start: wordStart, end })
  return -1
}

/**
 * @internal Tokenise `text[start, end)` of the clean text. Runs in one pass; every character belongs to exactly one
 * token or space. Characters are tested by their codes against tables made once (the character table, the lexicon by
 * first character); a one-character string is made only where a word list is keyed by one.
 */
export function tokenize(text: string, start: number, end: number): Token[] {
  const tokens: Token[] = []
  const source = end === text.length ? text : text.slice(0, end)
  let i = start
  let wordStart = -1
  const table = characterTable()
  const pairs = hasOpeningBracket(source, start, end) ? bracketPairs(source, start, end) : undefined
  while (i < end) {
    const code = source.charCodeAt(i)
    const cjk = isCjk(code)
    const flags = cjk ? (table[code - 0x4e00] as number) : 0
    // the common case: a Chinese character that starts nothing of the grammar is part of a word
    if (cjk && flags === 0) {
      if (wordStart < 0) wordStart = i
      i++
      continue
    }
    if (code === 32) {
      wordStart = closeWord(tokens, wordStart, i)
      i++
      continue
    }
    // a note in brackets, at most 40 characters long
    const close = pairs === undefined ? -1 : (pairs[i] as number)
    if (close > 0 && close - i <= 40) {
      wordStart = closeWord(tokens, wordStart, i)
      tokens.push({ t: 'paren', start: i, end: close + 1, inner: source.slice(i + 1, close).trim() })
      i = close + 1
      continue
    }
    // 《2019年度工作总结》, “12345”: a title or a quotation is words, whatever numbers it holds
    const titleClose = cjk || (code < 0x3000 && code !== 0x201c) ? undefined : titleCloser(source[i] as string)
    if (titleClose !== undefined) {
      const j = source.indexOf(titleClose, i + 1)
      if (j > 0) {
        if (wordStart < 0) wordStart = i
        i = j + 1
        continue
      }
    }
    const latin = isLatinLetter(code)
    // the code of a standard is a name: "GB 3838-2002", "GB/T 19001-2016"
    if (latin) {
      STANDARD_CODE.lastIndex = i
      const standard = STANDARD_CODE.exec(source)
      if (standard !== null && standard.index === i) {
        if (wordStart < 0) wordStart = i
        i += standard[0].length
        continue
      }
    }
    // Latin words with digits glued to letters stay words: PM2.5, PM10, O3
    if (latin && (wordStart >= 0 || isAsciiDigit(source.charCodeAt(i + 1)) || isLatinLetter(source.charCodeAt(i + 1)))) {
      wordStart = closeWord(tokens, wordStart, i)
      const s = i
      while (i < end && (isLatinLetter(source.charCodeAt(i)) || isAsciiDigit(source.charCodeAt(i)) || (source.charCodeAt(i) === 46 && isAsciiDigit(source.charCodeAt(i + 1))))) i++
      tokens.push({ t: 'word', start: s, end: i })
      continue
    }
    // 负5%: a negative number written in words
    if ((flags & MINUS) !== 0 && (isAsciiDigit(source.charCodeAt(i + 1)) || chineseDigitCode(source.charCodeAt(i + 1)) !== undefined || source.startsWith('百分之', i + 1))) {
      const negative = scanQuantity(source, i, targetScan().signed)
      if (negative !== undefined && negative.ok) {
        wordStart = closeWord(tokens, wordStart, i)
        tokens.push({ t: 'qty', start: i, end: negative.end, scanned: negative })
        i = negative.end
        continue
      }
    }
    // 三分之二, 2/3: a fraction, read as the ratio 2:3 (it starts with a digit, a point or a numeral)
    const fraction = isAsciiDigit(code) || code === 46 || isChineseNumeralCode(code) ? readFraction(source, i) : undefined
    if (fraction !== undefined) {
      wordStart = closeWord(tokens, wordStart, i)
      tokens.push(...fraction)
      i = (fraction[2] as Token).end
      continue
    }
    // "超98%": a comparison word that is one only right before a number
    const bound = (flags & BOUND) !== 0 ? boundPrefix(source[i] as string) : undefined
    if (bound !== undefined && i + 1 < end && startsNumber(source, i + 1, source.charCodeAt(i + 1), false) && source.charCodeAt(i + 1) !== HALF) {
      wordStart = closeWord(tokens, wordStart, i)
      tokens.push({ t: 'prefix', start: i, end: i + 1, op: bound, symbol: false })
      i++
      continue
    }
    if (startsNumber(source, i, code, wordStart >= 0)) {
      const scanned = scanQuantity(source, i, targetScan().unsigned)
      // "5G基站", "4G网络", "3D打印": digits glued to letters that are no unit name a thing
      if (scanned !== undefined && scanned.ok && (isNameWithLetters(source, scanned.quantity.unit, scanned.end) || isYearName(scanned.quantity) || isDocumentNumber(source, i, scanned.quantity.unit))) {
        if (wordStart < 0) wordStart = i
        i = scanned.end
        continue
      }
      if (scanned !== undefined) {
        wordStart = closeWord(tokens, wordStart, i)
        if (scanned.ok) tokens.push({ t: 'qty', start: i, end: scanned.end, scanned })
        else tokens.push(scanned.word === undefined ? { t: 'junk', start: scanned.start, end: scanned.end, problem: scanned.reason, text: scanned.text } : { t: 'junk', start: scanned.start, end: scanned.end, problem: scanned.reason, text: scanned.text, word: scanned.word })
        i = Math.max(scanned.end, i + 1)
        continue
      }
    }
    // 比 between two numbers is a ratio ("1比20"); elsewhere a word ("比上年")
    if (code === BI && tokens[tokens.length - 1]?.t === 'qty' && wordStart < 0) {
      const nextCode = source.charCodeAt(i + 1)
      if (isAsciiDigit(nextCode) || chineseDigitCode(nextCode) !== undefined) {
        tokens.push({ t: 'colon', start: i, end: i + 1 })
        i++
        continue
      }
    }
    // 下达, 抵达, 雷达: a 达 that ends a word is no comparison
    const lexeme = code === DA && i > 0 && WORDS_ENDING_IN_REACH.some((w) => source.startsWith(w, i - 1)) ? undefined : lexiconAt(source, i)
    if (lexeme !== undefined) {
      wordStart = closeWord(tokens, wordStart, i)
      tokens.push(lexeme)
      i = lexeme.end
      continue
    }
    if (SYMBOLS.has(code) || (code < 128 && !latin && !isAsciiDigit(code))) {
      wordStart = closeWord(tokens, wordStart, i)
      tokens.push({ t: 'junk', start: i, end: i + 1 })
      i++
      continue
    }
    if (wordStart < 0) wordStart = i
    i++
  }
  closeWord(tokens, wordStart, i)
  return refine(tokens, source)
}
