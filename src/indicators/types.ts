/**
 * The indicator tree as `defineEvaluation` returns it: an {@link Evaluation} of level-1 groups (一级指标), level-2 groups
 * (二级指标) and level-3 indicators (三级指标), every cell already read. Plain frozen data; Decimals for every number.
 *
 * @module
 */
import type { Issue } from '../errors.js'
import type { Actual } from '../attainment/actual.js'
import type { Decimal } from '../numbers/decimal.js'
import type { Quantity } from '../quantities/quantity.js'
import type { Comparator, Polarity, Target } from '../targets/types.js'

/**
 * The two table families: a project's 项目支出绩效自评表, or a department's 部门整体支出绩效自评表.
 *
 * @example
 * ```ts
 * const kind: EvaluationKind = 'department' // 部门整体支出
 * ```
 */
export type EvaluationKind = 'project' | 'department'

/**
 * Where a weight came from: given as a number (`written`), as 权重 % of the declared total (`percent`), in the group's
 * name ("产出指标(50分)": `name`), the sum of the children (`children`), an equal share (`distributed`, only when asked),
 * or none at all (a planning-time 绩效目标表).
 *
 * @example
 * ```ts
 * const source: WeightSource = 'name'
 * ```
 */
export type WeightSource = 'written' | 'percent' | 'name' | 'children' | 'distributed' | 'none'

/**
 * Where an indicator's polarity came from: written in the table (`written`: 正向 / 反向), the target's comparison word
 * (`comparator`: ≤ and < are lower-is-better, ≥ and > higher), a word of the name (`name`, see `POLARITY_WORDS`), the
 * category (`category`: 成本 is lower-is-better), or nothing (`default`: higher is better).
 *
 * @example
 * ```ts
 * const source: PolaritySource = 'comparator'
 * ```
 */
export type PolaritySource = 'written' | 'comparator' | 'name' | 'category' | 'default'

/**
 * An indicator's polarity and why.
 *
 * @example
 * ```ts
 * const p: PolarityReading = { value: 'negative', source: 'name', word: '投诉率' }
 * ```
 */
export interface PolarityReading {
  /** `positive` (正向, higher is better) or `negative` (逆向, lower is better). */
  readonly value: Polarity
  /** Where it came from. */
  readonly source: PolaritySource
  /** The comparison, for `comparator`. */
  readonly comparator?: Comparator
  /** The word of the name or the category, for `name` and `category`. */
  readonly word?: string
}

/**
 * An evaluator's score, counted instead of the computed one, and why.
 *
 * @example
 * ```ts
 * import { parseNumber } from 'jixiao'
 * const a: Adjustment = { score: parseNumber('5'), reason: '因疫情延期，经认定不扣分' }
 * ```
 */
export interface Adjustment {
  /** The score given, in [0, weight]. */
  readonly score: Decimal
  /** Why (never empty). */
  readonly reason: string
}

/**
 * Why an indicator is left out of the score: the flag (`applicable: false`), a target or actual written 不适用 / 无此项,
 * or a budget line whose budget is zero.
 *
 * @example
 * ```ts
 * const why: NotApplicableReason = 'target'
 * ```
 */
export type NotApplicableReason = 'flag' | 'target' | 'actual' | 'zero-budget'

/** What every node has. */
interface NodeBase {
  /** A stable id: the one given, or the node's position ("1", "1.2", "1.2.3"). Unique in the tree. */
  readonly id: string
  /** The name as written ("产出指标(50分)" keeps its weight in the name). */
  readonly name: string
  /** The node's path in the input (`['groups', 0, 'children', 1]`). */
  readonly path: readonly (string | number)[]
  /** The weight (分值), or null when the table gives none. */
  readonly weight: Decimal | null
  /** Where the weight came from. */
  readonly weightSource: WeightSource
  /** The sheet row the node was read from, when built from rows. */
  readonly row?: number
}

