/**
 * A spreadsheet round trip: read a 绩效自评表 from an .xlsx with exceljs, import its rows with `evaluationFromRows`,
 * score it, and write the scored table back as an .xlsx with the merged cells a printed table has.
 *
 * Run it with `npx tsx examples/spreadsheet.ts [in.xlsx] [out.xlsx] [--places=N]`. Without an input it reads
 * test/fixtures/xlsx/hebei-langfang-spgcxx-nuantong-2019-self.xlsx (a published table, cited in that folder's
 * README) and scores it in whole points, as that table was scored; the output goes under the system's temp folder
 * unless named. exceljs is a devDependency of this project: the library itself writes no file.
 *
 * The functions are exported for test/spreadsheet-round-trip.test.ts.
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import ExcelJS from 'exceljs'
import {
  definePolicy,
  evaluationFromRows,
  policies,
  reportRows,
  ROW_HEADERS,
  scoreEvaluation,
  type Evaluation,
  type EvaluationFromRowsOptions,
  type EvaluationInput,
  type Policy,
  type ReportRows,
  type ScoreReport,
} from '../src/index.js'

/** The fixture read when no input is given. */
export const FIXTURE = fileURLToPath(new URL('../test/fixtures/xlsx/hebei-langfang-spgcxx-nuantong-2019-self.xlsx', import.meta.url))

/** A cell as a sheet row's object holds it: the text shown, or a number. */
export type CellText = string | number

/** A sheet read into rows: the header's row number, the rows below it keyed by header, what the title lines say. */
export interface SheetRows {
  /** The sheet row of the header (1-based). */
  readonly headerRow: number
  /** The header cells, in order. */
  readonly headers: readonly string[]
  /** One object per sheet row below the header, keyed by header text; a merged cell's other cells are ''. */
  readonly rows: readonly Readonly<Record<string, CellText>>[]
  /** Kind, year, name, department and implementer, as the lines above the header give them. */
  readonly metadata: Omit<EvaluationInput, 'groups'>
}

const PERCENT_FORMAT = /^0(?:\.(0+))?%$/
const DECIMAL = /^-?\d+(?:\.\d+)?$/

/** An exceljs cell value as its text or number (rich text, hyperlinks and formula results to what the cell shows). */
function valueOf(value: ExcelJS.CellValue, numFmt: string | undefined): CellText {
  if (value === null || value === undefined) return ''
  if (typeof value === 'number') {
    // a percentage cell stores the fraction (0.86) and shows "86%": pass what it shows, its unit included
    const p = numFmt === undefined ? null : PERCENT_FORMAT.exec(numFmt)
    // (to 15 significant digits first, as a spreadsheet does: 0.145 shows 15%, not the 14% of 14.499999999999998)
    return p === null ? value : `${Number((value * 100).toPrecision(15)).toFixed(p[1]?.length ?? 0)}%`
  }
  if (typeof value === 'string') return value
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE'
  if (value instanceof Date) return value.toISOString().slice(0, 10)
  if ('richText' in value) return value.richText.map((r) => r.text).join('')
  if ('error' in value) return value.error
  if ('hyperlink' in value) return value.text
  if ('formula' in value || 'sharedFormula' in value) return value.result === undefined ? '' : valueOf(value.result, numFmt)
  return ''
}

/**
 * One cell as a spreadsheet app shows it. exceljs gives every cell of a merged block the master's value (its `value`
 * and `text` getters read through to the master), so the other cells of a merge are read here as blank, as an app
 * shows them; numbers stay numbers, except a percentage cell, whose value has lost its unit.
 */
export function cellText(cell: ExcelJS.Cell): CellText {
  if (cell.isMerged && cell.master.address !== cell.address) return ''
  return valueOf(cell.value, cell.numFmt)
}

const fold = (s: string): string => s.replace(/\s+/g, '')
const LEVEL3_WORDS = new Set(ROW_HEADERS.level3.map(fold))
const TARGET_WORDS = new Set(ROW_HEADERS.target.map(fold))

