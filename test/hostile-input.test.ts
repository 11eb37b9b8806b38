/**
 * Hostile input: text nobody sees, line breaks, numerals built to be slow, attempts to change a value the library
 * handed out, Decimals configured by the host, a polluted `Object.prototype`, spreadsheet exponents and units that
 * divide by zero. Each behaviour is checked through the public API.
 */
import { readFileSync } from 'node:fs'
import { Decimal } from 'decimal.js'
import { describe, expect, it } from 'vitest'
import {
  compareQuantities,
  convertQuantity,
  describeUnit,
  evaluateTarget,
  formatNumber,
  formatQuantity,
  formatTarget,
  type JixiaoError,
  parseNumber,
  parseQuantity,
  parseTarget,
  quantity,
  type Quantity,
  type SafeResult,
  safeParseActual,
  safeParseNumber,
  safeParseQuantity,
  safeParseTarget,
} from '../src/index.js'

/** The error of a failed safe result (the test fails when the result is a success). */
function failureOf(result: SafeResult<unknown>): JixiaoError {
  if (result.success) throw new Error(`expected a failure, got ${JSON.stringify(result.data)}`)
  return result.error
}

/** What a call gives, as one comparable string: its JSON, or its error's code, details and span. */
function outcome(run: () => unknown): string {
  try {
    return `ok ${JSON.stringify(run())}`
  } catch (error) {
    const e = error as JixiaoError
    return `error ${e.code} ${JSON.stringify(e.details)} ${JSON.stringify(e.span)}`
  }
}

/** The fastest of three runs, in milliseconds. */
function fastest(run: () => unknown): number {
  let best = Infinity
  for (let k = 0; k < 3; k++) {
    const start = performance.now()
    run()
    best = Math.min(best, performance.now() - start)
  }
  return best
}

const plain = (q: Quantity): { amount: string; unit: string } => ({ amount: q.amount.toString(), unit: q.unit })

describe('characters nobody sees are not there', () => {
  it.each([
    ['1\u200b5', '15'],
    ['\ufeff8608.99万', '86089900'],
    ['一\u200b万零三十五', '10035'],
    ['3,\u200d093,635', '3093635'],
    ['9\u00ad9.16', '99.16'],
    ['\u200e-12\u200f', '-12'],
    ['１\u2060２', '12'],
  ])('parseNumber(%j) is %s', (text, value) => {
    expect(parseNumber(text).toString()).toBe(value)
  })

  it.each([
    ['1\u200b5%', '15', '%'],
    ['９０\ufeff%', '90', '%'],
    ['152.2\u200b万元', '152.2', '万元'],
    ['90%\u200e', '90', '%'],
    ['5\u00ad万\u200c元', '5', '万元'],
    ['\u202a620元/人\u200b·月\u202c', '620', '元/人·月'],
  ])('parseQuantity(%j) is %s %s', (text, amount, unit) => {
    expect(plain(parseQuantity(text))).toEqual({ amount, unit })
  })
})

describe('a line break inside a number is never read as part of it', () => {
  it.each([
    ['1\n5'],
    ['1\r5'],
    ['1\r\n5'],
    ['1\u20285'],
    ['1\u20295'],
    ['1\v5'],
  ])('parseNumber(%j) is an error, never 15', (text) => {
    const result = safeParseNumber(text)
    expect(result.success).toBe(false)
  })

  it.each([['1\r5%'], ['1\n5%'], ['1\u20285元']])('parseQuantity(%j) is an error, never 15', (text) => {
    expect(safeParseQuantity(text).success).toBe(false)
  })

  it.each([
    ['\n15\r\n', '15'],
    ['\u2028一万\u2029', '10000'],
  ])('a line break around a number is a space: parseNumber(%j) is %s', (text, value) => {
    expect(parseNumber(text).toString()).toBe(value)
  })

  it('a line break between a number and its unit is a space', () => {
    expect(plain(parseQuantity('90\n%'))).toEqual({ amount: '90', unit: '%' })
  })
})

