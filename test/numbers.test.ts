/**
 * Reading numbers the way Chinese tables write them: `parseNumber`,
 * `safeParseNumber` and `formatNumber`.
 */
import { readFileSync } from 'node:fs'
import { Decimal as HostDecimal } from 'decimal.js'
import { describe, expect, it } from 'vitest'
import { formatNumber, JixiaoError, NumberParseError, parseNumber, parseQuantity, parseTarget, safeParseNumber, type ErrorCode } from '../src/index.js'

interface NumberEntry {
  readonly text: string
  readonly source: string
  readonly value: string
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
  readonly numbers: readonly NumberEntry[]
  readonly outOfScope: readonly OutOfScopeEntry[]
}

/** Decimal equality, so that "100.00" and "100" are the same reading. */
const equal = (actual: { toString(): string }, expected: string): boolean => new HostDecimal(expected).eq(actual.toString())

describe('parseNumber reads every number of the real-phrase corpus', () => {
  it('has a corpus worth the name', () => {
    expect(fixture.numbers.length).toBeGreaterThanOrEqual(100)
  })

  it.each(fixture.numbers.map((e) => [e.text, e.value, e.source] as const))('%s → %s (%s)', (text, value) => {
    const read = parseNumber(text)
    expect(equal(read, value), `${text} read as ${read.toString()}, expected ${value}`).toBe(true)
  })
})

describe('parseNumber: the forms the issue names', () => {
  it.each([
    // Chinese numerals, 小写
    ['一千一百一十三', '1113'],
    ['两万', '20000'],
    ['十二', '12'],
    ['十', '10'],
    ['一万零三十五', '10035'],
    ['二十万零四千九百一十三', '204913'],
    ['三亿五千万', '350000000'],
    ['一亿零一', '100000001'],
    // 大写 (financial)
    ['叁佰肆拾伍', '345'],
    ['壹仟贰佰叁拾肆万伍仟陆佰柒拾捌', '12345678'],
    ['玖拾', '90'],
    // decimals in words
    ['八十七点五', '87.5'],
    ['〇点二五', '0.25'],
    ['零点零五', '0.05'],
    ['一百一十点二九', '110.29'],
    ['九點四', '9.4'],
    // digit by digit (years)
    ['二〇二二', '2022'],
    ['一九七○', '1970'],
    // colloquial
    ['两万五', '25000'],
    ['一百五', '150'],
    ['四万万', '400000000'],
    ['六万一千八百万', '618000000'],
    // mixed scripts
    ['1.2万', '12000'],
    ['3.5亿', '350000000'],
    ['8608.99万', '86089900'],
    ['3千万', '30000000'],
    ['1.3万亿', '1300000000000'],
    ['0万', '0'],
    // Arabic digits
    ['3,093,635', '3093635'],
    ['183,896.00', '183896'],
    ['28 831', '28831'],
    ['1 392 476', '1392476'],
    ['１００', '100'],
    ['１２．５', '12.5'],
    ['.5', '0.5'],
    ['99.16', '99.16'],
    // signs
    ['-16.77', '-16.77'],
    ['+5', '5'],
    ['－3', '-3'],
    ['−0.29', '-0.29'],
    ['负五', '-5'],
    ['负十二', '-12'],
    // surrounding spaces
    ['  42  ', '42'],
    ['\u3000一百\u3000', '100'],
  ])('%s → %s', (text, value) => {
    const read = parseNumber(text)
    expect(read.toString()).toBe(new HostDecimal(value).toFixed())
  })

  it('is exact where floats are not', () => {
    expect(parseNumber('0.1').plus(parseNumber('0.2')).eq(parseNumber('0.3'))).toBe(true)
    expect(parseNumber('12345678901234567.89').toString()).toBe('12345678901234567.89')
  })

  it('keeps trailing zeros out of the value but not out of equality', () => {
    expect(parseNumber('100.00').eq(100)).toBe(true)
    expect(parseNumber('6070.00').toString()).toBe('6070')
  })
})