/** The metadata the title lines give: 项目支出 or 部门整体支出, the year, and the 项目名称 / 主管部门 / 实施单位 cells. */
function metadataOf(lines: readonly (readonly CellText[])[]): Omit<EvaluationInput, 'groups'> {
  const text = lines.map((l) => l.join(' ')).join('\n')
  const year = /((?:19|20)\d{2})\s*年/.exec(text)?.[1]
  const after = (label: string): string | undefined => {
    for (const line of lines) {
      const at = line.findIndex((c) => typeof c === 'string' && fold(c) === label)
      const value = at < 0 ? undefined : line.slice(at + 1).find((c) => c !== '')
      if (value !== undefined) return String(value)
    }
    return undefined
  }
  const name = after('项目名称')
  const department = after('主管部门')
  const implementer = after('实施单位')
  return {
    kind: text.includes('部门整体') ? '部门整体支出' : '项目支出',
    ...(year === undefined ? {} : { year: Number(year) }),
    ...(name === undefined ? {} : { name }),
    ...(department === undefined ? {} : { department }),
    ...(implementer === undefined ? {} : { implementer }),
  }
}

/** A worksheet's rows: the header is the first row with a level-3 and a target header; every row below it is one object. */
export function sheetRows(sheet: ExcelJS.Worksheet): SheetRows {
  const width = sheet.columnCount
  const line = (n: number): CellText[] => Array.from({ length: width }, (_, j) => cellText(sheet.getCell(n, j + 1)))
  let headerRow = 0
  for (let n = 1; n <= sheet.rowCount && headerRow === 0; n++) {
    const words = line(n).map((c) => fold(String(c)))
    if (words.some((w) => LEVEL3_WORDS.has(w)) && words.some((w) => TARGET_WORDS.has(w))) headerRow = n
  }
  if (headerRow === 0) throw new Error(`no header row (三级指标 and 年度指标值) in sheet "${sheet.name}"`)
  const header = line(headerRow).map((c) => String(c).trim())
  const rows: Record<string, CellText>[] = []
  for (let n = headerRow + 1; n <= sheet.rowCount; n++) {
    const cells = line(n)
    const row: Record<string, CellText> = {}
    header.forEach((h, j) => {
      if (h !== '') row[h] = cells[j] ?? ''
    })
    rows.push(row)
  }
  const above = Array.from({ length: headerRow - 1 }, (_, i) => line(i + 1))
  return { headerRow, headers: header.filter((h) => h !== ''), rows, metadata: metadataOf(above) }
}

/** The first worksheet of an .xlsx file, read. */
export async function readWorkbook(path: string): Promise<SheetRows> {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.readFile(path)
  const sheet = wb.worksheets[0]
  if (sheet === undefined) throw new Error(`${path} has no worksheet`)
  return sheetRows(sheet)
}

/** The import options of a sheet read by {@link sheetRows}: its first data row, its metadata, and yours. */
export function importOptions(sheet: SheetRows, more: EvaluationFromRowsOptions = {}): EvaluationFromRowsOptions {
  return { ...more, firstRow: sheet.headerRow + 1, metadata: { ...sheet.metadata, ...(more.metadata ?? {}) } }
}

/** The sheet's evaluation and its score. */
export function scoreSheet(sheet: SheetRows, policy?: Policy, more?: EvaluationFromRowsOptions): { evaluation: Evaluation; report: ScoreReport } {
  const evaluation = evaluationFromRows(sheet.rows, importOptions(sheet, more))
  return { evaluation, report: policy === undefined ? scoreEvaluation(evaluation) : scoreEvaluation(evaluation, policy) }
}

/** A policy that rounds each score to `places` decimals (the default policy rounds to 2). */
export function roundingTo(places: number): Policy {
  return places === 2 ? policies.mof2020 : definePolicy(policies.mof2020, { name: `mof2020, ${places} places`, rounding: { places } })
}

