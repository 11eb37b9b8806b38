/**
 * One error model: every failure is a JixiaoError with a stable code, a span
 * into the text, every issue as data, and a message in Chinese and English.
 */
import { describe, expect, it } from 'vitest'
import {
  JixiaoError,
  NumberParseError,
  parseNumber,
  parseQuantity,
  QuantityError,
  safeParseNumber,
  safeParseQuantity,
  TargetParseError,
  type Issue,
} from '../src/index.js'

const caught = (fn: () => unknown): JixiaoError => {
  try {
    fn()
  } catch (error) {
    if (error instanceof JixiaoError) return error
    throw error
  }
  throw new Error('expected an error')
}

describe('JixiaoError', () => {
  it('is an Error with a name per class', () => {
    const issue: Issue = { code: 'NUMBER_MALFORMED', details: { text: '1..2', reason: 'repeated-point' }, severity: 'error', path: [], zh: '“1..2”中的小数点重复', en: 'repeated decimal point in "1..2"' }
    for (const [ErrorClass, name] of [
      [JixiaoError, 'JixiaoError'],
      [NumberParseError, 'NumberParseError'],
      [QuantityError, 'QuantityError'],
      [TargetParseError, 'TargetParseError'],
    ] as const) {
      const error = new ErrorClass([issue])
      expect(error).toBeInstanceOf(Error)
      expect(error).toBeInstanceOf(JixiaoError)
      expect(error.name).toBe(name)
      expect(error.message).toBe('repeated decimal point in "1..2" (“1..2”中的小数点重复)')
    }
  })

  it('copies the first issue onto the error and keeps every issue, frozen', () => {
    const first: Issue = { code: 'QUANTITY_MALFORMED', details: { text: 'x', reason: 'not-finite' }, severity: 'error', path: ['a', 0], span: { start: 1, end: 2 }, zh: '', en: '' }
    const second: Issue = { code: 'QUANTITY_UNKNOWN_UNIT', details: { rest: '斤斤' }, severity: 'error', path: ['b'], zh: '', en: '' }
    const error = new QuantityError([first, second])
    expect(error.code).toBe('QUANTITY_MALFORMED')
    expect(error.path).toEqual(['a', 0])
    expect(error.span).toEqual({ start: 1, end: 2 })
    // the texts come from the message tables, produced from the code and details when read
    expect(error.zh).toBe('数量“x”不是有限的数')
    expect(error.en).toBe('amount "x" is not a finite number')
    expect(error.details).toEqual({ text: 'x', reason: 'not-finite' })
    expect(error.issues).toEqual([first, second])
    expect(Object.isFrozen(error.issues)).toBe(true)
  })

  it('separates the number and quantity errors', () => {
    expect(caught(() => parseNumber('1..2'))).toBeInstanceOf(NumberParseError)
    expect(caught(() => parseNumber('1..2'))).not.toBeInstanceOf(QuantityError)
    expect(caught(() => parseQuantity('%%'))).toBeInstanceOf(QuantityError)
    expect(caught(() => parseQuantity('%%'))).not.toBeInstanceOf(NumberParseError)
  })
})

describe('errors point at the text that failed', () => {
  it.each([
    ['1..2', '..'],
    ['90%', '%'],
    ['12件', '件'],
    ['一万二万', '一万二万'],
    ['abc', 'abc'],
  ])('parseNumber(%j) marks %j', (text, marked) => {
    const error = caught(() => parseNumber(text))
    expect(error.span).toBeDefined()
    expect(text.slice(error.span?.start, error.span?.end)).toBe(marked)
    expect(error.issues[0]?.input).toBe(text)
  })

  it.each([
    ['90%%', '%'],
    ['３%以上', '以上'],
    ['1..2%', '..'],
    ['百分之', '百分之'],
  ])('parseQuantity(%j) marks %j, even in full-width text', (text, marked) => {
    const error = caught(() => parseQuantity(text))
    expect(text.slice(error.span?.start, error.span?.end)).toBe(marked)
  })
})

describe('messages in Chinese and English', () => {
  it.each(['', 'abc', '1..2', '1.2.3', '90%', '一万二万'])('parseNumber(%j) explains itself in both', (text) => {
    const result = safeParseNumber(text)
    expect(result.success).toBe(false)
    if (result.success) return
    expect(result.error.zh).toMatch(/[\u4e00-\u9fff]/)
    // English, apart from the quoted input
    expect(result.error.en.replace(/"[^"]*"/g, '')).toMatch(/^[\x20-\x7e]+$/)
  })

  it.each(['', '%%', '百分之', '90%%'])('parseQuantity(%j) explains itself in both', (text) => {
    const result = safeParseQuantity(text)
    expect(result.success).toBe(false)
    if (result.success) return
    expect(result.error.zh).toMatch(/[\u4e00-\u9fff]/)
    expect(result.error.en.replace(/"[^"]*"/g, '')).toMatch(/^[\x20-\x7e]+$/)
  })
})

describe('safe variants', () => {
  it('return the value or the error, and never throw for text', () => {
    const ok = safeParseQuantity('152.2万元')
    expect(ok.success).toBe(true)
    if (ok.success) expect(ok.data.unit).toBe('万元')
    const bad = safeParseQuantity('%%')
    expect(bad.success).toBe(false)
    if (!bad.success) expect(bad.error.code).toBe('QUANTITY_NOT_FOUND')
  })
})
