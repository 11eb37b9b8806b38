/**
 * `threshold` (all or nothing): met → W, otherwise 0.
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
