/**
 * What each error and warning code of the indicator tree carries: the typed `details` of an {@link Issue} raised by
 * `defineEvaluation` and `evaluationFromRows`. Their texts live in `evaluation-zh.ts` and `evaluation-en.ts`, a table of
 * their own, so that a program that only reads targets does not carry them.
 *
 * @module
 */
import type { Decimal } from '../numbers/decimal.js'
import type { RowsIssueDetailsByCode } from './rows-details.js'

export type { RowField } from './rows-details.js'

/**
 * Why the input of `defineEvaluation` is not the shape of an evaluation (the `reason` of `EVALUATION_INPUT_INVALID`).
 *
 * @example
 * ```ts
 * const reason: EvaluationInputProblem = 'unknown-key' // { "wieght": 10 }
 * ```
 */
export type EvaluationInputProblem = 'type' | 'unknown-key' | 'value' | 'too-large' | 'unreadable' | 'other'

/**
 * The details of `EVALUATION_INPUT_INVALID`: a field of the wrong type, a key the model does not have, a value outside
 * its list, input too large, or input whose reading threw (a getter, a Proxy).
 *
 * @example
 * ```ts
 * const d: EvaluationInputInvalidDetails = { reason: 'type', expected: 'array', received: 'string' }
 * ```
 */
export interface EvaluationInputInvalidDetails {
  /** What is wrong. */
  readonly reason: EvaluationInputProblem
  /** What the field must be (a type, or the values allowed joined with "|"). */
  readonly expected?: string
  /** The JS type (or, for too-large, the count) received. */
  readonly received?: string
  /** The unknown key, for `unknown-key`. */
  readonly key?: string
}

/**
 * Which number-valued field of the tree a `VALUE_INVALID` is about.
 *
 * @example
 * ```ts
 * const field: NumberField = 'weight'
 * ```
 */
export type NumberField = 'weight' | 'score' | 'adjustment' | 'budget' | 'rate' | 'total' | 'year'

/**
 * The details of `VALUE_INVALID`: a weight, score, budget figure or rate that is negative, not finite, or not a number.
 *
 * @example
 * ```ts
 * const d: ValueInvalidDetails = { field: 'weight', value: '-5', reason: 'negative' }
 * ```
 */
export interface ValueInvalidDetails {
  /** Which field. */
  readonly field: NumberField
  /** The value as given, as text. */
  readonly value: string
  /** Why it is refused. */
  readonly reason: 'negative' | 'not-finite' | 'unreadable' | 'not-integer'
}

/**
 * The details of `WEIGHT_SUM_MISMATCH`: the weights of a group's children do not add up to the group's weight.
 *
 * @example
 * ```ts
 * import { parseNumber } from 'jixiao'
 * const d: WeightSumMismatchDetails = { name: '产出指标(50分)', expected: parseNumber('50'), found: parseNumber('45') }
 * ```
 */
export interface WeightSumMismatchDetails {
  /** The group's name. */
  readonly name: string
  /** The group's weight. */
  readonly expected: Decimal
  /** The sum of its children's weights. */
  readonly found: Decimal
}

/**
 * The details of `WEIGHT_TOTAL_MISMATCH`: the level-1 weights do not add up to the declared total (总分).
 *
 * @example
 * ```ts
 * import { parseNumber } from 'jixiao'
 * const d: WeightTotalMismatchDetails = { expected: parseNumber('100'), found: parseNumber('90') }
 * ```
 */
export interface WeightTotalMismatchDetails {
  /** The declared total. */
  readonly expected: Decimal
  /** The sum of the level-1 weights. */
  readonly found: Decimal
}

/**
 * The details of `WEIGHT_CONFLICT`: a group's weight is given and also written in its name, differently.
 *
 * @example
 * ```ts
 * import { parseNumber } from 'jixiao'
 * const d: WeightConflictDetails = { name: '产出指标(50分)', written: parseNumber('40'), named: parseNumber('50') }
 * ```
 */
export interface WeightConflictDetails {
  /** The group's name. */
  readonly name: string
  /** The weight given. */
  readonly written: Decimal
  /** The weight in the name. */
  readonly named: Decimal
}

/**
 * The details of the codes about one named node: `WEIGHT_MISSING`, `ADJUSTMENT_REASON_MISSING`, `BUDGET_FIGURES_MISSING`.
 *
 * @example
 * ```ts
 * const d: NamedNodeDetails = { name: '法律顾问配备完成率' }
 * ```
 */
export interface NamedNodeDetails {
  /** The node's name. */
  readonly name: string
}

/**
 * The details of `TARGET_MISSING`: an applicable indicator without a target; `written` is the mark the cell held when
 * a table's "/" or "-" stood for none.
 *
 * @example
 * ```ts
 * const d: TargetMissingDetails = { name: '法律顾问配备完成率' }
 * ```
 */
export interface TargetMissingDetails {
  /** The indicator's name. */
  readonly name: string
  /** The mark written in the cell ("/", "-"), if any. */
  readonly written?: string
}

