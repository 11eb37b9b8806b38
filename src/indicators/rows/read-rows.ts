/**
 * Reading a sheet's rows into the input of `defineEvaluation`: group labels filled down (merged cells arrive blank), a
 * label repeated further down joined to its group (system exports repeat labels on every row), split cells joined, the
 * budget section turned into the budget-execution line, totals and subtotals read, template placeholders ("……",
 * "指标2:") with nothing in them skipped, and where every node sits in the sheet. One pass, linear in the rows.
 *
 * @module
 */
import type { Issue } from '../../errors.js'
import type { RowField } from '../../messages/evaluation-details.js'
import { normalizeWidth } from '../../numbers/normalize.js'
import type { RowPlace, SheetPlaces } from '../context.js'
import type { AmountInput, IndicatorInput } from '../input.js'
import { treeIssue } from '../issues.js'
import { BUDGET_LINE_LABELS, BUDGET_SECTION_LABELS, SUBTOTAL_LABELS, TOTAL_LABELS } from '../lexicon/headers.js'
import { COMPARATOR_CELLS, EMPTY_CELLS, PLACEHOLDER } from '../lexicon/nature.js'
import { isErrorValue } from './cells.js'
import type { Columns } from './headers.js'
import type { Cells } from './snapshot.js'

type MutableLeaf = { -readonly [K in keyof IndicatorInput]: IndicatorInput[K] }
interface Group2 { name: string; weight?: string | number; printedScore?: string | number; children: MutableLeaf[] }
interface Group1 { name: string; weight?: string | number; printedScore?: string | number; children: Group2[] }
type BudgetKey = 'initial' | 'adjusted' | 'executed'
type LineKey = 'total' | 'fiscal' | 'carryOver' | 'other'

const bare = (text: string): string => normalizeWidth(text).replace(/[\s\u3000]+/gu, '').replace(/^其中[:：]?/u, '').replace(/[:：]$/u, '')
// every mark of an empty cell is short: longer text is never one (the check runs on every cell of the sheet)
const isEmpty = (text: string): boolean => text === '' || (text.length <= 3 && EMPTY_CELLS.includes(bare(text)))
const startsWithComparator = (text: string): boolean => {
  const t = normalizeWidth(text)
  return /^[≥≤><=≧≦≮≯]/u.test(t) || COMPARATOR_CELLS.some((w) => w.length > 1 && t.startsWith(w))
}

/** Which line of the budget a label names, by a word it contains; a line of no known kind is other funds. */
function lineOf(label: string): LineKey {
  const b = bare(label)
  for (const key of ['fiscal', 'carryOver', 'total'] as const) if (BUDGET_LINE_LABELS[key].some((w) => b.includes(w))) return key
  return 'other'
}

/** @internal What the rows hold. */
export interface Reading {
  readonly groups: Group1[]
  readonly places: SheetPlaces
  readonly issues: Issue[]
  budget?: { [K in BudgetKey]?: { total?: AmountInput; fiscal?: AmountInput; carryOver?: AmountInput; other?: AmountInput[] } }
  total?: string | number
  printedTotal?: string | number
}

/** The cells of one row, read by field. */
interface RowCells {
  header(field: RowField): string | undefined
  text(field: RowField): string
  /** The cell as written, a "/" or "-" kept. */
  mark(field: RowField): string
  value(field: RowField): string | number | undefined
}

