/**
 * Reading a 年度指标值: the public doors `parseTarget` and `safeParseTarget`.
 *
 * @module
 */
import { makeIssue, TargetParseError, withoutStack, type Issue } from '../errors.js'
import { cleanText, sourceSpan, type CleanText } from '../numbers/clean.js'
import { own } from '../own.js'
import type { SafeResult } from '../result.js'
import { build } from './compound.js'
import { isFailure, type Failure, type ParseContext } from './context.js'
import { bracketPairs, tokenize } from './lexer.js'
import { isOpeningBracket } from './lexer-marks.js'
import { TRAILING_PUNCTUATION } from './lexicon/structure.js'
import { foldTable } from './lexicon/traditional.js'
import { readSingleCore } from './single-core.js'
import { readWordsOnly } from './words-only.js'
import { trustTarget } from './trusted.js'
import { copyWith } from '../copy.js'
import type { Target } from './types.js'

/**
 * Options of {@link parseTarget}.
 *
 * @example
 * ```ts
 * const options: ParseTargetOptions = { year: 2022 }
 * ```
 */
export interface ParseTargetOptions {
  /**
   * The evaluation year, given to deadlines written without one ("12月31日前"). A whole number. Never taken from the
   * clock; without it such a deadline's year is null.
   */
  readonly year?: number
}

const TRAILING: ReadonlySet<string> = /*@__PURE__*/ new Set(TRAILING_PUNCTUATION)

/** Is the character at `at` punctuation a table leaves at the end of a cell? (Letters, digits and % never are.) */
function isTrailing(code: number, text: string, at: number): boolean {
  if ((code >= 48 && code <= 57) || code === 37 || (code >= 0x4e00 && code <= 0x9fff)) return false
  return TRAILING.has(text[at] as string)
}

/** The longest text read; longer text is refused with a code, in constant time. */
const MAX_LENGTH = 100_000

/** The bounds of the target inside its text: spaces, trailing punctuation and brackets around the whole removed. */
function bounds(text: string): { start: number; end: number } {
  let start = 0
  let end = text.length
  while (start < end && text.charCodeAt(start) === 32) start++
  while (end > start && (text.charCodeAt(end - 1) === 32 || isTrailing(text.charCodeAt(end - 1), text, end - 1))) end--
  // "（≥95%）", "【≥95%】": a target wrapped whole in brackets (pairs found in one pass, so nesting costs linear time)
  if (end - start >= 2 && isOpeningBracket(text.charCodeAt(start))) {
    const pairs = bracketPairs(text, start, end)
    while (end - start >= 2 && pairs[start] === end - 1) {
      start++
      end--
      while (start < end && text.charCodeAt(start) === 32) start++
      while (end > start && (text.charCodeAt(end - 1) === 32 || TRAILING.has(text[end - 1] as string))) end--
    }
  }
  return { start, end }
}

/** A failed reading, as the issue the error will carry. */
interface Refused {
  readonly refused: Issue
}

/** @internal Did {@link readTarget} refuse the text? */
export function isRefused(read: Target | Refused): read is Refused {
  return Object.prototype.hasOwnProperty.call(read, 'refused')
}

function failed(text: string, error: Failure | 'empty' | 'too-long' | 'too-deep', clean?: CleanText): Refused {
  if (error === 'empty') return { refused: makeIssue('TARGET_EMPTY', { received: 'string' }, { span: { start: 0, end: text.length }, input: text }) }
  if (error === 'too-long') return { refused: makeIssue('TARGET_MALFORMED', { reason: 'text-too-long' }, { span: { start: MAX_LENGTH, end: text.length }, input: text }) }
  if (error === 'too-deep') return { refused: makeIssue('TARGET_MALFORMED', { reason: 'too-deep' }, { span: { start: 0, end: text.length }, input: text }) }
  // the span in the text as given, invisible characters around it left out
  const span = clean === undefined ? error.span : sourceSpan(clean, error.span.start, error.span.end)
  return { refused: makeIssue(error.code, error.details as never, { span, input: text }) as Issue }
}

function checkYear(options: ParseTargetOptions | undefined): number | null | Refused {
  const year = own(options, 'year')
  if (year === undefined) return null
  if (typeof year !== 'number' || !Number.isInteger(year)) {
    return { refused: makeIssue('OPTION_INVALID', { option: 'year', value: String(year), expected: 'integer' }, { path: ['year'] }) }
  }
  return year
}

/** @internal Read a target; a failure is returned as the issue it is, never thrown. */
export function readTarget(text: string, options?: ParseTargetOptions): Target | Refused {
  return readTargetWith(text, options, true)
}

