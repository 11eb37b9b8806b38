/**
 * Reading a sheet's rows into the input of `defineEvaluation`: group labels filled down (merged cells arrive blank), a
 * label repeated further down joined to its group (system exports repeat labels on every row), split cells joined, the
 * budget section turned into the budget-execution line, totals and subtotals read, template placeholders ("……",
 * "指标2:") with nothing in them skipped, and where every node sits in the sheet.
 *
 * @module
 */
import type { Issue } from '../../errors.js'
import type { RowField } from '../../messages/evaluation-details.js'
import { normalizeWidth } from '../../numbers/normalize.js'
import type { RowPlace } from '../context.js'
import type { AmountInput, IndicatorInput } from '../input.js'
import { treeIssue } from '../issues.js'
import { BUDGET_LINE_LABELS, BUDGET_SECTION_LABELS, SUBTOTAL_LABELS, TOTAL_LABELS } from '../lexicon/headers.js'
import { COMPARATOR_CELLS, EMPTY_CELLS, PLACEHOLDER } from '../lexicon/nature.js'
import { cellText, cellValue } from './cells.js'
import type { Columns } from './headers.js'

/** @internal One row as a reader gives it. */
export type Row = Readonly<Record<string, unknown>>
type MutableLeaf = { -readonly [K in keyof IndicatorInput]: IndicatorInput[K] }
interface Group2 { name: string; weight?: string | number; printedScore?: string | number; children: MutableLeaf[] }
interface Group1 { name: string; weight?: string | number; printedScore?: string | number; children: Group2[] }
type BudgetKey = 'initial' | 'adjusted' | 'executed'
type LineKey = 'total' | 'fiscal' | 'carryOver' | 'other'

const bare = (text: string): string => normalizeWidth(text).replace(/[\s\u3000]+/gu, '').replace(/^其中[:：]?/u, '').replace(/[:：]$/u, '')
const oneOf = (text: string, words: readonly string[]): boolean => words.includes(bare(text))
const isEmpty = (text: string): boolean => text === '' || EMPTY_CELLS.includes(bare(text))

/** Which line of the budget a label names: by a word it contains; any other line counts as other funds. */
function lineOf(label: string): LineKey {
  const b = bare(label)
  if (b === '') return 'total'
  for (const key of ['fiscal', 'carryOver', 'total'] as const) if (BUDGET_LINE_LABELS[key].some((w) => b.includes(w))) return key
  return 'other'
}

/** @internal What the rows hold. */
export interface Reading {
  readonly groups: Group1[]
  readonly places: Map<string, RowPlace>
  readonly issues: Issue[]
  budget?: { [K in BudgetKey]?: { total?: AmountInput; fiscal?: AmountInput; carryOver?: AmountInput; other?: AmountInput[] } }
  total?: string | number
  printedTotal?: string | number
}

/** The cells of one row, read by field. */
interface RowCells {
  header(field: RowField): string | undefined
  text(field: RowField): string
  value(field: RowField): string | number | undefined
}

function rowCells(row: Row, columns: Columns, sheetRow: number, reading: Reading, warned: Set<RowField>): RowCells {
  const cell = (header: string): unknown => (Object.prototype.hasOwnProperty.call(row, header) ? row[header] : undefined)
  const textOf = (header: string): string => {
    const t = cellText(cell(header)).trim()
    // "/", "-", "—": a cell a table marks empty
    return isEmpty(t) ? '' : t
  }
  // the first header of a field whose cell holds something (a field may have one column per section)
  const chosen = (field: RowField): string | undefined => {
    const headers = columns.field[field] ?? []
    if (headers.length <= 1) return headers[0]
    const filled = headers.filter((h) => textOf(h) !== '')
    if (new Set(filled.map(textOf)).size > 1 && !warned.has(field)) {
      warned.add(field)
      reading.issues.push(treeIssue('ROWS_COLUMN_DUPLICATE', { field, headers: filled }, { path: [], row: sheetRow }, 'warning') as Issue)
    }
    return filled[0] ?? headers[0]
  }
  return {
    header: chosen,
    text: (field) => {
      const h = chosen(field)
      return h === undefined ? '' : textOf(h)
    },
    value: (field) => {
      const h = chosen(field)
      if (h === undefined) return undefined
      const v = cellValue(cell(h))
      return typeof v === 'string' ? (isEmpty(v.trim()) ? undefined : v.trim()) : v
    },
  }
}

const POLARITIES = new Set(['正向', '反向', '逆向', '正向指标', '反向指标', '逆向指标', '负向', '负向指标'])

/** The comparator, polarity and nature a 指标性质 / 指标方向 cell says, whichever of the two columns holds it. */
function splitCells(cells: RowCells): { comparator?: string; polarity?: string; nature?: string } {
  const out: { comparator?: string; polarity?: string; nature?: string } = {}
  for (const field of ['nature', 'direction'] as const) {
    const t = cells.text(field)
    if (t === '') continue
    if (COMPARATOR_CELLS.includes(normalizeWidth(t))) out.comparator ??= t
    else if (POLARITIES.has(t)) out.polarity ??= t
    else if (t === '定性' || t === '定量') out.nature ??= t
  }
  return out
}

