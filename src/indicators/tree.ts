/**
 * Building the tree from input whose shape the schema has accepted: metadata, budget, the three levels, ids, weights,
 * and the checks that need the whole tree (duplicate ids, adjustments within their weight, the groups a project table
 * should have).
 *
 * @module
 */
import type { Decimal } from '../numbers/decimal.js'
import { placeAt, placeOf, report, type BuildContext } from './context.js'
import { categoryOf } from './category.js'
import { readBudget, readBudgetLine } from './budget.js'
import { readIndicator } from './indicator.js'
import type { EvaluationInput, IndicatorInput, Level1Input, Level2Input } from './input.js'
import { pointsOf } from './leaf-common.js'
import type { Budget, Evaluation, EvaluationKind, Level1Group } from './types.js'
import { checkWeights, distribute, ownWeight, sumUp, type WeightNode } from './weights.js'
import { readYear } from './values.js'
import { D } from '../numbers/decimal.js'
import { own } from '../own.js'

type Path = readonly (string | number)[]
type Draft = WeightNode & { id: string; children?: Draft[]; build: () => object }

const KINDS: Readonly<Record<string, EvaluationKind>> = { project: 'project', department: 'department', 项目支出: 'project', 部门整体支出: 'department' }

const text = (value: string | undefined): string | undefined => (value === undefined || value.trim() === '' ? undefined : value.trim())

function leafDraft(ctx: BuildContext, input: IndicatorInput, path: Path, id: string, category: string | undefined, budget: Budget | undefined, unit: string | undefined, total: Decimal | undefined): Draft {
  const name = input.name ?? (input.kind === 'budget-execution' ? '预算执行率' : '')
  if (name.trim() === '') report(ctx, 'LABEL_EMPTY', { level: 3 }, placeOf(ctx, path, 'name'), 'warning')
  const body = input.kind === 'budget-execution' ? readBudgetLine(ctx, input, path, budget, unit) : readIndicator(ctx, input, path, category)
  const weight = ownWeight(ctx, input.weight, name, path, total, false)
  const draft: Draft = {
    name,
    path,
    id: text(input.id) ?? id,
    weight: weight.weight,
    weightSource: weight.weightSource,
    ...(weight.broken === true ? { broken: true } : {}),
    // a leaf not applicable, or a budget line given no points, misses no weight
    ...(weight.weight === null && weight.broken !== true && ((body as { applicable: boolean }).applicable === false || input.kind === 'budget-execution') ? { optional: true } : {}),
    build: () => {
      // the body is this build's own object: completed and frozen in place (its parts are frozen where they are made)
      const leaf = body as Record<string, unknown>
      leaf.id = draft.id
      leaf.weight = draft.weight
      leaf.weightSource = draft.weightSource
      return Object.freeze(leaf)
    },
  }
  return draft
}

/**
 * A level-1 or level-2 group: its name, id, printed score, place and weight, and its children made by `child` (each given
 * its path and its position id).
 */
function groupDraft(ctx: BuildContext, level: 1 | 2, input: Level1Input | Level2Input, path: Path, id: string, total: Decimal | undefined, child: (input: never, path: Path, id: string) => Draft, category?: string): Draft {
  const name = input.name ?? ''
  if (name.trim() === '' && ctx.rows?.levels?.[level] !== false) report(ctx, 'LABEL_EMPTY', { level }, placeOf(ctx, path), 'warning')
  const ownId = text(input.id) ?? id
  const children = input.children.map((c, i) => child(c as never, Object.freeze([...path, 'children', i]), `${ownId}.${i + 1}`))
  const printedScore = pointsOf(ctx, input.printedScore, 'score', path, 'printedScore')
  const row = (ctx.rows === undefined ? undefined : placeAt(ctx.rows, path))?.row
  const draft: Draft = {
    name,
    path,
    id: ownId,
    children,
    ...ownWeight(ctx, input.weight, name, path, total),
    build: () =>
      Object.freeze({
        level,
        id: draft.id,
        name,
        path,
        weight: draft.weight,
        weightSource: draft.weightSource,
        ...(row === undefined ? {} : { row }),
        ...(category === undefined ? {} : { category }),
        ...(printedScore === undefined ? {} : { printedScore }),
        children: Object.freeze(children.map((c) => c.build())),
      }),
  }
  return draft
}

function level2Draft(ctx: BuildContext, input: Level2Input, path: Path, id: string, budget: Budget | undefined, unit: string | undefined, total: Decimal | undefined): Draft {
  const category = text(input.category) === undefined ? categoryOf(input.name ?? '') : (categoryOf(input.category) ?? text(input.category))
  return groupDraft(ctx, 2, input, path, id, total, (c: IndicatorInput, p, i) => leafDraft(ctx, c, p, i, category, budget, unit, total), category)
}

function level1Draft(ctx: BuildContext, input: Level1Input, path: Path, id: string, budget: Budget | undefined, unit: string | undefined, total: Decimal | undefined): Draft {
  return groupDraft(ctx, 1, input, path, id, total, (c: Level2Input, p, i) => level2Draft(ctx, c, p, i, budget, unit, total))
}

