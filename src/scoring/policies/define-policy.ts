/**
 * Policies as values: `definePolicy(base, overrides)` for a province, a department or an evaluator, and `parsePolicy`
 * to revive one stored as JSON. Both check the whole policy and return it frozen; the engine trusts what they return.
 *
 * @module
 */
import type { Issue } from '../../errors.js'
import { toDecimalOrUndefined, type Decimal } from '../../numbers/decimal.js'
import { own } from '../../own.js'
import { received } from '../../indicators/received.js'
import { expectedOf, valueAt, type ZodIssueLike } from '../../zod-issue.js'
import { bandsOverlap, readBand } from '../criteria/band-text.js'
import { scoringIssue } from '../issues.js'
import { ScoringError } from '../scoring-error.js'
import { deepFreeze } from '../../freeze.js'
import { mof2020 } from './mof2020.js'
import { policySchema } from './schema.js'
import type { Policy, PolicyOverrides, QualitativeBands } from './types.js'

const TRUSTED = /*@__PURE__*/ new WeakSet<object>()

type Path = readonly (string | number)[]

function problem(issues: Issue[], path: Path, reason: 'type' | 'unknown-key' | 'value' | 'bands-overlap' | 'bands-gap' | 'rule-unknown' | 'base', extra: { expected?: string; received?: string; key?: string } = {}): void {
  issues.push(scoringIssue('POLICY_INVALID', { reason, ...extra }, { path: ['policy', ...path] }, 'error'))
}

/** A copy of the caller's data: own enumerable fields, plain objects and arrays, functions kept; a getter that throws is a problem. */
function copy(value: unknown, path: Path, issues: Issue[], depth = 0): unknown {
  if (depth > 8) {
    problem(issues, path, 'value', { expected: '≤ 8 levels' })
    return undefined
  }
  try {
    if (Array.isArray(value)) return (value as unknown[]).map((v, i) => copy(v, [...path, i], issues, depth + 1))
  } catch {
    problem(issues, path, 'type', { expected: 'array', received: 'unreadable array' })
    return undefined
  }
  if (typeof value !== 'object' || value === null) return value
  try {
    if (toDecimalOrUndefined(value) !== undefined) return value
  } catch {
    problem(issues, path, 'type', { expected: 'object', received: 'unreadable object' })
    return undefined
  }
  const out: Record<string, unknown> = {}
  let keys: string[]
  try {
    keys = Object.keys(value)
  } catch {
    problem(issues, path, 'type', { expected: 'object', received: 'unreadable object' })
    return undefined
  }
  for (const key of keys) {
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') {
      problem(issues, path, 'unknown-key', { key })
      continue
    }
    try {
      out[key] = copy((value as Record<string, unknown>)[key], [...path, key], issues, depth + 1)
    } catch {
      problem(issues, [...path, key], 'type', { expected: 'value', received: 'getter that throws' })
    }
  }
  return out
}

function number(issues: Issue[], value: unknown, path: Path, min: number, max: number, maxInclusive = true): Decimal | undefined {
  const d = toDecimalOrUndefined(value)
  const expected = `[${min}, ${max}${maxInclusive ? ']' : ')'}`
  if (d === undefined || d.lt(min) || (maxInclusive ? d.gt(max) : d.gte(max))) {
    problem(issues, path, 'value', { expected, received: typeof value === 'number' || typeof value === 'string' ? String(value) : received(value) })
    return undefined
  }
  return d
}

function checkBands(issues: Issue[], bands: QualitativeBands, path: Path): void {
  const levels = ['not-achieved', 'partial', 'achieved'] as const
  const read = levels.map((l) => ({
    min: number(issues, bands[l].min, [...path, l, 'min'], 0, 1),
    max: number(issues, bands[l].max, [...path, l, 'max'], 0, 1),
    score: number(issues, bands[l].score, [...path, l, 'score'], 0, 1),
  }))
  if (read.some((b) => b.min === undefined || b.max === undefined || b.score === undefined)) return
  const [low, mid, high] = read as [{ min: Decimal; max: Decimal; score: Decimal }, { min: Decimal; max: Decimal; score: Decimal }, { min: Decimal; max: Decimal; score: Decimal }]
  // [0, a) [a, b) [b, 1]: contiguous, each default score inside its own band
  if (!low.min.isZero() || !high.max.eq(1) || !low.max.eq(mid.min) || !mid.max.eq(high.min)) problem(issues, path, 'bands-gap', { expected: '[0, a), [a, b), [b, 1]' })
  else if (!(low.min.lt(low.max) && mid.min.lt(mid.max) && high.min.lt(high.max))) problem(issues, path, 'bands-overlap', { expected: '0 < a < b < 1' })
  ;[low, mid, high].forEach((b, i) => {
    const inside = b.score.gte(b.min) && (i === 2 ? b.score.lte(b.max) : b.score.lt(b.max))
    if (!inside) problem(issues, [...path, levels[i] as string, 'score'], 'value', { expected: '[min, max)' })
  })
}