describe('text of spaces, breaks and invisible characters only is empty', () => {
  it.each([['\n'], ['\r\n'], ['\u2028'], ['\t'], [' \u200b '], ['\ufeff'], ['\u3000\r']])('%j', (text) => {
    expect(failureOf(safeParseNumber(text)).code).toBe('NUMBER_EMPTY')
    expect(failureOf(safeParseQuantity(text)).code).toBe('QUANTITY_EMPTY')
  })
})

describe('error spans point into the text as given', () => {
  it.each([
    ['number', '1\u200b5x', 'NUMBER_TRAILING_TEXT', 'x'],
    ['number', '\u200b\u200b1..2', 'NUMBER_MALFORMED', '..'],
    ['number', '\ufeffabc', 'NUMBER_NOT_FOUND', 'abc'],
    ['quantity', '\u200b\u200b5%%', 'QUANTITY_UNKNOWN_UNIT', '%'],
    ['quantity', '\u200b1..2元', 'QUANTITY_MALFORMED', '..'],
    ['quantity', '\u200b5微克/0立方米', 'QUANTITY_MALFORMED', '微克/0立方米'],
  ] as const)('%s %j: %s at %j', (kind, text, code, at) => {
    const error = failureOf(kind === 'number' ? safeParseNumber(text) : safeParseQuantity(text))
    expect(error.code).toBe(code)
    const span = error.span
    expect(span).toBeDefined()
    expect(text.slice(span?.start, span?.end).replace(/[\u200b\ufeff]/g, '')).toBe(at)
  })

  it('the trailing text named is the text as written', () => {
    expect(failureOf(safeParseNumber('1\u200b5ｘ')).details).toEqual({ rest: 'ｘ' })
  })
})

describe('thousands of repeated 万, spaces or line breaks answer in linear time, never with a RangeError', () => {
  const safe = [
    ['safeParseNumber', safeParseNumber],
    ['safeParseQuantity', safeParseQuantity],
    ['safeParseTarget', (text: string) => safeParseTarget(text)],
    ['safeParseActual', (text: string) => safeParseActual(text)],
  ] as const
  const shapes = [
    ['1万万…', (n: number) => '1' + '万'.repeat(n - 1)],
    ['万万…元', (n: number) => '万'.repeat(n - 1) + '元'],
    ['5万万…元', (n: number) => '5' + '万'.repeat(n - 2) + '元'],
    ['一亿亿…', (n: number) => '一' + '亿'.repeat(n - 1)],
    ['一万零一亿零…', (n: number) => '一万零一亿零'.repeat(Math.floor(n / 6))],
    ['1…1亿零一…', (n: number) => '1'.repeat(n / 2) + '亿零一'.repeat(Math.floor(n / 6))],
    ['一千零一万零…', (n: number) => '一千零一万零'.repeat(Math.floor(n / 6))],
    // a cell padded with spaces or blank lines: each run of white space is looked at once, not once per character
    ['1␣␣…2', (n: number) => '1' + ' '.repeat(n - 2) + '2'],
    ['不␣␣…低于', (n: number) => '不' + ' '.repeat(n - 4) + '低于9'],
    ['1↵↵…5', (n: number) => '1' + '\n'.repeat(n - 2) + '5'],
  ] as const

  it.each(safe.flatMap(([name, run]) => shapes.map(([shape, make]) => [name, shape, run, make] as const)))(
    '%s of 3,000 and of 100,000 characters of "%s" answers, in linear time',
    (_name, _shape, run, make) => {
      expect(typeof run(make(3000)).success).toBe('boolean')
      run(make(10_000)) // warm up
      const small = Math.max(fastest(() => run(make(10_000))), 0.5)
      const text = make(100_000)
      const start = performance.now()
      const result = run(text)
      const large = performance.now() - start
      expect(typeof result.success).toBe('boolean')
      // ten times the text may take at most ~30 times as long (linear with slack), never quadratic (100×)
      expect(large).toBeLessThan(small * 30 + 50)
    },
  )

  it('a numeral of hundreds of units is refused as too long', () => {
    const error = failureOf(safeParseNumber('一万零一亿零'.repeat(500)))
    expect(error.code).toBe('NUMBER_MALFORMED')
    expect(error.details).toMatchObject({ reason: 'too-long' })
  })

  it('a numeral of real length is still read', () => {
    expect(parseNumber('九千九百九十九万九千九百九十九亿九千九百九十九万九千九百九十九').toString()).toBe('9999999999999999')
    expect(parseNumber('一万亿零一亿').toString()).toBe('1000100000000')
  })

  it('writing a number of 100,000 digits in Chinese does not run out of stack', () => {
    const text = formatNumber('1' + '0'.repeat(100_000), { style: 'chinese' })
    expect(text.startsWith('一亿亿')).toBe(true)
    expect(formatQuantity(quantity('1' + '0'.repeat(100_000), '元'), { style: 'chinese' }).endsWith('亿元')).toBe(true)
  })

  it('writing in Chinese is unchanged for ordinary numbers', () => {
    expect(formatNumber('10000000000000000', { style: 'chinese' })).toBe('一亿亿')
    expect(formatNumber('100010000000000', { style: 'chinese' })).toBe('一百万零一百亿')
    expect(formatNumber('1000000000000000005', { style: 'chinese' })).toBe('一百亿亿零五')
  })
})

