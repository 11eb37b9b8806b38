/**
 * `projectSelfEvaluation`: a 项目支出绩效自评表 built on a national layout. The layout supplies the level-1 and level-2 names
 * (so the tree reads each indicator's category, and a 成本 row's polarity, from them), the default level-1 weights of
 * 财预〔2020〕10号 and the 预算执行率 line with its rule; the caller supplies the header, the indicators of each category,
 * their targets, actuals and weights, and any level-1 weights that differ.
 *
 * @module
 */
import type { DefineEvaluationOptions } from '../indicators/define-evaluation.js'
import type { EvaluationError } from '../indicators/evaluation-error.js'
import type { EvaluationInput, IndicatorInput, NumberInput } from '../indicators/input.js'
import type { Evaluation } from '../indicators/types.js'
import { own } from '../own.js'
import type { SafeResult } from '../result.js'
import { FrameworkError } from './framework-error.js'
import { frameworkIssue, type FrameworkIssue } from './issues.js'
import { PROJECT_FRAMEWORK_2020, PROJECT_FRAMEWORK_COST_FIRST, type ProjectLayout, type ProjectLayoutKey } from './project-layouts.js'
import { checkKeys, HEADER_KEYS, headerOf, indicatorOf, isRecord, ownList, ownRecord, type FrameworkHeaderInput, type FrameworkIndicatorInput } from './read-input.js'
import { runFramework, type Placed } from './repath.js'
import { received } from '../indicators/received.js'

type Path = readonly (string | number)[]

/**
 * The keys of the level-2 categories: `quantity` 数量, `quality` 质量, `timeliness` 时效, `cost` 成本 (2020 layout),
 * `economicCost` 经济成本, `socialCost` 社会成本, `ecologicalCost` 生态环境成本 (cost-first layout), `economic` 经济效益,
 * `social` 社会效益, `ecological` 生态效益, `sustainable` 可持续影响, `satisfaction` 服务对象满意度.
 *
 * @example
 * ```ts
 * const key: ProjectCategoryKey = 'timeliness' // 时效指标
 * ```
 */
export type ProjectCategoryKey = 'quantity' | 'quality' | 'timeliness' | 'cost' | 'economicCost' | 'socialCost' | 'ecologicalCost' | 'economic' | 'social' | 'ecological' | 'sustainable' | 'satisfaction'

/**
 * The keys of the level-1 weights: `output` 产出, `cost` 成本 (cost-first layout), `effect` 效益, `satisfaction` 满意度,
 * `budget` 预算执行率.
 *
 * @example
 * ```ts
 * const key: ProjectGroupKey = 'effect' // 效益指标
 * ```
 */
export type ProjectGroupKey = 'output' | 'cost' | 'effect' | 'satisfaction' | 'budget'

/**
 * The 预算执行率 line as a caller gives it: its figures (default: the evaluation budget's totals), a printed rate, score
 * or adjustment, and its reasons. Its weight is the level-1 weight `budget`.
 *
 * @example
 * ```ts
 * const b: BudgetLineInput = { adjusted: '65.66', executed: '65.07', printedScore: 9 }
 * ```
 */
export type BudgetLineInput = Pick<IndicatorInput, 'id' | 'name' | 'initial' | 'adjusted' | 'executed' | 'rate' | 'printedScore' | 'adjustment' | 'deviation' | 'improvement' | 'applicable' | 'note'>

/**
 * What `projectSelfEvaluation` takes.
 *
 * @example
 * ```ts
 * const input: ProjectSelfEvaluationInput = {
 *   name: '普法宣传项目',
 *   budget: { adjusted: 120, executed: 110 },
 *   indicators: { quantity: [{ name: '培训人次', weight: 50, target: '≥500人次', actual: '620人次' }], social: [{ name: '群众法治意识', weight: 30, target: '有效提升', actual: '有效提升' }], satisfaction: [{ name: '群众满意度', weight: 10, target: '≥90%', actual: '95%' }] },
 * }
 * ```
 */
