/**
 * The findings of a report, and the audit of a filled table's printed scores: what a 财政 reviewer or a third-party
 * evaluator checks by hand — each printed 得分 against the computed one, printed subtotals and the printed total against
 * the sums, scores above their weight, scores below their weight without a 偏差原因, the weights against the declared
 * total; and the indicators to review (over-achievement, undecided, adjusted, vetoed).
 *
 * @module
 */
import type { Issue } from '../errors.js'
import { ZERO, type Decimal } from '../numbers/decimal.js'
import { decimalText as n } from '../messages/decimal-text.js'
import type { Evaluation } from '../indicators/types.js'
import { placeOf, scoringIssue } from './issues.js'
import type { LeafDraft } from './score-leaf.js'
import type { GroupScore, IndicatorScore } from './types.js'


/** @internal The findings of one leaf. */
export function leafFindings(d: LeafDraft, out: Issue[], lists: { readonly overAchieved: string[]; readonly deviationMissing: string[] }): void {
  const leaf = d.leaf
  const sides = d.details as { actual?: string; target?: string }
  if (d.status === 'not-applicable') return
  if (d.why !== undefined && d.exact === null && d.status === 'undecided') {
    out.push(scoringIssue('SCORE_UNDECIDED', { name: leaf.name, actual: sides.actual ?? '', target: sides.target ?? '', why: d.why }, placeOf(leaf)))
  }
  const adjustment = d.adjustment
  if (adjustment !== undefined) {
    out.push(scoringIssue('SCORE_ADJUSTED', { name: leaf.name, computed: d.computed === null ? null : n(d.computed), adjusted: n(adjustment.score), reason: adjustment.reason }, placeOf(leaf)))
  }
  if (d.over !== undefined && d.attainment !== null) {
    lists.overAchieved.push(leaf.id)
    out.push(
      scoringIssue('OVER_ACHIEVEMENT', {
        name: leaf.name,
        actual: sides.actual ?? '',
        target: sides.target ?? '',
        performance: d.over.performance.toDecimalPlaces(4, 4).toFixed(),
        threshold: n(d.over.threshold),
        penalty: d.over.mode,
      }, placeOf(leaf)),
    )
  }
  // a shortfall needs its 偏差原因, unless something else explains it: a met target under a rate rule, an evaluator's
  // adjustment with its reason, a penalty the policy states (over-achievement, a veto)
  const explained = d.met === true || d.status !== 'scored' || d.penalty !== undefined
  if (!explained && d.score !== null && !d.lost.isZero() && (leaf.deviation === undefined || leaf.deviation.trim() === '' || leaf.deviation.trim() === '无')) {
    lists.deviationMissing.push(leaf.id)
    out.push(scoringIssue('DEVIATION_REASON_MISSING', { name: leaf.name, score: n(d.score), weight: n(d.weight) }, placeOf(leaf, '偏差原因')))
  }
  const printed = leaf.printedScore
  if (printed !== undefined) {
    if (printed.gt(d.weight)) out.push(scoringIssue('PRINTED_SCORE_ABOVE_WEIGHT', { name: leaf.name, printed: n(printed), weight: n(d.weight) }, placeOf(leaf, '得分')))
    const counted = d.status === 'adjusted' ? d.score : d.computed
    if (counted !== null && !printed.eq(counted)) {
      out.push(scoringIssue('PRINTED_SCORE_MISMATCH', { name: leaf.name, printed: n(printed), computed: n(counted), difference: n(printed.minus(counted)), code: d.code }, placeOf(leaf, '得分')))
    }
  }
}

/** @internal The audit of a group's printed subtotal. */
export function groupFindings(g: GroupScore, out: Issue[]): void {
  const printed = g.printed
  if (printed === undefined) return
  const children = g.children as readonly (GroupScore | IndicatorScore)[]
  const prints = children.map((c) => c.printed)
  // the group's row is its first line, not the line of its 小计: the finding names the group by its path and name
  const place = { path: g.path }
  if (prints.length > 0 && prints.every((p): p is Decimal => p !== undefined)) {
    const sum = prints.reduce((s, p) => s.plus(p), ZERO)
    if (!sum.eq(printed)) out.push(scoringIssue('PRINTED_SUBTOTAL_MISMATCH', { name: g.name, printed: n(printed), sum: n(sum), against: 'printed' }, place))
  }
  if (g.complete && !g.score.eq(printed)) out.push(scoringIssue('PRINTED_SUBTOTAL_MISMATCH', { name: g.name, printed: n(printed), sum: n(g.score), against: 'computed' }, place))
}

/** @internal The audit of the printed total and of the weights against the declared total. */
export function totalFindings(evaluation: Evaluation, weight: Decimal, score: Decimal, complete: boolean, leaves: readonly LeafDraft[], out: Issue[]): void {
  const total = evaluation.total
  if (total !== undefined && !total.eq(weight)) out.push(scoringIssue('WEIGHTS_NOT_TOTAL', { weight: n(weight), total: n(total) }, { path: ['total'] }))
  const printed = evaluation.printedTotal
  if (printed === undefined) return
  const scored = leaves.filter((d) => d.status !== 'not-applicable')
  if (scored.length > 0 && scored.every((d) => d.leaf.printedScore !== undefined)) {
    const sum = scored.reduce((s, d) => s.plus(d.leaf.printedScore as Decimal), ZERO)
    if (!sum.eq(printed)) out.push(scoringIssue('PRINTED_TOTAL_MISMATCH', { printed: n(printed), sum: n(sum), against: 'printed' }, { path: ['printedTotal'] }))
  }
  if (complete && !score.eq(printed)) out.push(scoringIssue('PRINTED_TOTAL_MISMATCH', { printed: n(printed), sum: n(score), against: 'computed' }, { path: ['printedTotal'] }))
}
