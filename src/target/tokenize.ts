/**
 * The lexer of the target grammar: one pass over width-normalised text,
 * turning it into quantities, comparison words, range and ratio marks,
 * parenthesised notes and plain words.
 *
 * @module
 */
import { CHINESE_DIGITS, CHINESE_MINUS, isChineseNumeralChar } from '../numbers/chinese-characters.js'
import { isAsciiDigit, scanNumber } from '../numbers/scan-number.js'
import { scanQuantity, type ScannedQuantity } from '../quantity/scan-quantity.js'
import { makeQuantity } from '../quantity/quantity.js'
import {
  ALL_JOINERS,
  ANY_JOINERS,
  APPROXIMATE_PREFIXES,
  APPROXIMATE_SUFFIXES,
  NEUTRAL_PREFIXES,
  RANGE_SEPARATORS,
  PREFIX_COMPARATORS,
  SUFFIX_COMPARATORS,
} from './lexicon.js'
import type { Comparator } from './types.js'

/** @internal A token of the target grammar. */
export type Token =
  | { readonly t: 'qty'; readonly start: number; readonly end: number; readonly scanned: ScannedQuantity }
  | { readonly t: 'prefix'; readonly start: number; readonly end: number; readonly op: Comparator; readonly symbol: boolean }
  | { readonly t: 'suffix'; readonly start: number; readonly end: number; readonly op: Comparator }
  | { readonly t: 'approx'; readonly start: number; readonly end: number; readonly before: boolean }
  | { readonly t: 'neutral'; readonly start: number; readonly end: number }
  | { readonly t: 'sep'; readonly start: number; readonly end: number }
  | { readonly t: 'colon'; readonly start: number; readonly end: number }
  | { readonly t: 'between'; readonly start: number; readonly end: number }
  | { readonly t: 'and'; readonly start: number; readonly end: number }
  | { readonly t: 'close'; readonly start: number; readonly end: number }
  | { readonly t: 'pm'; readonly start: number; readonly end: number }
  | { readonly t: 'paren'; readonly start: number; readonly end: number; readonly inner: string }
  | { readonly t: 'join'; readonly start: number; readonly end: number; readonly mode: 'any' | 'all' }
  | { readonly t: 'word'; readonly start: number; readonly end: number }
  | { readonly t: 'junk'; readonly start: number; readonly end: number }
  | { readonly t: 'unequal'; readonly start: number; readonly end: number }

type Maker = (start: number, end: number) => Token

interface Entry {
  readonly word: string
  readonly make: Maker
}

