/**
 * Reading one row of a sheet by field: the cells of a field (the first filled of its columns, by priority), the marks of
 * an empty cell, split comparator / polarity / nature cells, an indicator's input from its row, the label of a budget
 * line, a group's own weight and score columns, and the tests the reader makes of a row or a whole sheet.
 *
 * @module
 */
import type { Issue } from '../../errors.js'
import type { RowField } from '../../messages/rows-details.js'
import { normalizeWidth } from '../../numbers/normalize.js'
import type { RowPlace } from '../context.js'
import type { IndicatorInput } from '../input.js'
import { treeIssue } from '../issues.js'
import { EMPTY_CELLS, PLACEHOLDER } from '../lexicon/empty-cells.js'
import { COMPARATOR_CELLS, POLARITY_NAMES } from '../lexicon/split-cells.js'
import { errorValueText, isErrorValue } from './cells.js'
import type { Columns } from './headers.js'
import type { Cells } from './snapshot.js'

/** @internal An indicator's input as the reader builds it. */
export type MutableLeaf = { -readonly [K in keyof IndicatorInput]: IndicatorInput[K] }
/** @internal A level-2 group as the reader builds it. */
export interface Group2 { name: string; weight?: string | number; printedScore?: string | number; children: MutableLeaf[] }
/** @internal A level-1 group as the reader builds it. */
export interface Group1 { name: string; weight?: string | number; printedScore?: string | number; children: Group2[] }

/** @internal A label without spaces, width, a leading 其中 or a trailing colon. */
export const bare = (text: string): string => normalizeWidth(text).replace(/[\s\u3000]+/gu, '').replace(/^其中[:：]?/u, '').replace(/[:：]$/u, '')
// every mark of an empty cell is short: longer text is never one (the check runs on every cell of the sheet)
const EMPTY: ReadonlySet<string> = /*@__PURE__*/ new Set(EMPTY_CELLS)
/** @internal Is a cell empty, or a mark of one ("/", "-")? */
export const isEmpty = (text: string): boolean => text === '' || (text.length <= 3 && EMPTY.has(text.trim()))
const startsWithComparator = (text: string): boolean => {
  const t = normalizeWidth(text)
  return /^[≥≤><=≧≦≮≯]/u.test(t) || COMPARATOR_CELLS.some((w) => w.length > 1 && t.startsWith(w))
}

/** @internal The cells of one row, read by field. */
export interface RowCells {
  header(field: RowField): string | undefined
  text(field: RowField): string
  /** The cell as written, a "/" or "-" kept. */
  mark(field: RowField): string
  value(field: RowField): string | number | undefined
}

/** @internal Read one row by field: of a field's headers, the first (by priority) whose cell holds something. */
export function rowCells(cells: Cells, columns: Columns, sheetRow: number, issues: Issue[], warned: Set<RowField>): RowCells {
  const raw = (header: string): string | number => (Object.prototype.hasOwnProperty.call(cells, header) ? (cells[header] as string | number) : '')
  const reported = new Set<string>()
  const textOf = (header: string): string => {
    const v = raw(header)
    const t = typeof v === 'number' ? String(v) : v.trim()
    if ((t.charCodeAt(0) === 35 || t.charCodeAt(0) === 0) && isErrorValue(t)) {
      if (!reported.has(header)) {
        reported.add(header)
        issues.push(treeIssue('CELL_ERROR', { value: errorValueText(t) }, { path: [], row: sheetRow, column: header }) as Issue)
      }
      return ''
    }
    // "/", "-", "—": a cell a table marks empty
    return isEmpty(t) ? '' : t
  }
  const texts: Partial<Record<RowField, string>> = {}
  const chosen = (field: RowField): string | undefined => {
    const headers = columns.field[field] ?? []
    if (headers.length <= 1) return headers[0]
    const filled = headers.filter((h) => textOf(h) !== '')
    if (new Set(filled.map(textOf)).size > 1 && !warned.has(field)) {
      warned.add(field)
      issues.push(treeIssue('ROWS_COLUMN_DUPLICATE', { field, headers: filled }, { path: [], row: sheetRow }, 'warning') as Issue)
    }
    return filled[0] ?? headers[0]
  }
  return {
    header: chosen,
    text: (field) => {
      // each field's text is read once per row
      let t = texts[field]
      if (t === undefined) {
        const h = chosen(field)
        texts[field] = t = h === undefined ? '' : textOf(h)
      }
      return t
    },
    mark: (field) => {
      const h = chosen(field)
      return h === undefined ? '' : String(raw(h)).trim()
    },
    value: (field) => {
      const h = chosen(field)
      if (h === undefined || textOf(h) === '') return undefined
      const v = raw(h)
      return typeof v === 'number' ? v : v.trim()
    },
  }
}


/** @internal The comparator, polarity and nature a 指标性质 / 指标方向 cell says, whichever of the two columns holds it. */
function splitCells(cells: RowCells): { comparator?: string; polarity?: string; nature?: string } {
  const out: { comparator?: string; polarity?: string; nature?: string } = {}
  for (const field of ['nature', 'direction'] as const) {
    const t = cells.text(field)
    if (t === '') continue
    if (COMPARATOR_CELLS.includes(normalizeWidth(t))) out.comparator ??= t
    else if (Object.prototype.hasOwnProperty.call(POLARITY_NAMES, t)) out.polarity ??= t
    else if (t === '定性' || t === '定量' || t === '定性指标' || t === '定量指标') out.nature ??= t.slice(0, 2)
  }
  return out
}

