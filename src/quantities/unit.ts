import { D, freezeDecimal, ONE, type Decimal, powerOfTen } from '../numbers/decimal.js'
import { exponentEnd } from '../numbers/scan-number.js'
import { isChineseNumeralChar, isChineseNumeralCode } from '../numbers/chinese-characters.js'
import { byFirstCode, isCjk, isLatinLetter as isAsciiLetter } from '../numbers/characters.js'
import { COUNT_WORDS, UNIT_PREFIXES, UNITS, type UnitFamily } from './catalogue.js'
import { lookup, own } from '../own.js'

/**
 * What the library knows of a unit: its family, its dimensions and its exact
 * factor to the family's base, so that two units of one family convert.
 *
 * @example
 * ```ts
 * import { describeUnit } from 'jixiao'
 * const d = describeUnit('万元')
 * d.family
 * //=> 'money'
 * d.factor.toString()
 * //=> '10000'
 * ```
 */
export interface UnitDescription {
  /** The unit as the library writes it ("百分比" → "%", "个百分点" → "百分点"). */
  readonly unit: string
  /** `rate` for compound units such as 元/人·月; `none` for no unit. */
  readonly family: UnitFamily
  /**
   * The dimensions as a stable key: two units convert into one another
   * exactly when their keys are equal ("money", "count:人", "money/count:人*calendar").
   */
  readonly dimension: string
  /** Exact factor to the base of the dimension. */
  readonly factor: Decimal
  /** False when a part of the unit is an open measure word not in the catalogue. */
  readonly catalogued: boolean
}


interface Term {
  readonly text: string
  readonly canonical: string
  readonly dimension: string
  readonly factor: Decimal
  readonly family: UnitFamily
  readonly catalogued: boolean
}

/** A letter of a Latin unit: ASCII, or μ (μg). */
function isLatinLetter(code: number): boolean {
  return isAsciiLetter(code) || code === 0x3bc
}

/**
 * @internal Where a measure word ends inside running text: characters it never holds and words it never runs into.
 * The quantity layer knows only punctuation and brackets; a caller that reads quantities inside its own grammar (the
 * target grammar) passes its own words.
 */
export interface UnitStops {
  readonly characters: ReadonlySet<string>
  readonly words: readonly string[]
}

/** @internal Punctuation and brackets: what ends a measure word in any text. */
export const PLAIN_STOPS: UnitStops = /*@__PURE__*/ Object.freeze({ characters: new Set(['（', '(', '、', '，', '。', '；', '【', '《', '“']), words: [] })

/** A caller's stops by the codes of their characters: the stop characters, and the first characters of the stop words. */
interface StopCodes {
  readonly characters: ReadonlySet<number>
  readonly firsts: ReadonlySet<number>
}

const stopCodesOf = /*@__PURE__*/ new WeakMap<UnitStops, StopCodes>()
/** The last stops asked for, and their codes: a grammar passes the same stops for every unit it reads. */
let lastStops: UnitStops | undefined
let lastCodes: StopCodes | undefined

function stopCodes(stops: UnitStops): StopCodes {
  if (stops === lastStops) return lastCodes as StopCodes
  let codes = stopCodesOf.get(stops)
  if (codes === undefined) {
    codes = { characters: new Set([...stops.characters].map((c) => c.charCodeAt(0))), firsts: new Set(stops.words.map((w) => w.charCodeAt(0))) }
    stopCodesOf.set(stops, codes)
  }
  lastStops = stops
  lastCodes = codes
  return codes
}

/** @internal Does a stop (a character or a word its caller passes in) stand at `pos`? Looked up by code, not by a string. */
export function isStopAt(text: string, pos: number, stops: UnitStops): boolean {
  const code = text.charCodeAt(pos)
  const codes = stopCodes(stops)
  // a stop character is one character: one longer (no caller passes one) is looked up as written
  if (codes.characters.has(code) && stops.characters.has(text[pos] as string)) return true
  if (!codes.firsts.has(code)) return false
  for (const word of stops.words) if (text.startsWith(word, pos)) return true
  return false
}

