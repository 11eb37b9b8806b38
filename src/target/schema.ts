import { z } from 'zod'
import { D } from '../numbers/decimal.js'
import { makeQuantity } from '../quantity/quantity.js'
import type { Target } from './types.js'
import { areUnitsCompatible, compareQuantities } from '../quantity/convert.js'
import { latestDay } from './deadline.js'

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value) && !D.isDecimal(value)) {
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key])
    Object.freeze(value)
  }
  return value
}

function buildTargetSchema(): z.ZodType<Target> {
  const decimal = z
    .union([z.string().regex(/^-?(\d+\.?\d*|\.\d+)$/, 'expected a decimal string'), z.number().finite()])
    .transform((v) => new D(v))
  const quantity = z.object({ amount: decimal, unit: z.string() }).transform((q) => makeQuantity(q.amount, q.unit))
  const comparator = z.enum(['>=', '>', '<=', '<', '=']).nullable()
  const date = z.object({ year: z.number().int().nullable(), month: z.number().int().min(1).max(12), day: z.number().int().min(1).max(31) })
  const common = { source: z.string(), subject: z.string().optional(), note: z.string().optional() }
  // what parseTarget never gives: 2月31日, a ratio over 0, a range upside down or across families
  const check = (t: Target, ctx: z.RefinementCtx): void => {
    if (t.kind === 'deadline') {
      for (const [key, d] of [['due', t.due], ['start', t.start]] as const) {
        if (d !== null && d !== undefined && d.day > latestDay(d.year, d.month)) {
          ctx.addIssue({ code: 'custom', path: [key, 'day'], message: `${d.month}月没有${d.day}日 (no day ${d.day} in month ${d.month})` })
        }
      }
    }
    if (t.kind === 'ratio' && t.consequent.isZero()) {
      ctx.addIssue({ code: 'custom', path: ['consequent'], message: '比例的后项不能为零 (the second term of a ratio cannot be zero)' })
    }
    if (t.kind === 'range') {
      if (!areUnitsCompatible(t.min.unit, t.max.unit)) {
        ctx.addIssue({ code: 'custom', path: ['max', 'unit'], message: `区间两端单位不同 (units "${t.min.unit}" and "${t.max.unit}" differ)` })
      } else if (compareQuantities(t.min, t.max) > 0) {
        ctx.addIssue({ code: 'custom', path: ['min'], message: '区间下限大于上限 (min is greater than max)' })
      }
    }
  }
  const target: z.ZodType<Target> = z.lazy(() =>
    z.union([
      z.object({ kind: z.literal('compare'), op: comparator, value: quantity, approximate: z.boolean(), ...common }),
      z.object({ kind: z.literal('range'), min: quantity, max: quantity, minInclusive: z.boolean(), maxInclusive: z.boolean(), ...common }),
      z.object({ kind: z.literal('ratio'), op: comparator, antecedent: decimal, consequent: decimal, approximate: z.boolean(), ...common }),
      z.object({ kind: z.literal('deadline'), due: date.nullable(), start: date.optional(), ...common }),
      z.object({
        kind: z.literal('qualitative'),
        direction: z.enum(['increase', 'decrease', 'maintain', 'attain', 'absent', 'unknown']),
        strength: z.enum(['slight', 'moderate', 'strong']).optional(),
        text: z.string(),
        source: z.string(),
      }),
      z.object({ kind: z.literal('any'), targets: z.array(target).min(1), source: z.string() }),
      z.object({ kind: z.literal('all'), targets: z.array(target).min(1), source: z.string() }),
    ]).superRefine((t, ctx) => check(t as unknown as Target, ctx)),
  ) as unknown as z.ZodType<Target>
  return target.transform((t) => deepFreeze(stripUndefined(t))) as unknown as z.ZodType<Target>
}

function stripUndefined<T>(value: T): T {
  if (Array.isArray(value)) return value.map(stripUndefined) as T
  if (typeof value === 'object' && value !== null && !D.isDecimal(value) && !Object.isFrozen(value)) {
    const out: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = stripUndefined(v)
    return out as T
  }
  return value
}

/**
 * A zod schema that revives a {@link Target} from its JSON form (amounts as
 * decimal strings), validating every field; its output is frozen and equal to
 * what `parseTarget` returned.
 *
 * @example
 * ```ts
 * import { parseTarget, targetSchema } from 'jixiao'
 * const json = JSON.parse(JSON.stringify(parseTarget('≥90%')))
 * targetSchema.parse(json).kind
 * //=> 'compare'
 * ```
 */
export const targetSchema: z.ZodType<Target> = /*@__PURE__*/ buildTargetSchema()