/**
 * The details of `ID_DUPLICATE`: two nodes with one id.
 *
 * @example
 * ```ts
 * const d: IdDuplicateDetails = { id: 'output-1', first: 'groups.0.children.0.children.0' }
 * ```
 */
export interface IdDuplicateDetails {
  /** The id. */
  readonly id: string
  /** The path of the first node with it. */
  readonly first: string
}

/**
 * The details of `ADJUSTMENT_OUT_OF_RANGE`: an evaluator's score outside [0, weight].
 *
 * @example
 * ```ts
 * import { parseNumber } from 'jixiao'
 * const d: AdjustmentOutOfRangeDetails = { name: '培训人次', score: parseNumber('12'), weight: parseNumber('10') }
 * ```
 */
export interface AdjustmentOutOfRangeDetails {
  /** The indicator's name. */
  readonly name: string
  /** The score given. */
  readonly score: Decimal
  /** The indicator's weight. */
  readonly weight: Decimal
}

/**
 * The details of `CATEGORY_QUALITATIVE_TARGET` and `UNIT_MISSING`: a quantitative category (数量, 成本) with a target
 * that is words, or a number without a unit.
 *
 * @example
 * ```ts
 * const d: CategoryDetails = { name: '培训人数', category: '数量' }
 * ```
 */
export interface CategoryDetails {
  /** The indicator's name. */
  readonly name: string
  /** Its category. */
  readonly category: string
}

/**
 * The details of `ACTUAL_LOOKS_LIKE_FRACTION`: an actual value 0 < A ≤ 1 without its own unit, against a percentage
 * target above 1% — most likely the value of a spreadsheet cell showing a percentage (0.95 for "95%").
 *
 * @example
 * ```ts
 * const d: ActualFractionDetails = { name: '培训合格率', actual: '0.95', target: '≥90%' }
 * ```
 */
export interface ActualFractionDetails {
  /** The indicator's name. */
  readonly name: string
  /** The actual value as given. */
  readonly actual: string
  /** The target as written. */
  readonly target: string
}

/**
 * The details of `VALUE_LOOKS_RAW`: a number with more decimals than a person writes (a float as a spreadsheet stores it).
 *
 * @example
 * ```ts
 * const d: ValueLooksRawDetails = { name: '预算调整率', field: 'target', value: '0.0900000762939453' }
 * ```
 */
export interface ValueLooksRawDetails {
  /** The indicator's name. */
  readonly name: string
  /** Which cell. */
  readonly field: 'target' | 'actual'
  /** The value as given. */
  readonly value: string
}

/**
 * The details of `UNIT_CONFLICT`: the unit column says one unit, the target another that does not compare with it.
 *
 * @example
 * ```ts
 * const d: UnitConflictDetails = { name: '培训人数', written: '%', column: '人' }
 * ```
 */
export interface UnitConflictDetails {
  /** The indicator's name. */
  readonly name: string
  /** The unit written in the target. */
  readonly written: string
  /** The unit of the unit column. */
  readonly column: string
}

/**
 * The details of `GROUP_MISSING`: a project table without a group of outputs (产出) or of effects (效益).
 *
 * @example
 * ```ts
 * const d: GroupMissingDetails = { group: '效益' }
 * ```
 */
export interface GroupMissingDetails {
  /** The group that is missing. */
  readonly group: '产出' | '效益'
}

/**
 * The details of `LABEL_EMPTY`: a node without a name (real tables have level-2 cells left blank).
 *
 * @example
 * ```ts
 * const d: LabelEmptyDetails = { level: 2 }
 * ```
 */
export interface LabelEmptyDetails {
  /** The level of the node. */
  readonly level: 1 | 2 | 3
}

/**
 * The details of `POLARITY_CONFLICT`: the polarity written says one thing, the target's comparison word another.
 *
 * @example
 * ```ts
 * const d: PolarityConflictDetails = { name: '再犯罪率', written: 'positive', comparator: '<=' }
 * ```
 */
export interface PolarityConflictDetails {
  /** The indicator's name. */
  readonly name: string
  /** The polarity written. */
  readonly written: 'positive' | 'negative'
  /** The comparison of the target. */
  readonly comparator: '>=' | '>' | '<=' | '<' | '='
}

/**
 * The details of `BUDGET_RATE_MISMATCH`: the printed 执行率 is not 执行数 ÷ 全年预算数 at the places it is printed to.
 *
 * @example
 * ```ts
 * import { parseNumber } from 'jixiao'
 * const d: BudgetRateMismatchDetails = { printed: parseNumber('0.95'), computed: parseNumber('0.9166666667') }
 * ```
 */
export interface BudgetRateMismatchDetails {
  /** The printed rate, as a fraction. */
  readonly printed: Decimal
  /** The rate of the figures, as a fraction. */
  readonly computed: Decimal
}