function indicatorOf(cells: RowCells): MutableLeaf {
  const leaf: MutableLeaf = { name: cells.text('level3') }
  const split = splitCells(cells)
  const value = cells.text('target')
  // a comparator column before the value ("≥" and "90" read "≥90"; the unit column is joined when the target is read)
  if (value !== '') leaf.target = split.comparator !== undefined && !value.startsWith(split.comparator) ? `${split.comparator}${value}` : value
  if (split.polarity !== undefined) leaf.polarity = split.polarity
  if (split.nature !== undefined) leaf.nature = split.nature
  const actual = cells.value('actual')
  if (actual !== undefined) leaf.actual = actual
  const weight = cells.value('weight')
  if (weight !== undefined) leaf.weight = weight
  const score = cells.value('score')
  if (score !== undefined) leaf.printedScore = score
  for (const [field, key] of [['unit', 'unit'], ['category', 'category'], ['deviation', 'deviation'], ['improvement', 'improvement']] as const) {
    const t = cells.text(field)
    if (t !== '') leaf[key] = t
  }
  return leaf
}

const LEAF_FIELDS: readonly RowField[] = ['level3', 'target', 'actual', 'weight', 'score', 'deviation', 'improvement', 'nature', 'direction', 'unit', 'category', 'initial', 'adjusted', 'executed', 'rate']

function columnsOf(cells: RowCells): Partial<Record<string, string>> {
  const out: Partial<Record<string, string>> = {}
  for (const f of LEAF_FIELDS) {
    const h = cells.header(f)
    if (h !== undefined) out[f] = h
  }
  return out
}

/** A row that only repeats a template's placeholder ("……", "指标2:") and holds nothing else. */
function isPlaceholder(cells: RowCells, l3: string): boolean {
  if (!PLACEHOLDER.test(bare(l3))) return false
  return (['target', 'actual', 'weight', 'score'] as const).every((f) => cells.text(f) === '')
}

/** @internal Read the rows into groups, the budget and the totals. */
export function readRows(rows: readonly Row[], columns: Columns, firstRow: number): Reading {
  const reading: Reading = { groups: [], places: new Map(), issues: [] }
  let level1: Group1 | undefined
  let level2: Group2 | undefined
  let inBudget = false
  let budgetLine: { group: number; row: number; cells: RowCells } | undefined
  const warned = new Set<RowField>()
  const placeGroup = (key: string, row: number, header: string | undefined): void => {
    if (!reading.places.has(key)) reading.places.set(key, { row, columns: header === undefined ? {} : { weight: header } })
  }
  rows.forEach((row, index) => {
    const sheetRow = firstRow + index
    const cells = rowCells(row, columns, sheetRow, reading, warned)
    const l1 = cells.text('level1')
    const l2 = cells.text('level2')
    const l3 = cells.text('level3')
    const filled = Object.keys(row).map((k) => cellText(row[k]).trim()).filter((t) => !isEmpty(t))
    if (filled.length === 0) return
    const figures = (['initial', 'adjusted', 'executed', 'rate'] as const).some((f) => cells.text(f) !== '')
    const labelled = oneOf(l1, BUDGET_SECTION_LABELS) || oneOf(l2, BUDGET_SECTION_LABELS) || [l1, l2].some((l) => BUDGET_SECTION_LABELS.some((w) => bare(l).startsWith(w)))
    if (l1 !== '' && !labelled) inBudget = false
    // a budget line: labelled so, or with figures of its own and no indicator, or a further line of the section
    if (l3 === '' && cells.text('target') === '' && (labelled || figures || (inBudget && l1 === ''))) {
      inBudget = true
      const line = lineOf(l2)
      const budget = (reading.budget ??= {})
      for (const key of ['initial', 'adjusted', 'executed'] as const) {
        const v = cells.value(key)
        if (v === undefined) continue
        const amount = columns.unit !== undefined && /\d$/u.test(String(v)) ? `${v}${columns.unit}` : v
        const figure = (budget[key] ??= {})
        // several lines of other funds (单位资金, 社会投入资金 …) are one part: their sum
        if (line === 'other') (figure.other ??= []).push(amount)
        else figure[line] = amount
      }
      if (line === 'total' && budgetLine === undefined) {
        reading.groups.push({ name: l1 !== '' ? l1 : '预算执行率', children: [{ name: '', children: [] }] })
        budgetLine = { group: reading.groups.length - 1, row: sheetRow, cells }
        level1 = undefined
        level2 = undefined
      }
      return
    }
    // a total line (总分, 合计): the declared total and the printed total
    if (l3 === '' && (oneOf(l1, TOTAL_LABELS) || (l1 === '' && oneOf(l2, TOTAL_LABELS)))) {
      const weight = cells.value('weight')
      const score = cells.value('score')
      if (weight !== undefined) reading.total = weight
      if (score !== undefined) reading.printedTotal = score
      reading.places.set('', { row: sheetRow, columns: { weight: cells.header('weight') ?? '', score: cells.header('score') ?? '' } })
      return
    }
    if (l3 !== '' && isPlaceholder(cells, l3)) return
    if (l1 !== '' && (level1 === undefined || l1 !== level1.name)) {
      // a label seen before is its group again (exports repeat labels on every row, not always in order)
      const again = reading.groups.findIndex((g, i) => g.name === l1 && i !== budgetLine?.group)
      level1 = again >= 0 ? (reading.groups[again] as Group1) : { name: l1, children: [] }
      if (again < 0) reading.groups.push(level1)
      level2 = undefined
    }
    if (level1 === undefined) {
      level1 = { name: '', children: [] }
      reading.groups.push(level1)
    }
    const g1 = reading.groups.indexOf(level1)
    placeGroup(`groups.${g1}`, sheetRow, cells.header('level1'))
    if (l2 !== '' && (level2 === undefined || l2 !== level2.name)) {
      const again = level1.children.findIndex((g) => g.name === l2)
      level2 = again >= 0 ? (level1.children[again] as Group2) : { name: l2, children: [] }
      if (again < 0) level1.children.push(level2)
    }
    if (level2 === undefined) {
      level2 = { name: '', children: [] }
      level1.children.push(level2)
    }
    const g2 = level1.children.indexOf(level2)
    placeGroup(`groups.${g1}.children.${g2}`, sheetRow, cells.header('level2'))
    // a subtotal line (小计): the printed score of its group
    if (oneOf(l3, SUBTOTAL_LABELS)) {
      const score = cells.value('score')
      if (score !== undefined) level2.printedScore = score
      return
    }
    if (l3 === '' && cells.text('target') === '') {
      // a group's own line ("产出指标(50分)" with its 分值) gives its weight; anything else is kept in a warning
      const weight = cells.value('weight')
      const rest = filled.filter((t) => t !== l1 && t !== l2)
      if (weight !== undefined && rest.length === 1) {
        if (l2 !== '') level2.weight = weight
        else level1.weight = weight
      } else if (rest.length > 0) reading.issues.push(treeIssue('ROW_IGNORED', { cells: filled }, { path: [], row: sheetRow }, 'warning') as Issue)
      return
    }
    level2.children.push(indicatorOf(cells))
    reading.places.set(`groups.${g1}.children.${g2}.children.${level2.children.length - 1}`, { row: sheetRow, columns: columnsOf(cells) })
  })
  if (budgetLine !== undefined) placeBudgetLine(reading, budgetLine)
  return dropEmpty(reading)
}

