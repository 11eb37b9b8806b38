/**
 * Hostile input to the indicator tree: keys that name a prototype, a polluted Object.prototype, getters and Proxies
 * that throw, cycles, absurd depth and size, sparse arrays, wrong options. Every case is a coded issue or a correct
 * build; none is a crash, a hang, a silent wrong value or a change to the caller's data.
 */
import { describe, expect, it } from 'vitest'
import { isDecimal } from '../src/numbers/decimal.js'
import {
  defineEvaluation,
  EvaluationError,
  safeDefineEvaluation,
  safeEvaluationFromRows,
  type EvaluationInput,
  type Issue,
} from '../src/index.js'

const valid = (): EvaluationInput => ({
  year: 2022,
  groups: [{ name: '履职效能', children: [{ name: '任务 5', children: [{ name: '社区矫正对象再犯罪率', target: '不超过千分之二', weight: 5 }, { name: '刑满释放人员安置完成率', target: '100%', weight: 5 }] }] }],
})

function issuesOf(input: unknown, options = {}): readonly Issue[] {
  const r = safeDefineEvaluation(input as EvaluationInput, options)
  if (r.success) throw new Error('expected a failure')
  expect(r.error).toBeInstanceOf(EvaluationError)
  return r.error.issues
}

describe('keys that name a prototype', () => {
  it.each(['__proto__', 'constructor', 'prototype'])('%s anywhere in JSON is refused as an unknown key and changes no prototype', (key) => {
    const json = JSON.stringify(valid()).replace('"name":"社区矫正对象再犯罪率"', `"name":"社区矫正对象再犯罪率","${key}":{"weight":99}`)
    const issues = issuesOf(JSON.parse(json))
    expect(issues.map((i) => [i.code, i.path.at(-1)])).toEqual([['EVALUATION_INPUT_INVALID', key]])
    expect(({} as Record<string, unknown>).weight).toBeUndefined()
  })

  it('never appear as own keys of the output', () => {
    const e = defineEvaluation(JSON.parse(JSON.stringify(valid())) as EvaluationInput)
    const keys = new Set<string>()
    const walk = (v: unknown): void => {
      // a Decimal keeps decimal.js's own fields (its constructor among them): it is not plain data
      if (typeof v !== 'object' || v === null || isDecimal(v)) return
      for (const k of Object.keys(v)) {
        keys.add(k)
        walk((v as Record<string, unknown>)[k])
      }
    }
    walk(e)
    for (const k of ['__proto__', 'constructor', 'prototype']) expect(keys.has(k)).toBe(false)
  })
})

describe('a polluted Object.prototype', () => {
  const reference = JSON.stringify(defineEvaluation(valid()))
  it.each([
    ['weight', '99'],
    ['applicable', false],
    ['polarity', '正向'],
    ['kind', 'budget-execution'],
    ['unit', '件'],
    ['id', 'same'],
    ['total', 100],
    ['adjustment', { score: 1 }],
    ['actual', '0%'],
    ['weightMismatch', 'warning'],
    ['distributeWeights', true],
    ['children', [{ name: 'x', weight: 5 }]],
  ])('with %s set changes no reading', (key, value) => {
    const proto = Object.prototype as Record<string, unknown>
    proto[key] = value
    try {
      expect(JSON.stringify(defineEvaluation(valid()))).toBe(reference)
    } finally {
      delete proto[key]
    }
  })
})

