/**
 * What the frameworks' codes carry: the typed `details` of an issue raised by `projectSelfEvaluation` and
 * `departmentOverall` before the indicator tree is built (a layout's missing weights, an unknown common indicator, a
 * formula's figure missing, not a number, or a zero denominator). Their texts live in `framework-zh.ts` and
 * `framework-en.ts`, a table of their own, carried only by programs that use a framework.
 *
 * @module
 */
import type { Decimal } from '../numbers/decimal.js'

/**
 * Why a framework's input is not the shape it takes (the `reason` of `FRAMEWORK_INPUT_INVALID`): a field of the wrong type,
 * a key the framework does not have (a typo, or a category of the other layout), a field the framework supplies itself
 * (an indicator's `kind` or `category`), or a field that must be there.
 *
 * @example
 * ```ts
 * const reason: FrameworkInputProblem = 'supplied' // { category: '数量' } on an indicator the framework places
 * ```
 */
export type FrameworkInputProblem = 'type' | 'unknown-key' | 'supplied' | 'missing'

/**
 * The details of `FRAMEWORK_INPUT_INVALID`.
 *
 * @example
 * ```ts
 * const d: FrameworkInputInvalidDetails = { reason: 'unknown-key', key: 'quantiy' }
 * ```
 */
export interface FrameworkInputInvalidDetails {
  /** What is wrong. */
  readonly reason: FrameworkInputProblem
  /** The field at fault. */
  readonly key?: string
  /** What the field must be (a type, or the keys allowed joined with "|"). */
  readonly expected?: string
  /** The JS type received. */
  readonly received?: string
}

/**
 * The details of `FRAMEWORK_INDICATOR_UNKNOWN` and `FRAMEWORK_INDICATOR_DUPLICATE`: a common indicator's key.
 *
 * @example
 * ```ts
 * const d: FrameworkIndicatorDetails = { key: 'staffControlRate' }
 * ```
 */
export interface FrameworkIndicatorDetails {
  /** The key as given. */
  readonly key: string
}

/**
 * The details of a figure's issue: the indicator and the figure of its formula.
 *
 * @example
 * ```ts
 * const d: FrameworkFigureDetails = { indicator: '在职人员控制率', figure: 'establishment', label: '编制数' }
 * ```
 */
export interface FrameworkFigureDetails {
  /** The indicator's name (在职人员控制率). */
  readonly indicator: string
  /** The figure's key (`establishment`). */
  readonly figure: string
  /** The figure's name in the framework (编制数). */
  readonly label: string
}

/**
 * Why a figure cannot be used (the `problem` of `FRAMEWORK_FIGURE_INVALID`): not a number, a negative amount, or a unit
 * that does not compare with the other figure's (人 against 万元).
 *
 * @example
 * ```ts
 * const problem: FigureProblem = 'not-a-number'
 * ```
 */
export type FigureProblem = 'not-a-number' | 'negative' | 'unit'

/**
 * The details of `FRAMEWORK_FIGURE_INVALID`.
 *
 * @example
 * ```ts
 * const d: FrameworkFigureInvalidDetails = { indicator: '在职人员控制率', figure: 'inPost', label: '在职人员数', problem: 'not-a-number', received: '"很多"' }
 * ```
 */
export interface FrameworkFigureInvalidDetails extends FrameworkFigureDetails {
  /** What is wrong. */
  readonly problem: FigureProblem
  /** The value as received (text quoted, or its JS type). */
  readonly received: string
  /** For `unit`: the other figure's unit. */
  readonly other?: string
}

/**
 * The details of `FRAMEWORK_FIGURE_UNKNOWN`: a figure the indicator's formula does not have (or any figure, for an
 * indicator without a formula).
 *
 * @example
 * ```ts
 * const d: FrameworkFigureUnknownDetails = { indicator: '在职人员控制率', figure: 'staff', allowed: ['inPost', 'establishment'] }
 * ```
 */
export interface FrameworkFigureUnknownDetails {
  /** The indicator's name. */
  readonly indicator: string
  /** The figure's key as given. */
  readonly figure: string
  /** The figures of its formula (none for a qualitative indicator). */
  readonly allowed: readonly string[]
}

/**
 * The details of `FRAMEWORK_ACTUAL_CONFLICT`: an indicator given both an actual value and the figures to compute one.
 *
 * @example
 * ```ts
 * const d: FrameworkActualConflictDetails = { indicator: '在职人员控制率' }
 * ```
 */
