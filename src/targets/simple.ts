/**
 * One target without joiners: a deadline, a target in words, or one core with its subject before it and its note
 * after it ("结转率(结转数/预算数)≤10%到位"), and a lower and an upper bound of one measure ("80%以上90%以下").
 *
 * @module
 */
import { own as ownField } from '../own.js'
import { copyWith } from '../copy.js'
import { isCjk } from '../numbers/characters.js'
import { adoptUnit, areUnitsCompatible } from '../quantities/convert.js'
import { fail, isFailure, type ParseContext, type Parsed } from './context.js'
import { parseCore, type Around, type CoreTarget } from './core.js'
import { scanDeadline } from './deadline.js'
import { deadlineTarget, tryDeadline } from './deadline-target.js'
import { GLUED_PREFIXES, GOVERNED_VERB_LENGTH, NAME_ENDINGS, REFERENCE_MARK, REFERENCE_VERBS } from './lexicon/comparators.js'
import { DISTRIBUTIVE_WORDS } from './lexicon/structure.js'
import { DEADLINE_IN_SUBJECT } from './lexicon/deadlines.js'
import { qualitativeTarget } from './qualitative.js'
import { hasQuantity, type Token, type TokenKind } from './tokens.js'
import type { AllTarget, Comparator, CompareTarget, Target } from './types.js'
import { endsWithAny, wordAt } from './word-at.js'

const CORE_LEFT: ReadonlySet<TokenKind> = /*@__PURE__*/ new Set<TokenKind>(['prefix', 'approx', 'neutral', 'between', 'pm', 'qty', 'sep', 'colon', 'and', 'paren'])
const LEADING_LINKS: ReadonlySet<TokenKind> = /*@__PURE__*/ new Set<TokenKind>(['paren', 'sep', 'and', 'colon'])
const CORE_RIGHT: ReadonlySet<TokenKind> = /*@__PURE__*/ new Set<TokenKind>(['suffix', 'approx', 'paren', 'close', 'sep', 'qty', 'colon', 'and'])

function isSymbolicJunk(ctx: ParseContext, tk: Token): boolean {
  if (tk.t === 'prefix') return tk.symbol
  if (tk.t !== 'junk') return false
  const ch = ctx.text[tk.start] ?? ''
  // '|' is a line break between two digits ("1\n5%"): never a name, never a space
  return ownField(tk, 'problem') !== undefined || ch === '%' || ch === '‰' || ch === '‱' || ch === '≠' || ch === '.' || ch === '|' || (ch >= '0' && ch <= '9')
}

/** A junk token as its failure: the number problem the lexer found in it, or a symbol it cannot read. */
function junkFailure(tk: Token, reason: 'unreadable-symbol' | 'missing-number', ctx: ParseContext): Parsed<never> {
  const problem = tk.t === 'junk' ? ownField(tk, 'problem') : undefined
  if (tk.t === 'junk' && problem !== undefined) return fail('TARGET_MALFORMED', tk, { reason: problem, word: ownField(tk, 'word') ?? ownField(tk, 'text') ?? ctx.source.slice(tk.start, tk.end) })
  return fail('TARGET_MALFORMED', tk, reason === 'missing-number' ? { reason, word: ctx.source.slice(tk.start, tk.end) } : { reason })
}

/** One comparison gives a lower bound and the other an upper one, of quantities that compare. */
function areBounds(a: CompareTarget, b: CompareTarget): boolean {
  if (a.op === null || b.op === null || a.op === '=' || b.op === '=') return false
  const lower = (op: Comparator): boolean => op === '>=' || op === '>'
  return lower(a.op) !== lower(b.op) && areUnitsCompatible(adoptUnit(a.value, b.value.unit).unit, adoptUnit(b.value, a.value.unit).unit)
}



/** The benchmark of a share written "…完成X的": the words after the last verb, up to 的; the words before it stay the subject. */
function benchmark(subject: string): { subject: string; reference: string } | undefined {
  let at = -1
  let verb = ''
  for (const v of REFERENCE_VERBS) {
    const k = subject.lastIndexOf(v)
    if (k > at || (k === at && v.length > verb.length)) {
      at = k
      verb = v
    }
  }
  const reference = (at < 0 ? subject : subject.slice(at + verb.length)).slice(0, -REFERENCE_MARK.length).trim()
  if (reference.length < 2) return undefined
  return { subject: at < 0 ? '' : subject.slice(0, at).trim(), reference }
}

/** After the core: words, then a comparison word (not one of reaching), then words only, with no number. */
function comparesWithWords(tokens: readonly Token[], right: number, ctx: ParseContext): boolean {
  let k = right + 1
  if (tokens[k]?.t !== 'word') return false
  while (tokens[k]?.t === 'word') k++
  const tk = tokens[k]
  if (tk?.t !== 'prefix' || tk.symbol || ownField(tk, 'reach') === true || tk.op === '=') return false
  const rest = tokens.slice(k + 1)
  return rest.length > 0 && rest.every((r) => r.t === 'word') && written(ctx, (rest[0] as Token).start, (rest[rest.length - 1] as Token).end).length >= 2
}

