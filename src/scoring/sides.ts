/**
 * The two sides of an indicator as its explanation shows them: the texts as written, and A and T as numbers in the
 * target's unit when both are numbers (for a range, T is the end that was missed).
 *
 * @module
 */
import type { Actual } from '../attainment/actual.js'
import type { Attainment } from '../attainment/attainment.js'
import { isPositive, type Decimal } from '../numbers/decimal.js'
import { areUnitsCompatible, convertQuantity } from '../quantities/convert.js'
import { describeUnit } from '../quantities/unit.js'
import type { Quantity } from '../quantities/quantity.js'
import type { Target } from '../targets/types.js'
import type { Sides } from './rules/rule.js'

/** A in the unit of T, when the two compare (most tables write both in one unit: no arithmetic at all). */
function inUnitOf(actual: Quantity, unit: string): Decimal | undefined {
  if (actual.unit === unit || actual.unit === '') return actual.amount
  if (!areUnitsCompatible(actual.unit, unit) || describeUnit(actual.unit).dimension !== describeUnit(unit).dimension) return undefined
  return convertQuantity(actual, unit).amount
}

/** Is a bare actual number likely not in the unit of this comparison's quantity? */
function ambiguousAgainst(a: Decimal, value: Quantity): boolean {
  const t = value.amount
  if (!isPositive(a) || !isPositive(t)) return false
  const unit = describeUnit(value.unit)
  // 0.95 against 90%: a fraction for a percentage
  if (value.unit === '%') return a.lte(1) && t.gt(1)
  // a bare scale ("10万"): 80000 is written in full, 8 is likely 8万 — or not
  if (unit.family === 'none' && unit.factor.gt(1)) {
    const r = a.div(t.times(unit.factor))
    return !(r.gte('0.1') && r.lte(10))
  }
  // a unit with a scale ("1万人次"): a bare number ten times off
  if (unit.factor.gt(1) && unit.family !== 'time') {
    const r = a.div(t)
    return r.gte(10) || r.lte('0.1')
  }
  return false
}

/**
 * @internal Is a bare actual number likely not in the target's unit? 0.95 against 90% (a fraction for a percentage), 8000
 * against 1万人次 (a count for a count of ten thousands), 8 against 10万: read in the target's unit it would give a
 * confident wrong score. Ranges and compound targets are checked part by part.
 */
export function unitAmbiguous(target: Target | null, actual: Actual | null, writtenBare = false): boolean {
  if (target === null || actual === null || actual.kind !== 'quantity') return false
  // a target written as a fraction (≥0.95) against a percentage (93%): 0.95 is 95% or 0.95%
  if (target.kind === 'compare' && target.value.unit === '' && actual.value.unit === '%' && isPositive(target.value.amount) && target.value.amount.lte(1) && actual.value.amount.gt(1)) return true
  // a bare number in the cell, given the unit column's unit by the table: as doubtful as one written without it
  if (actual.value.unit !== '' && !writtenBare) return false
  const a = actual.value.amount
  switch (target.kind) {
    case 'compare':
      return ambiguousAgainst(a, target.value)
    case 'range':
      return ambiguousAgainst(a, target.min) || ambiguousAgainst(a, target.max)
    case 'any':
    case 'all':
      return target.targets.some((p) => unitAmbiguous(p, actual))
    default:
      return false
  }
}

/** Words that make an actual more than its number ("100余万元", "逾100万元", "突破100万元"), or less ("近95%", "未达95%"). */
const MORE_THAN = /[0-9０-９.]\s*(?:余|多)|逾|突破|超过|超出/u
const LESS_THAN = /(?<![接将])近|未达|不到|不足|不满|差/u
/** A date written relative to the year ("次年1月", "翌年2月"): the year of the evaluation does not date it. */
const RELATIVE_YEAR = /次年|下年|翌年|来年|第二年/u

/**
 * @internal An actual whose words move it off its number the way that would turn a verdict: more than the number against
 * a lower-is-better target, less than it against a higher-is-better one. Read as the number it would be a confident
 * wrong score (100余万元 against ≤100万元 is over budget, by how much no one says).
 */
export function vagueActual(actual: Actual | null, lower: boolean | undefined): boolean {
  if (actual === null || actual.kind !== 'quantity' || lower === undefined) return false
  return lower ? MORE_THAN.test(actual.source) : LESS_THAN.test(actual.source)
}

