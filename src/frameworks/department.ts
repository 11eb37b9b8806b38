/**
 * `departmentOverall`: a 部门整体支出绩效自评表 on the 2013 common framework (财预〔2013〕53号 附件3). The framework supplies
 * the structure (投入 / 过程 / 产出 / 效果 and their level-2 groups), each common indicator's name, polarity and formula;
 * the caller picks the common indicators, gives each its weight, target and either an actual value or the formula's
 * figures (the rate is then computed exactly and kept, with the formula and figures, in the indicator's note), and may
 * place the department's own duties table (履职指标).
 *
 * @module
 */
import type { DefineEvaluationOptions } from '../indicators/define-evaluation.js'
import type { EvaluationError } from '../indicators/evaluation-error.js'
import type { EvaluationInput, Level2Input, NumberInput } from '../indicators/input.js'
import type { Evaluation } from '../indicators/types.js'
import { frameworkMessageTable } from '../messages/framework-locale.js'
import { own } from '../own.js'
import type { SafeResult } from '../result.js'
import { DEPARTMENT_COMMON_INDICATORS, DEPARTMENT_FRAMEWORK_2013, type CommonIndicator, type DepartmentGroupKey, type DepartmentSubgroupKey } from './department-indicators.js'
import { computeFormula } from './formula.js'
import { FrameworkError } from './framework-error.js'
import { frameworkIssue, type FrameworkIssue } from './issues.js'
import { checkKeys, HEADER_KEYS, headerOf, indicatorOf, isRecord, ownList, ownRecord, type FrameworkHeaderInput, type FrameworkIndicatorInput } from './read-input.js'
import { runFramework, type Placed } from './repath.js'
import { received } from '../indicators/received.js'

type Path = readonly (string | number)[]

/**
 * A common indicator as the caller chooses it: its `key` in `DEPARTMENT_COMMON_INDICATORS`, its weight and target, and
 * either an `actual` value or the `figures` of its formula (by the keys of `formula.figures`: `{ inPost: 136,
 * establishment: 143 }`). Its name and polarity come from the framework.
 *
 * @example
 * ```ts
 * const c: CommonIndicatorInput = { key: 'staffControlRate', weight: 5, target: '≤100%', figures: { inPost: 136, establishment: 160 } }
 * ```
 */
export interface CommonIndicatorInput extends Omit<FrameworkIndicatorInput, 'name' | 'polarity'> {
  /** The common indicator's key (`staffControlRate`). */
  readonly key: string
  /** The figures of its formula: numbers, decimal strings, Decimals, or text with a unit ("63.46万元"). */
  readonly figures?: Readonly<Record<string, NumberInput>>
}

/**
 * The department's own duties table (履职指标: the seed's 任务 1…7 under 履职效能), as level-2 groups of the tree.
 *
 * - `placement: 'output'` (default): the groups are the level-2 groups of 产出, in place of 职责履行 and its common
 *   indicators (choosing those as well is `FRAMEWORK_DUTIES_CONFLICT`); their weights add up to `weights.output`.
 * - `placement: 'level1'`: a level-1 group of its own, after the framework's, named `name` (required: "履职效能") and
 *   weighing `weight`.
 *
 * @example
 * ```ts
 * const d: DutiesInput = { placement: 'level1', name: '履职效能', groups: [{ name: '任务1', children: [{ name: '调解案件补贴发放率', weight: 10, target: '100%' }] }] }
 * ```
 */
export interface DutiesInput {
  /** `output` (default) or `level1`. */
  readonly placement?: 'output' | 'level1'
  /** The level-1 name, for `level1`. */
  readonly name?: string
  /** The level-1 weight, for `level1` (default: the sum of its groups'). */
  readonly weight?: NumberInput
  /** The groups: the tree's `Level2Input`, as they are. */
  readonly groups: readonly Level2Input[]
}

