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
import { describeUnit } from '../../quantities/unit.js'
import { isLower } from './ratio.js'
import { scored, sideDetails, undecided, type RuleFunction } from './rule.js'

/** @internal The rule. */
export const deduction: RuleFunction<Extract<CompiledRule, { kind: 'deduction' }>> = (rule, ctx) => {
  const { a, t, unit } = ctx.sides
  if (ctx.actual === null) return undecided('no-actual')
  // a target met loses nothing, whatever unit the criteria count in
  if (ctx.attainment?.met === true && rule.direction !== 'count') return scored('MET', ctx.weight, true, sideDetails(ctx))
  // percentage points need a target in %; occurrences are not counted in a share
  if (rule.points && unit !== '%') return undecided('criteria-unit')
  if (rule.direction === 'count' && unit !== undefined && describeUnit(unit).family === 'share') return undecided('criteria-mismatch')
  const met = ctx.attainment?.met ?? null
  let diff: Decimal
  if (rule.direction === 'count') {
    // occurrences are deducted from what should not happen at all: a target of 0, or words of none (无, 杜绝, 不发生).
    // Against "≤2起" the criteria and the target disagree on how many are allowed; against a count to reach they count
    // the wrong thing. A target met loses nothing.
    const target = ctx.target
    const none = (t !== undefined && t.isZero()) || (target !== null && target.kind === 'qualitative' && target.direction === 'absent')
    if (!none) return undecided('criteria-mismatch')
    if (met === true) return scored('MET', ctx.weight, true, sideDetails(ctx))
    const occurrences = a ?? (ctx.actual.kind === 'quantity' ? ctx.actual.value.amount : undefined)
    if (occurrences === undefined) return undecided(ctx.why ?? 'not-comparable')
    diff = occurrences
  } else {
    // a shortfall or an excess is a miss of the target: a met target loses nothing, and criteria that count the other way
    // than the target was missed ("每超过…扣" against a missed ≥ target) do not say how to score it
    if (met === null) return undecided(ctx.why ?? 'needs-judgement')
    if (met) return scored('MET', ctx.weight, true, sideDetails(ctx))
    if (a === undefined || t === undefined || ctx.attainment === null) return undecided(ctx.why ?? 'not-comparable')
    const missed = isLower(ctx.attainment) ? 'over' : 'short'
    if (missed !== rule.direction) return undecided('criteria-mismatch')
    diff = rule.direction === 'short' ? t.minus(a) : a.minus(t)
  }
  if (diff.isNegative()) diff = ZERO
  // a step in another unit of the target's family ("每少1人" against 1万人, "每超过10分钟" against 2小时): the difference is
  // brought into the step's unit (exact: 1小时 is 60分钟), not the step into the target's (10分钟 is 0.1666…小时)
  if (rule.unit !== undefined && rule.unit !== '' && unit !== undefined && unit !== '' && rule.unit !== unit) {
    const from = describeUnit(rule.unit)
    const to = describeUnit(unit)
    // counters take one another's steps ("每少一项" against "6个"); a scale converts; others do not
    const counters = from.family === 'count' && to.family === 'count' && from.dimension !== to.dimension && from.factor.eq(1) && to.factor.eq(1)
    if (!counters) {
      if (from.dimension !== to.dimension || from.dimension === 'none') return undecided('criteria-unit')
      diff = diff.times(to.factor).div(from.factor)
    }
  }
  // "低于85%不得分": below the floor nothing is left, whatever the steps would take
  const floor = rule.zeroBelow
  if (floor !== undefined && a !== undefined) {
    const sameUnit = floor.unit === '' || floor.unit === unit || (floor.unit === '个百分点' && unit === '%')
    if (!sameUnit) return undecided('criteria-unit')
    if (a.lt(floor.value)) return scored('DEDUCTION', ZERO, false, { ...sideDetails(ctx), criteria: rule.criteria ?? ctx.rule, count: ZERO, per: rule.per, deducted: ctx.weight, from: rule.criteria === undefined ? 'rule' : 'criteria', floor: floor.text })
  }
  let count = diff.div(rule.step)
  const partial = ctx.policy.policy.partialStep
  if (partial === 'floor') count = count.floor()
  else if (partial === 'ceil') count = count.ceil()
  let off = count.times(rule.per)
  if (rule.cap !== undefined && off.gt(rule.cap)) off = rule.cap
  const deducted = off.gt(ctx.weight) ? ctx.weight : off
  const criteria = rule.criteria ?? ctx.rule
  return scored('DEDUCTION', ctx.weight.minus(deducted), rule.direction === 'count' ? (met ?? deducted.isZero()) : false, { ...sideDetails(ctx), criteria, count, per: rule.per, deducted, from: rule.criteria === undefined ? 'rule' : 'criteria' })
}
