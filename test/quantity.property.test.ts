/**
 * Properties of quantity reading, over random input (fast-check): what
 * formatQuantity writes, parseQuantity reads back; conversions within a family
 * are exact and reversible; no text makes parseQuantity throw anything but the
 * library's own error.
 */
import { fc, test } from '@fast-check/vitest'
import { describe, expect } from 'vitest'
import {
  areUnitsCompatible,
  compareQuantities,
  convertQuantity,
  formatQuantity,
  JixiaoError,
  parseQuantity,
  quantity,
  safeParseQuantity,
} from '../src/index.js'
import { decimalText } from './support/arbitraries.js'

/** Units as tables write them: catalogued, scaled, compound and open ones. */
const UNITS = [
  '', '%', '‰', '‱', '百分点', '元', '万元', '亿元', '千元', '件', '个', '人次', '万人', '户', '宗', '株', '场次',
  '亩', '万亩', '公顷', '平方米', '公里', '米', '吨', '万吨', '天', '个月', '年', '分', '分钟', '千瓦', '千米',
  '元/人·月', '吨/月·平方公里', '微克/立方米', '萬元', '個月',
]

const quantities = fc.tuple(decimalText, fc.constantFrom(...UNITS)).map(([amount, unit]) => quantity(amount, unit))

const NOISE = [...'0123456789０１２３４５６７８９一二三四五六七八九十百千万亿两零〇点.,，%％‰‱-+负 以上下成余多半整个件元角分之百比·/:：壹贰叁佰仟萬億點亩米年月天']

describe('quantity: properties', () => {
  test.prop([quantities])('a quantity written in Arabic style reads back to the same amount and unit', (q) => {
    const text = formatQuantity(q)
    const back = parseQuantity(text)
    expect(back.unit, text).toBe(q.unit)
    expect(back.amount.eq(q.amount), text).toBe(true)
  })

  test.prop([quantities])('a quantity written in Chinese style reads back to an equal quantity', (q) => {
    const text = formatQuantity(q, { style: 'chinese' })
    const back = parseQuantity(text)
    expect(areUnitsCompatible(back.unit, q.unit), `${text} → ${back.unit}`).toBe(true)
    expect(compareQuantities(back, q), text).toBe(0)
  })

  test.prop([decimalText, fc.constantFrom(['元', '万元', '亿元'], ['平方米', '亩', '公顷', '平方公里'], ['米', '公里', '厘米'], ['%', '‰', '‱']), fc.nat(), fc.nat()])(
    'converting within a family keeps the quantity equal',
    (amount, family, i, j) => {
      const from = family[i % family.length] as string
      const to = family[j % family.length] as string
      const q = quantity(amount, from)
      const converted = convertQuantity(q, to)
      expect(converted.unit).toBe(to)
      // out of 亩 (1 亩 = 2000/3 平方米 = 1/15 公顷) a result may not terminate and is
      // rounded at 40 digits; every other conversion here is exact
      const exact = from !== '亩' || to === '亩'
      if (exact) expect(compareQuantities(converted, q)).toBe(0)
      const back = convertQuantity(converted, from).amount
      expect(back.minus(q.amount).abs().lte(q.amount.abs().times('1e-38')), `${back.toString()} vs ${amount}`).toBe(true)
    },
  )

  test.prop([fc.string({ unit: fc.constantFrom(...NOISE), maxLength: 14 })], { numRuns: 3000 })(
    'quantity-shaped noise throws nothing but JixiaoError, and safeParseQuantity never throws',
    (text) => {
      try {
        parseQuantity(text)
      } catch (error) {
        expect(error).toBeInstanceOf(JixiaoError)
      }
      expect(() => safeParseQuantity(text)).not.toThrow()
    },
  )

  test.prop([fc.string({ unit: 'binary', maxLength: 20 })])('any text throws nothing but JixiaoError', (text) => {
    try {
      parseQuantity(text)
    } catch (error) {
      expect(error).toBeInstanceOf(JixiaoError)
    }
  })
})
