/**
 * Units, families and exact conversion within a family: `describeUnit`,
 * `areUnitsCompatible`, `convertQuantity`, `compareQuantities`.
 */
import { describe, expect, it } from 'vitest'
import {
  areUnitsCompatible,
  compareQuantities,
  convertQuantity,
  describeUnit,
  parseQuantity,
  quantity,
  QuantityError,
  type UnitFamily,
} from '../src/index.js'

const convert = (text: string, unit: string): string => convertQuantity(parseQuantity(text), unit).amount.toString()

describe('describeUnit knows each unit’s family', () => {
  it.each<[string, UnitFamily, string]>([
    ['%', 'share', '0.01'],
    ['百分比', 'share', '0.01'],
    ['‰', 'share', '0.001'],
    ['‱', 'share', '0.0001'],
    ['百分点', 'percentage-point', '1'],
    ['个百分点', 'percentage-point', '1'],
    ['元', 'money', '1'],
    ['万元', 'money', '10000'],
    ['亿元', 'money', '100000000'],
    ['萬元', 'money', '10000'],
    ['米', 'length', '1'],
    ['公里', 'length', '1000'],
    ['平方米', 'area', '0.0015'],
    ['亩', 'area', '1'],
    ['公顷', 'area', '15'],
    ['立方米', 'volume', '1'],
    ['吨', 'mass', '1000'],
    ['噸', 'mass', '1000'],
    ['天', 'time', '86400'],
    ['个月', 'calendar', '1'],
    ['年', 'calendar', '12'],
    ['分', 'score', '1'],
    ['千瓦小时', 'energy', '1'],
    ['件', 'count', '1'],
    ['万人', 'count', '10000'],
    ['元/人·月', 'rate', '1'],
    ['', 'none', '1'],
  ])('%j is %s with factor %s', (unit, family, factor) => {
    const d = describeUnit(unit)
    expect(d.family).toBe(family)
    expect(d.factor.toString()).toBe(factor)
  })

  it('writes share and point words one way', () => {
    expect(describeUnit('百分比').unit).toBe('%')
    expect(describeUnit('个百分点').unit).toBe('百分点')
    expect(describeUnit('個百分點').unit).toBe('百分点')
  })

  it('returns frozen descriptions', () => {
    expect(Object.isFrozen(describeUnit('万元'))).toBe(true)
    expect(Object.isFrozen(describeUnit('株'))).toBe(true)
  })
})

describe('areUnitsCompatible', () => {
  it.each([
    ['万元', '元', true],
    ['亿元', '万元', true],
    ['萬元', '万元', true],
    ['平方米', '亩', true],
    ['公顷', '亩', true],
    ['米', '公里', true],
    ['%', '‰', true],
    ['%', '百分比', true],
    ['万人', '人', true],
    ['元/人·月', '万元/人·月', true],
    ['件', '%', false],
    ['人', '件', false],
    ['百分点', '%', false],
    ['元', '亩', false],
    ['天', '个月', false],
    ['株', '棵', false],
    ['', '件', false],
  ])('%j and %j → %s', (a, b, compatible) => {
    expect(areUnitsCompatible(a, b)).toBe(compatible)
    expect(areUnitsCompatible(b, a)).toBe(compatible)
  })
})

