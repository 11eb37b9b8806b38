import { issue, TargetParseError, type ErrorCode, type Span } from '../errors.js'
import { toSafe, type SafeResult } from '../result.js'
import { normalizeWidth } from '../numbers/normalize.js'
import { trimBounds } from '../numbers/parse-number.js'
import { D } from '../numbers/decimal.js'
import { isChineseNumeralChar } from '../numbers/chinese-characters.js'
import { makeQuantity, type Quantity } from '../quantity/quantity.js'
import { adoptUnit, areUnitsCompatible, compareQuantities } from '../quantity/convert.js'
import { describeUnit } from '../quantity/unit.js'
import { scanDeadline } from './deadline.js'
import { readQualitative } from './qualitative.js'
import { NEGATIONS, ON_SCHEDULE_PATTERN } from './lexicon.js'
import { BRACKETS, matchingBracket, tokenize, type Token } from './tokenize.js'
import type {
  AllTarget,
  Comparator,
  CompareTarget,
  DeadlineTarget,
  QualitativeDirection,
  QualitativeTarget,
  RangeTarget,
  RatioTarget,
  Target,
} from './types.js'

/**
 * Options of {@link parseTarget}.
 *
 * @example
 * ```ts
 * const options: ParseTargetOptions = { year: 2022 }
 * ```
 */
export interface ParseTargetOptions {
  /**
   * The evaluation year, given to deadlines written without one ("12月31日前").
   * Never taken from the clock; without it such a deadline's year is null.
   */
  readonly year?: number
}

const TRAILING_PUNCTUATION = new Set(['。', '.', ';', '；', ',', '，', '、', '!', '！', ':', '：'])

class Failure {
  constructor(
    readonly code: ErrorCode,
    readonly span: Span,
    readonly zh: string,
    readonly en: string,
  ) {}
}

function fail(code: ErrorCode, token: { start: number; end: number }, zh: string, en: string): never {
  throw new Failure(code, { start: token.start, end: token.end }, zh, en)
}

const DEADLINE_STARTS = new Set(['第', '上', '下', '年', '本', '当', '今', '截', '于', '在', '到', '至', '最', '不', '须', '应', '按', '如', '及', 'Q', '全'])

function isDeadlineStart(ch: string, code: number): boolean {
  return (code >= 48 && code <= 57) || DEADLINE_STARTS.has(ch) || '〇零一二三四五六七八九十两'.includes(ch)
}

/** Characters without one of which no text is a deadline: a cheap test before the grammar runs. */
const DEADLINE_MARKS = /[年月季期时底前Q及按]|\d{4}[.\-/]\d/

function tryDeadline(text: string, start: number, end: number, year: number | null, source: string, own: string): DeadlineTarget | AllTarget | undefined {
  const bounded = end === text.length ? text : text.slice(0, end)
  if (!DEADLINE_MARKS.test(start === 0 ? bounded : bounded.slice(start))) return undefined
  let tries = 0
  for (let j = start; j < end && tries < 8; j++) {
    if (!isDeadlineStart(bounded[j] as string, bounded.charCodeAt(j))) continue
    // a deadline starts at a word boundary: not inside "3年内" or "12.31", not after 未/不 ("未按期完成")
    const before = bounded[j - 1] ?? ''
    if (j > start && (/[0-9.\-~]/.test(before) || isChineseNumeralChar(before) || before === '半' || NEGATIONS.some((n) => bounded.endsWith(n, j)))) continue
    tries++
    const scanned = scanDeadline(bounded, j, year)
    if (scanned === undefined) continue
    // "未能按时完成", "没有按期完成": not a deadline but its denial
    if (scanned.due === null) {
      const reading = readQualitative(own)
      if (reading.negated || reading.late) continue
    }
    const subject = source.slice(start, j).trim()
    const condition = scanned.condition
    const dateText = condition === undefined ? own : own.slice(0, own.length - condition.length).trim()
    const open: { -readonly [K in keyof DeadlineTarget]: DeadlineTarget[K] } =
      scanned.start === undefined
        ? { kind: 'deadline', due: scanned.due, source: dateText }
        : { kind: 'deadline', due: scanned.due, start: scanned.start, source: dateText }
    if (subject !== '') open.subject = subject
    if (scanned.note !== undefined) open.note = scanned.note
    const deadline: DeadlineTarget = Object.freeze(open)
    if (condition === undefined) return deadline
    return Object.freeze({ kind: 'all' as const, targets: Object.freeze([deadline, qualitative(condition)]), source: own })
  }
  return undefined
}

