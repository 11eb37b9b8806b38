/**
 * `deadline` (时效): met → W; late or not done → the rule's `late` share of W, or the policy's (default 0, explained).
 * A share of the work done by the deadline ("完成80%") is not done on time.
 *
 * @module
 */
import type { CompiledRule } from '../policies/compiled.js'
import { scored, sideDetails, undecided, type RuleFunction } from './rule.js'

/** @internal The rule. */
export const deadline: RuleFunction<Extract<CompiledRule, { kind: 'deadline' }>> = (rule, ctx) => {
  const met = ctx.attainment?.met ?? null
  if (met === null) return undecided(ctx.why ?? 'needs-judgement')
  if (met) return scored('MET', ctx.weight, true, sideDetails(ctx))
  const share = rule.late ?? ctx.policy.late
  return scored('DEADLINE_LATE', ctx.weight.times(share), false, { ...sideDetails(ctx), share })
}
