/**
 * Reading quantities: a number and its unit, the unit kept as written
 * (`parseQuantity`, `safeParseQuantity`, `quantity`).
 */
import { readFileSync } from 'node:fs'
import { Decimal as HostDecimal } from 'decimal.js'
import { describe, expect, it } from 'vitest'
import {
  compareQuantities,
  describeUnit,
  JixiaoError,
  parseQuantity,
  quantity,
  QuantityError,
  safeParseQuantity,
  type ErrorCode,
} from '../src/index.js'

interface QuantityEntry {
  readonly text: string
  readonly source: string
  readonly amount: string
  readonly unit: string
  readonly note?: string
}

interface OutOfScopeEntry {
  readonly text: string
  readonly source: string
  readonly kind: 'number' | 'quantity'
  readonly reason: string
  readonly expectedError: { readonly code: ErrorCode }
}

const fixture = JSON.parse(readFileSync(new URL('./fixtures/quantities.json', import.meta.url), 'utf8')) as {
  readonly sources: readonly { readonly id: string }[]
  readonly quantities: readonly QuantityEntry[]
  readonly outOfScope: readonly OutOfScopeEntry[]
}

const read = (text: string): [string, string] => {
  const q = parseQuantity(text)
  return [q.amount.toString(), q.unit]
}

describe('parseQuantity reads every quantity of the real-phrase corpus', () => {
  it('has at least 150 real phrases, each from a named source', () => {
    expect(fixture.quantities.length).toBeGreaterThanOrEqual(150)
    const ids = new Set(fixture.sources.map((s) => s.id))
    for (const entry of fixture.quantities) expect(ids.has(entry.source), entry.source).toBe(true)
  })

  it.each(fixture.quantities.map((e) => [e.text, e.amount, e.unit, e.source] as const))(
    '%s → %s %s (%s)',
    (text, amount, unit) => {
      const q = parseQuantity(text)
      expect(new HostDecimal(amount).eq(q.amount.toString()), `${text}: amount ${q.amount.toString()}, expected ${amount}`).toBe(true)
      expect(q.unit).toBe(unit)
    },
  )

  it('gives the out-of-scope phrases of the corpus a coded error, never a quantity', () => {
    const entries = fixture.outOfScope.filter((e) => e.kind === 'quantity')
    expect(entries.length).toBeGreaterThan(0)
    for (const entry of entries) {
      const result = safeParseQuantity(entry.text)
      expect(result.success, entry.text).toBe(false)
      if (!result.success) expect(result.error.code, entry.text).toBe(entry.expectedError.code)
    }
  })
})

describe('parseQuantity: the readings the issue asks for', () => {
  it.each([
    // from the seed (广州市从化区司法局2022年部门整体支出绩效自评报告)
    ['803个', '803', '个'],
    ['152.2万元', '152.2', '万元'],
    ['8608.99 万元', '8608.99', '万元'],
    ['99.16%', '99.16', '%'],
    ['1165件', '1165', '件'],
    ['4200余万元', '4200', '万元'],
    ['70 周岁', '70', '周岁'],
    // per-unit rates
    ['620元/人·月', '620', '元/人·月'],
    ['6.2吨/月·平方公里', '6.2', '吨/月·平方公里'],
    ['30万吨/年', '30', '万吨/年'],
    ['35微克/立方米', '35', '微克/立方米'],
    // shares are quantities
    ['百分之九十', '90', '%'],
    ['百分之九點四', '9.4', '%'],
    ['千分之二', '2', '‰'],
    ['万分之五', '5', '‱'],
    ['九成', '90', '%'],
    ['八成五', '85', '%'],
    ['7成3', '73', '%'],
    ['三成半', '35', '%'],
    ['95百分比', '95', '%'],
    ['１００％', '100', '%'],
    ['21.2 %', '21.2', '%'],
    ['-16.77%', '-16.77', '%'],
    // percentage points are their own unit, never a percent
    ['5个百分点', '5', '百分点'],
    ['1.5百分点', '1.5', '百分点'],
    ['六點一個百分點', '6.1', '百分点'],
    // the scale stays with the unit
    ['3.5亿元', '3.5', '亿元'],
    ['2.3萬億元', '2.3', '萬億元'],
    ['222.7千公顷', '222.7', '千公顷'],
    ['5.7万多个', '5.7', '万个'],
    ['六万一千八百万吨', '61800', '万吨'],
    ['0万元', '0', '万元'],
    ['三千万元', '3000', '万元'],
    // 千瓦, 千米 are units, not 千
    ['50.655千瓦', '50.655', '千瓦'],
    ['1.5千米', '1.5', '千米'],
    ['1.8万千瓦小时', '1.8', '万千瓦小时'],
    // open measure words: each its own count unit
    ['3株', '3', '株'],
    ['2宗', '2', '宗'],
    ['4场次', '4', '场次'],
    ['一千二百九十口', '1290', '口'],
    // money in 元, 角, 分 and 大写
    ['壹佰贰拾叁元肆角伍分', '123.45', '元'],
    ['贰仟元零陆分', '2000.06', '元'],
    ['伍仟元整', '5000', '元'],
    ['5元3角', '5.3', '元'],
    ['伍拾万元', '50', '万元'],
    // and a half
    ['四十四斤半', '44.5', '斤'],
    ['一年半', '1.5', '年'],
    // no unit at all
    ['12345', '12345', ''],
    ['两万五', '25000', ''],
  ])('%s → %s %s', (text, amount, unit) => {
    const [a, u] = read(text)
    expect(new HostDecimal(amount).eq(a), `${text}: ${a}`).toBe(true)
    expect(u).toBe(unit)
  })

  it('keeps 百分点 and % apart', () => {
    expect(describeUnit(parseQuantity('5个百分点').unit).family).toBe('percentage-point')
    expect(describeUnit(parseQuantity('5%').unit).family).toBe('share')
  })

  it('reads an unknown measure word as a count of its own, not as a failure', () => {
    for (const word of ['株', '宗', '场次', '盏', '期']) {
      const q = parseQuantity(`12${word}`)
      expect(q.unit).toBe(word)
      const description = describeUnit(q.unit)
      expect(description.family).toBe('count')
      expect(description.dimension).toBe(`count:${word}`)
      expect(description.catalogued).toBe(false)
    }
  })
})

