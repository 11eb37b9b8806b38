/**
 * What each error code carries: the typed `details` of an {@link Issue}. The texts of a code live in the message
 * tables (`zh.ts`, `en.ts`) and are produced from these details when read, never at the raise site.
 *
 * @module
 */
import type { EvaluationIssueDetailsByCode, EvaluationErrorCode } from './evaluation-details.js'
import type { ScoringErrorCode, ScoringIssueDetailsByCode } from './scoring-details.js'
import type { ReportErrorCode, ReportIssueDetailsByCode } from './report-details.js'
import type { FrameworkErrorCode, FrameworkIssueDetailsByCode } from './framework-details.js'

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
  | 'text-too-long'
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
 * The codes of the target issues an actual value's text can fail with, read with the grammar of targets.
 *
 * @example
 * ```ts
 * const code: TargetTextCode = 'TARGET_MALFORMED'
 * ```
 */
export type TargetTextCode = 'TARGET_MALFORMED' | 'TARGET_UNKNOWN_COMPARATOR' | 'TARGET_INVALID' | 'TARGET_UNIT_MISMATCH'

/**
 * What failed in the text of an actual value, for one target code: that code and its details.
 *
 * @example
 * ```ts
 * const cause: TargetTextProblemOf<'TARGET_UNKNOWN_COMPARATOR'> = { code: 'TARGET_UNKNOWN_COMPARATOR', details: { word: '≠' } }
 * ```
 */
export interface TargetTextProblemOf<C extends TargetTextCode> {
  /** The target issue's code. */
  readonly code: C
  /** The target issue's details. */
  readonly details: IssueDetailsByCode[C]
}

/**
 * What failed in the text of an actual value, read with the grammar of targets: the target issue's code and details.
 *
 * @example
 * ```ts
 * const cause: TargetTextProblem = { code: 'TARGET_MALFORMED', details: { reason: 'repeated-comparator' } }
 * ```
 */
export type TargetTextProblem = { readonly [C in TargetTextCode]: TargetTextProblemOf<C> }[TargetTextCode]

/**
 * The details of `NUMBER_NOT_FOUND`: no number in the text.
 *
 * @example
 * ```ts
 * const d: NumberNotFoundDetails = { received: 'undefined' }
 * ```
 */
export interface NumberNotFoundDetails {
  /** The JS type of the input (`'string'` when it was text without a number). */
  readonly received: string
}

/**
 * The details of `NUMBER_MALFORMED`: number-shaped text that cannot be read.
 *
 * @example
 * ```ts
 * const d: NumberMalformedDetails = { text: '1.2.3', reason: 'several-points' }
 * ```
 */
export interface NumberMalformedDetails {
  /** The number text that cannot be read. */
  readonly text: string
  /** Why it cannot be read. */
  readonly reason: NumberProblem
  /** The word at fault, when one is. */
  readonly word?: string
}

/**
 * The details of `NUMBER_TRAILING_TEXT`: text after a number that should stand alone.
 *
 * @example
 * ```ts
 * const d: NumberTrailingTextDetails = { rest: 'abc' } // "12abc"
 * ```
 */
export interface NumberTrailingTextDetails {
  /** The text after the number. */
  readonly rest: string
}

/**
 * The details of `NUMBER_INVALID_VALUE`: a value that is not a finite number.
 *
 * @example
 * ```ts
 * const d: NumberInvalidValueDetails = { value: 'NaN' }
 * ```
 */
export interface NumberInvalidValueDetails {
  /** The value, as text. */
  readonly value: string
}

/**
 * The details of `QUANTITY_NOT_FOUND`: no quantity in the text.
 *
 * @example
 * ```ts
 * const d: QuantityNotFoundDetails = { received: 'string' }
 * ```
 */
export interface QuantityNotFoundDetails {
  /** The JS type of the input (`'string'` when it was text without a quantity). */
  readonly received: string
}

/**
 * The details of `QUANTITY_MALFORMED`: quantity-shaped text (or an amount) that cannot be read.
 *
 * @example
 * ```ts
 * const d: QuantityMalformedDetails = { text: '1..2', reason: 'repeated-point' }
 * ```
 */
export interface QuantityMalformedDetails {
  /** The number text (or the amount) that cannot be read. */
  readonly text: string
  /** Why it cannot be read: a problem of its number, or an amount that is not finite. */
  readonly reason: NumberProblem | 'not-finite'
  /** The word at fault, when one is. */
  readonly word?: string
}

/**
 * The details of `QUANTITY_UNKNOWN_UNIT`: words after the number that are not a unit.
 *
 * @example
 * ```ts
 * const d: QuantityUnknownUnitDetails = { rest: '只羊' }
 * ```
 */
