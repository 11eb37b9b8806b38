import { z } from '../zod.js'
import { D, freezeDecimal, isDecimal } from '../numbers/decimal.js'
import { trustTarget } from './trusted.js'
import { makeQuantity } from '../quantities/quantity.js'
import { areUnitsCompatible, compareQuantities } from '../quantities/convert.js'
import { latestDay } from './deadline.js'
import type { Target } from './types.js'

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value) && !D.isDecimal(value)) {
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key])
    Object.freeze(value)
  }
  return value
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

/** What parseTarget never gives: 2月31日, a ratio over 0, a range upside down or across families. */
function check(t: Target, ctx: z.core.$RefinementCtx<unknown>): void {
  if (t.kind === 'deadline') {
    for (const [key, d] of [['due', t.due], ['start', t.start]] as const) {
      if (d !== null && d !== undefined && d.day > latestDay(d.year, d.month)) {
        ctx.addIssue({ code: 'custom', path: [key, 'day'], input: d, message: `${d.month}月没有${d.day}日 (no day ${d.day} in month ${d.month})` })
      }
    }
  }
  if (t.kind === 'ratio' && t.consequent.isZero()) {
    ctx.addIssue({ code: 'custom', path: ['consequent'], input: t, message: '比例的后项不能为零 (the second term of a ratio cannot be zero)' })
  }
  if (t.kind === 'range') {
    if (!areUnitsCompatible(t.min.unit, t.max.unit)) {
      ctx.addIssue({ code: 'custom', path: ['max', 'unit'], input: t, message: `区间两端单位不同 (units "${t.min.unit}" and "${t.max.unit}" differ)` })
    } else if (compareQuantities(t.min, t.max) > 0) {
      ctx.addIssue({ code: 'custom', path: ['min'], input: t, message: '区间下限大于上限 (min is greater than max)' })
    }
  }
}

function buildTargetSchema(): z.ZodMiniType<Target> {
  // a Decimal of any copy of decimal.js (the host's, with its own precision) is read again into the library's own
  const hostDecimal = z.custom<InstanceType<typeof D>>((v) => isDecimal(v) && (v as InstanceType<typeof D>).isFinite(), 'expected a finite Decimal')
  const decimal = z.pipe(
    z.union([z.string().check(z.regex(/^-?(\d+\.?\d*|\.\d+)$/, 'expected a decimal string')), z.number(), hostDecimal]),
    z.transform((v: string | number | InstanceType<typeof D>, ctx) => {
      if (typeof v === 'number' && !Number.isFinite(v)) {
        ctx.issues.push({ code: 'custom', input: v, message: 'expected a finite number' })
        return z.NEVER
      }
      return freezeDecimal(new D(typeof v === 'object' ? v.toString() : v))
    }),
  )
  const quantity = z.pipe(
    z.object({ amount: decimal, unit: z.string() }),
    z.transform((q: { amount: InstanceType<typeof D>; unit: string }) => makeQuantity(q.amount, q.unit)),
  )
  const comparator = z.nullable(z.enum(['>=', '>', '<=', '<', '=']))
  const date = z.object({
    year: z.nullable(z.int()),
    month: z.int().check(z.gte(1), z.lte(12)),
    day: z.int().check(z.gte(1), z.lte(31)),
  })
  const common = { source: z.string(), subject: z.optional(z.string()), note: z.optional(z.string()) }
  const reference = { reference: z.optional(z.string()) }
  // one branch per kind, chosen by `kind` (a plain union tries every branch, and nested all/any took exponential time)
  const target: z.ZodMiniType<Target> = z.lazy(() =>
    z
      .discriminatedUnion('kind', [
        z.object({ kind: z.literal('compare'), op: comparator, value: quantity, approximate: z.boolean(), ...common, ...reference }),
        z.object({ kind: z.literal('range'), min: quantity, max: quantity, minInclusive: z.boolean(), maxInclusive: z.boolean(), ...common }),
        z.object({ kind: z.literal('ratio'), op: comparator, antecedent: decimal, consequent: decimal, approximate: z.boolean(), ...common }),
        z.object({ kind: z.literal('deadline'), due: z.nullable(date), start: z.optional(date), ...common }),
        z.object({
          kind: z.literal('qualitative'),
          direction: z.enum(['increase', 'decrease', 'maintain', 'attain', 'absent', 'unknown']),
          strength: z.optional(z.enum(['slight', 'moderate', 'strong'])),
          text: z.string(),
          source: z.string(),
        }),
        z.object({ kind: z.literal('any'), targets: z.array(target).check(z.minLength(1)), source: z.string() }),
        z.object({ kind: z.literal('all'), targets: z.array(target).check(z.minLength(1)), source: z.string() }),
      ])
      .check(z.superRefine((t, ctx) => check(t as unknown as Target, ctx))),
  ) as unknown as z.ZodMiniType<Target>
  // the input's own properties only, in objects with no prototype: a polluted Object.prototype fills in no missing field
  const owned = z.pipe(
    z.unknown(),
    z.transform((v: unknown, ctx) => {
      const copy = ownCopy(v, 0)
      if (copy === TOO_DEEP) {
        ctx.issues.push({ code: 'custom', input: v, message: `nested more than ${MAX_DEPTH} levels deep, or in a cycle` })
        return z.NEVER
      }
      return copy
    }),
  )
  return z.pipe(z.pipe(owned, target), z.transform((t: Target) => trustTarget(deepFreeze(stripUndefined(t))))) as unknown as z.ZodMiniType<Target>
}

