/**
 * Read one quantity inside running text: a number with its unit, or a share
 * written in words (百分之九十, 千分之二, 万分之五, 九成, 八成五).
 *
 * @module
 */
import { D, freezeDecimal, HUNDRED, TEN, ZERO, type Decimal, shiftDown } from '../numbers/decimal.js'
import { CHINESE_MINUS, chineseDigitCode } from '../numbers/chinese-characters.js'
import { isCjk } from '../numbers/characters.js'
import { failure, scanNumber, type ScanFailure, UNSIGNED, SIGNED } from '../numbers/scan-number.js'
import { makeQuantity, type Quantity } from './quantity.js'
import { describeUnit, isStopAt, isTrailingHalf, PLAIN_STOPS, readUnit as readUnitWith, type UnitStops } from './unit.js'
import { bare, own } from '../own.js'

/** @internal A quantity read from text. */
export interface ScannedQuantity {
  readonly ok: true
  readonly quantity: Quantity
  readonly start: number
  readonly end: number
  /** Where the number ended (the unit, if any, follows). */
  readonly numberEnd: number
  /** "4200余万元", "90多个": the number is a lower bound. */
  readonly moreThan: boolean
  /** How the digits were written. */
  readonly script: 'arabic' | 'chinese' | 'mixed'
  /** `share-word` for 百分之N/千分之N/万分之N, `tenths` for N成, else `number`. */
  readonly form: 'number' | 'share-word' | 'tenths'
}

/** @internal Options of {@link scanQuantity}, as an object with no prototype, so that they are read directly. */
export function scanOptions(options: ScanQuantityOptions): ScanQuantityOptions {
  return bare({ ...options })
}

const NO_OPTIONS: ScanQuantityOptions = /*@__PURE__*/ bare({})

/** @internal Options of {@link scanQuantity}. */
export interface ScanQuantityOptions {
  /** Read a leading sign. Default true. */
  readonly sign?: boolean
  /** Accept any word as the unit (a whole string that must be a quantity). */
  readonly open?: boolean
  /**
   * Keep a trailing 万/亿 with no unit after it as the unit ("5万" → 5 万) instead
   * of folding it into the number (50000): targets do, so that "5万至10万元" and
   * "5万以上" against "6万人" take the unit of the other side at its scale.
   */
  readonly keepScale?: boolean
  /** Where a measure word ends: the caller's grammar words (default: punctuation and brackets only). */
  readonly stops?: UnitStops
}

const SHARE_WORDS: readonly (readonly [string, string])[] = [
  ['百分之', '%'],
  ['千分之', '‰'],
  ['万分之', '‱'],
  ['萬分之', '‱'],
]

const HALF = /*@__PURE__*/ freezeDecimal(new D('0.5'))
const FIFTY = /*@__PURE__*/ freezeDecimal(new D(50))
/** 角 and 分, the tenths and hundredths of a 元. */
const JIAO_FEN = [['角', 1], ['分', 2]] as const

/** Units after which 角 and 分 may follow as parts of one amount ("壹佰贰拾叁元肆角伍分"). */
const YUAN: ReadonlySet<string> = new Set(['元', '圆'])

/**
 * After "…元", read the 角 and 分 of a money amount ("肆角伍分", "零陆分",
 * "3角"), and a closing 整 ("伍仟元整"): the amount in 元 to add and where the
 * reading ends. Each part is one digit, 0 to 9.
 */
function readJiaoFen(text: string, pos: number): { add: Decimal; end: number } {
  let add: Decimal = ZERO
  let end = pos
  for (const [word, places] of JIAO_FEN) {
    let i = end
    if (text[i] === '零' || text[i] === '〇') i++
    const digit = scanNumber(text, i, UNSIGNED)
    if (digit === undefined || !digit.ok || text[digit.end] !== word) continue
    if (!digit.value.isInteger() || digit.value.gt(9) || own(digit, 'scale') !== undefined) continue
    add = add.plus(shiftDown(digit.value, places))
    end = digit.end + 1
  }
  if (text[end] === '整' && !isCjkAt(text, end + 1)) end++
  return { add, end }
}

/** A lone 万 or 亿 at `pos`, with no unit word after it. */
function isBareScale(text: string, pos: number, stops: UnitStops): boolean {
  const ch = text[pos]
  if (ch !== '万' && ch !== '亿' && ch !== '萬' && ch !== '億') return false
  const next = text[pos + 1]
  return next === undefined || !isCjk(next.charCodeAt(0)) || isStopAt(text, pos + 1, stops)
}