/**
 * What `departmentOverall` takes. The 2013 framework gives no weights: every weight is the caller's (`weights` for
 * groups, `weight` on each indicator), and the tree's rules apply — a group without one weighs the sum of its children,
 * a table without any is valid (a 绩效目标表), and siblings of which only some are weighted are `WEIGHT_MISSING`.
 *
 * @example
 * ```ts
 * const input: DepartmentOverallInput = { name: '区司法局', year: 2022, weights: { input: 10 }, common: [{ key: 'staffControlRate', weight: 10, target: '≤100%', figures: { inPost: 136, establishment: 160 } }] }
 * ```
 */
export interface DepartmentOverallInput extends FrameworkHeaderInput {
  /** Weights of groups, by the keys of `DEPARTMENT_FRAMEWORK_2013` (level 1 `input`, `process`, `output`, `effect`; level 2 `goalSetting` …). */
  readonly weights?: Readonly<Partial<Record<DepartmentGroupKey | DepartmentSubgroupKey, NumberInput>>>
  /** The common indicators chosen, in the order they are to appear within their groups. */
  readonly common?: readonly CommonIndicatorInput[]
  /** The department's own duties table. */
  readonly duties?: DutiesInput
}

const TOP_KEYS: readonly string[] = /*@__PURE__*/ (HEADER_KEYS as readonly string[]).concat(['weights', 'common', 'duties'])
const DUTIES_KEYS = ['placement', 'name', 'weight', 'groups']
const BY_KEY: ReadonlyMap<string, CommonIndicator> = /*@__PURE__*/ new Map(/*@__PURE__*/ DEPARTMENT_COMMON_INDICATORS.map((c) => [c.key, c]))
const SUPPLIED = ['kind', 'category', 'initial', 'adjusted', 'executed', 'rate', 'name', 'polarity']

/** One chosen common indicator, as the tree will read it, and where the caller wrote it. */
interface Chosen {
  readonly indicator: CommonIndicator
  readonly leaf: Record<string, unknown>
  readonly at: number
}

/** A chosen common indicator read: its leaf (the rate computed from its figures), or undefined and its issues. */
function choose(item: unknown, n: number, seen: Set<string>, issues: FrameworkIssue[]): Chosen | undefined {
  const path: Path = ['common', n]
  const copy = indicatorOf(item, path, issues, SUPPLIED)
  if (copy === undefined) return undefined
  const key = own(copy, 'key')
  const indicator = typeof key === 'string' ? BY_KEY.get(key) : undefined
  if (indicator === undefined) {
    issues.push(typeof key === 'string'
      ? frameworkIssue('FRAMEWORK_INDICATOR_UNKNOWN', { key }, [...path, 'key'])
      : frameworkIssue('FRAMEWORK_INPUT_INVALID', { reason: key === undefined ? 'missing' : 'type', key: 'key', expected: 'string', ...(key === undefined ? {} : { received: received(key) }) }, [...path, 'key']))
    return undefined
  }
  if (seen.has(indicator.key)) issues.push(frameworkIssue('FRAMEWORK_INDICATOR_DUPLICATE', { key: indicator.key }, [...path, 'key']))
  seen.add(indicator.key)
  const { key: _key, figures, ...rest } = copy
  const leaf: Record<string, unknown> = { ...rest, name: indicator.name, ...(indicator.polarity === null ? {} : { polarity: indicator.polarity }) }
  if (figures === undefined) return { indicator, leaf, at: n }
  if (!isRecord(figures)) {
    issues.push(frameworkIssue('FRAMEWORK_INPUT_INVALID', { reason: 'type', key: 'figures', expected: 'object', received: received(figures) }, [...path, 'figures']))
    return undefined
  }
  if (indicator.formula === undefined) {
    for (const figure of Object.keys(figures)) issues.push(frameworkIssue('FRAMEWORK_FIGURE_UNKNOWN', { indicator: indicator.name, figure, allowed: [] }, [...path, 'figures', figure]))
    return undefined
  }
  if (own(rest, 'actual') !== undefined) {
    issues.push(frameworkIssue('FRAMEWORK_ACTUAL_CONFLICT', { indicator: indicator.name }, [...path, 'actual']))
    return undefined
  }
  const computed = computeFormula(indicator, indicator.formula, figures, [...path, 'figures'])
  if ('issues' in computed) {
    issues.push(...computed.issues)
    return undefined
  }
  // the framework's tables are Chinese: the note is written as a 指标解释 cell would be
  const note = frameworkMessageTable('zh-CN').formulaNote({ formula: indicator.formula.written, figures: computed.figures, rate: computed.rate })
  const given = own(rest, 'note')
  leaf.actual = Object.freeze({ amount: computed.rate, unit: '%' })
  leaf.note = typeof given === 'string' && given.trim() !== '' ? `${given}\n${note}` : note
  return { indicator, leaf, at: n }
}

