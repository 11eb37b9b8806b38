/**
 * What `defineEvaluation` accepts: plain data, as JSON or built in code. Every number may be a JS number, a decimal
 * string ("10", "10分", "120.5万元") or a Decimal; every target text or a Target; every actual text, a number, a Quantity or
 * an Actual.
 *
 * @module
 */
import type { Decimal } from '../numbers/decimal.js'

/**
 * A number as input: a JS number, text ("10", "10分", "１０", "10%") or a Decimal (any copy of decimal.js).
 *
 * @example
 * ```ts
 * const w: NumberInput = '10分'
 * ```
 */
export type NumberInput = number | string | Decimal

/**
 * An amount of money as input: a number (in the budget's unit, 万元 unless said), text with its unit ("3093635元"), or a
 * Quantity `{ amount, unit }`.
 *
 * @example
 * ```ts
 * const a: AmountInput = { amount: '120.5', unit: '万元' }
 * ```
 */
export type AmountInput = NumberInput | QuantityInput

/**
 * A quantity as input: an amount and its unit (a Quantity of this library, or its JSON form).
 *
 * @example
 * ```ts
 * const q: QuantityInput = { amount: '152.2', unit: '万元' }
 * ```
 */
export interface QuantityInput {
  /** The amount. */
  readonly amount: NumberInput
  /** The unit ("万元", "元"). */
  readonly unit: string
}

/**
 * A budget figure as input: its total alone, or the total and its parts (财政拨款 / 上年结转 / 其他资金; several lines of
 * other funds may be given as a list, and count as their sum).
 *
 * @example
 * ```ts
 * const f: BudgetFigureInput = { total: 120, fiscal: 100, carryOver: 20 }
 * ```
 */
export type BudgetFigureInput = AmountInput | BudgetPartsInput

/**
 * A budget figure as input with its parts.
 *
 * @example
 * ```ts
 * const f: BudgetPartsInput = { total: '120万元', fiscal: '100万元', other: ['15万元', '5万元'] }
 * ```
 */
export interface BudgetPartsInput {
  /** 年度资金总额. */
  readonly total?: AmountInput
  /** 财政拨款. */
  readonly fiscal?: AmountInput
  /** 上年结转. */
  readonly carryOver?: AmountInput
  /** 其他资金: one amount, or several lines that count as their sum. */
  readonly other?: AmountInput | readonly AmountInput[]
}

/**
 * An evaluator's adjustment as input.
 *
 * @example
 * ```ts
 * const a: AdjustmentInput = { score: 5, reason: '因疫情延期，经认定不扣分' }
 * ```
 */
export interface AdjustmentInput {
  /** The score that counts instead of the computed one, in [0, weight]. */
  readonly score: NumberInput
  /** Why (required: an adjustment without a reason is an error). */
  readonly reason?: string
}

/**
 * 年度总体目标 as input.
 *
 * @example
 * ```ts
 * const g: GoalsInput = { expected: '完成全区普法宣传', achieved: '已完成' }
 * ```
 */
export interface GoalsInput {
  /** 预期目标. */
  readonly expected?: string
  /** 实际完成情况. */
  readonly achieved?: string
}

/**
 * 资金情况 as input.
 *
 * @example
 * ```ts
 * const b: BudgetInput = { unit: '万元', initial: 100, adjusted: 120, executed: 110 }
 * ```
 */
export interface BudgetInput {
  /** The unit of bare numbers (default 万元). */
  readonly unit?: string
  /** 年初预算数. */
  readonly initial?: BudgetFigureInput
  /** 全年预算数 (adjusted, with carry-over). */
  readonly adjusted?: BudgetFigureInput
  /** 全年执行数. */
  readonly executed?: BudgetFigureInput
}

/**
 * A level-3 indicator as input (or, with `kind: 'budget-execution'`, the budget-execution line).
 *
 * @example
 * ```ts
 * const i: IndicatorInput = { name: '培训人次', weight: 10, target: '≥500人次', actual: '620人次' }
 * ```
 */
