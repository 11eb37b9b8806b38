/**
 * The two national layouts of a 项目支出绩效自评表, as frozen data: the 财预〔2020〕10号 layout (产出 50 / 效益 30 / 满意度 10 /
 * 预算执行率 10) and the later layout with 成本指标 as a level-1 group, which gives no national weights.
 *
 * @module
 */
import { deepFreeze } from '../freeze.js'

/**
 * A level-2 category of a project layout: its stable key, its name as the table writes it, and the category the indicator
 * tree reads from that name (so 成本 rows are lower-is-better when nothing else says, as the tree decides).
 *
 * @example
 * ```ts
 * const c: ProjectCategorySpec = { key: 'quantity', name: '数量指标', category: '数量' }
 * ```
 */
export interface ProjectCategorySpec {
  /** The key of the caller's indicators (`quantity`). */
  readonly key: string
  /** The level-2 name (数量指标). */
  readonly name: string
  /** The tree's category (数量). */
  readonly category: string
}

/**
 * A level-1 group of a project layout.
 *
 * @example
 * ```ts
 * const g: ProjectGroupSpec = { key: 'satisfaction', name: '满意度指标', weight: 10, categories: [{ key: 'satisfaction', name: '服务对象满意度指标', category: '满意度' }] }
 * ```
 */
export interface ProjectGroupSpec {
  /** The key of its weight in the caller's `weights` (`output`). */
  readonly key: string
  /** The level-1 name (产出指标). */
  readonly name: string
  /** The national default weight, or null when the layout gives none. */
  readonly weight: number | null
  /** Its level-2 categories; empty for the budget-execution group. */
  readonly categories: readonly ProjectCategorySpec[]
  /** True for the 预算执行率 group, whose one line is the tree's budget-execution leaf. */
  readonly budget?: true
}

/**
 * A project layout: its groups in table order, and where it comes from.
 *
 * @example
 * ```ts
 * import { PROJECT_FRAMEWORK_2020 } from 'jixiao'
 * PROJECT_FRAMEWORK_2020.groups.map((g) => `${g.name}${g.weight}`)
 * //=> ['产出指标50', '效益指标30', '满意度指标10', '预算执行率10']
 * ```
 */
export interface ProjectLayout {
  /** `2020` or `cost-first`. */
  readonly key: ProjectLayoutKey
  /** The layout's name. */
  readonly name: string
  /** The document that sets it out. */
  readonly source: string
  /** The level-1 groups, in table order. */
  readonly groups: readonly ProjectGroupSpec[]
}

/**
 * The layouts `projectSelfEvaluation` knows.
 *
 * @example
 * ```ts
 * const layout: ProjectLayoutKey = 'cost-first'
 * ```
 */
export type ProjectLayoutKey = '2020' | 'cost-first'

const OUTPUT_2020 = [
  { key: 'quantity', name: '数量指标', category: '数量' },
  { key: 'quality', name: '质量指标', category: '质量' },
  { key: 'timeliness', name: '时效指标', category: '时效' },
  { key: 'cost', name: '成本指标', category: '成本' },
] as const
const EFFECT = [
  { key: 'economic', name: '经济效益指标', category: '经济效益' },
  { key: 'social', name: '社会效益指标', category: '社会效益' },
  { key: 'ecological', name: '生态效益指标', category: '生态效益' },
  { key: 'sustainable', name: '可持续影响指标', category: '可持续影响' },
] as const
const SATISFACTION = [{ key: 'satisfaction', name: '服务对象满意度指标', category: '满意度' }] as const
const COST = [
  { key: 'economicCost', name: '经济成本指标', category: '经济成本' },
  { key: 'socialCost', name: '社会成本指标', category: '社会成本' },
  { key: 'ecologicalCost', name: '生态环境成本指标', category: '生态环境成本' },
] as const

/**
 * The 项目支出绩效自评表 layout of 财政部《项目支出绩效评价管理办法》(财预〔2020〕10号) 附件2 (项目支出绩效自评表): level 1
 * 产出指标 50, 效益指标 30, 服务对象满意度指标 10, 预算执行率 10 ("如有特殊情况，一级指标权重可做适当调整": the caller's
 * `weights` replace them); level 2 数量 / 质量 / 时效 / 成本, 经济效益 / 社会效益 / 生态效益 / 可持续影响, 服务对象满意度.
 *
 * @example
 * ```ts
 * import { PROJECT_FRAMEWORK_2020 } from 'jixiao'
 * PROJECT_FRAMEWORK_2020.groups[0].categories.map((c) => c.key)
 * //=> ['quantity', 'quality', 'timeliness', 'cost']
 * ```
 */
export const PROJECT_FRAMEWORK_2020: ProjectLayout = /*@__PURE__*/ deepFreeze<ProjectLayout>({
  key: '2020',
  name: '项目支出绩效自评表（财预〔2020〕10号）',
  source: '财政部《项目支出绩效评价管理办法》（财预〔2020〕10号）',
  groups: [
    { key: 'output', name: '产出指标', weight: 50, categories: /*@__PURE__*/ OUTPUT_2020.map((c) => ({ ...c })) },
    { key: 'effect', name: '效益指标', weight: 30, categories: /*@__PURE__*/ EFFECT.map((c) => ({ ...c })) },
    { key: 'satisfaction', name: '满意度指标', weight: 10, categories: /*@__PURE__*/ SATISFACTION.map((c) => ({ ...c })) },
    { key: 'budget', name: '预算执行率', weight: 10, categories: [], budget: true },
  ],
})

/**
 * The later national layout with 成本指标 as a level-1 group of 经济成本 / 社会成本 / 生态环境成本 (财政部《中央部门项目支出核心绩效
 * 目标和指标设置及取值指引（试行）》, 财预〔2021〕101号: "成本指标包括经济成本指标、社会成本指标、生态环境成本指标"); 产出 keeps
 * 数量 / 质量 / 时效. It sets no level-1 weights: the caller gives every one.
 *
 * @example
 * ```ts
 * import { PROJECT_FRAMEWORK_COST_FIRST } from 'jixiao'
 * PROJECT_FRAMEWORK_COST_FIRST.groups.map((g) => g.name)
 * //=> ['产出指标', '成本指标', '效益指标', '满意度指标', '预算执行率']
 * ```
 */
export const PROJECT_FRAMEWORK_COST_FIRST: ProjectLayout = /*@__PURE__*/ deepFreeze<ProjectLayout>({
  key: 'cost-first',
  name: '项目支出绩效自评表（成本指标单列）',
  source: '财政部《中央部门项目支出核心绩效目标和指标设置及取值指引（试行）》（财预〔2021〕101号）',
  groups: [
    { key: 'output', name: '产出指标', weight: null, categories: /*@__PURE__*/ OUTPUT_2020.slice(0, 3).map((c) => ({ ...c })) },
    { key: 'cost', name: '成本指标', weight: null, categories: /*@__PURE__*/ COST.map((c) => ({ ...c })) },
    { key: 'effect', name: '效益指标', weight: null, categories: /*@__PURE__*/ EFFECT.map((c) => ({ ...c })) },
    { key: 'satisfaction', name: '满意度指标', weight: null, categories: /*@__PURE__*/ SATISFACTION.map((c) => ({ ...c })) },
    { key: 'budget', name: '预算执行率', weight: null, categories: [], budget: true },
  ],
})