describe('results are frozen all the way down', () => {
  const values: readonly (readonly [string, () => Decimal])[] = [
    ["parseNumber('5')", () => parseNumber('5')],
    ["parseNumber('一万零三十五')", () => parseNumber('一万零三十五')],
    ["parseQuantity('5元').amount", () => parseQuantity('5元').amount],
    ["parseQuantity('152.2万元').amount", () => parseQuantity('152.2万元').amount],
    ["parseQuantity('半年').amount", () => parseQuantity('半年').amount],
    ["parseQuantity('四十四斤半').amount", () => parseQuantity('四十四斤半').amount],
    ["quantity(5, '元').amount", () => quantity(5, '元').amount],
    ["convertQuantity(parseQuantity('1万元'), '元').amount", () => convertQuantity(parseQuantity('1万元'), '元').amount],
    ["convertQuantity(parseQuantity('1元'), '元').amount", () => convertQuantity(parseQuantity('1元'), '元').amount],
    ["describeUnit('万元').factor", () => describeUnit('万元').factor],
    ["describeUnit('').factor", () => describeUnit('').factor],
    ["describeUnit('元/人·月').factor", () => describeUnit('元/人·月').factor],
    ["describeUnit('株').factor", () => describeUnit('株').factor],
  ]

  it.each(values)('%s: changing its sign throws and the next call is unaffected', (_name, read) => {
    const value = read()
    const before = value.toString()
    expect(Object.isFrozen(value)).toBe(true)
    expect(() => {
      ;(value as unknown as { s: number }).s = -1
    }).toThrow(TypeError)
    expect(() => {
      ;(value as unknown as { d: number[] }).d[0] = 7
    }).toThrow(TypeError)
    expect(value.toString()).toBe(before)
    expect(read().toString()).toBe(before)
  })

  it('a unit’s factor cannot be changed under later conversions', () => {
    const factor = describeUnit('万元').factor
    try {
      ;(factor as unknown as { e: number }).e = 9
    } catch {
      // frozen: refused
    }
    expect(convertQuantity(parseQuantity('1万元'), '元').amount.toString()).toBe('10000')
  })

  it("evaluateTarget(parseTarget('≥90%'), '95%').ratio is frozen", () => {
    const ratio = evaluateTarget(parseTarget('≥90%'), '95%').ratio
    expect(ratio).not.toBeNull()
    const value = ratio as Decimal
    const before = value.toString()
    expect(() => {
      ;(value as unknown as { s: number }).s = -1
    }).toThrow(TypeError)
    expect(evaluateTarget(parseTarget('≥90%'), '95%').ratio?.toString()).toBe(before)
  })
})