export interface QuantityUnknownUnitDetails {
  /** The words after the number. */
  readonly rest: string
}

/**
 * The details of `QUANTITY_INCOMPATIBLE_UNITS`: two units of different families.
 *
 * @example
 * ```ts
 * const d: QuantityIncompatibleUnitsDetails = { from: '件', to: '%' }
 * ```
 */
export interface QuantityIncompatibleUnitsDetails {
  /** The unit converted from (`''` for no unit). */
  readonly from: string
  /** The unit converted to (`''` for no unit). */
  readonly to: string
}

/**
 * The details of `TARGET_EMPTY`: the target is empty, or not text.
 *
 * @example
 * ```ts
 * const d: TargetEmptyDetails = { received: 'number' }
 * ```
 */
export interface TargetEmptyDetails {
  /** The JS type of the input (`'string'` when it was empty text). */
  readonly received: string
}

/**
 * The details of `TARGET_UNKNOWN_COMPARATOR`: a comparison a target cannot use (不等于, ≠).
 *
 * @example
 * ```ts
 * const d: TargetUnknownComparatorDetails = { word: '不等于' }
 * ```
 */
export interface TargetUnknownComparatorDetails {
  /** The comparison word, as written. */
  readonly word: string
}

/**
 * The details of `TARGET_MALFORMED`: number-shaped text that cannot be read as a target.
 *
 * @example
 * ```ts
 * const d: TargetMalformedDetails = { reason: 'repeated-comparator' } // "≥≥90%"
 * ```
 */
export interface TargetMalformedDetails {
  /** Why the text cannot be read as a target. */
  readonly reason: TargetProblem
  /** The word at fault, when one is. */
  readonly word?: string
}

/**
 * The details of `TARGET_INVALID`: a target that reads but cannot hold (a ratio over 0), or target data that is not
 * a valid Target.
 *
 * @example
 * ```ts
 * const d: TargetInvalidDetails = { reason: 'missing-field', field: 'kind' }
 * ```
 */
export interface TargetInvalidDetails {
  /** Why the target is not valid. */
  readonly reason: DataProblem
  /** The field at fault, when one is. */
  readonly field?: string
  /** The value at fault, as text, when one is. */
  readonly value?: string
}

/**
 * The details of `TARGET_UNIT_MISMATCH`: the two sides of a ratio or a range in units that do not compare.
 *
 * @example
 * ```ts
 * const d: TargetUnitMismatchDetails = { part: 'range', first: '件', second: '%' }
 * ```
 */
export interface TargetUnitMismatchDetails {
  /** Which part of the target: the terms of a ratio, or the ends of a range. */
  readonly part: 'ratio' | 'range'
  /** The unit of the first side. */
  readonly first: string
  /** The unit of the second side. */
  readonly second: string
}

/**
 * The details of `ACTUAL_MALFORMED` when the actual value's text cannot be read: what failed in it.
 *
 * @example
 * ```ts
 * const d: ActualUnreadableDetails = { reason: 'unreadable', cause: { code: 'TARGET_MALFORMED', details: { reason: 'number-expected' } } }
 * ```
 */
export interface ActualUnreadableDetails {
  /** The text cannot be read. */
  readonly reason: 'unreadable'
  /** What failed in the text, read with the grammar of targets. */
  readonly cause: TargetTextProblem
}

/**
 * The details of `ACTUAL_MALFORMED` when the actual value's text is empty, or is a range rather than one value.
 *
 * @example
 * ```ts
 * const d: ActualNotOneValueDetails = { reason: 'range' } // "80%-90%"
 * ```
 */
export interface ActualNotOneValueDetails {
  /** Empty text, or a range. */
  readonly reason: 'empty' | 'range'
}

/**
 * The details of `ACTUAL_MALFORMED` when the actual value is data, not text, and not valid.
 *
 * @example
 * ```ts
 * const d: ActualInvalidDataDetails = { reason: 'not-finite', field: 'amount', value: 'Infinity' }
 * ```
 */
export interface ActualInvalidDataDetails {
  /** Why the data is not a valid actual value. */
  readonly reason: DataProblem
  /** The field at fault, when one is. */
  readonly field?: string
  /** The value at fault, as text, when one is. */
  readonly value?: string
}

/**
 * The details of `ACTUAL_MALFORMED`: an actual value that cannot be read, told apart by `reason`.
 *
 * @example
 * ```ts
 * const d: ActualMalformedDetails = { reason: 'empty' }
 * ```
 */
export type ActualMalformedDetails = ActualUnreadableDetails | ActualNotOneValueDetails | ActualInvalidDataDetails