const MAX_DEPTH = 64
const TOO_DEEP: unique symbol = Symbol('too deep')

/** A copy of the caller's data with only its own enumerable properties, in objects with no prototype; bounded in depth. */
function ownCopy(value: unknown, depth: number): unknown {
  if (typeof value !== 'object' || value === null || D.isDecimal(value)) return value
  if (depth > MAX_DEPTH) return TOO_DEEP
  if (Array.isArray(value)) {
    const out: unknown[] = []
    for (let i = 0; i < value.length; i++) {
      const item = ownCopy(Object.prototype.hasOwnProperty.call(value, i) ? value[i] : undefined, depth + 1)
      if (item === TOO_DEEP) return TOO_DEEP
      out.push(item)
    }
    return out
  }
  const out = Object.create(null) as Record<string, unknown>
  for (const key of Object.keys(value)) {
    const item = ownCopy((value as Record<string, unknown>)[key], depth + 1)
    if (item === TOO_DEEP) return TOO_DEEP
    out[key] = item
  }
  return out
}

/**
 * A zod schema (zod/mini, so it costs little) that revives a {@link Target} from its JSON form (amounts as decimal
 * strings), validating every field and every part of a compound; its output is frozen and equal to what `parseTarget`
 * returned. Use it with zod's functions: `targetSchema.parse(json)` or `safeParse`.
 *
 * @example
 * ```ts
 * import { parseTarget, targetSchema } from 'jixiao'
 * const json = JSON.parse(JSON.stringify(parseTarget('≥90%')))
 * targetSchema.parse(json).kind
 * //=> 'compare'
 * ```
 */
export const targetSchema: z.ZodMiniType<Target> = /*@__PURE__*/ buildTargetSchema()

interface SchemaIssue {
  readonly code: string
  readonly path: readonly PropertyKey[]
  readonly message: string
  readonly errors?: readonly (readonly SchemaIssue[])[]
}

/** The most specific issue: inside a union, the one of the branch whose `kind` matched ("op" of a compare target). */
function specific(issue: SchemaIssue, prefix: readonly PropertyKey[]): { path: readonly PropertyKey[]; message: string } {
  const path = [...prefix, ...issue.path]
  if (issue.code === 'invalid_union' && issue.errors !== undefined) {
    const branch = issue.errors.find((b) => b.length > 0 && !b.some((i) => i.path.length === 1 && i.path[0] === 'kind'))
    const first = branch?.[0]
    if (first !== undefined) return specific(first, path)
  }
  return { path, message: issue.message }
}

/** @internal Revive a target with {@link targetSchema}: the target, or the schema's issues (path and message). */
export function reviveTarget(value: unknown): { success: true; data: Target } | { success: false; issues: readonly { path: readonly PropertyKey[]; message: string }[] } {
  const result = targetSchema.safeParse(value)
  if (result.success) return { success: true, data: result.data }
  return { success: false, issues: result.error.issues.map((i) => specific(i as unknown as SchemaIssue, [])) }
}

export { isTrustedTarget } from './trusted.js'
