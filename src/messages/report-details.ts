/**
 * The codes and typed details of the reports' errors.
 *
 * @module
 */

/**
 * What `renderReport` and `reportRows` were given instead of a report of `scoreEvaluation`.
 *
 * @example
 * ```ts
 * const d: ReportInvalidDetails = { received: 'object' }
 * ```
 */
export interface ReportInvalidDetails {
  /** What was given: its type (`object`, `string`, `null` …). */
  readonly received: string
}

/**
 * The typed details of every error code of the reports.
 *
 * @example
 * ```ts
 * const d: ReportIssueDetailsByCode['REPORT_INVALID'] = { received: 'null' }
 * ```
 */
export interface ReportIssueDetailsByCode {
  /** Not a report that `scoreEvaluation` made. */
  readonly REPORT_INVALID: ReportInvalidDetails
}

/**
 * An error code of the reports (besides the core `OPTION_INVALID` for a bad option).
 *
 * @example
 * ```ts
 * const code: ReportErrorCode = 'REPORT_INVALID'
 * ```
 */
export type ReportErrorCode = keyof ReportIssueDetailsByCode