/** Columns as wide as their longest cell, a CJK character counting two, within 6 and 48. */
function widthOf(cells: readonly string[]): number {
  const w = (s: string): number => Math.max(0, ...s.split('\n').map((l) => [...l].reduce((n, ch) => n + ((ch.codePointAt(0) ?? 0) >= 0x2e80 ? 2 : 1), 0)))
  return Math.min(48, Math.max(6, ...cells.map(w)) + 2)
}

/**
 * A workbook of `reportRows`: one sheet, the header bold, a numeric column's decimal cells written as numbers (others,
 * 待定 or 不适用, as text), every cell else as plain text (a name that begins with "=" is text, never a formula), the
 * merged blocks applied.
 */
export function reportWorkbook(table: ReportRows, sheetName = '自评得分'): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook()
  wb.creator = 'jixiao examples/spreadsheet.ts'
  const sheet = wb.addWorksheet(sheetName)
  table.rows.forEach((cells, i) => {
    const row = sheet.getRow(i + 1)
    cells.forEach((text, j) => {
      const cell = row.getCell(j + 1)
      const numeric = i > 0 && table.columns[j]?.numeric === true && DECIMAL.test(text) && String(Number(text)) === text
      // a string is always a string cell: exceljs writes a formula only from { formula }, so "=HYPERLINK(…)" stays text
      cell.value = numeric ? Number(text) : text === '' ? null : text
      cell.alignment = { vertical: 'middle', wrapText: true, ...(numeric ? { horizontal: 'right' } : {}) }
    })
    if (i === 0) row.font = { bold: true }
  })
  sheet.getRow(table.rows.length).font = { bold: true }
  for (const m of table.merges) sheet.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1)
  table.columns.forEach((_, j) => {
    sheet.getColumn(j + 1).width = widthOf(table.rows.map((r) => r[j] ?? ''))
  })
  sheet.views = [{ state: 'frozen', ySplit: 1 }]
  return wb
}

/** Write the scored table of a report to `path`. */
export async function writeReport(report: ScoreReport, path: string): Promise<ReportRows> {
  const table = reportRows(report, { printed: true })
  await reportWorkbook(table).xlsx.writeFile(path)
  return table
}

/** Read, score, write; returns what it printed. */
export async function main(argv: readonly string[]): Promise<string[]> {
  const places = argv.find((a) => a.startsWith('--places='))
  const [input, output] = argv.filter((a) => !a.startsWith('--'))
  const from = input ?? FIXTURE
  // the 廊坊 table printed whole points (执行率 86.2% → 9 of 10); another table gets the default, 2 places
  const policy = roundingTo(places !== undefined ? Number(places.slice('--places='.length)) : input === undefined ? 0 : 2)
  const to = output ?? join(mkdtempSync(join(tmpdir(), 'jixiao-')), 'scored.xlsx')
  const sheet = await readWorkbook(from)
  const { evaluation, report } = scoreSheet(sheet, policy, { weightMismatch: 'warning', missingTarget: 'warning' })
  await writeReport(report, to)
  const lines = [
    `read    ${from} (header on row ${sheet.headerRow}, ${sheet.rows.length} rows)`,
    `table   ${evaluation.name ?? '(no name)'} · ${sheet.metadata.kind ?? ''} ${sheet.metadata.year ?? ''}`,
    `total   ${report.score.toFixed()} / ${report.weight.toFixed()}${report.scaled === undefined ? '' : `（按百分制 ${report.scaled.toFixed()}）`} · grade ${report.grade?.grade ?? '—'} · ${report.policy}`,
    ...report.findings.map((f) => `finding ${f.code}${f.row === undefined ? '' : ` row ${f.row}`}: ${f.zh}`),
    `wrote   ${to}`,
  ]
  for (const l of lines) console.log(l)
  return lines
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main(process.argv.slice(2))
}
