/**
 * `evaluationFromRows` and `safeEvaluationFromRows`: an Evaluation from a spreadsheet's rows, as any spreadsheet or CSV
 * reader returns them (objects keyed by header). Merged cells arrive blank and are filled down; headers are matched by
 * their usual names; the comparator, number and unit of split cells are joined; the budget section becomes the
 * budget-execution line; a total row gives the declared total and the printed total. Every issue names its sheet row and
 * its column.
 *
 * @module
 */
import { makeIssue, withoutStack, type Issue } from '../../errors.js'
import { EvaluationError } from '../evaluation-error.js'
import type { RowField } from '../../messages/evaluation-details.js'
import type { SafeResult } from '../../result.js'
import { build, type DefineEvaluationOptions } from '../define-evaluation.js'
import type { EvaluationInput, Level1Input } from '../input.js'
import { reissue, treeIssue } from '../issues.js'
import type { Evaluation } from '../types.js'
import { own } from '../../own.js'
import { plainCopy } from '../plain-copy.js'
import { received } from '../received.js'
import { ROW_HEADERS } from '../lexicon/headers.js'
import { matchColumns } from './headers.js'
import { readRows } from './read-rows.js'
import { MAX_ROWS, snapshotRows } from './snapshot.js'

/**
 * Options of {@link evaluationFromRows}: those of `defineEvaluation`, and how to read the sheet.
 *
 * @example
 * ```ts
 * const options: EvaluationFromRowsOptions = { firstRow: 4, headers: { target: ['考核指标值'] }, metadata: { kind: '项目支出', year: 2022 } }
 * ```
 */
export interface EvaluationFromRowsOptions extends DefineEvaluationOptions {
  /** More header words per field (`ROW_HEADERS` lists the library's); the caller's are matched first. */
  readonly headers?: Partial<Readonly<Record<RowField, readonly string[]>>>
  /** The sheet row of the first data row (default 2: the header is row 1); set it when title lines stand above the header. */
  readonly firstRow?: number
  /** The evaluation's metadata (name, kind, year, goals, budget, total …): what the rows do not hold. */
  readonly metadata?: Omit<EvaluationInput, 'groups'>
}

/** The rows, checked and read: the input of `defineEvaluation`, where each node sits in the sheet, and the rows' own issues. */
function fromRows(rows: unknown, given: EvaluationFromRowsOptions): { evaluation: Evaluation } | { issues: readonly [Issue, ...Issue[]] } {
  if (!Array.isArray(rows)) return { issues: [treeIssue('ROWS_INVALID', { reason: 'not-an-array', received: received(rows) }, { path: [] }) as Issue] }
  // the options' own fields, read once (a getter that throws is an issue, not the host's exception)
  const copied = given === undefined ? { ok: true as const, value: undefined } : plainCopy(given, MAX_ROWS)
  if (!copied.ok) return { issues: [treeIssue('EVALUATION_INPUT_INVALID', { reason: 'unreadable' }, { path: ['options'] }) as Issue] }
  return readSheet(rows, copied.value as EvaluationFromRowsOptions)
}

function readSheet(rows: readonly unknown[], options: EvaluationFromRowsOptions): { evaluation: Evaluation } | { issues: readonly [Issue, ...Issue[]] } {
  const given = own(options, 'firstRow')
  if (given !== undefined && !(typeof given === 'number' && Number.isInteger(given) && given > 0)) {
    return { issues: [reissue(makeIssue('OPTION_INVALID', { option: 'firstRow', value: String(given), expected: 'integer' }, { path: ['firstRow'] }) as Issue, { path: ['firstRow'] })] }
  }
  const firstRow = given ?? 2
  const extra = own(options, 'headers')
  if (extra !== undefined) {
    const fields = Object.keys(ROW_HEADERS)
    const bad = typeof extra !== 'object' || extra === null ? 'headers' : Object.keys(extra).find((k) => !fields.includes(k) || !Array.isArray((extra as Record<string, unknown>)[k]) || !((extra as Record<string, unknown[]>)[k] ?? []).every((w) => typeof w === 'string'))
    if (bad !== undefined) {
      return { issues: [reissue(makeIssue('OPTION_INVALID', bad === 'headers' ? { option: 'headers', value: received(extra), expected: 'one-of', allowed: ['{ field: string[] }'] } : fields.includes(bad) ? { option: `headers.${bad}`, value: received((extra as Record<string, unknown>)[bad]), expected: 'one-of', allowed: ['string[]'] } : { option: 'headers', value: bad, expected: 'one-of', allowed: fields }, { path: ['headers'] }) as Issue, { path: ['headers'] })] }
    }
  }
  const snapshot = snapshotRows(rows)
  if (!snapshot.ok) {
    const { index, received } = snapshot
    const issue = received === 'too-large'
      ? treeIssue('EVALUATION_INPUT_INVALID', { reason: 'too-large', expected: String(MAX_ROWS) }, { path: [] })
      : received === 'unreadable'
      ? treeIssue('EVALUATION_INPUT_INVALID', { reason: 'unreadable' }, { path: [index], row: firstRow + index })
      : treeIssue('ROWS_INVALID', { reason: 'not-an-object', received }, { path: [index], row: firstRow + index })
    return { issues: [issue as Issue] }
  }
  const headers = snapshot.headers
  const columns = matchColumns(headers, own(options, 'headers'))
  // a department table scored by its 评分标准 may have no target column
  const missing = (columns.field.criteria === undefined ? (['level3', 'target'] as const) : (['level3'] as const)).filter((f) => columns.field[f] === undefined)
  if (missing.length > 0) return { issues: missing.map((field) => treeIssue('ROWS_COLUMN_MISSING', { field, headers }, { path: [] }) as Issue) as [Issue, ...Issue[]] }
  const reading = readRows(snapshot.rows, headers, columns, firstRow)
  const warnings = reading.issues
  if (!reading.groups.some((g) => g.children.some((s) => s.children.length > 0))) {
    return { issues: [treeIssue('ROWS_INVALID', { reason: 'no-indicators', received: 'array' }, { path: [] }) as Issue, ...warnings] }
  }
  const metadata = own(options, 'metadata') ?? {}
  if (typeof metadata !== 'object' || metadata === null || Array.isArray(metadata)) {
    return { issues: [reissue(makeIssue('OPTION_INVALID', { option: 'metadata', value: received(metadata), expected: 'one-of', allowed: ['object'] }, { path: ['metadata'] }) as Issue, { path: ['metadata'] })] }
  }
  const budget = reading.budget === undefined ? own(metadata, 'budget') : { ...(own(metadata, 'budget') ?? {}), ...reading.budget }
  const input: EvaluationInput = {
    ...metadata,
    ...(budget === undefined ? {} : { budget }),
    ...(reading.total === undefined ? {} : { total: reading.total }),
    ...(reading.printedTotal === undefined ? {} : { printedTotal: reading.printedTotal }),
    groups: reading.groups as Level1Input[],
  }
  return build(input, options, reading.places, warnings)
}

