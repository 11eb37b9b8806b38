/**
 * The issues of the frameworks: made with a prototype whose texts come from the frameworks' own message table, so
 * `issue.zh`, `issueMessage` and `error.messages()` render them.
 *
 * @module
 */
import { quotable, type Issue, type Severity } from '../errors.js'
import type { FrameworkErrorCode, FrameworkIssueDetailsByCode } from '../messages/framework-details.js'
import { frameworkMessageTable } from '../messages/framework-locale.js'
import { textsPrototype, type Locale } from '../messages/locale.js'
import { evaluationIssueMessage } from '../indicators/issues.js'
import { lookup, own } from '../own.js'
import { deepFreeze } from '../freeze.js'

/**
 * One issue of a framework, of one code: the code, its typed details, where it is in the framework's input, and its
 * texts (getters, produced from the frameworks' message tables when read; `JSON.stringify` writes the data only).
 *
 * @typeParam C - the code.
 * @example
 * ```ts
 * import { safeDepartmentOverall } from 'jixiao'
 * const r = safeDepartmentOverall({ common: [{ key: 'staffControlRate', weight: 5, target: '≤100%', figures: { inPost: 136, establishment: 0 } }] })
 * !r.success && r.error.issues[0].code
 * //=> 'FRAMEWORK_DENOMINATOR_ZERO'
 * ```
 */
export interface FrameworkIssueOf<C extends FrameworkErrorCode> {
  /** Stable machine-readable code. */
  readonly code: C
  /** The indicator, figure and key involved. */
  readonly details: FrameworkIssueDetailsByCode[C]
  /** Always `error`: a framework's issue stops the evaluation from being built. */
  readonly severity: Severity
  /** Where in the framework's input the problem is. */
  readonly path: readonly (string | number)[]
  /** Message in Chinese (produced when read). */
  readonly zh: string
  /** Message in English (produced when read). */
  readonly en: string
}

/**
 * One issue of a framework: a discriminated union on `code`.
 *
 * @example
 * ```ts
 * const isFigure = (i: FrameworkIssue): boolean => i.code === 'FRAMEWORK_FIGURE_MISSING'
 * ```
 */
export type FrameworkIssue = { readonly [C in FrameworkErrorCode]: FrameworkIssueOf<C> }[FrameworkErrorCode]

/**
 * The text of a framework's issue in a locale (also for one revived from JSON, which has lost its texts); any other
 * issue of the library is rendered by its own table.
 *
 * @param issue - an issue.
 * @param locale - `zh-CN` (default), `zh` or `en`.
 * @returns the message.
 * @example
 * ```ts
 * frameworkIssueMessage({ code: 'FRAMEWORK_INDICATOR_UNKNOWN', details: { key: 'staffRate' }, severity: 'error', path: ['common', 0, 'key'] } as never, 'en')
 * //=> '"staffRate" is not a common indicator of the 2013 department framework (财预〔2013〕53号)'
 * ```
 */
export function frameworkIssueMessage(issue: FrameworkIssue | Issue, locale: Locale = 'zh-CN'): string {
  const code = own(issue, 'code')
  const table = frameworkMessageTable(locale).issues
  if (code === undefined || lookup(table, code) === undefined) return evaluationIssueMessage(issue as Issue, locale)
  const render = table[code as FrameworkErrorCode] as (details: unknown, where: Issue) => string
  return render(issue.details, quotable(issue as Issue))
}

const FRAMEWORK_TEXTS: object = /*@__PURE__*/ textsPrototype(frameworkIssueMessage)

/** @internal Make a frozen issue of a framework at `path`. */
export function frameworkIssue<C extends FrameworkErrorCode>(code: C, details: FrameworkIssueDetailsByCode[C], path: readonly (string | number)[]): FrameworkIssueOf<C> {
  const out = Object.create(FRAMEWORK_TEXTS) as { -readonly [K in keyof FrameworkIssueOf<C>]: FrameworkIssueOf<C>[K] }
  out.code = code
  out.details = deepFreeze(details)
  out.severity = 'error'
  out.path = Object.freeze([...path])
  return Object.freeze(out)
}