/** The characters a scale prefix (万, 亿, 十万 …) starts with: a cheap test before any prefix is looked up. */
const SCALE_STARTS: ReadonlySet<number> = /*@__PURE__*/ new Set(Object.keys(UNIT_PREFIXES).map((p) => p.charCodeAt(0)))
const PREFIX_LENGTHS: readonly number[] = [2, 1]
const NO_LENGTHS: readonly number[] = []

/** @internal Is there a 半 ("and a half") at `pos` that ends the unit word ("两个半", "四十四斤半")? */
export function isTrailingHalf(text: string, pos: number, stops: UnitStops = PLAIN_STOPS): boolean {
  if (text[pos] !== '半') return false
  const next = pos + 1
  return next >= text.length || !isCjk(text.charCodeAt(next)) || isStopAt(text, next, stops)
}

/**
 * Read one unit term (an optional scale prefix and a base unit or measure
 * word) at `pos`. `open` allows any run of CJK or Latin letters as a word;
 * otherwise an unknown measure word is one character, plus 次 ("场次").
 */
function readTerm(text: string, pos: number, open: boolean, stops: UnitStops, prefixed = false): Term | undefined {
  // 1. catalogued units and known count words, longest first
  const candidates = knownWordsStartingWith(text.charCodeAt(pos))
  if (candidates !== undefined) {
    for (const word of candidates) {
      if (!text.startsWith(word, pos)) continue
      // a Latin unit ends at a letter boundary: "hm" is not "h" then "m"
      if (isLatinLetter(word.charCodeAt(word.length - 1)) && isLatinLetter(text.charCodeAt(pos + word.length))) continue
      return knownTerm(word)
    }
  }
  // Latin units of two or more letters in another case: "12KM", "10KG", "120M2" (an exact spelling such as MW, mega-watt,
  // wins above; a single capital such as T or G may be a data size, not a tonne or a gram)
  if (isLatinLetter(text.charCodeAt(pos))) {
    for (const word of knownWordsStartingWith((text[pos] as string).toLowerCase().charCodeAt(0)) ?? []) {
      if (word.length < 2) continue
      const written = text.slice(pos, pos + word.length)
      if (written.toLowerCase() !== word.toLowerCase() || isLatinLetter(text.charCodeAt(pos + word.length))) continue
      return { ...knownTerm(word), text: written, canonical: written }
    }
  }
  // 2. a scale prefix before a unit: 万元, 亿元, 万人次, 千元
  // (one prefix only: "万万万…" is no unit, and must not recurse once per character)
  for (const length of prefixed || !SCALE_STARTS.has(text.charCodeAt(pos)) ? NO_LENGTHS : PREFIX_LENGTHS) {
    const prefix = text.slice(pos, pos + length)
    const exponent = lookup(UNIT_PREFIXES, prefix)
    if (exponent === undefined) continue
    if (text[pos + length] === '/' || (prefix.length === length && pos + length === text.length && pos === 0)) {
      // a bare scale: over a unit ("万/月", ten thousands per month), or alone ("万", as a target keeps it in "5万")
      return { text: prefix, canonical: prefix, dimension: 'none', factor: powerOfTen(exponent), family: 'none', catalogued: true }
    }
    const rest = readTerm(text, pos + length, open, stops, true)
    if (rest === undefined || rest.family === 'share' || rest.family === 'percentage-point') continue
    return prefixedTerm(prefix, exponent, rest)
  }
  // 3. an open measure word
  const code = text.charCodeAt(pos)
  if (isCjk(code)) {
    const ch = text[pos] as string
    if (stops.characters.has(ch) || isChineseNumeralChar(ch)) return undefined
    let end = pos + 1
    if (open) {
      while (end < text.length && isCjk(text.charCodeAt(end)) && !isStopAt(text, end, stops) && !isTrailingHalf(text, end, stops)) end++
    } else if (text[end] === '次') {
      end++
    }
    const word = text.slice(pos, end)
    return { text: word, canonical: word, dimension: `count:${word}`, factor: ONE, family: 'count', catalogued: false }
  }
  if (isLatinLetter(code)) {
    let end = pos + 1
    while (end < text.length && (isLatinLetter(text.charCodeAt(end)) || (open && text.charCodeAt(end) >= 48 && text.charCodeAt(end) <= 57))) end++
    const word = text.slice(pos, end)
    return { text: word, canonical: word, dimension: `unit:${word}`, factor: ONE, family: 'count', catalogued: false }
  }
  return undefined
}

