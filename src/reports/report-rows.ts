/**
 * The standard 自评表 layout of a report as rows and merged cells, for any spreadsheet writer.
 *
 * @module
 */
import type { Issue } from '../errors.js'
import type { ScoreReport } from '../scoring/types.js'
import { readFlag, readLocale, readOptions, readReport, refuse } from './read-input.js'
import type { CellRange, ReportColumn, ReportColumnKey, ReportRows, ReportRowsOptions } from './types.js'
import { viewOf, type RowView } from './view.js'

const BASE: readonly ReportColumnKey[] = ['level1', 'level2', 'level3', 'target', 'actual', 'weight', 'score', 'deviation']

function cell(r: RowView, key: ReportColumnKey): string {
  switch (key) {
    case 'level1':
      return r.first1 ? r.level1.name : ''
    case 'level2':
      return r.first2 ? r.level2.name : ''
    case 'level3':
      return r.score.name
    case 'target':
      return r.target
    case 'actual':
      return r.actual
    case 'weight':
      return r.weight
    case 'score':
      return r.points
    case 'deviation':
      return r.deviation
    case 'printed':
      return r.printed
    case 'explanation':
      return r.explanation
  }
}

/**
 * The standard 自评表 layout of a scored evaluation (一级指标 / 二级指标 / 三级指标, 年度指标值, 实际完成值, 分值, 得分,
 * 偏差原因): a header row, one row per indicator in table order, a 合计 row; and the merged cells a printed table has (each
 * level-1 and level-2 name over its indicators' rows, 合计 over the text columns). Cells are text, numbers written exactly
 * as the report holds them; the library writes no file, so any writer (exceljs, SheetJS, a CSV) can take them.
 *
 * @param report - a report of `scoreEvaluation`.
 * @param options - `locale` of the titles and words; `printed` adds 填报得分, `explanation` adds 计分说明.
 * @returns the columns, the rows (header first) and the merged blocks (0-based, inclusive).
 * @throws {ReportError} `REPORT_INVALID` for anything but a report of `scoreEvaluation`; `OPTION_INVALID` for a bad option.
 * @example
 * ```ts
 * import { defineEvaluation, scoreEvaluation } from 'jixiao'
 * const e = defineEvaluation({ groups: [{ name: '产出指标', children: [{ name: '数量指标', children: [
 *   { name: '培训人次', weight: 6, target: '≥100人次', actual: '120人次' },
 *   { name: '发放率', weight: 4, target: '100%', actual: '95%', deviation: '2户未领取' }] }] }] })
 * const t = reportRows(scoreEvaluation(e))
 * t.rows[0]
 * //=> ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因']
 * t.rows[2]
 * //=> ['', '', '发放率', '100%', '95%', '4', '3.8', '2户未领取']
 * t.rows[3]
 * //=> ['合计', '', '', '', '', '10', '9.8', '']
 * t.merges
 * //=> [{ top: 1, left: 0, bottom: 2, right: 0 }, { top: 1, left: 1, bottom: 2, right: 1 }, { top: 3, left: 0, bottom: 3, right: 4 }]
 * ```
 */
export function reportRows(report: ScoreReport, options?: ReportRowsOptions): ReportRows {
  const r = readReport(report)
  const o = readOptions(options, false)
  const issues: Issue[] = []
  const locale = readLocale(o, issues)
  const printed = readFlag(o, 'printed', issues)
  const explanation = readFlag(o, 'explanation', issues)
  refuse(issues)
  const view = viewOf(r, locale, explanation)
  const keys = [...BASE, ...(printed ? (['printed'] as const) : []), ...(explanation ? (['explanation'] as const) : [])]
  const columns: ReportColumn[] = keys.map((key) => Object.freeze({ key, title: view.t.columns[key], numeric: key === 'weight' || key === 'score' || key === 'printed' }))
  const rows: (readonly string[])[] = [Object.freeze(columns.map((c) => c.title))]
  const merges: CellRange[] = []
  const level1 = keys.indexOf('level1')
  const level2 = keys.indexOf('level2')
  for (const row of view.rows) {
    const at = rows.length
    if (row.first1 && row.span1 > 1) merges.push(Object.freeze({ top: at, left: level1, bottom: at + row.span1 - 1, right: level1 }))
    if (row.first2 && row.span2 > 1) merges.push(Object.freeze({ top: at, left: level2, bottom: at + row.span2 - 1, right: level2 }))
    rows.push(Object.freeze(keys.map((k) => cell(row, k))))
  }
  const totalAt = rows.length
  rows.push(
    Object.freeze(
      keys.map((k) => {
        if (k === 'level1') return view.t.total
        if (k === 'weight') return view.total.weight
        if (k === 'score') return view.total.points
        return ''
      }),
    ),
  )
  merges.push(Object.freeze({ top: totalAt, left: 0, bottom: totalAt, right: keys.indexOf('weight') - 1 }))
  return Object.freeze({ columns: Object.freeze(columns), rows: Object.freeze(rows), merges: Object.freeze(merges) })
}
