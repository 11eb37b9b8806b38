/**
 * Evaluations this library built: `defineEvaluation` and `evaluationFromRows` mark what they return, so the scoring
 * engine reads a marked tree without checking it again, and refuses anything else with a coded error.
 *
 * @module
 */
import type { Evaluation } from './types.js'

const BUILT = /*@__PURE__*/ new WeakSet<object>()

/** @internal Mark an evaluation as built here. */
export function markEvaluation(evaluation: Evaluation): Evaluation {
  BUILT.add(evaluation)
  return evaluation
}

/** @internal Was `value` built by `defineEvaluation` or `evaluationFromRows`? */
export function isBuiltEvaluation(value: unknown): value is Evaluation {
  return typeof value === 'object' && value !== null && BUILT.has(value)
}
