/**
 * The tokens of the target grammar, as the lexer makes them.
 *
 * @module
 */
import type { ScannedQuantity } from '../quantities/scan-quantity.js'
import type { Comparator } from './types.js'
import type { NumberProblem } from '../messages/issue-details.js'

/** @internal A token of the target grammar: a span of the text and what it is. */
export type Token =
  | { readonly t: 'qty'; readonly start: number; readonly end: number; readonly scanned: ScannedQuantity }
  | { readonly t: 'prefix'; readonly start: number; readonly end: number; readonly op: Comparator; readonly symbol: boolean; readonly reach?: true }
  | { readonly t: 'suffix'; readonly start: number; readonly end: number; readonly op: Comparator }
  | { readonly t: 'approx'; readonly start: number; readonly end: number; readonly before: boolean }
  | { readonly t: 'neutral'; readonly start: number; readonly end: number }
  | { readonly t: 'sep'; readonly start: number; readonly end: number }
  | { readonly t: 'colon'; readonly start: number; readonly end: number }
  | { readonly t: 'between'; readonly start: number; readonly end: number }
  | { readonly t: 'and'; readonly start: number; readonly end: number }
  | { readonly t: 'close'; readonly start: number; readonly end: number }
  | { readonly t: 'pm'; readonly start: number; readonly end: number }
  | { readonly t: 'paren'; readonly start: number; readonly end: number; readonly inner: string }
  | { readonly t: 'join'; readonly start: number; readonly end: number; readonly mode: 'any' | 'all' }
  | { readonly t: 'word'; readonly start: number; readonly end: number }
  | { readonly t: 'junk'; readonly start: number; readonly end: number; readonly problem?: NumberProblem; readonly text?: string; readonly word?: string }
  | { readonly t: 'unequal'; readonly start: number; readonly end: number }

/** @internal The kind of a token. */
export type TokenKind = Token['t']

/** @internal A token of one kind. */
export type TokenOf<K extends TokenKind> = Token & { readonly t: K }

/** @internal Does any token hold a number? */
export function hasQuantity(tokens: readonly Token[]): boolean {
  for (const tk of tokens) if (tk.t === 'qty') return true
  return false
}

/** @internal The span from the first token to the last. */
export function spanOf(tokens: readonly Token[]): { start: number; end: number } {
  return { start: (tokens[0] as Token).start, end: (tokens[tokens.length - 1] as Token).end }
}

/** @internal The token as a plain word (a joiner inside words, a number inside a name). */
export function asWord(tk: Token): Token {
  return { t: 'word', start: tk.start, end: tk.end }
}
