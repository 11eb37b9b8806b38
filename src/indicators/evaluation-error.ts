/**
 * The error of the indicator tree.
 *
 * @module
 */
import { JixiaoError, type Issue } from '../errors.js'

/**
 * Thrown by `defineEvaluation` and `evaluationFromRows` when an evaluation cannot be built. `issues` lists every issue
 * found at once (errors first, then the warnings found beside them), each with its path, and its row and column when the
 * input was spreadsheet rows.
 *
 * @example
 * ```ts
 * import { defineEvaluation, EvaluationError } from 'jixiao'
 * try {
 *   defineEvaluation({ groups: [{ name: '产出指标', children: [{ name: '数量指标', children: [{ name: '培训人次', weight: -5, target: '≥500人次' }] }] }] })
 * } catch (e) { console.log(e instanceof EvaluationError, e.code) }
 * //=> true 'VALUE_INVALID'
 * ```
 */
export class EvaluationError extends JixiaoError {
  /** @param issues - every issue found. */
  constructor(issues: readonly [Issue, ...Issue[]]) {
    super(issues)
    this.name = 'EvaluationError'
  }
}
