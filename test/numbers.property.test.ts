/**
 * Properties of number reading, over random input (fast-check):
 * whatever formatNumber writes, parseNumber reads back to the same value, and
 * no text makes parseNumber throw anything but the library's own error.
 */
import { fc, test } from '@fast-check/vitest'
import { describe, expect } from 'vitest'
import { formatNumber, JixiaoError, parseNumber } from '../src/index.js'
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
})