/** What a level-3 node (an indicator or a budget line) has besides the base. */
interface LeafBase extends NodeBase {
  /** Always 3. */
  readonly level: 3
  /** False when the indicator is left out of the score. */
  readonly applicable: boolean
  /** Why it is left out, when it is. */
  readonly notApplicable?: NotApplicableReason
  /** The scoring rule's name (the scoring policy defines them); absent: the policy's default. */
  readonly rule?: string
  /** The printed score (得分) of a filled table. */
  readonly printedScore?: Decimal
  /** An evaluator's adjustment. */
  readonly adjustment?: Adjustment
  /** 偏差原因: why the actual falls short. */
  readonly deviation?: string
  /** 改进措施: what will be done about it. */
  readonly improvement?: string
  /** 评分标准: how the table says it is scored ("每少一项扣1分，扣完为止"), as written (the scoring policy reads it). */
  readonly criteria?: string
  /** 指标解释 / 备注: what the table says the indicator means, as written. */
  readonly note?: string
}

/**
 * A level-3 indicator (三级指标): its target and actual value read, its polarity decided.
 *
 * @example
 * ```ts
 * import { defineEvaluation } from 'jixiao'
 * const e = defineEvaluation({ groups: [{ name: '履职效能', children: [{ name: '任务5', children: [{ name: '社区矫正对象再犯罪率', target: '不超过千分之二' }] }] }] })
 * const i = e.groups[0].children[0].children[0] as Indicator
 * i.polarity
 * //=> { value: 'negative', source: 'comparator', comparator: '<=' }
 * ```
 */
export interface Indicator extends LeafBase {
  /** Always `indicator`. */
  readonly kind: 'indicator'
  /** The category ("数量", "满意度", or free text), given or taken from the level-2 name. */
  readonly category?: string
  /**
   * The target (年度指标值) as given, before a unit column was joined to it (from rows: the comparator column, when the
   * template splits it off, is already before it).
   */
  readonly targetText?: string
  /** The target, read; null when it is missing or the indicator is not applicable. */
  readonly target: Target | null
  /** The actual value (实际完成值) as written, when it was text. */
  readonly actualText?: string
  /** The actual value, read; null before evaluation. */
  readonly actual: Actual | null
  /** The unit column (计量单位), or else the unit the name ends with in brackets ("满意度(%)"), when there is one. */
  readonly unit?: string
  /** `qualitative` or `quantitative`, when the table says (指标性质 定性 / 定量). */
  readonly nature?: 'qualitative' | 'quantitative'
  /** The polarity and why. */
  readonly polarity: PolarityReading
}

/**
 * The budget-execution line (预算执行率): scored from 全年执行数 ÷ 全年预算数, not from a target.
 *
 * @example
 * ```ts
 * import { defineEvaluation } from 'jixiao'
 * const e = defineEvaluation({ groups: [{ name: '预算执行率', children: [{ name: '预算执行率', children: [{ kind: 'budget-execution', name: '预算执行率', weight: 10, adjusted: 120, executed: 110 }] }] }] })
 * const b = e.groups[0].children[0].children[0] as BudgetExecution
 * b.rate?.toFixed(4)
 * //=> '0.9167'
 * ```
 */
export interface BudgetExecution extends LeafBase {
  /** Always `budget-execution`. */
  readonly kind: 'budget-execution'
  /** 年初预算数. */
  readonly initial?: Quantity
  /** 全年预算数 (adjusted, with carry-over): the denominator. */
  readonly adjusted?: Quantity
  /** 全年执行数: the numerator. */
  readonly executed?: Quantity
  /** 执行数 ÷ 全年预算数 as a fraction (to 40 significant digits; the figures stay for exact scoring), or the printed rate. */
  readonly rate: Decimal | null
  /** Where the rate came from. */
  readonly rateSource: 'computed' | 'printed' | 'none'
  /** The printed 执行率, as a fraction, when the table gives one. */
  readonly printedRate?: Decimal
}

/**
 * A level-3 node: an indicator, or the budget-execution line.
 *
 * @example
 * ```ts
 * const isBudget = (leaf: Leaf): boolean => leaf.kind === 'budget-execution'
 * ```
 */
export type Leaf = Indicator | BudgetExecution

