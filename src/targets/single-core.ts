/**
 * The one-pass reading of a target that is one core and nothing else: "100%", "≥95%", "不低于98%", "90%以上", "约3000平方米",
 * "80-90%", "±3%以内", "保持在70%以上", "不超过千分之二", "1:20". Most targets in real tables are so written (about three
 * phrases in five of the corpus).
 *
 * It walks the text once, makes the tokens the full lexer would make there (the same quantity scanner, the same lexicon
 * words, the same character table, in the lexer's order of tests) and hands them to the grammar's core; anything a core
 * alone does not hold — a word, a bracket, a title, a Chinese numeral that is no share word, a joiner, a date, a list —
 * sends the text to the full lexer and grammar. So it changes no reading, only how fast the common one is made:
 * `test/targets-one-pass.test.ts` checks it against the full grammar on the corpus and on generated text.
 *
 * @module
 */
import { isAsciiDigit, isCjk, isLatinLetter } from '../numbers/characters.js'
import { scanQuantity, type ScannedQuantity } from '../quantities/scan-quantity.js'
import { hasListMark, mayLeadWithDate, startsRecurring } from './compound.js'
import { isFailure, type ParseContext } from './context.js'
import { parseCore, type Around, type CoreTarget } from './core.js'
import { tryDeadline } from './deadline-target.js'
import { readDistributive } from './distributive.js'
import { isDocumentNumber, isNameWithLetters, isYearName, startsNumber, targetScan } from './lexer.js'
import { readFraction } from './lexer-marks.js'
import { refine } from './lexer-refine.js'
import { BOUND, characterTable, lexiconAt, MINUS, titleCloser } from './lexer-words.js'
import { WORDS_ENDING_IN_REACH } from './lexicon/comparators.js'
import { BRACKETS } from './lexicon/structure.js'
import { written } from './simple.js'
import type { Token } from './tokens.js'

/** Nothing is written around a lone core. */
const NOTHING_AROUND: Around = /*@__PURE__*/ Object.freeze({ subject: undefined, note: undefined, reference: undefined })

/**
 * Where the reading stands: before the number (a comparison word, 约, ±, 保持在), after the first number, after the link
 * of a range or a ratio, and after the last number (a comparison word, 左右).
 */
const BEFORE = 0
const AFTER_FIRST = 1
const AFTER_LINK = 2
const AFTER_LAST = 3

/**
 * The quantity the full lexer reads at `i`, when it is one a lone core may hold: in digits, or a share word or tenths in
 * Chinese ("千分之二", "九成"; the second pass keeps those as numbers); never a name ("5G", "2023年", "10号").
 */
function quantityAt(source: string, i: number): (Token & { readonly t: 'qty' }) | undefined {
  // "2/3", "三分之二": a fraction, which the full lexer reads as a ratio before any number
  if (readFraction(source, i) !== undefined) return undefined
  const scanned: ScannedQuantity | ReturnType<typeof scanQuantity> = scanQuantity(source, i, targetScan().unsigned)
  if (scanned === undefined || !scanned.ok) return undefined
  if (scanned.script === 'chinese' && scanned.form === 'number') return undefined
  const unit = scanned.quantity.unit
  if (isNameWithLetters(source, unit, scanned.end) || isYearName(scanned.quantity) || isDocumentNumber(source, i, unit)) return undefined
  return { t: 'qty', start: i, end: scanned.end, scanned }
}

/** The token the full lexer makes at `i` for a character that is no digit, if it is one a lone core may hold. */
function tokenAt(source: string, i: number, code: number): Token | undefined {
  if (code < 128) {
    // a Latin letter starts a word or a code; brackets open notes
    if (isLatinLetter(code) || code === 40 || code === 41 || code === 91 || code === 93) return undefined
  } else if (isCjk(code)) {
    const flags = characterTable()[code - 0x4e00] as number
    // a character of a word, 超 or 负 before a number: the full lexer decides
    if (flags === 0 || (flags & (BOUND | MINUS)) !== 0) return undefined
    if (startsNumber(source, i, code, false)) return quantityAt(source, i)
    const ch = source[i] as string
    // 比 between two numbers is a ratio; 下达, 抵达: a 达 that ends a word is part of it
    if (ch === '比' || (ch === '达' && i > 0 && WORDS_ENDING_IN_REACH.some((w) => source.startsWith(w, i - 1)))) return undefined
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
  if (mayLeadWithDate(text, start) || startsRecurring(text, start)) return undefined
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
    const tk = isAsciiDigit(code) || (code === 46 && isAsciiDigit(source.charCodeAt(i + 1))) ? quantityAt(source, i) : tokenAt(source, i, code)
    if (tk === undefined) return undefined
    if (tk.t === 'qty') {
      if (state !== BEFORE && state !== AFTER_LINK) return undefined
      state = state === BEFORE ? AFTER_FIRST : AFTER_LAST
    } else if (tk.t === 'prefix' || tk.t === 'neutral' || tk.t === 'pm' || (tk.t === 'approx' && tk.before)) {
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
  // the lexer's second pass (a dash between two numbers stays a dash; a share word stays a number)
  const core = refine(tokens, source)
  // a list read "respectively" is the full grammar's to read (or refuse)
  if (hasListMark(text, start, end) && readDistributive(core, ctx, start, end) !== undefined) return undefined
  const own = written(ctx, start, end)
  if (tryDeadline(ctx, start, end, own) !== undefined) return undefined
  const target = parseCore(core, own, NOTHING_AROUND)
  return isFailure(target) ? undefined : target
}