export interface ProjectSelfEvaluationInput extends FrameworkHeaderInput {
  /** `2020` (default: 财预〔2020〕10号, 产出 50 / 效益 30 / 满意度 10 / 预算执行率 10) or `cost-first` (成本指标 a level-1 group; every weight from the caller). */
  readonly layout?: ProjectLayoutKey
  /** Level-1 weights that replace the layout's ("如有特殊情况，一级指标权重可做适当调整"); all of them for `cost-first`. */
  readonly weights?: Readonly<Partial<Record<ProjectGroupKey, NumberInput>>>
  /** The indicators of each level-2 category; a category left out or empty has no group. */
  readonly indicators: Readonly<Partial<Record<ProjectCategoryKey, readonly FrameworkIndicatorInput[]>>>
  /** The 预算执行率 line's own fields. */
  readonly budgetExecution?: BudgetLineInput
}

const TOP_KEYS: readonly string[] = /*@__PURE__*/ (HEADER_KEYS as readonly string[]).concat(['layout', 'weights', 'indicators', 'budgetExecution'])
const BUDGET_KEYS = ['id', 'name', 'initial', 'adjusted', 'executed', 'rate', 'printedScore', 'adjustment', 'deviation', 'improvement', 'applicable', 'note']

/** The tree's input, where each part came from, or the framework's issues. */
function place(input: unknown): Placed {
  const issues: FrameworkIssue[] = []
  if (!isRecord(input)) return { issues: [frameworkIssue('FRAMEWORK_INPUT_INVALID', { reason: 'type', expected: 'object', received: received(input) }, [])] }
  checkKeys(input, TOP_KEYS, [], issues)
  const layoutKey = own(input, 'layout') ?? '2020'
  if (layoutKey !== '2020' && layoutKey !== 'cost-first') issues.push(frameworkIssue('FRAMEWORK_INPUT_INVALID', { reason: 'type', key: 'layout', expected: '2020|cost-first', received: received(layoutKey) }, ['layout']))
  const layout: ProjectLayout = layoutKey === 'cost-first' ? PROJECT_FRAMEWORK_COST_FIRST : PROJECT_FRAMEWORK_2020
  const weights = ownRecord(input, 'weights', [], issues) ?? {}
  checkKeys(weights, layout.groups.map((g) => g.key), ['weights'], issues)
  const indicators = own(input, 'indicators')
  if (!isRecord(indicators)) issues.push(frameworkIssue('FRAMEWORK_INPUT_INVALID', { reason: indicators === undefined ? 'missing' : 'type', key: 'indicators', expected: 'object', ...(indicators === undefined ? {} : { received: received(indicators) }) }, ['indicators']))
  const byCategory = isRecord(indicators) ? indicators : {}
  checkKeys(byCategory, layout.groups.flatMap((g) => g.categories.map((c) => c.key)), ['indicators'], issues)
  const line = ownRecord(input, 'budgetExecution', [], issues)
  if (line !== undefined) checkKeys(line, BUDGET_KEYS, ['budgetExecution'], issues)

  const map: [Path, Path][] = []
  const groups: unknown[] = []
  for (const g of layout.groups) {
    const i = groups.length
    const given = own(weights, g.key) as NumberInput | undefined
    let children: unknown[]
    if (g.budget === true) {
      const leaf = { ...(line ?? {}), kind: 'budget-execution', name: own(line ?? {}, 'name') ?? g.name, rule: 'budget-execution', ...(given ?? g.weight) !== null ? { weight: given ?? g.weight } : {} }
      children = [{ name: g.name, children: [leaf] }]
      map.push([['groups', i, 'children', 0, 'children', 0], ['budgetExecution']])
    } else {
      children = []
      for (const c of g.categories) {
        const list = ownList(byCategory, c.key, ['indicators'], issues)
        if (list === undefined || list.length === 0) continue
        const leaves = list.map((item, n) => indicatorOf(item, ['indicators', c.key, n], issues))
        map.push([['groups', i, 'children', children.length], ['indicators', c.key]])
        leaves.forEach((_, n) => map.push([['groups', i, 'children', children.length, 'children', n], ['indicators', c.key, n]]))
        children.push({ name: c.name, children: leaves })
      }
      // an empty category has no group, and a level-1 group without categories none either
      if (children.length === 0) continue
    }
    const weight = given ?? g.weight
    if (weight === null) issues.push(frameworkIssue('FRAMEWORK_WEIGHT_REQUIRED', { layout: layout.key, group: g.name }, ['weights', g.key]))
    map.push([['groups', i, 'weight'], ['weights', g.key]])
    groups.push({ name: g.name, ...(weight === null ? {} : { weight }), children })
  }
  if (issues.length > 0) return { issues: issues as [FrameworkIssue, ...FrameworkIssue[]] }
  return { evaluation: { ...headerOf(input), kind: 'project', groups } as EvaluationInput, map }
}

