/**
 * The zod/mini schema of a {@link Policy}: the shape a stored policy must have to be revived. Built on first use (nothing
 * runs at import). What the shape cannot say — numbers that read, bands that neither overlap nor leave gaps, defaults
 * that name rules — `parsePolicy` checks after it.
 *
 * @module
 */
import { z } from '../../zod.js'
import type { Policy } from './types.js'

let cached: z.ZodMiniType<Policy> | undefined

/**
 * The zod/mini schema of a policy (strict: an unknown key is refused).
 *
 * @returns the schema.
 * @example
 * ```ts
 * import { policies } from 'jixiao'
 * policySchema().safeParse(JSON.parse(JSON.stringify(policies.mof2020))).success
 * //=> true
 * ```
 */
export function policySchema(): z.ZodMiniType<Policy> {
  if (cached !== undefined) return cached
  const num = z.union([z.number(), z.string()])
  const band = z.strictObject({ min: num, max: num, score: num })
  const bands = z.strictObject({ achieved: band, partial: band, 'not-achieved': band })
  const rule = z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.enum(['proportional', 'reverse-ratio', 'reverse-linear', 'equal', 'threshold', 'rate', 'budget-execution']) }),
    z.strictObject({ kind: z.literal('qualitative'), bands: z.optional(bands) }),
    z.strictObject({ kind: z.literal('deadline'), late: z.optional(num) }),
    z.strictObject({ kind: z.literal('deduction'), per: num, step: z.optional(num), direction: z.enum(['short', 'over', 'count']) }),
    z.strictObject({ kind: z.literal('checklist'), items: z.array(z.strictObject({ name: z.string(), points: num })) }),
    z.strictObject({ kind: z.literal('steps'), on: z.enum(['actual', 'ratio']), bands: z.array(z.strictObject({ range: z.string(), share: z.optional(num), points: z.optional(num) })) }),
    z.strictObject({ kind: z.literal('veto'), scope: z.enum(['indicator', 'level2', 'level1', 'total']) }),
    z.strictObject({ kind: z.literal('custom'), score: z.custom<(input: never) => never>((v) => typeof v === 'function', 'function') }),
  ])
  cached = z.strictObject({
    name: z.string(),
    source: z.optional(z.string()),
    rules: z.record(z.string(), rule),
    defaults: z.strictObject({ positive: z.string(), negative: z.string(), qualitative: z.string(), deadline: z.string(), budget: z.string() }),
    compound: z.enum(['ratio', 'all-or-nothing']),
    qualitative: bands,
    overAchievement: z.strictObject({ mode: z.enum(['flag', 'none', 'zero', 'linear']), threshold: num }),
    tolerance: num,
    lateDeadline: num,
    zeroTarget: z.union([z.strictObject({ mode: z.literal('zero') }), z.strictObject({ mode: z.literal('deduct'), per: num, step: num })]),
    partialStep: z.enum(['proportional', 'floor', 'ceil']),
    criteria: z.enum(['read', 'ignore']),
    budgetWeight: z.nullable(num),
    rounding: z.strictObject({ places: z.number(), mode: z.enum(['half-up', 'up', 'down', 'half-even']), stage: z.enum(['indicator', 'total']) }),
    grades: z.array(z.strictObject({ grade: z.string(), min: num })),
  }) as unknown as z.ZodMiniType<Policy>
  return cached
}
