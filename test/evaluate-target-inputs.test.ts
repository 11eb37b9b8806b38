/**
 * What evaluateTarget and parseTarget accept: a Target that targetSchema accepts and nothing else (one validation
 * path), options checked and read from the caller's own properties only, and results frozen down to their Decimals.
 */
import { Decimal as HostDecimal } from 'decimal.js'
import { describe, expect, it } from 'vitest'
import { AttainmentError, evaluateTarget, explainAttainment, formatTarget, issueMessage, parseTarget, safeParseNumber, safeParseTarget, targetSchema, TargetParseError, type Target } from '../src/index.js'

const codeOf = (fn: () => unknown): string | undefined => {
  try {
    fn()
  } catch (error) {
    if (error instanceof AttainmentError || error instanceof TargetParseError) return error.code
    throw error
  }
  return undefined
}

describe('evaluateTarget takes what targetSchema takes', () => {
  it('accepts revived JSON and a hand-built target, as the schema revives them', () => {
    const json = JSON.parse(JSON.stringify(parseTarget('≥90%'))) as Target
    expect(evaluateTarget(json, '95%').met).toBe(true)
    const byHand = { kind: 'range', min: { amount: '80', unit: '%' }, max: { amount: 90, unit: '%' }, minInclusive: true, maxInclusive: true, source: '80%-90%' }
    expect(evaluateTarget(byHand as unknown as Target, '85%').met).toBe(true)
  })
  it.each([
    [{ kind: 'compare', op: '>=', value: { amount: 'abc', unit: '%' }, approximate: false, source: '' }, 'target.value.amount'],
    [{ kind: 'compare', op: '≥', value: { amount: '90', unit: '%' }, approximate: false, source: '' }, 'target.op'],
    [{ kind: 'range', min: { amount: '90', unit: '%' }, max: { amount: '80', unit: '%' }, minInclusive: true, maxInclusive: true, source: '' }, 'target.min'],
    [{ kind: 'ratio', op: null, antecedent: '1', consequent: '0', approximate: false, source: '' }, 'target.consequent'],
    [{ kind: 'nonsense', source: '' }, 'target'],
  ])('refuses %j with TARGET_INVALID at %s', (target, path) => {
    try {
      evaluateTarget(target as unknown as Target, '1%')
      expect.unreachable()
    } catch (error) {
      expect(error).toBeInstanceOf(AttainmentError)
      const e = error as AttainmentError
      expect(e.code).toBe('TARGET_INVALID')
      expect(e.path.join('.').startsWith(path)).toBe(true)
      expect(e.zh).not.toBe('')
    }
  })
  it('reads a Decimal of the host app again in its own precision', () => {
    const Host = HostDecimal.clone({ precision: 2, rounding: HostDecimal.ROUND_DOWN })
    const target = { kind: 'compare', op: '>=', value: { amount: new Host('95.55'), unit: '%' }, approximate: false, source: '≥95.55%' }
    // the host's precision of 2 would make 95.55 into 95: 95.5 would then meet it
    expect(evaluateTarget(target as unknown as Target, '95.5%').met).toBe(false)
    expect(targetSchema.parse(target)).toMatchObject({ value: { unit: '%' } })
  })
})

describe('options are checked', () => {
  it.each([
    [() => parseTarget('12月31日前', { year: 2022.5 }), 'OPTION_INVALID'],
    [() => parseTarget('12月31日前', { year: '2022' as unknown as number }), 'OPTION_INVALID'],
    [() => evaluateTarget(parseTarget('≥90%'), '95%', { year: Number.NaN }), 'OPTION_INVALID'],
    [() => evaluateTarget(parseTarget('≥90%'), '95%', { tolerance: -1 }), 'OPTION_INVALID'],
    [() => evaluateTarget(parseTarget('≥90%'), '95%', { polarity: 'up' as never }), 'OPTION_INVALID'],
    [() => evaluateTarget(parseTarget('≥90%'), '95%', { approximate: 'near' as never }), 'OPTION_INVALID'],
  ])('%#: a bad option is a coded error', (fn, code) => {
    expect(codeOf(fn)).toBe(code)
  })
  it('never reads an option from Object.prototype', () => {
    const before = evaluateTarget(parseTarget('5%'), '4%').met
    Object.defineProperty(Object.prototype, 'polarity', { value: 'negative', configurable: true, writable: true })
    Object.defineProperty(Object.prototype, 'year', { value: 1999, configurable: true, writable: true })
    try {
      expect(evaluateTarget(parseTarget('5%'), '4%').met).toBe(before)
      expect(parseTarget('12月31日前')).toMatchObject({ due: { year: null } })
    } finally {
      delete (Object.prototype as Record<string, unknown>).polarity
      delete (Object.prototype as Record<string, unknown>).year
    }
  })
})

