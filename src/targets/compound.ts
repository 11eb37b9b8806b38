/**
 * Targets joined into one: either part enough ("不低于85%或比上年提升不低于5个百分点"), both parts needed ("≥90%且≤100%",
 * "≥95%，无重大安全事故"), and lists read "respectively".
 *
 * @module
 */
import { isFailure, type ParseContext, type Parsed } from './context.js'
import { distribute, readDistributive } from './distributive.js'
import { tryDeadline } from './deadline-target.js'
import { readLeadingDate } from './leading-deadline.js'
import { BY_YEAR_PREFIXES, DEADLINE_FILLERS, RECURRING_WORDS, RELATIVE_YEARS } from './lexicon/deadlines.js'
import { tokenize } from './lexer.js'
import { PUNCTUATION_JOINERS } from './lexicon/structure.js'
import { readQualitative } from './qualitative.js'
import { parseSimple, written } from './simple.js'
import { asWord, hasQuantity, spanOf, type Token } from './tokens.js'
import type { Target } from './types.js'

const PUNCTUATION: ReadonlySet<string> = /*@__PURE__*/ new Set(PUNCTUATION_JOINERS)

/** Is this token a joiner of `mode`? 和/与 join two numbers ("24%和30%") unless 介于 opened a range. */
function isJoiner(tk: Token, mode: 'any' | 'all', ranged: boolean): boolean {
  if (tk.t === 'join') return tk.mode === mode
  return mode === 'all' && tk.t === 'and' && !ranged
}

function splitBy(tokens: readonly Token[], mode: 'any' | 'all'): Token[][] {
  const ranged = tokens.some((tk) => tk.t === 'between')
  const parts: Token[][] = [[]]
  for (const tk of tokens) {
    if (isJoiner(tk, mode, ranged)) parts.push([])
    else (parts[parts.length - 1] as Token[]).push(tk)
  }
  return parts
}

function hasComparison(part: readonly Token[]): boolean {
  return part.some((tk) => tk.t === 'prefix' || tk.t === 'suffix' || tk.t === 'approx')
}

/**
 * A joiner inside a list of names that hold numbers ("引进世界100强、中国100强企业项目不少于2个") joins the names of one
 * subject, not two targets: the part before it ends with a number that compares nothing, and the part after it begins
 * with words and then the same kind of number, inside a name that goes on to the comparison.
 */
function joinsNames(left: readonly Token[], right: readonly Token[]): boolean {
  const last = left[left.length - 1]
  if (last?.t !== 'qty' || hasComparison(left) || right[0]?.t !== 'word') return false
  const inner = right.findIndex((tk) => tk.t === 'qty')
  const named = right[inner]
  if (named?.t !== 'qty' || named.scanned.quantity.unit !== last.scanned.quantity.unit || last.scanned.quantity.unit === '') return false
  return right[inner + 1]?.t === 'word' && hasComparison(right.slice(inner + 1))
}

/** Joiners between parts that are not all number-shaped are words; so are joiners inside a list of names. */
function mergeJoins(tokens: readonly Token[], mode: 'any' | 'all', ctx: ParseContext): Token[] {
  const ranged = tokens.some((tk) => tk.t === 'between')
  const parts = splitBy(tokens, mode)
  if (parts.length === 1) return [...tokens]
  if (parts.every((part) => hasQuantity(part))) {
    if (mode === 'any') return [...tokens]
    // the joiners inside a list of names are words
    const out: Token[] = []
    let p = 0
    for (const tk of tokens) {
      if (isJoiner(tk, mode, ranged)) {
        out.push(joinsNames(parts[p] as Token[], parts[p + 1] as Token[]) ? asWord(tk) : tk)
        p++
      } else out.push(tk)
    }
    return out
  }
  // "90%以上或满意度提升", "≥90%，较上年有所提升": a number and words that say which way, joined by 或/且/，
  const explicit = tokens.every((tk) => tk.t !== 'and' || ranged)
  // 或/且 join any words that say something; a bare comma only words that say which way (提高, 无…), not 通过问卷调查
  const punctuationOnly = tokens.every((tk) => tk.t !== 'join' || PUNCTUATION.has(ctx.text[tk.start] ?? ''))
  const saysSomething = (part: readonly Token[]): boolean => {
    if (part.length === 0) return false
    if (hasQuantity(part)) return true
    // "，且不高于上年": a comparison with words says something, for a person to judge
    if (part.some((tk) => tk.t === 'prefix' && !tk.symbol)) return true
    const direction = readQualitative(ctx.text.slice((part[0] as Token).start, (part[part.length - 1] as Token).end)).direction
    return punctuationOnly ? direction !== 'unknown' && direction !== 'attain' : direction !== 'unknown'
  }
  const filled = parts.filter((p) => p.length > 0)
  if (explicit && filled.some(hasQuantity) && filled.every(saysSomething)) return [...tokens]
  return tokens.map((tk) => (isJoiner(tk, mode, ranged) ? asWord(tk) : tk))
}

