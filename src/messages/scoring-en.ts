/**
 * The English texts of the scoring engine: every explanation, finding and error code, produced when read.
 *
 * @module
 */
import { decimalText as n, percentText as percent } from './decimal-text.js'
import type { ScoringMessageTable } from './scoring-table.js'
import type { MeasuredSides, QualitativeLevel, UndecidedReason, VetoScope } from './scoring-details.js'
import type { Decimal } from '../numbers/decimal.js'
import { lookup } from '../own.js'

const LEVELS: Readonly<Record<QualitativeLevel, string>> = { achieved: 'achieved (达成)', partial: 'partly achieved (部分达成)', 'not-achieved': 'not achieved (未达成)' }
const WHY: Readonly<Record<UndecidedReason, string>> = {
  'no-actual': 'no actual value',
  'no-target': 'no target',
  'needs-judgement': 'the words say neither met nor missed',
  'not-comparable': 'the actual value does not compare with the target',
  'no-level': 'no qualitative level was given',
  'no-items': 'no sub-items were ticked',
  'no-rate': 'no budget figures',
  'criteria-unit': 'the unit the criteria deduct by is not the unit of the target',
  'criteria-mismatch': 'the rule does not fit the indicator (the way it deducts, what it counts, or the indicator\'s direction)',
  'criteria-unread': 'the criteria write a deduction that cannot be read',
  'unit-ambiguous': 'the actual value has no unit, and may not be in the unit of the target',
  'reduction-ambiguous': 'the target is a reduction, and the actual value does not say whether it is a reduction or a level',
  'period-differs': 'the target and the actual value count per different periods (a month, a quarter, a year)',
  'negative-target': 'the target is negative: no proportion can be taken',
  'actual-vague': 'the actual value says only roughly what it is ("100余万元", "近95%", "次年1月"): whether or how far it met the target is not known',
  'ratio-ambiguous': 'a ratio target with a comparison (≤1:20): tables do not write the terms the same way round',
}
const NOT_APPLICABLE: Readonly<Record<string, string>> = { flag: 'marked so', target: 'the target says so', actual: 'the actual value says so', 'zero-budget': 'a budget of zero' }
const SCOPES: Readonly<Record<VetoScope, string>> = { indicator: 'the indicator', level2: 'its level-2 group', level1: 'its level-1 group', total: 'the total' }
const GRADES: Readonly<Record<string, string>> = { 优: 'excellent', 良: 'good', 中: 'fair', 差: 'poor' }

const name = (s: string): string => `"${s}"`
const of = (w: Decimal): string => ` of ${n(w)}`
const actual = (d: MeasuredSides): string => `actual ${d.actual}`

/**
 * The English texts of the scoring engine.
 *
 * @example
 * ```ts
 * import { scoringEn, parseNumber } from 'jixiao'
 * scoringEn.scores.RATE({ weight: parseNumber('20'), score: parseNumber('19.6'), rate: parseNumber('0.98'), actual: '98%', target: '100%' })
 * //=> 'actual 98%: the actual rate 98% of the weight, 19.6 of 20'
 * ```
 */
