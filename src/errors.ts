/**
 * One error model for the whole library: every failure is data with a stable `code`, typed `details`, a location
 * (`path` into structured input, `span` into text) and a message in Chinese and English, produced from the message
 * tables (`messages/`) when it is read.
 *
 * @module
 */
import type { ErrorCode, IssueDetailsByCode } from './messages/issue-details.js'
import { messageTable, textsPrototype, type Locale } from './messages/locale.js'
import { lookup, own } from './own.js'
import { deepFreeze } from './freeze.js'

export type { ErrorCode } from './messages/issue-details.js'

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
 * How grave an issue is: an `error` stops the value from being built; a `warning` is reported beside a value that is.
 *
 * @example
 * ```ts
 * const s: Severity = 'warning'
 * ```
 */
export type Severity = 'error' | 'warning'

/**
 * One issue of one code, as plain data: the code, its typed details, where it is, and its texts (getters, produced
 * from the message tables when read; `JSON.stringify` writes the data only).
 *
 * @typeParam C - the code.
 * @example
 * ```ts
 * import { safeParseQuantity } from 'jixiao'
 * const r = safeParseQuantity('%%')
 * if (!r.success) console.log(r.error.issues[0].code)
 * //=> 'QUANTITY_NOT_FOUND'
 * ```
 */
export interface IssueOf<C extends ErrorCode> {
  /** Stable machine-readable code. */
  readonly code: C
  /** The numbers, units and words involved. */
  readonly details: IssueDetailsByCode[C]
  /** `error`, or `warning` for an issue that did not stop the value from being built. */
  readonly severity: Severity
  /** Where in structured input the problem is (empty for a bare string). */
  readonly path: readonly (string | number)[]
  /** Where in the text the problem is, if the input was text. */
  readonly span?: Span
  /** The text that was being read, if any. */
  readonly input?: string
  /** The row as a spreadsheet shows it (the header is row 1), when the input was rows. */
  readonly row?: number
  /** The column's header, when the input was rows. */
  readonly column?: string
  /** Message in Chinese (produced when read). */
  readonly zh: string
  /** Message in English (produced when read). */
  readonly en: string
}

/**
 * One problem found in the input: a discriminated union on `code`, so that `details` is typed once the code is known.
 *
 * @example
 * ```ts
 * import { safeParseTarget } from 'jixiao'
 * const r = safeParseTarget('≥≥90%')
 * if (!r.success && r.error.issues[0].code === 'TARGET_MALFORMED') console.log(r.error.issues[0].details.reason)
 * //=> 'repeated-comparator'
 * ```
 */
export type Issue = { readonly [C in ErrorCode]: IssueOf<C> }[ErrorCode]

/** Where an issue is, as the raise site knows it. */
interface Location {
  readonly span?: Span
  readonly input?: string
  readonly path?: readonly (string | number)[]
  readonly severity?: Severity
}

/**
 * The text of an issue in a locale: what `issue.zh` and `issue.en` return.
 *
 * @param issue - an issue.
 * @param locale - `zh-CN` (default), `zh` or `en`.
 * @returns the message.
 * @example
 * ```ts
 * import { safeParseNumber } from 'jixiao'
 * const r = safeParseNumber('abc')
 * if (!r.success) issueMessage(r.error.issues[0], 'en')
 * //=> 'no number can be read in "abc"'
 * ```
 */
export function issueMessage(issue: Issue, locale: Locale = 'zh-CN'): string {
  const table = messageTable(locale).issues
  // an issue of this library has its own known code; anything else is named, not rendered
  const code = own(issue, 'code')
  if (code === undefined || lookup(table, code) === undefined) {
    // a code of a layer with a table of its own (the indicator tree's): the issue's own texts render it
    const text = Object.getPrototypeOf(issue) === ISSUE_TEXTS ? undefined : (issue as Partial<Issue>)[locale === 'en' ? 'en' : 'zh']
    return typeof text === 'string' ? text : messageTable(locale).unknownIssue(String(code))
  }
  const render = table[code as keyof typeof table] as (details: unknown, where: Issue) => string
  return render(issue.details, quotable(issue))
}

/** How much of the text as given a message quotes; `issue.input` itself keeps it all. */
const QUOTED_LENGTH = 60

/** @internal The issue as a message quotes it: a long input shortened to its start and "…" (a 100 000-character cell is not repeated). */
export function quotable(issue: Issue): Issue {
  const input = own(issue, 'input')
  if (input === undefined || input.length <= QUOTED_LENGTH) return issue
  // never cut a character written with two UTF-16 units in half
  const cut = (input.charCodeAt(QUOTED_LENGTH - 1) & 0xfc00) === 0xd800 ? QUOTED_LENGTH - 1 : QUOTED_LENGTH
  return { ...issue, input: `${input.slice(0, cut)}…` }
}