/**
 * The details of `ACTUAL_NOT_COMPARABLE`: an actual value that cannot be judged against its target.
 *
 * @example
 * ```ts
 * const d: ActualNotComparableDetails = { reason: 'units', actual: '12件', target: '≥90%', actualUnit: '件', targetUnit: '%' }
 * ```
 */
export interface ActualNotComparableDetails {
  /** Why the two cannot be compared. */
  readonly reason: ComparisonProblem
  /** The actual value, as text. */
  readonly actual: string
  /** The target, as text. */
  readonly target: string
  /** The actual value's unit, when units are at fault. */
  readonly actualUnit?: string
  /** The target's unit, when units are at fault. */
  readonly targetUnit?: string
}

/**
 * The details of `OPTION_INVALID`: an option that is not what it must be.
 *
 * @example
 * ```ts
 * const d: OptionInvalidDetails = { option: 'year', value: '2024.5', expected: 'integer' }
 * ```
 */
export interface OptionInvalidDetails {
  /** The name of the option. */
  readonly option: string
  /** The value given, as text. */
  readonly value: string
  /** What the value must be. */
  readonly expected: 'non-negative-number' | 'fraction' | 'integer' | 'one-of'
  /** The values allowed, when `expected` is `'one-of'`. */
  readonly allowed?: readonly string[]
}

/**
 * The typed details of every error code. `ErrorCode` is `keyof IssueDetailsByCode`, so a new code cannot exist without
 * its details, and (through the message tables' types) without its zh and en texts.
 *
 * @example
 * ```ts
 * const d: IssueDetailsByCode['QUANTITY_INCOMPATIBLE_UNITS'] = { from: '件', to: '%' }
 * ```
 */
export interface IssueDetailsByCode extends EvaluationIssueDetailsByCode, ScoringIssueDetailsByCode, ReportIssueDetailsByCode, FrameworkIssueDetailsByCode {
  /** The number text is empty (or only spaces). */
  readonly NUMBER_EMPTY: Readonly<Record<never, never>>
  /** No number in the text; `received` is the JS type when the input was not text at all. */
  readonly NUMBER_NOT_FOUND: NumberNotFoundDetails
  /** Number-shaped text that cannot be read. */
  readonly NUMBER_MALFORMED: NumberMalformedDetails
  /** Text after a number that should stand alone. */
  readonly NUMBER_TRAILING_TEXT: NumberTrailingTextDetails
  /** A value that is not a finite number. */
  readonly NUMBER_INVALID_VALUE: NumberInvalidValueDetails
  /** The quantity text is empty. */
  readonly QUANTITY_EMPTY: Readonly<Record<never, never>>
  /** No quantity in the text; `received` is the JS type when the input was not text at all. */
  readonly QUANTITY_NOT_FOUND: QuantityNotFoundDetails
  /** Quantity-shaped text (or an amount) that cannot be read. */
  readonly QUANTITY_MALFORMED: QuantityMalformedDetails
  /** Words after the number that are not a unit. */
  readonly QUANTITY_UNKNOWN_UNIT: QuantityUnknownUnitDetails
  /** Two units of different families. */
  readonly QUANTITY_INCOMPATIBLE_UNITS: QuantityIncompatibleUnitsDetails
  /** The target is empty, or not text; `received` is the JS type. */
  readonly TARGET_EMPTY: TargetEmptyDetails
  /** A comparison a target cannot use (不等于, ≠). */
  readonly TARGET_UNKNOWN_COMPARATOR: TargetUnknownComparatorDetails
  /** Number-shaped text that cannot be read as a target. */
  readonly TARGET_MALFORMED: TargetMalformedDetails
  /** A target that reads, but cannot hold (a ratio over 0), or target data that is not a valid Target. */
  readonly TARGET_INVALID: TargetInvalidDetails
  /** The two sides of a ratio or a range in units that do not compare. */
  readonly TARGET_UNIT_MISMATCH: TargetUnitMismatchDetails
  /** An actual value that cannot be read: its text (with what failed in it), or its data. */
  readonly ACTUAL_MALFORMED: ActualMalformedDetails
  /** An actual value that cannot be judged against its target. */
  readonly ACTUAL_NOT_COMPARABLE: ActualNotComparableDetails
  /** An option that is not what it must be. */
  readonly OPTION_INVALID: OptionInvalidDetails
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

/**
 * The codes of numbers, quantities, targets and actual values: those whose texts are in the core tables (`zh`, `en`).
 * The codes of the indicator tree have a table of their own.
 *
 * @example
 * ```ts
 * const code: CoreErrorCode = 'TARGET_MALFORMED'
 * ```
 */
export type CoreErrorCode = Exclude<ErrorCode, EvaluationErrorCode | ScoringErrorCode | ReportErrorCode | FrameworkErrorCode>