describe('parseQuantity refuses what is not one quantity, with a code and a span', () => {
  it.each<[string, ErrorCode, number, number]>([
    ['', 'QUANTITY_EMPTY', 0, 0],
    ['  ', 'QUANTITY_EMPTY', 0, 2],
    ['abc', 'QUANTITY_NOT_FOUND', 0, 3],
    ['%%', 'QUANTITY_NOT_FOUND', 0, 2],
    ['百分之', 'QUANTITY_MALFORMED', 0, 3],
    ['千分之', 'QUANTITY_MALFORMED', 0, 3],
    ['1..2%', 'QUANTITY_MALFORMED', 1, 3],
    ['1.2.3件', 'QUANTITY_MALFORMED', 0, 5],
    ['90%%', 'QUANTITY_UNKNOWN_UNIT', 3, 4],
    ['3%以上', 'QUANTITY_UNKNOWN_UNIT', 2, 4],
    ['1:20', 'QUANTITY_UNKNOWN_UNIT', 1, 4],
  ])('%j → %s at [%i, %i)', (text, code, start, end) => {
    const result = safeParseQuantity(text)
    expect(result.success).toBe(false)
    if (result.success) return
    expect(result.error).toBeInstanceOf(QuantityError)
    expect(result.error).toBeInstanceOf(JixiaoError)
    expect(result.error.code).toBe(code)
    expect(result.error.span).toEqual({ start, end })
    expect(result.error.issues[0]?.input).toBe(text)
    expect(() => parseQuantity(text)).toThrow(QuantityError)
  })

  it('refuses a value that is not text', () => {
    const result = safeParseQuantity(null as unknown as string)
    expect(result.success).toBe(false)
    if (!result.success) expect(result.error.code).toBe('QUANTITY_NOT_FOUND')
  })
})

describe('a Quantity is plain, frozen data', () => {
  it('is frozen and serialises its amount exactly', () => {
    const q = parseQuantity('152.2万元')
    expect(Object.isFrozen(q)).toBe(true)
    expect(JSON.stringify(q)).toBe('{"amount":"152.2","unit":"万元"}')
    expect(() => {
      ;(q as { unit: string }).unit = '元'
    }).toThrow(TypeError)
  })

  it('quantity() builds one from a number, a string or a Decimal', () => {
    expect(quantity(90, '%').amount.toString()).toBe('90')
    expect(quantity('99.16', '%').unit).toBe('%')
    expect(quantity(new HostDecimal('0.1'), '').amount.toString()).toBe('0.1')
    expect(quantity(3, '百分比').unit).toBe('%')
    expect(quantity(5, '个百分点').unit).toBe('百分点')
    expect(Object.isFrozen(quantity(1, '件'))).toBe(true)
  })

  it('quantity() does not keep the caller’s Decimal (so the caller cannot change it)', () => {
    const mine = new HostDecimal('7')
    const q = quantity(mine, '件')
    expect(q.amount).not.toBe(mine)
    expect(q.amount.eq(7)).toBe(true)
  })

  it.each([NaN, Infinity, '1..2', 'abc'])('quantity(%s) is QUANTITY_MALFORMED', (amount) => {
    expect(() => quantity(amount, '件')).toThrow(QuantityError)
    try {
      quantity(amount, '件')
    } catch (error) {
      expect((error as QuantityError).code).toBe('QUANTITY_MALFORMED')
    }
  })
})

describe('compound units from real targets', () => {
  it.each([
    ['780元/生/年', '780', '元/生/年'],
    ['620元/人·月', '620', '元/人·月'],
    ['10/10万', '10', '/10万'],
    ['50/10万活产', '50', '/10万活产'],
    ['10台套', '10', '台套'],
    ['28.40/株', '28.4', '/株'],
  ])('%s keeps its unit as written', (text, amount, unit) => {
    const q = parseQuantity(text)
    expect(q.amount.toString()).toBe(amount)
    expect(q.unit).toBe(unit)
  })
  it('gives a per-100,000 rate its factor, so rates per 10万 and per 万 compare exactly', () => {
    expect(compareQuantities(parseQuantity('10/10万'), parseQuantity('1/万'))).toBe(0)
    expect(compareQuantities(parseQuantity('50/10万活产'), parseQuantity('0.5/千活产'))).toBe(0)
  })
})
