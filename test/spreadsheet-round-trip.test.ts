/**
 * A real spreadsheet round trip: a published 自评表 (廊坊市食品工程学校, 2019; test/fixtures/xlsx/README.md) typed
 * into an .xlsx with merged level-1 / level-2 blocks, read with exceljs, imported with `evaluationFromRows`, scored
 * in whole points (the rounding scoring-real-tables.test.ts finds this table used), written back as a scored .xlsx
 * with `reportRows` and its merges, and that file read back and checked against the report, the fixture JSON and
 * the table's own printed 得分. The reading and writing are examples/spreadsheet.ts, which this file calls.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { FIXTURE, cellText, importOptions, main, readWorkbook, reportWorkbook, roundingTo, scoreSheet, sheetRows, writeReport, type SheetRows } from '../examples/spreadsheet.js'
import { workbookOf } from './fixtures/xlsx/make-xlsx-fixture.js'
import { evaluationFromRows, reportRows, scoreEvaluation, type EvaluationFromRowsOptions, type ReportRows, type ScoreReport } from '../src/index.js'

interface TableFixture {
  readonly source: { readonly title: string; readonly url: string; readonly year: number; readonly kind: '项目支出' | '部门整体支出' }
  readonly headerRow?: number
  readonly meta?: Readonly<Record<string, string>>
  readonly rows: readonly Readonly<Record<string, string>>[]
}

const NAME = 'hebei-langfang-spgcxx-nuantong-2019-self'
const fixture = JSON.parse(readFileSync(new URL(`./fixtures/tables/${NAME}.json`, import.meta.url), 'utf8')) as TableFixture
const POLICY = roundingTo(0)
const LENIENT: EvaluationFromRowsOptions = { weightMismatch: 'warning', missingTarget: 'warning' }
const fixtureOptions: EvaluationFromRowsOptions = {
  ...LENIENT,
  firstRow: (fixture.headerRow ?? 1) + 1,
  metadata: { kind: fixture.source.kind, year: fixture.source.year },
}

/** A1-style address of a 0-based range of `ReportRows`. */
const column = (j: number): string => (j >= 26 ? column(Math.floor(j / 26) - 1) : '') + String.fromCharCode(65 + (j % 26))
const a1 = (m: { top: number; left: number; bottom: number; right: number }): string => `${column(m.left)}${m.top + 1}:${column(m.right)}${m.bottom + 1}`
/** The merged ranges of a worksheet, as exceljs keeps them after reading a file. */
const mergesOf = (sheet: ExcelJS.Worksheet): string[] => [...sheet.model.merges].sort()
const readSheet = async (path: string): Promise<ExcelJS.Worksheet> => {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.readFile(path)
  const sheet = wb.worksheets[0]
  if (sheet === undefined) throw new Error(`no sheet in ${path}`)
  return sheet
}
/** A cell of a written report as the report wrote it: a merged block's other cells blank, a number in its decimal form. */
const shown = (cell: ExcelJS.Cell): string => String(cellText(cell))

let dir = ''
let input: SheetRows
let report: ScoreReport
let table: ReportRows
let written: ExcelJS.Worksheet
let before: unknown

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'jixiao-round-trip-'))
  input = await readWorkbook(FIXTURE)
  before = structuredClone(input.rows)
  for (const row of input.rows) Object.freeze(row)
  Object.freeze(input.rows)
  report = scoreSheet(input, POLICY, LENIENT).report
  table = await writeReport(report, join(dir, 'scored.xlsx'))
  written = await readSheet(join(dir, 'scored.xlsx'))
})

afterAll(() => {
  if (dir !== '') rmSync(dir, { recursive: true, force: true })
})