function buildIndex(): ReadonlyMap<string, readonly Entry[]> {
  const entries: Entry[] = []
  for (const [word, op] of Object.entries(PREFIX_COMPARATORS)) {
    const symbol = !/[\u4e00-\u9fff]/.test(word)
    entries.push({ word, make: (start, end) => ({ t: 'prefix', start, end, op, symbol }) })
  }
  for (const [word, op] of Object.entries(SUFFIX_COMPARATORS)) {
    entries.push({ word, make: (start, end) => ({ t: 'suffix', start, end, op }) })
  }
  for (const word of APPROXIMATE_PREFIXES) entries.push({ word, make: (start, end) => ({ t: 'approx', start, end, before: true }) })
  entries.push({ word: '≈', make: (start, end) => ({ t: 'approx', start, end, before: true }) })
  for (const word of APPROXIMATE_SUFFIXES) entries.push({ word, make: (start, end) => ({ t: 'approx', start, end, before: false }) })
  for (const word of NEUTRAL_PREFIXES) entries.push({ word, make: (start, end) => ({ t: 'neutral', start, end }) })
  for (const word of RANGE_SEPARATORS) entries.push({ word, make: (start, end) => ({ t: 'sep', start, end }) })
  entries.push({ word: ':', make: (start, end) => ({ t: 'colon', start, end }) })
  // 不等于, 不为, ≠: "not equal" has no place among the comparisons of a target, and must not read as its opposite
  for (const word of ['不等于', '不为', '≠', '!=', '<>']) entries.push({ word, make: (start, end) => ({ t: 'unequal', start, end }) })
  entries.push({ word: '介于', make: (start, end) => ({ t: 'between', start, end }) })
  for (const word of ['和', '与']) entries.push({ word, make: (start, end) => ({ t: 'and', start, end }) })
  for (const word of ['之间', '区间']) entries.push({ word, make: (start, end) => ({ t: 'close', start, end }) })
  for (const word of ['±', '+/-', '+-']) entries.push({ word, make: (start, end) => ({ t: 'pm', start, end }) })
  for (const word of ANY_JOINERS) entries.push({ word, make: (start, end) => ({ t: 'join', start, end, mode: 'any' }) })
  for (const word of [...ALL_JOINERS, ',', ';', '、', '，', '；']) {
    entries.push({ word, make: (start, end) => ({ t: 'join', start, end, mode: 'all' }) })
  }
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

let special: Uint8Array | undefined

/**
 * One byte per Chinese character (U+4E00–U+9FFF): 1 where a character can start something of the grammar (a lexicon
 * word, a numeral, 比, 负, 分之), 0 where it can only be part of a word. Built once, on first use.
 */
function specialCharacters(lexicon: ReadonlyMap<string, readonly Entry[]>): Uint8Array {
  const table = new Uint8Array(0x9fff - 0x4e00 + 1)
  const mark = (ch: string): void => {
    const code = ch.charCodeAt(0)
    if (code >= 0x4e00 && code <= 0x9fff) table[code - 0x4e00] = 1
  }
  for (const first of lexicon.keys()) mark(first)
  for (const ch of ['比', '半', ...CHINESE_MINUS, ...Object.keys(CHINESE_DIGITS), '十', '百', '千', '万', '亿', '拾', '佰', '仟', '萬', '億', '点', '點']) mark(ch)
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

function isLatin(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
}

/** @internal The brackets the grammar reads, opening to closing. */
export const BRACKETS: Readonly<Record<string, string>> = { '(': ')', '[': ']', '【': '】', '〔': '〕' }

/** @internal Index of the bracket closing the one at `pos`, nesting counted, searched before `limit`; -1 when none. */
export function matchingBracket(source: string, pos: number, limit: number): number {
  const open = source[pos] as string
  const close = BRACKETS[open]
  let depth = 0
  for (let k = pos; k < limit; k++) {
    const c = source[k]
    if (c === open) depth++
    else if (c === close && --depth === 0) return k
  }
  return -1
}

/**
 * A fraction at `pos`: "三分之二" (the denominator first) or "2/3" (bare numbers
 * either side of a slash). Both become numerator, ratio mark, denominator.
 */
function readFraction(
  source: string,
  pos: number,
): { numerator: Token & { t: 'qty' }; denominator: Token & { t: 'qty' }; end: number } | undefined {
  // cheap look-ahead: past the digits, a "/" or "分之" must follow
  let j = pos
  const limit = Math.min(source.length, pos + 32)
  while (j < limit && (isAsciiDigit(source.charCodeAt(j)) || source[j] === '.' || isChineseNumeralChar(source[j] as string))) j++
  if (j === pos || (source[j] !== '/' && !source.startsWith('分之', j))) return undefined
  const first = scanNumber(source, pos, { sign: false })
  if (first === undefined || !first.ok || first.scale !== undefined) return undefined
  const chineseForm = source.startsWith('分之', first.end)
  const slashForm = source[first.end] === '/' && isAsciiDigit(source.charCodeAt(first.end + 1))
  if (!chineseForm && !slashForm) return undefined
  const second = scanNumber(source, first.end + (chineseForm ? 2 : 1), { sign: false })
  if (second === undefined || !second.ok || second.scale !== undefined) return undefined
  // "10/10万" is a rate per 100,000 and "50/10万活产" per 100,000 live births: only bare numbers make a fraction
  if (slashForm) {
    const next = source[second.end] ?? ''
    const glued = isChineseNumeralChar(next) || /[a-zA-Z\u4e00-\u9fff]/.test(next)
    if (glued && !startsComparison(source, second.end)) return undefined
  }
  const [numerator, denominator] = chineseForm ? [second, first] : [first, second]
  const qty = (n: typeof first, start: number, end: number): Token & { t: 'qty' } => ({
    t: 'qty',
    start,
    end,
    scanned: { ok: true, quantity: makeQuantity(n.value, ''), start, end, numberEnd: end, moreThan: false, script: n.script, form: 'number' },
  })
  return { numerator: qty(numerator, pos, second.end), denominator: qty(denominator, second.end, second.end), end: second.end }
}

/** Does a comparison or grammar word start at `pos` ("以上", "以下", "左右")? */
function startsComparison(source: string, pos: number): boolean {
  index ??= buildIndex()
  return lexiconAt(source, pos) !== undefined
}

const SYMBOLS = new Set(['%', '‰', '‱', '#', '*', '^', '&', '|', '\\', '/', '@', '$', '!', '?', '"', "'", '`', '≠', '≈', '.', '+', '[', ']', '{', '}'])

/**
 * @internal Tokenise `text[start, end)`. `text` is width-normalised.
 * Runs in one pass; every character belongs to exactly one token or space.
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
  while (i < end) {
    const code = source.charCodeAt(i)
    // the common case: a Chinese character that starts nothing of the grammar is part of a word
    if (code >= 0x4e00 && code <= 0x9fff && table[code - 0x4e00] === 0) {
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
    if (ch === '(' || ch === '[' || ch === '【' || ch === '〔') {
      const j = matchingBracket(source, i, Math.min(end, i + 41))
      if (j > 0) {
        flushWord()
        tokens.push({ t: 'paren', start: i, end: j + 1, inner: source.slice(i + 1, j).trim() })
        i = j + 1
        continue
      }
    }
    // Latin words with digits glued to letters stay words: PM2.5, PM10, O3
    if (isLatin(code) && (wordStart >= 0 || isAsciiDigit(source.charCodeAt(i + 1)) || isLatin(source.charCodeAt(i + 1)))) {
      flushWord()
      const s = i
      while (i < end && (isLatin(source.charCodeAt(i)) || isAsciiDigit(source.charCodeAt(i)) || (source[i] === '.' && isAsciiDigit(source.charCodeAt(i + 1))))) i++
      tokens.push({ t: 'word', start: s, end: i })
      continue
    }
    // 负5%: a negative number written in words
    if (CHINESE_MINUS.has(ch) && (isAsciiDigit(source.charCodeAt(i + 1)) || CHINESE_DIGITS[source[i + 1] ?? ''] !== undefined || source.startsWith('百分之', i + 1))) {
      const negative = scanQuantity(source, i, { sign: true, keepScale: true })
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
      tokens.push(fraction.numerator, { t: 'colon', start: fraction.numerator.end, end: fraction.numerator.end }, fraction.denominator)
      i = fraction.end
      continue
    }
    const numberStart =
      (ch === '半' && wordStart < 0) ||
      isAsciiDigit(code) ||
      (code === 46 && isAsciiDigit(source.charCodeAt(i + 1))) ||
      CHINESE_DIGITS[ch] !== undefined ||
      ch === '十' ||
      ((ch === '百' || ch === '千' || ch === '万') && source[i + 1] === '分' && source[i + 2] === '之')
    if (numberStart) {
      const scanned = scanQuantity(source, i, { sign: false, keepScale: true })
      if (scanned !== undefined) {
        flushWord()
        if (scanned.ok) tokens.push({ t: 'qty', start: i, end: scanned.end, scanned })
        else tokens.push({ t: 'junk', start: scanned.start, end: scanned.end })
        i = Math.max(scanned.end, i + 1)
        continue
      }
    }
    // 比 between two numbers is a ratio ("1比20"); elsewhere a word ("比上年")
    if (ch === '比' && tokens[tokens.length - 1]?.t === 'qty' && wordStart < 0) {
      const nextCode = source.charCodeAt(i + 1)
      if (isAsciiDigit(nextCode) || CHINESE_DIGITS[source[i + 1] ?? ''] !== undefined) {
        tokens.push({ t: 'colon', start: i, end: i + 1 })
        i++
        continue
      }
    }
    const lexeme = lexiconAt(source, i)
    if (lexeme !== undefined) {
      // a joiner or a 和/与/至 inside a run of words is part of the words
      flushWord()
      tokens.push(lexeme)
      i = lexeme.end
      continue
    }
    if (SYMBOLS.has(ch) || (code < 128 && !isLatin(code) && !isAsciiDigit(code))) {
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

/** Words after which a minus sign is a sign: changes and differences. */
const CHANGE_WORDS = /(增长|增幅|增速|增加|增减|同比|环比|较上年|比上年|变动|变化|差额|差值|偏差|降幅)$/

const CONTEXT_BEFORE = new Set<Token['t']>(['prefix', 'neutral', 'approx', 'sep', 'between', 'colon', 'pm', 'and'])
const CONTEXT_AFTER = new Set<Token['t']>(['suffix', 'approx', 'sep', 'colon', 'close', 'paren', 'and'])

/**
 * Second pass: a minus sign before a number that does not end a range is a
 * sign ("-5%", "≥-2%"); a number in Chinese numerals inside words
 * ("一村一法律顾问", "进一步") is part of the words unless comparison words,
 * a share word (百分之, 九成) or the whole text make it a number.
 */
function refine(tokens: Token[], source: string): Token[] {
  const out: Token[] = []
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k] as Token
    const next = tokens[k + 1]
    const previous = out[out.length - 1]
    if (
      token.t === 'sep' &&
      source[token.start] === '-' &&
      next?.t === 'qty' &&
      next.start === token.end &&
      (previous === undefined ||
        (previous.t !== 'qty' && previous.t !== 'paren' && previous.t !== 'word' && !(previous.t === 'suffix' && out[out.length - 2]?.t === 'qty')) ||
        // "增长-2%", "同比-5%": a change may be negative; "完成率-100%" is a name and a separator
        (previous.t === 'word' && CHANGE_WORDS.test(source.slice(previous.start, previous.end))))
    ) {
      const q = next.scanned.quantity
      const scanned = { ...next.scanned, start: token.start, quantity: makeQuantity(q.amount.negated(), q.unit) }
      out.push({ t: 'qty', start: token.start, end: next.end, scanned })
      k++
      continue
    }
    if (token.t === 'qty' && token.scanned.script === 'chinese' && token.scanned.form === 'number') {
      const strong =
        (previous !== undefined && CONTEXT_BEFORE.has(previous.t)) ||
        (next !== undefined && CONTEXT_AFTER.has(next.t)) ||
        (previous === undefined && next === undefined)
      if (!strong) {
        if (previous?.t === 'word' && previous.end === token.start) {
          out[out.length - 1] = { t: 'word', start: previous.start, end: token.end }
        } else {
          out.push({ t: 'word', start: token.start, end: token.end })
        }
        continue
      }
    }
    if (token.t === 'word' && previous?.t === 'word' && previous.end === token.start) {
      out[out.length - 1] = { t: 'word', start: previous.start, end: token.end }
      continue
    }
    out.push(token)
  }
  return out
}