/** Every node's id is unique (ids made from positions are; only a given id can clash). */
function checkIds(ctx: BuildContext, groups: readonly Draft[], given: boolean): void {
  if (!given) return
  const seen = new Map<string, Path>()
  const visit = (node: Draft): void => {
    const first = seen.get(node.id)
    if (first === undefined) seen.set(node.id, node.path)
    else report(ctx, 'ID_DUPLICATE', { id: node.id, first: first.join('.') }, placeOf(ctx, node.path))
    for (const child of own(node, 'children') ?? []) visit(child)
  }
  for (const g of groups) visit(g)
}

/** Does the input give any node an id of its own? */
function hasGivenId(input: EvaluationInput): boolean {
  return input.groups.some((g) => text(g.id) !== undefined || g.children.some((s) => text(s.id) !== undefined || s.children.some((l) => text(l.id) !== undefined)))
}

/** An adjustment must lie within [0, weight]. */
function checkAdjustments(ctx: BuildContext, groups: readonly Level1Group[]): void {
  for (const g of groups) {
    for (const s of g.children) {
      for (const leaf of s.children) {
        // own fields only: an absent adjustment is never read from a polluted Object.prototype
        const a = own(leaf, 'adjustment')
        if (a !== undefined && leaf.weight !== null && a.score.gt(leaf.weight)) {
          report(ctx, 'ADJUSTMENT_OUT_OF_RANGE', { name: leaf.name, score: a.score, weight: leaf.weight }, placeOf(ctx, leaf.path, 'adjustment'))
        }
      }
    }
  }
}

/**
 * A project table (or, when the kind is not given, one with a group of outputs) should have output and effect groups and a
 * satisfaction indicator (warnings; the 财预〔2020〕10号 layout).
 */
function checkLayout(ctx: BuildContext, kind: EvaluationKind | undefined, groups: readonly Level1Group[]): void {
  const names = groups.map((g) => g.name.replace(/\s+/gu, ''))
  // a project table, or one that looks like it (a group of outputs) when the kind is not given
  if (kind === 'department' || groups.length === 0 || (kind === undefined && !names.some((n) => n.includes('产出')))) return
  if (!names.some((n) => n.includes('产出'))) report(ctx, 'GROUP_MISSING', { group: '产出' }, { path: ['groups'] }, 'warning')
  if (!names.some((n) => n.includes('效益') || n.includes('效果'))) report(ctx, 'GROUP_MISSING', { group: '效益' }, { path: ['groups'] }, 'warning')
  const satisfied = groups.some((g) => g.name.replace(/\s+/gu, '').includes('满意') || g.children.some((s) => s.name.includes('满意') || s.children.some((l) => l.name.includes('满意') || (l.kind === 'indicator' && own(l, 'category') === '满意度'))))
  if (!satisfied) report(ctx, 'SATISFACTION_MISSING', {}, { path: ['groups'] }, 'warning')
}

/** @internal Build the Evaluation from input of the right shape; issues go to the context. */
export function buildTree(ctx: BuildContext, input: EvaluationInput): Evaluation {
  const total = pointsOf(ctx, input.total, 'total', [], 'total')
  const printedTotal = pointsOf(ctx, input.printedTotal, 'score', [], 'printedTotal')
  const budget = readBudget(ctx, input.budget)
  const unit = text(input.budget?.unit)
  const drafts = input.groups.map((g, i) => level1Draft(ctx, g, Object.freeze(['groups', i]), String(i + 1), budget, unit, total))
  for (const d of drafts) sumUp(d)
  if (ctx.distribute) distribute(drafts, total ?? new D(100))
  const weight = checkWeights(ctx, drafts, total, [])
  checkIds(ctx, drafts, hasGivenId(input))
  const groups = drafts.map((d) => d.build() as Level1Group)
  checkAdjustments(ctx, groups)
  const kind = input.kind === undefined ? undefined : KINDS[input.kind]
  checkLayout(ctx, kind, groups)
  const name = text(input.name)
  const department = text(input.department)
  const implementer = text(input.implementer)
  const goals = input.goals === undefined ? undefined : Object.freeze({ ...(text(input.goals.expected) === undefined ? {} : { expected: input.goals.expected }), ...(text(input.goals.achieved) === undefined ? {} : { achieved: input.goals.achieved }) })
  return Object.freeze({
    ...(kind === undefined ? {} : { kind }),
    ...(name === undefined ? {} : { name }),
    ...(department === undefined ? {} : { department }),
    ...(implementer === undefined ? {} : { implementer }),
    ...(ctx.year === undefined ? {} : { year: ctx.year }),
    ...(goals === undefined ? {} : { goals }),
    ...(budget === undefined ? {} : { budget }),
    ...(total === undefined ? {} : { total }),
    ...(printedTotal === undefined ? {} : { printedTotal }),
    weight,
    groups: Object.freeze(groups),
    warnings: Object.freeze([...ctx.warnings]),
  }) as Evaluation
}

/** @internal The year of the input, read (an issue when it is not a whole number). */
export function yearOf(ctx: Pick<BuildContext, 'errors' | 'warnings' | 'rows'>, input: EvaluationInput): number | undefined {
  if (input.year === undefined || (typeof input.year === 'string' && input.year.trim() === '')) return undefined
  const read = readYear(input.year)
  if (read.ok) return read.value
  report(ctx as BuildContext, 'VALUE_INVALID', read.problem, { path: ['year'] })
  return undefined
}
