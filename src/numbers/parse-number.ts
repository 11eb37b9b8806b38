import { freezeDecimal, type Decimal } from './decimal.js'
import { makeIssue, NumberParseError, type Span, withoutStack } from '../errors.js'
import { toSafe, type SafeResult } from '../result.js'
import { cleanText, sourceSpan } from './clean.js'
import { scanDetails, scanNumber } from './scan-number.js'

/** @internal Index of the first and one past the last non-space character. */
export function trimBounds(text: string): { start: number; end: number } {
  let start = 0
  let end = text.length
  while (start < end && text.charCodeAt(start) === 32) start++
  while (end > start && text.charCodeAt(end - 1) === 32) end--
  return { start, end }
}

/**
 * Read a number written the way Chinese tables write it, exactly.
 *
 * Accepts Arabic digits (with thousands separators, full-width digits, a sign),
 * Chinese numerals 小写 and 大写 (一千一百一十三, 两万, 十二, 一万零三十五,
 * 叁佰肆拾伍, 八十七点五, 〇点二五, 二〇二二), colloquial forms (两万五 = 25000)
 * and mixes (1.2万, 3.5亿, 8608.99万).
 *
 * Characters nobody sees (zero-width spaces, the BOM, soft hyphens, bidi marks) are not read; a line break is a
 * space, so a 1 and a 5 on two lines are two numbers, never 15.
 *
 * @param text - the number as written; surrounding spaces and line breaks are ignored.
 * @returns the exact value as a frozen Decimal.
 * @throws {@link NumberParseError} with code `NUMBER_EMPTY`, `NUMBER_NOT_FOUND`,
 *   `NUMBER_MALFORMED` or `NUMBER_TRAILING_TEXT`, and the span of the problem.
 * @example
 * ```ts
 * parseNumber('一万零三十五').toString()
 * //=> '10035'
 * parseNumber('8608.99万').toString()
 * //=> '86089900'
 * parseNumber('叁佰肆拾伍').toString()
 * //=> '345'
 * ```
 */
export function parseNumber(text: string): Decimal {
  if (typeof text !== 'string') {
    throw new NumberParseError([
      makeIssue('NUMBER_NOT_FOUND', { received: typeof text }),
    ])
  }
  const clean = cleanText(text)
  const { start, end } = trimBounds(clean.text)
  if (start === end) {
    throw new NumberParseError([
      makeIssue('NUMBER_EMPTY', {}, { span: { start: 0, end: text.length }, input: text }),
    ])
  }
  const at = (from: number, to: number): { span: Span; input: string } => ({ span: sourceSpan(clean, from, to), input: text })
  const scanned = scanNumber(clean.text.slice(0, end), start)
  if (scanned === undefined) {
    throw new NumberParseError([makeIssue('NUMBER_NOT_FOUND', { received: 'string' }, at(start, end))])
  }
  if (!scanned.ok) {
    throw new NumberParseError([makeIssue(scanned.code, scanDetails(scanned), at(scanned.start, scanned.end))])
  }
  if (scanned.end !== end) {
    throw new NumberParseError([makeIssue('NUMBER_TRAILING_TEXT', { rest: clean.visible.slice(scanned.end, end) }, at(scanned.end, end))])
  }
  return freezeDecimal(scanned.value)
}

/**
 * Like {@link parseNumber}, but returns a result instead of throwing.
 *
 * @param text - the number as written.
 * @returns `{ success: true, data }` or `{ success: false, error }`.
 * @example
 * ```ts
 * safeParseNumber('1..2').success
 * //=> false
 * ```
 */
export function safeParseNumber(text: string): SafeResult<Decimal, NumberParseError> {
  // a result that is not thrown needs no stack: the error is made without capturing one
  return withoutStack(() => toSafe(() => parseNumber(text), NumberParseError))
}