describe('the .xlsx fixture', () => {
  it('is what make-xlsx-fixture.ts makes of the fixture JSON (cells, formats and merges)', async () => {
    const committed = await readSheet(FIXTURE)
    const made = workbookOf(fixture).worksheets[0]
    if (made === undefined) throw new Error('no sheet made')
    expect(mergesOf(committed)).toEqual(mergesOf(made))
    expect([committed.rowCount, committed.columnCount]).toEqual([made.rowCount, made.columnCount])
    for (let n = 1; n <= made.rowCount; n++) {
      for (let j = 1; j <= made.columnCount; j++) {
        const [a, b] = [committed.getCell(n, j), made.getCell(n, j)]
        expect([a.address, cellText(a), a.numFmt]).toEqual([b.address, cellText(b), b.numFmt])
      }
    }
  })

  it('merges each level-1 and level-2 block, and exceljs gives a merged block\'s other cells the master\'s value', async () => {
    const sheet = await readSheet(FIXTURE)
    const merges = mergesOf(sheet)
    const header = fixture.headerRow ?? 1
    // the budget section's label stands on its first line and is merged over the four lines
    const budgetLines = fixture.rows.findIndex((r, i) => i > 0 && (r['一级指标'] ?? '') !== '')
    expect(merges).toContain(`A${header + 1}:A${header + budgetLines}`)
    const slave = sheet.getCell(header + 2, 1)
    expect(slave.isMerged).toBe(true)
    expect(slave.type).toBe(ExcelJS.ValueType.Merge)
    expect(slave.master.address).toBe(`A${header + 1}`)
    // what exceljs returns for the slave: the master's value and text (a naive reader fills every merge)…
    expect([slave.value, slave.text]).toEqual([fixture.rows[0]?.['一级指标'], fixture.rows[0]?.['一级指标']])
    // …and what an app shows, and what the rows hold: a blank
    expect(cellText(slave)).toBe('')
    // a printed percentage is a percentage cell: exceljs's text is the stored fraction, the row holds what is shown
    const rate = sheet.getRow(header).values as unknown[]
    const at = rate.indexOf('执行率')
    const cell = sheet.getCell(header + 1, at)
    expect([cell.value, cell.text, cell.numFmt, cellText(cell)]).toEqual([0.86, '0.86', '0%', fixture.rows[0]?.['执行率']])
  })

  it('reads into the rows of the fixture JSON: header on its row, blanks where merged, numbers as numbers', () => {
    expect(input.headerRow).toBe(fixture.headerRow)
    expect(input.metadata).toMatchObject({ kind: fixture.source.kind, year: fixture.source.year, name: fixture.meta?.['项目名称'], implementer: fixture.meta?.['实施单位'] })
    expect(input.rows.length).toBe(fixture.rows.length)
    fixture.rows.forEach((row, i) => {
      const got = input.rows[i] ?? {}
      for (const key of input.headers) {
        const printed = row[key] ?? ''
        expect({ row: i, key, value: String(got[key] ?? '') }).toEqual({ row: i, key, value: printed })
        if (/^-?\d+(\.\d+)?$/.test(printed)) expect(typeof got[key]).toBe('number')
      }
    })
  })
})

describe('import and score', () => {
  it('scores the sheet exactly as the fixture JSON scores', () => {
    const fromJson = scoreEvaluation(evaluationFromRows(fixture.rows, fixtureOptions), POLICY)
    expect(reportRows(report, { printed: true, explanation: true })).toEqual(reportRows(fromJson, { printed: true, explanation: true }))
    expect(report.score.toFixed()).toBe(fromJson.score.toFixed())
    expect(report.findings.map((f) => [f.code, f.row])).toEqual(fromJson.findings.map((f) => [f.code, f.row]))
  })

  it('reproduces every printed 得分 of the source, row by row', () => {
    const header = fixture.headerRow ?? 1
    const printed = fixture.rows.map((r, i) => [header + 1 + i, r['得分'] ?? ''] as const).filter(([, s]) => s !== '')
    expect(printed.length).toBeGreaterThan(0)
    for (const [row, score] of printed) {
      const s = report.indicators.find((i) => i.row === row)
      expect({ row, score: s?.score?.toFixed() }).toEqual({ row, score })
    }
    expect(report.findings.filter((f) => f.code === 'PRINTED_SCORE_MISMATCH')).toEqual([])
  })

  it('leaves the rows it read as they were', () => {
    expect(input.rows).toEqual(before)
  })
})

