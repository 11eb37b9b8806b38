/**
 * What an indicator and the budget-execution line share: applicability, rule, printed score, 偏差原因 and 改进措施, and an
 * evaluator's adjustment (whose reason is required; its range is checked once the weights are known).
 *
 * @module
 */
import type { Decimal } from '../numbers/decimal.js'
import { placeAt, placeOf, report, type BuildContext } from './context.js'
import type { IndicatorInput } from './input.js'
import type { Adjustment, NotApplicableReason } from './types.js'
import { readPoints } from './values.js'

type Path = readonly (string | number)[]

const text = (value: string | undefined): string | undefined => (value === undefined || value.trim() === '' ? undefined : value)

/** @internal A points cell (得分, 调整后得分) read, or an issue recorded. */
export function pointsOf(ctx: BuildContext, value: unknown, field: 'score' | 'adjustment' | 'total', path: Path, inputField: string): Decimal | undefined {
  if (value === undefined || (typeof value === 'string' && value.trim() === '')) return undefined
  const read = readPoints(value, field)
  if (read.ok) return read.value
  report(ctx, 'VALUE_INVALID', read.problem, placeOf(ctx, path, inputField))
  return undefined
}

/** @internal The fields every level-3 node has, read, on a new object the caller completes. */
export function leafCommon(ctx: BuildContext, input: IndicatorInput, path: Path, name: string, notApplicable: NotApplicableReason | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = { level: 3, name, path }
  const place = (ctx.rows === undefined ? undefined : placeAt(ctx.rows, path))
  if (place !== undefined) out.row = place.row
  out.applicable = notApplicable === undefined
  if (notApplicable !== undefined) out.notApplicable = notApplicable
  const rule = text(input.rule)
  if (rule !== undefined) out.rule = rule
  const printedScore = pointsOf(ctx, input.printedScore, 'score', path, 'printedScore')
  if (printedScore !== undefined) out.printedScore = printedScore
  const deviation = text(input.deviation)
  if (deviation !== undefined) out.deviation = deviation
  const improvement = text(input.improvement)
  if (improvement !== undefined) out.improvement = improvement
  const criteria = text(input.criteria)
  if (criteria !== undefined) out.criteria = criteria
  const note = text(input.note)
  if (note !== undefined) out.note = note
  return out
}

/** @internal The evaluator's adjustment, read onto `out`: a score and a reason (a missing reason is an error). */
export function adjustmentOf(ctx: BuildContext, input: IndicatorInput, path: Path, out: { adjustment?: Adjustment }): void {
  const given = input.adjustment
  if (given === undefined) return
  const score = pointsOf(ctx, given.score, 'adjustment', path, 'adjustment')
  const reason = given.reason?.trim() ?? ''
  if (reason === '') report(ctx, 'ADJUSTMENT_REASON_MISSING', { name: input.name ?? '' }, placeOf(ctx, path, 'adjustment'))
  if (score !== undefined) out.adjustment = Object.freeze({ score, reason })
}