/** The checks the shape cannot make. */
function checkValues(p: Policy, issues: Issue[]): void {
  number(issues, p.tolerance, ['tolerance'], 0, 1, false)
  number(issues, p.lateDeadline, ['lateDeadline'], 0, 1)
  number(issues, p.overAchievement.threshold, ['overAchievement', 'threshold'], 1, 100)
  if (p.zeroTarget.mode === 'deduct') {
    number(issues, p.zeroTarget.per, ['zeroTarget', 'per'], 0, 1e9)
    const step = number(issues, p.zeroTarget.step, ['zeroTarget', 'step'], 0, 1e9)
    if (step !== undefined && step.isZero()) problem(issues, ['zeroTarget', 'step'], 'value', { expected: '> 0' })
  }
  if (p.budgetWeight !== null) number(issues, p.budgetWeight, ['budgetWeight'], 0, 1e9)
  if (!Number.isInteger(p.rounding.places) || p.rounding.places < 0 || p.rounding.places > 10) problem(issues, ['rounding', 'places'], 'value', { expected: '0…10 (integer)', received: received(p.rounding.places) })
  checkBands(issues, p.qualitative, ['qualitative'])
  // grades: from 0 to 100, each name once
  const mins = p.grades.map((g, i) => number(issues, g.min, ['grades', i, 'min'], 0, 100))
  if (p.grades.length === 0) problem(issues, ['grades'], 'value', { expected: '≥ 1' })
  else if (mins.every((m) => m !== undefined) && !mins.some((m) => m.isZero())) problem(issues, ['grades'], 'bands-gap', { expected: 'min 0' })
  const seen = new Set<string>()
  p.grades.forEach((g, i) => {
    if (seen.has(g.grade)) problem(issues, ['grades', i, 'grade'], 'bands-overlap', { expected: `"${g.grade}" once` })
    seen.add(g.grade)
  })
  const minTexts = mins.filter((m): m is Decimal => m !== undefined).map((m) => m.toFixed())
  if (new Set(minTexts).size < minTexts.length) problem(issues, ['grades'], 'bands-overlap', { expected: 'each min once' })
  for (const key of ['positive', 'negative', 'qualitative', 'deadline', 'budget'] as const) {
    if (own(p.rules, p.defaults[key]) === undefined) problem(issues, ['defaults', key], 'rule-unknown', { key: p.defaults[key] })
  }
  for (const name of Object.keys(p.rules)) {
    const rule = p.rules[name]
    const path = ['rules', name]
    if (rule === undefined) continue
    switch (rule.kind) {
      case 'qualitative':
        if (rule.bands !== undefined) checkBands(issues, rule.bands, [...path, 'bands'])
        break
      case 'deadline':
        if (rule.late !== undefined) number(issues, rule.late, [...path, 'late'], 0, 1)
        break
      case 'deduction': {
        const per = number(issues, rule.per, [...path, 'per'], 0, 1e9)
        if (per !== undefined && per.isZero()) problem(issues, [...path, 'per'], 'value', { expected: '> 0' })
        if (rule.step !== undefined) {
          const step = number(issues, rule.step, [...path, 'step'], 0, 1e9)
          if (step !== undefined && step.isZero()) problem(issues, [...path, 'step'], 'value', { expected: '> 0' })
        }
        break
      }
      case 'checklist':
        if (rule.items.length === 0) problem(issues, [...path, 'items'], 'value', { expected: '≥ 1' })
        rule.items.forEach((item, i) => number(issues, item.points, [...path, 'items', i, 'points'], 0, 1e9))
        break
      case 'steps': {
        const read = rule.bands.map((b, i) => {
          const bounds = readBand(b.range)
          if (bounds === undefined) problem(issues, [...path, 'bands', i, 'range'], 'value', { expected: '80%(含)-90%', received: b.range })
          if ((b.share === undefined) === (b.points === undefined)) problem(issues, [...path, 'bands', i], 'value', { expected: 'share | points' })
          if (b.share !== undefined) number(issues, b.share, [...path, 'bands', i, 'share'], 0, 1)
          if (b.points !== undefined) number(issues, b.points, [...path, 'bands', i, 'points'], 0, 1e9)
          return bounds
        })
        if (rule.bands.length === 0) problem(issues, [...path, 'bands'], 'value', { expected: '≥ 1' })
        for (let i = 0; i < read.length; i++) {
          for (let j = i + 1; j < read.length; j++) {
            const a = read[i]
            const b = read[j]
            if (a !== undefined && b !== undefined && bandsOverlap(a, b)) problem(issues, [...path, 'bands', j], 'bands-overlap', { expected: `"${rule.bands[i]?.range ?? ''}" and "${rule.bands[j]?.range ?? ''}"` })
          }
        }
        break
      }
      default:
        break
    }
  }
}

