/**
 * Invariants of the indicator tree, over random trees of real indicator names and targets (from the seed report and
 * test/fixtures/tables/): a group without a weight weighs exactly the sum of its children; a group that says otherwise
 * is reported once; equal shares add up exactly and differ by at most one step; nothing is mutated; everything is
 * frozen; rows and JSON give the same tree; and no input at all makes the door throw anything but its own result.
 */
import { fc } from '@fast-check/vitest'
import { Decimal } from 'decimal.js'
import { describe, expect, it } from 'vitest'
import {
  defineEvaluation,
  EvaluationError,
  evaluationFromRows,
  safeDefineEvaluation,
  safeEvaluationFromRows,
  type Evaluation,
  type EvaluationInput,
  type Indicator,
} from '../src/index.js'
import { inputSchema, leafLooksValid } from '../src/indicators/schema.js'

const NAMES = ['调解案件补贴发放率', '普法宣传知识普及率', '在校学生违法犯罪率', '律师值班率', '社区矫正对象再犯罪率', '培训人次', '群众投诉率', '人均培训成本', '公证事项办结率', '造林面积']
const TARGETS = ['100%', '90%以上', '千分之一以下', '≥500人次', '不超过千分之二', '1:20', '≤620万/月', '有效提升', '2022年12月底前', '90%或以上', '≥4754人', '1.2万亩']

/** A weight in hundredths, as text (0.01 to 30.00). */
const weight = fc.integer({ min: 1, max: 3000 }).map((n) => (n / 100).toFixed(2).replace(/\.?0+$/u, ''))

interface Shape {
  readonly groups: readonly { readonly name: string; readonly children: readonly { readonly name: string; readonly leaves: readonly { name: string; target: string; weight?: string }[] }[] }[]
}

const shape = (weighted: boolean): fc.Arbitrary<Shape> =>
  fc.record({
    groups: fc.array(
      fc.record({
        name: fc.constantFrom('产出指标', '效益指标', '满意度指标', '履职效能'),
        children: fc.array(
          fc.record({
            name: fc.constantFrom('数量指标', '质量指标', '时效指标', '成本指标', '社会效益指标', ''),
            leaves: fc.array(weighted ? fc.record({ name: fc.constantFrom(...NAMES), target: fc.constantFrom(...TARGETS), weight }) : fc.record({ name: fc.constantFrom(...NAMES), target: fc.constantFrom(...TARGETS) }), { minLength: 1, maxLength: 5 }),
          }),
          { minLength: 1, maxLength: 4 },
        ),
      }),
      { minLength: 1, maxLength: 4 },
    ),
  })

const inputOf = (s: Shape): EvaluationInput => ({ kind: 'department', groups: s.groups.map((g) => ({ name: g.name, children: g.children.map((c) => ({ name: c.name, children: c.leaves.map((l) => ({ ...l })) })) })) })

/** Sum of weights in hundredths, exactly (integers). */
const cents = (w: string | undefined): number => Math.round(Number(w) * 100)

describe('weights add up', () => {
  it('a group without a weight weighs exactly the sum of its children, up to the evaluation', () => {
    fc.assert(
      fc.property(shape(true), (s) => {
        const e = defineEvaluation(inputOf(s))
        let total = 0
        s.groups.forEach((g, i) => {
          const sum = g.children.reduce((a, c) => a + c.leaves.reduce((b, l) => b + cents(l.weight), 0), 0)
          total += sum
          expect(cents(e.groups[i]!.weight?.toString())).toBe(sum)
          expect(e.groups[i]!.weightSource).toBe('children')
        })
        expect(cents(e.weight?.toString())).toBe(total)
      }),
      { numRuns: 300 },
    )
  })

  it('a group whose written weight its children miss is reported once, with both figures', () => {
    fc.assert(
      fc.property(shape(true), fc.integer({ min: 1, max: 500 }), (s, extra) => {
        const input = inputOf(s)
        const sum = s.groups[0]!.children.reduce((a, c) => a + c.leaves.reduce((b, l) => b + cents(l.weight), 0), 0)
        const written = ((sum + extra) / 100).toString()
        const groups = input.groups.map((g, i) => (i === 0 ? { ...g, weight: written } : g))
        const r = safeDefineEvaluation({ ...input, groups })
        expect(r.success).toBe(false)
        const issues = r.success ? [] : r.error.issues.filter((i) => i.code === 'WEIGHT_SUM_MISMATCH')
        expect(issues.length).toBe(1)
        const d = issues[0]?.code === 'WEIGHT_SUM_MISMATCH' ? issues[0].details : undefined
        expect([cents(d?.expected.toString()), cents(d?.found.toString())]).toEqual([sum + extra, sum])
      }),
      { numRuns: 200 },
    )
  })

  it('equal shares add up exactly and differ by at most one step', () => {
    fc.assert(
      fc.property(shape(false), fc.integer({ min: 1, max: 20000 }), (s, total) => {
        const e = defineEvaluation({ ...inputOf(s), total: (total / 100).toString() }, { distributeWeights: true })
        expect(cents(e.weight?.toString())).toBe(total)
        const check = (parent: string | undefined, children: readonly { weight: { toString(): string } | null }[]): void => {
          const ws = children.map((c) => cents(c.weight?.toString()))
          expect(ws.reduce((a, b) => a + b, 0)).toBe(cents(parent))
          expect(Math.max(...ws) - Math.min(...ws)).toBeLessThanOrEqual(1)
        }
        check(e.weight?.toString(), e.groups)
        for (const g of e.groups) {
          check(g.weight?.toString(), g.children)
          for (const c of g.children) check(c.weight?.toString(), c.children)
        }
      }),
      { numRuns: 200 },
    )
  })
})

