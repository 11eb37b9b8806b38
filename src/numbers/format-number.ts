import { type Decimal, type DecimalInput, toDecimalOrUndefined } from './decimal.js'
import { makeIssue, NumberParseError } from '../errors.js'
import { own } from '../own.js'

/**
 * How {@link formatNumber} writes a number: `arabic` ("1113"), `chinese`
 * 小写 ("一千一百一十三") or `financial` 大写 ("壹仟壹佰壹拾叁").
 *
 * @example
 * ```ts
 * const style: NumberStyle = 'chinese'
 * ```
 */
export type NumberStyle = 'arabic' | 'chinese' | 'financial'

/**
 * Options of {@link formatNumber}.
 *
 * @example
 * ```ts
 * const options: FormatNumberOptions = { style: 'arabic', grouping: true }
 * ```
 */
export interface FormatNumberOptions {
  /** Default `arabic`. */
  readonly style?: NumberStyle
  /** Thousands separators for the `arabic` style ("3,093,635"). Default false. */
  readonly grouping?: boolean
}

const SMALL_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const
const FINANCIAL_DIGITS = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'] as const
const SMALL_UNITS = ['', '十', '百', '千'] as const
const FINANCIAL_UNITS = ['', '拾', '佰', '仟'] as const

/**
 * Up to eight digits, without leading zeros: groups of four, the upper one
 * followed by 万 ("一千二百三十四万五千六百七十八").
 */
function chineseBelowYi(digits: string, financial: boolean): string {
  const names = financial ? FINANCIAL_DIGITS : SMALL_DIGITS
  const units = financial ? FINANCIAL_UNITS : SMALL_UNITS
  const groups: string[] = []
  for (let end = digits.length; end > 0; end -= 4) groups.unshift(digits.slice(Math.max(0, end - 4), end))
  let out = ''
  let needZero = false
  groups.forEach((group, gi) => {
    const padded = group.padStart(4, '0')
    const fromTop = groups.length - 1 - gi
    if (Number(padded) === 0) {
      if (out !== '') needZero = true
      return
    }
    for (let d = 0; d < 4; d++) {
      const digit = Number(padded[d])
      if (digit === 0) {
        if (out !== '') needZero = true
        continue
      }
      if (needZero) out += names[0]
      needZero = false
      out += (names[digit] as string) + (units[3 - d] as string)
    }
    if (fromTop === 1) out += '万'
  })
  return out
}

/**
 * Any number of digits: the part above 10⁸ is written first and followed by
 * 亿 (so 10¹² is 一万亿 and 10¹⁶ 一亿亿), then the rest, with 零 where a
 * place is skipped ("一万零一亿", "一亿零五"). Each further group of eight
 * digits adds a 亿, in one pass (a number of any length, no recursion).
 */
function chineseDigits(digits: string, financial: boolean): string {
  const trimmed = digits.replace(/^0+/, '')
  const top = trimmed.length % 8 || 8
  let out = chineseBelowYi(trimmed.slice(0, top), financial)
  for (let at = top; at < trimmed.length; at += 8) {
    out += '亿'
    const low = trimmed.slice(at, at + 8).replace(/^0+/, '')
    if (low === '') continue
    if (low.length < 8) out += (financial ? FINANCIAL_DIGITS : SMALL_DIGITS)[0]
    out += chineseBelowYi(low, financial)
  }
  return out
}

function chineseInteger(digits: string, financial: boolean): string {
  if (/^0*$/.test(digits)) return '零'
  let out = chineseDigits(digits, financial)
  if (!financial && out.startsWith('一十')) out = out.slice(1)
  return out
}

/**
 * Write a number back as text, exactly (no float ever takes part).
 *
 * @param value - a number, decimal string or Decimal.
 * @param options - the style; see {@link FormatNumberOptions}.
 * @returns the number as text; `parseNumber` reads it back to the same value.
 * @throws {@link NumberParseError} `NUMBER_INVALID_VALUE` for NaN, ±Infinity or non-numeric strings.
 * @example
 * ```ts
 * formatNumber(1113, { style: 'chinese' })
 * //=> '一千一百一十三'
 * formatNumber('10035', { style: 'chinese' })
 * //=> '一万零三十五'
 * formatNumber(345, { style: 'financial' })
 * //=> '叁佰肆拾伍'
 * formatNumber(3093635, { grouping: true })
 * //=> '3,093,635'
 * ```
 */
export function formatNumber(value: DecimalInput, options: FormatNumberOptions = {}): string {
  const decimal = toDecimalOrUndefined(value)
  if (decimal === undefined) {
    throw new NumberParseError([
      makeIssue('NUMBER_INVALID_VALUE', { value: String(value) }),
    ])
  }
  return formatDecimal(decimal, options)
}

/** "3093635" → "3,093,635", in one pass (a regular expression with a lookahead would take quadratic time). */
function groupThousands(integer: string): string {
  const head = integer.length % 3 || 3
  let out = integer.slice(0, head)
  for (let at = head; at < integer.length; at += 3) out += ',' + integer.slice(at, at + 3)
  return out
}

/** @internal Format one of our Decimals. */
export function formatDecimal(decimal: Decimal, options: FormatNumberOptions = {}): string {
  const style = own(options, 'style') ?? 'arabic'
  const plain = decimal.isZero() ? '0' : decimal.toFixed()
  const negative = plain.startsWith('-')
  const unsigned = negative ? plain.slice(1) : plain
  const [integer = '0', fraction] = unsigned.split('.')
  if (style === 'arabic') {
    const grouped = own(options, 'grouping') ? groupThousands(integer) : integer
    return (negative ? '-' : '') + grouped + (fraction !== undefined ? `.${fraction}` : '')
  }
  const financial = style === 'financial'
  const names = financial ? FINANCIAL_DIGITS : SMALL_DIGITS
  let out = chineseInteger(integer, financial)
  if (fraction !== undefined) {
    out += '点' + Array.from(fraction, (d) => names[Number(d)] as string).join('')
  }
  return (negative ? '负' : '') + out
}