/** The duties table read, or undefined (with its issues when it is not one). */
function dutiesOf(input: object, issues: FrameworkIssue[]): { placement: 'output' | 'level1'; name?: string; weight?: unknown; groups: readonly unknown[] } | undefined {
  const duties = ownRecord(input, 'duties', [], issues)
  if (duties === undefined) return undefined
  checkKeys(duties, DUTIES_KEYS, ['duties'], issues)
  const placement = own(duties, 'placement') ?? 'output'
  if (placement !== 'output' && placement !== 'level1') issues.push(frameworkIssue('FRAMEWORK_INPUT_INVALID', { reason: 'type', key: 'placement', expected: 'output|level1', received: received(placement) }, ['duties', 'placement']))
  const groups = ownList(duties, 'groups', ['duties'], issues)
  if (groups === undefined && own(duties, 'groups') === undefined) issues.push(frameworkIssue('FRAMEWORK_INPUT_INVALID', { reason: 'missing', key: 'groups', expected: 'array' }, ['duties', 'groups']))
  const name = own(duties, 'name')
  if (placement === 'level1' && (typeof name !== 'string' || name.trim() === '')) {
    issues.push(frameworkIssue('FRAMEWORK_INPUT_INVALID', { reason: name === undefined ? 'missing' : 'type', key: 'name', expected: 'string', ...(name === undefined ? {} : { received: received(name) }) }, ['duties', 'name']))
  }
  const weight = own(duties, 'weight')
  return { placement: placement === 'level1' ? 'level1' : 'output', ...(typeof name === 'string' ? { name } : {}), ...(weight === undefined ? {} : { weight }), groups: groups ?? [] }
}

function place(input: unknown): Placed {
  const issues: FrameworkIssue[] = []
  if (!isRecord(input)) return { issues: [frameworkIssue('FRAMEWORK_INPUT_INVALID', { reason: 'type', expected: 'object', received: received(input) }, [])] }
  checkKeys(input, TOP_KEYS, [], issues)
  const weights = ownRecord(input, 'weights', [], issues) ?? {}
  checkKeys(weights, DEPARTMENT_FRAMEWORK_2013.groups.flatMap((g) => [g.key, ...g.subgroups.map((s) => s.key)]), ['weights'], issues)
  const seen = new Set<string>()
  const chosen = (ownList(input, 'common', [], issues) ?? []).map((item, n) => choose(item, n, seen, issues)).filter((c): c is Chosen => c !== undefined)
  const duties = dutiesOf(input, issues)
  const replacing = duties?.placement === 'output'
  const inDuty = chosen.filter((c) => c.indicator.subgroup === 'dutyPerformance')
  if (replacing && inDuty.length > 0) issues.push(frameworkIssue('FRAMEWORK_DUTIES_CONFLICT', { indicators: inDuty.map((c) => c.indicator.name) }, ['common', (inDuty[0] as Chosen).at, 'key']))

  const map: [Path, Path][] = []
  const groups: unknown[] = []
  const weighed = (key: string): { weight?: unknown } => (own(weights, key) === undefined ? {} : { weight: own(weights, key) })
  for (const g of DEPARTMENT_FRAMEWORK_2013.groups) {
    const i = groups.length
    const children: unknown[] = []
    if (g.key === 'output' && replacing && duties !== undefined) {
      duties.groups.forEach((d, n) => {
        map.push([['groups', i, 'children', n], ['duties', 'groups', n]])
        children.push(d)
      })
    } else {
      for (const s of g.subgroups) {
        const here = chosen.filter((c) => c.indicator.subgroup === s.key)
        if (here.length === 0) continue
        const j = children.length
        map.push([['groups', i, 'children', j, 'weight'], ['weights', s.key]])
        here.forEach((c, k) => map.push([['groups', i, 'children', j, 'children', k], ['common', c.at]]))
        children.push({ name: s.name, ...weighed(s.key), children: here.map((c) => c.leaf) })
      }
    }
    if (children.length === 0) continue
    map.push([['groups', i, 'weight'], ['weights', g.key]])
    groups.push({ name: g.name, ...weighed(g.key), children })
  }
  if (duties !== undefined && duties.placement === 'level1') {
    const i = groups.length
    map.push([['groups', i], ['duties']])
    duties.groups.forEach((_, n) => map.push([['groups', i, 'children', n], ['duties', 'groups', n]]))
    groups.push({ name: duties.name, ...(duties.weight === undefined ? {} : { weight: duties.weight }), children: duties.groups })
  }
  if (issues.length > 0) return { issues: issues as [FrameworkIssue, ...FrameworkIssue[]] }
  return { evaluation: { ...headerOf(input), kind: 'department', groups } as EvaluationInput, map }
}