function qualitative(source: string): QualitativeTarget | DeadlineTarget {
  const reading = readQualitative(source)
  if (ON_SCHEDULE_PATTERN.test(source) && !reading.negated && !reading.late) return Object.freeze({ kind: 'deadline' as const, due: null, source })
  let direction: QualitativeDirection = reading.direction
  if (reading.negated) {
    if (direction === 'attain') direction = 'absent'
    else if (direction === 'increase' || direction === 'decrease') direction = 'maintain'
  }
  const target = reading.strength === undefined
    ? { kind: 'qualitative' as const, direction, text: source, source }
    : { kind: 'qualitative' as const, direction, strength: reading.strength, text: source, source }
  return Object.freeze(target)
}

type Annotation = { inclusive: boolean; value?: Quantity } | { unit: string } | undefined

function readAnnotation(inner: string): Annotation {
  const include = /^(含|包含|包括)(本数)?/.exec(inner)
  const exclude = /^(不含|不包含|不包括)(本数)?/.exec(inner)
  const match = exclude ?? include
  if (match !== null) {
    const rest = inner.slice(match[0].length)
    const inclusive = exclude === null
    if (rest === '') return { inclusive }
    const value = /^[0-9.]+\s*(%|‰)?$/.exec(rest)
    if (value !== null) return { inclusive, value: makeQuantity(new D(/[0-9.]+/.exec(value[0])?.[0] ?? '0'), value[1] ?? '') }
    return { inclusive }
  }
  if (inner.length > 0 && inner.length <= 6 && !/[0-9]/.test(inner)) {
    const unit = describeUnit(inner)
    if (unit.catalogued && unit.family !== 'none') return { unit: unit.unit }
  }
  return undefined
}

interface CoreResult {
  readonly target: CompareTarget | RangeTarget | RatioTarget
}

