/**
 * The one-pass reading of a target written in words only: "有效提升", "符合相关规定", "按期完成", "优良". About one
 * phrase in six of real tables.
 *
 * A text of Chinese characters none of which starts a word of the grammar (a comparison, a joiner, a numeral, 超, 负)
 * is one word to the full lexer; the full grammar then tries it as a deadline and reads it as words. This reader walks
 * the text once with the lexer's own character table and lexicon, and does exactly that; any other text (a digit, a
 * space, a lexicon word, a list, a leading date) goes to the full lexer and grammar. It changes no reading:
 * `test/targets-one-pass.test.ts` checks it against the full grammar.
 *
 * @module
 */
import { isCjk } from '../numbers/characters.js'
import { hasListMark, mayLeadWithDate, startsRecurring } from './compound.js'
import type { ParseContext } from './context.js'
import { tryDeadline } from './deadline-target.js'
import { readDistributive } from './distributive.js'
import { startsNumber } from './lexer.js'
import { readFraction } from './lexer-marks.js'
import { BOUND, characterTable, lexiconAt, MINUS } from './lexer-words.js'
import { WORDS_ENDING_IN_REACH } from './lexicon/comparators.js'
import { qualitativeTarget } from './qualitative.js'
import { written } from './simple.js'
import type { Token } from './tokens.js'
import type { AllTarget, DeadlineTarget, QualitativeTarget } from './types.js'

/** Is `text[start, end)` one word to the full lexer: Chinese characters that start nothing of the grammar? */
function isOneWord(text: string, start: number, end: number): boolean {
  const table = characterTable()
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i)
    if (!isCjk(code)) return false
    const flags = table[code - 0x4e00] as number
    if (flags === 0) continue
    if ((flags & (BOUND | MINUS)) !== 0) return false
    // a numeral or a leading 半 starts a number; 三分之二 is a fraction
    if (startsNumber(text, i, code, i > start) || readFraction(text, i) !== undefined) return false
    // 下达, 抵达: a 达 that ends a word is part of it; any other lexicon word is a token of its own
    if (text[i] === '达' && i > 0 && WORDS_ENDING_IN_REACH.some((w) => text.startsWith(w, i - 1))) continue
    if (lexiconAt(text, i) !== undefined) return false
  }
  return true
}

/**
 * @internal Read `ctx.text[start, end)` when it is words only, as the full grammar reads one word: a deadline in words
 * ("按期完成", "上半年") or a target in words; undefined for any other text.
 */
export function readWordsOnly(ctx: ParseContext, start: number, end: number): QualitativeTarget | DeadlineTarget | AllTarget | undefined {
  const text = ctx.text
  if (!isOneWord(text, start, end) || mayLeadWithDate(text, start) || startsRecurring(text, start)) return undefined
  // a list read "respectively" is the full grammar's to read (or refuse)
  if (hasListMark(text, start, end)) {
    const tokens: readonly Token[] = [{ t: 'word', start, end }]
    if (readDistributive(tokens, ctx, start, end) !== undefined) return undefined
  }
  const own = written(ctx, start, end)
  return tryDeadline(ctx, start, end, own) ?? qualitativeTarget(own)
}
