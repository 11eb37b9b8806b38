/**
 * The Attainment: how far an actual value meets a target, as data (a `code` and typed `details`) whose explanation in
 * Chinese or English is produced from the message tables when it is read.
 *
 * @module
 */
import type { Decimal } from '../numbers/decimal.js'
import { freezeDecimal, ONE, ZERO } from '../numbers/decimal.js'
import type { AttainmentCode, AttainmentDetailsByCode } from '../messages/attainment-details.js'
import { messageTable, textsPrototype, type Locale } from '../messages/locale.js'
import { AttainmentError, makeIssue } from '../errors.js'
import { lookup, own } from '../own.js'

/**
 * Which way an attainment was judged.
 *
 * @example
 * ```ts
 * const d: AttainmentDirection = 'lower-is-better'
 * ```
 */
export type AttainmentDirection = 'higher-is-better' | 'lower-is-better' | 'close-to' | 'within' | 'on-time' | 'qualitative' | 'any' | 'all'

/**
 * How far an actual value meets a target, for one code: its verdict and ratio, the code and typed details of the
 * judgement, and the explanation in zh and en (getters: produced when read; `JSON.stringify` writes the data only).
 *
 * @typeParam C - the code.
 * @example
 * ```ts
 * import { evaluateTarget, parseTarget } from 'jixiao'
 * const a = evaluateTarget(parseTarget('80%-90%'), '85%')
 * a.code === 'RANGE' && a.details.position
 * //=> 'inside'
 * ```
 */
export interface AttainmentOf<C extends AttainmentCode> {
  /** Met, not met, or `null` when a person must judge (words that say neither, a part that cannot be compared). */
  readonly met: boolean | null
  /**
   * The completion ratio scoring multiplies the weight by, in [0, 1]: 1 when met; A ÷ T when higher is better; T ÷ A
   * when lower is better; never 1 when not met; `null` exactly when `met` is null.
   */
  readonly ratio: Decimal | null
  /** Uncapped A ÷ T (or T ÷ A when lower is better), for over-achievement review; null where undefined. */
  readonly performance: Decimal | null
  /** The rule applied. */
  readonly direction: AttainmentDirection
  /** Which kind of judgement this is. */
  readonly code: C
  /** The numbers and words the judgement used. */
  readonly details: AttainmentDetailsByCode[C]
  /** The attainment of each part of an `any` or `all` target that could be judged. */
  readonly parts?: readonly Attainment[]
  /** The reasoning, in Chinese (produced when read). */
  readonly zh: string
  /** The reasoning, in English (produced when read). */
  readonly en: string
}

/**
 * How far an actual value meets a target: a discriminated union on `code`.
 *
 * @example
 * ```ts
 * import { evaluateTarget, parseTarget } from 'jixiao'
 * const a = evaluateTarget(parseTarget('≥95%'), '93%')
 * [a.met, a.ratio?.toString()]
 * //=> [false, '0.9789473684210526315789473684210526315789']
 * ```
 */
export type Attainment = { readonly [C in AttainmentCode]: AttainmentOf<C> }[AttainmentCode]

/**
 * The explanation of an attainment in a locale: what `attainment.zh` and `attainment.en` return.
 *
 * @param attainment - an attainment.
 * @param locale - `zh-CN` (default), `zh` or `en`.
 * @returns the explanation.
 * @example
 * ```ts
 * import { evaluateTarget, parseTarget } from 'jixiao'
 * explainAttainment(evaluateTarget(parseTarget('≥90%'), '95%'), 'en')
 * //=> 'actual 95% against target ≥90% (higher is better): met'
 * ```
 */
export function explainAttainment(attainment: Attainment, locale: Locale = 'zh-CN'): string {
  const table = messageTable(locale)
  const code = own(attainment, 'code')
  if (code === undefined || lookup(table.attainments, code) === undefined) {
    throw new AttainmentError([makeIssue('ACTUAL_MALFORMED', { reason: 'not-an-actual', field: 'attainment' }, { path: ['attainment'] })])
  }
  const render = table.attainments[attainment.code] as (details: unknown, context: { met: boolean | null; parts: readonly string[] }) => string
  const ownParts = own(attainment, 'parts')
  const parts = ownParts === undefined ? [] : ownParts.map((p) => explainAttainment(p, locale))
  return render(attainment.details, { met: attainment.met, parts })
}

const TEXTS: object = /*@__PURE__*/ textsPrototype(explainAttainment)

/** @internal The ratio a verdict carries: an unmet target never has full marks; a verdict left to a person has none. */
export function settled(met: boolean | null, ratio: Decimal | null): Decimal | null {
  if (met === null) return null
  return met === false && ratio !== null && ratio.gte(ONE) ? ZERO : ratio
}

/** @internal Build a frozen attainment; its texts are produced when read. */
export function attainment<C extends AttainmentCode>(
  met: boolean | null,
  ratio: Decimal | null,
  performance: Decimal | null,
  direction: AttainmentDirection,
  code: C,
  details: AttainmentDetailsByCode[C],
  parts?: readonly Attainment[],
): AttainmentOf<C> {
  const out = Object.create(TEXTS) as { -readonly [K in keyof AttainmentOf<C>]: AttainmentOf<C>[K] }
  out.met = met
  const r = settled(met, ratio)
  out.ratio = r === null ? null : freezeDecimal(r)
  out.performance = performance === null ? null : freezeDecimal(performance)
  out.direction = direction
  out.code = code
  out.details = Object.freeze(details) as AttainmentDetailsByCode[C]
  if (parts !== undefined) out.parts = Object.freeze([...parts])
  return Object.freeze(out)
}