let wordIndex: Map<number, string[]> | undefined

/** Catalogued units and count words whose first character has the code `first`, longest first (built once, on first use). */
function knownWordsStartingWith(first: number): readonly string[] | undefined {
  if (wordIndex === undefined) {
    wordIndex = byFirstCode([...Object.keys(UNITS), ...COUNT_WORDS], (w) => w)
    for (const list of wordIndex.values()) list.sort((x, y) => y.length - x.length)
  }
  return wordIndex.get(first)
}

const knownTerms = /*@__PURE__*/ new Map<string, Term>()

/** The terms of a scale prefix before a catalogued word ("万元", "千米"), each made once: their factor is multiplied once. */
const prefixedTerms = /*@__PURE__*/ new Map<Term, Map<string, Term>>()

/** `prefix` (10^`exponent`) before the term `rest`. */
function prefixedTerm(prefix: string, exponent: number, rest: Term): Term {
  // a known word's term is one object (knownTerm), so the pair names one term; any other term is made afresh
  const known = knownTerms.get(rest.text) === rest
  const made = known ? prefixedTerms.get(rest)?.get(prefix) : undefined
  if (made !== undefined) return made
  const term: Term = {
    text: prefix + rest.text,
    canonical: prefix + rest.canonical,
    dimension: rest.dimension,
    factor: freezeDecimal(rest.factor.times(powerOfTen(exponent))),
    family: rest.family,
    catalogued: rest.catalogued,
  }
  if (known) {
    let byPrefix = prefixedTerms.get(rest)
    if (byPrefix === undefined) prefixedTerms.set(rest, (byPrefix = new Map()))
    byPrefix.set(prefix, term)
  }
  return term
}

/** The term of a catalogued unit or count word, its Decimal factor made once. */
function knownTerm(word: string): Term {
  let term = knownTerms.get(word)
  if (term === undefined) {
    const known = lookup(UNITS, word)
    term =
      known !== undefined
        ? { text: word, canonical: known.canonical ?? word, dimension: known.family, factor: freezeDecimal(new D(known.factor)), family: known.family, catalogued: true }
        : { text: word, canonical: word, dimension: `count:${word}`, factor: ONE, family: 'count', catalogued: true }
    knownTerms.set(word, term)
  }
  return term
}

/**
 * A number as the denominator of a rate: "10万" in "10/10万" (per 100,000),
 * "10万活产" (per 100,000 live births), "百平方公里".
 */
function readNumericTerm(text: string, pos: number, stops: UnitStops): Term | undefined {
  let end = pos
  while (end < text.length && text.charCodeAt(end) >= 48 && text.charCodeAt(end) <= 57) end++
  // "/1E5": a spreadsheet's exponent is no denominator (never "per 1" followed by "E5")
  if (end > pos && exponentEnd(text, end) > 0) return undefined
  let factor = end === pos ? ONE : new D(text.slice(pos, end))
  const scaled = SCALE_STARTS.has(text.charCodeAt(end))
  const two = scaled ? lookup(UNIT_PREFIXES, text.slice(end, end + 2)) : undefined
  const one = scaled ? lookup(UNIT_PREFIXES, text[end] ?? '') : undefined
  const prefixLength = two !== undefined && text.slice(end, end + 2).length === 2 ? 2 : one !== undefined ? 1 : 0
  const exponent = prefixLength === 2 ? two : one
  if (end === pos && prefixLength === 0) return undefined
  if (exponent !== undefined && prefixLength > 0) {
    factor = factor.times(powerOfTen(exponent))
    end += prefixLength
  }
  const wordStart = end
  const known = readTerm(text, end, false, stops, prefixLength > 0)
  if (known !== undefined && known.catalogued) {
    return { ...known, text: text.slice(pos, end) + known.text, canonical: text.slice(pos, end) + known.canonical, factor: known.factor.times(factor) }
  }
  while (end < text.length && isCjk(text.charCodeAt(end)) && !isStopAt(text, end, stops)) end++
  const word = text.slice(wordStart, end)
  const written = text.slice(pos, end)
  return { text: written, canonical: written, dimension: word === '' ? 'none' : `count:${word}`, factor, family: word === '' ? 'none' : 'count', catalogued: word === '' }
}

