/**
 * What each error code carries: the typed `details` of an {@link Issue}. The texts of a code live in the message
 * tables (`zh.ts`, `en.ts`) and are produced from these details when read, never at the raise site.
 *
 * @module
 */

/**
 * Why number-shaped text is not a number (the `reason` of `NUMBER_MALFORMED`, and of `QUANTITY_MALFORMED` /
 * `TARGET_MALFORMED` when a number inside them is at fault).
 *
 * @example
 * ```ts
 * const reason: NumberProblem = 'several-points' // "1.2.3"
 * ```
 */
export type NumberProblem =
  | 'several-points'
  | 'repeated-point'
  | 'digits-together'
  | 'units-out-of-order'
  | 'unit-after-decimals'
  | 'unit-without-digit'
  | 'repeated-big-unit'
  | 'point-without-digits'
  | 'share-without-number'
  | 'exponent'
  | 'too-long'
  | 'zero-denominator'

/**
 * Why number-shaped text is not a target (the `reason` of `TARGET_MALFORMED`).
 *
 * @example
 * ```ts
 * const reason: TargetProblem = 'repeated-comparator' // "≥≥90%"
 * ```
 */
export type TargetProblem =
  | NumberProblem
  | 'repeated-comparator'
  | 'number-expected'
  | 'number-expected-after'
  | 'unreadable-text'
  | 'unreadable-symbol'
  | 'between-needs-two'
  | 'closing-needs-two'
  | 'contradicting-comparators'
  | 'plus-minus-needs-one'
  | 'range-comparator'
  | 'missing-number'
  | 'too-deep'
  | 'too-long'
  | 'list-mismatch'

/**
 * Why structured data is not a valid target or actual value (the `reason` of `TARGET_INVALID` and
 * `ACTUAL_MALFORMED` for data, not text).
 *
 * @example
 * ```ts
 * const reason: DataProblem = 'not-finite'
 * ```
 */
export type DataProblem = 'not-finite' | 'not-a-quantity' | 'missing-field' | 'unknown-kind' | 'not-a-target' | 'not-an-actual' | 'zero-consequent' | 'schema'

/**
 * Why an actual value cannot be judged against its target (the `reason` of `ACTUAL_NOT_COMPARABLE`).
 *
 * @example
 * ```ts
 * const reason: ComparisonProblem = 'units' // 件 against %
 * ```
 */
export type ComparisonProblem = 'units' | 'not-a-quantity' | 'not-a-ratio' | 'not-a-date' | 'no-part'

/**
 * What failed in the text of an actual value, read with the grammar of targets: the target issue's code and details.
 *
 * @example
 * ```ts
 * const cause: TargetTextProblem = { code: 'TARGET_MALFORMED', details: { reason: 'repeated-comparator' } }
 * ```
 */
export type TargetTextProblem = {
  readonly [C in 'TARGET_MALFORMED' | 'TARGET_UNKNOWN_COMPARATOR' | 'TARGET_INVALID' | 'TARGET_UNIT_MISMATCH']: { readonly code: C; readonly details: IssueDetailsByCode[C] }
}['TARGET_MALFORMED' | 'TARGET_UNKNOWN_COMPARATOR' | 'TARGET_INVALID' | 'TARGET_UNIT_MISMATCH']

/**
 * The typed details of every error code. `ErrorCode` is `keyof IssueDetailsByCode`, so a new code cannot exist without
 * its details, and (through the message tables' types) without its zh and en texts.
 *
 * @example
 * ```ts
 * const d: IssueDetailsByCode['QUANTITY_INCOMPATIBLE_UNITS'] = { from: '件', to: '%' }
 * ```
 */
export interface IssueDetailsByCode {
  /** The number text is empty (or only spaces). */
  readonly NUMBER_EMPTY: Readonly<Record<never, never>>
  /** No number in the text; `received` is the JS type when the input was not text at all. */
  readonly NUMBER_NOT_FOUND: { readonly received: string }
  /** Number-shaped text that cannot be read. */
  readonly NUMBER_MALFORMED: { readonly text: string; readonly reason: NumberProblem; readonly word?: string }
  /** Text after a number that should stand alone. */
  readonly NUMBER_TRAILING_TEXT: { readonly rest: string }
  /** A value that is not a finite number. */
  readonly NUMBER_INVALID_VALUE: { readonly value: string }
  /** The quantity text is empty. */
  readonly QUANTITY_EMPTY: Readonly<Record<never, never>>
  /** No quantity in the text; `received` is the JS type when the input was not text at all. */
  readonly QUANTITY_NOT_FOUND: { readonly received: string }
  /** Quantity-shaped text (or an amount) that cannot be read. */
  readonly QUANTITY_MALFORMED: { readonly text: string; readonly reason: NumberProblem | 'not-finite'; readonly word?: string }
  /** Words after the number that are not a unit. */
  readonly QUANTITY_UNKNOWN_UNIT: { readonly rest: string }
  /** Two units of different families. */
  readonly QUANTITY_INCOMPATIBLE_UNITS: { readonly from: string; readonly to: string }
  /** The target is empty, or not text; `received` is the JS type. */
  readonly TARGET_EMPTY: { readonly received: string }
  /** A comparison a target cannot use (不等于, ≠). */
  readonly TARGET_UNKNOWN_COMPARATOR: { readonly word: string }
  /** Number-shaped text that cannot be read as a target. */
  readonly TARGET_MALFORMED: { readonly reason: TargetProblem; readonly word?: string }
  /** A target that reads, but cannot hold (a ratio over 0), or target data that is not a valid Target. */
  readonly TARGET_INVALID: { readonly reason: DataProblem; readonly field?: string; readonly value?: string }
  /** The two sides of a ratio or a range in units that do not compare. */
  readonly TARGET_UNIT_MISMATCH: { readonly part: 'ratio' | 'range'; readonly first: string; readonly second: string }
  /** An actual value that cannot be read: its text (with what failed in it), or its data. */
  readonly ACTUAL_MALFORMED:
    | { readonly reason: 'unreadable'; readonly cause: TargetTextProblem }
    | { readonly reason: 'empty' | 'range' }
    | { readonly reason: DataProblem; readonly field?: string; readonly value?: string }
  /** An actual value that cannot be judged against its target. */
  readonly ACTUAL_NOT_COMPARABLE: {
    readonly reason: ComparisonProblem
    readonly actual: string
    readonly target: string
    readonly actualUnit?: string
    readonly targetUnit?: string
  }
  /** An option that is not what it must be. */
  readonly OPTION_INVALID: { readonly option: string; readonly value: string; readonly expected: 'non-negative-number' | 'integer' | 'one-of'; readonly allowed?: readonly string[] }
}

/**
 * Every error code the library can produce. Codes are stable: match on them, never on message text.
 *
 * @example
 * ```ts
 * import { safeParseNumber } from 'jixiao'
 * const result = safeParseNumber('1..2')
 * if (!result.success) console.log(result.error.code)
 * //=> 'NUMBER_MALFORMED'
 * ```
 */
export type ErrorCode = keyof IssueDetailsByCode
