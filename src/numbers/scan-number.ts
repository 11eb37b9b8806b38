/**
 * The number lexer every parser of the library stands on: from a position in
 * (width-normalised) text, read one number written in Arabic digits, Chinese
 * numerals (小写 or 大写) or a mix of both ("1.2万", "3千万", "两万五").
 *
 * @module
 */
import { D, ONE, ZERO, type Decimal, powerOfTen, decimalFromDigits } from './decimal.js'
import type { NumberProblem } from '../messages/issue-details.js'
import { isAsciiDigit } from './characters.js'
import { CHINESE_MINUS, CHINESE_POINT, WORDS_THAT_ARE_NOT_NUMERALS, chineseBigUnit, chineseDigit, chineseSmallUnit, isChineseNumeralCode } from './chinese-characters.js'
import { bare, own } from '../own.js'
import { exponentEnd, readArabic } from './scan-arabic.js'
import { failure, isScanFailure, type ScanFailure } from './scan-failure.js'

export { exponentEnd } from './scan-arabic.js'
export { failure, scanDetails, type ScanFailure } from './scan-failure.js'

/** @internal A number read from text. */
export interface ScannedNumber {
  readonly ok: true
  /** The whole value, scale included: "152.2万" → 1522000. */
  readonly value: Decimal
  readonly start: number
  readonly end: number
  /** How the digits were written. */
  readonly script: 'arabic' | 'chinese' | 'mixed'
  /**
   * A run of 万/亿 at the very end ("152.2万", "三千万"), or every scale
   * character after a lone Arabic literal ("222.7千", "3千万"): where it starts
   * and its power of ten, so a unit reader can keep "万元" or "千公顷" as the unit.
   */
  readonly scale?: { readonly start: number; readonly exponent: number }
  /** The number before its scale, when a lone literal was read with one ("152.2" of "152.2万"): nothing to divide back. */
  readonly unscaled?: Decimal
}

/** The exponent of a big unit read by moving the decimal point after a literal ("152.2万", "5亿"), by its code; else 0. */
function bigAfterLiteral(code: number): number {
  return code === 0x4e07 /* 万 */ ? 4 : code === 0x4ebf /* 亿 */ ? 8 : 0
}

/** `digits` (a plain decimal literal) × 10^`exponent`, as digits: the decimal point moves, nothing is multiplied. */
function shiftedUp(digits: string, exponent: number): string {
  const point = digits.indexOf('.')
  const integer = point < 0 ? digits : digits.slice(0, point)
  const fraction = point < 0 ? '' : digits.slice(point + 1)
  const moved = fraction.length <= exponent ? integer + fraction.padEnd(exponent, '0') : `${integer}${fraction.slice(0, exponent)}.${fraction.slice(exponent)}`
  let lead = 0
  while (lead < moved.length - 1 && moved[lead] === '0' && moved[lead + 1] !== '.') lead++
  return moved.slice(lead)
}

/** @internal The options that read no sign, made once (every lexer passes them). */
export const UNSIGNED: ScanOptions = /*@__PURE__*/ bare({ sign: false })
/** @internal The default options, made once. */
export const SIGNED: ScanOptions = /*@__PURE__*/ bare({})

/** @internal Options of {@link scanNumber}. */
export interface ScanOptions {
  /** Read a leading sign (+, -, 负). Default true. */
  readonly sign?: boolean
}

/** An Arabic literal inside a numeral ("152.2" of "152.2万"). */
type NumToken = { readonly t: 'num'; readonly value: Decimal; readonly start: number; readonly end: number }

type Token =
  | NumToken
  | { readonly t: 'digit'; readonly value: number; readonly start: number }
  | { readonly t: 'zero'; readonly start: number }
  | { readonly t: 'small'; readonly exponent: number; readonly start: number }
  | { readonly t: 'big'; readonly exponent: number; readonly start: number }
  | { readonly t: 'frac'; readonly digits: string; readonly start: number; readonly end: number }

