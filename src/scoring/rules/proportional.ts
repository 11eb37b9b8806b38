/**
 * `proportional` (正向): met → W; not met → W × A ÷ T ("未完成指标值的，按照完成值与指标值的比例记分", 财预〔2020〕10号 附件
 * 评分说明); A = 0 → 0. Applied to a lower-is-better target it scores W × T ÷ A, as `reverse-ratio` does.
 *
 * @module
 */
import { ratioScore } from './ratio.js'
import type { RuleFunction } from './rule.js'

/** @internal The rule. */
export const proportional: RuleFunction = (_rule, ctx) => ratioScore(ctx)
