import { formatDecimal } from '../numbers/format-number.js'
import type { Quantity } from './quantity.js'

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

/**
 * Write a quantity back as text, exactly. `parseQuantity` reads the Arabic
 * style back to the same amount and unit, and the Chinese style to an equal
 * quantity (the same unit, except that "五千元" reads as 5000 元, not 5 千元).
 * Chinese numerals cannot mark where a number ends and a unit's 万 or 亿
 * begins, so amounts of 10⁸ or more in such units are best written in the
 * Arabic style.
 *
 * @param value - the quantity.
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
  if (options.style === 'chinese') {
    const shareWord = SHARE_WORDS[value.unit]
    if (shareWord !== undefined && value.amount.gte(0)) return shareWord + formatDecimal(value.amount, { style: 'chinese' })
    const unit = value.unit === '百分点' ? '个百分点' : value.unit
    // "一亿零一万元" would read as 100010000 元: a 万/亿 unit after a numeral of 万 or more takes Arabic digits
    if ((unit.startsWith('万') || unit.startsWith('亿')) && value.amount.abs().gte(10000)) return formatDecimal(value.amount) + unit
    const number = formatDecimal(value.amount, { style: 'chinese' })
    // "十分" reads as "very": ten points are written 一十分
    const sign = number.startsWith('负') ? '负' : ''
    const digits = number.slice(sign.length)
    return sign + (digits.startsWith('十') && unit.startsWith('分') ? '一' : '') + digits + unit
  }
  return formatDecimal(value.amount) + value.unit
}
