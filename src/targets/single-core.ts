/**
 * The shortest way through the grammar for a target that is one core and nothing else: "100%", "≥95%", "不低于98%",
 * "90%以上", "约3000平方米", "80-90%", "±3%以内", "保持在70%以上", "不超过千分之二", "1:20". Most targets in real tables are so
 * written (about three phrases in five of the corpus).
 *
 * Given the lexer's tokens, a core alone (comparison words and 约 before one number, or two joined by a dash or a
 * colon, comparison words and 左右 after) is what the full grammar hands to its core with nothing around it, once it has
 * found no leading date, no list, no joiner, no deadline and no subject; this reading checks the same things and hands
 * the same tokens to the same core, skipping the search. Any other sequence of tokens goes to the full grammar. So it
 * changes no reading: `test/targets-one-pass.test.ts` checks it against the full grammar on the corpus and on generated
 * text.
 *
 * @module
 */
import { readsAsOnePart } from './compound.js'
import { isFailure, type ParseContext } from './context.js'
import { parseCore, type Around, type CoreTarget } from './core.js'
import { tryDeadline } from './deadline-target.js'
import { written } from './simple.js'
import type { Token } from './tokens.js'

/** Nothing is written around a lone core. */
const NOTHING_AROUND: Around = /*@__PURE__*/ Object.freeze({ subject: undefined, note: undefined, reference: undefined })

/**
 * Where the reading stands: before the number (a comparison word, 约, ±, 保持在), after the first number, after the link
 * of a range or a ratio, and after the last number (a comparison word, 左右).
 */
const BEFORE = 0
const AFTER_FIRST = 1
const AFTER_LINK = 2
const AFTER_LAST = 3

/** Are the tokens one core and nothing else, in the order a core is written? */
function isLoneCore(tokens: readonly Token[]): boolean {
  let state = BEFORE
  for (const tk of tokens) {
    const t = tk.t
    if (t === 'qty') {
      if (state !== BEFORE && state !== AFTER_LINK) return false
      state = state === BEFORE ? AFTER_FIRST : AFTER_LAST
    } else if (t === 'prefix' || t === 'neutral' || t === 'pm' || (t === 'approx' && tk.before)) {
      if (state !== BEFORE) return false
    } else if (t === 'sep' || t === 'colon') {
      if (state !== AFTER_FIRST) return false
      state = AFTER_LINK
    } else if (t === 'suffix' || t === 'approx') {
      if (state !== AFTER_FIRST && state !== AFTER_LAST) return false
      state = AFTER_LAST
    } else return false
  }
  return state === AFTER_FIRST || state === AFTER_LAST
}

/**
 * @internal Read the tokens of `ctx.text[start, end)` as one core with nothing around it, or return undefined when they
 * are anything else (the full grammar then reads them, and gives every failure).
 */
export function readSingleCore(tokens: readonly Token[], ctx: ParseContext, start: number, end: number): CoreTarget | undefined {
  if (!isLoneCore(tokens) || !readsAsOnePart(tokens, ctx, start, end)) return undefined
  // "零" alone is the word for none, not the number 0
  const only = tokens.length === 1 ? tokens[0] : undefined
  if (only?.t === 'qty' && only.scanned.script === 'chinese' && only.scanned.quantity.amount.isZero() && only.scanned.quantity.unit === '') return undefined
  const own = written(ctx, start, end)
  if (tryDeadline(ctx, start, end, own) !== undefined) return undefined
  const target = parseCore(tokens, own, NOTHING_AROUND)
  return isFailure(target) ? undefined : target
}
