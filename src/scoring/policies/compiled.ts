/**
 * A policy read once into the numbers the engine computes with: Decimals in the library's own precision, step bands
 * read, the evaluation options of each polarity checked. Kept per policy object, so scoring a thousand evaluations
 * under one policy reads it once.
 *
 * @module
 */
import { D, freezeDecimal, type Decimal } from '../../numbers/decimal.js'
import type { QualitativeLevel } from '../../messages/scoring-details.js'
import { readBand, type BandBounds } from '../criteria/band-text.js'
import { roundingConstant } from '../rounding.js'
import type { Policy, PolicyNumber, RuleSpec } from './types.js'

/** @internal A qualitative band in Decimals. */
export interface CompiledBand {
  readonly min: Decimal
  readonly max: Decimal
  readonly score: Decimal
}

/** @internal A rule with its numbers read. */
export type CompiledRule =
  | { readonly kind: 'proportional' | 'reverse-ratio' | 'reverse-linear' | 'equal' | 'threshold' | 'rate' | 'budget-execution' }
  | { readonly kind: 'qualitative'; readonly bands?: Readonly<Record<QualitativeLevel, CompiledBand>> }
  | { readonly kind: 'deadline'; readonly late?: Decimal }
  | {
      readonly kind: 'deduction'
      readonly per: Decimal
      readonly step: Decimal
      readonly direction: 'short' | 'over' | 'count'
      readonly points: boolean
      readonly unit?: string
      readonly criteria?: string
      readonly cap?: Decimal
      readonly zeroBelow?: { readonly value: Decimal; readonly unit: string; readonly text: string }
    }
  | { readonly kind: 'checklist'; readonly items: readonly { readonly name: string; readonly points: Decimal }[] }
  | { readonly kind: 'steps'; readonly on: 'actual' | 'ratio'; readonly bands: readonly { readonly range: string; readonly bounds: BandBounds; readonly share?: Decimal; readonly points?: Decimal }[] }
  | { readonly kind: 'veto'; readonly scope: 'indicator' | 'level2' | 'level1' | 'total' }
  | { readonly kind: 'custom'; readonly score: Extract<RuleSpec, { kind: 'custom' }>['score'] }

/** @internal A policy read. */
export interface CompiledPolicy {
  readonly policy: Policy
  readonly rules: ReadonlyMap<string, CompiledRule>
  readonly bands: Readonly<Record<QualitativeLevel, CompiledBand>>
  readonly over: { readonly mode: 'flag' | 'none' | 'zero' | 'linear'; readonly threshold: Decimal }
  readonly late: Decimal
  readonly zeroTarget: { readonly mode: 'zero' } | { readonly mode: 'deduct'; readonly per: Decimal; readonly step: Decimal }
  readonly budgetWeight: Decimal | null
  readonly places: number
  readonly rm: number
  readonly stage: 'indicator' | 'total'
  /** Highest band first. */
  readonly grades: readonly { readonly grade: string; readonly min: Decimal }[]
}

/** @internal A policy number as our Decimal (the policy was checked, so it reads). */
export function dec(value: PolicyNumber): Decimal {
  return freezeDecimal(new D(value))
}

function band(b: { min: PolicyNumber; max: PolicyNumber; score: PolicyNumber }): CompiledBand {
  return { min: dec(b.min), max: dec(b.max), score: dec(b.score) }
}

/** @internal The qualitative bands in Decimals. */
export function compileBands(bands: Policy['qualitative']): Readonly<Record<QualitativeLevel, CompiledBand>> {
  return { achieved: band(bands.achieved), partial: band(bands.partial), 'not-achieved': band(bands['not-achieved']) }
}

/** @internal One rule in Decimals; undefined when a step band cannot be read (the policy check reports it). */
export function compileRule(spec: RuleSpec): CompiledRule | undefined {
  switch (spec.kind) {
    case 'qualitative':
      return spec.bands === undefined ? { kind: 'qualitative' } : { kind: 'qualitative', bands: compileBands(spec.bands) }
    case 'deadline':
      return spec.late === undefined ? { kind: 'deadline' } : { kind: 'deadline', late: dec(spec.late) }
    case 'deduction':
      return { kind: 'deduction', per: dec(spec.per), step: dec(spec.step ?? 1), direction: spec.direction, points: false }
    case 'checklist':
      return { kind: 'checklist', items: spec.items.map((i) => ({ name: i.name, points: dec(i.points) })) }
    case 'steps': {
      const bands = []
      for (const b of spec.bands) {
        const bounds = readBand(b.range)
        if (bounds === undefined) return undefined
        bands.push({ range: b.range, bounds, ...(b.share === undefined ? {} : { share: dec(b.share) }), ...(b.points === undefined ? {} : { points: dec(b.points) }) })
      }
      return { kind: 'steps', on: spec.on, bands }
    }
    case 'veto':
      return { kind: 'veto', scope: spec.scope }
    case 'custom':
      return { kind: 'custom', score: spec.score }
    default:
      return { kind: spec.kind }
  }
}

const CACHE = /*@__PURE__*/ new WeakMap<Policy, CompiledPolicy>()

/** @internal The policy read (once per policy object). */
export function compilePolicy(policy: Policy): CompiledPolicy {
  const cached = CACHE.get(policy)
  if (cached !== undefined) return cached
  const rules = new Map<string, CompiledRule>()
  for (const name of Object.keys(policy.rules)) {
    const rule = compileRule(policy.rules[name] as RuleSpec)
    if (rule !== undefined) rules.set(name, rule)
  }
  const compiled: CompiledPolicy = {
    policy,
    rules,
    bands: compileBands(policy.qualitative),
    over: { mode: policy.overAchievement.mode, threshold: dec(policy.overAchievement.threshold) },
    late: dec(policy.lateDeadline),
    zeroTarget: policy.zeroTarget.mode === 'zero' ? { mode: 'zero' } : { mode: 'deduct', per: dec(policy.zeroTarget.per ?? 0), step: dec(policy.zeroTarget.step ?? 1) },
    budgetWeight: policy.budgetWeight === null ? null : dec(policy.budgetWeight),
    places: policy.rounding.places,
    rm: roundingConstant(policy.rounding.mode),
    stage: policy.rounding.stage,
    grades: policy.grades.map((g) => ({ grade: g.grade, min: dec(g.min) })).sort((a, b) => b.min.comparedTo(a.min)),
  }
  CACHE.set(policy, compiled)
  return compiled
}
