/**
 * The two sides of an indicator as its explanation shows them: the texts as written, and A and T as numbers in the
 * target's unit when both are numbers (for a range, T is the end that was missed).
 *
 * @module
 */
import type { Actual } from '../attainment/actual.js'
import type { Attainment } from '../attainment/attainment.js'
import { isPositive, type Decimal } from '../numbers/decimal.js'
import { areUnitsCompatible } from '../quantities/convert.js'
import { describeUnit } from '../quantities/unit.js'
import type { Quantity } from '../quantities/quantity.js'
import type { Target } from '../targets/types.js'
import type { Sides } from './rules/rule.js'

/** A in the unit of T, when the two compare (most tables write both in one unit: no arithmetic at all). */
function inUnitOf(actual: Quantity, unit: string): Decimal | undefined {
  if (actual.unit === unit || actual.unit === '') return actual.amount
  if (!areUnitsCompatible(actual.unit, unit)) return undefined
  const from = describeUnit(actual.unit)
  const to = describeUnit(unit)
  if (from.dimension !== to.dimension) return undefined
  return actual.amount.times(from.factor).div(to.factor)
}

/**
 * @internal Is a bare actual number likely not in the target's unit? 0.95 against 90% (a fraction for a percentage), 8000
 * against 1万人次 (a count for a count of ten thousands): read in the target's unit it would give a confident wrong score.
 */
export function unitAmbiguous(target: Target | null, actual: Actual | null): boolean {
  if (target === null || actual === null || actual.kind !== 'quantity' || actual.value.unit !== '' || target.kind !== 'compare') return false
  const a = actual.value.amount
  const t = target.value.amount
  if (!isPositive(a) || !isPositive(t)) return false
  const unit = describeUnit(target.value.unit)
  if (target.value.unit === '%') return a.lte(1) && t.gt(1)
  if (unit.factor.gt(1) && unit.family !== 'time') {
    const r = a.div(t)
    return r.gte(10) || r.lte('0.1')
  }
  return false
}

/** @internal The sides of an indicator. */
export function sidesOf(target: Target | null, actual: Actual | null, attainment: Attainment | null, actualText: string | undefined): Sides {
  const written = actualText ?? actual?.source ?? ''
  // a bare number read in the target's unit is shown with it ("90" against ≥95% was compared as 90%)
  const unitOfTarget = target === null ? '' : target.kind === 'compare' ? target.value.unit : target.kind === 'range' ? target.max.unit : ''
  const a = actual !== null && actual.kind === 'quantity' && actual.value.unit === '' && unitOfTarget !== '' && /^\s*[-+]?[0-9.]+\s*$/u.test(written) ? `${written.trim()}${unitOfTarget}` : written
  const t = target === null ? '' : target.source
  if (target === null || actual === null) return { actual: a, target: t }
  if (target.kind === 'compare' && actual.kind === 'quantity') {
    const unit = target.value.unit
    // two units of one family: the formula is shown in the actual's (8000人次 against ≥1万人次 is 8000÷10000, not 0.8÷1)
    if (actual.value.unit !== '' && actual.value.unit !== unit) {
      const t2 = inUnitOf(target.value, actual.value.unit)
      if (t2 !== undefined) return { actual: a, target: t, a: actual.value.amount, t: t2, unit: actual.value.unit }
    }
    const value = inUnitOf(actual.value, unit)
    return value === undefined ? { actual: a, target: t, unit } : { actual: a, target: t, a: value, t: target.value.amount, unit }
  }
  if (target.kind === 'range' && actual.kind === 'quantity') {
    const end = attainment !== null && attainment.code === 'RANGE' && attainment.details.position === 'above' ? target.max : target.min
    const value = inUnitOf(actual.value, end.unit)
    return value === undefined ? { actual: a, target: t, unit: end.unit } : { actual: a, target: t, a: value, t: end.amount, unit: end.unit }
  }
  if (target.kind === 'compare' && actual.kind === 'qualitative') return { actual: a, target: t, unit: target.value.unit }
  return { actual: a, target: t }
}
