import type { JixiaoError } from './errors.js'

/**
 * What every `safeX` function returns: the value, or the error that `x` would
 * have thrown. Never throws itself.
 *
 * @typeParam T - the value on success.
 * @typeParam E - the error on failure.
 * @example
 * ```ts
 * import { safeParseNumber } from 'jixiao'
 * const r = safeParseNumber('两万')
 * if (r.success) console.log(r.data.toString())
 * //=> '20000'
 * ```
 */
export type SafeResult<T, E extends JixiaoError = JixiaoError> = SafeSuccess<T> | SafeFailure<E>

/**
 * The success branch of {@link SafeResult}.
 *
 * @typeParam T - the value.
 * @example
 * ```ts
 * const ok: SafeSuccess<number> = { success: true, data: 1 }
 * ```
 */
export interface SafeSuccess<T> {
  /** Always true here. */
  readonly success: true
  /** The value read. */
  readonly data: T
}

/**
 * The failure branch of {@link SafeResult}.
 *
 * @typeParam E - the error.
 * @example
 * ```ts
 * import { safeParseNumber } from 'jixiao'
 * const r = safeParseNumber('abc')
 * if (!r.success) r.error.code
 * //=> 'NUMBER_NOT_FOUND'
 * ```
 */
export interface SafeFailure<E extends JixiaoError> {
  /** Always false here. */
  readonly success: false
  /** The error the throwing variant would have thrown. */
  readonly error: E
}

/** @internal Run `fn`, turning an error of class `E` into a failed result. */
export function toSafe<T, E extends JixiaoError>(
  fn: () => T,
  errorClass: abstract new (...args: never[]) => E,
): SafeResult<T, E> {
  try {
    return { success: true, data: fn() }
  } catch (error) {
    if (error instanceof errorClass) return { success: false, error }
    throw error
  }
}
