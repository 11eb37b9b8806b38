/**
 * `reverse-linear` (逆向, a provincial 财政 system's rule): met → W; not met → W × (1 − (A − T) ÷ T), reaching 0 at A = 2T.
 * A higher-is-better target is scored as `proportional`.
 *
 * @module
 */
import { ratioScore } from './ratio.js'
import type { RuleFunction } from './rule.js'

/** @internal The rule. */
export const reverseLinear: RuleFunction = (_rule, ctx) => ratioScore(ctx, 'REVERSE_LINEAR')