describe('a Decimal of the host’s own decimal.js is read again as the library’s', () => {
  const Host = Decimal.clone({ precision: 3, rounding: Decimal.ROUND_DOWN })

  function checks(make: (text: string) => Decimal): void {
    const amount = make('1.23456')
    const wan = { amount, unit: '万元' }
    expect(convertQuantity(wan, '元').amount.toString()).toBe('12345.6')
    expect(convertQuantity({ amount, unit: '元' }, '元').amount.div(7).toString()).toBe('0.1763657142857142857142857142857142857143')
    expect(compareQuantities(wan, quantity('12345.5', '元'))).toBe(1)
    expect(compareQuantities(quantity('12345.7', '元'), wan)).toBe(1)
    expect(formatQuantity({ amount, unit: '千元' }, { style: 'chinese' })).toBe('一千二百三十四点五六元')
    expect(formatQuantity(wan)).toBe('1.23456万元')
    expect(formatNumber(amount)).toBe('1.23456')
    const q = quantity(amount, '万元')
    expect(q.amount.div(7).toString()).toBe('0.1763657142857142857142857142857142857143')
    expect(q.amount.constructor).not.toBe(amount.constructor)
    expect(convertQuantity(wan, '元').amount.constructor).not.toBe(amount.constructor)
    // the caller's value is not changed (not even frozen)
    expect(Object.isFrozen(amount)).toBe(false)
    expect(amount.toString()).toBe('1.23456')
  }

  it('from a clone with precision 3 and ROUND_DOWN', () => {
    checks((text) => new Host(text))
  })

  it('from the global Decimal under Decimal.set({ precision: 2 })', () => {
    Decimal.set({ precision: 2 })
    try {
      checks((text) => new Decimal(text))
    } finally {
      Decimal.set({ precision: 20 })
    }
  })
})

describe('words that name Object.prototype properties are words like any other', () => {
  const unknown = describeUnit('foo')

  it.each([['constructor'], ['toString'], ['__proto__'], ['hasOwnProperty'], ['valueOf']])('describeUnit(%j)', (word) => {
    const d = describeUnit(word)
    expect({ family: d.family, catalogued: d.catalogued, factor: d.factor.toString(), dimension: d.dimension }).toEqual({
      family: unknown.family,
      catalogued: unknown.catalogued,
      factor: '1',
      dimension: unknown.dimension.replace('foo', word),
    })
    expect(d.factor.isFinite()).toBe(true)
  })

  it.each([['constructor'], ['toString'], ['valueOf'], ['hasOwnProperty']])('parseQuantity("5%s") reads the word as its unit', (word) => {
    expect(plain(parseQuantity(`5${word}`))).toEqual({ amount: '5', unit: word })
  })

  it('parseQuantity("5__proto__") is refused as "5__abcde__" is', () => {
    expect(outcome(() => parseQuantity('5__proto__')).replace('__proto__', '__abcde__')).toBe(outcome(() => parseQuantity('5__abcde__')))
  })

  it.each([['constructor'], ['toString'], ['__proto__'], ['valueOf']])('formatQuantity(quantity(5, %j)) writes the word', (word) => {
    expect(quantity(5, word).unit).toBe(word)
    expect(formatQuantity(quantity(5, word))).toBe(`5${word}`)
    expect(formatQuantity(quantity(5, word), { style: 'chinese' })).toBe(`五${word}`)
  })

  it.each([['__proto__'], ['constructor'], ['toString']])('parseNumber(%j) finds no number, as for any word', (word) => {
    expect(failureOf(safeParseNumber(word)).code).toBe(failureOf(safeParseNumber('foo')).code)
  })
})

