/**
 * Properties of number reading, over random input (fast-check):
 * whatever formatNumber writes, parseNumber reads back to the same value, and
 * no text makes parseNumber throw anything but the library's own error.
 */
import { fc, test } from '@fast-check/vitest'
import { describe, expect } from 'vitest'
import { Decimal } from 'decimal.js'

const Exact = Decimal.clone({ precision: 100 })
import { formatNumber, JixiaoError, parseNumber, parseQuantity, parseTarget } from '../src/index.js'
import { decimalText } from './support/arbitraries.js'

/** Characters tables are made of, and the ones that break naive readers. */
const NUMBERISH = [...'0123456789０１２３４５６７８９一二三四五六七八九十百千万亿两零〇点.,，%％‰‱-+负 以上下成余多个元万分之百分点比·/:：壹贰叁佰仟萬億點']

describe('numbers: properties', () => {
  test.prop([decimalText])('a Decimal written in Chinese numerals reads back to the same value', (text) => {
    const written = formatNumber(text, { style: 'chinese' })
    expect(parseNumber(written).eq(text), written).toBe(true)
  })

  test.prop([decimalText])('a Decimal written in 大写 (financial) numerals reads back to the same value', (text) => {
    const written = formatNumber(text, { style: 'financial' })
    expect(parseNumber(written).eq(text), written).toBe(true)
  })

  test.prop([decimalText, fc.boolean()])('a Decimal written in Arabic digits, grouped or not, reads back', (text, grouping) => {
    const written = formatNumber(text, { style: 'arabic', grouping })
    expect(parseNumber(written).eq(text), written).toBe(true)
  })

  test.prop([decimalText])('full-width digits read as half-width ones', (text) => {
    const fullWidth = text.replace(/[0-9.\-]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0))
    expect(parseNumber(fullWidth).eq(text)).toBe(true)
  })

  test.prop([fc.string({ unit: fc.constantFrom(...NUMBERISH), maxLength: 12 })], { numRuns: 3000 })(
    'number-shaped noise throws nothing but JixiaoError',
    (text) => {
      try {
        parseNumber(text)
      } catch (error) {
        expect(error).toBeInstanceOf(JixiaoError)
      }
    },
  )

  test.prop([fc.string({ unit: 'binary', maxLength: 20 })])('any text throws nothing but JixiaoError', (text) => {
    try {
      parseNumber(text)
    } catch (error) {
      expect(error).toBeInstanceOf(JixiaoError)
    }
  })

  // 152.2万 is read by moving the decimal point: the same value as the arithmetic, the scale kept for a unit after it
  const plain = fc.tuple(fc.bigInt({ min: 0n, max: 10n ** 45n }), fc.string({ unit: fc.constantFrom(...'0123456789'), maxLength: 9 })).map(([i, f]) => (f === '' ? String(i) : `${i}.${f}`))
  test.prop([plain, fc.constantFrom(['万', 4], ['亿', 8])])('a literal and one 万 or 亿 read as the literal × 10⁴ or 10⁸, its unit kept with the scale', (digits, [big, exponent]) => {
    // exact at any length (the arithmetic at 100 digits: a literal of more than 40 was once rounded here)
    expect(parseNumber(`${digits}${big}`).eq(new Exact(digits).times(new Exact(10).pow(exponent))), `${digits}${big}`).toBe(true)
    const money = parseQuantity(`${digits}${big}元`)
    expect(money.amount.eq(digits) && money.unit === `${big}元`, `${digits}${big}元`).toBe(true)
    expect(parseQuantity(`${digits}元`).amount.eq(digits), `${digits}元`).toBe(true)
    const target = parseTarget(`≥${digits}${big}`)
    expect(target.kind === 'compare' && target.value.amount.eq(digits) && target.value.unit === big, `≥${digits}${big}`).toBe(true)
  })
})