/**
 * The most units (十, 百, 千, 万, 亿) one numeral may hold. The longest real numeral, 九千九百九十九万九千九百九十九亿
 * 九千九百九十九万九千九百九十九, holds 15; a numeral of thousands of units is refused as too long rather than read in
 * time that grows with the square of its length.
 */
const MAX_UNITS = 48

function startsWithAt(text: string, pos: number, words: readonly string[]): boolean {
  for (const word of words) {
    if (text.startsWith(word, pos)) return true
  }
  return false
}

/** The tokens of a numeral at `pos`; `from` is where the number starts (its sign included), for a failure's span. */
function tokenize(text: string, pos: number, from: number, first?: NumToken): { tokens: Token[]; end: number } | ScanFailure {
  const tokens: Token[] = first === undefined ? [] : [first]
  let i = first === undefined ? pos : first.end
  while (i < text.length) {
    const ch = text[i] as string
    const code = text.charCodeAt(i)
    const last = tokens[tokens.length - 1]
    if (isAsciiDigit(code) || (code === 46 && isAsciiDigit(text.charCodeAt(i + 1)))) {
      if (last !== undefined && last.t !== 'small' && last.t !== 'big') break
      const read = readArabic(text, i)
      if (isScanFailure(read)) return read
      // "1万2E3": scientific notation inside a numeral is refused as it is alone
      const exponent = exponentEnd(text, read.end)
      if (exponent > 0) return failure(from, exponent, 'exponent', text.slice(from, exponent))
      tokens.push({ t: 'num', value: decimalFromDigits(read.digits.startsWith('.') ? `0${read.digits}` : read.digits), start: i, end: read.end })
      i = read.end
      continue
    }
    const digit = chineseDigit(ch)
    if (digit !== undefined) {
      if (last !== undefined && last.t === 'num') break
      tokens.push(digit === 0 ? { t: 'zero', start: i } : { t: 'digit', value: digit, start: i })
      i++
      continue
    }
    const small = chineseSmallUnit(ch)
    const big = chineseBigUnit(ch)
    if (small !== undefined || big !== undefined) {
      if (tokens.length === 0) {
        // only 十 (十二 = 12) may open a numeral, and not in 十分 (very), though
        // 十分钟 is ten minutes
        if (small !== 1 || (text.startsWith('十分', i) && !text.startsWith('十分钟', i))) break
      } else if (last?.t === 'frac' && big === undefined) {
        break
      } else {
        const reserved = startsWithAt(text, i, WORDS_THAT_ARE_NOT_NUMERALS) && !text.startsWith('十分', i)
        if (reserved) break
      }
      tokens.push(small !== undefined ? { t: 'small', exponent: small, start: i } : { t: 'big', exponent: big as number, start: i })
      i++
      continue
    }
    if (CHINESE_POINT.has(ch) && last !== undefined && last.t !== 'num' && last.t !== 'frac') {
      let j = i + 1
      let digits = ''
      while (j < text.length) {
        const d = chineseDigit(text[j] as string)
        if (d === undefined) break
        digits += String(d)
        j++
      }
      if (digits === '') break
      tokens.push({ t: 'frac', digits, start: i, end: j })
      i = j
      continue
    }
    break
  }
  return { tokens, end: i }
}

function tokenEnd(token: Token): number {
  return token.t === 'num' || token.t === 'frac' ? token.end : token.start + 1
}

/**
 * The value of a numeral's tokens, in one pass. A 万 or 亿 with nothing to multiply ends the numeral ("一亿万亩": the
 * 万 belongs to what follows): `count` says how many tokens the value took.
 */