describe('the scored .xlsx, read back', () => {
  it('has the report\'s header, bold, and columns wide enough', () => {
    const header = written.getRow(1)
    expect(table.columns.map((_, j) => shown(header.getCell(j + 1)))).toEqual(table.rows[0])
    expect(header.getCell(1).font?.bold).toBe(true)
    table.columns.forEach((c, j) => expect(written.getColumn(j + 1).width ?? 0).toBeGreaterThanOrEqual([...c.title].length * 2))
  })

  it('holds every indicator\'s name, target and score as the report has them, scores as numbers', () => {
    const col = (key: string): number => table.columns.findIndex((c) => c.key === key) + 1
    expect(written.rowCount).toBe(report.indicators.length + 2)
    report.indicators.forEach((s, i) => {
      const row = written.getRow(i + 2)
      const reportRow = table.rows[i + 1] ?? []
      expect(shown(row.getCell(col('level3')))).toBe(s.name)
      expect(shown(row.getCell(col('target')))).toBe(reportRow[col('target') - 1])
      if (s.leaf.kind === 'indicator') expect(shown(row.getCell(col('target')))).toBe(s.leaf.targetText ?? '')
      const score = row.getCell(col('score'))
      if (s.score === null) expect(typeof score.value).toBe('string')
      else expect(score.value).toBe(s.score.toNumber())
      expect(row.getCell(col('weight')).value).toBe(s.weight.toNumber())
      // every row's cells, as the report wrote them
      expect(table.columns.map((_, j) => shown(row.getCell(j + 1)))).toEqual(reportRow)
    })
  })

  it('has the report\'s merged blocks, and a merged block\'s other cells read blank', () => {
    expect(mergesOf(written)).toEqual(table.merges.map(a1).sort())
    const block = table.merges.find((m) => m.bottom > m.top)
    if (block === undefined) throw new Error('no merged block')
    expect(cellText(written.getCell(block.bottom + 1, block.left + 1))).toBe('')
    expect(cellText(written.getCell(block.top + 1, block.left + 1))).toBe(table.rows[block.top]?.[block.left])
  })

  it('ends with the total, as numbers', () => {
    const last = written.getRow(written.rowCount)
    const col = (key: string): number => table.columns.findIndex((c) => c.key === key) + 1
    expect(shown(last.getCell(1))).toBe(table.rows.at(-1)?.[0])
    expect(last.getCell(col('weight')).value).toBe(report.weight.toNumber())
    expect(last.getCell(col('score')).value).toBe(report.score.toNumber())
  })

  it('reads back through evaluationFromRows with its 得分 as the printed score: no printed score differs', () => {
    const back = sheetRows(written)
    expect(back.headerRow).toBe(1)
    const evaluation = evaluationFromRows(back.rows, importOptions(back, { ...LENIENT, metadata: { kind: fixture.source.kind, year: fixture.source.year } }))
    const audit = scoreEvaluation(evaluation, POLICY)
    expect(audit.findings.filter((f) => f.code === 'PRINTED_SCORE_MISMATCH' || f.code === 'PRINTED_TOTAL_MISMATCH')).toEqual([])
    const printed = audit.indicators.map((s) => s.printed?.toFixed())
    expect(printed).toEqual(report.indicators.map((s) => s.score?.toFixed()))
    expect(evaluation.printedTotal?.toFixed()).toBe(report.score.toFixed())
    // the scored layout prints the budget line as 预算执行率 with its rate and no target (全年预算数 and 全年执行数 are not
    // in it): read back it is an indicator a person must judge, its printed score kept, not the budget line it was
    const budget = report.indicators.filter((s) => s.leaf.kind === 'budget-execution').map((s) => [2 + report.indicators.indexOf(s), s.name]) // its row in the written sheet
    expect(audit.indicators.filter((s) => s.status === 'undecided').map((s) => [s.row, s.name])).toEqual(budget)
    expect(audit.indicators.filter((s) => s.status !== 'undecided').map((s) => s.computed?.toFixed())).toEqual(
      report.indicators.filter((s) => s.leaf.kind !== 'budget-execution').map((s) => s.score?.toFixed()),
    )
  })
})