/** Groups that a row named but that got no indicator and no weight (the row was kept in a warning) are dropped. */
function dropEmpty(reading: Reading): Reading {
  const keep = new Map<string, string>()
  const groups: Group1[] = []
  reading.groups.forEach((g, i) => {
    const children = g.children.filter((s) => s.children.length > 0 || s.weight !== undefined)
    if (children.length === 0 && g.weight === undefined) return
    const to = groups.length
    keep.set(`groups.${i}`, `groups.${to}`)
    g.children.forEach((s, j) => {
      const k = children.indexOf(s)
      if (k >= 0) keep.set(`groups.${i}.children.${j}`, `groups.${to}.children.${k}`)
    })
    groups.push({ ...g, children })
  })
  const places = new Map<string, RowPlace>()
  for (const [key, place] of reading.places) {
    if (key === '') places.set(key, place)
    const prefix = [...keep.keys()].filter((k) => key === k || key.startsWith(`${k}.`)).sort((a, b) => b.length - a.length)[0]
    if (prefix !== undefined) places.set(`${keep.get(prefix) as string}${key.slice(prefix.length)}`, place)
  }
  return { ...reading, groups, places }
}

function placeBudgetLine(reading: Reading, line: { group: number; row: number; cells: RowCells }): void {
  const { cells } = line
  const leaf: MutableLeaf = { kind: 'budget-execution', name: '预算执行率' }
  const weight = cells.value('weight')
  if (weight !== undefined) leaf.weight = weight
  const score = cells.value('score')
  if (score !== undefined) leaf.printedScore = score
  const rate = cells.value('rate')
  if (rate !== undefined) leaf.rate = rate
  const deviation = cells.text('deviation')
  if (deviation !== '') leaf.deviation = deviation
  const group = reading.groups[line.group] as Group1
  const inner = group.children[0] as Group2
  inner.name = group.name
  inner.children.push(leaf)
  reading.places.set(`groups.${line.group}`, { row: line.row, columns: { weight: cells.header('level1') ?? '' } })
  reading.places.set(`groups.${line.group}.children.0`, { row: line.row, columns: {} })
  reading.places.set(`groups.${line.group}.children.0.children.0`, { row: line.row, columns: columnsOf(cells) })
}
