/**
 * The completion ratio of an attainment times the weight: what `proportional`, `reverse-ratio` and `equal` share. Met →
 * W; 正向 not met → W × A ÷ T; 逆向 not met → W × T ÷ A; T = 0 in a 逆向 target → 0 or the policy's deduction; any/all
 * targets from their parts (or all or nothing, as the policy says).
 *
 * @module
 */
import { ZERO, isPositive, type Decimal } from '../../numbers/decimal.js'
import type { Attainment } from '../../attainment/attainment.js'
import { scored, sideDetails, undecided, type RuleContext, type RuleResult } from './rule.js'

/** @internal Is the attainment judged lower-is-better (a 逆向 measure, or a value above its range)? */
export function isLower(a: Attainment): boolean {
  if (a.code === 'MEASURE') return a.details.rule === 'lower-is-better'
  if (a.code === 'RANGE') return a.details.position === 'above'
  return false
}

/** @internal W × ratio, with the code of the direction. */
export function ratioScore(ctx: RuleContext, reverseCode: 'REVERSE_RATIO' | 'REVERSE_LINEAR' = 'REVERSE_RATIO'): RuleResult {
  const a = ctx.attainment
  if (a === null || a.met === null || a.ratio === null) return undecided(ctx.why ?? 'needs-judgement')
  const w = ctx.weight
  const details = sideDetails(ctx)
  if (a.met) return scored('MET', w, true, details)
  // a range missed on the side the indicator's polarity calls better (投诉率 0.5% against 1%-3%, 出勤率 100% against
  // 80%-90%) is no shortfall: the range says what was expected, the polarity which way is better
  const leaf = ctx.leaf
  if (a.code === 'RANGE' && leaf.kind === 'indicator' && leaf.polarity.source !== 'default') {
    const p = a.details.position
    if ((p === 'below' && leaf.polarity.value === 'negative') || (p === 'above' && leaf.polarity.value === 'positive')) return scored('MET', w, true, details)
  }
  // a negative target ("增长率≥-5%") has no proportion: -8 ÷ -5 is no share of the weight
  if (ctx.sides.t !== undefined && ctx.sides.t.isNegative() && !ctx.sides.t.isZero()) return undecided('negative-target')
  if (a.code === 'COMPOUND') {
    if (ctx.policy.policy.compound === 'all-or-nothing') return scored('MISSED', ZERO, false, details)
    // missed, with a part that could not be judged: the part left out might score lower, so the ratio is not known
    if (a.details.skipped) return undecided('not-comparable')
    return scored('COMPOUND', w.times(a.ratio), false, { ...details, mode: a.details.mode, ratio: a.ratio })
  }
  if (isLower(a)) {
    const t = ctx.sides.t
    const actual = ctx.sides.a
    if (t !== undefined && t.isZero() && actual !== undefined && isPositive(actual)) return zeroTarget(ctx, actual, details)
    if (reverseCode === 'REVERSE_LINEAR' && t !== undefined && actual !== undefined && isPositive(t)) {
      // W × (1 − (A − T) ÷ T), 0 at A = 2T
      const share = t.times(2).minus(actual).div(t)
      return scored('REVERSE_LINEAR', share.isNegative() ? ZERO : w.times(share), false, { ...details, ratio: share.isNegative() ? ZERO : share })
    }
    return scored('REVERSE_RATIO', w.times(a.ratio), false, { ...details, ratio: a.ratio })
  }
  if (a.code === 'MEASURE' || a.code === 'RANGE') return scored('PROPORTIONAL', w.times(a.ratio), false, { ...details, ratio: a.ratio })
  return scored('MISSED', w.times(a.ratio), false, details)
}

function zeroTarget(ctx: RuleContext, actual: Decimal, details: Readonly<Record<string, unknown>>): RuleResult {
  const z = ctx.policy.zeroTarget
  if (z.mode === 'zero') return scored('ZERO_TARGET', ZERO, false, details)
  const off = actual.div(z.step).times(z.per)
  const left = ctx.weight.minus(off)
  return scored('ZERO_TARGET', left.isNegative() ? ZERO : left, false, { ...details, per: z.per, step: z.step })
}
