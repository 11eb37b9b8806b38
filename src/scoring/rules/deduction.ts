/**
 * `deduction` (扣分制): `per` points off each `step` of shortfall below the target (`short`: "每少一项扣1分"), of excess above
 * it (`over`: "每超过一个百分点扣0.5分"), or of each occurrence the actual counts (`count`: "每发生1起扣2分"); 扣完为止: never
 * below 0. A step not whole counts as the policy's `partialStep` says (in proportion by default). Read from the
 * indicator's 评分标准 when the policy's `criteria` is `read`.
 *
 * @module
 */
import { ZERO, type Decimal } from '../../numbers/decimal.js'
import type { CompiledRule } from '../policies/compiled.js'
import { scored, sideDetails, undecided, type RuleFunction } from './rule.js'

/** @internal The rule. */
export const deduction: RuleFunction<Extract<CompiledRule, { kind: 'deduction' }>> = (rule, ctx) => {
  const { a, t, unit } = ctx.sides
  if (ctx.actual === null) return undecided('no-actual')
  // percentage points need a target in %; a count needs only the actual
  if (rule.points && unit !== '%') return undecided('criteria-unit')
  let diff: Decimal
  if (rule.direction === 'count') {
    if (a === undefined) return ctx.attainment?.met === true ? scored('MET', ctx.weight, true, sideDetails(ctx)) : undecided(ctx.why ?? 'not-comparable')
    diff = a
  } else {
    if (a === undefined || t === undefined) return ctx.attainment?.met === true ? scored('MET', ctx.weight, true, sideDetails(ctx)) : undecided(ctx.why ?? 'not-comparable')
    diff = rule.direction === 'short' ? t.minus(a) : a.minus(t)
  }
  if (diff.isNegative()) diff = ZERO
  let count = diff.div(rule.step)
  const partial = ctx.policy.policy.partialStep
  if (partial === 'floor') count = count.floor()
  else if (partial === 'ceil') count = count.ceil()
  const off = count.times(rule.per)
  const deducted = off.gt(ctx.weight) ? ctx.weight : off
  const criteria = rule.criteria ?? ctx.rule
  const met = ctx.attainment?.met ?? deducted.isZero()
  return scored('DEDUCTION', ctx.weight.minus(deducted), deducted.isZero() ? met : false, { ...sideDetails(ctx), criteria, count, per: rule.per, deducted })
}