/**
 * Build a project's self-evaluation (项目支出绩效自评表) on a national layout, through `defineEvaluation` (so the tree's
 * schema and checks apply). The 2020 layout gives 产出 50 / 效益 30 / 满意度 10 / 预算执行率 10 (财预〔2020〕10号); the
 * cost-first layout gives no weights, and each of its groups needs one (`FRAMEWORK_WEIGHT_REQUIRED`). Level-2 weights are
 * the sums of the caller's indicators': children that miss their group's weight are the tree's `WEIGHT_SUM_MISMATCH`,
 * named at `weights.output`. Categories without indicators are left out. 预算执行率 is the tree's budget-execution line
 * (全年执行数 ÷ 全年预算数), from `budgetExecution` or else the evaluation's `budget`, scored by the `budget-execution` rule.
 *
 * @param input - the header, `indicators` per category key, optional `weights`, `layout` and `budgetExecution`.
 * @param options - the tree's options (`weightMismatch`, `missingTarget`, `distributeWeights`, `polarityWords`).
 * @returns the frozen `Evaluation`, of kind `project`.
 * @throws {@link FrameworkError} when the framework cannot place the input (an unknown category or key, a field the
 *   framework supplies, a layout weight missing); the tree's `EvaluationError` when the placed table is not valid, each
 *   issue at its path in this input (`indicators.quantity.0.target`, `weights.output`).
 * @example
 * ```ts
 * import { projectSelfEvaluation, scoreEvaluation } from 'jixiao'
 * const e = projectSelfEvaluation({
 *   name: '普法宣传项目',
 *   budget: { adjusted: 120, executed: 108 },
 *   indicators: {
 *     quantity: [{ name: '培训人次', weight: 30, target: '≥500人次', actual: '620人次' }],
 *     cost: [{ name: '人均培训成本', weight: 20, target: '200元', actual: '180元' }],
 *     social: [{ name: '群众法治意识', weight: 30, target: '有效提升', actual: '有效提升' }],
 *     satisfaction: [{ name: '群众满意度', weight: 10, target: '≥90%', actual: '95%' }],
 *   },
 * })
 * e.groups.map((g) => `${g.name}${g.weight}`)
 * //=> ['产出指标50', '效益指标30', '满意度指标10', '预算执行率10']
 * scoreEvaluation(e).score.toString()
 * //=> '99'
 * ```
 */
export function projectSelfEvaluation(input: ProjectSelfEvaluationInput, options?: DefineEvaluationOptions): Evaluation {
  const r = runFramework(place, input, options, true)
  if (!r.success) throw r.error
  return r.data
}

/**
 * Like {@link projectSelfEvaluation}, but never throws: returns a result.
 *
 * @param input - as for {@link projectSelfEvaluation}.
 * @param options - as for {@link projectSelfEvaluation}.
 * @returns `{ success: true, data }`, or `{ success: false, error }` with a `FrameworkError` or the tree's `EvaluationError`.
 * @example
 * ```ts
 * import { safeProjectSelfEvaluation } from 'jixiao'
 * const r = safeProjectSelfEvaluation({ layout: 'cost-first', weights: { output: 40 }, indicators: { quantity: [{ name: '培训人次', weight: 40, target: '≥500人次' }], economicCost: [{ name: '培训成本', weight: 20, target: '≤10万元' }] } })
 * !r.success && r.error.issues.map((i) => [i.code, i.path.join('.')])
 * //=> [['FRAMEWORK_WEIGHT_REQUIRED', 'weights.cost'], ['FRAMEWORK_WEIGHT_REQUIRED', 'weights.budget']]
 * ```
 */
export function safeProjectSelfEvaluation(input: ProjectSelfEvaluationInput, options?: DefineEvaluationOptions): SafeResult<Evaluation, FrameworkError | EvaluationError> {
  return runFramework(place, input, options, false)
}