function start0(tokens: readonly Token[]): number {
  return (tokens[0] as Token).start
}

/** @internal The text of `[start, end)` as written, trimmed. */
export function written(ctx: ParseContext, start: number, end: number): string {
  return ctx.source.slice(start, end).trim()
}

/**
 * A comparison word before a noun phrase still governs the number ("不低于中央投资30%"), and so does one after a name
 * when a benchmark stands between ("全市社区数量达到全省平均的80%": at least 80% of 全省平均) — but not one out of an
 * indicator's name ("不到位问题整改率100%", "达标率100%").
 */
function governing(tokens: readonly Token[], left: number, subject: string, ctx: ParseContext, coreStart: number): { k: number; subject: string; reference?: string } | undefined {
  if (endsWithAny(subject, NAME_ENDINGS)) return undefined
  for (let k = left - 1; k >= 0; k--) {
    const tk = tokens[k] as Token
    if (tk.t === 'word' || tk.t === 'paren') continue
    if (tk.t !== 'prefix' || tk.symbol || tk.op === '=' || wordAt(ctx.text, tk.start, GLUED_PREFIXES) !== undefined) return undefined
    const between = written(ctx, tk.end, coreStart)
    const reference = between.length > REFERENCE_MARK.length && between.endsWith(REFERENCE_MARK) ? between.slice(0, -REFERENCE_MARK.length).trim() : undefined
    if (k === 0) return reference === undefined ? { k, subject: between } : { k, subject: '', reference }
    // after a name, with a benchmark that ends with 的 ("达到全省平均的80%"), or a short verb ("至少办1所")
    if (reference !== undefined) return { k, subject: written(ctx, start0(tokens), tk.start), reference }
    if (between.length <= GOVERNED_VERB_LENGTH && !endsWithAny(between, NAME_ENDINGS)) return { k, subject: written(ctx, start0(tokens), tk.start) }
    return undefined
  }
  return undefined
}

