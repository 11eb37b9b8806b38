/**
 * `rate`: W × the actual rate, whatever the target (seen in published tables: 98% → 19.6 of 20). The actual must be a
 * share (%, ‰, 百分比); a rate above 100% counts as 100%, a negative one as 0.
 *
 * @module
 */
import { ONE, ZERO } from '../../numbers/decimal.js'
import { describeUnit } from '../../quantities/unit.js'
import { scored, sideDetails, undecided, type RuleFunction } from './rule.js'
import { isLower } from './ratio.js'

/** @internal The rule. */
export const rate: RuleFunction = (_rule, ctx) => {
  const actual = ctx.actual
  if (actual === null) return undecided('no-actual')
  if (actual.kind !== 'quantity') return undecided('not-comparable')
  // the rate of something to keep low (投诉率 ≤2%) is no share of the weight
  if (ctx.attainment !== null && isLower(ctx.attainment)) return undecided('criteria-mismatch')
  const unit = actual.value.unit === '' && ctx.sides.unit !== undefined ? ctx.sides.unit : actual.value.unit
  const u = describeUnit(unit)
  if (u.family !== 'share') return undecided('not-comparable')
  let r = actual.value.amount.times(u.factor)
  if (r.isNegative()) r = ZERO
  if (r.gt(ONE)) r = ONE
  return scored('RATE', ctx.weight.times(r), ctx.attainment?.met ?? r.eq(ONE), { ...sideDetails(ctx), rate: r })
}
