/**
 * `custom`: a caller's function of the indicator, its weight and its attainment, returning a score in [0, W] (or a score
 * and a note for the explanation). It runs inside the engine's checks: a throw or a score outside [0, W] is `RULE_FAILED`.
 *
 * @module
 */
import { toDecimalOrUndefined, type Decimal } from '../../numbers/decimal.js'
import type { CompiledRule } from '../policies/compiled.js'
import type { CustomRuleResult } from '../policies/types.js'
import { own } from '../../own.js'
import { scored, type RuleContext, type RuleResult } from './rule.js'

/** @internal Why a custom rule failed. */
export type CustomFailure = 'threw' | 'out-of-range' | 'not-a-number'

/** @internal Run the caller's function; a failure is a value. */
export function custom(rule: Extract<CompiledRule, { kind: 'custom' }>, ctx: RuleContext, name: string): RuleResult | CustomFailure {
  let out: CustomRuleResult
  try {
    out = rule.score(Object.freeze({ leaf: ctx.leaf, weight: ctx.weight, attainment: ctx.attainment }))
  } catch {
    return 'threw'
  }
  const isObject = typeof out === 'object' && out !== null && !toDecimalOrUndefined(out)
  const raw = isObject ? own(out as { score: unknown }, 'score') : out
  const note = isObject ? own(out as { note?: unknown }, 'note') : undefined
  const score: Decimal | undefined = toDecimalOrUndefined(raw)
  if (score === undefined) return 'not-a-number'
  if (score.isNegative() || score.gt(ctx.weight)) return 'out-of-range'
  return scored('CUSTOM', score, ctx.attainment?.met ?? null, typeof note === 'string' ? { rule: name, note } : { rule: name })
}
