/**
 * What a rule is: one pure function from an indicator's context (weight, attainment, the two sides, the policy, an
 * evaluator's judgement) to a score with its explanation code, or to "undecided" with the reason.
 *
 * @module
 */
import type { Attainment } from '../../attainment/attainment.js'
import type { Actual } from '../../attainment/actual.js'
import type { Decimal } from '../../numbers/decimal.js'
import type { Leaf } from '../../indicators/types.js'
import type { Target } from '../../targets/types.js'
import type { QualitativeLevel, ScoreCode, UndecidedReason } from '../../messages/scoring-details.js'
import type { CompiledPolicy, CompiledRule } from '../policies/compiled.js'

/** @internal The two sides of an indicator: as written, and (when they are numbers) in the target's unit. */
export interface Sides {
  readonly actual: string
  readonly target: string
  /** A in the target's unit. */
  readonly a?: Decimal
  /** T as written. */
  readonly t?: Decimal
  /** The target's unit. */
  readonly unit?: string
  /** A and T as the explanation shows them, when another unit of the family reads better (the actual's). */
  readonly shown?: { readonly a: Decimal; readonly t: Decimal }
}

/** @internal An evaluator's judgement, checked. */
export interface CheckedJudgement {
  readonly level?: QualitativeLevel
  readonly score?: Decimal
  readonly items?: readonly string[]
  readonly reason?: string
}

/** @internal What a rule reads. */
export interface RuleContext {
  readonly leaf: Leaf
  readonly target: Target | null
  readonly actual: Actual | null
  readonly weight: Decimal
  /** The judgement of actual against target; null when there is none (see `why`). */
  readonly attainment: Attainment | null
  /** Why there is no attainment, or why it settles nothing. */
  readonly why: UndecidedReason | undefined
  readonly sides: Sides
  readonly policy: CompiledPolicy
  /** The rule's name. */
  readonly rule: string
  readonly judgement: CheckedJudgement | undefined
}

/** @internal What a rule gives. */
export type RuleResult =
  | { readonly kind: 'score'; readonly code: ScoreCode; readonly exact: Decimal; readonly met: boolean | null; readonly details: Readonly<Record<string, unknown>> }
  | { readonly kind: 'undecided'; readonly why: UndecidedReason }

/** @internal A rule's function. */
export type RuleFunction<R extends CompiledRule = CompiledRule> = (rule: R, ctx: RuleContext) => RuleResult

/** @internal A score. */
export function scored(code: ScoreCode, exact: Decimal, met: boolean | null, details: Readonly<Record<string, unknown>> = {}): RuleResult {
  return { kind: 'score', code, exact, met, details }
}

/** @internal Left to a person. */
export function undecided(why: UndecidedReason): RuleResult {
  return { kind: 'undecided', why }
}

/** @internal The sides as details. */
export function sideDetails(ctx: RuleContext): Readonly<Record<string, unknown>> {
  // the weight and the score are completed by the engine after rounding: made here, they keep one shape
  const s = ctx.sides
  const w = ctx.weight
  if (s.a === undefined || s.t === undefined) return { weight: w, score: w, actual: s.actual, target: s.target }
  return s.shown === undefined ? { weight: w, score: w, actual: s.actual, target: s.target, a: s.a, t: s.t } : { weight: w, score: w, actual: s.actual, target: s.target, a: s.shown.a, t: s.shown.t }
}
