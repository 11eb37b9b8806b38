/**
 * Lists read "respectively" or "each": "甲率、乙率和丙率分别控制在2.5‰、4‰和7.2‰以下" is one bound per subject, "甲率、乙率
 * 均达到95%" the one bound for each; "分别不低于24%和30%" (no subjects written) two bounds. A list whose subjects and
 * values differ in number cannot be paired: a coded error, never a guess.
 *
 * @module
 */
import { lookup, own } from '../own.js'
import { isCjk } from '../numbers/characters.js'
import { copyWith } from '../copy.js'
import { fail, isFailure, type ParseContext, type Parsed } from './context.js'
import { NAME_ENDINGS } from './lexicon/comparators.js'
import { BRACKETS, CLAUSE_SEPARATORS, DISTRIBUTIVE_LINKS, DISTRIBUTIVE_WORDS, ENUMERATORS, SUBJECT_SEPARATORS, TITLE_BRACKETS } from './lexicon/structure.js'
import { parseSimple, written } from './simple.js'
import { hasQuantity, spanOf, type Token, type TokenKind } from './tokens.js'
import type { AllTarget, CompareTarget, Target } from './types.js'
import { endsWithAny } from './word-at.js'

const CORE_STARTS: ReadonlySet<TokenKind> = /*@__PURE__*/ new Set<TokenKind>(['prefix', 'neutral', 'approx', 'qty', 'pm', 'between'])
/** 均, 都, 各 say "each" only after two or more subjects; 分别 may stand alone before a list of values. */
const EACH_ONLY_AFTER_A_LIST: ReadonlySet<string> = /*@__PURE__*/ new Set(['均', '都', '各'])

/**
 * @internal A comparison written once before the first number governs the later ones, one written once after the last
 * governs the earlier ones, and 左右 written once after the last makes them all approximate ("分别不低于24%和30%",
 * "2.5‰、4‰和7.2‰以下", "分别增长7%、8%左右").
 */
export function distribute(targets: readonly Target[]): readonly Target[] {
  const compares = targets.filter((t): t is CompareTarget => t.kind === 'compare')
  if (compares.length !== targets.length) return targets
  const first = compares[0] as CompareTarget
  const last = compares[compares.length - 1] as CompareTarget
  // "分别为≤1%、100%": a symbol belongs to its own value; only a word written once ("分别不低于24%和30%") governs the list
  if (first.op !== null && SYMBOL_START.test(first.source)) return targets
  return compares.map((t, i) => {
    let next: CompareTarget = t
    // only a bare value takes a comparison written elsewhere: a part with its own subject says its own
    if (i > 0 && t.op === null && first.op !== null && own(t, 'subject') === undefined) next = copyWith(next, { op: first.op })
    else if (i < compares.length - 1 && t.op === null && first.op === null && last.op !== null && own(t, 'subject') === undefined && own(t, 'note') === undefined) next = copyWith(next, { op: last.op })
    if (i < compares.length - 1 && !t.approximate && last.approximate && t.op === null) next = copyWith(next, { approximate: true })
    return next === t ? t : Object.freeze(next)
  })
}

/** The subjects of a list, split at its separators outside brackets and titles. */
function splitSubjects(text: string): string[] {
  const out: string[] = []
  let depth = 0
  let closing: string[] = []
  let from = 0
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string
    const close = isCjk(text.charCodeAt(i)) ? undefined : (lookup(BRACKETS, ch) ?? lookup(TITLE_BRACKETS, ch))
    if (close !== undefined) {
      closing = [...closing, close]
      depth++
      continue
    }
    if (depth > 0) {
      if (ch === closing[closing.length - 1]) {
        closing = closing.slice(0, -1)
        depth--
      }
      continue
    }
    const sep = SUBJECT_SEPARATORS.find((s) => text.startsWith(s, i))
    if (sep !== undefined) {
      out.push(text.slice(from, i))
      from = i + sep.length
      i += sep.length - 1
    }
  }
  out.push(text.slice(from))
  return out.map((s) => s.trim()).filter((s) => s !== '')
}

/**
 * Where the distributive word ends a word token right before a core ("分别控制在", "均达到", "分别于3月…"): the token
 * index and where the word starts. Without one, a list of two or more indicator names ("甲率、乙率达到80%以上") right
 * before the one value gives each name that value.
 */
function findMarker(tokens: readonly Token[], ctx: ParseContext): Marker | undefined {
  for (let k = 0; k + 1 < tokens.length; k++) {
    const tk = tokens[k] as Token
    const next = tokens[k + 1] as Token
    if (tk.t !== 'word' || !CORE_STARTS.has(next.t)) continue
    let text = ctx.text.slice(tk.start, tk.end)
    let end = tk.end
    for (const link of DISTRIBUTIVE_LINKS) {
      if (text.length > link.length && text.endsWith(link)) {
        text = text.slice(0, -link.length)
        end -= link.length
        break
      }
    }
    for (const word of DISTRIBUTIVE_WORDS) if (text.endsWith(word)) return { k, at: end - word.length, word }
    // "甲率、乙率分别增长8%和7%": a short verb between 分别 and the values belongs to each subject
    for (const word of RESPECTIVELY) {
      const at = text.lastIndexOf(word)
      const verb = at < 0 ? '' : text.slice(at + word.length)
      if (at >= 0 && verb.length > 0 && verb.length <= MAX_VERB && !SUBJECT_SEPARATORS.some((s) => verb.includes(s))) {
        return { k, at: tk.start + at, word, verb }
      }
    }
  }
  return undefined
}

