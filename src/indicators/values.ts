/**
 * Reading the number-valued cells of the tree: weights (分值, 权重 %), scores, budget figures and rates. A cell may be
 * a JS number, a Decimal or text ("10", "10分", "１０", "10%", "120.5万元"); what cannot be used is a typed issue, never
 * a guess.
 *
 * @module
 */
import { freezeDecimal, isDecimal, toDecimalOrUndefined, type Decimal } from '../numbers/decimal.js'
import { makeQuantity, type Quantity } from '../quantities/quantity.js'
import { safeParseQuantity } from '../quantities/parse-quantity.js'
import { describeUnit } from '../quantities/unit.js'
import type { NumberField, ValueInvalidDetails } from '../messages/evaluation-details.js'
import { shown } from './received.js'

/** A value read, or why not. */
export type Read<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: ValueInvalidDetails }


function refused(field: NumberField, value: unknown, reason: ValueInvalidDetails['reason']): { ok: false; problem: ValueInvalidDetails } {
  return { ok: false, problem: { field, value: shown(value), reason } }
}

/** A quantity from a cell: JS numbers and Decimals have no unit; text is read by the quantity reader. */
function quantityOf(value: unknown): Quantity | undefined {
  if (typeof value === 'number' || isDecimal(value)) {
    const amount = toDecimalOrUndefined(value)
    return amount === undefined ? undefined : makeQuantity(amount, '')
  }
  if (typeof value !== 'string') return undefined
  const read = safeParseQuantity(value.trim())
  return read.success ? read.data : undefined
}

function finite(field: NumberField, value: unknown): Read<Quantity> {
  if (typeof value === 'number' && !Number.isFinite(value)) return refused(field, value, 'not-finite')
  if (isDecimal(value) && !value.isFinite()) return refused(field, value, 'not-finite')
  const q = quantityOf(value)
  if (q === undefined) return refused(field, value, 'unreadable')
  if (q.amount.isNegative() && !q.amount.isZero()) return refused(field, value, 'negative')
  return { ok: true, value: q }
}

/** A weight as read: points, or a percentage of the declared total. */
export interface WeightCell {
  readonly amount: Decimal
  readonly percent: boolean
}

/** @internal A weight: "10", "10分", 10, "10%" (权重, a share of the declared total). Units other than 分 and % are refused. */
export function readWeight(value: unknown, field: NumberField = 'weight'): Read<WeightCell> {
  const q = finite(field, value)
  if (!q.ok) return q
  const unit = q.value.unit
  if (unit !== '' && unit !== '分' && unit !== '%') return refused(field, value, 'unreadable')
  return { ok: true, value: { amount: q.value.amount, percent: unit === '%' } }
}

/** @internal A score or a total: points ("9.5", "9.5分"). */
export function readPoints(value: unknown, field: NumberField): Read<Decimal> {
  const w = readWeight(value, field)
  if (!w.ok) return w
  if (w.value.percent) return refused(field, value, 'unreadable')
  return { ok: true, value: w.value.amount }
}

/** @internal A budget figure: money in the unit written, or in `unit` when the cell is a bare number. */
export function readMoney(value: unknown, unit: string): Read<Quantity> {
  if (typeof value === 'object' && value !== null && !isDecimal(value)) {
    // a Quantity { amount, unit }, as JSON or as the library made it
    const amount = Object.prototype.hasOwnProperty.call(value, 'amount') ? (value as { amount: unknown }).amount : undefined
    const u = Object.prototype.hasOwnProperty.call(value, 'unit') ? (value as { unit: unknown }).unit : undefined
    const a = finite('budget', amount)
    if (!a.ok) return a
    const given = typeof u === 'string' && u.trim() !== '' ? u.trim() : unit
    if (describeUnit(given).family !== 'money') return refused('budget', value, 'unreadable')
    return { ok: true, value: makeQuantity(a.value.amount, given) }
  }
  // "150万": a scale without its 元 is still money (150万元), never 150万 of the budget's unit
  const text = typeof value === 'string' && /^\s*[\d.,，]+\s*[万亿]\s*$/u.test(value) ? `${value.trim()}元` : value
  const q = finite('budget', text)
  if (!q.ok) return refused('budget', value, q.problem.reason)
  if (q.value.unit === '') return describeUnit(unit).family === 'money' ? { ok: true, value: makeQuantity(q.value.amount, unit) } : refused('budget', value, 'unreadable')
  if (describeUnit(q.value.unit).family !== 'money') return refused('budget', value, 'unreadable')
  return q
}

/**
 * @internal A rate (执行率): "91.67%"; a bare number at most 1 is a fraction (0.9167), a larger one a percentage printed
 * without its sign (91.67).
 */
export function readRate(value: unknown): Read<Decimal> {
  const q = finite('rate', value)
  if (!q.ok) return q
  const { amount, unit } = q.value
  if (unit === '%') return { ok: true, value: freezeDecimal(amount.div(100)) }
  if (unit !== '') return refused('rate', value, 'unreadable')
  // a bare number: a fraction when at most 1 (0.9167), else a percentage printed without its sign (91.67)
  return { ok: true, value: freezeDecimal(amount.lte(1) ? amount : amount.div(100)) }
}

/** @internal A year: a whole number (2022, "2022", "2022年"). */
export function readYear(value: unknown): Read<number> {
  const text = typeof value === 'string' ? value.trim().replace(/年(度)?$/u, '') : value
  const q = finite('year', text)
  if (!q.ok) return refused('year', value, q.problem.reason)
  if (q.value.unit !== '' || !q.value.amount.isInteger()) return refused('year', value, 'not-integer')
  return { ok: true, value: q.value.amount.toNumber() }
}