/** @internal Parse one target of `tokens`, the text `[start, end)`; `twoSided` looks for "80%以上90%以下". */
export function parseSimple(tokens: readonly Token[], ctx: ParseContext, start: number, end: number, twoSided = true): Parsed<Target> {
  const own = written(ctx, start, end)
  const unequal = tokens.find((tk) => tk.t === 'unequal')
  if (unequal !== undefined && hasQuantity(tokens)) return fail('TARGET_UNKNOWN_COMPARATOR', unequal, { word: ctx.source.slice(unequal.start, unequal.end) })
  const deadline = tryDeadline(ctx, start, end, own)
  if (deadline !== undefined) return deadline

  let last = -1
  for (let k = tokens.length - 1; k >= 0; k--) {
    if ((tokens[k] as Token).t === 'qty') {
      last = k
      break
    }
  }
  // "零" alone is the word for none, not the number 0
  const only = tokens[0]
  if (tokens.length === 1 && only?.t === 'qty' && only.scanned.script === 'chinese' && only.scanned.quantity.amount.isZero() && only.scanned.quantity.unit === '') return qualitativeTarget(own)
  if (last < 0) {
    // "抵达现场时间≤辖区平均标准": compared with words, not a number: a target in words
    const hasWords = tokens.some((tk) => tk.t === 'word')
    const bad = tokens.find((tk) => (tk.t === 'prefix' ? tk.symbol && !hasWords : isSymbolicJunk(ctx, tk)) || tk.t === 'colon' || tk.t === 'pm')
    if (bad !== undefined) return junkFailure(bad, 'missing-number', ctx)
    return qualitativeTarget(own)
  }
  let left = last
  while (left > 0 && CORE_LEFT.has((tokens[left - 1] as Token).t)) {
    // "大于80%小于90%": a comparison word after a number begins a second comparison
    if ((tokens[left - 1] as Token).t === 'qty' && (tokens[left] as Token).t === 'prefix') break
    left--
  }
  let right = last
  while (right + 1 < tokens.length && CORE_RIGHT.has((tokens[right + 1] as Token).t)) {
    const next = tokens[right + 1] as Token
    const linking = next.t === 'sep' || next.t === 'colon' || next.t === 'and'
    if (linking && tokens[right + 2]?.t !== 'qty') break
    right++
  }
  // the core begins with what a target can begin with (a note in brackets belongs to the subject)
  while (left < last && LEADING_LINKS.has((tokens[left] as Token).t)) left++
  // "25至59岁人口调查失业率低于整体失业水平": a comparison with words after the number: the number was in a name, and the
  // target compares with words a person must look up
  if (comparesWithWords(tokens, right, ctx)) return qualitativeTarget(own)
  for (let k = right + 1; k < tokens.length; k++) {
    const tk = tokens[k] as Token
    const wordLike =
      tk.t === 'word' || tk.t === 'paren' || tk.t === 'neutral' || tk.t === 'and' || tk.t === 'close' ||
      (tk.t === 'prefix' && !tk.symbol) || (tk.t === 'sep' && isCjk(ctx.text.charCodeAt(tk.start)))
    if (!wordLike) return tk.t === 'junk' && ownField(tk, 'problem') !== undefined ? junkFailure(tk, 'unreadable-symbol', ctx) : fail('TARGET_MALFORMED', tk, { reason: 'unreadable-text' })
  }
  const coreStart = (tokens[left] as Token).start
  const coreEnd = (tokens[right] as Token).end
  let subject = written(ctx, start, coreStart)
  let reference: string | undefined
  const note = written(ctx, coreEnd, end)
  const core = tokens.slice(left, right + 1)
  if (!core.some((tk) => tk.t === 'prefix' || tk.t === 'suffix')) {
    const governs = governing(tokens, left, subject, ctx, coreStart)
    if (governs !== undefined) {
      core.unshift(tokens[governs.k] as Token)
      subject = governs.subject
      reference = ownField(governs, 'reference')
    }
  }
  // "80%以上90%以下", "大于80%小于90%": a lower and an upper bound of one measure, both must hold
  const before = tokens.slice(0, left)
  const lastBefore = before[before.length - 1]
  if (twoSided && lastBefore !== undefined && (lastBefore.t === 'suffix' || lastBefore.t === 'qty') && hasQuantity(before)) {
    const firstPart = parseSimple(before, ctx, start, lastBefore.end, false)
    const second = parseCore(core, written(ctx, coreStart, end), { subject: undefined, note: note === '' ? undefined : note, reference: undefined })
    if (!isFailure(firstPart) && !isFailure(second) && firstPart.kind === 'compare' && second.kind === 'compare' && areBounds(firstPart, second)) {
      return Object.freeze({ kind: 'all' as const, targets: Object.freeze([firstPart, second]), source: own })
    }
  }
  for (let k = 0; k < left; k++) {
    const tk = tokens[k] as Token
    if (isSymbolicJunk(ctx, tk) && !core.includes(tk)) return junkFailure(tk, 'unreadable-symbol', ctx)
  }
  // "完成全年900万人目标的77%", "已完成工程量的80%": a share of a benchmark, with no comparison word
  if (reference === undefined && subject.endsWith(REFERENCE_MARK) && !core.some((tk) => tk.t === 'prefix')) {
    const named = benchmark(subject)
    if (named !== undefined) {
      subject = named.subject
      reference = named.reference
    }
  }
  // "各旗区长热线办结率均达到80%": a word of "each" with one subject says nothing more
  for (const word of DISTRIBUTIVE_WORDS) if (subject.length > word.length && subject.endsWith(word)) subject = subject.slice(0, -word.length).trimEnd()
  const around: Around = { subject: subject === '' ? undefined : subject, note: note === '' ? undefined : note, reference }
  const target = parseCore(core, own, around)
  if (isFailure(target)) return target
  return withLeadingDeadline(target, ctx, start, coreStart, end, subject) ?? target
}

/**
 * "12月底前100%到位", "2024年底前农村覆盖率达到90%以上": a deadline written before the number is a second condition;
 * the words between it and the number are the subject of the number.
 */
function withLeadingDeadline(target: CoreTarget, ctx: ParseContext, start: number, coreStart: number, end: number, subject: string): AllTarget | undefined {
  if (subject === '' || !DEADLINE_IN_SUBJECT.test(subject)) return undefined
  const deadline = tryDeadline(ctx, start, coreStart, subject)
  const rest = copyWith(target as { subject?: string; source: string }, {}, 'subject')
  if (deadline !== undefined && deadline.kind === 'deadline' && ownField(deadline, 'subject') === undefined) {
    rest.source = written(ctx, coreStart, end)
    return Object.freeze({ kind: 'all' as const, targets: Object.freeze([deadline, Object.freeze(rest) as unknown as Target]), source: written(ctx, start, end) })
  }
  // the deadline reads a condition in words after the date: those words name what the number measures
  const scanned = scanDeadline(ctx.text.slice(0, coreStart), start, ctx.year)
  const conditionStart = scanned === undefined ? undefined : ownField(scanned, 'conditionAt')
  if (scanned === undefined || conditionStart === undefined) return undefined
  const dateText = written(ctx, start, conditionStart)
  const date = deadlineTarget(scanned, dateText, undefined)
  rest.subject = written(ctx, conditionStart, coreStart)
  rest.source = written(ctx, conditionStart, end)
  return Object.freeze({ kind: 'all' as const, targets: Object.freeze([date, Object.freeze(rest) as unknown as Target]), source: written(ctx, start, end) })
}