/**
 * A level-2 group (二级指标): 数量指标, or a task of a department table ("任务 1: 持续推动人民调解工作").
 *
 * @example
 * ```ts
 * const count = (g: Level2Group): number => g.children.length
 * ```
 */
export interface Level2Group extends NodeBase {
  /** Always 2. */
  readonly level: 2
  /** The category its name says ("数量指标" is 数量), if any. */
  readonly category?: string
  /** The printed subtotal (小计) of a filled table. */
  readonly printedScore?: Decimal
  /** Its indicators. */
  readonly children: readonly Leaf[]
}

/**
 * A level-1 group (一级指标): 产出指标, 效益指标, 满意度指标, 预算执行率, or a department's own (履职效能).
 *
 * @example
 * ```ts
 * const names = (g: Level1Group): string[] => g.children.map((c) => c.name)
 * ```
 */
export interface Level1Group extends NodeBase {
  /** Always 1. */
  readonly level: 1
  /** The printed subtotal of a filled table. */
  readonly printedScore?: Decimal
  /** Its level-2 groups. */
  readonly children: readonly Level2Group[]
}

/**
 * One budget figure (年初预算数, 全年预算数 or 全年执行数) and its parts.
 *
 * @example
 * ```ts
 * import { quantity } from 'jixiao'
 * const f: BudgetFigure = { total: quantity('120', '万元'), fiscal: quantity('100', '万元'), carryOver: quantity('20', '万元') }
 * ```
 */
export interface BudgetFigure {
  /** The figure (年度资金总额). */
  readonly total?: Quantity
  /** 财政拨款. */
  readonly fiscal?: Quantity
  /** 上年结转. */
  readonly carryOver?: Quantity
  /** 其他资金. */
  readonly other?: Quantity
}

/**
 * The budget of the evaluated project or department.
 *
 * @example
 * ```ts
 * const spent = (b: Budget): string | undefined => b.executed?.total?.amount.toFixed()
 * ```
 */
export interface Budget {
  /** 年初预算数. */
  readonly initial?: BudgetFigure
  /** 全年预算数 (adjusted, with carry-over). */
  readonly adjusted?: BudgetFigure
  /** 全年执行数. */
  readonly executed?: BudgetFigure
}

/**
 * 年度总体目标: the goal set and what was achieved.
 *
 * @example
 * ```ts
 * const g: Goals = { expected: '完成全区普法宣传', achieved: '已完成' }
 * ```
 */
export interface Goals {
  /** 预期目标. */
  readonly expected?: string
  /** 实际完成情况. */
  readonly achieved?: string
}

/**
 * A validated evaluation: metadata, budget and the three-level tree, every target and actual read once, frozen all the
 * way down. `warnings` lists what a report should show (the evaluation was built in spite of them).
 *
 * @example
 * ```ts
 * import { defineEvaluation } from 'jixiao'
 * const e: Evaluation = defineEvaluation({ kind: 'department', groups: [{ name: '履职效能', children: [{ name: '任务1', children: [{ name: '调解案件补贴发放率', target: '100%' }] }] }] })
 * e.groups[0].children[0].children[0].id
 * //=> '1.1.1'
 * ```
 */
export interface Evaluation {
  /** 项目支出 (`project`) or 部门整体支出 (`department`), when given. */
  readonly kind?: EvaluationKind
  /** 名称 / 项目名称. */
  readonly name?: string
  /** 主管部门. */
  readonly department?: string
  /** 实施单位. */
  readonly implementer?: string
  /** 年度: also the year of deadlines written without one. */
  readonly year?: number
  /** 年度总体目标. */
  readonly goals?: Goals
  /** 资金情况. */
  readonly budget?: Budget
  /** The declared total (总分), when given. */
  readonly total?: Decimal
  /** The printed total score of a filled table. */
  readonly printedTotal?: Decimal
  /** The sum of the level-1 weights, or null when the table has none. */
  readonly weight: Decimal | null
  /** The level-1 groups. */
  readonly groups: readonly Level1Group[]
  /** The warnings found while building (each with its path, and row when built from rows). */
  readonly warnings: readonly Issue[]
}
