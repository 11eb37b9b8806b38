/**
 * decimal.js lives behind one internal module with a private clone: a host
 * app that configures its own decimal.js (`Decimal.set(...)`) changes no
 * result of ours, and our results do not follow its settings.
 */
import { Decimal } from 'decimal.js'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  compareQuantities,
  convertQuantity,
  formatNumber,
  formatQuantity,
  parseNumber,
  parseQuantity,
  quantity,
} from '../src/index.js'

/** Everything we compute, as plain strings. */
function results(): string[] {
  return [
    parseNumber('8608.99万').toString(),
    parseNumber('一万零三十五').toString(),
    parseNumber('12345678901234567.89').toString(),
    parseNumber('0.000001').toString(),
    parseQuantity('152.2万元').amount.toString(),
    convertQuantity(parseQuantity('8608.99万元'), '亿元').amount.toString(),
    convertQuantity(parseQuantity('1亩'), '平方米').amount.toString(),
    convertQuantity(parseQuantity('2公顷'), '亩').amount.toString(),
    convertQuantity(parseQuantity('620元/人·月'), '元/人·年').amount.toString(),
    String(compareQuantities(parseQuantity('99.16%'), parseQuantity('99.159%'))),
    String(compareQuantities(parseQuantity('1亩'), parseQuantity('666.67平方米'))),
    formatNumber('123456789.123', { style: 'chinese' }),
    formatNumber('1e-7'),
    formatQuantity(quantity(new Decimal('0.5'), '万元'), { style: 'chinese' }),
    parseNumber('2').div(3).toString(),
  ]
}

describe('a host app’s Decimal.set changes no result', () => {
  const defaults = { precision: 20, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -7, toExpPos: 21 } as const
  let before: string[]

  beforeEach(() => {
    before = results()
  })

  afterEach(() => {
    Decimal.set(defaults)
  })

  it('under precision 2 and ROUND_DOWN', () => {
    Decimal.set({ precision: 2, rounding: Decimal.ROUND_DOWN })
    expect(new Decimal(2).div(3).toString()).toBe('0.66') // the host is affected …
    expect(results()).toEqual(before) // … we are not
  })

  it('under exponential notation everywhere', () => {
    Decimal.set({ toExpNeg: 0, toExpPos: 0 })
    expect(new Decimal(100).toString()).toBe('1e+2')
    expect(results()).toEqual(before)
  })

  it('and our results do not carry the host’s settings', () => {
    Decimal.set({ precision: 2, rounding: Decimal.ROUND_DOWN })
    const value = parseNumber('2')
    expect(value.div(3).toString()).toBe('0.6666666666666666666666666666666666666667')
    expect(value.constructor).not.toBe(Decimal)
  })

  it('accepts the host’s Decimals as input whatever their settings', () => {
    Decimal.set({ toExpNeg: 0, toExpPos: 0 })
    expect(quantity(new Decimal('152.2'), '万元').amount.toString()).toBe('152.2')
    expect(formatNumber(new Decimal('1113'), { style: 'chinese' })).toBe('一千一百一十三')
  })
})
