/**
 * The one state of a build: the options, the issues found so far, where each input field sits in a spreadsheet, and the
 * readings of cell texts already made (a table repeats "100%" many times: each distinct text is read once per build, and
 * every indicator that writes it shares the one frozen Target).
 *
 * @module
 */
import type { Issue, Severity } from '../errors.js'
import type { Actual } from '../attainment/actual.js'
import type { Target } from '../targets/types.js'
import type { EvaluationErrorCode, EvaluationIssueDetailsByCode, RowField } from '../messages/evaluation-details.js'
import type { PolarityIndex } from './polarity.js'
import { reissue, treeIssue, type Place } from './issues.js'
import type { Read, WeightCell } from './values.js'

/** Where the fields of one input node came from in a spreadsheet: its row, and each field's header. */
export interface RowPlace {
  readonly row: number
  readonly columns: Partial<Readonly<Record<string, string>>>
}

/** @internal The places of a sheet's nodes, by position: found by the numbers of a path, no key made. */
export interface SheetPlaces {
  /** The group levels the sheet has columns for (a sheet without a 二级指标 column has no level-2 label to miss). */
  readonly levels?: { readonly 1: boolean; readonly 2: boolean }
  /** The total line's place. */
  readonly total?: RowPlace
  /** The budget section's lines, by the part they give (total, fiscal, carryOver, other), with their figures' headers. */
  readonly budget?: Partial<Readonly<Record<'total' | 'fiscal' | 'carryOver' | 'other', RowPlace>>>
  readonly groups: readonly { readonly place?: RowPlace; readonly children: readonly { readonly place?: RowPlace; readonly children: readonly (RowPlace | undefined)[] }[] }[]
}

/** @internal The place of the node at `path` (['groups', i, 'children', j, 'children', k], or [] for the total line). */
export function placeAt(places: SheetPlaces, path: readonly (string | number)[]): RowPlace | undefined {
  if (path.length === 0) return places.total
  if (path[0] === 'budget') return places.budget?.total
  const g = places.groups[path[1] as number]
  if (g === undefined || path.length < 4) return g?.place
  const s = g.children[path[3] as number]
  if (s === undefined || path.length < 6) return s?.place
  return s.children[path[5] as number]
}

/** @internal A build's state. */
export interface BuildContext {
  readonly year: number | undefined
  readonly weightMismatch: Severity
  readonly missingTarget: Severity
  readonly distribute: boolean
  /** The spreadsheet places of the nodes, when built from rows. */
  readonly rows: SheetPlaces | undefined
  readonly targets: Map<string, Target | Issue>
  readonly actuals: Map<string, Actual | Issue>
  /** Whether a pair of readings compares: null, or the issue of their judgement. */
  readonly comparable: Map<Target, Map<Actual, Issue | null>>
  /** Weight cells read, by their text. */
  readonly weights: Map<string, Read<WeightCell>>
  /** The polarity words, indexed by their last character. */
  readonly endings: PolarityIndex
  readonly errors: Issue[]
  readonly warnings: Issue[]
  /** Warnings given once per build. */
  readonly flags: { budgetUnitAssumed: boolean }
}

/** Which row field an input field is, for the column of an issue. */
const FIELD_COLUMNS: Readonly<Record<string, RowField>> = {
  target: 'target',
  actual: 'actual',
  weight: 'weight',
  printedScore: 'score',
  name: 'level3',
  unit: 'unit',
  polarity: 'direction',
  nature: 'nature',
  deviation: 'deviation',
  improvement: 'improvement',
  criteria: 'criteria',
  note: 'note',
  adjusted: 'adjusted',
  executed: 'executed',
  initial: 'initial',
  rate: 'rate',
  total: 'weight',
  printedTotal: 'score',
  adjustment: 'score',
}

/** @internal The place of a field of the node at `path`: the path, and the row and column when built from rows. */
export function placeOf(ctx: BuildContext, path: readonly (string | number)[], field?: string): Place {
  const full = field === undefined ? path : [...path, field]
  if (ctx.rows === undefined) return { path: full }
  // a budget figure: ['budget'] + figure, ['budget', figure] + part, or ['budget', figure, part] + index
  if (path[0] === 'budget') {
    const figure = (path[1] ?? field) as string
    const part = (path.length === 1 ? 'total' : path.length === 2 ? field : path[2]) as 'total' | 'fiscal' | 'carryOver' | 'other'
    const line = ctx.rows.budget?.[part] ?? ctx.rows.budget?.total
    if (line === undefined) return { path: full }
    const column = line.columns[figure]
    return column === undefined ? { path: full, row: line.row } : { path: full, row: line.row, column }
  }
  const place = placeAt(ctx.rows, path)
  if (place === undefined) return { path: full }
  const key = field === undefined ? undefined : Object.prototype.hasOwnProperty.call(FIELD_COLUMNS, field) ? FIELD_COLUMNS[field] : undefined
  const column = key === undefined ? undefined : place.columns[key]
  return column === undefined ? { path: full, row: place.row } : { path: full, row: place.row, column }
}

/** @internal Record an issue of the tree at a place. */
export function report<C extends EvaluationErrorCode>(
  ctx: BuildContext,
  code: C,
  details: EvaluationIssueDetailsByCode[C],
  place: Place,
  severity: Severity = 'error',
): void {
  const issue = treeIssue(code, details, place, severity) as Issue
  ;(severity === 'error' ? ctx.errors : ctx.warnings).push(issue)
}

/** @internal Record a target's or an actual's issue again at the place of its cell. */
export function reportAgain(ctx: BuildContext, issue: Issue, place: Place, severity: Severity = 'error'): void {
  ;(severity === 'error' ? ctx.errors : ctx.warnings).push(reissue(issue, place, severity))
}