describe('results', () => {
  const frozen = (value: unknown, seen = new Set<unknown>()): boolean => {
    if (typeof value !== 'object' || value === null || seen.has(value)) return true
    seen.add(value)
    return Object.isFrozen(value) && Object.keys(value).every((k) => frozen((value as Record<string, unknown>)[k], seen))
  }

  it('never change their input and are frozen all the way down', () => {
    fc.assert(
      fc.property(shape(true), (s) => {
        const input = inputOf(s)
        const before = JSON.stringify(input)
        const e = defineEvaluation(input)
        expect(JSON.stringify(input)).toBe(before)
        expect(frozen(e)).toBe(true)
      }),
      { numRuns: 100 },
    )
  })

  it('are the same from rows as from JSON', () => {
    fc.assert(
      fc.property(shape(true), (s) => {
        // distinct level-2 names in each group, as a sheet with merged cells has them
        const named: Shape = { groups: s.groups.map((g, i) => ({ name: `${g.name}${i}`, children: g.children.map((c, j) => ({ ...c, name: `${c.name}${j}` })) })) }
        const rows = named.groups.flatMap((g) =>
          g.children.flatMap((c, j) => c.leaves.map((l, k) => ({ 一级指标: j === 0 && k === 0 ? g.name : '', 二级指标: k === 0 ? c.name : '', 三级指标: l.name, 年度指标值: l.target, 分值: l.weight ?? '' }))),
        )
        const fromRows = evaluationFromRows(rows, { metadata: { kind: 'department' } })
        const fromJson = defineEvaluation(inputOf(named))
        const view = (e: Evaluation): unknown =>
          e.groups.map((g) => [g.name, g.weight?.toString(), g.children.map((c) => [c.name, c.children.map((l) => [l.name, l.weight?.toString(), (l as Indicator).target])])])
        expect(view(fromRows)).toEqual(view(fromJson))
      }),
      { numRuns: 150 },
    )
  })
})

describe('no input makes the doors throw', () => {
  it('defineEvaluation returns its own result for anything', () => {
    fc.assert(
      fc.property(fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true, withNullPrototype: true, withTypedArray: true }), (x) => {
        const r = safeDefineEvaluation(x as EvaluationInput)
        if (!r.success) expect(r.error).toBeInstanceOf(EvaluationError)
      }),
      { numRuns: 500 },
    )
  })

  it('evaluationFromRows returns its own result for any rows', () => {
    fc.assert(
      fc.property(fc.array(fc.dictionary(fc.constantFrom('一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '全年预算数', '全年执行数', '执行率', '__proto__', 'constructor'), fc.oneof(fc.string(), fc.double(), fc.constant(null), fc.constantFrom('≥90%', '/', '-', '不适用', '100', '产出指标(50分)')))), (rows) => {
        const r = safeEvaluationFromRows(rows)
        if (!r.success) expect(r.error).toBeInstanceOf(EvaluationError)
      }),
      { numRuns: 500 },
    )
  })
})

describe('the quick check of indicators agrees with the schema', () => {
  const keys = ['kind', 'id', 'name', 'category', 'weight', 'target', 'actual', 'unit', 'polarity', 'nature', 'rule', 'applicable', 'deviation', 'improvement', 'criteria', 'note', 'printedScore', 'adjustment', 'initial', 'adjusted', 'executed', 'rate', 'wieght', '__proto__']
  const value = fc.oneof(
    fc.string({ maxLength: 6 }),
    fc.constantFrom('indicator', 'budget-execution', '正向', '负向指标', '定性', 'qualitative', '≥90%', '10分'),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    fc.constant(new Decimal('1.5')),
    fc.record({ score: fc.oneof(fc.integer(), fc.string(), fc.boolean()), reason: fc.oneof(fc.string(), fc.integer()) }, { requiredKeys: [] }),
    fc.record({ amount: fc.oneof(fc.integer(), fc.string(), fc.constant(null)), unit: fc.oneof(fc.string(), fc.integer()) }, { requiredKeys: [] }),
    fc.array(fc.integer(), { maxLength: 2 }),
    fc.dictionary(fc.string({ maxLength: 3 }), fc.integer(), { maxKeys: 2 }),
  )
  it('never passes an indicator the schema refuses', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...keys), value, { maxKeys: 8 }), (leaf) => {
        if (leafLooksValid(leaf)) expect(inputSchema().safeParse({ groups: [{ children: [{ children: [leaf] }] }] }).success).toBe(true)
      }),
      { numRuns: 3000 },
    )
  })

  it('passes the indicators of real tables', () => {
    expect(leafLooksValid({ name: '培训人次', target: '≥500人次', actual: '620人次', weight: '10', unit: '人次', polarity: '正向', adjustment: { score: 5, reason: '经认定' } })).toBe(true)
  })
})
