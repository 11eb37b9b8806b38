/**
 * Copying plain data with some fields changed, as a compact object: the one helper the layers share where a result is
 * a copy of another with a field more, less or different.
 *
 * @module
 */

/**
 * @internal `{ ...value, ...changes }` without `omit`, made field by field. A spread object is allocated for many more
 * fields than it holds (288 bytes for a five-field target, against 72 for a literal) and results are kept, so the
 * library never spreads into a result. Keys come in the spread's order: the value's own enumerable keys where they
 * stand (a changed one keeps its place), then the new ones.
 */
export function copyWith<T extends object>(value: T, changes: Partial<T>, omit?: keyof T & string): T {
  const out: Record<string, unknown> = {}
  const from = value as Record<string, unknown>
  const changed = changes as Record<string, unknown>
  for (const key of Object.keys(from)) {
    if (key === omit) continue
    out[key] = Object.prototype.hasOwnProperty.call(changed, key) ? changed[key] : from[key]
  }
  for (const key of Object.keys(changed)) if (key !== omit && !Object.prototype.hasOwnProperty.call(from, key)) out[key] = changed[key]
  return out as T
}