function evaluate(
  tokens: readonly Token[],
  text: string,
): { value: Decimal; count: number; scale?: { start: number; exponent: number } } | ScanFailure {
  const first = tokens[0] as Token
  const lastToken = tokens[tokens.length - 1] as Token
  const end = tokenEnd(lastToken)
  const bad = (reason: NumberProblem, word?: string): ScanFailure => failure(first.start, end, reason, written, word)
  const written = text.slice(first.start, end)

  // Positional form: only digits ("二〇二二", "一二"), maybe a fraction.
  const allDigits = tokens.every((t) => t.t === 'digit' || t.t === 'zero' || t.t === 'frac')
  if (allDigits) {
    let integer = ''
    let fraction = ''
    for (const t of tokens) {
      if (t.t === 'digit') integer += String(t.value)
      else if (t.t === 'zero') integer += '0'
      else if (t.t === 'frac') fraction = t.digits
    }
    return { value: new D(fraction === '' ? integer : `${integer}.${fraction}`), count: tokens.length }
  }

  // Parts already closed by a 万 or 亿, each with the power of ten those
  // big units gave it: a big unit multiplies every part it outranks, so
  // 一万亿零一亿 is 10¹² + 10⁸ and 六万一千八百万 is 61800 × 10⁴.
  const parts: { value: Decimal; exponent: number }[] = []
  let group: Decimal = ZERO // value since the last 万/亿 (below 10⁴)
  let lastBig = 0 // exponent of the last 万/亿, 0 before the first
  let pending: Decimal | undefined // a digit or literal waiting for its unit
  let pendingIsFraction = false // pending came from "点…" after a unit ("一百一十点二九")
  let lastSmall = 99
  let lastUnitExponent = 0
  let zeroSinceUnit = false
  let digitSinceBig = false // a digit, literal or 零 was written since the last 万/亿
  let fraction: string | undefined
  let trailingStart = -1
  let trailingExponent = 0
  let units = 0
  let count = tokens.length

  for (let index = 0; index < count; index++) {
    const t = tokens[index] as Token
    const previous = tokens[index - 1]
    switch (t.t) {
      case 'num':
      case 'digit': {
        if (pending !== undefined) return bad('digits-together')
        pending = t.t === 'num' ? t.value : new D(t.value)
        pendingIsFraction = false
        digitSinceBig = true
        trailingStart = -1
        break
      }
      case 'zero':
        if (pending !== undefined) return bad('digits-together')
        zeroSinceUnit = true
        digitSinceBig = true
        trailingStart = -1
        break
      case 'small': {
        if (++units > MAX_UNITS) return bad('too-long')
        if (t.exponent >= lastSmall) return bad('units-out-of-order')
        if (pendingIsFraction) return bad('unit-after-decimals')
        // 十二: 十 needs no digit; 零千 (zero thousands, as in 零千元) is 0
        const leadingZero = index === 1 && previous?.t === 'zero'
        const multiplier = pending ?? (leadingZero ? ZERO : t.exponent === 1 ? ONE : undefined)
        if (multiplier === undefined) return bad('unit-without-digit')
        group = group.plus(multiplier.times(powerOfTen(t.exponent)))
        pending = undefined
        lastSmall = t.exponent
        lastUnitExponent = t.exponent
        zeroSinceUnit = false
        // Arabic digits then scale characters ("222.7千公顷", "3千万元"): the
        // scale belongs to the unit that follows, if one does.
        trailingStart = index === 1 && previous?.t === 'num' ? t.start : -1
        trailingExponent = trailingStart >= 0 ? t.exponent : 0
        break
      }
      case 'big': {
        const groupValue = group.plus(pending ?? 0)
        const unitName = t.exponent === 8 ? '亿' : '万'
        // "一万二万": 一万二 already means 12000, so a second 万 is ambiguous
        const colloquialTail = pending !== undefined && !pendingIsFraction && !zeroSinceUnit && lastSmall === 99 && lastBig > 0
        if (colloquialTail && t.exponent >= lastBig) {
          return bad('repeated-big-unit', unitName)
        }
        const closesGroup = digitSinceBig || !groupValue.isZero()
        if (!closesGroup && !parts.some((p) => p.exponent <= t.exponent)) {
          // "一亿万亩": a 万 with nothing to multiply ends the number; it
          // belongs to what follows (a unit "万亩", or text)
          count = index
          break
        }
        if (++units > MAX_UNITS) return bad('too-long')
        if (closesGroup) parts.push({ value: groupValue, exponent: 0 })
        for (const part of parts) {
          if (part.exponent > t.exponent) continue
          part.value = part.value.times(powerOfTen(t.exponent))
          part.exponent += t.exponent
        }
        lastBig = t.exponent
        if (trailingStart < 0) {
          trailingStart = t.start
          trailingExponent = 0
        }
        trailingExponent += t.exponent
        group = ZERO
        pending = undefined
        pendingIsFraction = false
        lastSmall = 99
        lastUnitExponent = t.exponent
        zeroSinceUnit = false
        digitSinceBig = false
        break
      }
      case 'frac':
        if (pending !== undefined) {
          pending = new D(`${pending.toFixed()}.${t.digits}`)
        } else if (previous !== undefined && (previous.t === 'small' || previous.t === 'big' || previous.t === 'zero')) {
          // "一百一十点二九" = 110.29, "零点五万" = 5000: the decimals follow a
          // whole part already complete.
          pending = new D(`0.${t.digits}`)
          pendingIsFraction = true
        } else {
          return bad('point-without-digits')
        }
        fraction = t.digits
        trailingStart = -1
        break
    }
  }

  let tail = pending ?? ZERO
  // Colloquial "两万五" = 25000, "一百五" = 150: a last digit after a unit of
  // 百 or more, with no 零 between, counts in the next lower place.
  if (pending !== undefined && fraction === undefined && !zeroSinceUnit && lastUnitExponent >= 2 && count > 1) {
    const previous = tokens[count - 2]
    if (previous !== undefined && (previous.t === 'small' || previous.t === 'big')) {
      tail = pending.times(powerOfTen(lastUnitExponent - 1))
    }
  }
  let value = group.plus(tail)
  for (const part of parts) value = value.plus(part.value)
  if (trailingStart >= 0) return { value, count, scale: { start: trailingStart, exponent: trailingExponent } }
  return { value, count }
}