describe('input that fights back', () => {
  it('a getter that throws is a coded issue', () => {
    const input = valid() as { groups: unknown[] }
    Object.defineProperty(input.groups, 0, { get: () => { throw new Error('boom') }, enumerable: true })
    expect(issuesOf(input).map((i) => i.code === 'EVALUATION_INPUT_INVALID' && i.details.reason)).toEqual(['unreadable'])
  })

  it('a Proxy whose traps throw is a coded issue', () => {
    const input = new Proxy({}, { ownKeys: () => { throw new Error('boom') }, get: () => { throw new Error('boom') } })
    expect(issuesOf(input)[0]?.code).toBe('EVALUATION_INPUT_INVALID')
  })

  it('a getter is read once, and what it gave is what is built', () => {
    let reads = 0
    const leaf = { name: '律师值班率', weight: 10, get target(): string { reads++; return reads === 1 ? '90%' : '≥≥≥' } }
    const e = defineEvaluation({ groups: [{ name: '履职效能', children: [{ name: '任务 4', children: [leaf] }] }] })
    expect(reads).toBe(1)
    expect(e.groups[0]!.children[0]!.children[0]!.kind).toBe('indicator')
  })

  it('a cycle is refused', () => {
    const g: Record<string, unknown> = { name: '履职效能' }
    g.children = [{ name: '任务', children: [g] }]
    expect(issuesOf({ groups: [g] })[0]?.code === 'EVALUATION_INPUT_INVALID').toBe(true)
  })

  it('a target nested thousands deep is refused, not a stack overflow', () => {
    let target: unknown = { kind: 'compare', op: '>=', value: { amount: '1', unit: '%' }, approximate: false, source: '≥1%' }
    for (let i = 0; i < 5000; i++) target = { kind: 'all', targets: [target], source: '' }
    const issues = issuesOf({ groups: [{ name: 'a', children: [{ name: 'b', children: [{ name: 'c', target }] }] }] })
    expect(issues[0]?.code).toBe('TARGET_INVALID')
  })

  it('a list of 2³²−1 holes is refused at once, not walked', () => {
    const children = new Array<unknown>(2 ** 32 - 1)
    const issues = issuesOf({ groups: [{ name: 'a', children: [{ name: 'b', children }] }] })
    expect(issues.map((i) => i.code === 'EVALUATION_INPUT_INVALID' && i.details.reason)).toEqual(['too-large'])
  })

  it('a text of a million characters is a coded issue, quoted short', () => {
    const issues = issuesOf({ groups: [{ name: 'a', children: [{ name: 'b', children: [{ name: 'c', target: `≥${'9'.repeat(1_000_000)}%%` }] }] }] })
    expect(issues[0]?.code).toBe('TARGET_MALFORMED')
    expect(issues[0]!.zh.length).toBeLessThan(200)
  })

  it('hands out nothing the caller can change', () => {
    const e = defineEvaluation(valid())
    expect(() => {
      ;(e.groups[0]!.children[0]!.children[0]! as { weight: unknown }).weight = null
    }).toThrow()
    expect(() => {
      ;(e.groups[0]!.children[0]!.children[0]!.weight as unknown as { d: number[] }).d.push(1)
    }).toThrow()
  })
})

describe('wrong options', () => {
  it.each([
    [{ weightMismatch: 'warn' }, 'weightMismatch'],
    [{ missingTarget: false }, 'missingTarget'],
    [{ distributeWeights: 'yes' }, 'distributeWeights'],
    [{ polarityWords: ['投诉率'] }, 'polarityWords'],
  ])('%o is OPTION_INVALID naming %s', (options, option) => {
    const issues = issuesOf(valid(), options)
    expect(issues.map((i) => [i.code, i.code === 'OPTION_INVALID' && i.details.option])).toEqual([['OPTION_INVALID', option]])
  })

  it.each([
    [{ firstRow: 0 }, 'firstRow'],
    [{ firstRow: 2.5 }, 'firstRow'],
    [{ headers: { target: '考核指标值' } }, 'headers.target'],
    [{ headers: { targets: ['考核指标值'] } }, 'headers'],
  ])('rows with %o is OPTION_INVALID naming %s', (options, option) => {
    const r = safeEvaluationFromRows([{ 三级指标: 'a', 年度指标值: '1个' }], options as never)
    expect(!r.success && r.error.issues.map((i) => [i.code, i.code === 'OPTION_INVALID' && i.details.option])).toEqual([['OPTION_INVALID', option]])
  })
})
