/**
 * Targets this library made itself (by `parseTarget` or `targetSchema`): trusted as they are, so that evaluating them
 * never validates twice. Any other value, a copy of a trusted one included, goes through `targetSchema`.
 *
 * The mark is a private field stamped on the target (a class whose base constructor returns the object it is given):
 * invisible to JSON, `Object.keys`, `Reflect.ownKeys`, spreading, `structuredClone` and deep equality, never copied, and
 * about a tenth of the cost of adding the target to a WeakSet (which was a tenth of the time of reading "≥95%"). An
 * engine that refuses a private field on a frozen object falls back to the WeakSet.
 *
 * @module
 */
import type { Target } from './types.js'

/** The constructor of the stamp's base: it returns the object given, so the subclass adds its field to that object. */
class Given {
  constructor(value: object) {
    return value
  }
}

/** The stamp: a private field that only this module can test for. */
class Made extends Given {
  #made = true

  /** Does `value` carry the stamp? */
  static on(value: object): boolean {
    return #made in value
  }
}

const fallback = /*@__PURE__*/ new WeakSet<object>()

/** @internal Mark a frozen target as made here. */
export function trustTarget<T extends Target>(target: T): T {
  try {
    new Made(target)
  } catch {
    // an engine that applies non-extensibility to private fields (a TC39 proposal) refuses to stamp a frozen object
    fallback.add(target)
  }
  return target
}

/** @internal Was this target made here? */
export function isTrustedTarget(value: unknown): value is Target {
  return typeof value === 'object' && value !== null && (Made.on(value) || fallback.has(value))
}