describe('a polluted Object.prototype changes no result', () => {
  interface Phrase {
    readonly text: string
    readonly actual: string | null
  }
  const all = (JSON.parse(readFileSync(new URL('./fixtures/targets.json', import.meta.url), 'utf8')) as { phrases: readonly Phrase[] }).phrases
  const distinct = [...new Map(all.filter((p) => p.actual !== null).map((p) => [p.text, p])).values()]
  const phrases = distinct.filter((_, k) => k % Math.max(1, Math.floor(distinct.length / 30)) === 0).slice(0, 30)
  const numbers = ['5个', '1.2万', '90%', '五万元', '一万零三十五', '两万五', '１００％', '3千米', '152.2万元', '壹佰贰拾叁元肆角伍分', '九成', '百分之九十', '\t5万元']

  const pollution: readonly (readonly [string, unknown])[] = [
    ['个', 5],
    ['万', 5],
    ['%', 5],
    ['元', 5],
    ['polarity', 'decrease'],
    ['year', 2000],
    ['tolerance', '0.5'],
    ['sign', false],
    ['open', true],
    ['keepScale', true],
    ['style', 'chinese'],
    ['grouping', true],
  ]

  function polluted<T>(run: () => T): T {
    for (const [key, value] of pollution) Object.defineProperty(Object.prototype, key, { value, configurable: true, writable: true })
    try {
      return run()
    } finally {
      for (const [key] of pollution) delete (Object.prototype as Record<string, unknown>)[key]
    }
  }

  it('has thirty phrases', () => {
    expect(phrases.length).toBe(30)
  })

  it('parseNumber, parseQuantity, formatNumber and formatQuantity', () => {
    const run = (): string[] => [
      ...[...numbers, ...phrases.map((p) => p.text)].flatMap((text) => [outcome(() => parseNumber(text).toString()), outcome(() => parseQuantity(text))]),
      outcome(() => formatNumber(3093635)),
      outcome(() => formatQuantity(quantity(90, '%'))),
      outcome(() => describeUnit('万元')),
    ]
    const clean = run()
    expect(polluted(run)).toEqual(clean)
  })

  it('parseTarget and evaluateTarget', () => {
    const run = (): string[] =>
      phrases.flatMap((p) => [outcome(() => parseTarget(p.text)), outcome(() => evaluateTarget(parseTarget(p.text), p.actual ?? ''))])
    const clean = run()
    expect(polluted(run)).toEqual(clean)
  })
})

describe('a spreadsheet’s scientific notation is refused, never read as its mantissa or exponent', () => {
  it.each([
    ['parseNumber', '1.23E+05'],
    ['parseNumber', '1.23e5'],
    ['parseNumber', '1E3'],
    ['parseNumber', '-1E3'],
    ['parseNumber', '1,234E5'],
    ['parseNumber', '1万2E3'],
    ['parseNumber', '一万2E3'],
    ['parseQuantity', '2.5E+04元'],
    ['parseQuantity', '1.23e5%'],
    ['parseQuantity', '1万2E3元'],
    ['parseQuantity', '１．２３Ｅ＋０５'],
    ['parseTarget', '1.23E+05'],
    ['parseTarget', '≥2.5E+04元'],
    ['parseTarget', '1万2E3元'],
  ] as const)('%s(%j) fails with reason exponent', (fn, text) => {
    const result = fn === 'parseNumber' ? safeParseNumber(text) : fn === 'parseQuantity' ? safeParseQuantity(text) : safeParseTarget(text)
    expect(failureOf(result).details).toMatchObject({ reason: 'exponent' })
  })

  it('a denominator written with an exponent is no denominator', () => {
    expect(safeParseQuantity('10/1E5').success).toBe(false)
    expect(outcome(() => parseTarget('10/1E5'))).not.toContain('"unit":"/1"')
  })

  it.each([
    ['3E', 'ok {"amount":"3","unit":"E"}'],
    ['2E3B', 'ok {"amount":"2","unit":"E3B"}'],
    ['E5', 'error QUANTITY_NOT_FOUND {"received":"string"} {"start":0,"end":2}'],
    ['PM2.5', 'error QUANTITY_NOT_FOUND {"received":"string"} {"start":0,"end":5}'],
    ['A1B2', 'error QUANTITY_NOT_FOUND {"received":"string"} {"start":0,"end":4}'],
  ])('parseQuantity(%j) reads as before', (text, expected) => {
    expect(outcome(() => parseQuantity(text))).toBe(expected)
  })

  it.each([['PM2.5'], ['A1B2'], ['E5']])('parseTarget(%j) is words, as before', (text) => {
    expect(parseTarget(text).kind).toBe('qualitative')
  })
})

