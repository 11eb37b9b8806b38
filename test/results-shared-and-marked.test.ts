import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { brand } from '../src/brand.js'
import { copyWith } from '../src/copy.js'
import { isTrustedTarget } from '../src/targets/trusted.js'
import { convertQuantity, evaluateTarget, parseQuantity, parseTarget, targetSchema } from '../src/index.js'

/**
 * What the library keeps small without showing it: the mark on a target it made (a private field, not a property), the
 * quantity of a number that recurs (one frozen object), and copies made field by field (never a spread).
 */

describe('a target the library made is trusted, and the mark shows nowhere', () => {
  it.each(['≥95%', '有效提升', '80-90%', '2023年12月底前', '≥95%且≤100%', '≥95%。'])('%s', (text) => {
    const target = parseTarget(text)
    expect(isTrustedTarget(target)).toBe(true)
    expect(Reflect.ownKeys(target)).toEqual(Object.keys(target))
    expect(Object.getOwnPropertySymbols(target)).toEqual([])
    expect(Object.getPrototypeOf(target)).toBe(Object.prototype)
    expect(Object.isFrozen(target)).toBe(true)
    // a copy carries no mark: it is checked again, and reads the same
    const copies = [{ ...target }, Object.freeze({ ...target }), JSON.parse(JSON.stringify(target)) as unknown]
    for (const copy of copies) expect(isTrustedTarget(copy)).toBe(false)
    expect(isTrustedTarget(targetSchema.parse(JSON.parse(JSON.stringify(target))))).toBe(true)
    expect(JSON.stringify(targetSchema.parse(JSON.parse(JSON.stringify(target))))).toBe(JSON.stringify(target))
  })

  it('a copy of a target is judged as the target is', () => {
    const target = parseTarget('≥95%')
    expect(evaluateTarget({ ...target }, '96%').met).toBe(evaluateTarget(target, '96%').met)
  })

  it('a brand marks frozen, sealed and prototype-less objects, and only them', () => {
    const mark = brand<string>()
    const objects = [Object.freeze({ a: 1 }), Object.seal({ b: 2 }), Object.create(null) as object, Object.freeze([1, 2])]
    for (const o of objects) {
      expect(mark.read(o)).toBeUndefined()
      mark.stamp(o, 'made')
      mark.stamp(o, 'again')
      expect(mark.read(o)).toBe('made')
      expect(Reflect.ownKeys(o).length).toBe(Reflect.ownKeys(structuredClone(o)).length)
    }
    expect(mark.read({ a: 1 })).toBeUndefined()
    expect(brand<string>().read(objects[0] as object)).toBeUndefined()
  })
})

describe('the quantity of a number that recurs is one frozen object', () => {
  it('"≥95%" and "95%以上" share the quantity 95 %', () => {
    const a = parseTarget('≥95%')
    const b = parseTarget('95%以上')
    expect(a.kind === 'compare' && b.kind === 'compare' && a.value === b.value).toBe(true)
    expect(a.kind === 'compare' && Object.isFrozen(a.value) && Object.isFrozen(a.value.amount)).toBe(true)
  })

  it('the numbers read lately are kept, however many a process has read before', () => {
    // more distinct numbers than the intern table keeps (4,096): it is emptied when full, not closed
    for (let k = 0; k < 10_000; k++) parseQuantity(`${k}.25个`)
    expect(parseQuantity('95.75%')).toBe(parseQuantity('95.75%'))
  })

  it('a number too long to keep is made anew each time, equal in value', () => {
    const a = parseQuantity('1234567890123.25个')
    const b = parseQuantity('1234567890123.25个')
    expect(a).not.toBe(b)
    expect(a.amount.eq(b.amount) && a.unit === b.unit).toBe(true)
  })

  it('convertQuantity still returns a new quantity', () => {
    const q = parseQuantity('90%')
    expect(convertQuantity(q, '%')).not.toBe(q)
    expect(convertQuantity(q, '%')).toEqual(q)
  })
})

describe('a copy made field by field is the spread it replaces', () => {
  const key = fc.constantFrom('kind', 'op', 'value', 'source', 'subject', 'note', 'reference', 'approximate')
  const record = fc.dictionary(key, fc.oneof(fc.string(), fc.boolean(), fc.constant(undefined), fc.constant(null)))
  it('same keys in the same order, same values, the input unchanged', () => {
    fc.assert(
      fc.property(record, record, (value, changes) => {
        const before = JSON.stringify(value)
        const copy = copyWith(value, changes)
        expect(Object.keys(copy)).toEqual(Object.keys({ ...value, ...changes }))
        expect(copy).toStrictEqual({ ...value, ...changes })
        expect(JSON.stringify(value)).toBe(before)
      }),
    )
  })

  it('leaves out the field it is told to', () => {
    expect(copyWith({ kind: 'compare', subject: 'x', source: 's' } as Record<string, string>, { source: 't' }, 'subject')).toStrictEqual({ kind: 'compare', source: 't' })
  })
})
