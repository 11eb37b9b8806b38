/**
 * Targets this library made itself (by `parseTarget` or `targetSchema`): trusted as they are, so that evaluating them
 * never validates twice. Any other value, a copy of a trusted one included, goes through `targetSchema`. The mark is a
 * private field on the target (see `brand.ts`), never copied with it.
 *
 * @module
 */
import { brand } from '../brand.js'
import type { Target } from './types.js'

const made = /*@__PURE__*/ brand<true>()

/** @internal Mark a frozen target as made here. */
export function trustTarget<T extends Target>(target: T): T {
  made.stamp(target, true)
  return target
}

/** @internal Was this target made here? */
export function isTrustedTarget(value: unknown): value is Target {
  return typeof value === 'object' && value !== null && made.read(value) === true
}
