/**
 * A failure of number-shaped text, as data: where it is, why, and the words at fault; the message tables give its texts.
 *
 * @module
 */
import { own } from '../own.js'
import type { NumberProblem } from '../messages/issue-details.js'

/** @internal Why text at a position is number-shaped but unreadable. */
export interface ScanFailure {
  readonly ok: false
  readonly code: 'NUMBER_MALFORMED'
  readonly start: number
  readonly end: number
  /** Why the text is not a number. */
  readonly reason: NumberProblem
  /** The number-shaped text at fault. */
  readonly text: string
  /** The word at fault, where one is (万 in "一万二万"). */
  readonly word?: string
}

/** @internal The details of a failure, for its issue. */
export function scanDetails(f: ScanFailure): { readonly text: string; readonly reason: NumberProblem; readonly word?: string } {
  return f.word === undefined ? { text: f.text, reason: f.reason } : { text: f.text, reason: f.reason, word: f.word }
}

/** @internal A failure of number-shaped text, as data: the message tables give its words. */
export function failure(start: number, end: number, reason: NumberProblem, text: string, word?: string): ScanFailure {
  return word === undefined ? { ok: false, code: 'NUMBER_MALFORMED', start, end, reason, text } : { ok: false, code: 'NUMBER_MALFORMED', start, end, reason, text, word }
}


/** @internal Is this a failure (an own `ok: false`, whatever Object.prototype holds)? */
export function isScanFailure(value: object): value is ScanFailure {
  return own(value as { ok?: unknown }, 'ok') === false
}
