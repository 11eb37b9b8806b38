/**
 * The error of the frameworks: an input a framework cannot place (an unknown common indicator, a figure missing or not a
 * number, a zero denominator, a layout's weights missing).
 *
 * @module
 */
import { JixiaoError, type Issue } from '../errors.js'
import type { FrameworkErrorCode } from '../messages/framework-details.js'
import type { FrameworkIssue } from './issues.js'

/**
 * Thrown by `projectSelfEvaluation` and `departmentOverall` when the framework's own input cannot be placed, with every
 * issue found (code, path into the framework's input, details, zh and en). What the indicator tree refuses once the
 * framework has placed the input is the tree's `EvaluationError`.
 *
 * `code` is narrowed to the frameworks' codes; `frameworkIssues` holds the same objects as `issues`, typed by them.
 *
 * @example
 * ```ts
 * import { departmentOverall, FrameworkError } from 'jixiao'
 * try { departmentOverall({ common: [{ key: 'staffRate', weight: 5 }] }) } catch (e) { console.log(e instanceof FrameworkError, (e as FrameworkError).frameworkIssues[0].code) }
 * //=> true 'FRAMEWORK_INDICATOR_UNKNOWN'
 * ```
 */
export class FrameworkError extends JixiaoError {
  /** Code of the first issue: one of the frameworks'. */
  declare readonly code: FrameworkErrorCode

  /** Every issue found, typed by the frameworks' codes (the same objects as `issues`). */
  readonly frameworkIssues: readonly FrameworkIssue[]

  /** @param issues - every issue found. */
  constructor(issues: readonly [FrameworkIssue, ...FrameworkIssue[]]) {
    // a framework issue has the shape of an Issue (code, details, severity, path, zh, en); its code is the frameworks'
    super(issues as unknown as readonly [Issue, ...Issue[]])
    this.name = 'FrameworkError'
    this.frameworkIssues = this.issues as unknown as readonly FrameworkIssue[]
  }
}
