/**
 * Reading a framework's input: its own properties only, the keys it allows checked, the fields it supplies refused, and
 * the header fields (name, department, year, budget …) handed to the indicator tree as they are.
 *
 * @module
 */
import type { EvaluationInput, IndicatorInput } from '../indicators/input.js'
import { isRecord, own } from '../own.js'
import { frameworkIssue, type FrameworkIssue } from './issues.js'
import { received } from '../indicators/received.js'

type Path = readonly (string | number)[]

/**
 * The header of a framework's evaluation: the fields of an `EvaluationInput` a framework passes to the tree unchanged.
 *
 * @example
 * ```ts
 * const h: FrameworkHeaderInput = { name: '普法宣传项目', department: '区司法局', year: 2022, budget: { adjusted: 120, executed: 110 } }
 * ```
 */
export type FrameworkHeaderInput = Pick<EvaluationInput, 'name' | 'department' | 'implementer' | 'year' | 'goals' | 'budget' | 'total' | 'printedTotal'>

/**
 * A level-3 indicator as a framework takes it: the tree's `IndicatorInput` without what the framework supplies (its kind
 * and category, and the fields of the budget line).
 *
 * @example
 * ```ts
 * const i: FrameworkIndicatorInput = { name: '培训人次', weight: 10, target: '≥500人次', actual: '620人次' }
 * ```
 */
export type FrameworkIndicatorInput = Omit<IndicatorInput, 'kind' | 'category' | 'initial' | 'adjusted' | 'executed' | 'rate'>

/** @internal The header fields. */
export const HEADER_KEYS = ['name', 'department', 'implementer', 'year', 'goals', 'budget', 'total', 'printedTotal'] as const

/** @internal The fields of an indicator a framework supplies itself. */
const SUPPLIED = ['kind', 'category', 'initial', 'adjusted', 'executed', 'rate'] as const

export { isRecord } from '../own.js'

/** @internal Report each own key of `object` not in `allowed`. */
export function checkKeys(object: object, allowed: readonly string[], path: Path, issues: FrameworkIssue[]): void {
  for (const key of Object.keys(object)) {
    if (!allowed.includes(key)) issues.push(frameworkIssue('FRAMEWORK_INPUT_INVALID', { reason: 'unknown-key', key, expected: allowed.join('|') }, [...path, key]))
  }
}

/** @internal An own field that must be an object when present: the object, undefined when absent, or an issue. */
export function ownRecord(object: object, key: string, path: Path, issues: FrameworkIssue[]): Record<string, unknown> | undefined {
  const value = own(object as Record<string, unknown>, key)
  if (value === undefined) return undefined
  if (isRecord(value)) return value
  issues.push(frameworkIssue('FRAMEWORK_INPUT_INVALID', { reason: 'type', key, expected: 'object', received: received(value) }, [...path, key]))
  return undefined
}

/** @internal The header fields of the input (own ones only), for the tree. */
export function headerOf(input: object): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const key of HEADER_KEYS) {
    const value = own(input as Record<string, unknown>, key)
    if (value !== undefined) out[key] = value
  }
  return out
}

/** @internal A caller's indicator: a copy of its own fields, or undefined and an issue when it is not an object or gives a field the framework supplies. */
export function indicatorOf(value: unknown, path: Path, issues: FrameworkIssue[], supplied: readonly string[] = SUPPLIED): Record<string, unknown> | undefined {
  if (!isRecord(value)) {
    issues.push(frameworkIssue('FRAMEWORK_INPUT_INVALID', { reason: 'type', expected: 'object', received: received(value) }, path))
    return undefined
  }
  const out: Record<string, unknown> = {}
  let ok = true
  for (const key of Object.keys(value)) {
    if (supplied.includes(key)) {
      issues.push(frameworkIssue('FRAMEWORK_INPUT_INVALID', { reason: 'supplied', key }, [...path, key]))
      ok = false
    } else out[key] = value[key]
  }
  return ok ? out : undefined
}

/** @internal An own field that must be a list when present: the list, undefined when absent, or an issue. */
export function ownList(object: object, key: string, path: Path, issues: FrameworkIssue[]): readonly unknown[] | undefined {
  const value = own(object as Record<string, unknown>, key)
  if (value === undefined) return undefined
  if (Array.isArray(value)) return value
  issues.push(frameworkIssue('FRAMEWORK_INPUT_INVALID', { reason: 'type', key, expected: 'array', received: received(value) }, [...path, key]))
  return undefined
}
