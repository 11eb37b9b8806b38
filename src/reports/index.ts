/**
 * The renderers: a report of `scoreEvaluation` as Markdown, text, HTML, SVG and spreadsheet rows. Pure strings, no I/O.
 *
 * @module
 */
export { reportRows } from './report-rows.js'
export { ReportError } from './report-error.js'
export type { CellRange, ReportColumn, ReportColumnKey, ReportFormat, ReportRows, ReportRowsOptions, RenderReportOptions } from './types.js'
export { reportMessageTable } from '../messages/report-locale.js'
export { reportZh } from '../messages/report-zh.js'
export { reportEn } from '../messages/report-en.js'
export type { ReportColumnTexts, ReportMessageTable, SummaryText } from '../messages/report-table.js'
export type { ReportErrorCode, ReportInvalidDetails, ReportIssueDetailsByCode } from '../messages/report-details.js'
export { renderReport } from './render-report.js'
