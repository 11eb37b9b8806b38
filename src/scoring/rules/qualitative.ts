/**
 * `qualitative` (定性): three bands of W — 达成年度指标 [80%, 100%], 部分达成并具有一定效果 [60%, 80%), 未达成且效果较差 [0, 60%)
 * (财预〔2020〕10号 practice; a provincial system rejects an evaluator's score outside its band). The level is the
 * evaluator's when given (a `judgement`), else read from the attainment: met → 达成, "基本完成" / "部分完成" → 部分达成, not
 * met → 未达成; words that say neither leave it to a person. The score is the evaluator's (checked inside its band) or the
 * band's default share (100%, 70%, 0%).
 *
 * @module
 */
import type { QualitativeLevel } from '../../messages/scoring-details.js'
import type { Decimal } from '../../numbers/decimal.js'
import type { CompiledRule } from '../policies/compiled.js'
import { scored, sideDetails, undecided, type RuleContext, type RuleFunction } from './rule.js'

/** @internal The level the evaluation reads, when it reads one. */
export function levelOf(ctx: RuleContext, bands: Readonly<Record<QualitativeLevel, { readonly min: Decimal; readonly max: Decimal }>>): QualitativeLevel | undefined {
  const actual = ctx.actual
  // the same words as the target ("基本提高" against "基本提高"): what was promised is what is reported
  if (ctx.attainment !== null && ctx.attainment.code === 'QUALITATIVE' && ctx.attainment.details.rule === 'same-words') return 'achieved'
  const ratio = ctx.attainment?.ratio ?? null
  if (actual !== null && actual.kind === 'quantity' && ratio !== null) {
    if (ratio.gte(bands.achieved.min)) return 'achieved'
    return ratio.gte(bands.partial.min) ? 'partial' : 'not-achieved'
  }
  if (actual !== null && actual.kind === 'qualitative' && actual.partial && !actual.negated && !actual.late) return 'partial'
  const met = ctx.attainment?.met ?? null
  if (met === null) return undefined
  return met ? 'achieved' : 'not-achieved'
}

/** @internal The rule. */
export const qualitative: RuleFunction<Extract<CompiledRule, { kind: 'qualitative' }>> = (rule, ctx) => {
  const bands = rule.bands ?? ctx.policy.bands
  const judged = ctx.judgement?.level
  const level = judged ?? levelOf(ctx, bands)
  if (level === undefined) return undecided(ctx.why === 'no-actual' || ctx.why === 'no-target' ? ctx.why : 'no-level')
  const band = bands[level]
  // the evaluator's score inside a level's band; a score without a level is an adjustment, counted after the rule
  const given = judged === undefined ? undefined : ctx.judgement?.score
  // a number against words (95% against 全覆盖): its completion ratio is the share, inside the band it falls in
  const ratio = judged === undefined && ctx.actual !== null && ctx.actual.kind === 'quantity' ? (ctx.attainment?.ratio ?? null) : null
  const exact = given ?? ctx.weight.times(ratio ?? band.score)
  const met = judged !== undefined ? level === 'achieved' && (given === undefined || given.eq(ctx.weight)) : (ctx.attainment?.met ?? level === 'achieved')
  return scored('QUALITATIVE', exact, met, { ...sideDetails(ctx), level, share: band.score, judged: judged !== undefined, ...(judged !== undefined && ctx.judgement?.reason !== undefined ? { reason: ctx.judgement.reason } : {}) })
}
