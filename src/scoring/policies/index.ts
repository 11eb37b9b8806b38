/**
 * The policies the library ships.
 *
 * @module
 */
import { mof2020 } from './mof2020.js'
import type { Policy } from './types.js'

/**
 * The shipped policies, by name.
 *
 * @example
 * ```ts
 * const names = (p: Policies): string[] => Object.keys(p)
 * ```
 */
export interface Policies {
  /** 财预〔2020〕10号, the default. */
  readonly mof2020: Policy
}

/**
 * The policies the library ships: `mof2020`, 财预〔2020〕10号 (the default). Derive a province's with `definePolicy`.
 *
 * @example
 * ```ts
 * policies.mof2020.name
 * //=> 'mof2020'
 * ```
 */
export const policies: Policies = /*@__PURE__*/ Object.freeze({ mof2020 })
