/**
 * `reverse-ratio` (逆向, the default): met → W; not met → W × T ÷ A (published 填报说明: "反向指标…得分=权重*A/B，得分不得突破
 * 权重总额"); T = 0 and A > 0 → 0, or the policy's per-unit deduction.
 *
 * @module
 */
import { ratioScore } from './ratio.js'
import type { RuleFunction } from './rule.js'

/** @internal The rule. */
export const reverseRatio: RuleFunction = (_rule, ctx) => ratioScore(ctx, 'REVERSE_RATIO')