describe('a unit that divides by zero is refused, like the ratio 1:0', () => {
  it.each([['50微克/0立方米'], ['50微克/0'], ['5万元/0人'], ['5万/0立方米'], ['5万多元/0人'], ['5元/00人'], ['5/0人'], ['三千元/0人']])(
    'parseQuantity(%j) is QUANTITY_MALFORMED, zero-denominator',
    (text) => {
      const error = failureOf(safeParseQuantity(text))
      expect(error.code).toBe('QUANTITY_MALFORMED')
      expect(error.details).toMatchObject({ reason: 'zero-denominator' })
    },
  )

  it.each([['5万元/0人'], ['50微克/0立方米']])('parseTarget(%j) fails with reason zero-denominator', (text) => {
    expect(failureOf(safeParseTarget(text)).details).toMatchObject({ reason: 'zero-denominator' })
  })

  it.each([['微克/0立方米'], ['元/0'], ['万元/0人'], ['/0'], ['元/00人'], ['元/0.0人'], ['元/人/0']])('describeUnit(%j) has a finite factor', (unit) => {
    const factor = describeUnit(unit).factor
    expect(factor.isFinite()).toBe(true)
    expect(factor.isZero()).toBe(false)
  })
})

describe('a value of the wrong kind is refused with what it was', () => {
  it('a target that is not text says what it received, whatever it is', () => {
    const number = safeParseTarget(123 as never)
    expect(number.success || number.error.issues[0]).toMatchObject({ code: 'TARGET_EMPTY', details: { received: 'number' } })
    // an object with no string form must not make the safe reader throw
    const bare = safeParseTarget(Object.create(null) as never)
    expect(bare.success || bare.error.issues[0]).toMatchObject({ code: 'TARGET_EMPTY', details: { received: 'object' } })
  })

  it('an actual value that is not text is named so, not called empty', () => {
    const r = safeParseActual(42 as never)
    expect(r.success || r.error.issues[0]).toMatchObject({ code: 'ACTUAL_MALFORMED', details: { reason: 'not-an-actual' } })
  })

  it('formatTarget refuses an object of no target kind, and reads only its own options', () => {
    expect(() => formatTarget({ kind: 'nope' } as never)).toThrow(expect.objectContaining({ issues: [expect.objectContaining({ code: 'TARGET_INVALID' })] }))
    expect(formatTarget(parseTarget('≥90%'), null as never)).toBe('≥90%')
    const proto = Object.prototype as Record<string, unknown>
    proto['style'] = 'chinese'
    try {
      expect(formatTarget(parseTarget('≥90%'))).toBe('≥90%')
    } finally {
      delete proto['style']
    }
  })

  it('a text too long to be a target is said so, and the message quotes only its start', () => {
    const text = '≥' + '9'.repeat(100_001)
    const r = safeParseTarget(text)
    if (r.success) throw new Error('expected a refusal')
    const issue = r.error.issues[0] as JixiaoError['issues'][number]
    expect(issue.details).toMatchObject({ reason: 'text-too-long' })
    expect(issue.input).toBe(text)
    expect(issue.en).toMatch(/longer than 100 000 characters/)
    expect(issue.en.length).toBeLessThan(200)
    expect(issue.zh.length).toBeLessThan(200)
  })
})