/** @internal A dated actual written relative to the year ("次年1月"). */
export function relativeYear(actual: Actual | null): boolean {
  return actual !== null && actual.kind === 'date' && RELATIVE_YEAR.test(actual.source)
}

/** A reduction written before the number of a target or an actual ("较上年下降5%", "压减10%", "减少3%"). */
const REDUCTION = /(?:降低|减少|节约|节省|压减|压缩|减轻|下降|缩减|缩短)了?\s*[0-9０-９.]/u
/** A period a count is written per ("每季度1次", "每月不少于2次"). */
const PERIOD = /每(?:个)?(月|季度?|半年|年|周|日|天)/u

/**
 * @internal A target that is a reduction ("较上年下降5%"): what counts is the reduction achieved, more is better, and the
 * actual must say it is one ("下降8%"); `undefined` when the target is no reduction.
 */
export function reductionOf(target: Target | null, actual: Actual | null): 'reduction' | 'ambiguous' | undefined {
  if (target === null || target.kind !== 'compare' || (target.op !== null && target.op !== '>=' && target.op !== '>')) return undefined
  if (!REDUCTION.test(target.source)) return undefined
  return actual !== null && actual.kind === 'quantity' && REDUCTION.test(actual.source) ? 'reduction' : 'ambiguous'
}

/**
 * @internal Are the two sides counted per different periods ("每季度1次" against "全年3次", "≥4次" against "每月1次")? Read as
 * written they would compare a count per quarter with a count per year.
 */
export function periodsDiffer(target: Target | null, actual: Actual | null): boolean {
  if (target === null || actual === null || actual.kind !== 'quantity') return false
  // the evaluation is of a year: "每年2次" and "2次" count the same
  const t = PERIOD.exec(target.source)?.[1] ?? '年'
  const a = PERIOD.exec(actual.source)?.[1] ?? '年'
  return t !== a
}

/** @internal The sides of an indicator. */
export function sidesOf(target: Target | null, actual: Actual | null, attainment: Attainment | null, actualText: string | undefined): Sides {
  const written = actualText ?? actual?.source ?? ''
  // a bare number read in the target's unit is shown with it ("90" against ≥95% was compared as 90%)
  const unitOfTarget = target === null ? '' : target.kind === 'compare' ? target.value.unit : target.kind === 'range' ? target.max.unit : ''
  const bareScale = unitOfTarget !== '' && describeUnit(unitOfTarget).family === 'none'
  const a = actual !== null && actual.kind === 'quantity' && actual.value.unit === '' && unitOfTarget !== '' && !bareScale && /^\s*[-+]?[0-9.]+\s*$/u.test(written) ? `${written.trim()}${unitOfTarget}` : written
  const t = target === null ? '' : target.source
  if (target === null || actual === null) return { actual: a, target: t }
  if (target.kind === 'compare' && actual.kind === 'quantity') {
    // a 0 has no unit: "≤0" against -12% is 0% against -12%
    if (target.value.unit === '' && target.value.amount.isZero() && actual.value.unit !== '') {
      return { actual: a, target: t, a: actual.value.amount, t: target.value.amount, unit: actual.value.unit }
    }
    const unit = target.value.unit
    const value = inUnitOf(actual.value, unit)
    if (value === undefined) return { actual: a, target: t, unit }
    // the rules read A and T in the target's unit; two units of one family are shown in the actual's (8000人次 against
    // ≥1万人次 is 8000÷10000, not 0.8÷1)
    if (actual.value.unit !== '' && actual.value.unit !== unit) {
      const t2 = inUnitOf(target.value, actual.value.unit)
      if (t2 !== undefined) return { actual: a, target: t, a: value, t: target.value.amount, unit, shown: { a: actual.value.amount, t: t2 } }
    }
    return { actual: a, target: t, a: value, t: target.value.amount, unit }
  }
  if (target.kind === 'range' && actual.kind === 'quantity') {
    const end = attainment !== null && attainment.code === 'RANGE' && attainment.details.position === 'above' ? target.max : target.min
    const value = inUnitOf(actual.value, end.unit)
    return value === undefined ? { actual: a, target: t, unit: end.unit } : { actual: a, target: t, a: value, t: end.amount, unit: end.unit }
  }
  if (target.kind === 'compare' && actual.kind === 'qualitative') return { actual: a, target: t, unit: target.value.unit }
  return { actual: a, target: t }
}