/** Read one row by field: of a field's headers, the first (by priority) whose cell holds something. */
function rowCells(cells: Cells, columns: Columns, sheetRow: number, issues: Issue[], warned: Set<RowField>): RowCells {
  const raw = (header: string): string | number => (Object.prototype.hasOwnProperty.call(cells, header) ? (cells[header] as string | number) : '')
  const reported = new Set<string>()
  const textOf = (header: string): string => {
    const v = raw(header)
    const t = typeof v === 'number' ? String(v) : v.trim()
    if (t.charCodeAt(0) === 35 && isErrorValue(t)) {
      if (!reported.has(header)) {
        reported.add(header)
        issues.push(treeIssue('CELL_ERROR', { value: t }, { path: [], row: sheetRow, column: header }) as Issue)
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

const POLARITIES = new Set(['正向', '反向', '逆向', '正向指标', '反向指标', '逆向指标', '负向', '负向指标'])

/** The comparator, polarity and nature a 指标性质 / 指标方向 cell says, whichever of the two columns holds it. */
function splitCells(cells: RowCells): { comparator?: string; polarity?: string; nature?: string } {
  const out: { comparator?: string; polarity?: string; nature?: string } = {}
  for (const field of ['nature', 'direction'] as const) {
    const t = cells.text(field)
    if (t === '') continue
    if (COMPARATOR_CELLS.includes(normalizeWidth(t))) out.comparator ??= t
    else if (POLARITIES.has(t)) out.polarity ??= t
    else if (t === '定性' || t === '定量' || t === '定性指标' || t === '定量指标') out.nature ??= t.slice(0, 2)
  }
  return out
}

function indicatorOf(cells: RowCells): MutableLeaf {
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
  for (const [field, key] of [['unit', 'unit'], ['category', 'category'], ['deviation', 'deviation'], ['improvement', 'improvement']] as const) {
    const t = cells.text(field)
    if (t !== '') leaf[key] = t
  }
  return leaf
}

const LEAF_FIELDS: readonly RowField[] = ['level3', 'target', 'actual', 'weight', 'score', 'deviation', 'improvement', 'nature', 'direction', 'unit', 'category', 'initial', 'adjusted', 'executed', 'rate']

/** The columns of a leaf's fields; the same object for every row when each field has one column. */
function columnsOf(cells: RowCells, fixed?: Partial<Record<string, string>>): Partial<Record<string, string>> {
  if (fixed !== undefined) return fixed
  const out: Partial<Record<string, string>> = {}
  for (const f of LEAF_FIELDS) {
    const h = cells.header(f)
    if (h !== undefined) out[f] = h
  }
  return out
}

/** A row that only repeats a template's placeholder ("……", "指标2:") and holds nothing else (`b3`: its level-3 cell, bare). */
function isPlaceholder(cells: RowCells, b3: string): boolean {
  return PLACEHOLDER.test(b3) && (['target', 'actual', 'weight', 'score'] as const).every((f) => cells.text(f) === '')
}

/** The label of a budget line: its level-2 or level-3 cell, else the text of a column no field claims ("年度预算数(万元)": "总额"). */
function budgetLabel(row: Cells, columns: Columns, l2: string, l3: string): string {
  if (l2 !== '') return l2
  if (l3 !== '') return l3
  const claimed = new Set(Object.values(columns.field).flat())
  for (const header of Object.keys(row)) {
    if (claimed.has(header)) continue
    const v = row[header]
    if (typeof v === 'string' && v.trim() !== '' && !/^[\d.,，\s%万元-]+$/u.test(v.trim()) && !isEmpty(v.trim())) return v.trim()
  }
  return ''
}

/** @internal Read the rows into groups, the budget and the totals. */
export function readRows(rows: readonly Cells[], columns: Columns, firstRow: number): Reading {
  const reading: Reading = { groups: [], places: { groups: [] }, issues: [] }
  let totalPlace: RowPlace | undefined
  // where each node sits, by the node (paths are known only once empty groups are dropped)
  const placed = new Map<object, RowPlace>()
  const byName = new Map<string, Group1>()
  const inner = new Map<Group1, Map<string, Group2>>()
  let level1: Group1 | undefined
  let level2: Group2 | undefined
  let inBudget = false
  let budget: { group: Group1; row: number; cells: RowCells } | undefined
  const warned = new Set<RowField>()
  // when no field has two columns, every leaf's columns are the same
  const single = LEAF_FIELDS.every((f) => (columns.field[f]?.length ?? 0) <= 1)
  const fixed = single ? Object.fromEntries(LEAF_FIELDS.flatMap((f) => (columns.field[f]?.[0] === undefined ? [] : [[f, columns.field[f]?.[0] as string]]))) : undefined
  const place = (node: object, row: number, columns: Partial<Record<string, string>>): void => {
    if (!placed.has(node)) placed.set(node, { row, columns })
  }
  rows.forEach((row, index) => {
    const sheetRow = firstRow + index
    const cells = rowCells(row, columns, sheetRow, reading.issues, warned)
    const l1 = cells.text('level1')
    const l2 = cells.text('level2')
    const l3 = cells.text('level3')
    const keys = Object.keys(row)
    if (!keys.some((k) => !isEmpty(String(row[k]).trim()))) return
    // the row's filled cells, for the warnings that keep them
    const filled = (): string[] => keys.map((k) => String(row[k]).trim()).filter((t) => !isEmpty(t))
    const figures = (['initial', 'adjusted', 'executed', 'rate'] as const).some((f) => cells.text(f) !== '')
    const b1 = l1 === '' ? '' : bare(l1)
    const b2 = l2 === '' ? '' : bare(l2)
    const labelled = [b1, b2].some((l) => l !== '' && BUDGET_SECTION_LABELS.some((w) => l.startsWith(w)))
    if (l1 !== '' && !labelled) inBudget = false
    // a budget line: labelled so, or with figures of its own and no indicator, or a further line of the section
    if (l3 === '' && cells.text('target') === '' && (labelled || figures || (inBudget && l1 === ''))) {
      inBudget = true
      const label = budgetLabel(row, columns, l2, l3)
      // the first line of a section is its total unless it names a part; a later line without a name fits nowhere
      const named = label === '' ? undefined : lineOf(label)
      const line: LineKey | undefined = budget === undefined ? (named === 'fiscal' || named === 'carryOver' ? named : 'total') : named
      if (line === undefined) {
        if (figures) reading.issues.push(treeIssue('ROW_IGNORED', { cells: filled() }, { path: [], row: sheetRow }, 'warning') as Issue)
        return
      }
      const figuresOf = (reading.budget ??= {})
      for (const key of ['initial', 'adjusted', 'executed'] as const) {
        const v = cells.value(key)
        if (v === undefined) continue
        const amount = columns.unit !== undefined && /\d$/u.test(String(v)) ? `${v}${columns.unit}` : v
        const figure = (figuresOf[key] ??= {})
        // several lines of other funds (单位资金, 社会投入资金 …) are one part, their sum; a second total is kept in a warning
        if (line === 'other') (figure.other ??= []).push(amount)
        else if (figure[line] === undefined) figure[line] = amount
        else reading.issues.push(treeIssue('ROW_IGNORED', { cells: filled() }, { path: [], row: sheetRow }, 'warning') as Issue)
      }
      if (budget === undefined) {
        const group: Group1 = { name: l1 !== '' ? l1 : '预算执行率', children: [{ name: '', children: [] }] }
        reading.groups.push(group)
        budget = { group, row: sheetRow, cells }
        level1 = undefined
        level2 = undefined
      }
      return
    }
    // a total line (总分, 合计): the declared total and the printed total
    if (l3 === '' && (TOTAL_LABELS.includes(b1) || (l1 === '' && TOTAL_LABELS.includes(b2)))) {
      const weight = cells.value('weight')
      const score = cells.value('score')
      if (weight !== undefined) reading.total = weight
      if (score !== undefined) reading.printedTotal = score
      totalPlace = { row: sheetRow, columns: { weight: cells.header('weight') ?? '', score: cells.header('score') ?? '' } }
      return
    }
    const b3 = l3 === '' ? '' : bare(l3)
    if (b3 !== '' && isPlaceholder(cells, b3)) return
    if (l1 !== '' && (level1 === undefined || l1 !== level1.name)) {
      // a label seen before is its group again (exports repeat labels on every row, not always in order)
      let group = byName.get(l1)
      if (group === undefined) {
        group = { name: l1, children: [] }
        byName.set(l1, group)
        reading.groups.push(group)
      }
      level1 = group
      level2 = undefined
    }
    if (level1 === undefined) {
      level1 = { name: '', children: [] }
      reading.groups.push(level1)
    }
    place(level1, sheetRow, { weight: cells.header('level1') ?? '' })
    const names = inner.get(level1) ?? new Map<string, Group2>()
    inner.set(level1, names)
    if (l2 !== '' && (level2 === undefined || l2 !== level2.name)) {
      let group = names.get(l2)
      if (group === undefined) {
        group = { name: l2, children: [] }
        names.set(l2, group)
        level1.children.push(group)
      }
      level2 = group
    }
    if (level2 === undefined) {
      level2 = { name: '', children: [] }
      level1.children.push(level2)
    }
    place(level2, sheetRow, { weight: cells.header('level2') ?? '' })
    // a subtotal line (小计): the printed score of its group
    if (b3 !== '' && SUBTOTAL_LABELS.includes(b3)) {
      const score = cells.value('score')
      if (score !== undefined) level2.printedScore = score
      return
    }
    if (l3 === '' && cells.text('target') === '') {
      // a group's own line ("产出指标(50分)" with its 分值) gives its weight; anything else is kept in a warning
      const weight = cells.value('weight')
      const rest = filled().filter((t) => t !== l1 && t !== l2)
      if (weight !== undefined && rest.length === 1) {
        const group = l2 !== '' ? level2 : level1
        group.weight = weight
        placed.set(group, { row: sheetRow, columns: { weight: cells.header('weight') ?? '' } })
      } else if (rest.length > 0) reading.issues.push(treeIssue('ROW_IGNORED', { cells: filled() }, { path: [], row: sheetRow }, 'warning') as Issue)
      return
    }
    const leaf = indicatorOf(cells)
    level2.children.push(leaf)
    placed.set(leaf, { row: sheetRow, columns: columnsOf(cells, fixed) })
  })
  if (budget !== undefined) placeBudgetLine(budget, placed)
  return keep(reading, placed, totalPlace, budget === undefined ? undefined : { row: budget.row, columns: {} })
}

/** The budget section's line: weight, printed score and rate from its total line. */
function placeBudgetLine(line: { group: Group1; row: number; cells: RowCells }, placed: Map<object, RowPlace>): void {
  const { cells, group } = line
  const leaf: MutableLeaf = { kind: 'budget-execution', name: '预算执行率' }
  const weight = cells.value('weight')
  if (weight !== undefined) leaf.weight = weight
  const score = cells.value('score')
  if (score !== undefined) leaf.printedScore = score
  const rate = cells.value('rate')
  if (rate !== undefined) leaf.rate = rate
  const deviation = cells.text('deviation')
  if (deviation !== '') leaf.deviation = deviation
  const only = group.children[0] as Group2
  only.name = group.name
  only.children.push(leaf)
  placed.set(group, { row: line.row, columns: { weight: cells.header('level1') ?? '' } })
  placed.set(only, { row: line.row, columns: {} })
  placed.set(leaf, { row: line.row, columns: columnsOf(cells) })
}

/** Drop the groups a row named that got no indicator and no weight (the row is in a warning), and place the rest by position. */
function keep(reading: Reading, placed: ReadonlyMap<object, RowPlace>, total: RowPlace | undefined, budget: RowPlace | undefined): Reading {
  const groups: Group1[] = []
  const places: { place?: RowPlace; children: { place?: RowPlace; children: (RowPlace | undefined)[] }[] }[] = []
  for (const g of reading.groups) {
    const children = g.children.filter((s) => s.children.length > 0 || s.weight !== undefined)
    if (children.length === 0 && g.weight === undefined) continue
    groups.push({ ...g, children })
    const gp = placed.get(g)
    places.push({
      ...(gp === undefined ? {} : { place: gp }),
      children: children.map((s) => {
        const sp = placed.get(s)
        return { ...(sp === undefined ? {} : { place: sp }), children: s.children.map((l) => placed.get(l)) }
      }),
    })
  }
  return { ...reading, groups, places: { ...(total === undefined ? {} : { total }), ...(budget === undefined ? {} : { budget }), groups: places } }
}