/**
 * Build an Evaluation from a spreadsheet's rows (objects keyed by header, as exceljs, SheetJS or a CSV reader return them).
 *
 * Merged cells arrive blank and are filled down (一级指标, 二级指标). Headers are matched by their usual names
 * (`ROW_HEADERS`; add your own with `headers`). Split cells are joined: a comparator column (指标性质 "≥") goes before
 * the value, a unit column (计量单位 "%") after a number written without one, and an actual without a unit takes it. The
 * budget section (年初预算数, 全年预算数, 全年执行数, 执行率, 分值, 得分, "(万元)" or not) becomes the budget-execution
 * line; a 总分 / 合计 row gives the declared total and the printed total; 小计 rows give printed subtotals. Pass the text
 * cells show (exceljs `cell.text`): a percentage cell's value (0.9 for "90%") has lost its unit.
 *
 * @param rows - the rows below the header.
 * @param options - header words, the sheet row of the first data row, metadata, and the options of `defineEvaluation`.
 * @returns the frozen {@link Evaluation}; its nodes carry their sheet `row`.
 * @throws {@link EvaluationError} listing every issue, each with its sheet row and column (the header is row 1, so the
 *   first data row is row 2 unless `firstRow` says otherwise).
 * @example
 * ```ts
 * const rows = [
 *   { 一级指标: '产出指标', 二级指标: '数量指标', 三级指标: '培训人次', 指标性质: '≥', 指标值: '500', 计量单位: '人次', 分值: '10' },
 *   { 一级指标: '', 二级指标: '质量指标', 三级指标: '培训合格率', 指标性质: '≥', 指标值: '90', 计量单位: '%', 分值: '10' },
 * ]
 * const e = evaluationFromRows(rows)
 * e.groups[0].children[1].children[0].target?.source
 * //=> '≥90%'
 * e.groups[0].weight?.toString()
 * //=> '20'
 * ```
 */
export function evaluationFromRows(rows: readonly object[], options: EvaluationFromRowsOptions = {}): Evaluation {
  const built = fromRows(rows, options)
  if ('issues' in built) throw new EvaluationError(built.issues)
  return built.evaluation
}

/**
 * Like {@link evaluationFromRows}, but never throws: returns a result.
 *
 * @param rows - the rows below the header.
 * @param options - as for {@link evaluationFromRows}.
 * @returns `{ success: true, data }` or `{ success: false, error }` with every issue, each naming its row and column.
 * @example
 * ```ts
 * const r = safeEvaluationFromRows([{ 一级指标: '履职效能', 二级指标: '任务6', 三级指标: '法律顾问配备完成率', 年度指标值: '' }])
 * !r.success && [r.error.issues[0].code, r.error.issues[0].row, r.error.issues[0].column]
 * //=> ['TARGET_MISSING', 2, '年度指标值']
 * ```
 */
export function safeEvaluationFromRows(rows: readonly object[], options: EvaluationFromRowsOptions = {}): SafeResult<Evaluation, EvaluationError> {
  const built = fromRows(rows, options)
  return 'issues' in built ? { success: false, error: withoutStack(() => new EvaluationError(built.issues)) } : { success: true, data: built.evaluation }
}
