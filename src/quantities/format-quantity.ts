import { powerOfTen } from '../numbers/decimal.js'
import { formatDecimal } from '../numbers/format-number.js'
import { UNITS } from './catalogue.js'
import { readQuantity, type Quantity } from './quantity.js'
import { describeUnit } from './unit.js'
import { lookup, own } from '../own.js'

/**
 * Options of {@link formatQuantity}.
 *
 * @example
 * ```ts
 * const options: FormatQuantityOptions = { style: 'chinese' }
 * ```
 */
export interface FormatQuantityOptions {
  /** `arabic` ("90%", "152.2万元", default) or `chinese` ("百分之九十", "一百五十二点二万元"). */
  readonly style?: 'arabic' | 'chinese'
}

const SHARE_WORDS: Readonly<Record<string, string>> = { '%': '百分之', '‰': '千分之', '‱': '万分之' }

const SMALL_SCALES: Readonly<Record<string, number>> = { 十: 1, 百: 2, 千: 3 }

/**
 * In Chinese numerals a 十, 百 or 千 before the unit joins the number
 * ("五千元" is 5000 元), so a unit scaled by one (千元, 百万元) is written in the
 * unit it scales: 20 百万元 → "二千万元", never "二十百万元".
 */
function withoutSmallScale(value: Quantity): { amount: Quantity['amount']; unit: string } {
  const exponent = lookup(SMALL_SCALES, value.unit[0] ?? '')
  const rest = value.unit.slice(1)
  if (exponent === undefined || rest === '' || lookup(UNITS, value.unit) !== undefined) return value
  const scaled = describeUnit(value.unit)
  const base = describeUnit(rest)
  if (scaled.dimension !== base.dimension || !scaled.factor.eq(base.factor.times(powerOfTen(exponent)))) return value
  return { amount: value.amount.times(powerOfTen(exponent)), unit: base.unit }
}

/**
 * Write a quantity back as text, exactly. `parseQuantity` reads the Arabic
 * style back to the same amount and unit, and the Chinese style to an equal
 * quantity (the same unit, except that a unit scaled by 十, 百 or 千 is
 * written in the unit it scales: 5 千元 is "五千元", which reads as 5000 元).
 * Chinese numerals cannot mark where a number ends and a unit's 万 or 亿
 * begins ("一亿零一万元"), so in such a unit an amount of 10⁴ or more keeps
 * Arabic digits even in the Chinese style ("12345万元").
 *
 * @param value - the quantity (an amount from any copy of decimal.js is read again as the library's own).
 * @param options - the style.
 * @returns the text.
 * @example
 * ```ts
 * formatQuantity(parseQuantity('千分之二'))
 * //=> '2‰'
 * formatQuantity(parseQuantity('2‰'), { style: 'chinese' })
 * //=> '千分之二'
 * formatQuantity(parseQuantity('1165件'), { style: 'chinese' })
 * //=> '一千一百六十五件'
 * ```
 */
export function formatQuantity(value: Quantity, options: FormatQuantityOptions = {}): string {
  const q = readQuantity(value)
  return own(options, 'style') === 'chinese' ? chineseQuantity(q) : formatDecimal(q.amount) + q.unit
}

/** A quantity in Chinese numerals ("百分之九十", "一百五十二点二万元"). */
function chineseQuantity(value: Quantity): string {
  const shareWord = lookup(SHARE_WORDS, value.unit)
  if (shareWord !== undefined && value.amount.gte(0)) return shareWord + formatDecimal(value.amount, { style: 'chinese' })
  const plain = withoutSmallScale(value)
  const unit = plain.unit === '百分点' ? '个百分点' : plain.unit
  // "一亿零一万元" would read as 100010000 元: a 万/亿 unit after a numeral of 万 or more takes Arabic digits
  if (/^[万亿萬億]/.test(unit) && plain.amount.abs().gte(10000)) return formatDecimal(plain.amount) + unit
  const number = formatDecimal(plain.amount, { style: 'chinese' })
  // "十分" reads as "very": ten points are written 一十分
  const sign = number.startsWith('负') ? '负' : ''
  const digits = number.slice(sign.length)
  return sign + (digits.startsWith('十') && unit.startsWith('分') ? '一' : '') + digits + unit
}