/** "50微克/0立方米": the failure of a quantity whose unit divides by zero, its span on the unit. */
function zeroDenominator(text: string, pos: number, unitStart: number, end: number): ScanFailure {
  return failure(unitStart, end, 'zero-denominator', text.slice(pos, end), text.slice(unitStart, end))
}

function isCjkAt(text: string, pos: number): boolean {
  return isCjk(text.charCodeAt(pos))
}

/** No quantity starts here (a share word's reading found none): distinct from "go on reading a number". */
const NONE = 'none'

/**
 * The forms that begin with a word or a sign: 半 before a unit, a sign before a share word, 百分百, 百分之N, 千分之N,
 * 万分之N. Returns the quantity or failure read, NONE when nothing is read, undefined to read a number.
 */
function scanSpecial(text: string, pos: number, options: ScanQuantityOptions, stops: UnitStops, sign: boolean): ScannedQuantity | ScanFailure | typeof NONE | undefined {
  // 百分之九十, 千分之二, 万分之五
  // 半年, 半个月, 半天: half a unit of measure
  if (text[pos] === '半') {
    const unit = readUnitWith(text, pos + 1, false, stops)
    if (unit !== undefined && unit.description.catalogued && unit.description.family !== 'count' && unit.description.family !== 'none') {
      return { ok: true, quantity: makeQuantity(HALF, unit.description.unit), start: pos, end: unit.end, numberEnd: pos + 1, moreThan: false, script: 'chinese', form: 'number' }
    }
  }
  // 负百分之五: a sign before a share written in words
  if (sign && (text[pos] === '-' || CHINESE_MINUS.has(text[pos] ?? '')) && SHARE_WORDS.some(([word]) => text.startsWith(word, pos + 1))) {
    const positive = scanQuantity(text, pos + 1, scanOptions({ ...options, sign: false }))
    if (positive === undefined) return NONE
    if (!positive.ok) return positive
    return { ...positive, start: pos, quantity: makeQuantity(positive.quantity.amount.negated(), positive.quantity.unit) }
  }
  // 百分百: all of it, as 百分之百
  if (text.startsWith('百分百', pos) && !/[0-9一二三四五六七八九十点]/.test(text[pos + 3] ?? '')) {
    return { ok: true, quantity: makeQuantity(HUNDRED, '%'), start: pos, end: pos + 3, numberEnd: pos + 3, moreThan: false, script: 'chinese', form: 'share-word' }
  }
  for (const [word, unit] of SHARE_WORDS) {
    if (text.startsWith(word, pos)) {
      // 百分之百: all of it
      if (text[pos + word.length] === '百' && !/[0-9一二三四五六七八九十点]/.test(text[pos + word.length + 1] ?? '')) {
        const end = pos + word.length + 1
        return { ok: true, quantity: makeQuantity(HUNDRED, unit), start: pos, end, numberEnd: end, moreThan: false, script: 'chinese', form: 'share-word' }
      }
      const number = scanNumber(text, pos + word.length, UNSIGNED)
      if (number === undefined) {
        return failure(pos, pos + word.length, 'share-without-number', word, word)
      }
      if (!number.ok) return number
      return {
        ok: true,
        quantity: makeQuantity(number.value, unit),
        start: pos,
        end: number.end,
        numberEnd: number.end,
        moreThan: false,
        script: number.script,
        form: 'share-word',
      }
    }
  }

  return undefined
}

/**
 * @internal Read a quantity at `pos` in width-normalised `text`; `undefined`
 * when no number starts there, a failure for number-shaped text that cannot
 * be read.
 */
