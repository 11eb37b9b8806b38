/**
 * The published tables of test/fixtures/tables/ as the examples read them: each file holds one 绩效自评表 transcribed
 * cell by cell from the page named in its `source.url` (see test/fixtures/tables/README.md), with its sheet rows as a
 * spreadsheet reader gives them.
 */
import { readFileSync } from 'node:fs'
import type { EvaluationFromRowsOptions } from '../../src/index.js'

/** Where a published table comes from. */
export interface TableSource {
  readonly title: string
  readonly url?: string
  readonly publisher?: string
  readonly region: string
  readonly year: number
  readonly kind: '项目支出' | '部门整体支出'
  readonly table?: string
}

/** One stored table: its source, the sheet row of its header, its rows, and what the transcriber noted. */
export interface TableFixture {
  readonly source: TableSource
  readonly notes?: string
  readonly headerRow?: number
  readonly meta?: Readonly<Record<string, string>>
  readonly rows: readonly Readonly<Record<string, string>>[]
}

/** Read one stored table by its file name (test/fixtures/tables/<file>). */
export function readTable(file: string): TableFixture {
  const url = new URL(`../../test/fixtures/tables/${file}`, import.meta.url)
  return JSON.parse(readFileSync(url, 'utf8')) as TableFixture
}

/**
 * The options that build a stored table from its rows: its sheet rows numbered as printed, its kind, year, name and
 * units from its source, and its weights checked as warnings (published tables do not always add up; the audit lists it).
 */
export function rowsOptions(t: TableFixture): EvaluationFromRowsOptions {
  const name = t.meta?.['项目名称']
  const department = t.meta?.['主管部门']
  const implementer = t.meta?.['实施单位']
  return {
    firstRow: (t.headerRow ?? 1) + 1,
    metadata: {
      kind: t.source.kind,
      year: t.source.year,
      ...(name === undefined ? {} : { name }),
      ...(department === undefined ? {} : { department }),
      ...(implementer === undefined ? {} : { implementer }),
    },
    weightMismatch: 'warning',
  }
}