/** How the first `count` tokens were written. */
function scriptOf(tokens: readonly Token[], count: number): ScannedNumber['script'] {
  let arabic = false
  let chinese = false
  for (let k = 0; k < count; k++) {
    if ((tokens[k] as Token).t === 'num') arabic = true
    else chinese = true
  }
  return arabic ? (chinese ? 'mixed' : 'arabic') : 'chinese'
}

/** Could a numeral go on after Arabic digits with this character (万, 千, 点, a Chinese digit …)? */
function continuesNumeral(ch: string): boolean {
  return ch !== '' && continuesNumeralCode(ch.charCodeAt(0))
}

/** {@link continuesNumeral} by the character's code (NaN past the end of the text: no). */
function continuesNumeralCode(code: number): boolean {
  return code >= 0x4e00 && (isChineseNumeralCode(code) || code === 0x534a /* 半 */ || code === 0x6574 /* 整 */)
}

/**
 * The end of a plain literal at `pos` ("95", "99.16", "0.565"): digits and at most one point between digits, followed by
 * nothing a longer reading could take (a group separator, a second point, an exponent, a numeral). -1 otherwise: then
 * {@link readArabic} and the numeral reader decide.
 */
function plainLiteralEnd(text: string, pos: number): number {
  let j = pos
  while (isAsciiDigit(text.charCodeAt(j))) j++
  if (j === pos) return -1
  let code = text.charCodeAt(j)
  if (code === 46 /* . */) {
    if (!isAsciiDigit(text.charCodeAt(j + 1))) return -1
    j++
    while (isAsciiDigit(text.charCodeAt(j))) j++
    code = text.charCodeAt(j)
    if (code === 46) return -1
  }
  // "3,093,635", "28 831", "1.23E+05", "152.2万": read by the full literal and numeral readers
  if (code === 44 || code === 32 || code === 69 || code === 101 || continuesNumeralCode(code)) return -1
  return j
}

/**
 * Read one number at `pos` in width-normalised `text`.
 *
 * @returns the number read, a failure for number-shaped text that cannot be
 *   read ("1..2"), or `undefined` when no number starts at `pos`.
 * @internal
 */