/** @internal A unit read from text; `zeroDenominator` when it divides by a zero ("微克/0立方米"). */
export interface ReadUnit {
  readonly end: number
  readonly description: UnitDescription
  readonly zeroDenominator?: true
}

/**
 * A word after "/" is what the rate is per: a short word ("元/学期", "元/床日") that ends where the unit ends (the end of
 * the text, a stop, or anything but a Chinese character); a longer run is words after a one-character unit ("元/人给…").
 */
function readDenominatorTerm(text: string, pos: number, open: boolean, stops: UnitStops): Term | undefined {
  const term = readNumericTerm(text, pos, stops) ?? readTerm(text, pos, open, stops)
  if (term === undefined || term.catalogued || open || !isCjk(text.charCodeAt(pos))) return term
  let end = pos + term.text.length
  const limit = Math.min(text.length, pos + 3)
  while (end < limit && isCjk(text.charCodeAt(end)) && !isStopAt(text, end, stops) && !isChineseNumeralCode(text.charCodeAt(end))) end++
  const ends = end >= text.length || !isCjk(text.charCodeAt(end)) || isStopAt(text, end, stops)
  if (!ends || end === pos + term.text.length) return term
  const word = text.slice(pos, end)
  return { text: word, canonical: word, dimension: `count:${word}`, factor: ONE, family: 'count', catalogued: false }
}

/** "元/户.月": a full stop between two words of a rate is a times sign, as · is. */
function isTermSeparator(text: string, end: number): boolean {
  const sep = text[end]
  if (sep === '/' || sep === '·' || sep === '*') return true
  return sep === '.' && isCjk(text.charCodeAt(end - 1)) && isCjk(text.charCodeAt(end + 1))
}

function combine(numerator: readonly Term[], denominator: readonly Term[], unit: string): UnitDescription {
  let factor = ONE
  for (const t of numerator) factor = factor.times(t.factor)
  for (const t of denominator) factor = factor.div(t.factor)
  const single = numerator.length === 1 && denominator.length === 0 ? numerator[0] : undefined
  const numeratorDimensions = numerator.filter((t) => t.dimension !== 'none').map((t) => t.dimension)
  const denominatorDimensions = denominator.filter((t) => t.dimension !== 'none')
  // "/10万": per a number only, a share of a whole (10/10万 is 0.01%)
  if (numeratorDimensions.length === 0 && denominator.length > 0 && denominatorDimensions.length === 0) {
    return Object.freeze({ unit, family: 'share' as const, dimension: 'share', factor: freezeDecimal(factor), catalogued: true })
  }
  const dimension =
    (numeratorDimensions.length === 0 ? 'none' : numeratorDimensions.sort().join('*')) +
    (denominator.some((t) => t.dimension !== 'none') ? '/' + denominator.filter((t) => t.dimension !== 'none').map((t) => t.dimension).sort().join('*') : '')
  const catalogued = numerator.every((t) => t.catalogued) && denominator.every((t) => t.catalogued)
  return Object.freeze({
    unit,
    family: single !== undefined ? single.family : 'rate',
    dimension,
    factor: freezeDecimal(factor),
    catalogued,
  })
}

const described = /*@__PURE__*/ new Map<string, UnitDescription>()

/** Units longer than this are described afresh each time: a cache of 10,000 texts of 100,000 characters is no cache. */
const MAX_CACHED_LENGTH = 64

/**
 * @internal Read a unit at `pos`: terms joined by "/" (per) and "·" (times),
 * as in 元/人·月, 元/生/年 or 吨/月·平方公里, kept as written (a catalogued
 * rename such as 百分比 → % aside). In `open` mode (a whole string that must
 * be a unit) any word is accepted as a measure word.
 */
