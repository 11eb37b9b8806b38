/**
 * The doors of {@link evaluateTarget}: a target is accepted when `targetSchema` accepts it (one validation path), and an
 * actual value may be an Actual, a Quantity, a number, a Decimal or text.
 *
 * @module
 */
import { AttainmentError, makeIssue, type Issue } from '../errors.js'
import { isDecimal, toDecimalOrUndefined } from '../numbers/decimal.js'
import { formatQuantity } from '../quantities/format-quantity.js'
import { makeQuantity, quantity as makeCheckedQuantity, type Quantity } from '../quantities/quantity.js'
import { isTrustedTarget, reviveTarget } from '../targets/schema.js'
import type { Target } from '../targets/types.js'
import type { DataProblem } from '../messages/issue-details.js'
import { own } from '../own.js'
import { isTrustedActual, parseActual, type Actual } from './actual.js'

const DIRECTIONS: ReadonlySet<string> = /*@__PURE__*/ new Set(['increase', 'decrease', 'maintain', 'attain', 'absent', 'unknown'])

function dataError(reason: DataProblem, path: readonly (string | number)[], value?: unknown): AttainmentError {
  const code = path[0] === 'target' ? 'TARGET_INVALID' : 'ACTUAL_MALFORMED'
  const field = path.join('.')
  const details = value === undefined ? { reason, field } : { reason, field, value: String(value) }
  return new AttainmentError([makeIssue(code, details, { path }) as Issue])
}

/**
 * @internal The target, as `targetSchema` accepts it: a target this library made is trusted as it is; any other value
 * (revived JSON, a hand-built object, Decimals of the host's decimal.js) goes through the schema, or is a coded error
 * naming the first field at fault.
 */
export function checkedTarget(target: unknown): Target {
  if (isTrustedTarget(target)) return target
  if (typeof target !== 'object' || target === null) throw dataError('not-a-target', ['target'])
  const revived = reviveTarget(target)
  if (revived.success) return revived.data
  const first = revived.issues[0]
  const path = ['target', ...(first?.path ?? []).map((p) => (typeof p === 'number' ? p : String(p)))]
  throw dataError('schema', path, first?.message ?? '')
}

function decimalOf(value: unknown, path: readonly (string | number)[]): ReturnType<typeof toDecimalOrUndefined> & object {
  const decimal = toDecimalOrUndefined(value)
  if (decimal === undefined) throw dataError('not-finite', path, value)
  return decimal
}

function quantityOf(value: unknown, path: readonly (string | number)[]): Quantity {
  if (typeof value !== 'object' || value === null) throw dataError('not-a-quantity', path)
  const unit = own(value as { unit?: unknown }, 'unit')
  if (typeof unit !== 'string') throw dataError('not-a-quantity', path)
  return makeQuantity(decimalOf(own(value as { amount?: unknown }, 'amount'), [...path, 'amount']), unit)
}

/** @internal The actual as an {@link Actual}; `bare` is set when it was a JS number or Decimal without a unit. */
export function checkedActual(actual: unknown, year: number | undefined): { actual: Actual; bare: boolean } {
  if (typeof actual === 'string') return { actual: parseActual(actual, year === undefined ? {} : { year }), bare: false }
  if (typeof actual === 'number' || isDecimal(actual)) {
    const amount = toDecimalOrUndefined(actual)
    if (amount === undefined) throw dataError('not-finite', ['actual'], actual)
    return { actual: Object.freeze({ kind: 'quantity', value: makeQuantity(amount, ''), source: amount.toFixed() }), bare: true }
  }
  if (typeof actual !== 'object' || actual === null) throw dataError('not-an-actual', ['actual'])
  if (isTrustedActual(actual)) return { actual, bare: false }
  const kind = own(actual as { kind?: unknown }, 'kind')
  if (kind !== undefined) {
    // an Actual built by hand (or from JSON): its numbers must be numbers
    const source = own(actual as { source?: unknown }, 'source')
    const text = typeof source === 'string' ? source : ''
    const a = actual as Record<string, unknown>
    switch (kind) {
      case 'quantity':
        return { actual: Object.freeze({ kind: 'quantity', value: quantityOf(own(a, 'value'), ['actual', 'value']), source: text }), bare: false }
      case 'ratio':
        return {
          actual: Object.freeze({ kind: 'ratio', antecedent: decimalOf(own(a, 'antecedent'), ['actual', 'antecedent']), consequent: decimalOf(own(a, 'consequent'), ['actual', 'consequent']), source: text }),
          bare: false,
        }
      case 'date': {
        const date = own(a, 'date') as { year?: unknown; month?: unknown; day?: unknown } | undefined
        const month = typeof date === 'object' && date !== null ? own(date, 'month') : undefined
        const day = typeof date === 'object' && date !== null ? own(date, 'day') : undefined
        if (typeof month !== 'number' || !Number.isInteger(month) || month < 1 || month > 12) throw dataError('missing-field', ['actual', 'date', 'month'])
        if (typeof day !== 'number' || !Number.isInteger(day) || day < 1 || day > 31) throw dataError('missing-field', ['actual', 'date', 'day'])
        if (date === undefined || date === null) throw dataError('missing-field', ['actual', 'date'])
        const year = own(date, 'year')
        if (year !== null && year !== undefined && !Number.isInteger(year)) throw dataError('missing-field', ['actual', 'date', 'year'])
        const checked = Object.freeze({ year: (year ?? null) as number | null, month: own(date, 'month') as number, day: own(date, 'day') as number })
        return { actual: Object.freeze({ kind: 'date', date: checked, source: text }), bare: false }
      }
      case 'qualitative': {
        const direction = own(a, 'direction')
        if (typeof direction !== 'string' || !DIRECTIONS.has(direction)) throw dataError('missing-field', ['actual', 'direction'])
        return {
          actual: Object.freeze({ kind: 'qualitative', direction: direction as never, negated: own(a, 'negated') === true, partial: own(a, 'partial') === true, late: own(a, 'late') === true, source: text }),
          bare: false,
        }
      }
      default:
        throw dataError('unknown-kind', ['actual', 'kind'], kind)
    }
  }
  if (own(actual as { amount?: unknown }, 'amount') !== undefined && typeof own(actual as { unit?: unknown }, 'unit') === 'string') {
    const q = actual as Quantity
    const value = makeCheckedQuantity(decimalOf(own(q, 'amount'), ['actual', 'amount']), own(q, 'unit') as string)
    return { actual: Object.freeze({ kind: 'quantity', value, source: formatQuantity(value) }), bare: false }
  }
  throw dataError('not-an-actual', ['actual'])
}
