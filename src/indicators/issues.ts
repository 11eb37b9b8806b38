/**
 * The issues of the indicator tree: made with a prototype whose texts come from the tree's own message table, so that
 * `issueMessage`, `issue.zh` and `error.messages()` render them while a program that only reads targets never carries
 * that table.
 *
 * @module
 */
import { issueMessage, makeIssue, quotable, type Issue, type IssueOf, type Severity } from '../errors.js'
import type { EvaluationErrorCode, EvaluationIssueDetailsByCode } from '../messages/evaluation-details.js'
import { evaluationMessageTable } from '../messages/evaluation-locale.js'
import { messageTable, textsPrototype, type Locale } from '../messages/locale.js'
import { lookup, own } from '../own.js'

/**
 * The text of any issue in a locale, the indicator tree's codes included (also for an issue revived from JSON, which has
 * lost its texts).
 *
 * @param issue - an issue.
 * @param locale - `zh-CN` (default), `zh` or `en`.
 * @returns the message.
 * @example
 * ```ts
 * import { safeDefineEvaluation } from 'jixiao'
 * const r = safeDefineEvaluation({ groups: [{ name: '产出指标', children: [{ name: '数量指标', children: [{ name: '培训人次' }] }] }] })
 * if (!r.success) evaluationIssueMessage(JSON.parse(JSON.stringify(r.error.issues[0])), 'en')
 * //=> 'indicator "培训人次" has no target'
 * ```
 */
export function evaluationIssueMessage(issue: Issue, locale: Locale = 'zh-CN'): string {
  const code = own(issue, 'code')
  const table = evaluationMessageTable(locale).issues
  if (code === undefined || lookup(table, code) === undefined) {
    // a code of the core tables (a target's issue at the place of its cell); any other code is named, not rendered
    if (code === undefined || lookup(messageTable(locale).issues, code) === undefined) return messageTable(locale).unknownIssue(String(code))
    return whereInRows(issue, locale) + issueMessage(issue, locale)
  }
  const render = table[code as EvaluationErrorCode] as (details: unknown, where: Issue) => string
  return whereInRows(issue, locale) + render(issue.details, quotable(issue))
}

/** @internal "第5行“年度指标值”列：" / "row 5, column "年度指标值": " for an issue found in spreadsheet rows; '' otherwise. */
export function whereInRows(issue: Issue, locale: Locale): string {
  const row = own(issue, 'row')
  if (row === undefined) return ''
  const column = own(issue, 'column')
  if (locale === 'en') return column === undefined ? `row ${row}: ` : `row ${row}, column "${column}": `
  return column === undefined ? `第${row}行：` : `第${row}行“${column}”列：`
}

const EVALUATION_TEXTS: object = /*@__PURE__*/ textsPrototype(evaluationIssueMessage)

/** Where an issue of the tree is. */
export interface Place {
  readonly path: readonly (string | number)[]
  readonly row?: number
  readonly column?: string
  readonly span?: { readonly start: number; readonly end: number }
  readonly input?: string
}

/** @internal Make an issue of the tree (any code: a target's issue is re-made with the place of its cell). */
export function treeIssue<C extends EvaluationErrorCode>(code: C, details: EvaluationIssueDetailsByCode[C], place: Place, severity: Severity = 'error'): IssueOf<C> {
  return placed(makeIssue(code, details as never, { ...place, severity }) as Issue, place) as IssueOf<C>
}

/** The issue with the tree's texts, and the row and column of its place. */
function placed(issue: Issue, place: Place): Issue {
  const out = Object.assign(Object.create(EVALUATION_TEXTS) as object, issue) as { -readonly [K in keyof Issue]: Issue[K] }
  if (place.row !== undefined) out.row = place.row
  if (place.column !== undefined) out.column = place.column
  return Object.freeze(out) as Issue
}

/** @internal A target's or an actual's issue again, at the place of its cell. */
export function reissue(issue: Issue, place: Place, severity: Severity = 'error'): Issue {
  const span = own(issue, 'span')
  const input = own(issue, 'input')
  const location = { path: place.path, severity, ...(span === undefined ? {} : { span }), ...(input === undefined ? {} : { input }) }
  return placed(makeIssue(issue.code, issue.details as never, location) as Issue, place)
}