describe('convertQuantity converts exactly inside a family', () => {
  it.each([
    // money: 元 ↔ 万元 ↔ 亿元
    ['152.2万元', '元', '1522000'],
    ['1522000元', '万元', '152.2'],
    ['3.5亿元', '万元', '35000'],
    ['8608.99万元', '亿元', '0.860899'],
    ['1萬元', '元', '10000'],
    ['壹佰贰拾叁元肆角伍分', '万元', '0.012345'],
    // area: 平方米 ↔ 亩 ↔ 公顷 (base 亩)
    ['2公顷', '亩', '30'],
    ['1公顷', '平方米', '10000'],
    ['100平方米', '亩', '0.15'],
    ['15亩', '公顷', '1'],
    ['1平方公里', '公顷', '100'],
    // length: 米 ↔ 公里
    ['2.5公里', '米', '2500'],
    ['3500米', '公里', '3.5'],
    ['4.3m', '厘米', '430'],
    // shares
    ['90%', '‰', '900'],
    ['千分之二', '%', '0.2'],
    ['万分之五', '‰', '0.5'],
    // counts with a scale
    ['1.2万人', '人', '12000'],
    ['1400余万人次', '人次', '14000000'],
    // rates, durations, masses
    ['620元/人·月', '元/人·年', '7440'],
    ['1年', '个月', '12'],
    ['1天', '小时', '24'],
    ['1吨', '公斤', '1000'],
    ['500斤', '吨', '0.25'],
  ])('%s in %s is %s', (text, unit, amount) => {
    expect(convert(text, unit)).toBe(amount)
  })

  it('rounds only a non-terminating result (亩 → 平方米 is ×666.66…), to 40 significant digits', () => {
    const sqm = convertQuantity(quantity(1, '亩'), '平方米').amount
    expect(sqm.toString()).toBe('666.6666666666666666666666666666666666667')
    expect(sqm.sd()).toBe(40)
    // the round trip through the rounding is still equal at 40 digits
    expect(compareQuantities(quantity(1, '亩'), quantity('666.6666666666666666666666666666666666667', '平方米'))).toBe(-1)
    expect(convertQuantity(quantity(3, '亩'), '平方米').amount.toString()).toBe('2000')
  })

  it('converts into the same unit as a copy', () => {
    const q = parseQuantity('90%')
    const same = convertQuantity(q, '%')
    expect(same).not.toBe(q)
    expect(same.amount.eq(q.amount)).toBe(true)
    expect(convertQuantity(q, '百分比').unit).toBe('%')
  })

  it('does not mutate its input and returns a frozen quantity', () => {
    const q = parseQuantity('152.2万元')
    const before = JSON.stringify(q)
    const converted = convertQuantity(q, '元')
    expect(JSON.stringify(q)).toBe(before)
    expect(Object.isFrozen(converted)).toBe(true)
  })
})

describe('incompatible units are an error naming both units', () => {
  it.each([
    ['1165件', '%'],
    ['5个百分点', '%'],
    ['100元', '亩'],
    ['3株', '棵'],
    ['12', '件'],
  ])('%s → %s', (text, unit) => {
    const from = parseQuantity(text)
    try {
      convertQuantity(from, unit)
      expect.unreachable()
    } catch (error) {
      expect(error).toBeInstanceOf(QuantityError)
      const e = error as QuantityError
      expect(e.code).toBe('QUANTITY_INCOMPATIBLE_UNITS')
      for (const name of [from.unit || '无单位', unit]) expect(e.zh).toContain(name)
      for (const name of [from.unit || 'no unit', unit]) expect(e.en).toContain(name)
    }
  })

  it('compareQuantities refuses 件 against % with the same error', () => {
    expect(() => compareQuantities(parseQuantity('1165件'), parseQuantity('99.16%'))).toThrow(QuantityError)
    try {
      compareQuantities(parseQuantity('1165件'), parseQuantity('99.16%'))
    } catch (error) {
      expect((error as QuantityError).code).toBe('QUANTITY_INCOMPATIBLE_UNITS')
      expect((error as QuantityError).zh).toContain('件')
      expect((error as QuantityError).zh).toContain('%')
    }
  })
})

describe('compareQuantities compares exactly across units', () => {
  it.each<[string, string, -1 | 0 | 1]>([
    ['1公顷', '15亩', 0],
    ['1公顷', '10000平方米', 0],
    ['1亩', '666平方米', 1],
    ['1亩', '667平方米', -1],
    ['2‰', '0.1%', 1],
    ['90%', '九成', 0],
    ['百分之九十', '900‰', 0],
    ['152.2万元', '1522000元', 0],
    ['152.2万元', '1522000.01元', -1],
    ['0.860899亿元', '8608.99万元', 0],
    ['1.5公里', '1500米', 0],
    ['99.16%', '99.159%', 1],
    ['1万人', '9999人', 1],
    ['1年', '12个月', 0],
  ])('%s vs %s → %i', (a, b, expected) => {
    expect(compareQuantities(parseQuantity(a), parseQuantity(b))).toBe(expected)
    expect(compareQuantities(parseQuantity(b), parseQuantity(a))).toBe(-expected || 0)
  })
})
