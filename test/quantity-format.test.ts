/**
 * Writing quantities back as text: `formatQuantity` in Arabic and Chinese
 * styles, read back by `parseQuantity`.
 */
import { describe, expect, it } from 'vitest'
import { compareQuantities, formatQuantity, parseQuantity, quantity } from '../src/index.js'

describe('formatQuantity', () => {
  it.each([
    ['90%', '90%', '百分之九十'],
    ['千分之二', '2‰', '千分之二'],
    ['万分之五', '5‱', '万分之五'],
    ['九成', '90%', '百分之九十'],
    ['95百分比', '95%', '百分之九十五'],
    ['5个百分点', '5百分点', '五个百分点'],
    ['152.2万元', '152.2万元', '一百五十二点二万元'],
    ['8608.99 万元', '8608.99万元', '八千六百零八点九九万元'],
    ['1165件', '1165件', '一千一百六十五件'],
    ['620元/人·月', '620元/人·月', '六百二十元/人·月'],
    ['3株', '3株', '三株'],
    ['-16.77%', '-16.77%', '负十六点七七%'],
    ['100.00%', '100%', '百分之一百'],
    ['0万元', '0万元', '零万元'],
    ['12', '12', '十二'],
  ])('%s → %s / %s', (text, arabic, chinese) => {
    const q = parseQuantity(text)
    expect(formatQuantity(q)).toBe(arabic)
    expect(formatQuantity(q, { style: 'arabic' })).toBe(arabic)
    expect(formatQuantity(q, { style: 'chinese' })).toBe(chinese)
  })

  it.each(['90%', '千分之二', '5个百分点', '152.2万元', '1165件', '620元/人·月', '6.2吨/月·平方公里', '3株', '-3.14%', '1.3万亿斤', '0.5万元'])(
    '%s reads back to the same quantity in both styles',
    (text) => {
      const q = parseQuantity(text)
      for (const style of ['arabic', 'chinese'] as const) {
        const back = parseQuantity(formatQuantity(q, { style }))
        expect(back.unit, style).toBe(q.unit)
        expect(back.amount.eq(q.amount), style).toBe(true)
      }
    },
  )

  it('in Chinese style a unit with a 十/百/千 scale reads back equal, in the base unit', () => {
    // "五千元" is five thousand 元: Chinese numerals keep 千 in the number
    const q = quantity(5, '千元')
    expect(formatQuantity(q)).toBe('5千元')
    expect(parseQuantity(formatQuantity(q)).unit).toBe('千元')
    const back = parseQuantity(formatQuantity(q, { style: 'chinese' }))
    expect(back.unit).toBe('元')
    expect(compareQuantities(back, q)).toBe(0)
  })

  it('does not mutate its input', () => {
    const q = parseQuantity('152.2万元')
    const before = JSON.stringify(q)
    formatQuantity(q, { style: 'chinese' })
    formatQuantity(q)
    expect(JSON.stringify(q)).toBe(before)
  })
})

describe('formatQuantity in Chinese style keeps scaled units unambiguous', () => {
  it.each([
    ['20', '百万元', '二千万元'],
    ['5', '千元', '五千元'],
    ['222.7', '千公顷', '二十二万二千七百公顷'],
    ['12345', '万元', '12345万元'],
    ['10', '分', '一十分'],
    ['10', '分钟', '一十分钟'],
  ])('%s %s → %s', (amount, unit, text) => {
    const q = quantity(amount, unit)
    expect(formatQuantity(q, { style: 'chinese' })).toBe(text)
    expect(compareQuantities(parseQuantity(text), q)).toBe(0)
  })
})