export interface FrameworkActualConflictDetails {
  /** The indicator's name. */
  readonly indicator: string
}

/**
 * The details of `FRAMEWORK_WEIGHT_REQUIRED`: a layout without national weights, and a group given none.
 *
 * @example
 * ```ts
 * const d: FrameworkWeightRequiredDetails = { layout: 'cost-first', group: '成本指标' }
 * ```
 */
export interface FrameworkWeightRequiredDetails {
  /** The layout (`cost-first`). */
  readonly layout: string
  /** The level-1 group's name. */
  readonly group: string
}

/**
 * The details of `FRAMEWORK_DUTIES_CONFLICT`: the department's own duties table placed under 产出 in place of 职责履行,
 * and common indicators of 职责履行 chosen as well.
 *
 * @example
 * ```ts
 * const d: FrameworkDutiesConflictDetails = { indicators: ['实际完成率'] }
 * ```
 */
export interface FrameworkDutiesConflictDetails {
  /** The common indicators of 职责履行 that were chosen. */
  readonly indicators: readonly string[]
}

/**
 * Every issue code of the frameworks, with its details.
 *
 * @example
 * ```ts
 * const d: FrameworkIssueDetailsByCode['FRAMEWORK_DENOMINATOR_ZERO'] = { indicator: '在职人员控制率', figure: 'establishment', label: '编制数' }
 * ```
 */
export interface FrameworkIssueDetailsByCode {
  /** The framework's input is not its shape: a type, an unknown key, a field the framework supplies, a missing field. */
  readonly FRAMEWORK_INPUT_INVALID: FrameworkInputInvalidDetails
  /** A common indicator's key the framework does not have. */
  readonly FRAMEWORK_INDICATOR_UNKNOWN: FrameworkIndicatorDetails
  /** A common indicator chosen twice. */
  readonly FRAMEWORK_INDICATOR_DUPLICATE: FrameworkIndicatorDetails
  /** A figure of the formula is missing (the other figures were given). */
  readonly FRAMEWORK_FIGURE_MISSING: FrameworkFigureDetails
  /** A figure is not a number, is negative, or its unit does not compare with the other's. */
  readonly FRAMEWORK_FIGURE_INVALID: FrameworkFigureInvalidDetails
  /** A figure the formula does not have. */
  readonly FRAMEWORK_FIGURE_UNKNOWN: FrameworkFigureUnknownDetails
  /** The formula's denominator is zero: no rate can be computed. */
  readonly FRAMEWORK_DENOMINATOR_ZERO: FrameworkFigureDetails
  /** Both an actual value and the figures to compute it. */
  readonly FRAMEWORK_ACTUAL_CONFLICT: FrameworkActualConflictDetails
  /** A layout without national weights, and a level-1 group given none. */
  readonly FRAMEWORK_WEIGHT_REQUIRED: FrameworkWeightRequiredDetails
  /** Duties placed in place of 职责履行, and common indicators of 职责履行 chosen too. */
  readonly FRAMEWORK_DUTIES_CONFLICT: FrameworkDutiesConflictDetails
}

/**
 * Every issue code of the frameworks.
 *
 * @example
 * ```ts
 * const code: FrameworkErrorCode = 'FRAMEWORK_FIGURE_MISSING'
 * ```
 */
export type FrameworkErrorCode = keyof FrameworkIssueDetailsByCode

/**
 * One figure of a formula as the note of a computed indicator shows it.
 *
 * @example
 * ```ts
 * const f: FormulaFigureText = { label: '在职人员数', value: '136' }
 * ```
 */
export interface FormulaFigureText {
  /** The figure's name in this locale. */
  readonly label: string
  /** The figure as given ("136", "63.46万元"). */
  readonly value: string
}

/**
 * What the note of an indicator whose actual value the framework computed says: the formula, the figures and the rate.
 *
 * @example
 * ```ts
 * import { parseNumber } from 'jixiao'
 * const d: FormulaNoteDetails = { formula: '在职人员控制率 = 在职人员数 ÷ 编制数 × 100%', figures: [{ label: '在职人员数', value: '136' }, { label: '编制数', value: '160' }], rate: parseNumber('85') }
 * ```
 */
export interface FormulaNoteDetails {
  /** The formula in this locale. */
  readonly formula: string
  /** The figures, in the formula's order. */
  readonly figures: readonly FormulaFigureText[]
  /** The rate, in percent, as the library computed it (exact when the quotient terminates, else to 40 significant digits). */
  readonly rate: Decimal
}