function parseAll(tokens: readonly Token[], ctx: ParseContext, start: number, end: number): Parsed<Target> {
  const merged = mergeJoins(tokens, 'all', ctx)
  const parts = splitBy(merged, 'all').filter((p) => p.length > 0)
  if (parts.length <= 1) return parseSimple(merged.map((tk) => (tk.t === 'join' ? asWord(tk) : tk)), ctx, start, end)
  const targets = eachPart(parts, ctx, parseSimple)
  if (isFailure(targets)) return targets
  // a list (、 ， 和) reads a comparison written once for every value; 且, 并 join conditions that each say their own
  const conditions = merged.some((tk) => tk.t === 'join' && !PUNCTUATION.has(ctx.text[tk.start] ?? ''))
  return Object.freeze({ kind: 'all' as const, targets: Object.freeze(conditions ? targets : distribute(targets)), source: written(ctx, start, end) })
}

/** Parse every part with `read`, each over its own span; the first failure stops them. */
function eachPart(parts: readonly (readonly Token[])[], ctx: ParseContext, read: (tokens: readonly Token[], ctx: ParseContext, start: number, end: number) => Parsed<Target>): Parsed<Target[]> {
  const targets: Target[] = []
  for (const p of parts) {
    const span = spanOf(p)
    const part = read(p, ctx, span.start, span.end)
    if (isFailure(part)) return part
    targets.push(part)
  }
  return targets
}

const NUMERIC_LEFT: ReadonlySet<string> = /*@__PURE__*/ new Set(['qty', 'suffix', 'approx', 'paren'])
const NUMERIC_RIGHT: ReadonlySet<string> = /*@__PURE__*/ new Set(['qty', 'prefix', 'approx', 'neutral', 'pm'])

/** 和 and 与 join numbers ("24%和30%") and the two ends of 介于; between words ("办法和所需时间") they are words. */
function andsAsWords(tokens: readonly Token[]): readonly Token[] {
  if (!tokens.some((tk) => tk.t === 'and')) return tokens
  const out: Token[] = []
  for (let k = 0; k < tokens.length; k++) out.push(andAt(tokens, out, k))
  return out
}

/** The token at `k`, a 和 decided by what stands around it (`out` holds the decisions before it: "和美乡村" is a word). */
function andAt(tokens: readonly Token[], out: readonly Token[], k: number): Token {
  {
    const tk = tokens[k] as Token
    if (tk.t !== 'and') return tk
    const before = tokens[k - 1]
    const after = tokens[k + 1]
    if (before === undefined || after === undefined) return asWord(tk)
    // "新建10个乡镇和50个村": a number in the part before, and a number right after, are two counts
    if (!NUMERIC_LEFT.has(before.t)) return NUMERIC_RIGHT.has(after.t) && numberSinceJoin(out, k) ? tk : asWord(tk)
    if (NUMERIC_RIGHT.has(after.t)) return tk
    // "中转箱10个及监控系统一套": a number before, and a name with its own number after
    for (let j = k + 1; j < tokens.length; j++) {
      const next = tokens[j] as Token
      if (next.t === 'qty') return tk
      if (next.t !== 'word' && next.t !== 'paren') break
    }
    return asWord(tk)
  }
}

/** Is there a number between the last joiner before `k` and `k`? */
function numberSinceJoin(tokens: readonly Token[], k: number): boolean {
  for (let j = k - 1; j >= 0; j--) {
    const tk = tokens[j] as Token
    if (tk.t === 'join' || tk.t === 'and') return false
    if (tk.t === 'qty') return true
  }
  return false
}

/**
 * @internal Would {@link build} read these tokens of `[start, end)` as they are, as one part? Not when a date may lead
 * the text, a word of repetition opens it, or it is a list read "respectively" (which `readDistributive` reads, or
 * refuses). The short ways through the grammar (`single-core.ts`, `words-only.ts`) ask this first.
 */
export function readsAsOnePart(tokens: readonly Token[], ctx: ParseContext, start: number, end: number): boolean {
  const text = ctx.text
  if (mayLeadWithDate(text, start) || startsRecurring(text, start)) return false
  return !hasListMark(text, start, end) || readDistributive(tokens, ctx, start, end) === undefined
}