/**
 * The details of `BUDGET_UNIT_ASSUMED`: budget figures written as bare numbers, read in the unit the national template
 * prints (万元) because neither the figure, its header nor `budget.unit` says one.
 *
 * @example
 * ```ts
 * const d: BudgetUnitAssumedDetails = { unit: '万元' }
 * ```
 */
export interface BudgetUnitAssumedDetails {
  /** The unit assumed. */
  readonly unit: string
}

/**
 * The details of `BUDGET_PARTS_MISMATCH`: 财政拨款 + 上年结转 + 其他资金 is not the figure's total.
 *
 * @example
 * ```ts
 * import { parseNumber } from 'jixiao'
 * const d: BudgetPartsMismatchDetails = { figure: 'adjusted', total: parseNumber('120'), sum: parseNumber('110') }
 * ```
 */
export interface BudgetPartsMismatchDetails {
  /** Which figure: 年初预算数, 全年预算数 or 全年执行数. */
  readonly figure: 'initial' | 'adjusted' | 'executed'
  /** The total given. */
  readonly total: Decimal
  /** The sum of the parts given. */
  readonly sum: Decimal
}

/**
 * The typed details of every code of the indicator tree.
 *
 * @example
 * ```ts
 * const d: EvaluationIssueDetailsByCode['TARGET_MISSING'] = { name: '法律顾问配备完成率' }
 * ```
 */
export interface EvaluationIssueDetailsByCode extends RowsIssueDetailsByCode {
  /** The input is not the shape of an evaluation. */
  readonly EVALUATION_INPUT_INVALID: EvaluationInputInvalidDetails
  /** A weight, score, budget figure or rate that cannot be used. */
  readonly VALUE_INVALID: ValueInvalidDetails
  /** Children's weights do not add up to their group's. */
  readonly WEIGHT_SUM_MISMATCH: WeightSumMismatchDetails
  /** Level-1 weights do not add up to the declared total. */
  readonly WEIGHT_TOTAL_MISMATCH: WeightTotalMismatchDetails
  /** A weight given and a different one in the name. */
  readonly WEIGHT_CONFLICT: WeightConflictDetails
  /** A node without a weight among siblings that have one. */
  readonly WEIGHT_MISSING: NamedNodeDetails
  /** Two nodes with one id. */
  readonly ID_DUPLICATE: IdDuplicateDetails
  /** An applicable indicator without a target. */
  readonly TARGET_MISSING: TargetMissingDetails
  /** An evaluator's adjustment without a reason. */
  readonly ADJUSTMENT_REASON_MISSING: NamedNodeDetails
  /** An evaluator's adjustment outside [0, weight]. */
  readonly ADJUSTMENT_OUT_OF_RANGE: AdjustmentOutOfRangeDetails
  /** A budget-execution line without figures or a printed rate (warning). */
  readonly BUDGET_FIGURES_MISSING: NamedNodeDetails
  /** A quantitative category with a qualitative target (warning). */
  readonly CATEGORY_QUALITATIVE_TARGET: CategoryDetails
  /** An actual written as a bare fraction (0.95) against a percentage target (95%): a spreadsheet's value of a % cell (warning). */
  readonly ACTUAL_LOOKS_LIKE_FRACTION: ActualFractionDetails
  /** A target or actual that is a spreadsheet's stored value, not its text (0.0900000762939453 for 9%) (warning). */
  readonly VALUE_LOOKS_RAW: ValueLooksRawDetails
  /** A quantitative category with a number without a unit (warning). */
  readonly UNIT_MISSING: CategoryDetails
  /** The unit column and the target's unit do not compare (warning). */
  readonly UNIT_CONFLICT: UnitConflictDetails
  /** A project table with no satisfaction (满意度) indicator (warning). */
  readonly SATISFACTION_MISSING: Readonly<Record<never, never>>
  /** A project table without an output or effect group (warning). */
  readonly GROUP_MISSING: GroupMissingDetails
  /** A group without a name (warning). */
  readonly LABEL_EMPTY: LabelEmptyDetails
  /** The polarity written and the comparison of the target disagree (warning; the written polarity is kept). */
  readonly POLARITY_CONFLICT: PolarityConflictDetails
  /** The printed execution rate is not the rate of the figures (warning). */
  readonly BUDGET_RATE_MISMATCH: BudgetRateMismatchDetails
  /** Bare budget numbers were read in the default unit, 万元 (warning: the rate is unaffected, the figures may not be). */
  readonly BUDGET_UNIT_ASSUMED: BudgetUnitAssumedDetails
  /** A budget figure's parts do not add up to its total (warning). */
  readonly BUDGET_PARTS_MISMATCH: BudgetPartsMismatchDetails
}

/**
 * Every code of the indicator tree.
 *
 * @example
 * ```ts
 * const code: EvaluationErrorCode = 'WEIGHT_SUM_MISMATCH'
 * ```
 */
export type EvaluationErrorCode = keyof EvaluationIssueDetailsByCode
