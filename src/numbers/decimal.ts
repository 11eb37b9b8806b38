/**
 * The library's own Decimal: a private clone of decimal.js, so a host app's
 * `Decimal.set(...)` can never change one of our results, and rounding is
 * decided here alone.
 *
 * @module
 */
import { Decimal as DecimalJs } from 'decimal.js'

/**
 * Our private Decimal constructor: 40 significant digits, half-up rounding,
 * never exponential notation in `toString()` for the magnitudes tables use.
 *
 * @internal
 */
export const D: typeof DecimalJs = /*@__PURE__*/ DecimalJs.clone({
  precision: 40,
  rounding: DecimalJs.ROUND_HALF_UP,
  toExpNeg: -40,
  toExpPos: 40,
  minE: -9e15,
  maxE: 9e15,
})

/**
 * An exact decimal number, as returned by every function of this library
 * (a decimal.js `Decimal`; call `.toString()` for its exact text).
 *
 * @example
 * ```ts
 * import { parseNumber, type Decimal } from 'jixiao'
 * const value: Decimal = parseNumber('152.2万')
 * value.toString()
 * //=> '1522000'
 * ```
 */
export type Decimal = DecimalJs

/**
 * What the library accepts wherever a number goes in: a JS number, a decimal
 * string, or a Decimal from any copy of decimal.js.
 *
 * @example
 * ```ts
 * const a: DecimalInput = 0.5
 * const b: DecimalInput = '99.16'
 * ```
 */
export type DecimalInput = number | string | DecimalJs

/** @internal Is `value` a decimal.js Decimal from any clone? */
export function isDecimal(value: unknown): value is DecimalJs {
  return DecimalJs.isDecimal(value)
}

/** @internal Convert input to our Decimal; `undefined` when it is not a finite number. */
export function toDecimalOrUndefined(value: unknown): DecimalJs | undefined {
  if (typeof value === 'number') {
    return Number.isFinite(value) ? new D(value) : undefined
  }
  if (typeof value === 'string') {
    if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(value.trim())) return undefined
    return new D(value.trim())
  }
  if (isDecimal(value)) {
    // one of ours, frozen, is read as it is; a host's (or one that could still change) is read again in our precision
    if (value.constructor === D && Object.isFrozen(value)) return value.isFinite() ? value : undefined
    return value.isFinite() ? new D(value.toString()) : undefined
  }
  return undefined
}

/**
 * @internal `value` as one of our Decimals: itself when it is one, else read again from its exact text, so that a
 * host's Decimal (whatever its clone's precision and rounding) never takes part in our arithmetic.
 */
export function ownDecimal(value: DecimalJs): DecimalJs {
  return value.constructor === D ? value : new D(value.toString())
}

/**
 * @internal A clone wide enough that a product is never rounded (decimal.js
 * computes a product's digits, not `precision` digits, so this costs nothing).
 * Use it for `times`, `plus`, `minus` and `cmp` only: a division here would run
 * to a billion digits.
 */
export const WIDE: typeof DecimalJs = /*@__PURE__*/ D.clone({ precision: 1e9 })

/**
 * @internal Freeze a Decimal (and its digit array), so that no caller can change a value the library hands out or
 * shares ("result.ratio.s = -1" would otherwise change the next caller's result). decimal.js never mutates a Decimal
 * it has returned, so a frozen one works as any other.
 */
export function freezeDecimal<T extends DecimalJs>(value: T): T {
  if (!Object.isFrozen(value)) {
    const open = value as unknown as { d?: unknown }
    // decimal.js grows its digit array by pushing, which leaves room for 16 digits more: the frozen copy is made to
    // size (a Decimal of "99.16" kept 246 bytes, 110 once compact); its digits are the same
    // (only in a Decimal of the library's own: a host's is never written to)
    if (Array.isArray(open.d) && (value.constructor === D || value.constructor === WIDE)) open.d = Object.freeze(open.d.slice())
    else if (Array.isArray(open.d)) Object.freeze(open.d)
    Object.freeze(value)
  }
  return value
}

/** @internal Frequently used constants, frozen. */
export const ZERO: DecimalJs = /*@__PURE__*/ freezeDecimal(new D(0))
/** @internal */
export const ONE: DecimalJs = /*@__PURE__*/ freezeDecimal(new D(1))
/** @internal */
export const TEN: DecimalJs = /*@__PURE__*/ freezeDecimal(new D(10))
/** @internal */
export const HUNDRED: DecimalJs = /*@__PURE__*/ freezeDecimal(new D(100))

const powers: DecimalJs[] = []
const inverse: DecimalJs[] = []

/** @internal 10^exponent, exact and frozen, made once per exponent (numerals and scales ask for the same few). */
export function powerOfTen(exponent: number): DecimalJs {
  if (exponent < 0 || exponent > 64 || !Number.isInteger(exponent)) return TEN.pow(exponent)
  return (powers[exponent] ??= freezeDecimal(new D(`1e${exponent}`)))
}

/** @internal `value` ÷ 10^exponent, exact: the decimal point moves, nothing is divided ("152.2万" → 152.2 at 万). */
export function shiftDown(value: DecimalJs, exponent: number): DecimalJs {
  if (exponent < 0 || exponent > 64 || !Number.isInteger(exponent)) return value.div(TEN.pow(exponent))
  return value.times((inverse[exponent] ??= freezeDecimal(new D(`1e-${exponent}`))))
}

const interned = new Map<string, DecimalJs>()
/**
 * What the readings of an interned Decimal share (the quantities of that number, by unit), emptied with the intern table:
 * nothing of it stays with a Decimal once the table has let it go.
 */
const shares = new Map<DecimalJs, Map<string, object>>()
/** How many distinct short numbers the intern table keeps; when it is full it is emptied and fills again. */
const INTERN_LIMIT = 4096

/**
 * @internal The frozen Decimal of a plain decimal literal ("100", "99.16", "-5"): short ones recur in real tables, so each
 * is made once and shared (it is frozen, so sharing is safe); the table is bounded.
 */
export function decimalFromDigits(digits: string): DecimalJs {
  if (digits.length > 12) return freezeDecimal(new D(digits))
  let value = interned.get(digits)
  if (value === undefined) {
    value = freezeDecimal(new D(digits))
    // full: begin again, so that the numbers of today's tables are kept, not the first 4,096 a process ever read (a
    // Decimal let go stays valid wherever it is held: it is frozen, and equal to the one made next)
    if (interned.size >= INTERN_LIMIT) {
      interned.clear()
      shares.clear()
    }
    interned.set(digits, value)
    shares.set(value, new Map())
  }
  return value
}

/**
 * @internal For a Decimal of the intern table ({@link decimalFromDigits}), shared by every reading of its digits: a table
 * the layers above may keep what they make of it in (the quantities layer keeps its quantities by unit); undefined for
 * any other Decimal.
 */
export function sharedBy(value: DecimalJs): Map<string, object> | undefined {
  return shares.get(value)
}

/** @internal x > 0, without making a Decimal of 0 (a comparison with a number makes one). */
export function isPositive(x: DecimalJs): boolean {
  return !x.isZero() && x.isPositive()
}