/** Parse the core tokens: [prefix] [约] operand [suffix] [左右], operand = number | range | ratio. */
function parseCore(core: readonly Token[], source: string, own: string, written: string | undefined, note: string | undefined): CoreResult {
  let subject = written
  let i = 0
  let prefix: (Token & { t: 'prefix' }) | undefined
  let approximate = false
  let between = false
  let plusMinus = false
  const n = core.length
  while (i < n) {
    const tk = core[i] as Token
    if (tk.t === 'prefix') {
      // "分别为≥95%": a 为 (is) before a comparison gives way to it
      const yields = prefix !== undefined && prefix.op === '=' && !prefix.symbol
      if (prefix !== undefined && !yields) fail('TARGET_MALFORMED', tk, '比较词重复', 'a comparison word is repeated')
      prefix = tk
    } else if (tk.t === 'approx' && tk.before) approximate = true
    else if (tk.t === 'neutral' || tk.t === 'paren') {
      // "在", "保持在"; a note before the number
    } else if (tk.t === 'between') between = true
    else if (tk.t === 'pm') plusMinus = true
    else break
    i++
  }
  const first = core[i]
  if (first === undefined || first.t !== 'qty') {
    const at = first ?? core[n - 1] ?? { start: 0, end: source.length }
    fail('TARGET_MALFORMED', at, '此处应为数字', 'a number is expected here')
  }
  i++
  let q1 = first.scanned.quantity
  const annotations1: Annotation[] = []
  while (core[i]?.t === 'paren') annotations1.push(readAnnotation((core[i] as Token & { t: 'paren' }).inner)), i++

  let q2: Quantity | undefined
  let kind: 'compare' | 'range' | 'ratio' = 'compare'
  const annotations2: Annotation[] = []
  const link = core[i]
  if (link !== undefined && (link.t === 'colon' || link.t === 'sep' || (between && link.t === 'and'))) {
    const second = core[i + 1]
    if (second === undefined || second.t !== 'qty') fail('TARGET_MALFORMED', link, '此后应为数字', 'a number is expected after this')
    kind = link.t === 'colon' ? 'ratio' : 'range'
    q2 = second.scanned.quantity
    i += 2
    while (core[i]?.t === 'paren') annotations2.push(readAnnotation((core[i] as Token & { t: 'paren' }).inner)), i++
  }

  let suffix: (Token & { t: 'suffix' }) | undefined
  let closed = false
  while (i < n) {
    const tk = core[i] as Token
    if (tk.t === 'suffix') {
      if (suffix !== undefined) fail('TARGET_MALFORMED', tk, '比较词重复', 'a comparison word is repeated')
      suffix = tk
    } else if (tk.t === 'approx' && !tk.before) approximate = true
    else if (tk.t === 'close') closed = true
    else if (tk.t === 'paren') annotations2.push(readAnnotation(tk.inner))
    else fail('TARGET_MALFORMED', tk, '无法理解此处的文字', 'cannot read the text here')
    i++
  }
  if (between && kind !== 'range') fail('TARGET_MALFORMED', first, '“介于”后应为两个数', '"介于" needs two numbers')
  if (closed && kind !== 'range') fail('TARGET_MALFORMED', first, '“之间”前应为两个数', '"之间" needs two numbers')

  // a unit written as a note: "95(百分比)", "≥90(%)"
  for (const a of [...annotations1, ...annotations2]) {
    if (a !== undefined && 'unit' in a) {
      if (q1.unit === '') q1 = adoptUnit(q1, a.unit)
      if (q2 !== undefined && q2.unit === '') q2 = adoptUnit(q2, a.unit)
    }
  }

  let op: Comparator | null = null
  if (prefix !== undefined && suffix !== undefined) {
    const prefixIsNeutral = prefix.op === '=' && !prefix.symbol
    const sameDirection = (a: Comparator, b: Comparator): boolean => a[0] === b[0] && a !== '=' && b !== '='
    if (prefixIsNeutral) op = suffix.op
    else if (sameDirection(prefix.op, suffix.op)) op = prefix.op // "小于10元以内": the word written first decides the boundary
    else if (prefix.op !== suffix.op) {
      fail('TARGET_MALFORMED', suffix, '前后比较词相互矛盾', 'the comparison words before and after the number contradict each other')
    } else op = prefix.op
  } else op = prefix?.op ?? suffix?.op ?? null

  // key order: the reading, then source, subject and note (as targetSchema writes them)
  const finish = <T extends CompareTarget | RangeTarget | RatioTarget>(target: T): T => {
    const open = target as { subject?: string; note?: string }
    if (subject !== undefined) open.subject = subject
    if (note !== undefined) open.note = note
    return Object.freeze(target)
  }

  if (plusMinus) {
    if (kind !== 'compare') fail('TARGET_MALFORMED', first, '“±”后应为一个数', '"±" needs one number')
    const min = makeQuantity(q1.amount.negated(), q1.unit)
    return { target: finish<RangeTarget>({ kind: 'range', min, max: q1, minInclusive: true, maxInclusive: op !== '<', source: own }) }
  }

  if (kind === 'compare') {
    // "每亩300": a "per" word before a number with no unit is its unit (300 per 亩)
    const per = subject === undefined || q1.unit !== '' ? null : /每([\u4e00-\u9fff]{1,2})$/.exec(subject)
    if (per !== null && subject !== undefined) {
      q1 = makeQuantity(q1.amount, `/${per[1] as string}`)
      subject = subject.slice(0, per.index).trim() || undefined
    }
    // "90%以上（不含90%）", "不超过100%（不含）": a note on the boundary makes the comparison strict, or inclusive
    for (const a of [...annotations1, ...annotations2]) {
      if (a === undefined || !('inclusive' in a) || (a.value !== undefined && !a.value.amount.eq(q1.amount))) continue
      if (op === '>=' && !a.inclusive) op = '>'
      else if (op === '<=' && !a.inclusive) op = '<'
      else if (op === '>' && a.inclusive) op = '>='
      else if (op === '<' && a.inclusive) op = '<='
    }
    return { target: finish<CompareTarget>({ kind: 'compare', op, value: q1, approximate, source: own }) }
  }

  let second = q2 as Quantity
  if (kind === 'ratio') {
    if (q1.unit !== '' || second.unit !== '') {
      if (q1.unit !== second.unit) fail('TARGET_UNIT_MISMATCH', first, '比例两项的单位不同', 'the two terms of the ratio have different units')
    }
    if (second.amount.isZero()) fail('TARGET_INVALID', first, '比例的后项为零', 'the second term of the ratio is zero')
    return { target: finish<RatioTarget>({ kind: 'ratio', op, antecedent: q1.amount, consequent: second.amount, approximate, source: own }) }
  }

  // a range: units travel to the side that has none ("100-90%", "5万至10万元")
  q1 = adoptUnit(q1, second.unit)
  second = adoptUnit(second, q1.unit)
  if (!areUnitsCompatible(q1.unit, second.unit)) {
    fail('TARGET_UNIT_MISMATCH', first, `区间两端的单位“${q1.unit}”与“${second.unit}”不同`, `the ends of the range have different units "${q1.unit}" and "${second.unit}"`)
  }
  if (suffix !== undefined && suffix.op !== '<=') {
    fail('TARGET_MALFORMED', suffix, '区间后不能再有此比较词', 'a range cannot take this comparison word')
  }
  let inclusive1 = true
  let inclusive2 = true
  const applies = (a: Annotation, q: Quantity, own: boolean): boolean =>
    a !== undefined && 'inclusive' in a && (a.value === undefined ? own : a.value.amount.eq(q.amount))
  for (const a of [...annotations1, ...annotations2]) {
    if (a === undefined || !('inclusive' in a)) continue
    const own1 = annotations1.includes(a)
    if (applies(a, q1, own1)) inclusive1 = a.inclusive
    else if (applies(a, second, !own1)) inclusive2 = a.inclusive
  }
  const swap = compareQuantities(q1, second) > 0
  return {
    target: finish<RangeTarget>({
      kind: 'range',
      min: swap ? second : q1,
      max: swap ? q1 : second,
      minInclusive: swap ? inclusive2 : inclusive1,
      maxInclusive: swap ? inclusive1 : inclusive2,
      source: own,
    }),
  }
}