/** @internal An indicator's input from its row: names, the target with a split comparator before it, the other cells. */
export function indicatorOf(cells: RowCells): MutableLeaf {
  const leaf: MutableLeaf = { name: cells.text('level3') }
  const split = splitCells(cells)
  const value = cells.text('target')
  // a comparator column before the value ("≥" and "90" read "≥90"), unless the value writes its own
  if (value !== '') leaf.target = split.comparator !== undefined && !startsWithComparator(value) ? `${split.comparator}${value}` : value
  // a "/" or "-" in the target cell: passed on, so that the missing target says what the cell held
  else if (cells.mark('target') !== '' && !isErrorValue(cells.mark('target'))) leaf.target = cells.mark('target')
  if (split.polarity !== undefined) leaf.polarity = split.polarity
  if (split.nature !== undefined) leaf.nature = split.nature
  const actual = cells.value('actual')
  if (actual !== undefined) leaf.actual = actual
  const weight = cells.value('weight')
  if (weight !== undefined) leaf.weight = weight
  const score = cells.value('score')
  if (score !== undefined) leaf.printedScore = score
  for (const [field, key] of [['unit', 'unit'], ['category', 'category'], ['deviation', 'deviation'], ['improvement', 'improvement'], ['criteria', 'criteria'], ['note', 'note']] as const) {
    const t = cells.text(field)
    if (t !== '') leaf[key] = t
  }
  return leaf
}

/** @internal The fields of a leaf row, in the order their columns are named. */
export const LEAF_FIELDS: readonly RowField[] = ['level3', 'target', 'actual', 'weight', 'score', 'deviation', 'improvement', 'nature', 'direction', 'unit', 'category', 'criteria', 'note', 'initial', 'adjusted', 'executed', 'rate']

/** @internal The columns of a leaf's fields; the same object for every row when each field has one column. */
export function columnsOf(cells: RowCells, fixed?: Partial<Record<string, string>>): Partial<Record<string, string>> {
  if (fixed !== undefined) return fixed
  const out: Partial<Record<string, string>> = {}
  for (const f of LEAF_FIELDS) {
    const h = cells.header(f)
    if (h !== undefined) out[f] = h
  }
  return out
}

/** @internal A row that only repeats a template's placeholder ("……", "指标2:") and holds nothing else (`b3`: its level-3 cell, bare). */
export function isPlaceholder(cells: RowCells, b3: string): boolean {
  return PLACEHOLDER.test(b3) && (['target', 'actual', 'weight', 'score'] as const).every((f) => cells.text(f) === '')
}

/** @internal The label of a budget line: its level-2 or level-3 cell, else the text of a column no field claims ("年度预算数(万元)": "总额"). */
export function budgetLabel(row: Cells, claimed: ReadonlySet<string>, l2: string, l3: string, used: Set<string>): string {
  if (l2 !== '') return l2
  if (l3 !== '') return l3
  for (const header of Object.keys(row)) {
    if (claimed.has(header)) continue
    const v = row[header]
    if (typeof v === 'string' && v.trim() !== '' && !/^[\d.,，\s%万元-]+$/u.test(v.trim()) && !isEmpty(v.trim())) {
      used.add(header)
      return v.trim()
    }
  }
  return ''
}

/** @internal A group's own 分值 and 得分 columns (a template that gives each level its own): the first filled cell counts. */
export function groupCells(row: Cells, columns: Columns, level: 1 | 2, group: Group1 | Group2, sheetRow: number, placed: Map<object, RowPlace>): void {
  const weightHeader = columns.groupWeight?.[level]
  const scoreHeader = columns.groupScore?.[level]
  if (weightHeader === undefined && scoreHeader === undefined) return
  const read = (h: string | undefined): string | number | undefined => {
    if (h === undefined) return undefined
    const v = row[h]
    return v === undefined || isEmpty(String(v).trim()) ? undefined : typeof v === 'number' ? v : v.trim()
  }
  const weight = read(weightHeader)
  if (weight !== undefined && group.weight === undefined) {
    group.weight = weight
    placed.set(group, { row: sheetRow, columns: { weight: weightHeader as string } })
  }
  const score = read(scoreHeader)
  if (score !== undefined && group.printedScore === undefined) group.printedScore = score
}

/** @internal A money unit a label writes in brackets ("项目资金(元)", "资金情况（万元）"). */
export function moneyUnitIn(label: string): string | undefined {
  const m = /[(（](元|万元|亿元|千元)[)）]/u.exec(label)
  return m === null ? undefined : m[1]
}

/** @internal Does the row hold something under one of these headers? */
export function holds(row: Cells, headers: readonly string[]): boolean {
  return headers.some((h) => {
    const v = row[h]
    return v !== undefined && !isEmpty(String(v).trim())
  })
}

/**
 * Does the sheet repeat its group labels on every indicator row (a system export), rather than merge them? Then a label
 * seen again is its group again; in a sheet of merged cells it is another group, and said so.
 * @internal
 */
export function repeatsLabels(rows: readonly Cells[], columns: Columns): boolean {
  const level1 = columns.field.level1 ?? []
  const level3 = columns.field.level3 ?? []
  let indicators = 0
  for (const row of rows) {
    if (!holds(row, level3)) continue
    indicators++
    if (!holds(row, level1)) return false
  }
  return indicators >= 2
}

