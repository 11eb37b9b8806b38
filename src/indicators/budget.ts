/**
 * The budget (资金情况) and the budget-execution line (预算执行率): figures in money, their parts, and the rate
 * 全年执行数 ÷ 全年预算数 (the denominator is the adjusted full-year budget, carry-over included), or the printed rate where
 * a table gives only that. A zero budget makes the line not applicable.
 *
 * @module
 */
import { D, freezeDecimal, isDecimal, type Decimal } from '../numbers/decimal.js'
import { baseAmount } from '../quantities/convert.js'
import { makeQuantity, type Quantity } from '../quantities/quantity.js'
import { describeUnit } from '../quantities/unit.js'
import { own } from '../own.js'
import { placeOf, report, type BuildContext } from './context.js'
import type { AmountInput, BudgetFigureInput, BudgetPartsInput, EvaluationInput, IndicatorInput } from './input.js'
import { adjustmentOf, leafCommon } from './leaf-common.js'
import type { Budget, BudgetExecution, BudgetFigure, NotApplicableReason } from './types.js'
import { readMoney, readRate } from './values.js'

type Path = readonly (string | number)[]
type FigureKey = 'initial' | 'adjusted' | 'executed'
const PARTS = ['fiscal', 'carryOver', 'other'] as const

/** The default unit of bare budget numbers: the national template's 万元. */
const DEFAULT_BUDGET_UNIT = '万元'

/** Does a budget cell write no unit of its own (a JS number, bare digits, a Quantity without a unit)? */
function writesNoUnit(value: AmountInput): boolean {
  if (typeof value === 'string') return !/[元万亿]/u.test(value)
  if (typeof value === 'object' && value !== null && !isDecimal(value)) return own(value as { unit?: unknown }, 'unit') === undefined || own(value as { unit?: unknown }, 'unit') === ''
  return true
}

/** `unit`: the budget's unit, or undefined when none is given (bare numbers are then read in 万元, and a warning says so). */
function moneyOf(ctx: BuildContext, value: AmountInput | undefined, unit: string | undefined, place: Path, field: string): Quantity | undefined {
  if (value === undefined || (typeof value === 'string' && value.trim() === '')) return undefined
  const read = readMoney(value, unit ?? DEFAULT_BUDGET_UNIT)
  if (!read.ok) {
    report(ctx, 'VALUE_INVALID', read.problem, placeOf(ctx, place, field))
    return undefined
  }
  if (unit === undefined && !ctx.flags.budgetUnitAssumed && writesNoUnit(value)) {
    ctx.flags.budgetUnitAssumed = true
    report(ctx, 'BUDGET_UNIT_ASSUMED', { unit: DEFAULT_BUDGET_UNIT }, placeOf(ctx, place, field), 'warning')
  }
  return read.value
}

const isParts = (value: BudgetFigureInput): value is BudgetPartsInput =>
  typeof value === 'object' && value !== null && !Object.prototype.hasOwnProperty.call(value, 'amount') && !('toFixed' in value)

/** The amount of a quantity in the base of money (元), exactly. */
const yuan = (q: Quantity): Decimal => baseAmount(q, '元')

/** Several amounts as one, in the unit of the first (exact: amounts of money convert by powers of ten). */
function sumOf(ctx: BuildContext, values: readonly AmountInput[], unit: string | undefined, path: Path): Quantity | undefined {
  const read = values.map((v, i) => moneyOf(ctx, v, unit, path, String(i))).filter((q): q is Quantity => q !== undefined)
  const first = read[0]
  if (first === undefined) return undefined
  const factor = describeUnit(first.unit).factor
  return makeQuantity(read.reduce((s, q) => s.plus(yuan(q)), new D(0)).div(factor), first.unit)
}

function figureOf(ctx: BuildContext, given: BudgetFigureInput | undefined, unit: string | undefined, path: Path, key: FigureKey): BudgetFigure | undefined {
  if (given === undefined) return undefined
  if (!isParts(given)) {
    const total = moneyOf(ctx, given, unit, path, key)
    return total === undefined ? undefined : Object.freeze({ total })
  }
  const out: { -readonly [K in keyof BudgetFigure]: BudgetFigure[K] } = {}
  const total = moneyOf(ctx, given.total, unit, [...path, key], 'total')
  if (total !== undefined) out.total = total
  for (const part of PARTS) {
    const value = given[part]
    const q = Array.isArray(value) ? sumOf(ctx, value as AmountInput[], unit, [...path, key, part]) : moneyOf(ctx, value as AmountInput | undefined, unit, [...path, key], part)
    if (q !== undefined) out[part] = q
  }
  const parts = PARTS.map((p) => out[p]).filter((q): q is Quantity => q !== undefined)
  if (total !== undefined && parts.length > 0 && describeUnit(total.unit).family === 'money') {
    const sum = parts.reduce((s, q) => s.plus(yuan(q)), new D(0))
    const whole = yuan(total)
    if (!sum.eq(whole)) {
      const factor = describeUnit(total.unit).factor
      report(ctx, 'BUDGET_PARTS_MISMATCH', { figure: key, total: total.amount, sum: freezeDecimal(sum.div(factor)) }, placeOf(ctx, [...path, key], 'total'), 'warning')
    }
  }
  return Object.freeze(out)
}