describe('parseNumber refuses what is not one number, with a code and a span', () => {
  it.each<[string, ErrorCode, number, number]>([
    ['1..2', 'NUMBER_MALFORMED', 1, 3],
    ['', 'NUMBER_EMPTY', 0, 0],
    ['   ', 'NUMBER_EMPTY', 0, 3],
    ['abc', 'NUMBER_NOT_FOUND', 0, 3],
    ['百分之', 'NUMBER_NOT_FOUND', 0, 3],
    ['%%', 'NUMBER_NOT_FOUND', 0, 2],
    ['1.2.3', 'NUMBER_MALFORMED', 0, 5],
    ['一万二万', 'NUMBER_MALFORMED', 0, 4],
    ['十百', 'NUMBER_MALFORMED', 0, 2],
    ['二千百四十', 'NUMBER_MALFORMED', 0, 5],
    ['90%', 'NUMBER_TRAILING_TEXT', 2, 3],
    ['100元', 'NUMBER_TRAILING_TEXT', 3, 4],
    ['1234 567', 'NUMBER_TRAILING_TEXT', 4, 8],
  ])('%j → %s at [%i, %i)', (text, code, start, end) => {
    const result = safeParseNumber(text)
    expect(result.success).toBe(false)
    if (result.success) return
    expect(result.error).toBeInstanceOf(NumberParseError)
    expect(result.error).toBeInstanceOf(JixiaoError)
    expect(result.error.code).toBe(code)
    expect(result.error.span).toEqual({ start, end })
    expect(result.error.zh).not.toBe('')
    expect(result.error.en).not.toBe('')
    expect(() => parseNumber(text)).toThrow(NumberParseError)
  })

  it('never reads a share word as a number (nzh reads 百分之九十 as 190, 千分之二 as 1002)', () => {
    for (const text of ['百分之九十', '千分之二', '万分之五', '百分之', '九成']) {
      const result = safeParseNumber(text)
      expect(result.success, text).toBe(false)
    }
  })

  it('refuses a value that is not text', () => {
    const result = safeParseNumber(90 as unknown as string)
    expect(result.success).toBe(false)
    if (!result.success) expect(result.error.code).toBe('NUMBER_NOT_FOUND')
  })

  it('gives the out-of-scope numbers of the corpus a coded error, never a number', () => {
    const entries = fixture.outOfScope.filter((e) => e.kind === 'number')
    expect(entries.length).toBeGreaterThan(0)
    for (const entry of entries) {
      const result = safeParseNumber(entry.text)
      expect(result.success, entry.text).toBe(false)
      if (!result.success) expect(result.error.code, entry.text).toBe(entry.expectedError.code)
    }
  })
})

describe('formatNumber writes a number back, exactly', () => {
  it.each<[string | number, Parameters<typeof formatNumber>[1], string]>([
    [1113, { style: 'arabic' }, '1113'],
    ['3093635', { style: 'arabic', grouping: true }, '3,093,635'],
    ['-1234567.891', { style: 'arabic', grouping: true }, '-1,234,567.891'],
    ['100.00', {}, '100'],
    [0, {}, '0'],
    [1113, { style: 'chinese' }, '一千一百一十三'],
    [12, { style: 'chinese' }, '十二'],
    [20000, { style: 'chinese' }, '二万'],
    [10035, { style: 'chinese' }, '一万零三十五'],
    [100000001, { style: 'chinese' }, '一亿零一'],
    ['87.5', { style: 'chinese' }, '八十七点五'],
    ['0.25', { style: 'chinese' }, '零点二五'],
    [-5, { style: 'chinese' }, '负五'],
    [0, { style: 'chinese' }, '零'],
    [345, { style: 'financial' }, '叁佰肆拾伍'],
    [10, { style: 'financial' }, '壹拾'],
    ['18389.6', { style: 'financial' }, '壹万捌仟叁佰捌拾玖点陆'],
  ])('%s with %j → %s', (value, options, text) => {
    expect(formatNumber(value, options)).toBe(text)
  })

  it('accepts a Decimal of the host app and defaults to Arabic', () => {
    expect(formatNumber(new HostDecimal('152.2'))).toBe('152.2')
  })

  it('writes what parseNumber reads back', () => {
    for (const text of ['一千一百一十三', '两万', '一万零三十五', '叁佰肆拾伍', '八十七点五', '3,093,635', '8608.99万']) {
      const value = parseNumber(text)
      for (const style of ['arabic', 'chinese', 'financial'] as const) {
        expect(parseNumber(formatNumber(value, { style })).eq(value), `${text} in ${style}`).toBe(true)
      }
    }
  })

  it.each([NaN, Infinity, 'abc', '1..2'])('refuses %s with NUMBER_INVALID_VALUE', (value) => {
    try {
      formatNumber(value)
      expect.unreachable()
    } catch (error) {
      expect(error).toBeInstanceOf(NumberParseError)
      expect((error as NumberParseError).code).toBe('NUMBER_INVALID_VALUE')
    }
  })
})

describe('a literal before 万 or 亿 reads on into the numeral it begins', () => {
  // found by an independent review of the fast path for "152.2万": 〇 and ○ are digits too, and 万分之 is a word of its own
  it.each([
    ['5万〇五', '50005'],
    ['1.5万〇', '15000'],
    ['152.2万', '1522000'],
    ['5亿', '500000000'],
  ])('%s is %s', (text, value) => {
    expect(parseNumber(text).toString()).toBe(value)
  })

  it.each([
    ['1万〇五百元', '10500', '元'],
    ['3亿〇五百万元', '30500', '万元'],
    ['5亿○元', '500000000', '元'],
    ['152.2万元', '152.2', '万元'],
  ])('the quantity %s is %s %s', (text, amount, unit) => {
    const q = parseQuantity(text)
    expect([q.amount.toString(), q.unit]).toEqual([amount, unit])
  })

  it('≥2万〇五百人次 is at least 20500 人次', () => {
    expect(JSON.stringify(parseTarget('≥2万〇五百人次'))).toContain('"value":{"amount":"20500","unit":"人次"}')
  })

  it('5万分之一 is refused at 万分之 (a share word), not at 分之', () => {
    const read = safeParseNumber('5万分之一')
    expect(read.success === false && [read.error.issues[0]?.code, read.error.issues[0]?.span]).toEqual(['NUMBER_TRAILING_TEXT', { start: 1, end: 5 }])
  })

  it.each(['负0元', '负零元', '-0元', '-0.00元'])('%s is 0 元, not −0 元', (text) => {
    expect(parseQuantity(text).amount.toString()).toBe('0')
  })
})
