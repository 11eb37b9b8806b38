/**
 * The one-pass reading of a target that is one core and nothing else: "100%", "≥95%", "不低于98%", "90%以上", "约3000平方米",
 * "80-90%", "1:20". Most targets in real tables are so written (about half of the phrases of the corpus).
 *
 * It walks the text once, makes the tokens the full lexer would make there (the same quantity scanner, the same lexicon
 * words, the same character table) and hands them to the grammar's core; anything a core alone does not hold — a word,
 * a bracket, a title, a Chinese numeral, a joiner, a date, a list — sends the text to the full lexer and grammar. So it
 * changes no reading, only how fast the common one is made: `test/single-core.test.ts` checks it against the full
 * grammar on the corpus and on generated text.
 *
 * @module
 */
import { isAsciiDigit, isCjk, isLatinLetter } from '../numbers/characters.js'
import { isChineseNumeralChar } from '../numbers/chinese-characters.js'
import { scanQuantity } from '../quantities/scan-quantity.js'
import { hasListMark, mayLeadWithDate, startsRecurring } from './compound.js'
import { isFailure, type ParseContext } from './context.js'
import { parseCore, type Around, type CoreTarget } from './core.js'
import { tryDeadline } from './deadline-target.js'
import { targetScan } from './lexer.js'
import { readFraction } from './lexer-marks.js'
import { BOUND, characterTable, lexiconAt, MINUS, titleCloser } from './lexer-words.js'
import { WORDS_ENDING_IN_REACH } from './lexicon/comparators.js'
import { BRACKETS } from './lexicon/structure.js'
import { written } from './simple.js'
import type { Token } from './tokens.js'

/** Nothing is written around a lone core. */
const NOTHING_AROUND: Around = /*@__PURE__*/ Object.freeze({ subject: undefined, note: undefined, reference: undefined })

/**
 * Where the reading stands: before the number (a comparison word, 约), after the first number, after the link of a range
 * or a ratio, and after the last number (a comparison word, 左右).
 */
const BEFORE = 0
const AFTER_FIRST = 1
const AFTER_LINK = 2
const AFTER_LAST = 3

/** The token the full lexer makes at `i` for a character that is no digit, if it is one a lone core may hold. */
function wordToken(source: string, i: number, code: number): Token | undefined {
  if (code < 128) {
    // a Latin letter starts a word or a code; brackets open notes
    if (isLatinLetter(code) || code === 40 || code === 41 || code === 91 || code === 93 || code === 47) return undefined
  } else if (isCjk(code)) {
    const flags = characterTable()[code - 0x4e00] as number
    // a character of a word, a numeral (一, 十, 百分之), 超 or 负 before a number, 比 between two: the full lexer decides
    if (flags === 0 || (flags & (BOUND | MINUS)) !== 0) return undefined
    const ch = source[i] as string
    if (ch === '半' || ch === '比' || isChineseNumeralChar(ch)) return undefined
    if (ch === '达' && i > 0 && WORDS_ENDING_IN_REACH.some((w) => source.startsWith(w, i - 1))) return undefined
  } else {
    const ch = source[i] as string
    if (titleCloser(ch) !== undefined || Object.prototype.hasOwnProperty.call(BRACKETS, ch)) return undefined
  }
  return lexiconAt(source, i)
}

/**
 * @internal Read `ctx.text[start, end)` as one core with nothing around it, or return undefined when the text holds
 * anything else (the full grammar then reads it, and gives every failure).
 */
export function readSingleCore(ctx: ParseContext, start: number, end: number): CoreTarget | undefined {
  const text = ctx.text
  if (mayLeadWithDate(text, start) || startsRecurring(text, start) || hasListMark(text, start, end)) return undefined
  const source = end === text.length ? text : text.slice(0, end)
  const tokens: Token[] = []
  let state = BEFORE
  let i = start
  while (i < end) {
    const code = source.charCodeAt(i)
    if (code === 32) {
      i++
      continue
    }
    if (isAsciiDigit(code) || (code === 46 && isAsciiDigit(source.charCodeAt(i + 1)))) {
      // "2/3": a fraction, which the full lexer reads as a ratio before any number
      if ((state !== BEFORE && state !== AFTER_LINK) || readFraction(source, i) !== undefined) return undefined
      const scanned = scanQuantity(source, i, targetScan().unsigned)
      if (scanned === undefined || !scanned.ok || scanned.script === 'chinese') return undefined
      const unit = scanned.quantity.unit
      // a year of the calendar, the serial of a document, letters glued to digits: names the full lexer reads
      if (unit === '年' || unit === '年度' || unit === '号' || (unit !== '' && isLatinLetter(unit.charCodeAt(0)))) return undefined
      tokens.push({ t: 'qty', start: i, end: scanned.end, scanned })
      state = state === BEFORE ? AFTER_FIRST : AFTER_LAST
      i = scanned.end
      continue
    }
    const tk = wordToken(source, i, code)
    if (tk === undefined) return undefined
    if (tk.t === 'prefix' || (tk.t === 'approx' && tk.before)) {
      if (state !== BEFORE) return undefined
    } else if (tk.t === 'sep' || tk.t === 'colon') {
      if (state !== AFTER_FIRST) return undefined
      state = AFTER_LINK
    } else if (tk.t === 'suffix' || tk.t === 'approx') {
      if (state !== AFTER_FIRST && state !== AFTER_LAST) return undefined
      state = AFTER_LAST
    } else return undefined
    tokens.push(tk)
    i = tk.end
  }
  if (state !== AFTER_FIRST && state !== AFTER_LAST) return undefined
  const own = written(ctx, start, end)
  if (tryDeadline(ctx, start, end, own) !== undefined) return undefined
  const target = parseCore(tokens, own, NOTHING_AROUND)
  return isFailure(target) ? undefined : target
}
