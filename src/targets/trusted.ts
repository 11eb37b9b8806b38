/**
 * Targets this library made itself (by `parseTarget` or `targetSchema`): trusted as they are, so that evaluating them
 * never validates twice. Any other value, a copy of a trusted one included, goes through `targetSchema`.
 *
 * @module
 */
import type { Target } from './types.js'

const trusted = /*@__PURE__*/ new WeakSet<object>()

/** @internal Mark a frozen target as made here. */
export function trustTarget<T extends Target>(target: T): T {
  trusted.add(target)
  return target
}

/** @internal Was this target made here? */
export function isTrustedTarget(value: unknown): value is Target {
  return typeof value === 'object' && value !== null && trusted.has(value)
}
