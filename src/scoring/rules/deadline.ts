/**
 * `deadline` (时效): met → W; late or not done → the rule's `late` share of W, or the policy's (default 0, explained).
 * A share of the work done by the deadline ("完成80%") is not done on time. Source: 时效指标 of 财预〔2020〕10号's 项目支出绩效
 * 自评表 (完成及时性); the share a late deadline keeps is not set nationally, so it is the policy's `lateDeadline` (0 by default).
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
