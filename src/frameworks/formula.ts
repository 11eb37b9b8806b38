/**
 * A common indicator's formula computed from the caller's figures, exactly: the library's Decimal (40 significant digits,
 * exact whenever the quotient terminates), never floats. Figures may be numbers, decimal strings, Decimals or text with a
 * unit ("63.46万元", "136人"); figures of one formula in units of one dimension are compared in their base unit.
 *
 * @module
 */
import { D, freezeDecimal, toDecimalOrUndefined, type Decimal } from '../numbers/decimal.js'
import { safeParseQuantity } from '../quantities/parse-quantity.js'
import { describeUnit } from '../quantities/unit.js'
import { own } from '../own.js'
import type { FormulaFigureText } from '../messages/framework-details.js'
import type { CommonIndicator, CommonFormula } from './department-indicators.js'
import { frameworkIssue, type FrameworkIssue } from './issues.js'
import { received } from '../indicators/received.js'

type Path = readonly (string | number)[]

/** A figure read: its amount and unit (empty when written without one), and the text it was given as. */
interface Figure {
  readonly amount: Decimal
  readonly unit: string
  readonly text: string
}

/** @internal What a formula gives: the rate in percent and the figures as the note shows them, or every issue. */
export type Computed = { readonly rate: Decimal; readonly figures: readonly FormulaFigureText[] } | { readonly issues: readonly FrameworkIssue[] }

const quotedOrKind = (value: unknown): string => (typeof value === 'string' ? `"${value}"` : received(value))

function readFigure(value: unknown): Figure | 'not-a-number' | 'negative' {
  let figure: Figure | undefined
  if (typeof value === 'string' && toDecimalOrUndefined(value) === undefined) {
    const q = safeParseQuantity(value)
    if (q.success) figure = { amount: q.data.amount, unit: q.data.unit, text: value.trim() }
  } else {
    const amount = toDecimalOrUndefined(value)
    if (amount !== undefined) figure = { amount, unit: '', text: typeof value === 'string' ? value.trim() : amount.toFixed() }
  }
  if (figure === undefined) return 'not-a-number'
  return figure.amount.isNegative() && !figure.amount.isZero() ? 'negative' : figure
}

/** The two figures' amounts in one unit: as written when their units agree (or one has none), else in their base unit. */
function inOneUnit(a: Figure, b: Figure): [Decimal, Decimal] | undefined {
  if (a.unit === b.unit || a.unit === '' || b.unit === '') return [a.amount, b.amount]
  const ua = describeUnit(a.unit)
  const ub = describeUnit(b.unit)
  if (ua.dimension !== ub.dimension) return undefined
  return [a.amount.times(ua.factor), b.amount.times(ub.factor)]
}

/** @internal Compute `formula` of `indicator` from the caller's `figures` (an object read by its own properties) at `path`. */
export function computeFormula(indicator: CommonIndicator, formula: CommonFormula, figures: object, path: Path): Computed {
  const issues: FrameworkIssue[] = []
  const allowed = formula.figures.map((f) => f.key)
  for (const key of Object.keys(figures)) {
    if (!allowed.includes(key)) issues.push(frameworkIssue('FRAMEWORK_FIGURE_UNKNOWN', { indicator: indicator.name, figure: key, allowed }, [...path, key]))
  }
  const read: Figure[] = []
  for (const f of formula.figures) {
    const value = own(figures as Record<string, unknown>, f.key)
    const details = { indicator: indicator.name, figure: f.key, label: f.name }
    if (value === undefined) {
      issues.push(frameworkIssue('FRAMEWORK_FIGURE_MISSING', details, [...path, f.key]))
      continue
    }
    const figure = readFigure(value)
    if (typeof figure === 'string') issues.push(frameworkIssue('FRAMEWORK_FIGURE_INVALID', { ...details, problem: figure, received: quotedOrKind(value) }, [...path, f.key]))
    else read.push(figure)
  }
  if (issues.length > 0) return { issues }
  const [a, b] = read as [Figure, Figure]
  const amounts = inOneUnit(a, b)
  const [, second] = formula.figures
  if (amounts === undefined) {
    return { issues: [frameworkIssue('FRAMEWORK_FIGURE_INVALID', { indicator: indicator.name, figure: second.key, label: second.name, problem: 'unit', received: `"${b.text}"`, other: a.unit }, [...path, second.key])] }
  }
  const [x, y] = amounts
  if (y.isZero()) return { issues: [frameworkIssue('FRAMEWORK_DENOMINATOR_ZERO', { indicator: indicator.name, figure: second.key, label: second.name }, [...path, second.key])] }
  // × 100 before ÷: a quotient that terminates within 40 digits is exact
  const top = formula.kind === 'ratio' ? x : x.minus(y)
  const rate = freezeDecimal(new D(top).times(100).div(y))
  return { rate, figures: Object.freeze(formula.figures.map((f, i) => Object.freeze({ label: f.name, value: (read[i] as Figure).text }))) }
}