/** @internal The evaluation's budget, read. */
export function readBudget(ctx: BuildContext, input: EvaluationInput['budget']): Budget | undefined {
  if (input === undefined) return undefined
  const unit = input.unit?.trim() || undefined
  const out: { -readonly [K in keyof Budget]: Budget[K] } = {}
  for (const key of ['initial', 'adjusted', 'executed'] as const) {
    const f = figureOf(ctx, input[key], unit, ['budget'], key)
    if (f !== undefined) out[key] = f
  }
  return Object.freeze(out)
}

/** Half a unit of the last place a printed rate shows (91.67% → 0.00005 as a fraction). */
function halfLastPlace(printed: Decimal): Decimal {
  // the rate was printed as a percentage: its places as a fraction are two more
  const places = Math.max(printed.times(100).decimalPlaces(), 0) + 2
  return new D(5).times(new D(10).pow(-(places + 1)))
}

/** @internal Read the budget-execution line; its figures default to the evaluation budget's totals. */
export function readBudgetLine(ctx: BuildContext, input: IndicatorInput, path: Path, budget: Budget | undefined, unit: string | undefined): Omit<BudgetExecution, 'id' | 'weight' | 'weightSource'> {
  const name = input.name ?? '预算执行率'
  // the evaluation budget is this build's own object: its absent figures are read as own fields, never inherited
  const total = (key: 'initial' | 'adjusted' | 'executed'): Quantity | undefined => own(own(budget, key), 'total')
  const initial = moneyOf(ctx, input.initial, unit, path, 'initial') ?? total('initial')
  const adjusted = moneyOf(ctx, input.adjusted, unit, path, 'adjusted') ?? total('adjusted')
  const executed = moneyOf(ctx, input.executed, unit, path, 'executed') ?? total('executed')
  let printedRate: Decimal | undefined
  if (input.rate !== undefined && !(typeof input.rate === 'string' && input.rate.trim() === '')) {
    const r = readRate(input.rate)
    if (r.ok) printedRate = r.value
    else report(ctx, 'VALUE_INVALID', r.problem, placeOf(ctx, path, 'rate'))
  }
  let notApplicable: NotApplicableReason | undefined = input.applicable === false ? 'flag' : undefined
  let rate: Decimal | null = null
  let rateSource: BudgetExecution['rateSource'] = 'none'
  if (adjusted !== undefined && executed !== undefined) {
    const denominator = yuan(adjusted)
    if (denominator.isZero()) notApplicable ??= 'zero-budget'
    else {
      rate = freezeDecimal(yuan(executed).div(denominator))
      rateSource = 'computed'
      if (printedRate !== undefined && rate.minus(printedRate).abs().gt(halfLastPlace(printedRate))) {
        report(ctx, 'BUDGET_RATE_MISMATCH', { printed: printedRate, computed: freezeDecimal(rate.toDecimalPlaces(6)) }, placeOf(ctx, path, 'rate'), 'warning')
      }
    }
  } else if (printedRate !== undefined) {
    rate = printedRate
    rateSource = 'printed'
  } else if (notApplicable === undefined) {
    report(ctx, 'BUDGET_FIGURES_MISSING', { name }, placeOf(ctx, path, 'adjusted'), 'warning')
  }
  const out = leafCommon(ctx, input, path, name, notApplicable) as { -readonly [K in keyof BudgetExecution]?: BudgetExecution[K] }
  out.kind = 'budget-execution'
  if (initial !== undefined) out.initial = initial
  if (adjusted !== undefined) out.adjusted = adjusted
  if (executed !== undefined) out.executed = executed
  out.rate = rate
  out.rateSource = rateSource
  if (printedRate !== undefined) out.printedRate = printedRate
  adjustmentOf(ctx, input, path, out)
  return out as Omit<BudgetExecution, 'id' | 'weight' | 'weightSource'>
}
