/**
 * Freezing plain data all the way down: the one helper the layers share for their frozen results and tables.
 *
 * @module
 */

/** @internal Freeze plain data all the way down (a frozen part is taken as frozen throughout; functions are left as they are). */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key])
    Object.freeze(value)
  }
  return value
}
