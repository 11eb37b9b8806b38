/**
 * The budget section of a sheet (资金情况 / 预算执行情况): its lines collected as the rows come, then read as one — the line
 * labelled a total (年度资金总额, 合计) is the total wherever it stands, else the first line unless it names a part; the
 * 财政拨款 and 上年结转 lines are those parts; every other line (其他资金, 单位资金, 中央补助资金 …) counts as other funds.
 * The total line gives the budget-execution line its weight, printed score and printed rate.
 *
 * @module
 */
import type { Issue } from '../../errors.js'
import type { RowField } from '../../messages/rows-details.js'
import type { RowPlace } from '../context.js'
import type { AmountInput, IndicatorInput } from '../input.js'
import { treeIssue } from '../issues.js'
import { BUDGET_LINE_LABELS } from '../lexicon/headers.js'
import { bare } from './row-cells.js'

type LineKey = 'total' | 'fiscal' | 'carryOver' | 'other'
type FigureKey = 'initial' | 'adjusted' | 'executed'

/** @internal What the rows reader knows of a line's cells. */
export interface LineCells {
  header(field: RowField): string | undefined
  text(field: RowField): string
  value(field: RowField): string | number | undefined
}

/** @internal One line of the section as read. */
export interface BudgetLine {
  readonly label: string
  /** A money unit the line's section label or label column names ("项目资金(元)"). */
  readonly unit?: string
  readonly row: number
  readonly cells: LineCells
  readonly filled: () => string[]
}

/** @internal The budget as input, and the places of its lines. */
export interface BudgetReading {
  readonly figures: { [K in FigureKey]?: { total?: AmountInput; fiscal?: AmountInput; carryOver?: AmountInput; other?: AmountInput[] } }
  readonly leaf: IndicatorInput
  readonly leafPlace: RowPlace
  readonly lines: Partial<Record<LineKey, RowPlace>>
}


/** Which line a label names, by a word it contains; undefined for no label; other funds for any other. */
function kindOf(label: string): LineKey | undefined {
  const b = bare(label)
  if (b === '') return undefined
  // a total first: 年度财政资金总额 is the total of the funds, not the 财政拨款 part
  for (const key of ['total', 'fiscal', 'carryOver'] as const) if (BUDGET_LINE_LABELS[key].some((w) => b.includes(w))) return key
  return 'other'
}

const FIGURES: readonly FigureKey[] = ['initial', 'adjusted', 'executed']
const LEAF_FIELDS: readonly RowField[] = ['initial', 'adjusted', 'executed', 'rate', 'weight', 'score', 'deviation']

/** @internal Read the lines of a section; `unit` is the money unit its headers name. Issues go to `issues`. */
export function readBudgetSection(lines: readonly BudgetLine[], headerUnit: string | undefined, issues: Issue[]): BudgetReading | undefined {
  if (lines.length === 0) return undefined
  // the unit: the figures' headers' ("全年预算数(万元)"), else the section's label's ("项目资金(元)") or its label column's
  const unit = headerUnit ?? lines.map((l) => l.unit).find((u) => u !== undefined)
  const kinds = lines.map((l) => kindOf(l.label))
  // the total: the line labelled so wherever it is; else the first, unless it names a part
  let total = kinds.indexOf('total')
  if (total < 0) total = kinds[0] === 'fiscal' || kinds[0] === 'carryOver' ? -1 : 0
  const figures: BudgetReading['figures'] = {}
  const places: Partial<Record<LineKey, RowPlace>> = {}
  lines.forEach((line, i) => {
    const kind: LineKey | undefined = i === total ? 'total' : kinds[i] === 'total' ? undefined : kinds[i]
    // a second line labelled total, or a later line with no label, fits nowhere: kept in a warning
    if (kind === undefined || (kind !== 'other' && places[kind] !== undefined)) {
      issues.push(treeIssue('ROW_IGNORED', { cells: line.filled() }, { path: [], row: line.row }, 'warning') as Issue)
      return
    }
    const columns: Partial<Record<string, string>> = {}
    for (const key of FIGURES) {
      const header = line.cells.header(key)
      if (header !== undefined) columns[key] = header
      const v = line.cells.value(key)
      if (v === undefined) continue
      const amount = unit !== undefined && /\d$/u.test(String(v)) ? `${v}${unit}` : v
      const figure = (figures[key] ??= {})
      if (kind === 'other') (figure.other ??= []).push(amount)
      else figure[kind] = amount
    }
    places[kind] ??= { row: line.row, columns }
  })
  const head = lines[total < 0 ? 0 : total] as BudgetLine
  const leaf: { -readonly [K in keyof IndicatorInput]: IndicatorInput[K] } = { kind: 'budget-execution', name: '预算执行率' }
  const weight = head.cells.value('weight')
  if (weight !== undefined) leaf.weight = weight
  const score = head.cells.value('score')
  if (score !== undefined) leaf.printedScore = score
  const rate = head.cells.value('rate')
  if (rate !== undefined) leaf.rate = rate
  const deviation = head.cells.text('deviation')
  if (deviation !== '') leaf.deviation = deviation
  const leafColumns: Partial<Record<string, string>> = {}
  for (const f of LEAF_FIELDS) {
    const h = head.cells.header(f)
    if (h !== undefined) leafColumns[f] = h
  }
  return { figures, leaf, leafPlace: { row: head.row, columns: leafColumns }, lines: places }
}
