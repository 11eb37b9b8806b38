/**
 * What an indicator and the budget-execution line share: applicability, rule, printed score, 偏差原因 and 改进措施, and an
 * evaluator's adjustment (whose reason is required; its range is checked once the weights are known).
 *
 * @module
 */
import type { Decimal } from '../numbers/decimal.js'
import { placeOf, report, type BuildContext } from './context.js'
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

/** @internal The fields every level-3 node has, read. */
export function leafCommon(ctx: BuildContext, input: IndicatorInput, path: Path, name: string, notApplicable: NotApplicableReason | undefined) {
  const printedScore = pointsOf(ctx, input.printedScore, 'score', path, 'printedScore')
  const place = ctx.rows?.get(path.join('.'))
  const deviation = text(input.deviation)
  const improvement = text(input.improvement)
  const rule = text(input.rule)
  return {
    level: 3 as const,
    name,
    path: Object.freeze([...path]),
    ...(place === undefined ? {} : { row: place.row }),
    applicable: notApplicable === undefined,
    ...(notApplicable === undefined ? {} : { notApplicable }),
    ...(rule === undefined ? {} : { rule }),
    ...(printedScore === undefined ? {} : { printedScore }),
    ...(deviation === undefined ? {} : { deviation }),
    ...(improvement === undefined ? {} : { improvement }),
  }
}

/** @internal The evaluator's adjustment, read: a score and a reason (a missing reason is an error). */
export function adjustmentOf(ctx: BuildContext, input: IndicatorInput, path: Path): { adjustment?: Adjustment } {
  const given = input.adjustment
  if (given === undefined) return {}
  const score = pointsOf(ctx, given.score, 'adjustment', path, 'adjustment')
  const reason = given.reason?.trim() ?? ''
  if (reason === '') report(ctx, 'ADJUSTMENT_REASON_MISSING', { name: input.name ?? '' }, placeOf(ctx, path, 'adjustment'))
  return score === undefined ? {} : { adjustment: Object.freeze({ score, reason }) }
}
