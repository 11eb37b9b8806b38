/**
 * `custom`: a caller's function of the indicator, its weight and its attainment, returning a score in [0, W] (or a score
 * and a note for the explanation). It runs inside the engine's checks: a throw or a score outside [0, W] is `RULE_FAILED`.
 *
 * @module
 */
import { ZERO, toDecimalOrUndefined, type Decimal } from '../../numbers/decimal.js'
import type { CompiledRule } from '../policies/compiled.js'
import type { CustomRuleResult } from '../policies/types.js'
import { own } from '../../own.js'
import { scored, type RuleContext, type RuleResult } from './rule.js'

/** @internal Why a custom rule failed, and what it threw. */
export interface CustomFailure {
  readonly reason: 'threw' | 'out-of-range' | 'not-a-number'
  readonly message?: string
}

function thrown(error: unknown): CustomFailure {
  let message: string
  try {
    message = error instanceof Error ? String(error.message) : String(error)
  } catch {
    message = ''
  }
  return message === '' ? { reason: 'threw' } : { reason: 'threw', message: message.slice(0, 200) }
}

/** @internal Run the caller's function; a failure is a value. */
export function custom(rule: Extract<CompiledRule, { kind: 'custom' }>, ctx: RuleContext, name: string): RuleResult | CustomFailure {
  let score: Decimal | undefined
  let note: unknown
  // the caller's function, and every read of what it returned (a getter may throw), run inside the check
  try {
    const out: CustomRuleResult = rule.score(Object.freeze({ leaf: ctx.leaf, weight: ctx.weight, attainment: ctx.attainment }))
    const isObject = typeof out === 'object' && out !== null && toDecimalOrUndefined(out) === undefined
    score = toDecimalOrUndefined(isObject ? own(out as { score: unknown }, 'score') : out)
    note = isObject ? own(out as { note?: unknown }, 'note') : undefined
  } catch (error) {
    return thrown(error)
  }
  if (score === undefined) return { reason: 'not-a-number' }
  if (score.lt(0) || score.gt(ctx.weight)) return { reason: 'out-of-range' }
  if (score.isZero()) score = ZERO
  return scored('CUSTOM', score, ctx.attainment?.met ?? null, typeof note === 'string' ? { rule: name, note } : { rule: name })
}