describe('cells as a spreadsheet app shows them', () => {
  it('reads rich text, a formula\'s result, a hyperlink, an error and a percentage as shown; numbers stay numbers', async () => {
    const wb = new ExcelJS.Workbook()
    const sheet = wb.addWorksheet('cells')
    sheet.getCell('A1').value = { richText: [{ text: '≥', font: { bold: true } }, { text: '95%' }] }
    sheet.getCell('B1').value = { formula: 'B2*2', result: 20 }
    sheet.getCell('C1').value = { text: '指标说明', hyperlink: 'https://example.invalid/' }
    sheet.getCell('D1').value = { error: '#REF!' }
    sheet.getCell('E1').value = 0.14525
    sheet.getCell('E1').numFmt = '0.00%'
    sheet.getCell('F1').value = 37.24
    sheet.getCell('G1').value = { formula: 'G2', result: '达成预期指标' }
    const path = join(dir, 'cells.xlsx')
    await wb.xlsx.writeFile(path)
    const back = await readSheet(path)
    expect(['A1', 'B1', 'C1', 'D1', 'E1', 'F1', 'G1'].map((a) => cellText(back.getCell(a)))).toEqual(['≥95%', 20, '指标说明', '#REF!', '14.53%', 37.24, '达成预期指标'])
  })
})

describe('hostile cells', () => {
  it('writes a formula-like or script name as plain text', async () => {
    const formula = '=HYPERLINK("http://example.invalid","点击")'
    const script = '<script>alert(1)</script>'
    const names = input.rows.map((r) => r['三级指标']).filter((n) => typeof n === 'string' && n.startsWith('指标1'))
    const rows = input.rows.map((r) => (r['三级指标'] === names[0] ? { ...r, 三级指标: formula } : r['三级指标'] === names[1] ? { ...r, 三级指标: script } : r))
    const scored = scoreEvaluation(evaluationFromRows(rows, importOptions(input, LENIENT)), POLICY)
    const path = join(dir, 'hostile.xlsx')
    await reportWorkbook(reportRows(scored)).xlsx.writeFile(path)
    const sheet = await readSheet(path)
    const cells: ExcelJS.Cell[] = []
    sheet.eachRow((row) => row.eachCell((cell) => cells.push(cell)))
    expect(cells.some((c) => c.type === ExcelJS.ValueType.Formula || c.formula !== undefined)).toBe(false)
    for (const text of [formula, script]) {
      const cell = cells.find((c) => c.value === text)
      expect(cell?.type).toBe(ExcelJS.ValueType.String)
    }
    expect(input.rows).toEqual(before)
  })
})

describe('examples/spreadsheet.ts', () => {
  it('reads, scores, prints the total and grade, and writes where it says', async () => {
    const out = join(dir, 'example.xlsx')
    const lines = await main([FIXTURE, out, '--places=0'])
    expect(lines).toContain(`wrote   ${out}`)
    expect(lines.some((l) => l.startsWith('total') && l.includes(`${report.score.toFixed()} / ${report.weight.toFixed()}`) && l.includes(report.grade?.grade ?? '?'))).toBe(true)
    const sheet = await readSheet(out)
    expect(mergesOf(sheet)).toEqual(mergesOf(written))
  })
})
