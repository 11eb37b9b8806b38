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
import type { CompiledRule } from '../policies/compiled.js'
import { scored, sideDetails, undecided, type RuleContext, type RuleFunction } from './rule.js'

/** @internal The level the evaluation reads, when it reads one. */
export function levelOf(ctx: RuleContext): QualitativeLevel | undefined {
  const actual = ctx.actual
  if (actual !== null && actual.kind === 'qualitative' && actual.partial && !actual.negated && !actual.late) return 'partial'
  const met = ctx.attainment?.met ?? null
  if (met === null) return undefined
  return met ? 'achieved' : 'not-achieved'
}

/** @internal The rule. */
export const qualitative: RuleFunction<Extract<CompiledRule, { kind: 'qualitative' }>> = (rule, ctx) => {
  const bands = rule.bands ?? ctx.policy.bands
  const judged = ctx.judgement?.level
  const level = judged ?? levelOf(ctx)
  if (level === undefined) return undecided(ctx.why === 'no-actual' || ctx.why === 'no-target' ? ctx.why : 'no-level')
  const band = bands[level]
  const given = ctx.judgement?.score
  const exact = given ?? ctx.weight.times(band.score)
  return scored('QUALITATIVE', exact, level === 'achieved' ? (ctx.attainment?.met ?? true) : false, { ...sideDetails(ctx), level, share: band.score, judged: judged !== undefined, ...(judged !== undefined && ctx.judgement?.reason !== undefined ? { reason: ctx.judgement.reason } : {}) })
}
