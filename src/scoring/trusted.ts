/**
 * @internal Which reports this library made: `scoreEvaluation` marks each one, so a renderer trusts its Decimals and
 * frozen shape without checking them again, and refuses anything else with a coded error.
 *
 * @module
 */
import type { ScoreReport } from './types.js'

const MADE = /*@__PURE__*/ new WeakSet<object>()

/** @internal Mark a report as made by `scoreEvaluation`. */
export function markReport(report: ScoreReport): ScoreReport {
  MADE.add(report)
  return report
}

/** @internal True for a report that `scoreEvaluation` made. */
export function isScoreReport(value: unknown): value is ScoreReport {
  return typeof value === 'object' && value !== null && MADE.has(value)
}