/** How indicator names end (率, 数, 度, 比 …): a comparison word inside one is part of the name. */
const NAME_ENDINGS = /(率|度|比|占比|比例|比重|系数|指数)$/

/** Words that begin with a comparison word but are not one (达标, 不到位, 不足额, 高于…的 are read as they stand). */
const GLUED_PREFIXES: readonly string[] = ['达标', '不到位', '不足额', '达成', '达效', '超过期']

const CORE_LEFT = new Set<Token['t']>(['prefix', 'approx', 'neutral', 'between', 'pm', 'qty', 'sep', 'colon', 'and', 'paren'])
const CORE_RIGHT = new Set<Token['t']>(['suffix', 'approx', 'paren', 'close', 'sep', 'qty', 'colon', 'and'])

function isSymbolicJunk(source: string, tk: Token): boolean {
  if (tk.t === 'prefix') return tk.symbol
  if (tk.t !== 'junk') return false
  const ch = source[tk.start] ?? ''
  return ch === '%' || ch === '‰' || ch === '‱' || ch === '≠' || /[0-9.]/.test(ch)
}

/** One comparison gives a lower bound and the other an upper one, of quantities that compare. */
function areBounds(a: CompareTarget, b: CompareTarget): boolean {
  if (a.op === null || b.op === null || a.op === '=' || b.op === '=') return false
  const lower = (op: Comparator): boolean => op === '>=' || op === '>'
  return lower(a.op) !== lower(b.op) && areUnitsCompatible(adoptUnit(a.value, b.value.unit).unit, adoptUnit(b.value, a.value.unit).unit)
}

/** parseSimple without the two-sided check (so it never recurses), `undefined` where it fails. */
function safeSimple(tokens: readonly Token[], text: string, source: string, start: number, end: number, year: number | null): Target | undefined {
  try {
    return parseSimple(tokens, text, source, start, end, year, false)
  } catch (error) {
    if (error instanceof Failure) return undefined
    throw error
  }
}