/**
 * @internal {@link readTarget}, with the short ways through the grammar (`shortWays`: a lone core, words only) or
 * without them, every text through the full grammar: how the tests check that the short ways change no reading.
 */
export function readTargetWith(text: string, options: ParseTargetOptions | undefined, shortWays: boolean): Target | Refused {
  // not String(text): a value with no string form (Object.create(null)) would throw, and the type received would be lost
  if (typeof text !== 'string') return { refused: makeIssue('TARGET_EMPTY', { received: typeof text }) }
  if (text.length > MAX_LENGTH) return failed(text, 'too-long')
  const year = checkYear(options)
  if (typeof year === 'object' && year !== null) return year
  const clean = cleanText(text, foldTable())
  const folded = clean.text
  const { start, end } = bounds(folded)
  if (start === end) return failed(text, 'empty', clean)
  const ctx: ParseContext = { text: folded, source: clean.visible, year, lastDeadline: undefined }
  let target
  try {
    const tokens = tokenize(folded, start, end)
    // words only, or one core and nothing else, take the shortest way through the grammar; any other tokens the full one
    target = (shortWays ? readWordsOnly(tokens, ctx, start, end) ?? readSingleCore(tokens, ctx, start, end) : undefined) ?? build(tokens, ctx, start, end)
  } catch (error) {
    // a text that runs any reader out of stack is refused with a code, never with a RangeError
    if (error instanceof RangeError) return failed(text, 'too-deep', clean)
    throw error
  }
  if (isFailure(target)) return failed(text, target, clean)
  return trustTarget(target.source === text ? target : Object.freeze(copyWith(target, { source: text })))
}

/**
 * Read a 年度指标值 (annual target) the way Chinese tables write it.
 *
 * Comparison words before or after the number (≥, ≮, 以上, 不低于, 不超过, 以内 …, boundary words per 《民法典》第1259条),
 * ranges ("80%-90%", "介于80%和90%之间", "85%(含)-95%", "±5%以内"), ratios ("1:20", "1比20"), approximations
 * ("约3000平方米", "左右"), deadlines ("2024年6月底前", "上半年", "按期完成"), qualitative phrases ("有效提升", "是",
 * "全覆盖"), compounds ("…或…", "…且…"), lists read "respectively" ("甲率、乙率分别不低于95%和90%"), shares of a benchmark
 * ("达到全省平均的80%"), traditional characters (超過, 達到) and the noise of real tables (spaces, line breaks,
 * zero-width characters, "%(百分比)", a name or formula in front, full-width characters, trailing punctuation). Text that
 * is not number-shaped is a qualitative target with its words kept, never an error.
 *
 * @param text - the target as written.
 * @param options - the evaluation year for deadlines written without one.
 * @returns a frozen, JSON-serialisable {@link Target}.
 * @throws {@link TargetParseError} for number-shaped text that cannot be read ("≥≥90%", "90%%以上以下"), with its code,
 *   details and span; `OPTION_INVALID` for a year that is not a whole number.
 * @example
 * ```ts
 * JSON.stringify(parseTarget('不超过千分之二'))
 * //=> '{"kind":"compare","op":"<=","value":{"amount":"2","unit":"‰"},"approximate":false,"source":"不超过千分之二"}'
 * parseTarget('1：15').kind
 * //=> 'ratio'
 * parseTarget('12月31日前', { year: 2022 })
 * //=> { kind: 'deadline', due: { year: 2022, month: 12, day: 31 }, source: '12月31日前' }
 * parseTarget('甲率、乙率均达到95%').kind
 * //=> 'all'
 * ```
 */
export function parseTarget(text: string, options: ParseTargetOptions = {}): Target {
  const read = readTarget(text, options)
  if (isRefused(read)) throw new TargetParseError([read.refused])
  return read
}

/**
 * Like {@link parseTarget}, but never throws: returns a result.
 *
 * @param text - the target as written.
 * @param options - as for {@link parseTarget}.
 * @returns `{ success: true, data }` or `{ success: false, error }`.
 * @example
 * ```ts
 * safeParseTarget('≥≥90%').success
 * //=> false
 * ```
 */
export function safeParseTarget(text: string, options: ParseTargetOptions = {}): SafeResult<Target, TargetParseError> {
  const read = readTarget(text, options)
  // a result that is not thrown needs no stack: the error is made without capturing one
  return isRefused(read) ? { success: false, error: withoutStack(() => new TargetParseError([read.refused])) } : { success: true, data: read }
}
