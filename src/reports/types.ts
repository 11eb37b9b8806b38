/**
 * The options and results of the renderers.
 *
 * @module
 */
import type { Locale } from '../messages/locale.js'

/**
 * A format of `renderReport`: `markdown`, `text` (aligned for terminals and logs, CJK characters counted two columns),
 * `html` (one self-contained document, printable on A4) or `svg` (a chart of scores against weights and of the points
 * lost).
 *
 * @example
 * ```ts
 * const f: ReportFormat = 'html'
 * ```
 */
export type ReportFormat = 'markdown' | 'text' | 'html' | 'svg'

/**
 * Options of `renderReport`.
 *
 * @example
 * ```ts
 * const o: RenderReportOptions = { format: 'text', locale: 'en' }
 * ```
 */
export interface RenderReportOptions {
  /** The format. */
  readonly format: ReportFormat
  /** The language of the labels, the sentence and the explanations: `zh-CN` (default), `zh` or `en`. Names and targets stay as written. */
  readonly locale?: Locale
  /** A title instead of the one made from the evaluation's year and name. */
  readonly title?: string
}

/**
 * A column of the 自评表 layout of `reportRows`.
 *
 * @example
 * ```ts
 * const c: ReportColumn = { key: 'score', title: '得分', numeric: true }
 * ```
 */
export interface ReportColumn {
  /** A stable key. */
  readonly key: ReportColumnKey
  /** The title in the locale asked for. */
  readonly title: string
  /** True for 分值 and 得分: a cell of this column that reads as a number is one (others, such as 待定, are words). */
  readonly numeric: boolean
}

/**
 * The keys of the columns of `reportRows`, in their order: 一级指标, 二级指标, 三级指标, 年度指标值, 实际完成值, 分值, 得分,
 * 偏差原因, and, when asked for, 填报得分 and 计分说明.
 *
 * @example
 * ```ts
 * const k: ReportColumnKey = 'deviation'
 * ```
 */
export type ReportColumnKey = 'level1' | 'level2' | 'level3' | 'target' | 'actual' | 'weight' | 'score' | 'deviation' | 'printed' | 'explanation'

/**
 * A block of merged cells, 0-based and inclusive, in the coordinates of `ReportRows.rows` (row 0 is the header).
 * A writer that counts from 1 adds 1 to each (exceljs: `sheet.mergeCells(top + 1, left + 1, bottom + 1, right + 1)`).
 *
 * @example
 * ```ts
 * const m: CellRange = { top: 1, left: 0, bottom: 28, right: 0 }
 * ```
 */
export interface CellRange {
  /** The first row. */
  readonly top: number
  /** The first column. */
  readonly left: number
  /** The last row. */
  readonly bottom: number
  /** The last column. */
  readonly right: number
}

/**
 * The standard 自评表 layout of a report, for any spreadsheet writer: the columns, the rows as text (the header first, one
 * row per indicator, the total last; numbers written exactly, as the report holds them), and the merged cells (a level-1
 * or level-2 name over the rows of its indicators, the total's label over the text columns).
 *
 * @example
 * ```ts
 * const size = (t: ReportRows): string => `${t.rows.length}×${t.columns.length}`
 * ```
 */
export interface ReportRows {
  /** The columns, in order. */
  readonly columns: readonly ReportColumn[]
  /** The rows: `rows[0]` is the header; every row has one cell per column ('' for an empty or merged cell). */
  readonly rows: readonly (readonly string[])[]
  /** The merged blocks. */
  readonly merges: readonly CellRange[]
}

/**
 * Options of `reportRows`.
 *
 * @example
 * ```ts
 * const o: ReportRowsOptions = { locale: 'en', printed: true, explanation: true }
 * ```
 */
export interface ReportRowsOptions {
  /** The language of the titles and of the words in cells (待定, 合计): `zh-CN` (default), `zh` or `en`. */
  readonly locale?: Locale
  /** Add the column 填报得分 (the filled table's own score). */
  readonly printed?: boolean
  /** Add the column 计分说明 (each score's explanation). */
  readonly explanation?: boolean
}