export const scoringEn: ScoringMessageTable = {
  scores: {
    MET: (d) => `actual ${d.actual} meets target ${d.target}: full marks, ${n(d.weight)}`,
    PROPORTIONAL: (d) => `${actual(d)} misses target ${d.target}: in proportion ${d.a !== undefined && d.t !== undefined ? `${n(d.a)}÷${n(d.t)}` : percent(d.ratio)}, ${n(d.score)}${of(d.weight)}`,
    EQUAL: (d) => `${actual(d)} misses target ${d.target}: in proportion ${d.a !== undefined && d.t !== undefined ? `${n(d.a)}÷${n(d.t)}` : percent(d.ratio)}, ${n(d.score)}${of(d.weight)}`,
    REVERSE_RATIO: (d) => `${actual(d)} misses target ${d.target} (lower is better): ${d.a !== undefined && d.t !== undefined ? `${n(d.t)}÷${n(d.a)}` : percent(d.ratio)}, ${n(d.score)}${of(d.weight)}`,
    REVERSE_LINEAR: (d) =>
      `${actual(d)} misses target ${d.target} (lower is better): ${d.a !== undefined && d.t !== undefined ? `1−(${n(d.a)}−${n(d.t)})÷${n(d.t)}` : percent(d.ratio)}, ${n(d.score)}${of(d.weight)}`,
    ZERO_TARGET: (d) =>
      d.per === undefined
        ? `${actual(d)} against a target of ${d.target} (none should happen): 0${of(d.weight)}`
        : `${actual(d)} against a target of ${d.target} (none should happen): ${n(d.per)} off each ${n(d.step ?? '1')}, ${n(d.score)}${of(d.weight)}`,
    MISSED: (d) => `${actual(d)} misses target ${d.target}: ${n(d.score)}${of(d.weight)}`,
    RATE: (d) => `${actual(d)}: the actual rate ${percent(d.rate)} of the weight, ${n(d.score)}${of(d.weight)}`,
    QUALITATIVE: (d) => `${d.actual === '' ? 'target' : `actual "${d.actual}" against`} "${d.target}": ${d.judged ? 'judged ' : ''}${LEVELS[d.level]}, ${n(d.score)}${of(d.weight)}${d.reason === undefined ? '' : ` (${d.reason})`}`,
    DEADLINE_LATE: (d) => `actual "${d.actual}" is not within the deadline "${d.target}": ${n(d.score)}${of(d.weight)}`,
    BUDGET_EXECUTION: (d) =>
      d.executed === '—' && d.adjusted === '—'
        ? `the printed execution rate ${percent(d.rate.toDecimalPlaces(4, 4))}: ${n(d.score)}${of(d.weight)}`
        : `spent ${d.executed} of a budget of ${d.adjusted}, rate ${percent(d.rate.toDecimalPlaces(4, 4))}: ${n(d.score)}${of(d.weight)}`,
    DEDUCTION: (d) =>
      d.floor !== undefined
        ? `${actual(d)}: by the criteria "${d.criteria}" ("${d.floor}"), 0${of(d.weight)}`
        : `${actual(d)}: by the ${d.from === 'rule' ? 'rule' : 'criteria'} "${d.criteria}", ${n(d.deducted)} off (${n(d.count)}×${n(d.per)}), ${n(d.score)}${of(d.weight)}`,
    CHECKLIST: (d) => `${d.met.length} of ${d.items} sub-items met${d.met.length === 0 ? '' : ` (${d.met.join(', ')})`}: ${n(d.score)}${of(d.weight)}`,
    STEP: (d) => `${actual(d)} falls in the band "${d.band}": ${n(d.score)}${of(d.weight)}`,
    COMPOUND: (d) => `${actual(d)} against the compound target ${d.target} (${d.mode === 'any' ? 'any part' : 'every part'}): in proportion ${percent(d.ratio.toDecimalPlaces(4, 4))}, ${n(d.score)}${of(d.weight)}`,
    CUSTOM: (d) => `by rule "${d.rule}": ${n(d.score)}${of(d.weight)}${d.note === undefined ? '' : ` (${d.note})`}`,
    NOT_APPLICABLE: (d) => `not applicable (${lookup(NOT_APPLICABLE, d.reason) ?? d.reason}): not scored`,
    UNDECIDED: (d) =>
      d.actual === '' || d.target === ''
        ? `${WHY[d.why]}: it cannot be scored automatically, a person must judge`
        : `actual "${d.actual}" against target "${d.target}" cannot be scored automatically (${WHY[d.why]}): a person must judge`,
  },
  after: {
    penalty: (p, score) =>
      p.kind === 'veto'
        ? `; vetoed by "${p.by}" (一票否决): 0`
        : p.mode === 'zero'
          ? `; the actual is ${percent(p.performance.toDecimalPlaces(4, 4))} of the target, at least ${percent(p.threshold)}: 0 by the policy`
          : `; the actual is ${percent(p.performance.toDecimalPlaces(4, 4))} of the target, above ${percent(p.threshold)}: reduced to ${n(score)}`,
    adjustment: (a) => `; adjusted by the evaluator to ${n(a.score)} (${a.reason})`,
  },
  issues: {
    DEVIATION_REASON_MISSING: (d) => `indicator ${name(d.name)} scores ${d.score} of ${d.weight} and gives no reason for the shortfall (偏差原因)`,
    OVER_ACHIEVEMENT: (d) =>
      `indicator ${name(d.name)}: actual ${d.actual} is ${percent(d.performance)} of target ${d.target}, at least ${percent(d.threshold)}; ` +
      (d.penalty === 'none' ? 'review whether the target was set too low' : d.penalty === 'zero' ? 'scored 0 by the policy' : 'reduced by the deviation'),
    SCORE_UNDECIDED: (d) =>
      d.actual === '' || d.target === ''
        ? `the score of indicator ${name(d.name)} cannot be decided automatically (${WHY[d.why]}): a person must judge`
        : `the score of indicator ${name(d.name)} cannot be decided automatically (${WHY[d.why]}: "${d.actual}" against "${d.target}"): a person must judge`,
    SCORE_ADJUSTED: (d) => `indicator ${name(d.name)} counts the evaluator's ${d.adjusted}${d.computed === null ? '' : ` (computed ${d.computed})`}: ${d.reason}`,
    SCORE_VETOED: (d) => `indicator ${name(d.name)} missed its target and vetoes ${SCOPES[d.scope]} (一票否决): 0`,
    PRINTED_SCORE_MISMATCH: (d) => `indicator ${name(d.name)} prints a score of ${d.printed}; the rule gives ${d.computed} (the printed score is ${d.difference.startsWith('-') ? `${d.difference.slice(1)} lower` : `${d.difference} higher`})`,
    PRINTED_SCORE_ABOVE_WEIGHT: (d) => `indicator ${name(d.name)} prints a score of ${d.printed}, above its weight ${d.weight}`,
    PRINTED_SUBTOTAL_MISMATCH: (d) => `the printed subtotal of ${name(d.name)}, ${d.printed}, is not the sum of its ${d.against === 'printed' ? 'printed' : 'computed'} scores, ${d.sum}`,
    PRINTED_TOTAL_MISMATCH: (d) => `the printed total ${d.printed} is not the ${d.against === 'printed' ? 'sum of the printed scores' : 'computed total'}, ${d.sum}`,
    WEIGHTS_NOT_TOTAL: (d) => `the weights add up to ${d.weight}, not to the total ${d.total}`,
    SCORING_INPUT_INVALID: (d) => {
      switch (d.reason) {
        case 'not-an-evaluation': return 'the input is not an evaluation (build it with defineEvaluation or evaluationFromRows first)'
        case 'no-weights': return 'the evaluation has no weights: nothing can be scored'
        case 'weight-missing': return `indicator ${name(d.name ?? '')} has no weight: it cannot be scored`
        case 'option': return `option "${d.option ?? ''}" is not valid`
        case 'adjustment-above-weight': return `the adjusted score of indicator ${name(d.name ?? '')} is above the weight the policy gives it`
      }
    },
    POLICY_INVALID: (d, w) => {
      const at = w.path.length === 0 ? '' : ` (at ${w.path.join('.')})`
      switch (d.reason) {
        case 'type': return `the policy has the wrong type${at}: expected ${d.expected ?? ''}, received ${d.received ?? ''}`
        case 'unknown-key': return `the policy has an unknown key "${d.key ?? ''}"${at}`
        case 'value': return `the policy has a wrong value${at}: expected ${d.expected ?? ''}${d.received === undefined ? '' : `, received ${d.received}`}`
        case 'bands-overlap': return `the policy's bands overlap${at}: ${d.expected ?? ''}`
        case 'bands-gap': return `the policy's bands leave a gap${at}: ${d.expected ?? ''}`
        case 'rule-unknown': return `the policy names a rule it does not define, "${d.key ?? ''}"${at}`
        case 'base': return 'the base policy is not valid'
      }
    },
    RULE_UNKNOWN: (d) => `indicator ${name(d.name)} names the rule "${d.rule}", which the policy does not define`,
    RULE_FAILED: (d) =>
      `the custom rule "${d.rule}" of indicator ${name(d.name)} ` + (d.reason === 'threw' ? `threw${d.message === undefined ? '' : `: ${d.message}`}` : d.reason === 'out-of-range' ? 'returned a score outside [0, weight]' : 'returned no number'),
    JUDGEMENT_INVALID: (d) => {
      const at = `judgement "${d.id}"`
      switch (d.reason) {
        case 'unknown-id': return `${at}: there is no such indicator`
        case 'outside-band': return `${at}: the score ${d.score ?? ''} is outside its level's band ${d.band ?? ''}`
        case 'above-weight': return `${at}: the score ${d.score ?? ''} is above the weight`
        case 'negative': return `${at}: the score ${d.score ?? ''} is negative`
        case 'not-a-number': return `${at}: the score is not a number`
        case 'no-reason': return `${at}: a score is given without a reason`
        case 'unknown-item': return `${at}: there is no sub-item "${d.item ?? ''}"`
        case 'level': return `${at}: the level must be achieved, partial or not-achieved`
        case 'not-qualitative': return `${at}: a level is for qualitative indicators, or for those their rule cannot decide`
        case 'not-checklist': return `${at}: sub-items are for checklist indicators only`
        case 'no-level': return `${at}: a score is given without a level`
        case 'unreadable': return `${at}: it cannot be read (reading it threw)`
        case 'not-applicable': return `${at}: the indicator is not applicable and is not scored`
      }
    },
  },
  grade: (g) => lookup(GRADES, g) ?? g,
}
