/**
 * Reading a sheet's rows into the input of `defineEvaluation`: group labels filled down (merged cells arrive blank), a
 * label repeated further down joined to its group in an export (another group, said so, in a sheet of merged cells),
 * split cells joined, the budget section turned into the budget-execution line, totals and subtotals read, template
 * placeholders skipped, and where every node sits in the sheet. One pass, linear in the rows.
 *
 * @module
 */
import type { Issue } from '../../errors.js'
import type { RowField } from '../../messages/rows-details.js'
import type { RowPlace, SheetPlaces } from '../context.js'
import { treeIssue } from '../issues.js'
import { BUDGET_SECTION_LABELS, IGNORED_HEADERS, SUBTOTAL_LABELS, TOTAL_LABELS } from '../lexicon/headers.js'
import { readBudgetSection, type BudgetLine, type BudgetReading } from './budget-section.js'
import { normalizeHeader, type Columns } from './headers.js'
import {
  bare,
  budgetLabel,
  columnsOf,
  groupCells,
  holds,
  indicatorOf,
  isEmpty,
  isPlaceholder,
  LEAF_FIELDS,
  moneyUnitIn,
  repeatsLabels,
  rowCells,
  type Group1,
  type Group2,
  type MutableLeaf,
} from './row-cells.js'
import type { Cells } from './snapshot.js'

/** @internal What the rows hold. */
export interface Reading {
  readonly groups: Group1[]
  readonly places: SheetPlaces
  readonly issues: Issue[]
  budget?: BudgetReading['figures']
  total?: string | number
  printedTotal?: string | number
}