const SYMBOL_START = /^[为是]?[≥≤<>=]/

/** 分别 and 各自 may stand a short verb away from their values; 均, 都, 各 may not (均衡, 都市). */
const RESPECTIVELY: readonly string[] = ['分别', '各自']
const MAX_VERB = 6

/** Where a list's values begin: the token before them, where the distributive word starts, the word, and a verb after it. */
interface Marker {
  readonly k: number
  readonly at: number
  readonly word: string
  readonly verb?: string
}

/** A list of names before the first core, with no distributive word: its token index and where the names end. */
function findNameList(tokens: readonly Token[], ctx: ParseContext, start: number): Marker | undefined {
  const first = tokens.findIndex((tk) => CORE_STARTS.has(tk.t))
  if (first < 1 || !tokens.slice(0, first).every((tk) => tk.t === 'word' || tk.t === 'paren' || (tk.t === 'join' && ctx.text[tk.start] === '、'))) return undefined
  const at = (tokens[first] as Token).start
  const names = ctx.text.slice(start, at).split('、').map((n) => n.trim())
  if (names.length < 2 || !names.every((n) => endsWithAny(n, NAME_ENDINGS))) return undefined
  return { k: first - 1, at, word: '' }
}

/** The subjects of the last clause before the values, without an enumerator ("一是", "其中"). */
function subjectsBefore(ctx: ParseContext, start: number, at: number): string[] {
  let from = start
  for (let i = at - 1; i >= start; i--) {
    if (CLAUSE_SEPARATORS.includes(ctx.text[i] as string)) {
      from = i + 1
      break
    }
  }
  let text = ctx.source.slice(from, at).trim()
  for (const e of ENUMERATORS) if (text.startsWith(e)) text = text.slice(e.length).trim()
  return splitSubjects(text)
}

/** The values after the marker, split at 、 ， 和 与: each a target of its own. */
function values(tokens: readonly Token[], ctx: ParseContext): Parsed<Target[]> | undefined {
  const parts: Token[][] = [[]]
  for (const tk of tokens) {
    if ((tk.t === 'join' && tk.mode === 'all') || tk.t === 'and') parts.push([])
    else (parts[parts.length - 1] as Token[]).push(tk)
  }
  if (!parts.every((p) => p.length > 0 && hasQuantity(p))) return undefined
  const out: Target[] = []
  for (const part of parts) {
    const span = spanOf(part)
    const target = parseSimple(part, ctx, span.start, span.end)
    if (isFailure(target)) return target
    if (target.kind !== 'compare' && target.kind !== 'range' && target.kind !== 'ratio' && target.kind !== 'deadline') return undefined
    // "分别下降3%和增长5%": a short verb before a value is that value's own; any longer subject is no list of values
    const verb = own(target as { subject?: string }, 'subject')
    if (verb !== undefined && (verb.length > MAX_VERB || SUBJECT_SEPARATORS.some((s) => verb.includes(s)))) return undefined
    out.push(target)
  }
  return [...distribute(out)]
}

/**
 * @internal A list read "respectively" or "each" in `tokens` (the text `[start, end)`), or undefined when the text is
 * not one.
 */
export function readDistributive(tokens: readonly Token[], ctx: ParseContext, start: number, end: number): Parsed<AllTarget> | undefined {
  const marker = findMarker(tokens, ctx) ?? findNameList(tokens, ctx, start)
  if (marker === undefined) return undefined
  const subjects = subjectsBefore(ctx, start, marker.at)
  const respectively = RESPECTIVELY.includes(marker.word)
  if (subjects.length < 2 && !respectively) return undefined
  const read = values(tokens.slice(marker.k + 1), ctx)
  if (read === undefined || isFailure(read)) return read
  // "分别不低于24%和30%", "分别于3月和6月前": values read respectively, their subjects not written
  if (subjects.length < 2) return read.length < 2 ? undefined : Object.freeze({ kind: 'all' as const, targets: Object.freeze(read), source: written(ctx, start, end) })
  // a list of names without 分别 pairs one value each only when the counts agree ("甲率、乙率不低于90%和95%")
  if (marker.word === '' && read.length !== 1 && read.length !== subjects.length) return undefined
  if (read.length !== subjects.length && read.length !== 1) {
    return fail('TARGET_MALFORMED', { start: marker.at, end }, { reason: 'list-mismatch', word: marker.word })
  }
  if (read.length === 1 && marker.word !== '' && !EACH_ONLY_AFTER_A_LIST.has(marker.word) && !respectively) return undefined
  const verb = own(marker, 'verb') ?? ''
  const parts = subjects.map((subject, i) => {
    const value = (read.length === 1 ? read[0] : read[i]) as Target
    return Object.freeze(copyWith(value as { subject?: string }, { subject: subject + (own(value as { subject?: string }, 'subject') ?? verb) })) as Target
  })
  return Object.freeze({ kind: 'all' as const, targets: Object.freeze(parts), source: written(ctx, start, end) })
}
