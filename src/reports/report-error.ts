/**
 * The error of the renderers: not a report of `scoreEvaluation`, or an option that is not valid.
 *
 * @module
 */
import { JixiaoError, issueMessage, makeIssue, quotable, type Issue, type IssueOf } from '../errors.js'
import type { ReportErrorCode, ReportIssueDetailsByCode } from '../messages/report-details.js'
import { reportMessageTable } from '../messages/report-locale.js'
import { textsPrototype, type Locale } from '../messages/locale.js'
import { lookup, own } from '../own.js'

/**
 * Thrown by `renderReport` and `reportRows`: `REPORT_INVALID` for anything but a report of `scoreEvaluation`,
 * `OPTION_INVALID` for a bad option (with the option's name as its path).
 *
 * @example
 * ```ts
 * import { renderReport, ReportError } from 'jixiao'
 * try { renderReport({} as never, { format: 'text' }) } catch (e) { console.log(e instanceof ReportError, (e as ReportError).code) }
 * //=> true 'REPORT_INVALID'
 * ```
 */
export class ReportError extends JixiaoError {
  /** @param issues - every issue found. */
  constructor(issues: readonly [Issue, ...Issue[]]) {
    super(issues)
    this.name = 'ReportError'
  }
}

/** @internal The text of an issue of the reports (the core's codes by the core's table). */
function reportIssueMessage(issue: Issue, locale: Locale): string {
  const code = own(issue, 'code')
  const table = reportMessageTable(locale).issues
  if (code === undefined || lookup(table, code) === undefined) return issueMessage(issue, locale)
  const render = table[code as ReportErrorCode] as (details: unknown, where: Issue) => string
  return render(issue.details, quotable(issue))
}

const REPORT_TEXTS: object = /*@__PURE__*/ textsPrototype(reportIssueMessage)

/** @internal Make an issue of the reports. */
export function reportIssue<C extends ReportErrorCode>(code: C, details: ReportIssueDetailsByCode[C]): IssueOf<C> {
  const out = Object.create(REPORT_TEXTS) as { -readonly [K in keyof Issue]: Issue[K] }
  out.code = code
  out.details = Object.freeze({ ...details }) as Issue['details']
  out.severity = 'error'
  out.path = Object.freeze([])
  return Object.freeze(out) as IssueOf<C>
}

/** @internal A bad option: the core's OPTION_INVALID, at the option's path. */
export function optionIssue(option: string, value: string, allowed: readonly string[]): Issue {
  return makeIssue('OPTION_INVALID', { option, value, expected: 'one-of', allowed }, { path: [option] }) as Issue
}