function parseSimple(tokens: readonly Token[], text: string, source: string, start: number, end: number, year: number | null, twoSided = true): Target {
  const own = source.slice(start, end).trim()
  const unequal = tokens.find((tk) => tk.t === 'unequal')
  if (unequal !== undefined && hasQuantity(tokens)) {
    fail(
      'TARGET_UNKNOWN_COMPARATOR',
      unequal,
      `“${source.slice(unequal.start, unequal.end)}”不是年度指标值能用的比较（请写作＞或＜）`,
      `"${source.slice(unequal.start, unequal.end)}" (not equal) is not a comparison a target can use (write > or <)`,
    )
  }
  const deadline = tryDeadline(text, start, end, year, source, own)
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
  if (tokens.length === 1 && only?.t === 'qty' && only.scanned.script === 'chinese' && only.scanned.quantity.amount.isZero() && only.scanned.quantity.unit === '') {
    return qualitative(own)
  }
  if (last < 0) {
    // "抵达现场时间≤辖区平均标准": compared with words, not a number: a target in words
    const hasWords = tokens.some((tk) => tk.t === 'word')
    const bad = tokens.find((tk) => (tk.t === 'prefix' ? tk.symbol && !hasWords : isSymbolicJunk(source, tk)) || tk.t === 'colon' || tk.t === 'pm')
    if (bad !== undefined) {
      fail('TARGET_MALFORMED', bad, `“${source.slice(bad.start, bad.end)}”后缺少数字`, `"${source.slice(bad.start, bad.end)}" is not followed by a number`)
    }
    return qualitative(own)
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
  while (left < last && ((tokens[left] as Token).t === 'paren' || (tokens[left] as Token).t === 'sep' || (tokens[left] as Token).t === 'and' || (tokens[left] as Token).t === 'colon')) left++
  for (let k = right + 1; k < tokens.length; k++) {
    const tk = tokens[k] as Token
    const wordLike =
      tk.t === 'word' || tk.t === 'paren' || tk.t === 'neutral' || tk.t === 'and' || tk.t === 'close' ||
      (tk.t === 'prefix' && !tk.symbol) || (tk.t === 'sep' && /[\u4e00-\u9fff]/.test(source[tk.start] ?? ''))
    if (!wordLike) {
      fail('TARGET_MALFORMED', tk, '无法理解此处的文字', 'cannot read the text here')
    }
  }
  const coreStart = (tokens[left] as Token).start
  const coreEnd = (tokens[right] as Token).end
  let subject = source.slice(start, coreStart).trim()
  const note = source.slice(coreEnd, end).trim()
  const core = tokens.slice(left, right + 1)
  // "不低于中央投资30%": a comparison word before a noun phrase still governs the number
  if (!core.some((tk) => tk.t === 'prefix' || tk.t === 'suffix')) {
    // …but not out of an indicator's name ("不到位问题整改率100%", "达标率100%")
    if (!NAME_ENDINGS.test(subject)) {
      for (let k = left - 1; k >= 0; k--) {
        const tk = tokens[k] as Token
        if (tk.t === 'word' || tk.t === 'paren') continue
        if (tk.t === 'prefix' && !tk.symbol && tk.op !== '=' && k === 0 && !GLUED_PREFIXES.some((w) => source.startsWith(w, tk.start))) {
          core.unshift(tk)
          subject = source.slice(tk.end, coreStart).trim()
        }
        break
      }
    }
  }
  // "80%以上90%以下", "大于80%小于90%": a lower and an upper bound of one measure, both must hold
  const before = tokens.slice(0, left)
  const lastBefore = before[before.length - 1]
  if (twoSided && lastBefore !== undefined && (lastBefore.t === 'suffix' || lastBefore.t === 'qty') && hasQuantity(before)) {
    const firstPart = safeSimple(before, text, source, start, lastBefore.end, year)
    const second = parseCore(core, source, source.slice(coreStart, end).trim(), undefined, note === '' ? undefined : note).target
    if (firstPart?.kind === 'compare' && second.kind === 'compare' && areBounds(firstPart, second)) {
      return Object.freeze({ kind: 'all' as const, targets: Object.freeze([firstPart, second]), source: own })
    }
  }
  for (let k = 0; k < left; k++) {
    const tk = tokens[k] as Token
    if (isSymbolicJunk(source, tk)) fail('TARGET_MALFORMED', tk, '无法理解此处的符号', 'cannot read the symbol here')
  }
  const target = parseCore(core, source, own, subject === '' ? undefined : subject, note === '' ? undefined : note).target
  // "12月底前100%到位": a deadline written before the number is a second condition
  if (subject !== '' && /前|底|末|日|止|截至|截止/.test(subject)) {
    const deadline = tryDeadline(text, start, coreStart, year, source, subject)
    if (deadline !== undefined && deadline.kind === 'deadline' && deadline.subject === undefined) {
      const { subject: _omit, ...rest } = target
      return Object.freeze({ kind: 'all' as const, targets: Object.freeze([deadline, Object.freeze({ ...rest, source: source.slice(coreStart, end).trim() })]), source: own })
    }
  }
  return target
}

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

function hasQuantity(tokens: readonly Token[]): boolean {
  return tokens.some((tk) => tk.t === 'qty')
}

/** Joiners between parts that are not all number-shaped are words. */
function mergeJoins(tokens: readonly Token[], mode: 'any' | 'all', source: string): Token[] {
  const ranged = tokens.some((tk) => tk.t === 'between')
  const parts = splitBy(tokens, mode)
  if (parts.length === 1) return [...tokens]
  if (parts.every((part) => hasQuantity(part))) return [...tokens]
  // "90%以上或满意度提升", "≥90%，较上年有所提升": a number and words that say which way, joined by 或/且/，
  const explicit = tokens.every((tk) => tk.t !== 'and' || ranged)
  // 或/且 join any words that say something; a bare comma only words that say which way (提高, 无…), not 通过问卷调查
  const punctuationOnly = tokens.every((tk) => tk.t !== 'join' || PUNCTUATION_JOINERS.has(source[tk.start] ?? ''))
  const saysSomething = (part: readonly Token[]): boolean => {
    if (part.length === 0) return false
    if (hasQuantity(part)) return true
    const direction = readQualitative(source.slice((part[0] as Token).start, (part[part.length - 1] as Token).end)).direction
    return punctuationOnly ? direction !== 'unknown' && direction !== 'attain' : direction !== 'unknown'
  }
  if (explicit && parts.some(hasQuantity) && parts.every(saysSomething)) return [...tokens]
  return tokens.map((tk) => (isJoiner(tk, mode, ranged) ? { t: 'word', start: tk.start, end: tk.end } : tk))
}

const PUNCTUATION_JOINERS: ReadonlySet<string> = new Set([',', ';', '、', '，', '；'])

/**
 * A list read "respectively" ("分别不低于24%和30%", "分别增长7%、8%左右"): a
 * comparison written once before the first number governs the later ones, and
 * 左右 written once after the last number makes them all approximate.
 */
function distribute(targets: readonly Target[]): readonly Target[] {
  const compares = targets.filter((t): t is CompareTarget => t.kind === 'compare')
  if (compares.length !== targets.length) return targets
  const first = compares[0] as CompareTarget
  const last = compares[compares.length - 1] as CompareTarget
  return compares.map((t, i) => {
    let next: CompareTarget = t
    if (i > 0 && t.op === null && first.op !== null) next = { ...next, op: first.op }
    if (i < compares.length - 1 && !t.approximate && last.approximate && t.op === null) next = { ...next, approximate: true }
    return next === t ? t : Object.freeze(next)
  })
}

function spanOf(tokens: readonly Token[]): { start: number; end: number } {
  return { start: (tokens[0] as Token).start, end: (tokens[tokens.length - 1] as Token).end }
}

function parseAll(tokens: readonly Token[], text: string, source: string, start: number, end: number, year: number | null): Target {
  const merged = mergeJoins(tokens, 'all', source)
  const parts = splitBy(merged, 'all').filter((p) => p.length > 0)
  const words = merged.map((tk) => (tk.t === 'join' ? ({ t: 'word', start: tk.start, end: tk.end } as Token) : tk))
  if (parts.length <= 1) return parseSimple(words, text, source, start, end, year)
  const targets = distribute(
    parts.map((p) => {
      const span = spanOf(p)
      return parseSimple(p, text, source, span.start, span.end, year)
    }),
  )
  return Object.freeze({ kind: 'all' as const, targets: Object.freeze(targets), source: source.slice(start, end).trim() })
}

function build(text: string, source: string, start: number, end: number, year: number | null): Target {
  const tokens = tokenize(text, start, end)
  // most targets join nothing: skip the compound machinery
  if (!tokens.some((tk) => tk.t === 'join' || tk.t === 'and')) return parseSimple(tokens, text, source, start, end, year)
  const merged = mergeJoins(tokens, 'any', source)
  const parts = splitBy(merged, 'any').filter((p) => p.length > 0)
  const joinsAsWords = merged.map((tk) => (tk.t === 'join' && tk.mode === 'any' ? ({ t: 'word', start: tk.start, end: tk.end } as Token) : tk))
  if (parts.length <= 1) return parseAll(joinsAsWords, text, source, start, end, year)
  const targets = parts.map((p) => {
    const span = spanOf(p)
    return parseAll(p, text, source, span.start, span.end, year)
  })
  return Object.freeze({ kind: 'any' as const, targets: Object.freeze(targets), source: source.slice(start, end).trim() })
}

/**
 * Read a 年度指标值 (annual target) the way Chinese tables write it.
 *
 * Comparison words before or after the number (≥, 以上, 不低于, 不超过, 以内 …,
 * boundary words per 《民法典》第1259条), ranges ("80%-90%", "介于80%和90%之间",
 * "85%(含)-95%", "±5%以内"), ratios ("1:20", "1比20"), approximations
 * ("约3000平方米", "左右"), deadlines ("2024年6月底前", "上半年", "按期完成"),
 * qualitative phrases ("有效提升", "是", "全覆盖"), compounds ("…或…", "…且…")
 * and the noise of real tables (spaces, "%(百分比)", a name or formula in front,
 * full-width characters, trailing punctuation). Text that is not number-shaped
 * is a qualitative target with its words kept, never an error.
 *
 * @param text - the target as written.
 * @param options - the evaluation year for deadlines written without one.
 * @returns a frozen, JSON-serialisable {@link Target}.
 * @throws {@link TargetParseError} for number-shaped text that cannot be read
 *   ("≥≥90%", "90%%以上以下"), with its code and span.
 * @example
 * ```ts
 * JSON.stringify(parseTarget('不超过千分之二'))
 * //=> '{"kind":"compare","op":"<=","value":{"amount":"2","unit":"‰"},"approximate":false,"source":"不超过千分之二"}'
 * parseTarget('1：15').kind
 * //=> 'ratio'
 * parseTarget('12月31日前', { year: 2022 })
 * //=> { kind: 'deadline', due: { year: 2022, month: 12, day: 31 }, source: '12月31日前' }
 * ```
 */
export function parseTarget(text: string, options: ParseTargetOptions = {}): Target {
  if (typeof text !== 'string') {
    throw new TargetParseError([issue('TARGET_EMPTY', `年度指标值应为文本，实为${typeof text}`, `a target must be text, received ${typeof text}`)])
  }
  const normalized = normalizeWidth(text)
  let { start, end } = trimBounds(normalized)
  while (end > start && TRAILING_PUNCTUATION.has(normalized[end - 1] as string)) end--
  while (end > start && normalized.charCodeAt(end - 1) === 32) end--
  if (start === end) {
    throw new TargetParseError([
      issue('TARGET_EMPTY', '年度指标值为空', 'the target is empty', { span: { start: 0, end: text.length }, input: text }),
    ])
  }
  // "（≥95%）", "【≥95%】": a target wrapped whole in brackets
  while (end - start >= 2 && BRACKETS[normalized[start] as string] === normalized[end - 1] && matchingBracket(normalized, start, end) === end - 1) {
    start++
    end--
    while (start < end && normalized.charCodeAt(start) === 32) start++
    while (end > start && normalized.charCodeAt(end - 1) === 32) end--
  }
  const year = options.year ?? null
  try {
    const target = build(normalized, text, start, end, year)
    return target.source === text ? target : Object.freeze({ ...target, source: text })
  } catch (error) {
    if (error instanceof Failure) {
      throw new TargetParseError([
        issue(error.code, `年度指标值“${text}”第${error.span.start + 1}个字符起：${error.zh}`, `target "${text}" at character ${error.span.start + 1}: ${error.en}`, {
          span: error.span,
          input: text,
        }),
      ])
    }
    throw error
  }
}

/**
 * Like {@link parseTarget}, but never throws: returns a result.
 *
 * @param text - the target as written.
 * @param options - as for {@link parseTarget}.
 * @returns `{ success: true, data }` or `{ success: false, error }`.
 * @example
 * ```ts
 * safeParseTarget('≥≥90%').success
 * //=> false
 * ```
 */
export function safeParseTarget(text: string, options: ParseTargetOptions = {}): SafeResult<Target, TargetParseError> {
  return toSafe(() => parseTarget(text, options), TargetParseError)
}
