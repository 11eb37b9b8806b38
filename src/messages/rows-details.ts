/**
 * What each code of a spreadsheet's import carries: the typed `details` of the issues `evaluationFromRows` raises about the
 * rows themselves (their shape, their columns, their cells). Their texts live with the tree's, in `evaluation-zh.ts` and
 * `evaluation-en.ts`.
 *
 * @module
 */

/**
 * A field an imported row can fill: the key of a header in `ROW_HEADERS`.
 *
 * @example
 * ```ts
 * const field: RowField = 'target'
 * ```
 */
export type RowField =
  | 'level1'
  | 'level2'
  | 'level3'
  | 'target'
  | 'actual'
  | 'weight'
  | 'score'
  | 'deviation'
  | 'improvement'
  | 'nature'
  | 'direction'
  | 'unit'
  | 'category'
  | 'criteria'
  | 'note'
  | 'initial'
  | 'adjusted'
  | 'executed'
  | 'rate'

/**
 * The details of `ROWS_COLUMN_MISSING` (no header for a column the import needs) and `ROWS_COLUMN_DUPLICATE` (two
 * headers for one column: the first is read).
 *
 * @example
 * ```ts
 * const d: RowsColumnDetails = { field: 'level3', headers: ['序号', '指标', '分值'] }
 * ```
 */
export interface RowsColumnDetails {
  /** The column. */
  readonly field: RowField
  /** The headers found (for a missing column) or the headers that match (for a duplicate). */
  readonly headers: readonly string[]
}

/**
 * The details of `ROWS_INVALID`: the rows are not a list of objects.
 *
 * @example
 * ```ts
 * const d: RowsInvalidDetails = { reason: 'not-an-array', received: 'string' }
 * ```
 */
export interface RowsInvalidDetails {
  /** What is wrong. */
  readonly reason: 'not-an-array' | 'not-an-object' | 'no-indicators'
  /** The JS type received. */
  readonly received: string
}

/**
 * The details of `ROW_IGNORED`: a row with text in it that the import could not place (no indicator, not a budget line,
 * not a total); its cells are kept in the warning.
 *
 * @example
 * ```ts
 * const d: RowIgnoredDetails = { cells: ['备注', '以上数据为预估'] }
 * ```
 */
export interface RowIgnoredDetails {
  /** The non-empty cells of the row, as text. */
  readonly cells: readonly string[]
}

/**
 * The details of `CELL_ERROR`: a cell holding a spreadsheet's error value.
 *
 * @example
 * ```ts
 * const d: CellErrorDetails = { value: '#REF!' }
 * ```
 */
export interface CellErrorDetails {
  /** The error value. */
  readonly value: string
}

/**
 * The details of `LABEL_REPEATED`: a group's label seen again after other groups, in a sheet whose labels are merged
 * cells (a sheet that repeats its labels on every row joins them without a word).
 *
 * @example
 * ```ts
 * const d: LabelRepeatedDetails = { name: '产出指标', level: 1, first: 2 }
 * ```
 */
export interface LabelRepeatedDetails {
  /** The label. */
  readonly name: string
  /** The level of the group. */
  readonly level: 1 | 2
  /** The sheet row where the label first stood. */
  readonly first: number
}

/**
 * The details of `COLUMNS_UNREAD`: columns with text in them that no field of the import reads (项目名称, 备注 …): the
 * text is not in the Evaluation.
 *
 * @example
 * ```ts
 * const d: ColumnsUnreadDetails = { headers: ['项目名称', '备注'] }
 * ```
 */
export interface ColumnsUnreadDetails {
  /** The headers. */
  readonly headers: readonly string[]
}

/**
 * The typed details of every code about a sheet's rows.
 *
 * @example
 * ```ts
 * const d: RowsIssueDetailsByCode['ROW_IGNORED'] = { cells: ['备注', '以上数据为预估'] }
 * ```
 */
export interface RowsIssueDetailsByCode {
  /** A cell that holds a spreadsheet's error value (#REF!, #DIV/0! …) or no value (NaN): it is read as empty. */
  readonly CELL_ERROR: CellErrorDetails
  /** The rows lack a column the import needs. */
  readonly ROWS_COLUMN_MISSING: RowsColumnDetails
  /** Two headers name one column and hold different text; the first filled is read (warning). */
  readonly ROWS_COLUMN_DUPLICATE: RowsColumnDetails
  /** The rows are not a list of objects. */
  readonly ROWS_INVALID: RowsInvalidDetails
  /** A row with text that could not be placed (warning). */
  readonly ROW_IGNORED: RowIgnoredDetails
  /** A group's label seen again after other groups (warning; read as a group of its own). */
  readonly LABEL_REPEATED: LabelRepeatedDetails
  /** Columns with text that no field reads (warning). */
  readonly COLUMNS_UNREAD: ColumnsUnreadDetails
}
