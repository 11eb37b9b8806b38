/**
 * One error model for the whole library: every failure is data with a stable
 * `code`, a location (`path` into structured input, `span` into text) and a
 * message in Chinese and English.
 *
 * @module
 */

/**
 * Every error code the library can produce. Codes are stable: match on them,
 * never on message text.
 *
 * @example
 * ```ts
 * import { safeParseNumber } from 'jixiao'
 * const result = safeParseNumber('1..2')
 * if (!result.success) console.log(result.error.code)
 * //=> 'NUMBER_MALFORMED'
 * ```
 */
export type ErrorCode =
  | 'NUMBER_EMPTY'
  | 'NUMBER_NOT_FOUND'
  | 'NUMBER_MALFORMED'
  | 'NUMBER_TRAILING_TEXT'
  | 'NUMBER_INVALID_VALUE'
  | 'QUANTITY_EMPTY'
  | 'QUANTITY_NOT_FOUND'
  | 'QUANTITY_MALFORMED'
  | 'QUANTITY_UNKNOWN_UNIT'
  | 'QUANTITY_INCOMPATIBLE_UNITS'
  | 'TARGET_EMPTY'
  | 'TARGET_UNKNOWN_COMPARATOR'
  | 'TARGET_MALFORMED'
  | 'TARGET_INVALID'
  | 'TARGET_UNIT_MISMATCH'
  | 'ACTUAL_MALFORMED'
  | 'ACTUAL_NOT_COMPARABLE'
  | 'EVALUATION_INVALID_OPTION'

/**
 * A half-open character range `[start, end)` into the text that was parsed.
 *
 * @example
 * ```ts
 * const span: Span = { start: 1, end: 3 } // the "..", in "1..2"
 * ```
 */
export interface Span {
  /** Index of the first character of the problem. */
  readonly start: number
  /** Index one past the last character of the problem. */
  readonly end: number
}

/**
 * One problem found in the input, as plain data.
 *
 * @example
 * ```ts
 * import { safeParseQuantity } from 'jixiao'
 * const r = safeParseQuantity('%%')
 * if (!r.success) console.log(r.error.issues[0])
 * //=> { code: 'QUANTITY_NOT_FOUND', path: [], span: { start: 0, end: 2 }, input: '%%', zh: '…', en: '…' }
 * ```
 */
export interface Issue {
  /** Stable machine-readable code. */
  readonly code: ErrorCode
  /** Where in structured input the problem is (empty for a bare string). */
  readonly path: readonly (string | number)[]
  /** Where in the text the problem is, if the input was text. */
  readonly span?: Span
  /** The text that was being read, if any. */
  readonly input?: string
  /** Message in Chinese. */
  readonly zh: string
  /** Message in English. */
  readonly en: string
}

/**
 * The one base class of every error this library throws. `code`, `path`,
 * `span` and the messages of the first issue are copied onto the error for
 * convenience; `issues` holds all of them.
 *
 * @example
 * ```ts
 * import { parseNumber, JixiaoError } from 'jixiao'
 * try {
 *   parseNumber('abc')
 * } catch (error) {
 *   if (error instanceof JixiaoError) console.log(error.code, error.zh)
 *   //=> 'NUMBER_NOT_FOUND' '“abc”中没有可读的数字'
 * }
 * ```
 */
export class JixiaoError extends Error {
  /** Code of the first issue. */
  readonly code: ErrorCode
  /** Path of the first issue. */
  readonly path: readonly (string | number)[]
  /** Span of the first issue, when the input was text. */
  readonly span: Span | undefined
  /** Chinese message of the first issue. */
  readonly zh: string
  /** English message of the first issue. */
  readonly en: string
  /** Every issue found, at least one. */
  readonly issues: readonly Issue[]

  /**
   * @param issues - every issue found; the first one names the error.
   */
  constructor(issues: readonly [Issue, ...Issue[]]) {
    const first = issues[0]
    super(`${first.en} (${first.zh})`)
    this.name = 'JixiaoError'
    this.code = first.code
    this.path = first.path
    this.span = first.span
    this.zh = first.zh
    this.en = first.en
    this.issues = Object.freeze([...issues])
  }
}

/**
 * Thrown when text that should be a number cannot be read as one.
 *
 * @example
 * ```ts
 * import { parseNumber, NumberParseError } from 'jixiao'
 * try { parseNumber('1..2') } catch (e) { console.log(e instanceof NumberParseError) }
 * //=> true
 * ```
 */
export class NumberParseError extends JixiaoError {
  /** @param issues - every issue found. */
  constructor(issues: readonly [Issue, ...Issue[]]) {
    super(issues)
    this.name = 'NumberParseError'
  }
}

/**
 * Thrown when text cannot be read as a quantity, or two quantities cannot be
 * compared or converted (件 against %, say).
 *
 * @example
 * ```ts
 * import { parseQuantity, QuantityError } from 'jixiao'
 * try { parseQuantity('%%') } catch (e) { console.log(e instanceof QuantityError) }
 * //=> true
 * ```
 */
export class QuantityError extends JixiaoError {
  /** @param issues - every issue found. */
  constructor(issues: readonly [Issue, ...Issue[]]) {
    super(issues)
    this.name = 'QuantityError'
  }
}

/**
 * Thrown when a target (年度指标值) is number-shaped but cannot be read
 * ("≥≥90%", "90%%以上以下"), or an actual value cannot be evaluated against it.
 *
 * @example
 * ```ts
 * import { parseTarget, TargetParseError } from 'jixiao'
 * try { parseTarget('≥≥90%') } catch (e) { console.log(e instanceof TargetParseError, e.code) }
 * //=> true 'TARGET_MALFORMED'
 * ```
 */
export class TargetParseError extends JixiaoError {
  /** @param issues - every issue found. */
  constructor(issues: readonly [Issue, ...Issue[]]) {
    super(issues)
    this.name = 'TargetParseError'
  }
}

/**
 * Thrown when an actual value (实际完成值) cannot be read, or cannot be judged
 * against a target (件 against %, a date against a number), or an option of
 * the evaluation is invalid.
 *
 * @example
 * ```ts
 * import { evaluateTarget, parseTarget, EvaluationError } from 'jixiao'
 * try { evaluateTarget(parseTarget('≥803件'), '95%') } catch (e) { console.log(e instanceof EvaluationError, e.code) }
 * //=> true 'ACTUAL_NOT_COMPARABLE'
 * ```
 */
export class EvaluationError extends JixiaoError {
  /** @param issues - every issue found. */
  constructor(issues: readonly [Issue, ...Issue[]]) {
    super(issues)
    this.name = 'EvaluationError'
  }
}

/** @internal Build an issue; keeps call sites short. */
export function issue(
  code: ErrorCode,
  zh: string,
  en: string,
  location: { readonly span?: Span; readonly input?: string; readonly path?: readonly (string | number)[] } = {},
): Issue {
  const result: { -readonly [K in keyof Issue]: Issue[K] } = {
    code,
    path: location.path ?? [],
    zh,
    en,
  }
  if (location.span !== undefined) result.span = location.span
  if (location.input !== undefined) result.input = location.input
  return Object.freeze(result)
}
