/**
 * The issues of scoring (findings and errors): made with a prototype whose texts come from the scoring engine's own
 * message table, so `issueMessage`, `issue.zh` and `error.messages()` render them.
 *
 * @module
 */
import { quotable, type Issue, type IssueOf, type Severity } from '../errors.js'
import type { ScoringErrorCode, ScoringIssueDetailsByCode } from '../messages/scoring-details.js'
import { scoringMessageTable } from '../messages/scoring-locale.js'
import { messageTable, textsPrototype, type Locale } from '../messages/locale.js'
import { lookup, own } from '../own.js'
import { evaluationIssueMessage, whereInRows } from '../indicators/issues.js'

/**
 * The text of any issue in a locale, the scoring engine's codes included (also for an issue revived from JSON, which
 * has lost its texts); the tree's and the core codes are rendered by their own tables.
 *
 * @param issue - an issue.
 * @param locale - `zh-CN` (default), `zh` or `en`.
 * @returns the message.
 * @example
 * ```ts
 * import { defineEvaluation, scoreEvaluation } from 'jixiao'
 * const e = defineEvaluation({ groups: [{ name: '产出指标', children: [{ name: '数量指标', children: [{ name: '培训人次', weight: 10, target: '≥100人次', actual: '90人次' }] }] }] })
 * scoringIssueMessage(JSON.parse(JSON.stringify(scoreEvaluation(e).findings[0])), 'en')
 * //=> 'indicator "培训人次" scores 9 of 10 and gives no reason for the shortfall (偏差原因)'
 * ```
 */
export function scoringIssueMessage(issue: Issue, locale: Locale = 'zh-CN'): string {
  const code = own(issue, 'code')
  const table = scoringMessageTable(locale).issues
  if (code === undefined) return messageTable(locale).unknownIssue('undefined')
  if (lookup(table, code) === undefined) return evaluationIssueMessage(issue, locale)
  const render = table[code as ScoringErrorCode] as (details: unknown, where: Issue) => string
  return whereInRows(issue, locale) + render(issue.details, quotable(issue))
}

const SCORING_TEXTS: object = /*@__PURE__*/ textsPrototype(scoringIssueMessage)

/** @internal Where a scoring issue is. */
export interface ScoringPlace {
  readonly path: readonly (string | number)[]
  readonly row?: number
  readonly column?: string
}

/** @internal Make an issue of scoring, with the row (and column) of its place when the table came from rows. */
export function scoringIssue<C extends ScoringErrorCode>(code: C, details: ScoringIssueDetailsByCode[C], place: ScoringPlace, severity: Severity = 'warning'): IssueOf<C> {
  // made in one object (a report of 100 000 indicators may hold half as many findings): details are flat data of the
  // engine's own making, and a frozen path (the tree's) is shared rather than copied
  const out = Object.create(SCORING_TEXTS) as { -readonly [K in keyof Issue]: Issue[K] }
  out.code = code
  out.details = Object.freeze(details) as Issue['details']
  out.severity = severity
  out.path = Object.isFrozen(place.path) ? place.path : Object.freeze([...place.path])
  if (place.row !== undefined) out.row = place.row
  if (place.column !== undefined) out.column = place.column
  return Object.freeze(out) as IssueOf<C>
}

/** @internal The place of a node of the tree: its path, and its row (and a column) when the table came from rows. */
export function placeOf(node: { readonly path: readonly (string | number)[]; readonly row?: number }, column?: string): ScoringPlace {
  const place: { path: readonly (string | number)[]; row?: number; column?: string } = { path: node.path }
  if (node.row !== undefined) {
    place.row = node.row
    if (column !== undefined) place.column = column
  }
  return place
}
