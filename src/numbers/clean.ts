/**
 * Text as the parsers read it: characters nobody sees (zero-width spaces, joiners, the BOM, soft hyphens, bidi
 * marks) removed, line breaks read as spaces, then width-normalised. Spans found in the clean text are mapped back to
 * the text as given.
 *
 * @module
 */
import { normalizeWidth } from './normalize.js'
import { isCjk } from './characters.js'

/** @internal Characters that have no width and no meaning in a table cell: removed before reading. */
function isInvisible(code: number): boolean {
  return (
    code === 0x00ad || // soft hyphen
    code === 0x034f || // combining grapheme joiner
    code === 0x061c || // Arabic letter mark (a bidi mark)
    code === 0x180e || // Mongolian vowel separator
    (code >= 0x200b && code <= 0x200f) || // zero-width space, ZWNJ, ZWJ, LRM, RLM
    (code >= 0x202a && code <= 0x202e) || // bidi embeddings and overrides
    (code >= 0x2060 && code <= 0x2064) || // word joiner, invisible operators
    (code >= 0x2066 && code <= 0x206f) || // bidi isolates and deprecated format characters
    code === 0xfeff // BOM, zero-width no-break space
  )
}

/** @internal Line and paragraph breaks: read as a space, so "1\r5%" is two numbers, never 15%. */
function isBreak(code: number): boolean {
  return code === 10 || code === 13 || code === 11 || code === 12 || code === 0x85 || code === 0x2028 || code === 0x2029
}

/** @internal The clean text and the way back to the text as given. */
export interface CleanText {
  /** Invisible characters removed, breaks as spaces, width-normalised. */
  readonly text: string
  /** The text as given, with only the invisible characters removed (same length as `text`). */
  readonly visible: string
  /** Index in the text as given of index `i` of the clean text (`i` may be `text.length`). */
  readonly toSource: (i: number) => number
}

const IDENTITY = (i: number): number => i

/** Spaces, tabs, no-break and ideographic spaces, and line breaks. */
function isWhite(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0 || code === 0x3000 || isBreak(code)
}

/** The answer for one run of white space and invisible characters, kept so that each run is scanned once. */
interface RunAnswer {
  /** One past the run's last character; the answer holds for positions before it. */
  until: number
  answer: boolean
}

/**
 * Is the white space at `at` between two Chinese characters (skipping more white space and invisible characters)? Chinese
 * writes no spaces between words: such a space or break is typography, and reading it would split a word ("不 低于").
 * Every position of one run has the same answer, so `run` keeps it: a run of n spaces costs n steps, not n².
 */
function betweenChinese(input: string, at: number, run: RunAnswer): boolean {
  if (at < run.until) return run.answer
  let b = at - 1
  while (b >= 0 && (isWhite(input.charCodeAt(b)) || isInvisible(input.charCodeAt(b)))) b--
  let k = at + 1
  while (k < input.length && (isWhite(input.charCodeAt(k)) || isInvisible(input.charCodeAt(k)))) k++
  run.until = k
  run.answer = b >= 0 && isCjk(input.charCodeAt(b)) && k < input.length && isCjk(input.charCodeAt(k))
  return run.answer
}

function isDigitCode(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 0xff10 && code <= 0xff19)
}

/**
 * Is the break at `at` between two digits ("1\n500")? Then it is no space: a space there would join two digit groups
 * (GB/T 15835 writes 1 500), and a break never does. It becomes a mark no reader takes for part of a number. `before` is
 * the last character written to the clean text that is not a space; `run` keeps the answer after `at` for the rest of a run.
 */
function betweenDigits(input: string, before: number, at: number, run: RunAnswer): boolean {
  if (!isDigitCode(before)) return false
  if (at >= run.until) {
    let k = at + 1
    while (k < input.length && (input.charCodeAt(k) === 32 || isBreak(input.charCodeAt(k)) || isInvisible(input.charCodeAt(k)))) k++
    run.until = k
    run.answer = k < input.length && isDigitCode(input.charCodeAt(k))
  }
  return run.answer
}

/** The code of the last character of `text` that is not a space, or -1. */
function lastNotSpace(text: string): number {
  let b = text.length - 1
  while (b >= 0 && text.charCodeAt(b) === 32) b--
  return b < 0 ? -1 : text.charCodeAt(b)
}

/** Replace the Chinese characters that `fold` maps (one code unit per character of U+4E00–U+9FFF, 0 for none). */
function folded(text: string, fold: Uint16Array): string {
  let out = ''
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k)
    const to = code >= 0x4e00 && code <= 0x9fff ? (fold[code - 0x4e00] as number) : 0
    out += to === 0 ? (text[k] as string) : String.fromCharCode(to)
  }
  return out
}

/**
 * @internal Clean `input` for reading; a text with nothing to clean costs one pass and no copy. `fold`, when given,
 * replaces Chinese characters one for one in the clean text (the target grammar reads traditional characters so).
 */
export function cleanText(input: string, fold?: Uint16Array): CleanText {
  let i = 0
  const chinese: RunAnswer = { until: -1, answer: false }
  let mapped = false
  let needsFold = false
  for (; i < input.length; i++) {
    const code = input.charCodeAt(i)
    if (code < 0x80) {
      if (code === 32 && betweenChinese(input, i, chinese)) break
      if (code < 14 && code >= 9) {
        if (code !== 9) break
        mapped = true
      }
    } else if (code === 0x3000 || code === 0xa0) {
      if (betweenChinese(input, i, chinese)) break
      mapped = true
    } else if (code < 0x4e00 || code > 0x9fff) {
      if (isInvisible(code) || code === 0x85 || code === 0x2028 || code === 0x2029) break
      mapped = true
    } else if (fold !== undefined && fold[code - 0x4e00] !== 0) needsFold = true
  }
  // the common case: nothing to remove, and width-normalised only if a character outside ASCII and CJK may need it
  if (i === input.length) {
    const text = mapped ? normalizeWidth(input) : input
    return { text: needsFold && fold !== undefined ? folded(text, fold) : text, visible: input, toSource: IDENTITY }
  }
  let visible = input.slice(0, i)
  let spaced = visible
  let last = lastNotSpace(spaced)
  const digits: RunAnswer = { until: -1, answer: false }
  const kept: number[] = []
  for (let k = 0; k < i; k++) kept.push(k)
  for (; i < input.length; i++) {
    const code = input.charCodeAt(i)
    if (isInvisible(code)) continue
    // "不\n低于90%", "不 超过5%": white space inside a run of Chinese is no word break (a cell wrapped, a stray space)
    if (isWhite(code) && betweenChinese(input, i, chinese)) continue
    kept.push(i)
    const ch = input[i] as string
    visible += ch
    if (isBreak(code)) {
      const mark = betweenDigits(input, last, i, digits)
      spaced += mark ? '|' : ' '
      if (mark) last = 124
    } else {
      spaced += ch
      if (code !== 32) last = code
    }
  }
  const map = (k: number): number => (k < kept.length ? (kept[k] as number) : input.length)
  const text = normalizeWidth(spaced)
  return { text: fold === undefined ? text : folded(text, fold), visible, toSource: map }
}

/**
 * @internal The span in the text as given of the clean-text span [`start`, `end`): from the first character to just
 * after the last, so that invisible characters around it are left out.
 */
export function sourceSpan(clean: CleanText, start: number, end: number): { readonly start: number; readonly end: number } {
  const from = clean.toSource(start)
  return { start: from, end: end > start ? clean.toSource(end - 1) + 1 : from }
}