export function readUnit(text: string, pos: number, open = false, stops: UnitStops = PLAIN_STOPS): ReadUnit | undefined {
  // "/株", "/10万": a unit per something, its numerator left to the indicator's name
  const perOnly = text[pos] === '/'
  const start = perOnly ? pos + 1 : pos
  const first = perOnly ? readDenominatorTerm(text, start, open, stops) : readTerm(text, start, open, stops)
  if (first === undefined) return undefined
  let end = start + first.text.length
  // the common case, one term ("%", "万元", "个"): its description is looked up by its spelling, nothing is joined
  if (!perOnly && (end >= text.length || !isTermSeparator(text, end))) {
    let single = described.get(first.canonical)
    if (single === undefined) {
      single = combine([first], [], first.canonical)
      if (described.size < 10_000 && first.canonical.length <= MAX_CACHED_LENGTH) described.set(first.canonical, single)
    }
    return { end, description: single }
  }
  const terms: Term[] = [first]
  const separators: string[] = [perOnly ? '/' : '']
  while (end < text.length && terms.length < 16) {
    if (!isTermSeparator(text, end)) break
    const sep = text[end] as string
    const next = sep === '/' ? readDenominatorTerm(text, end + 1, open, stops) : readTerm(text, end + 1, open, stops)
    if (next === undefined) break
    terms.push(next)
    separators.push(sep)
    end = end + 1 + next.text.length
  }
  // "微克/0立方米": a rate per zero of anything is no unit
  for (let k = 1; k < terms.length; k++) if (separators[k] === '/' && (terms[k] as Term).factor.isZero()) return { end, description: opaque(text.slice(pos, end)), zeroDenominator: true }
  if (perOnly && first.factor.isZero()) return { end, description: opaque(text.slice(pos, end)), zeroDenominator: true }
  let unit = ''
  for (let k = 0; k < terms.length; k++) unit += (separators[k] as string) + (terms[k] as Term).canonical
  let description = described.get(unit)
  if (description === undefined) {
    const numerator: Term[] = []
    const denominator: Term[] = []
    let below = false
    for (let k = 0; k < terms.length; k++) {
      if (separators[k] === '/') below = true
      ;(below ? denominator : numerator).push(terms[k] as Term)
    }
    description = combine(numerator, denominator, unit)
    if (described.size < 10_000 && unit.length <= MAX_CACHED_LENGTH) described.set(unit, description)
  }
  return { end, description }
}

const NO_UNIT: UnitDescription = /*@__PURE__*/ Object.freeze({
  unit: '',
  family: 'none' as const,
  dimension: 'none',
  factor: ONE,
  catalogued: true,
})

const cache = /*@__PURE__*/ new Map<string, UnitDescription>()

/** A unit the library cannot read: a count unit of its own, comparable only with itself. */
function opaque(unit: string): UnitDescription {
  return Object.freeze({ unit, family: 'count' as const, dimension: `unit:${unit}`, factor: ONE, catalogued: false })
}

/**
 * Describe a unit: its family, dimensions and exact factor. Every unit text is
 * accepted: an unknown measure word is a count unit of its own.
 *
 * @param unit - the unit as written ("万元", "%", "元/人·月", "株"); "" for none.
 * @returns its {@link UnitDescription}.
 * @example
 * ```ts
 * describeUnit('公顷').factor.toString()   // in 亩
 * //=> '15'
 * describeUnit('元/人·月').family
 * //=> 'rate'
 * describeUnit('株').dimension
 * //=> 'count:株'
 * ```
 */
export function describeUnit(unit: string): UnitDescription {
  const cached = cache.get(unit)
  if (cached !== undefined) return cached
  let description: UnitDescription
  if (unit === '') {
    description = NO_UNIT
  } else {
    const read = readUnit(unit, 0, true)
    description = read !== undefined && read.end === unit.length && own(read, 'zeroDenominator') === undefined ? read.description : opaque(unit)
  }
  if (cache.size < 10_000 && unit.length <= MAX_CACHED_LENGTH) cache.set(unit, description)
  return description
}
