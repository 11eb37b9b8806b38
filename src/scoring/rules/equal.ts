/**
 * `equal` (等于): T > 0 is scored like higher-is-better (met → W, else W × A ÷ T); T = 0 gives full marks only when A ≤ 0.
 * The judgement of "=" is the attainment's; this rule gives its ratio the `EQUAL` explanation. Source: common practice of
 * published 自评表 (an "=100%" or "=1" target scored like 完成率; the fixtures of `test/fixtures/tables/` from 四川 and 云南
 * write "=" in a split 指标性质 cell), as docs/domain.md §3 records it.
 *
 * @module
 */
import { ratioScore } from './ratio.js'
import { scored, type RuleFunction } from './rule.js'

/** @internal The rule. */
export const equal: RuleFunction = (_rule, ctx) => {
  const r = ratioScore(ctx)
  return r.kind === 'score' && r.code === 'PROPORTIONAL' ? scored('EQUAL', r.exact, r.met, r.details) : r
}
