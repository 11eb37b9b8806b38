/**
 * Reading one level-3 indicator: its target and actual value (read once, shared between indicators that write the same
 * text), a unit column joined to a number written without one, 不适用, its polarity, and the checks of one indicator.
 *
 * @module
 */
import { JixiaoError, type Issue } from '../errors.js'
import { safeParseActual, type Actual } from '../attainment/actual.js'
import { checkedActual } from '../attainment/coerce.js'
import { evaluate } from '../attainment/evaluate-target.js'
import { checkOptions } from '../attainment/options.js'
import { isAsciiDigit } from '../numbers/characters.js'
import { isDecimal, toDecimalOrUndefined } from '../numbers/decimal.js'
import { describeUnit } from '../quantities/unit.js'
import { makeQuantity } from '../quantities/quantity.js'
import { isRefused, readTarget } from '../targets/parse-target.js'
import { isTrustedTarget, reviveTarget } from '../targets/schema.js'
import type { Target } from '../targets/types.js'
import { makeIssue } from '../errors.js'
import { placeOf, report, reportAgain, type BuildContext } from './context.js'
import { givenCategory } from './category.js'
import type { IndicatorInput } from './input.js'
import { NOT_APPLICABLE_WORDS } from './lexicon/not-applicable.js'
import { DURATION_UNITS, POINT_IN_TIME_NAMES } from './lexicon/durations.js'
import { EMPTY_CELLS } from './lexicon/empty-cells.js'
import { NOT_UNITS } from './lexicon/split-cells.js'
import { QUANTITATIVE_CATEGORIES } from './lexicon/categories.js'
import { conflictingComparator, polarityOf, writtenPolarity } from './polarity.js'
import type { Indicator, NotApplicableReason } from './types.js'
import { adjustmentOf, leafCommon } from './leaf-common.js'

type Path = readonly (string | number)[]

let NOT_APPLICABLE_FIRST: ReadonlySet<string> | undefined