export function scanNumber(text: string, pos: number, options: ScanOptions = SIGNED): ScannedNumber | ScanFailure | undefined {
  let i = pos
  let negative = false
  // the options are the library's own objects with no prototype (UNSIGNED, SIGNED): read directly
  if (options.sign !== false) {
    const ch = text[i]
    if (ch === '-' || ch === '+' || (ch !== undefined && CHINESE_MINUS.has(ch))) {
      const next = text.charCodeAt(i + 1)
      const nextCh = text[i + 1] ?? ''
      if (isAsciiDigit(next) || next === 46 || chineseDigit(nextCh) !== undefined || nextCh === '十') {
        negative = ch !== '+'
        i++
      }
    }
  }
  // Fast path: Arabic digits not followed by anything a numeral could continue with ("90%", "803个")
  const first = text.charCodeAt(i)
  let literalToken: NumToken | undefined
  if (isAsciiDigit(first)) {
    const end = plainLiteralEnd(text, i)
    if (end > 0) {
      const digits = text.slice(i, end)
      return { ok: true, value: decimalFromDigits(negative ? `-${digits}` : digits), start: pos, end, script: 'arabic' }
    }
  }
  if (isAsciiDigit(first) || (first === 46 && isAsciiDigit(text.charCodeAt(i + 1)))) {
    const literal = readArabic(text, i)
    if (isScanFailure(literal)) return literal
    // "1.23E+05": a spreadsheet's scientific notation may be rounded for display; never read it as 1.23 or 5
    const exponent = exponentEnd(text, literal.end)
    if (exponent > 0) return failure(pos, exponent, 'exponent', text.slice(pos, exponent))
    const digits = literal.digits.startsWith('.') ? `0${literal.digits}` : literal.digits
    if (!continuesNumeral(text[literal.end] ?? '')) {
      return { ok: true, value: decimalFromDigits(negative ? `-${digits}` : digits), start: pos, end: literal.end, script: 'arabic' }
    }
    // "152.2万", "5亿": one big unit after the literal moves its decimal point (the numeral goes on otherwise: "3千万")
    const power = bigAfterLiteral(text.charCodeAt(literal.end))
    if (power > 0) {
      const after = text.charCodeAt(literal.end + 1)
      // the numeral goes on after 万 with a digit, a point or any numeral (〇 and ○ too: "1万〇五百"), and 万分之 is a
      // word of its own: the numeral reader decides those
      const goesOn = isAsciiDigit(after) || after === 46 || continuesNumeralCode(after) || isChineseNumeralCode(after)
      if (!goesOn && !WORDS_THAT_ARE_NOT_NUMERALS.some((w) => text.startsWith(w, literal.end))) {
        const sign = negative ? '-' : ''
        return {
          ok: true,
          value: decimalFromDigits(sign + shiftedUp(digits, power)),
          start: pos,
          end: literal.end + 1,
          script: 'mixed',
          scale: { start: literal.end, exponent: power },
          unscaled: decimalFromDigits(sign + digits),
        }
      }
    }
    // "152.2万", "3千万": the literal read here is the numeral's first token, not read again
    literalToken = { t: 'num', value: decimalFromDigits(digits), start: i, end: literal.end }
  }
  const read = tokenize(text, i, pos, literalToken)
  if (isScanFailure(read)) return read
  const { tokens } = read
  if (tokens.length === 0) return undefined
  const evaluated = evaluate(tokens, text)
  if (isScanFailure(evaluated)) return evaluated
  const lastToken = tokens[evaluated.count - 1] as Token
  const script = scriptOf(tokens, evaluated.count)
  const value = negative ? evaluated.value.negated() : evaluated.value
  const scale = own(evaluated, 'scale')
  const result: ScannedNumber = scale
    ? { ok: true, value, start: pos, end: tokenEnd(lastToken), script, scale }
    : { ok: true, value, start: pos, end: tokenEnd(lastToken), script }
  return result
}
