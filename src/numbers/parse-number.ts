import type { Decimal } from './decimal.js'
import { makeIssue, NumberParseError } from '../errors.js'
import { toSafe, type SafeResult } from '../result.js'
import { normalizeWidth } from './normalize.js'
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
 * @param text - the number as written; surrounding spaces are ignored.
 * @returns the exact value as a Decimal.
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
  const normalized = normalizeWidth(text)
  const { start, end } = trimBounds(normalized)
  if (start === end) {
    throw new NumberParseError([
      makeIssue('NUMBER_EMPTY', {}, { span: { start: 0, end: text.length }, input: text }),
    ])
  }
  const scanned = scanNumber(normalized.slice(0, end), start)
  if (scanned === undefined) {
    throw new NumberParseError([
      makeIssue('NUMBER_NOT_FOUND', { received: 'string' }, {
        span: { start, end },
        input: text,
      }),
    ])
  }
  if (!scanned.ok) {
    throw new NumberParseError([
      makeIssue(scanned.code, scanDetails(scanned), { span: { start: scanned.start, end: scanned.end }, input: text }),
    ])
  }
  if (scanned.end !== end) {
    const rest = text.slice(scanned.end, end)
    throw new NumberParseError([
      makeIssue('NUMBER_TRAILING_TEXT', { rest }, {
        span: { start: scanned.end, end },
        input: text,
      }),
    ])
  }
  return scanned.value
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
  return toSafe(() => parseNumber(text), NumberParseError)
}