describe('results are frozen all the way down', () => {
  it('freezes the ratio and the Decimals of a target', () => {
    const a = evaluateTarget(parseTarget('≥90%'), '95%')
    expect(Object.isFrozen(a)).toBe(true)
    expect(Object.isFrozen(a.ratio)).toBe(true)
    expect(() => {
      ;(a.ratio as unknown as { s: number }).s = -1
    }).toThrow(TypeError)
    expect(evaluateTarget(parseTarget('≥90%'), '96%').ratio?.toString()).toBe('1')
    const t = parseTarget('1:20')
    if (t.kind === 'ratio') expect(Object.isFrozen(t.consequent)).toBe(true)
    expect(Object.isFrozen(a.details)).toBe(true)
  })
  it('freezes the parts of a list read respectively', () => {
    const t = parseTarget('甲率、乙率均达到95%')
    if (t.kind !== 'all') throw new Error('expected all')
    expect(Object.isFrozen(t.targets)).toBe(true)
    for (const p of t.targets) expect(Object.isFrozen(p)).toBe(true)
  })
})

describe('a bare JS number as an actual is read in the target unit, and says so', () => {
  it('reads 0.92 against "90%以上" as 0.92%, and marks it in the details', () => {
    const a = evaluateTarget(parseTarget('90%以上'), 0.92)
    expect(a.met).toBe(false)
    expect(a.details).toMatchObject({ bareNumber: true, unit: '%' })
    expect(a.zh).toContain('未写单位')
    expect(a.en).toContain("read in the target's unit %")
  })
  it('does not mark text written without a unit (a unit column gives it)', () => {
    expect(evaluateTarget(parseTarget('90%以上'), '93').details).not.toHaveProperty('bareNumber')
  })
})

describe('hostile text in targets', () => {
  it.each(['\n', '\r\n', '\u2028', '\t', ' \u200b '])('%j is TARGET_EMPTY', (text) => {
    expect(codeOf(() => parseTarget(text))).toBe('TARGET_EMPTY')
  })
  it.each([
    ['不超过\n千分之二', '不超过千分之二'],
    ['不超\u200b过千分之二', '不超过千分之二'],
    ['\ufeff≥95%', '≥95%'],
    ['≥9\u00ad5%', '≥95%'],
    ['≥95%\u200e', '≥95%'],
    ['90%\u2028以上', '90%以上'],
  ])('%j reads as %s', (hostile, plain) => {
    const strip = (t: Target): unknown => JSON.parse(JSON.stringify(t, (k, v: unknown) => (k === 'source' ? undefined : v)))
    expect(strip(parseTarget(hostile))).toEqual(strip(parseTarget(plain)))
  })
  it('never reads a line break inside a number as part of it, nor as a space between digit groups', () => {
    for (const text of ['1\r5%', '1\n5%', '1\r\n5%', '1\n500', '1 \n 500']) expect(safeParseTarget(text).success, JSON.stringify(text)).toBe(false)
    expect(safeParseNumber('1\n500').success).toBe(false)
    expect(safeParseNumber('1 500').success).toBe(true)
  })
  it('refuses ±-5% and a zero denominator', () => {
    expect(codeOf(() => parseTarget('±-5%'))).toBe('TARGET_MALFORMED')
    expect(codeOf(() => parseTarget('≤50微克/0立方米'))).toBe('TARGET_MALFORMED')
    expect(codeOf(() => parseTarget('1:0'))).toBe('TARGET_INVALID')
  })
  it('peels nested brackets in linear time and never throws', () => {
    const small = `${'('.repeat(1000)}≥95%${')'.repeat(1000)}`
    const large = `${'('.repeat(30000)}≥95%${')'.repeat(30000)}`
    const t0 = performance.now()
    safeParseTarget(small)
    const t1 = performance.now()
    const r = safeParseTarget(large)
    const t2 = performance.now()
    expect(r.success).toBe(true)
    // 30× the text in far less than 30² the time
    expect(t2 - t1).toBeLessThan(Math.max(50, (t1 - t0) * 30 * 10))
  })
})

