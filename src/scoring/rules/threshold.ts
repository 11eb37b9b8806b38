/**
 * `threshold` (all or nothing): met → W, otherwise 0. Source: the 评分标准 "达到得满分，未达到不得分" of published 部门整体支出
 * and 项目支出 tables (local templates of 财预〔2013〕53号's framework), a policy choice, never the default.
 *
 * @module
 */
import { ZERO } from '../../numbers/decimal.js'
import { scored, sideDetails, undecided, type RuleFunction } from './rule.js'

/** @internal The rule. */
export const threshold: RuleFunction = (_rule, ctx) => {
  const met = ctx.attainment?.met ?? null
  if (met === null) return undecided(ctx.why ?? 'needs-judgement')
  return met ? scored('MET', ctx.weight, true, sideDetails(ctx)) : scored('MISSED', ZERO, false, sideDetails(ctx))
}
