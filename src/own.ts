/**
 * Reading plain objects from callers safely: only their own properties count, so a polluted `Object.prototype`
 * (or a key such as `constructor`) changes no reading and no verdict.
 *
 * @module
 */

/** @internal The caller's own property `key` of `object`, or undefined (inherited properties are never read). */
export function own<T extends object, K extends keyof T>(object: T | undefined | null, key: K): T[K] | undefined {
  if (object === undefined || object === null || typeof object !== 'object') return undefined
  return Object.prototype.hasOwnProperty.call(object, key) ? object[key] : undefined
}

/**
 * @internal A frozen object with no prototype: reading a field it lacks gives undefined whatever Object.prototype holds,
 * so the library's own option objects are read directly.
 */
export function bare<T extends object>(fields: T): T {
  return Object.freeze(Object.assign(Object.create(null) as T, fields))
}

/** @internal The value of `key` in a lookup table, own properties only: `table['constructor']` is undefined. */
export function lookup<V>(table: Readonly<Record<string, V>>, key: string): V | undefined {
  // a miss (the common case: most characters are in no table) costs one property read; a hit is checked to be the table's own
  const value = table[key]
  return value === undefined || Object.prototype.hasOwnProperty.call(table, key) ? value : undefined
}

/** @internal Is the value an object with fields: not null, not an array (a record of the caller's input, to be read with {@link own}). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