describe('targetSchema on hostile data', () => {
  it('takes linear time on nested compounds, and refuses a cycle or a depth past 64 with a code', () => {
    let t: unknown = JSON.parse(JSON.stringify(parseTarget('≥90%')))
    for (let i = 0; i < 30; i++) t = { kind: 'all', targets: [t], source: '' }
    expect(targetSchema.safeParse(t).success).toBe(true)
    expect(evaluateTarget(t as Target, '95%').met).toBe(true)
    for (let i = 0; i < 60; i++) t = { kind: 'all', targets: [t], source: '' }
    expect(codeOf(() => evaluateTarget(t as Target, '95%'))).toBe('TARGET_INVALID')
    const cycle: { kind: string; source: string; targets?: unknown[] } = { kind: 'all', source: '' }
    cycle.targets = [cycle]
    expect(codeOf(() => evaluateTarget(cycle as unknown as Target, '95%'))).toBe('TARGET_INVALID')
  })
  it('fills in no missing field from a polluted Object.prototype', () => {
    Object.defineProperty(Object.prototype, 'op', { value: '<=', configurable: true, writable: true })
    Object.defineProperty(Object.prototype, 'approximate', { value: true, configurable: true, writable: true })
    try {
      expect(codeOf(() => evaluateTarget({ kind: 'compare', value: { amount: '90', unit: '%' }, source: '' } as unknown as Target, '85%'))).toBe('TARGET_INVALID')
    } finally {
      delete (Object.prototype as Record<string, unknown>).op
      delete (Object.prototype as Record<string, unknown>).approximate
    }
  })
  it('gives coded errors, not TypeErrors, for what is not a target, an attainment or an issue', () => {
    expect(codeOf(() => formatTarget(null as unknown as Target))).toBe('TARGET_INVALID')
    expect(codeOf(() => explainAttainment(null as never))).toBe('ACTUAL_MALFORMED')
    expect(issueMessage({ code: 'NOPE' } as never, 'en')).toBe('unknown issue NOPE')
  })
})

describe('issues and hand-built actuals', () => {
  it('points a span at the visible characters only', () => {
    const r = safeParseTarget('≥≥\u200b90%')
    expect(r.success).toBe(false)
    if (!r.success) expect(r.error.span).toEqual({ start: 1, end: 2 })
  })
  it('freezes the details of an issue all the way down', () => {
    try {
      evaluateTarget(parseTarget('≥90%'), '≥≥9%')
      expect.unreachable()
    } catch (error) {
      const details = (error as AttainmentError).details as unknown as { cause: object }
      expect(Object.isFrozen(details.cause)).toBe(true)
    }
  })
  it.each([
    [{ kind: 'date', date: { year: 2024, month: 13, day: 1 }, source: '' }],
    [{ kind: 'date', date: { year: 2024, month: 6, day: 99 }, source: '' }],
    [{ kind: 'qualitative', direction: 'sideways', negated: false, partial: false, late: false, source: '' }],
  ])('refuses a hand-built actual %j', (actual) => {
    expect(codeOf(() => evaluateTarget(parseTarget('2024年底前'), actual as never))).toBe('ACTUAL_MALFORMED')
  })
})