/** @internal Read the rows into groups, the budget and the totals. */
export function readRows(rows: readonly Cells[], headers: readonly string[], columns: Columns, firstRow: number): Reading {
  const reading: Reading = { groups: [], places: { groups: [] }, issues: [] }
  let totalPlace: RowPlace | undefined
  // where each node sits, by the node (paths are known only once empty groups are dropped)
  const placed = new Map<object, RowPlace>()
  const byName = new Map<string, Group1>()
  const inner = new Map<Group1, Map<string, Group2>>()
  let level1: Group1 | undefined
  let level2: Group2 | undefined
  let inBudget = false
  const budgetLines: BudgetLine[] = []
  let budgetGroup: Group1 | undefined
  const warned = new Set<RowField>()
  const claimed = new Set([...Object.values(columns.field).flat(), ...Object.values(columns.groupWeight ?? {}), ...Object.values(columns.groupScore ?? {})])
  const labelColumns = new Set<string>()
  const repeated = repeatsLabels(rows, columns)
  const firstRows = new Map<object, number>()
  // the row that named each group, with its cells: a group dropped for having nothing under it keeps them in a warning
  const creators = new Map<object, { row: number; cells: () => string[] }>()
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
    const lineOnly = l3 === '' && cells.text('target') === ''
    // a total line (总分, 合计) without budget figures: the declared total and the printed total
    if (lineOnly && !figures && (TOTAL_LABELS.includes(b1) || (l1 === '' && TOTAL_LABELS.includes(b2)))) {
      const weight = cells.value('weight')
      const score = cells.value('score')
      if (weight !== undefined) reading.total = weight
      if (score !== undefined) reading.printedTotal = score
      totalPlace = { row: sheetRow, columns: { weight: cells.header('weight') ?? '', score: cells.header('score') ?? '' } }
      return
    }
    // a budget line has figures of its own (年初预算数, 全年预算数, 全年执行数, 执行率): in a labelled section, or after one
    if (lineOnly && figures && (labelled || inBudget || l1 === '' || budgetLines.length === 0)) {
      if (budgetLines.length === 0) {
        budgetGroup = { name: l1 !== '' ? l1 : '预算执行率', children: [{ name: '', children: [] }] }
        reading.groups.push(budgetGroup)
        level1 = undefined
        level2 = undefined
      }
      inBudget = true
      const label = budgetLabel(row, claimed, l2, l3, labelColumns)
      const unit = moneyUnitIn(l1) ?? moneyUnitIn(budgetGroup?.name ?? '') ?? [...labelColumns].map((h) => normalizeHeader(h).unit).find((u) => u !== undefined)
      budgetLines.push(unit === undefined ? { label, row: sheetRow, cells, filled } : { label, unit, row: sheetRow, cells, filled })
      return
    }
    // a line of the section with no figures (其他资金 with "/" in every cell): nothing to read
    if (lineOnly && inBudget && l1 === '' && filled().length <= 1) return
    const b3 = l3 === '' ? '' : bare(l3)
    if (b3 !== '' && isPlaceholder(cells, b3)) return
    if (l1 !== '' && (level1 === undefined || l1 !== level1.name)) {
      // a label seen before: its group again in a sheet that repeats labels (an export, rows in any order); another
      // group, and said so, in a sheet of merged cells
      const seen = byName.get(l1)
      if (seen !== undefined && repeated) level1 = seen
      else {
        if (seen !== undefined) reading.issues.push(treeIssue('LABEL_REPEATED', { name: l1, level: 1, first: firstRows.get(seen) ?? sheetRow }, { path: [], row: sheetRow, column: cells.header('level1') ?? '' }, 'warning') as Issue)
        level1 = { name: l1, children: [] }
        if (seen === undefined) byName.set(l1, level1)
        firstRows.set(level1, sheetRow)
        creators.set(level1, { row: sheetRow, cells: filled })
        reading.groups.push(level1)
      }
      level2 = undefined
    }
    if (level1 === undefined) {
      level1 = { name: '', children: [] }
      reading.groups.push(level1)
    }
    place(level1, sheetRow, { weight: cells.header('level1') ?? '' })
    groupCells(row, columns, 1, level1, sheetRow, placed)
    const names = inner.get(level1) ?? new Map<string, Group2>()
    inner.set(level1, names)
    if (l2 !== '' && (level2 === undefined || l2 !== level2.name)) {
      const seen = names.get(l2)
      if (seen !== undefined && repeated) level2 = seen
      else {
        if (seen !== undefined) reading.issues.push(treeIssue('LABEL_REPEATED', { name: l2, level: 2, first: firstRows.get(seen) ?? sheetRow }, { path: [], row: sheetRow, column: cells.header('level2') ?? '' }, 'warning') as Issue)
        level2 = { name: l2, children: [] }
        if (seen === undefined) names.set(l2, level2)
        firstRows.set(level2, sheetRow)
        creators.set(level2, { row: sheetRow, cells: filled })
        level1.children.push(level2)
      }
    }
    if (level2 === undefined) {
      level2 = { name: '', children: [] }
      level1.children.push(level2)
    }
    place(level2, sheetRow, { weight: cells.header('level2') ?? '' })
    groupCells(row, columns, 2, level2, sheetRow, placed)
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
  // columns no field reads, with text in them: named in one warning, so that nothing is lost without a word
  const unread = headers.filter((h) => !claimed.has(h) && !labelColumns.has(h) && !IGNORED_HEADERS.includes(normalizeHeader(h).key) && rows.some((r) => holds(r, [h])))
  if (unread.length > 0) reading.issues.push(treeIssue('COLUMNS_UNREAD', { headers: unread }, { path: [] }, 'warning') as Issue)
  const section = readBudgetSection(budgetLines, columns.unit, reading.issues)
  if (section !== undefined && budgetGroup !== undefined) {
    reading.budget = section.figures
    const only = budgetGroup.children[0] as Group2
    only.name = budgetGroup.name
    only.children.push(section.leaf as MutableLeaf)
    placed.set(budgetGroup, { row: section.leafPlace.row, columns: { weight: columns.field.level1?.[0] ?? '' } })
    placed.set(only, { row: section.leafPlace.row, columns: {} })
    placed.set(section.leaf, section.leafPlace)
  }
  return keep(reading, placed, totalPlace, section?.lines, creators, { 1: columns.field.level1 !== undefined, 2: columns.field.level2 !== undefined })
}

/** Drop the groups a row named that got no indicator and no weight (the row is in a warning), and place the rest by position. */
function keep(
  reading: Reading,
  placed: ReadonlyMap<object, RowPlace>,
  total: RowPlace | undefined,
  budget: SheetPlaces['budget'],
  creators: ReadonlyMap<object, { row: number; cells: () => string[] }>,
  levels: { 1: boolean; 2: boolean },
): Reading {
  const groups: Group1[] = []
  // rows already kept in a warning are not kept twice
  const dropped = new Set<number>(reading.issues.filter((i) => i.code === 'ROW_IGNORED').map((i) => i.row as number))
  const drop = (node: object): void => {
    const c = creators.get(node)
    if (c === undefined || dropped.has(c.row)) return
    dropped.add(c.row)
    reading.issues.push(treeIssue('ROW_IGNORED', { cells: c.cells() }, { path: [], row: c.row }, 'warning') as Issue)
  }
  const places: { place?: RowPlace; children: { place?: RowPlace; children: (RowPlace | undefined)[] }[] }[] = []
  for (const g of reading.groups) {
    const children = g.children.filter((s) => s.children.length > 0 || s.weight !== undefined)
    for (const s of g.children) if (!children.includes(s)) drop(s)
    if (children.length === 0 && g.weight === undefined) {
      drop(g)
      continue
    }
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
  return { ...reading, groups, places: { levels, ...(total === undefined ? {} : { total }), ...(budget === undefined ? {} : { budget }), groups: places } }
}
