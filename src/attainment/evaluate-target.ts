/**
 * Judging an actual value against a target: one function per kind of target, each returning an {@link Attainment}
 * whose explanation is produced when read.
 *
 * @module
 */
import { AttainmentError, makeIssue } from '../errors.js'
import { D, ONE, ZERO, type Decimal } from '../numbers/decimal.js'
import { baseAmount } from '../quantities/convert.js'
import { describeUnit } from '../quantities/unit.js'
import { makeQuantity, type Quantity } from '../quantities/quantity.js'
import { formatTarget } from '../targets/format-target.js'
import type { AllTarget, AnyTarget, CalendarDate, DeadlineTarget, QualitativeTarget, RangeTarget, Target } from '../targets/types.js'
import type { Actual, ActualQuantity, ActualWords } from './actual.js'
import { attainment, type Attainment, type AttainmentOf } from './attainment.js'
import { checkedActual, checkedTarget } from './coerce.js'
import { amounts, clampZero, impliedComparison, measured, minOne, notComparable, type MeasureTexts } from './measure.js'
import { checkOptions, type CheckedOptions, type EvaluateTargetOptions } from './options.js'
import { gradeOf, sameWords, wordsMet } from './words.js'
import { STATED_ATTAINMENT } from '../targets/lexicon/qualitative.js'
import { foldTraditional } from '../targets/lexicon/traditional.js'
import { own } from '../own.js'

/** The target as the explanation shows it: as written, or written anew when it came without its text. */
function shown(target: Target): string {
  return target.source.trim() === '' ? formatTarget(target) : target.source
}

/**
 * Words reported against a number, a range or a ratio: not met when they deny or say late; met when they state the
 * target was met ("超额完成", "已完成", "达成预期指标"), as the evaluator's own verdict; otherwise a person judges.
 */
function wordsAgainstMeasure(actual: ActualWords, texts: MeasureTexts): Attainment {
  const stated = !actual.negated && !actual.late && !actual.partial && STATED_ATTAINMENT.test(foldTraditional(actual.source).replace(/[\s。，,、；;！!]/g, ''))
  const met = actual.negated || actual.late ? false : stated ? true : null
  return attainment(met, met === null ? null : met ? ONE : ZERO, null, 'qualitative', 'WORDS_AGAINST_MEASURE', { actual: texts.actual, target: texts.target })
}

function compare(target: Target & { kind: 'compare' }, actual: Actual, options: CheckedOptions, texts: MeasureTexts): Attainment {
  let quantity: Quantity
  if (actual.kind === 'quantity') quantity = actual.value
  else if (actual.kind === 'qualitative' && actual.direction === 'absent' && !actual.negated && (target.op === '<=' || target.op === '<' || target.value.amount.isZero())) {
    quantity = makeQuantity(ZERO, '') // 无, 未发生 against "at most": none happened
  } else if (actual.kind === 'qualitative') return wordsAgainstMeasure(actual, texts)
  else throw notComparable('not-a-quantity', texts)
  const { a, t } = amounts(quantity, target.value, texts)
  const op = impliedComparison(target.op, options, target.approximate, t.isZero())
  const judged = measured(op, a, t, options.tolerance, target.approximate, target.op === null && op === '=', texts)
  return actual.kind === 'quantity' ? bounded(judged, actual) : judged
}

/**
 * An actual that gives only a bound of its value ("低于90%", "≥120米", "接近90%") settles a verdict only when the bound
 * points the way that makes it met (at least 120 against ≥100); otherwise a person judges.
 */
function bounded(judged: AttainmentOf<'MEASURE'>, actual: ActualQuantity): Attainment {
  const bound = own(actual, 'bound')
  if (bound === undefined) return judged
  const rule = judged.details.rule
  const settles = judged.met === true && ((bound === 'at-least' && rule === 'higher-is-better') || (bound === 'at-most' && rule === 'lower-is-better'))
  if (settles) return judged
  return attainment(null, null, null, judged.direction, 'MEASURE', { ...judged.details, ratio: null, bound })
}

function ratio(target: Target & { kind: 'ratio' }, actual: Actual, options: CheckedOptions, texts: MeasureTexts): Attainment {
  const t = target.antecedent.div(target.consequent)
  if (actual.kind === 'qualitative') return wordsAgainstMeasure(actual, texts)
  if (actual.kind === 'quantity' && describeUnit(actual.value.unit).family === 'share') {
    // 三分之二以上 against 70%: the ratio as a share of the whole
    const op = target.op ?? (options.polarity === 'negative' ? '<=' : '>=')
    return measured(op, baseAmount(actual.value, actual.value.unit), t, options.tolerance, target.approximate, false, texts)
  }
  if (actual.kind !== 'ratio') throw notComparable('not-a-ratio', texts)
  if (actual.consequent.isZero()) throw dataZero(texts)
  const a = actual.antecedent.div(actual.consequent)
  const op = impliedComparison(target.op, options, target.approximate, false)
  return measured(op, a, t, options.tolerance, target.approximate, target.op === null && op === '=', texts)
}

