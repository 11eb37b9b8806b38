/**
 * The shortest way through the grammar for a target written in words only: "有效提升", "符合相关规定", "按期完成", "优良".
 * About one phrase in six of real tables.
 *
 * A text the lexer makes one word of holds no number and no word of the grammar; the full grammar then tries it as a
 * deadline and reads it as words, once it has found no leading date and no list. This reading checks the same things
 * and does exactly that. It changes no reading: `test/targets-one-pass.test.ts` checks it against the full grammar.
 *
 * @module
 */
import { readsAsOnePart } from './compound.js'
import type { ParseContext } from './context.js'
import { tryDeadline } from './deadline-target.js'
import { qualitativeTarget } from './qualitative.js'
import { written } from './simple.js'
import type { Token } from './tokens.js'
import type { AllTarget, DeadlineTarget, QualitativeTarget } from './types.js'

/**
 * @internal Read the tokens of `ctx.text[start, end)` when they are one word, as the full grammar reads one word: a
 * deadline in words ("按期完成", "上半年") or a target in words; undefined for any other tokens.
 */
export function readWordsOnly(tokens: readonly Token[], ctx: ParseContext, start: number, end: number): QualitativeTarget | DeadlineTarget | AllTarget | undefined {
  if (tokens.length !== 1 || tokens[0]?.t !== 'word' || !readsAsOnePart(tokens, ctx, start, end)) return undefined
  const own = written(ctx, start, end)
  return tryDeadline(ctx, start, end, own) ?? qualitativeTarget(own)
}
