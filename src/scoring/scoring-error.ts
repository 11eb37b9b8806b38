/**
 * The error of scoring: an input that is not an Evaluation, an evaluation without weights, a policy that is not valid,
 * a rule that fails, a judgement that cannot hold.
 *
 * @module
 */
import { JixiaoError, type Issue } from '../errors.js'
import type { ScoringErrorCode } from '../messages/scoring-details.js'

/**
 * Thrown by `scoreEvaluation`, `definePolicy` and `parsePolicy`, with every issue found (code, path, details, zh and en).
 *
 * @example
 * ```ts
 * import { definePolicy, policies, ScoringError } from 'jixiao'
 * try { definePolicy(policies.mof2020, { tolerance: 2 }) } catch (e) { console.log(e instanceof ScoringError, (e as ScoringError).code) }
 * //=> true 'POLICY_INVALID'
 * ```
 */
export class ScoringError extends JixiaoError {
  /** Code of the first issue: one of scoring's. */
  declare readonly code: ScoringErrorCode

  /** @param issues - every issue found. */
  constructor(issues: readonly [Issue, ...Issue[]]) {
    super(issues)
    this.name = 'ScoringError'
  }
}
