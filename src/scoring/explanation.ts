/**
 * An indicator's explanation: its code and typed details, and its texts in zh and en, produced from the scoring
 * engine's message tables when read (`JSON.stringify` writes the data only).
 *
 * @module
 */
import { ZERO, freezeDecimal, isDecimal, type Decimal } from '../numbers/decimal.js'
import type { ScoreCode, ScorePenalty } from '../messages/scoring-details.js'
import { scoringMessageTable } from '../messages/scoring-locale.js'
import { textsPrototype, type Locale } from '../messages/locale.js'
import { own } from '../own.js'
import type { ScoreExplanation } from './types.js'

/**
 * The explanation of a score in a locale: what `explanation.zh` and `explanation.en` return (also for an explanation
 * revived from JSON).
 *
 * @param explanation - an indicator's explanation.
 * @param locale - `zh-CN` (default), `zh` or `en`.
 * @returns the text.
 * @example
 * ```ts
 * import { defineEvaluation, scoreEvaluation } from 'jixiao'
 * const e = defineEvaluation({ groups: [{ name: '产出指标', children: [{ name: '质量指标', children: [{ name: '验收合格率', weight: 5, target: '≥90%', actual: '85%' }] }] }] })
 * explainScore(scoreEvaluation(e).indicators[0].explanation, 'en')
 * //=> 'actual 85% misses target ≥90%: in proportion 85÷90, 4.72 of 5'
 * ```
 */
export function explainScore(explanation: ScoreExplanation, locale: Locale = 'zh-CN'): string {
  const table = scoringMessageTable(locale)
  const render = table.scores[explanation.code] as (details: unknown) => string
  let text = render(explanation.details)
  const penalty = own(explanation, 'penalty')
  if (penalty !== undefined) text += table.after.penalty(penalty, own(explanation, 'final') ?? ZERO)
  const adjustment = own(explanation, 'adjustment')
  if (adjustment !== undefined) text += table.after.adjustment(adjustment)
  return text
}

const TEXTS: object = /*@__PURE__*/ textsPrototype(explainScore)

/** @internal Make a frozen explanation. */
export function explanation(
  code: ScoreCode,
  details: Readonly<Record<string, unknown>>,
  penalty?: { readonly penalty: ScorePenalty; readonly final: Decimal },
  adjustment?: { readonly score: Decimal; readonly reason: string },
): ScoreExplanation {
  const out = Object.create(TEXTS) as Record<string, unknown>
  out.code = code
  // the details' numbers are frozen with them: a Decimal's digits are an array a caller could change
  for (const key in details) {
    const v = details[key]
    if (typeof v === 'object' && v !== null && !Object.isFrozen(v) && isDecimal(v)) freezeDecimal(v)
  }
  out.details = Object.freeze(details)
  if (penalty !== undefined) {
    out.penalty = Object.freeze(penalty.penalty)
    out.final = penalty.final
  }
  if (adjustment !== undefined) out.adjustment = Object.freeze({ score: adjustment.score, reason: adjustment.reason })
  return Object.freeze(out) as unknown as ScoreExplanation
}