/** @internal Parse the tokens of `[start, end)`: a leading date, a list read "respectively", a compound, or one target. */
export function build(tokensIn: readonly Token[], ctx: ParseContext, start: number, end: number): Parsed<Target> {
  const tokens = andsAsWords(tokensIn)
  const leading = mayLeadWithDate(ctx.text, start) ? readLeadingDate(ctx, start, end) : undefined
  if (leading !== undefined) {
    const rest = andsAsWords(tokenize(ctx.text, leading.rest, end))
    if (rest.length > 0 && !(rest.length === 1 && rest[0]?.t === 'word' && tryWholeDeadline(ctx, start, end))) {
      const read = buildParts(rest, ctx, (rest[0] as Token).start, end)
      if (!isFailure(read) && read.kind !== 'qualitative' && read.kind !== 'deadline') {
        const parts = read.kind === 'all' ? read.targets : [read]
        return Object.freeze({ kind: 'all' as const, targets: Object.freeze([leading.deadline, ...parts]), source: written(ctx, start, end) })
      }
      if (!isFailure(read) && read.kind === 'qualitative' && read.direction !== 'unknown') {
        return Object.freeze({ kind: 'all' as const, targets: Object.freeze([leading.deadline, read]), source: written(ctx, start, end) })
      }
    }
  }
  return recurring(buildParts(tokens, ctx, start, end), ctx, start, end)
}

const RECURRING_DATE = /\d{1,2}[日号]前|\d{1,2}[日号]之前|[日号]以前|月底|月末|上旬|中旬|下旬/

/** Does the text at `start` open with a word of repetition ("每年", "每月")? */
function startsRecurring(text: string, start: number): boolean {
  const first = text.charCodeAt(start)
  return RECURRING_WORDS.some((w) => w.charCodeAt(0) === first && text.startsWith(w, start))
}

/** "每年3月、9月份发放": dates after a word of repetition are a schedule, read as "on schedule" with the words kept. */
function recurring(read: Parsed<Target>, ctx: ParseContext, start: number, end: number): Parsed<Target> {
  if (isFailure(read) || !startsRecurring(ctx.text, start)) return read
  const dates = read.kind === 'deadline' || (read.kind === 'all' && read.targets.every((t) => t.kind === 'deadline'))
  // "每月10日前", "每月15日前完成上月数据上报": a day of every month is a date too, never a count of days
  if (!dates && !RECURRING_DATE.test(ctx.text.slice(start, end))) return read
  const source = written(ctx, start, end)
  return Object.freeze({ kind: 'deadline' as const, due: null, source, note: source })
}

/** Is the whole text one deadline ("2024年底前完成")? Then no date is split off it. */
function tryWholeDeadline(ctx: ParseContext, start: number, end: number): boolean {
  return tryDeadline(ctx, start, end, written(ctx, start, end)) !== undefined
}

/** The first characters of the words that open a leading date (到, 截至, 今年, 力争 …), from the lexicon. */
const OPENING_CHARACTERS: ReadonlySet<number> = /*@__PURE__*/ new Set([...BY_YEAR_PREFIXES, ...RELATIVE_YEARS, ...DEADLINE_FILLERS].map((w) => w.charCodeAt(0)))

/** Could a leading date start here: four digits and 年 (checked by hand), or the first character of an opening word? */
function mayLeadWithDate(text: string, start: number): boolean {
  const code = text.charCodeAt(start)
  if (code >= 48 && code <= 57) {
    if (code !== 49 && code !== 50) return false
    for (let k = 1; k < 4; k++) {
      const c = text.charCodeAt(start + k)
      if (c < 48 || c > 57) return false
    }
    return text[start + 4] === '年'
  }
  return OPENING_CHARACTERS.has(code)
}

/** A list read respectively needs a distributive word or a 、 between names. */
function hasListMark(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const ch = text[i]
    if (ch === '、' || ch === '分' || ch === '各' || ch === '均' || ch === '都') return true
  }
  return false
}

function buildParts(tokens: readonly Token[], ctx: ParseContext, start: number, end: number): Parsed<Target> {
  const list = hasListMark(ctx.text, start, end) ? readDistributive(tokens, ctx, start, end) : undefined
  if (list !== undefined) return list
  // most targets join nothing: skip the compound machinery
  if (!tokens.some((tk) => tk.t === 'join' || tk.t === 'and')) return parseSimple(tokens, ctx, start, end)
  const merged = mergeJoins(tokens, 'any', ctx)
  const parts = splitBy(merged, 'any').filter((p) => p.length > 0)
  if (parts.length <= 1) return parseAll(merged.map((tk) => (tk.t === 'join' && tk.mode === 'any' ? asWord(tk) : tk)), ctx, start, end)
  const targets = eachPart(parts, ctx, parseAll)
  if (isFailure(targets)) return targets
  return Object.freeze({ kind: 'any' as const, targets: Object.freeze(targets), source: written(ctx, start, end) })
}
