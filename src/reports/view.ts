/**
 * @internal What every renderer shows, read once from a report in one locale: the title and sentence, the 自评表's rows
 * with their merged spans, the groups, the points lost, the explanations, the findings and the warnings. Every number is
 * written exactly as the report holds it (the policy rounded the scores); every text is as written.
 *
 * @module
 */
import type { Locale } from '../messages/locale.js'
import { reportMessageTable } from '../messages/report-locale.js'
import type { ReportMessageTable } from '../messages/report-table.js'
import type { Decimal } from '../numbers/decimal.js'
import { explainScore } from '../scoring/explanation.js'
import { scoringIssueMessage } from '../scoring/issues.js'
import type { GroupScore, IndicatorScore, ScoreReport } from '../scoring/types.js'

/** @internal One indicator's row: its groups, and its cells as text. */
export interface RowView {
  readonly score: IndicatorScore
  readonly level1: GroupScore
  readonly level2: GroupScore
  /** The row is the first of its level-1 group; `span1` rows in all. */
  readonly first1: boolean
  readonly span1: number
  /** The row is the first of its level-2 group; `span2` rows in all. */
  readonly first2: boolean
  readonly span2: number
  readonly target: string
  readonly actual: string
  readonly weight: string
  readonly points: string
  readonly deviation: string
  readonly printed: string
  /** How the score was reached, when the view was read with its explanations ('' otherwise). */
  readonly explanation: string
}

/** @internal A group's line. */
export interface GroupView {
  readonly group: GroupScore
  readonly weight: string
  readonly points: string
  /** score ÷ weight as a percentage to one place, for the eye ('' when the weight is 0). */
  readonly rate: string
  /** score ÷ weight, between 0 and 1, for drawing only. */
  readonly share: number
}

/** @internal Everything a renderer shows. */
export interface ReportView {
  readonly t: ReportMessageTable
  readonly locale: Locale
  readonly title: string
  readonly policy: string
  readonly sentence: string
  readonly rows: readonly RowView[]
  /** Does any row show an evaluator's adjusted score (marked *, with a note under the table)? */
  readonly adjusted: boolean
  readonly groups: readonly GroupView[]
  readonly total: { readonly weight: string; readonly points: string; readonly scaled?: string; readonly grade?: string }
  readonly lost: readonly { readonly name: string; readonly lost: string; readonly weight: string; readonly share: number }[]
  readonly explanations: readonly { readonly name: string; readonly points: string; readonly text: string }[]
  readonly findings: readonly string[]
  readonly warnings: readonly string[]
}

/** @internal The colour of a share of the weight, at the default grade bands' edges (90%, 80%, 60%): for the eye only. */
export function shareColour(share: number): string {
  if (share >= 0.9) return '#2e7d32'
  if (share >= 0.8) return '#1565c0'
  if (share >= 0.6) return '#ef6c00'
  return '#c62828'
}

/** A Decimal as the report holds it, never in exponent form. */
function num(d: Decimal): string {
  return d.toFixed()
}

/** The score cell of an indicator: its points, or the words for undecided and 不适用. */
function pointsOf(s: IndicatorScore, t: ReportMessageTable): string {
  if (s.status === 'not-applicable') return t.notApplicable
  if (s.score === null) return t.undecided
  return num(s.score)
}

/** The target cell: as written. */
function targetOf(s: IndicatorScore): string {
  const leaf = s.leaf
  if (leaf.kind === 'indicator') return leaf.targetText ?? leaf.target?.source ?? ''
  return ''
}

/** The actual cell: as written, or the budget line's rate (to two places, for the eye: the score used the figures). */
function actualOf(s: IndicatorScore): string {
  const leaf = s.leaf
  if (leaf.kind === 'indicator') return leaf.actualText ?? leaf.actual?.source ?? ''
  return leaf.rate === null ? '' : `${leaf.rate.times(100).toDecimalPlaces(2).toFixed()}%`
}

function groupView(g: GroupScore): GroupView {
  const q = g.weight.isZero() ? null : g.score.div(g.weight)
  const share = q === null ? 0 : Math.max(0, Math.min(1, Number(q.toString())))
  return { group: g, weight: num(g.weight), points: num(g.score), rate: q === null ? '' : `${q.times(100).toDecimalPlaces(1).toFixed(1)}%`, share }
}

function isGroup(c: GroupScore | IndicatorScore): c is GroupScore {
  return c.level !== 3
}

/**
 * @internal Read a report once for the renderers. The explanations are made only when the format shows them (`explain`):
 * the SVG and `reportRows` without its 计分说明 column do not pay for a sentence per indicator.
 */
export function viewOf(report: ScoreReport, locale: Locale, explain: boolean, title?: string): ReportView {
  const t = reportMessageTable(locale)
  const rows: RowView[] = []
  const groups: GroupView[] = []
  for (const g1 of report.groups) {
    groups.push(groupView(g1))
    const level2 = g1.children.filter(isGroup)
    const span1 = level2.reduce((n, g2) => n + g2.children.length, 0)
    let first1 = true
    for (const g2 of level2) {
      groups.push(groupView(g2))
      const leaves = g2.children.filter((c): c is IndicatorScore => !isGroup(c))
      leaves.forEach((s, i) => {
        rows.push({
          score: s,
          level1: g1,
          level2: g2,
          first1,
          span1,
          first2: i === 0,
          span2: leaves.length,
          target: targetOf(s),
          actual: actualOf(s),
          weight: num(s.weight),
          points: pointsOf(s, t),
          deviation: s.leaf.deviation ?? '',
          printed: s.printed === undefined ? '' : num(s.printed),
          explanation: explain ? explainScore(s.explanation, locale) : '',
        })
        first1 = false
      })
    }
  }
  const grade = report.grade === null ? undefined : t.gradeName(report.grade.grade)
  const summary = {
    score: num(report.score),
    complete: report.complete,
    undecided: report.indicators.filter((s) => s.status === 'undecided').length,
    ...(report.year === undefined ? {} : { year: report.year }),
    ...(report.kind === undefined ? {} : { kind: report.kind }),
    ...(report.scaled === undefined ? {} : { scaled: num(report.scaled) }),
    ...(grade === undefined ? {} : { grade }),
  }
  const about = {
    ...(report.name === undefined ? {} : { name: report.name }),
    ...(report.year === undefined ? {} : { year: report.year }),
    ...(report.kind === undefined ? {} : { kind: report.kind }),
  }
  return {
    t,
    locale,
    title: title ?? t.title(about),
    policy: t.policy({ name: report.policy, ...(report.policySource === undefined ? {} : { source: report.policySource }) }),
    sentence: t.summary(summary),
    rows,
    adjusted: rows.some((r) => r.score.status === 'adjusted'),
    groups,
    total: {
      weight: num(report.weight),
      points: num(report.score),
      ...(report.scaled === undefined ? {} : { scaled: num(report.scaled) }),
      ...(grade === undefined ? {} : { grade }),
    },
    lost: report.lost.map((l) => ({ name: l.name, lost: num(l.lost), weight: num(l.weight), share: l.weight.isZero() ? 0 : Number(l.lost.div(l.weight).toString()) })),
    explanations: explain ? rows.map((r) => ({ name: r.score.name, points: r.points, text: r.explanation })) : [],
    findings: report.findings.map((f) => scoringIssueMessage(f, locale)),
    warnings: report.warnings.map((w) => scoringIssueMessage(w, locale)),
  }
}