export interface IndicatorInput {
  /** `indicator` (default) or `budget-execution`. */
  readonly kind?: 'indicator' | 'budget-execution'
  /** A stable id; default: the position ("1.2.3"). */
  readonly id?: string
  /** The name (三级指标). */
  readonly name?: string
  /** The category (数量, 质量 …, or free text); default: from the level-2 name. */
  readonly category?: string
  /** 分值: points ("10", "10分"), or 权重 ("10%" of the declared total). */
  readonly weight?: NumberInput
  /** 年度指标值: text, or a Target. */
  readonly target?: string | object
  /** 实际完成值: text, a number, a Quantity or an Actual. */
  readonly actual?: string | NumberInput | object
  /** 计量单位: joined to a target or actual written without one ("90" with "%" reads "90%"). */
  readonly unit?: string
  /** 正向 / 反向: `positive`, `negative`, or the Chinese words of `POLARITY_NAMES` (正向, 反向, 逆向, 负向, …指标). */
  readonly polarity?: string
  /** 指标性质: `qualitative` / `quantitative` (定性 / 定量). */
  readonly nature?: string
  /** The scoring rule's name; default: the policy's. */
  readonly rule?: string
  /** False: not applicable (不适用). */
  readonly applicable?: boolean
  /** 偏差原因. */
  readonly deviation?: string
  /** 改进措施. */
  readonly improvement?: string
  /** 评分标准: how the table says the indicator is scored ("每少一项扣1分，扣完为止"), kept as written. */
  readonly criteria?: string
  /** 指标解释 / 备注: what the table says the indicator means, kept as written. */
  readonly note?: string
  /** The printed score (得分) of a filled table. */
  readonly printedScore?: NumberInput
  /** An evaluator's adjustment: the score that counts, and why. */
  readonly adjustment?: AdjustmentInput
  /** Budget line only: 年初预算数. */
  readonly initial?: AmountInput
  /** Budget line only: 全年预算数 (default: the evaluation budget's). */
  readonly adjusted?: AmountInput
  /** Budget line only: 全年执行数 (default: the evaluation budget's). */
  readonly executed?: AmountInput
  /** Budget line only: the printed 执行率 ("91.67%", or a fraction 0.9167). */
  readonly rate?: NumberInput
}

/**
 * A level-2 group as input.
 *
 * @example
 * ```ts
 * const g: Level2Input = { name: '数量指标', children: [{ name: '培训人次', target: '≥500人次' }] }
 * ```
 */
export interface Level2Input {
  /** A stable id; default: the position ("1.2"). */
  readonly id?: string
  /** The name (二级指标); may be empty, as in real tables. */
  readonly name?: string
  /** Its weight; default: the sum of its children's, or in its name ("数量指标(20分)"). */
  readonly weight?: NumberInput
  /** The category its indicators take by default. */
  readonly category?: string
  /** The printed subtotal (小计). */
  readonly printedScore?: NumberInput
  /** Its indicators. */
  readonly children: readonly IndicatorInput[]
}

/**
 * A level-1 group as input.
 *
 * @example
 * ```ts
 * const g: Level1Input = { name: '产出指标(50分)', children: [] }
 * ```
 */
export interface Level1Input {
  /** A stable id; default: the position ("1"). */
  readonly id?: string
  /** The name (一级指标). */
  readonly name?: string
  /** Its weight; default: in its name ("产出指标(50分)"), or the sum of its children's. */
  readonly weight?: NumberInput
  /** The printed subtotal. */
  readonly printedScore?: NumberInput
  /** Its level-2 groups. */
  readonly children: readonly Level2Input[]
}

/**
 * An evaluation as input.
 *
 * @example
 * ```ts
 * const e: EvaluationInput = { kind: '项目支出', name: '普法宣传项目', year: 2022, groups: [] }
 * ```
 */
export interface EvaluationInput {
  /** `project` / `department`, or 项目支出 / 部门整体支出. */
  readonly kind?: 'project' | 'department' | '项目支出' | '部门整体支出'
  /** 名称 / 项目名称. */
  readonly name?: string
  /** 主管部门. */
  readonly department?: string
  /** 实施单位. */
  readonly implementer?: string
  /** 年度 (also the year of deadlines written without one). */
  readonly year?: number | string
  /** 年度总体目标. */
  readonly goals?: GoalsInput
  /** 资金情况. */
  readonly budget?: BudgetInput
  /** The declared total (总分), e.g. 100; the level-1 weights must add up to it. */
  readonly total?: NumberInput
  /** The printed total score of a filled table. */
  readonly printedTotal?: NumberInput
  /** The level-1 groups. */
  readonly groups: readonly Level1Input[]
}
