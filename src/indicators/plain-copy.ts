/**
 * The input as the schema reads it: plain objects and arrays copied into objects without a prototype, own enumerable
 * properties only, so that a polluted `Object.prototype` adds no field, a getter is read once (and one that throws is an
 * issue, not a crash), a cycle or absurd depth is refused, and nothing the caller holds is ever written to. Targets,
 * actual values and Decimals are passed on as they are: their own readers copy them the same way.
 *
 * @module
 */

/** Deeper than any evaluation's skeleton (evaluation → group → group → indicator → adjustment or budget figure → part). */
const MAX_DEPTH = 16

/** Fields whose values other readers check: a Target, an Actual, an amount. */
const OPAQUE: ReadonlySet<string> = new Set(['target', 'actual'])

/** @internal Why an input cannot be copied. */
export type CopyRefusal = 'too-deep' | 'cycle' | 'too-large' | 'unreadable'

/** @internal The copy, or why there is none. */
export type Copied = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly reason: CopyRefusal }

/** Thrown inside the copy to stop it; never leaves this module. */
const STOP: unique symbol = Symbol('stop')

function isPlain(value: object): boolean {
  const proto = Object.getPrototypeOf(value) as unknown
  return proto === Object.prototype || proto === null
}

/** @internal Copy the skeleton of an evaluation's input; no list may be longer than `maxLength`. */
export function plainCopy(input: unknown, maxLength: number): Copied {
  const open = new Set<object>()
  let refusal: CopyRefusal = 'unreadable'
  const stop = (reason: CopyRefusal): never => {
    refusal = reason
    throw STOP
  }
  const copy = (value: unknown, depth: number): unknown => {
    if (typeof value !== 'object' || value === null) return value
    if (!Array.isArray(value) && !isPlain(value)) return value
    if (depth > MAX_DEPTH) stop('too-deep')
    if (open.has(value)) stop('cycle')
    // a list longer than any table (or a sparse one of length 2³²−1) is refused before it is walked
    if (Array.isArray(value) && value.length > maxLength) stop('too-large')
    open.add(value)
    let out: unknown
    if (Array.isArray(value)) {
      const list: unknown[] = new Array<unknown>(value.length)
      for (let i = 0; i < value.length; i++) list[i] = copy(value[i], depth + 1)
      out = list
    } else {
      const object = Object.create(null) as Record<string, unknown>
      for (const key of Object.keys(value)) {
        const v = (value as Record<string, unknown>)[key]
        object[key] = OPAQUE.has(key) ? v : copy(v, depth + 1)
      }
      out = object
    }
    open.delete(value)
    return out
  }
  try {
    return { ok: true, value: copy(input, 0) }
  } catch (error) {
    // a refusal of the copy, or a getter or a Proxy trap that threw
    return { ok: false, reason: error === STOP ? refusal : 'unreadable' }
  }
}