/**
 * Build a department's overall self-evaluation (部门整体支出绩效自评表) on the 2013 common framework (财预〔2013〕53号 附件3),
 * through `defineEvaluation`. Chosen common indicators are placed in their groups in the framework's order (groups with
 * none are left out), named and given their polarity by the framework; one given `figures` has its rate computed exactly
 * (Decimal, × 100 before ÷) as its actual value in %, and its note keeps the formula and the figures. The duties table is
 * placed as `duties.placement` says.
 *
 * @param input - the header, `common` indicators, optional `weights` and `duties`.
 * @param options - the tree's options (`weightMismatch`, `missingTarget`, `distributeWeights`, `polarityWords`).
 * @returns the frozen `Evaluation`, of kind `department`.
 * @throws {@link FrameworkError} for an unknown or repeated common indicator, a figure missing, unknown, not a number or
 *   negative, a zero denominator, an actual given beside figures, a duties table that cannot be placed; the tree's
 *   `EvaluationError` when the placed table is not valid, each issue at its path in this input (`common.0.target`).
 * @example
 * ```ts
 * import { departmentOverall, scoreEvaluation } from 'jixiao'
 * const e = departmentOverall({
 *   common: [
 *     { key: 'staffControlRate', weight: 10, target: '≤100%', figures: { inPost: 136, establishment: 160 } },
 *     { key: 'threePublicChangeRate', weight: 10, target: '≤0', figures: { current: '28万元', previous: '32万元' } },
 *   ],
 * })
 * const leaf = e.groups[0].children[0].children[1]
 * leaf.kind === 'indicator' && leaf.actual?.kind === 'quantity' && leaf.actual.value.amount.toString()
 * //=> '-12.5'
 * scoreEvaluation(e).score.toString()
 * //=> '20'
 * ```
 */
export function departmentOverall(input: DepartmentOverallInput, options?: DefineEvaluationOptions): Evaluation {
  const r = runFramework(place, input, options, true)
  if (!r.success) throw r.error
  return r.data
}

/**
 * Like {@link departmentOverall}, but never throws: returns a result.
 *
 * @param input - as for {@link departmentOverall}.
 * @param options - as for {@link departmentOverall}.
 * @returns `{ success: true, data }`, or `{ success: false, error }` with a `FrameworkError` or the tree's `EvaluationError`.
 * @example
 * ```ts
 * import { safeDepartmentOverall } from 'jixiao'
 * const r = safeDepartmentOverall({ common: [{ key: 'procurementExecutionRate', weight: 5, target: '≥90%', figures: { actual: '30.66万元' } }] })
 * !r.success && r.error.issues.map((i) => [i.code, i.path.join('.')])
 * //=> [['FRAMEWORK_FIGURE_MISSING', 'common.0.figures.budget']]
 * ```
 */
export function safeDepartmentOverall(input: DepartmentOverallInput, options?: DefineEvaluationOptions): SafeResult<Evaluation, FrameworkError | EvaluationError> {
  return runFramework(place, input, options, false)
}