function dataZero(texts: MeasureTexts): AttainmentError {
  return new AttainmentError([makeIssue('ACTUAL_MALFORMED', { reason: 'zero-consequent' }, { input: texts.actual, path: ['actual', 'consequent'] })])
}

function range(target: RangeTarget, actual: Actual, texts: MeasureTexts): Attainment {
  if (actual.kind === 'qualitative') return wordsAgainstMeasure(actual, texts)
  if (actual.kind !== 'quantity') throw notComparable('not-a-quantity', texts)
  const low = amounts(actual.value, target.min, texts)
  const high = amounts(actual.value, target.max, texts)
  const aboveMin = target.minInclusive ? low.a.gte(low.t) : low.a.gt(low.t)
  const belowMax = target.maxInclusive ? high.a.lte(high.t) : high.a.lt(high.t)
  const met = aboveMin && belowMax
  const a = clampZero(low.a)
  const r = met ? ONE : !aboveMin ? (low.t.gt(0) ? minOne(a.div(low.t)) : ZERO) : a.gt(0) && high.t.gt(0) ? minOne(high.t.div(a)) : ZERO
  return attainment(met, r, null, 'within', 'RANGE', { actual: texts.actual, target: texts.target, position: met ? 'inside' : !aboveMin ? 'below' : 'above' })
}

function dateKey(d: CalendarDate, year: number): number {
  return year * 10000 + d.month * 100 + d.day
}

function deadline(target: DeadlineTarget, actual: Actual, options: CheckedOptions, texts: MeasureTexts): Attainment {
  const details = { actual: texts.actual, target: texts.target }
  if (actual.kind === 'date') {
    if (target.due === null) return attainment(null, null, null, 'on-time', 'DEADLINE_NEEDS_PLAN', details)
    const targetYear = target.due.year ?? options.year ?? null
    const actualYear = actual.date.year ?? options.year ?? targetYear
    if (targetYear === null && actualYear !== null) return attainment(null, null, null, 'on-time', 'DEADLINE_NEEDS_YEAR', details)
    const met = dateKey(actual.date, actualYear ?? 0) <= dateKey(target.due, targetYear ?? 0)
    return attainment(met, met ? ONE : ZERO, null, 'on-time', 'DEADLINE_DATE', details)
  }
  if (actual.kind === 'qualitative') {
    const met = actual.late || actual.negated ? false : actual.partial ? null : wordsMet('attain', actual)
    return attainment(met, met === null ? null : met ? ONE : ZERO, null, 'on-time', 'DEADLINE_WORDS', details)
  }
  if (actual.kind === 'quantity' && actual.value.unit === '%') {
    const amount = actual.value.amount
    const met = amount.gte(100)
    return attainment(met, minOne(clampZero(amount).div(100)), null, 'on-time', 'DEADLINE_SHARE', details)
  }
  throw notComparable('not-a-date', texts)
}

function qualitative(target: QualitativeTarget, actual: Actual, texts: MeasureTexts): Attainment {
  let met: boolean | null
  let r: Decimal | null
  let rule: 'same-words' | 'grade' | 'direction' | 'count-of-none' | 'share-done' | 'no-judgement'
  const actualGrade = actual.kind === 'qualitative' ? gradeOf(actual.source) : undefined
  const targetGrade = gradeOf(target.text)
  if (actual.kind === 'qualitative' && (actual.source.trim() === target.text.trim() || (!actual.negated && !actual.late && !actual.partial && sameWords(actual.source, target.text)))) {
    met = true // the same words: what was promised is what is reported
    r = ONE
    rule = 'same-words'
  } else if (actualGrade !== undefined && targetGrade !== undefined) {
    met = actualGrade <= targetGrade
    r = met ? ONE : ZERO
    rule = 'grade'
  } else if (actual.kind === 'qualitative') {
    met = wordsMet(target.direction, actual)
    r = met === null ? null : met ? ONE : ZERO
    rule = 'direction'
  } else if (actual.kind === 'quantity' && target.direction === 'absent') {
    met = actual.value.amount.lte(0)
    r = met ? ONE : ZERO
    rule = 'count-of-none'
  } else if (
    actual.kind === 'quantity' &&
    actual.value.unit === '%' &&
    (target.direction === 'attain' || actual.source.includes('完成') || actual.value.amount.gte(100))
  ) {
    // "合格" against 80%, "已完成100%" or 100% against anything in words: the share of the work done
    met = actual.value.amount.gte(100)
    r = minOne(clampZero(actual.value.amount).div(100))
    rule = 'share-done'
  } else {
    // a measured rate against "有所提升" says nothing of the change: a person judges
    met = null
    r = null
    rule = 'no-judgement'
  }
  return attainment(met, r, null, 'qualitative', 'QUALITATIVE', { actual: texts.actual, target: target.text, rule })
}