/**
 * Check a whole policy (a stored one, revived from JSON) and return it frozen.
 *
 * @param input - the policy's data.
 * @returns the policy, frozen, which the engine then reads without checking again.
 * @throws {@link ScoringError} `POLICY_INVALID`, each problem with its path: every problem of the shape at once (types,
 *   unknown keys, values outside their list), or, when the shape is right, every problem of the values (ranges, bands,
 *   the rules the defaults name).
 * @example
 * ```ts
 * import { policies } from 'jixiao'
 * const stored = JSON.stringify(policies.mof2020)
 * parsePolicy(JSON.parse(stored)).overAchievement
 * //=> { mode: 'flag', threshold: '1.2' }
 * ```
 */
export function parsePolicy(input: unknown): Policy {
  if (input === mof2020 || (typeof input === 'object' && input !== null && TRUSTED.has(input))) return input as Policy
  const issues: Issue[] = []
  const data = copy(input, [], issues)
  const parsed = policySchema().safeParse(data)
  if (!parsed.success) {
    for (const i of parsed.error.issues as unknown as ZodIssueLike[]) {
      const path = i.path.map((p) => (typeof p === 'number' ? p : String(p)))
      if (i.code === 'unrecognized_keys') for (const key of i.keys ?? []) problem(issues, [...path, key], 'unknown-key', { key })
      else if (i.code === 'invalid_value') problem(issues, path, 'value', { expected: (i.values ?? []).map(String).join('|'), received: String(valueAt(data, i.path)) })
      else problem(issues, path, 'type', { expected: expectedOf(i) || 'a valid value', received: received(valueAt(data, i.path)) })
    }
  } else checkValues(data as Policy, issues)
  if (issues.length > 0) throw new ScoringError(issues as [Issue, ...Issue[]])
  const policy = deepFreeze(data as Policy)
  TRUSTED.add(policy)
  return policy
}

function merge<T extends object>(base: T, over: unknown): T {
  if (typeof over !== 'object' || over === null || Array.isArray(over)) return over as T
  return { ...base, ...(over as object) }
}

/**
 * A policy derived from another: the overrides' fields replace the base's; nested objects (defaults, qualitative and
 * each of its bands, overAchievement, rounding) merge field by field; `rules` merge by name; lists (grades) replace. Without
 * a `name` of its own the policy is named "<base> (derived)", so a report never names the base for a policy that differs.
 *
 * @param base - the policy to start from (`policies.mof2020`, or one of yours).
 * @param overrides - what differs.
 * @returns the new policy, checked and frozen.
 * @throws {@link ScoringError} `POLICY_INVALID` with every problem and its path.
 * @example
 * ```ts
 * import { policies } from 'jixiao'
 * // a province that flags over-achievement at 130% and scores 逆向 indicators linearly
 * const p = definePolicy(policies.mof2020, { name: '某省', overAchievement: { threshold: 1.3 }, defaults: { negative: 'reverse-linear' } })
 * [p.overAchievement.threshold, p.overAchievement.mode, p.defaults.negative, p.defaults.positive]
 * //=> [1.3, 'flag', 'reverse-linear', 'proportional']
 * ```
 */
export function definePolicy(base: Policy, overrides: PolicyOverrides): Policy {
  let checked: Policy
  try {
    checked = parsePolicy(base)
  } catch (error) {
    if (error instanceof ScoringError) throw new ScoringError([scoringIssue('POLICY_INVALID', { reason: 'base' }, { path: ['base'] }, 'error'), ...error.issues])
    throw error
  }
  const issues: Issue[] = []
  const o = copy(overrides, [], issues) as Record<string, unknown> | undefined
  if (issues.length > 0) throw new ScoringError(issues as [Issue, ...Issue[]])
  if (typeof o !== 'object' || o === null || Array.isArray(o)) {
    throw new ScoringError([scoringIssue('POLICY_INVALID', { reason: 'type', expected: 'object', received: received(overrides) }, { path: ['policy'] }, 'error')])
  }
  // a derived policy is not its base: without a name of its own it is named after it ("mof2020 (derived)")
  const out: Record<string, unknown> = { ...checked, name: `${checked.name} (derived)` }
  for (const key of Object.keys(o)) {
    const value = o[key]
    const current = (checked as unknown as Record<string, unknown>)[key]
    if (key === 'rules') out.rules = merge(checked.rules, value)
    else if (key === 'qualitative' && typeof value === 'object' && value !== null) {
      const q = value as Record<string, unknown>
      out.qualitative = Object.fromEntries(
        [...new Set([...Object.keys(checked.qualitative), ...Object.keys(q)])].map((level) => [level, merge((checked.qualitative as unknown as Record<string, object>)[level] ?? {}, q[level] ?? {})]),
      )
    } else if (key === 'zeroTarget' || key === 'grades' || typeof current !== 'object' || current === null) out[key] = value
    else out[key] = merge(current, value)
  }
  return parsePolicy(out)
}

/** @internal A policy the engine may read: trusted as it is, or checked. */
export function resolvePolicy(policy: Policy): Policy {
  return policy === mof2020 ? policy : parsePolicy(policy)
}