export function scanQuantity(
  text: string,
  pos: number,
  options: ScanQuantityOptions = NO_OPTIONS,
): ScannedQuantity | ScanFailure | undefined {
  // the options are the library's own objects with no prototype (see scanOptions): read directly
  const stops = options.stops ?? PLAIN_STOPS
  const sign = options.sign !== false
  const open = options.open === true
  const keepScale = options.keepScale === true
  // the common case: a number in digits ("95%", "803个") starts with none of the words below, which all begin with a
  // Chinese character or a sign
  const first = text.charCodeAt(pos)
  if (!(first >= 48 && first <= 57)) {
    const special = scanSpecial(text, pos, options, stops, sign)
    if (special !== undefined) return special === NONE ? undefined : special
  }
  const number = scanNumber(text, pos, sign ? SIGNED : UNSIGNED)
  if (number === undefined || !number.ok) return number
  let i = number.end

  // 一半 = 50%: half of the whole (not "one and a half": that is 一个半)
  if (text[i] === '半' && number.script === 'chinese' && number.value.eq(1) && number.end - pos === 1 && readUnitWith(text, i + 1, false, stops) === undefined) {
    return { ok: true, quantity: makeQuantity(FIFTY, '%'), start: pos, end: i + 1, numberEnd: i + 1, moreThan: false, script: number.script, form: 'tenths' }
  }

  // 九成 = 90%, 八成五 = 85%
  if (text[i] === '成' && number.value.isInteger() && number.value.gte(0) && number.value.lte(10)) {
    let amount: Decimal = number.value.times(TEN)
    let end = i + 1
    const next = chineseDigitCode(text.charCodeAt(end))
    const nextCode = text.charCodeAt(end)
    if (text[end] === '半') {
      amount = amount.plus(5)
      end++
    } else if (next !== undefined) {
      amount = amount.plus(next)
      end++
    } else if (nextCode >= 48 && nextCode <= 57 && !(text.charCodeAt(end + 1) >= 48 && text.charCodeAt(end + 1) <= 57)) {
      amount = amount.plus(nextCode - 48)
      end++
    }
    return { ok: true, quantity: makeQuantity(amount, '%'), start: pos, end, numberEnd: end, moreThan: false, script: number.script, form: 'tenths' }
  }

  let moreThan = false
  if (text[i] === '余' || (text[i] === '多' && !text.startsWith('多于', i))) {
    moreThan = true
    i++
  }

  // a 万/亿 at the end of the number may belong to the unit: 152.2万元 is
  // 152.2 万元, and 5.7万多个 is 5.7 万个 (more than)
  const scale = own(number, 'scale')
  if (scale !== undefined) {
    const scaled = moreThan ? readUnitWith(text, i, open, stops) : readUnitWith(text, scale.start, open, stops)
    // "5万元/0人": a rate per zero is refused, whether the scale stays with the unit or not
    if (scaled !== undefined && own(scaled, 'zeroDenominator') === true) return zeroDenominator(text, pos, moreThan ? i : scale.start, scaled.end)
    if (scaled !== undefined && scaled.description.family !== 'none') {
      const amount = own(number, 'unscaled') ?? shiftDown(number.value, scale.exponent)
      const unit = moreThan ? describeUnit(text.slice(scale.start, number.end) + scaled.description.unit).unit : scaled.description.unit
      return {
        ok: true,
        quantity: makeQuantity(amount, unit),
        start: pos,
        end: scaled.end,
        numberEnd: scale.start,
        moreThan,
        script: number.script,
        form: 'number',
      }
    }
    if (keepScale && !moreThan && (scaled === undefined || scaled.end <= number.end)) {
      const end = number.end
      return {
        ok: true,
        quantity: makeQuantity(own(number, 'unscaled') ?? shiftDown(number.value, scale.exponent), text.slice(scale.start, end)),
        start: pos,
        end,
        numberEnd: scale.start,
        moreThan,
        script: number.script,
        form: 'number',
      }
    }
  }

  let unitStart = i
  if (text.charCodeAt(unitStart) === 32) unitStart++
  // "≥10 万": a space before a bare 万 or 亿 keeps it with the number, as "10万" would
  if (unitStart > i && keepScale && !moreThan && scale === undefined && isBareScale(text, unitStart, stops)) {
    const end = unitStart + 1
    return { ok: true, quantity: makeQuantity(number.value, text.slice(unitStart, end)), start: pos, end, numberEnd: number.end, moreThan, script: number.script, form: 'number' }
  }
  const unit = readUnitWith(text, unitStart, open, stops)
  if (unit !== undefined && own(unit, 'zeroDenominator') === true) return zeroDenominator(text, pos, unitStart, unit.end)
  if (unit === undefined) {
    return { ok: true, quantity: makeQuantity(number.value, ''), start: pos, end: i, numberEnd: number.end, moreThan, script: number.script, form: 'number' }
  }
  let amount = number.value
  let end = unit.end
  if (YUAN.has(unit.description.unit) && !moreThan) {
    // 壹佰贰拾叁元肆角伍分 = 123.45 元
    const parts = readJiaoFen(text, end)
    // added only when 角 or 分 were read (an addition rounds to 40 digits), and to a zero (which makes −0 元 read as 0 元)
    if (parts.end > end || amount.isZero()) amount = amount.plus(parts.add)
    end = parts.end
  } else if (unit.description.family !== 'rate' && isTrailingHalf(text, end, stops) && amount.isInteger() && amount.gte(0)) {
    // 四十四斤半 = 44.5 斤, 一年半 = 1.5 年
    amount = amount.plus(HALF)
    end++
  }
  return {
    ok: true,
    quantity: makeQuantity(amount, unit.description.unit),
    start: pos,
    end,
    numberEnd: number.end,
    moreThan,
    script: number.script,
    form: 'number',
  }
}
