/**
 * Reading zod's issues: the shape of an issue as this library reads it, what a field was expected to be, and the value
 * at an issue's path. Shared by the doors that check a shape with zod (the indicator tree, scoring policies), which turn
 * zod's issues into their own coded ones.
 *
 * @module
 */

/** @internal A zod issue, as far as this library reads one. */
export interface ZodIssueLike {
  readonly code: string
  readonly path: readonly PropertyKey[]
  readonly expected?: string
  readonly keys?: readonly string[]
  readonly values?: readonly unknown[]
  readonly errors?: readonly (readonly ZodIssueLike[])[]
  readonly message: string
}

/** @internal What a field must be: the issue's expected type, or the types of a union's branches ("number|string"); '' when none is said. */
export function expectedOf(issue: ZodIssueLike): string {
  if (issue.expected !== undefined) return issue.expected
  const branches = (issue.errors ?? []).flatMap((branch) => branch.filter((b) => b.path.length === 0).map((b) => b.expected ?? (b.values ?? []).map(String).join('|')))
  return [...new Set(branches.filter((b) => b !== ''))].join('|')
}

/** @internal The value at a path of the input, own properties only. */
export function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input
  for (const key of path) {
    if (typeof value !== 'object' || value === null || !Object.prototype.hasOwnProperty.call(value, key)) return undefined
    value = (value as Record<PropertyKey, unknown>)[key]
  }
  return value
}