function compound(target: AnyTarget | AllTarget, actual: Actual, options: CheckedOptions, bareUnit: boolean): Attainment {
  const parts: Attainment[] = []
  // "到2025年…达到95%" against 96%: a measured value is the value reached; the date beside the measure is when, and no
  // share of work done (the measure parts judge the number, the date is not judged against it)
  const measures = target.targets.some((p) => p.kind === 'compare' || p.kind === 'range' || p.kind === 'ratio')
  let dates = 0
  for (const part of target.targets) {
    // "≥95%，无重大安全事故" against 98%: a number says nothing of the words beside it
    if (part.kind === 'qualitative' && actual.kind !== 'qualitative') continue
    if (part.kind === 'deadline' && measures && (actual.kind === 'quantity' || actual.kind === 'ratio')) {
      dates++
      continue
    }
    try {
      parts.push(evaluate(part, actual, options, bareUnit))
    } catch (error) {
      if (!(error instanceof AttainmentError) || error.code !== 'ACTUAL_NOT_COMPARABLE') throw error
    }
  }
  if (parts.length === 0) throw notComparable('no-part', { actual: actual.source, target: shown(target) })
  const skipped = parts.length + dates < target.targets.length
  const mets = parts.map((p) => p.met)
  const ratios = parts.map((p) => p.ratio).filter((x): x is Decimal => x !== null)
  let met: boolean | null
  if (target.kind === 'any') met = mets.includes(true) ? true : skipped || mets.includes(null) ? null : false
  else met = mets.includes(false) ? false : skipped || mets.includes(null) ? null : true
  const r = ratios.length === 0 ? null : target.kind === 'any' ? D.max(...ratios) : D.min(...ratios)
  return attainment(met, r, null, target.kind, 'COMPOUND', { mode: target.kind, skipped }, parts)
}

/** @internal Judge a checked actual against a checked target. */
export function evaluate(target: Target, actual: Actual, options: CheckedOptions, bareNumber: boolean): Attainment {
  if (target.kind === 'any' || target.kind === 'all') return compound(target, actual, options, bareNumber)
  const texts: MeasureTexts = bareNumber && (target.kind === 'compare' || target.kind === 'range')
    ? { actual: actual.source, target: shown(target), bareUnit: target.kind === 'compare' ? target.value.unit : target.max.unit }
    : { actual: actual.source, target: shown(target) }
  switch (target.kind) {
    case 'compare':
      return compare(target, actual, options, texts)
    case 'ratio':
      return ratio(target, actual, options, texts)
    case 'range':
      return range(target, actual, texts)
    case 'deadline':
      return deadline(target, actual, options, texts)
    case 'qualitative':
      return qualitative(target, actual, texts)
  }
}

/**
 * Judge an actual value (实际完成值) against a target.
 *
 * Units convert inside a family (元 against 万元, 亩 against 公顷); an actual without a unit ("93", or the JS number 93)
 * is read in the target's unit, and the attainment's details say so for a JS number (`bareNumber`: 0.92 against
 * "90%以上" is 0.92%, not 92%). Lower-is-better targets (≤, <, or a bare number with negative polarity) give T ÷ A when
 * missed; higher-is-better give A ÷ T; an approximate target with no comparison word is met within the tolerance.
 * Negative actuals count as 0 in the ratio, and a target that is not met never has a ratio of 1.
 *
 * @param target - a Target as `targetSchema` accepts it: from {@link parseTarget}, or revived JSON (amounts as decimal
 *   strings), or built by hand.
 * @param actual - an {@link Actual}, a {@link Quantity}, a number or text ("99.16%", "1:18", "2022年11月完成", "是").
 * @param options - polarity, tolerance of approximate targets, evaluation year.
 * @returns the frozen {@link Attainment}: `met`, `ratio`, `code`, `details`, and `zh` / `en` produced when read.
 * @throws {@link AttainmentError} `ACTUAL_NOT_COMPARABLE` naming both units (件 against %) or kinds; `ACTUAL_MALFORMED`
 *   for unreadable text or data; `TARGET_INVALID` for a target the schema refuses; `OPTION_INVALID` for a bad option.
 * @example
 * ```ts
 * evaluateTarget(parseTarget('不超过千分之二'), '0.1%').met
 * //=> true
 * evaluateTarget(parseTarget('1:20'), '1:18').met
 * //=> true
 * evaluateTarget(parseTarget('90%以上'), '85%').ratio?.toFixed(4)
 * //=> '0.9444'
 * evaluateTarget(parseTarget('90%以上'), 0.92).details
 * //=> { actual: '0.92', target: '90%以上', rule: 'higher-is-better', ratio: evaluateTarget(parseTarget('90%以上'), 0.92).ratio, bareNumber: true, unit: '%' }
 * ```
 */
export function evaluateTarget(target: Target, actual: Actual | Quantity | number | string | Decimal, options: EvaluateTargetOptions = {}): Attainment {
  const checked = checkOptions(options)
  const t = checkedTarget(target)
  const a = checkedActual(actual, checked.year)
  return evaluate(t, a.actual, checked, a.bare)
}