/** Is the cell a word that marks the indicator not applicable, alone or with its explanation after it? */
function isNotApplicable(text: string): boolean {
  // every word begins with one of a few characters: most cells are ruled out by their first
  const first = text.trimStart().charAt(0)
  if (!(NOT_APPLICABLE_FIRST ??= new Set(NOT_APPLICABLE_WORDS.map((w) => w.charAt(0)))).has(first)) return false
  const bare = text.replace(/\s+/gu, '').replace(/[。.；;，,]+$/u, '')
  return NOT_APPLICABLE_WORDS.some((w) => bare === w || (bare.startsWith(w) && /^[（(［[【，,。；;：:、]/u.test(bare.slice(w.length))))
}

/** A number with more decimals than a person writes: a float as a spreadsheet stores it (0.0900000762939453). */
const RAW_VALUE = /^-?\d*\.\d{7,}$/u

/** A unit the name ends with in brackets ("满意度(%)", "建设数量（个）"), when the catalogue knows it. */
function unitInName(name: string): string | undefined {
  const m = /[(（]([^()（）]{1,6})[)）]\s*$/u.exec(name)
  if (m === null) return undefined
  const unit = (m[1] as string).trim().replace('％', '%')
  // a unit the catalogue or its measure words know (个, 人次, 元/人, %), never a year or a placeholder ("2022年", "≥**人")
  return !/[\d≥≤<>=*]/u.test(unit) && !describeUnit(unit).dimension.startsWith('unit:') ? unit : undefined
}

/** The last Arabic digit of a text (half or full width), or -1. */
function lastDigit(text: string): number {
  for (let i = text.length - 1; i >= 0; i--) {
    const c = text.charCodeAt(i)
    if (isAsciiDigit(c) || (c >= 0xff10 && c <= 0xff19)) return i
  }
  return -1
}

/** Does the target write its numbers without a unit (so that the unit column supplies it)? */
function unitless(target: Target): boolean {
  switch (target.kind) {
    case 'compare':
      return target.value.unit === ''
    case 'range':
      return target.min.unit === '' && target.max.unit === ''
    case 'any':
    case 'all':
      return target.targets.some(unitless)
    default:
      return false
  }
}

/** The unit a target is written in, when it has one quantity unit. */
function unitOf(target: Target): string | undefined {
  if (target.kind === 'compare') return target.value.unit
  if (target.kind === 'range') return target.max.unit
  return undefined
}

/**
 * The text with the unit written after its last number ("90以上" with "%" is "90%以上"). A unit that would make a
 * date of the number (月, 季度, 日) is written as the duration it is ("≥12" with "月" is "≥12个月", not December), unless
 * the name says the number is a point in time ("完成时间", "开工日期": `pointInTime`).
 */
function withUnit(text: string, unit: string, pointInTime: boolean): string | undefined {
  const at = lastDigit(text)
  return at < 0 ? undefined : `${text.slice(0, at + 1)}${writtenUnit(unit, pointInTime)}${text.slice(at + 1)}`
}

/** The unit as it is written after a bare number: a calendar unit as the duration it stands for, unless a point in time. */
function writtenUnit(unit: string, pointInTime: boolean): string {
  return !pointInTime && Object.prototype.hasOwnProperty.call(DURATION_UNITS, unit) ? (DURATION_UNITS[unit] as string) : unit
}

/** The text with the unit after the last number of each part written without one, or undefined when a part is not found. */
function withUnitInParts(text: string, parts: readonly Target[], unit: string, pointInTime: boolean): string | undefined {
  let out = ''
  let from = 0
  for (const part of parts) {
    const at = text.indexOf(part.source, from)
    if (at < 0) return undefined
    const end = at + part.source.length
    const piece = text.slice(from, end)
    const joined = unitless(part) ? withUnit(piece, unit, pointInTime) : piece
    out += joined ?? piece
    from = end
  }
  return out + text.slice(from)
}

/** A target text read once per build. */
function readText(ctx: BuildContext, text: string): Target | Issue {
  let read = ctx.targets.get(text)
  if (read === undefined) {
    const t = readTarget(text, ctx.year === undefined ? {} : { year: ctx.year })
    read = isRefused(t) ? t.refused : t
    ctx.targets.set(text, read)
  }
  return read
}

const isIssue = (value: object): value is Issue => Object.prototype.hasOwnProperty.call(value, 'code') && !Object.prototype.hasOwnProperty.call(value, 'kind')

/** The target of an indicator: text (with the unit column joined) or data; null with an issue when it cannot be read. */
function targetOf(ctx: BuildContext, given: string | object, unit: string | undefined, path: Path, pointInTime: boolean): Target | null {
  if (typeof given !== 'string') {
    const place = placeOf(ctx, path, 'target')
    if (isTrustedTarget(given)) return given
    const revived = reviveTarget(given)
    if (revived.success) return revived.data
    const first = revived.issues[0]
    const field = [...place.path, ...(first?.path ?? []).map((p) => (typeof p === 'number' ? p : String(p)))]
    reportAgain(ctx, makeIssue('TARGET_INVALID', { reason: 'schema', field: field.join('.'), value: first?.message ?? '' }) as Issue, { ...place, path: field })
    return null
  }
  let read = readText(ctx, given)
  if (unit !== undefined && !isIssue(read) && unitless(read)) {
    // a compound ("≥3且≤5" with 天): the unit after each part written without one; else after the last number
    const joined = (read.kind === 'any' || read.kind === 'all' ? withUnitInParts(given, read.targets, unit, pointInTime) : undefined) ?? withUnit(given, unit, pointInTime)
    if (joined !== undefined) read = readText(ctx, joined)
  }
  if (isIssue(read)) {
    reportAgain(ctx, read, placeOf(ctx, path, 'target'))
    return null
  }
  return read
}

/** The actual value of an indicator; null with an issue when it cannot be read. */
function actualOf(ctx: BuildContext, given: unknown, unit: string | undefined, path: Path, pointInTime: boolean): Actual | null {
  try {
    if (typeof given === 'string') {
      const text = unit !== undefined && /^\s*[-+]?[\d０-９.,，]+\s*$/u.test(given) ? (withUnit(given, unit, pointInTime) ?? given) : given
      let read = ctx.actuals.get(text)
      if (read === undefined) {
        // the safe door: a refused text costs no stack
        const r = safeParseActual(text, ctx.year === undefined ? {} : { year: ctx.year })
        read = r.success ? r.data : (r.error.issues[0] as Issue)
        ctx.actuals.set(text, read)
      }
      if (isIssue(read)) {
        reportAgain(ctx, read, placeOf(ctx, path, 'actual'))
        return null
      }
      return read
    }
    if (unit !== undefined && (typeof given === 'number' || isDecimal(given))) {
      const amount = toDecimalOrUndefined(given)
      const written = writtenUnit(unit, pointInTime)
      if (amount !== undefined) return Object.freeze({ kind: 'quantity', value: makeQuantity(amount, written), source: `${amount.toFixed()}${written}` })
    }
    return checkedActual(given, ctx.year).actual
  } catch (error) {
    if (!(error instanceof JixiaoError)) throw error
    const issue = error.issues[0] as Issue
    // the checker names fields from "actual": the place of the cell goes before them
    const inner = issue.path[0] === 'actual' ? issue.path.slice(1) : issue.path
    const place = placeOf(ctx, path, 'actual')
    reportAgain(ctx, issue, { ...place, path: [...place.path, ...inner] })
    return null
  }
}

/** Can the actual be judged against the target at all (件 against % cannot)? */
function checkComparable(ctx: BuildContext, target: Target, actual: Actual, polarity: 'positive' | 'negative', path: Path): void {
  // the common case needs no judgement: a number in the target's own unit, or in none (read in the target's)
  if (actual.kind === 'quantity' && (target.kind === 'compare' || target.kind === 'range')) {
    if (actual.value.unit === unitOf(target) || actual.value.unit === '') return
  }
  // a table repeats its cells, and their readings are shared: each pair of readings is judged once per build
  let byActual = ctx.comparable.get(target)
  if (byActual === undefined) ctx.comparable.set(target, (byActual = new Map()))
  let verdict = byActual.get(actual)
  if (verdict === undefined) {
    verdict = null
    try {
      evaluate(target, actual, checkOptions(ctx.year === undefined ? { polarity } : { polarity, year: ctx.year }), false)
    } catch (error) {
      if (!(error instanceof JixiaoError)) throw error
      const issue = error.issues[0] as Issue
      if (issue.code === 'ACTUAL_NOT_COMPARABLE') verdict = issue
    }
    byActual.set(actual, verdict)
  }
  if (verdict !== null) reportAgain(ctx, verdict, placeOf(ctx, path, 'actual'))
}

/** A bare 0.95 against a target of 95%: most likely the value of a % cell, read as 0.95% (a warning, the reading kept). */
function checkFraction(ctx: BuildContext, given: unknown, target: Target, actual: Actual, name: string, path: Path): void {
  const bare = typeof given === 'number' || isDecimal(given) || (typeof given === 'string' && /^\s*\d*\.?\d+\s*$/u.test(given))
  if (!bare || actual.kind !== 'quantity' || target.kind !== 'compare') return
  const a = actual.value
  const t = target.value
  if ((a.unit === '%' || a.unit === '') && t.unit === '%' && a.amount.gt(0) && a.amount.lte(1) && t.amount.gt(1)) {
    report(ctx, 'ACTUAL_LOOKS_LIKE_FRACTION', { name, actual: a.amount.toFixed(), target: target.source }, placeOf(ctx, path, 'actual'), 'warning')
  }
}

/** @internal Read a level-3 indicator (without its id and weight, which the tree sets). */
export function readIndicator(ctx: BuildContext, input: IndicatorInput, path: Path, groupCategory: string | undefined): Omit<Indicator, 'id' | 'weight' | 'weightSource'> {
  const name = input.name ?? ''
  // the name without the spaces and line breaks a wrapped cell adds (made once: every check below reads it)
  const compact = /\s/u.test(name) ? name.replace(/\s+/gu, '') : name
  // a unit column that holds no unit (无, 是/否, 定性, "/") is none; without one, a unit the name ends with ("满意度(%)")
  const unit = input.unit === undefined || input.unit.trim() === '' || NOT_UNITS.includes(input.unit.trim()) ? unitInName(name) : input.unit.trim()
  const pointInTime = POINT_IN_TIME_NAMES.some((w) => compact.endsWith(w))
  const category = input.category === undefined || input.category.trim() === '' ? groupCategory : givenCategory(input.category)
  let notApplicable: NotApplicableReason | undefined = input.applicable === false ? 'flag' : undefined
  const targetText = typeof input.target === 'string' ? input.target : undefined
  const actualText = typeof input.actual === 'string' ? input.actual : undefined
  if (notApplicable === undefined && targetText !== undefined && isNotApplicable(targetText)) notApplicable = 'target'
  if (notApplicable === undefined && actualText !== undefined && isNotApplicable(actualText)) notApplicable = 'actual'
  const applicable = notApplicable === undefined
  let target: Target | null = null
  // "/", "-", "—": a table's mark for a cell left empty
  const mark = targetText !== undefined && EMPTY_CELLS.includes(targetText.trim()) ? targetText.trim() : undefined
  const blank = input.target === undefined || (targetText !== undefined && targetText.trim() === '') || mark !== undefined
  // an indicator scored by its 评分标准 (a department's deduction rules) needs no target
  const criteria = input.criteria !== undefined && input.criteria.trim() !== ''
  if (blank) {
    if (applicable && !criteria) report(ctx, 'TARGET_MISSING', mark === undefined ? { name } : { name, written: mark }, placeOf(ctx, path, 'target'), ctx.missingTarget)
  } else if (notApplicable !== 'target') {
    target = targetOf(ctx, input.target as string | object, unit, path, pointInTime)
  }
  const hasActual = input.actual !== undefined && !(actualText !== undefined && (actualText.trim() === '' || EMPTY_CELLS.includes(actualText.trim())))
  const actual = hasActual && notApplicable !== 'actual' && notApplicable !== 'flag' ? actualOf(ctx, input.actual, unit, path, pointInTime) : null
  const written = input.polarity === undefined ? undefined : writtenPolarity(input.polarity)
  const polarity = polarityOf(written, target, compact, category, ctx.endings)
  if (written !== undefined) {
    const comparator = conflictingComparator(written, target)
    if (comparator !== undefined) report(ctx, 'POLARITY_CONFLICT', { name, written, comparator }, placeOf(ctx, path, 'polarity'), 'warning')
  }
  for (const [field, text] of [['target', targetText], ['actual', typeof input.actual === 'number' ? String(input.actual) : actualText]] as const) {
    if (text !== undefined && RAW_VALUE.test(text.trim())) report(ctx, 'VALUE_LOOKS_RAW', { name, field, value: text.trim() }, placeOf(ctx, path, field), 'warning')
  }
  if (applicable && target !== null && actual !== null) {
    checkComparable(ctx, target, actual, polarity.value, path)
    checkFraction(ctx, input.actual, target, actual, name, path)
  }
  const nature = input.nature === undefined ? undefined : input.nature === 'qualitative' || input.nature === '定性' ? 'qualitative' : 'quantitative'
  if (applicable && target !== null && category !== undefined && QUANTITATIVE_CATEGORIES.includes(category)) {
    if (target.kind === 'qualitative') report(ctx, 'CATEGORY_QUALITATIVE_TARGET', { name, category }, placeOf(ctx, path, 'target'), 'warning')
    // a name that ends with what it counts (人数, 数量, 个数) says the unit
    else if (unitless(target) && !/[数量]$/u.test(compact)) report(ctx, 'UNIT_MISSING', { name, category }, placeOf(ctx, path, 'target'), 'warning')
  }
  if (unit !== undefined && target !== null) {
    const written = unitOf(target)
    if (written !== undefined && written !== '') {
      if (describeUnit(written).dimension !== describeUnit(unit).dimension) report(ctx, 'UNIT_CONFLICT', { name, written, column: unit }, placeOf(ctx, path, 'unit'), 'warning')
    }
  }
  const out = leafCommon(ctx, input, path, name, notApplicable) as { -readonly [K in keyof Indicator]?: Indicator[K] }
  out.kind = 'indicator'
  if (category !== undefined) out.category = category
  if (targetText !== undefined) out.targetText = targetText
  out.target = target
  if (actualText !== undefined) out.actualText = actualText
  out.actual = actual
  if (unit !== undefined) out.unit = unit
  if (nature !== undefined) out.nature = nature
  out.polarity = polarity
  adjustmentOf(ctx, input, path, out)
  return out as Omit<Indicator, 'id' | 'weight' | 'weightSource'>
}