const ISSUE_TEXTS: object = /*@__PURE__*/ textsPrototype(issueMessage)

/**
 * @internal Build a frozen issue; its texts are produced when read.
 */
export function makeIssue<C extends ErrorCode>(code: C, details: IssueDetailsByCode[C], location: Location = {}): IssueOf<C> {
  const issue = Object.create(ISSUE_TEXTS) as { -readonly [K in keyof IssueOf<C>]: IssueOf<C>[K] }
  issue.code = code
  issue.details = deepFreeze(details) as IssueDetailsByCode[C]
  // the raise site's own fields only: a polluted Object.prototype adds no path, span or input
  issue.severity = own(location, 'severity') ?? 'error'
  issue.path = Object.freeze([...(own(location, 'path') ?? [])])
  const span = own(location, 'span')
  if (span !== undefined) issue.span = Object.freeze({ start: span.start, end: span.end })
  const input = own(location, 'input')
  if (input !== undefined) issue.input = input
  return Object.freeze(issue)
}


/**
 * @internal Run `make` with no stack captured for the errors made in it (an error returned in a safe result is never
 * thrown to a caller, and the stack is most of its cost). The limit is restored before anything else can run.
 */
export function withoutStack<T>(make: () => T): T {
  // V8 (Node, Chrome, Deno, Bun's JSC accepts it too); elsewhere the property is absent and nothing changes
  const host = Error as { stackTraceLimit?: number }
  const limit = host.stackTraceLimit
  if (typeof limit !== 'number') return make()
  host.stackTraceLimit = 0
  try {
    return make()
  } finally {
    host.stackTraceLimit = limit
  }
}

/**
 * The one base class of every error this library throws. `code`, `path`, `span` and `details` of the first issue are
 * copied onto the error for convenience; `issues` holds all of them. `zh`, `en` and `message` are produced from the
 * message tables when read.
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
  /** Every issue found, at least one. */
  readonly issues: readonly Issue[]

  /**
   * @param issues - every issue found; the first one names the error.
   */
  constructor(issues: readonly [Issue, ...Issue[]]) {
    super()
    const first = issues[0]
    this.name = 'JixiaoError'
    this.code = first.code
    this.path = first.path
    this.span = first.span
    this.issues = Object.freeze([...issues])
  }

  /** Details of the first issue. */
  get details(): Issue['details'] {
    return (this.issues[0] as Issue).details
  }

  /** Chinese message of the first issue. */
  get zh(): string {
    return issueMessage(this.issues[0] as Issue, 'zh-CN')
  }

  /** English message of the first issue. */
  get en(): string {
    return issueMessage(this.issues[0] as Issue, 'en')
  }

  /** The first issue's message in English, then in Chinese. */
  override get message(): string {
    return `${this.en} (${this.zh})`
  }

  /**
   * The messages of every issue in one language.
   *
   * @param locale - `zh-CN` (default), `zh` or `en`.
   * @returns one text per issue.
   * @example
   * ```ts
   * import { parseNumber, JixiaoError } from 'jixiao'
   * try { parseNumber('') } catch (e) { if (e instanceof JixiaoError) console.log(e.messages('en')) }
   * ```
   */
  messages(locale: Locale = 'zh-CN'): readonly string[] {
    return this.issues.map((i) => issueMessage(i, locale))
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
 * Thrown when text cannot be read as a quantity, or two quantities cannot be compared or converted (件 against %).
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
 * Thrown when a target (年度指标值) is number-shaped but cannot be read ("≥≥90%", "90%%以上以下"), or its options are
 * invalid.
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
 * Thrown when an actual value (实际完成值) cannot be read, or cannot be judged against a target (件 against %, a date
 * against a number), or an option of the judgement is invalid.
 *
 * @example
 * ```ts
 * import { evaluateTarget, parseTarget, AttainmentError } from 'jixiao'
 * try { evaluateTarget(parseTarget('≥803件'), '95%') } catch (e) { console.log(e instanceof AttainmentError, e.code) }
 * //=> true 'ACTUAL_NOT_COMPARABLE'
 * ```
 */
export class AttainmentError extends JixiaoError {
  /** @param issues - every issue found. */
  constructor(issues: readonly [Issue, ...Issue[]]) {
    super(issues)
    this.name = 'AttainmentError'
  }
}
