/**
 * The lexer's second pass: decide what the first pass could not see from one character — whether a minus is a sign,
 * whether a Chinese numeral is a number or part of a name, and what a rate per a number is ("每5万人2个").
 *
 * @module
 */
import { makeQuantity } from '../quantities/quantity.js'
import { CHANGE_WORDS } from './lexicon/comparators.js'
import type { Token, TokenKind } from './tokens.js'
import { endsWithAny } from './word-at.js'

const CONTEXT_BEFORE: ReadonlySet<TokenKind> = /*@__PURE__*/ new Set<TokenKind>(['prefix', 'neutral', 'approx', 'sep', 'between', 'colon', 'pm', 'and'])
const CONTEXT_AFTER: ReadonlySet<TokenKind> = /*@__PURE__*/ new Set<TokenKind>(['suffix', 'approx', 'sep', 'colon', 'close', 'paren', 'and'])


/** Is the minus at `k` a sign ("-5%", "≥-2%", "增长-2%") rather than a range separator ("完成率-100%" is a name and a dash)? */
function isSign(out: readonly Token[], token: Token, next: Token | undefined, source: string): boolean {
  if (token.t !== 'sep' || source[token.start] !== '-' || next?.t !== 'qty' || next.start !== token.end) return false
  const previous = out[out.length - 1]
  if (previous === undefined) return true
  if (previous.t === 'word') return endsWithAny(source.slice(previous.start, previous.end), CHANGE_WORDS)
  return previous.t !== 'qty' && previous.t !== 'paren' && !(previous.t === 'suffix' && out[out.length - 2]?.t === 'qty')
}

/**
 * Is a number in Chinese numerals a number here? Comparison words, a share word or the whole text make it one
 * ("不低于九成", "一座"); inside words it is part of them ("一村一法律顾问", "进一步"). A numeral with its measure word at
 * the very end of a phrase that a comparison word opened is a number too ("至少新建一座").
 */
function isNumberHere(tokens: readonly Token[], k: number, previous: Token | undefined, next: Token | undefined): boolean {
  if (previous !== undefined && CONTEXT_BEFORE.has(previous.t)) return true
  if (next !== undefined && CONTEXT_AFTER.has(next.t)) return true
  if (previous === undefined && next === undefined) return true
  const token = tokens[k] as Token & { t: 'qty' }
  // the end of a part of a list ("…中转箱10个及监控系统一套"): a numeral with its measure word is a count
  if ((next === undefined || next.t === 'join') && token.scanned.quantity.unit !== '' && tokens.some((tk, j) => j !== k && tk.t === 'qty')) return true
  if (next === undefined && token.scanned.quantity.unit !== '') {
    for (let j = k - 1; j >= 0; j--) {
      const tk = tokens[j] as Token
      if (tk.t === 'prefix' && !tk.symbol) return true
      if (tk.t !== 'word') break
    }
  }
  return false
}

/** Is there anything for the second pass to decide: a dash, a number in Chinese numerals, two numbers or words side by side? */
function needsRefining(tokens: readonly Token[], source: string): boolean {
  for (let k = 0; k < tokens.length; k++) {
    const tk = tokens[k] as Token
    if (tk.t === 'sep' && source[tk.start] === '-') return true
    if (tk.t === 'qty' && (tk.scanned.script === 'chinese' || tokens[k + 1]?.t === 'qty')) return true
    if (tk.t === 'word' && tokens[k + 1]?.t === 'word') return true
  }
  return false
}

/**
 * @internal The second pass over the tokens of `source`: signs, numerals inside names, rates per a number, and words
 * that run together.
 */
export function refine(tokens: readonly Token[], source: string): Token[] {
  if (!needsRefining(tokens, source)) return tokens as Token[]
  const out: Token[] = []
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k] as Token
    const next = tokens[k + 1]
    const previous = out[out.length - 1]
    if (isSign(out, token, next, source) && next?.t === 'qty') {
      const q = next.scanned.quantity
      const scanned = { ...next.scanned, start: token.start, quantity: makeQuantity(q.amount.negated(), q.unit) }
      out.push({ t: 'qty', start: token.start, end: next.end, scanned })
      k++
      continue
    }
    // "每5万人2个": 2 个 per 5 万人, a density
    if (token.t === 'qty' && next?.t === 'qty' && next.start === token.end && previous?.t === 'word' && source[previous.end - 1] === '每' && token.scanned.quantity.unit !== '' && next.scanned.quantity.unit !== '') {
      const per = source.slice(token.start, token.end)
      const q = next.scanned.quantity
      const from = previous.end - 1
      const scanned = { ...next.scanned, start: from, quantity: makeQuantity(q.amount, `${q.unit}/${per}`) }
      if (previous.end - previous.start === 1) out.pop()
      else out[out.length - 1] = { t: 'word', start: previous.start, end: from }
      out.push({ t: 'qty', start: from, end: next.end, scanned })
      k++
      continue
    }
    if (token.t === 'qty' && token.scanned.script === 'chinese' && token.scanned.form === 'number' && !isNumberHere(tokens, k, previous, next)) {
      if (previous?.t === 'word' && previous.end === token.start) out[out.length - 1] = { t: 'word', start: previous.start, end: token.end }
      else out.push({ t: 'word', start: token.start, end: token.end })
      continue
    }
    if (token.t === 'word' && previous?.t === 'word' && previous.end === token.start) {
      out[out.length - 1] = { t: 'word', start: previous.start, end: token.end }
      continue
    }
    out.push(token)
  }
  return out
}
