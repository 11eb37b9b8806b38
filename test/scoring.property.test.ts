/**
 * Invariants of the scoring engine on random evaluations and random policies (fast-check): 0 ≤ score ≤ weight at every
 * node; a parent is the sum of its children (per the rounding stage); met ⇒ full marks unless a stated penalty applies;
 * unmet ⇒ never full marks; proportional scores are monotone in the actual; the total does not depend on the order of
 * the indicators; the same input gives the same report; a host's Decimal.set changes nothing; input is never mutated.
 */
import { Decimal as HostDecimal } from 'decimal.js'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { definePolicy, defineEvaluation, policies, scoreEvaluation, type EvaluationInput, type GroupScore, type IndicatorScore, type Policy, type PolicyOverrides } from '../src/index.js'

// real targets (seed and fixtures/tables) with actuals of the same kind
const PAIRS: readonly (readonly [string, string, (n: number) => string])[] = [
  ['培训人次', '≥100人次', (n) => `${n}人次`],
  ['验收合格率', '≥95%', (n) => `${(n * 0.95).toFixed(2)}%`],
  ['社区矫正对象再犯罪率', '不超过千分之二', (n) => `${(n / 500).toFixed(3)}‰`],
  ['投诉率', '≤5%', (n) => `${(n / 20).toFixed(2)}%`],
  ['满意度', '80%-90%', (n) => `${(n * 0.85).toFixed(1)}%`],
  ['调解案件补贴发放率', '100%', (n) => `${Math.min(n, 100)}%`],
  ['资金拨付', '≥10万元', (n) => `${n * 1000}元`],
  ['司法社工与社区矫正对象比例', '1:20', (n) => `1:${Math.max(1, Math.round(2000 / Math.max(n, 1)))}`],
  ['完成时限', '2022年12月底前', (n) => (n >= 100 ? '2022年11月完成' : '2023年2月完成')],
  ['群众生产生活条件改善状况', '显著提升', (n) => (n >= 100 ? '显著提升' : n >= 60 ? '基本完成' : '未完成')],
]

const leaf = fc.record({
  pair: fc.integer({ min: 0, max: PAIRS.length - 1 }),
  actual: fc.integer({ min: 0, max: 160 }),
  weight: fc.integer({ min: 1, max: 2000 }).map((n) => (n / 100).toString()),
  // 1 in 10 不适用
  na: fc.integer({ min: 0, max: 9 }),
  // 1 in 8 with an evaluator's adjustment (a share of the weight), 1 in 6 with deduction criteria
  adjust: fc.option(fc.integer({ min: 0, max: 100 }), { freq: 7 }),
  criteria: fc.option(fc.constantFrom('每少一项扣1分', '每超过一个百分点扣0.5分，扣完为止', '每低于1个百分点扣0.2分', '每发生1起扣2分', '完成得满分'), { freq: 5 }),
})

const evaluation = fc.array(fc.array(fc.array(leaf, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 }).map(
  (groups): EvaluationInput => ({
    groups: groups.map((g, i) => ({
      name: `一级${i}`,
      children: g.map((s, k) => ({
        name: `二级${k}`,
        children: s.map((l, m) => {
          const [name, target, actual] = PAIRS[l.pair] as (typeof PAIRS)[number]
          const adjustment = l.adjust === null ? {} : { adjustment: { score: new HostDecimal(l.weight).times(l.adjust).div(100).toDecimalPlaces(2, HostDecimal.ROUND_DOWN).toString(), reason: '评价组认定' } }
          return {
            name: `${name}${i}${k}${m}`, weight: l.weight, target, actual: actual(l.actual), deviation: '见说明',
            ...(l.na === 0 ? { applicable: false } : {}), ...adjustment, ...(l.criteria === null ? {} : { criteria: l.criteria }),
          }
        }),
      })),
    })),
  }),
)

const policy = fc
  .record({
    places: fc.integer({ min: 0, max: 3 }),
    mode: fc.constantFrom('half-up', 'up', 'down', 'half-even' as const),
    stage: fc.constantFrom('indicator', 'total' as const),
    negative: fc.constantFrom('reverse-ratio', 'reverse-linear'),
    threshold: fc.constantFrom(1.2, 1.3, 1.5),
    over: fc.constantFrom('flag', 'none' as const),
  })
  .map((p): Policy => definePolicy(policies.mof2020, { name: 'random', rounding: { places: p.places, mode: p.mode, stage: p.stage }, defaults: { negative: p.negative }, overAchievement: { mode: p.over, threshold: p.threshold } } as PolicyOverrides))

/** Sums checked at full width (the host's default precision of 20 digits would round them). */
const Wide = HostDecimal.clone({ precision: 200 })

const nodes = (g: GroupScore): (GroupScore | IndicatorScore)[] => [g, ...g.children.flatMap((c) => ('children' in c ? nodes(c) : [c]))]

describe('scoring invariants', () => {
  it('0 ≤ score ≤ weight at every node, and a parent is the sum of its children', () => {
    fc.assert(
      fc.property(evaluation, policy, (input, p) => {
        const r = scoreEvaluation(defineEvaluation(input), p)
        for (const n of r.groups.flatMap(nodes)) {
          if (n.score === null) continue
          expect(n.score.gte(0)).toBe(true)
          if ('children' in n) expect(n.score.lte(n.applicableWeight)).toBe(true)
          else if (n.status !== 'not-applicable') expect(n.score.lte(n.weight)).toBe(true)
          if ('children' in n) {
            // a child counts its exact score, or the evaluator's when adjusted
            const exact = n.children.reduce((s, c) => s.plus(('status' in c && c.status === 'adjusted' ? c.score : c.exact) ?? 0), new Wide(0))
            // exact sums are made at full width and kept to 40 significant digits
            expect(exact.minus(n.exact.toString()).abs().lt('1e-30')).toBe(true)
            if (p.rounding.stage === 'indicator') {
              const sum = n.children.reduce((s, c) => s.plus(c.score ?? 0), new Wide(0))
              expect(sum.eq(n.score.toString())).toBe(true)
            }
          }
        }
        const total = r.groups.reduce((s, g) => s.plus(g.exact), new Wide(0))
        expect(total.minus(r.exact.toString()).abs().lt('1e-30')).toBe(true)
      }),
      { numRuns: 150 },
    )
  })

  it('met ⇒ full marks (no penalty under these policies); not met ⇒ never full marks, at every node without an adjustment', () => {
    fc.assert(
      fc.property(evaluation, policy, (input, p) => {
        const r = scoreEvaluation(defineEvaluation(input), p)
        for (const s of r.indicators) {
          if (s.status !== 'scored' || s.computed === null) continue
          if (s.met === true) expect(s.computed.eq(s.weight)).toBe(true)
          if (s.met === false) expect(s.computed.lt(s.weight)).toBe(true)
        }
        const leavesOf = (n: GroupScore | IndicatorScore): IndicatorScore[] => ('children' in n ? n.children.flatMap(leavesOf) : [n])
        for (const g of r.groups.flatMap(nodes)) {
          if (!('children' in g)) continue
          const ls = leavesOf(g)
          if (ls.some((l) => l.met === false && l.status === 'scored') && ls.every((l) => l.status !== 'adjusted')) expect(g.score.lt(g.applicableWeight)).toBe(true)
        }
      }),
      { numRuns: 150 },
    )
  })

  it('a proportional score never falls when the actual rises', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 200 }), fc.integer({ min: 1, max: 30 }), (x, y, w) => {
        const at = (n: number) => scoreEvaluation(defineEvaluation({ groups: [{ name: 'a', children: [{ name: 'b', children: [{ name: '培训人次', weight: w, target: '≥100人次', actual: `${n}人次` }] }] }] })).indicators[0]!.exact!
        const [lo, hi] = x <= y ? [x, y] : [y, x]
        expect(at(lo).lte(at(hi))).toBe(true)
      }),
    )
  })

  it('the total does not depend on the order of the indicators', () => {
    fc.assert(
      fc.property(evaluation, policy, fc.integer({ min: 0, max: 1000 }), (input, p, seed) => {
        const shuffled: EvaluationInput = {
          groups: [...input.groups].reverse().map((g) => ({ ...g, children: g.children.map((s) => ({ ...s, children: [...s.children].sort((a, b) => ((a.name ?? '').length * seed) % 7 - ((b.name ?? '').length * seed) % 7) })) })),
        }
        const a = scoreEvaluation(defineEvaluation(input), p)
        const b = scoreEvaluation(defineEvaluation(shuffled), p)
        expect(a.score.toString()).toBe(b.score.toString())
        expect(a.exact.toString()).toBe(b.exact.toString())
      }),
      { numRuns: 80 },
    )
  })

  it('the same input gives the same report, never mutates the input, and ignores a host Decimal.set', () => {
    fc.assert(
      fc.property(evaluation, policy, (input, p) => {
        const before = JSON.stringify(input)
        const e = defineEvaluation(input)
        const a = JSON.stringify(scoreEvaluation(e, p))
        const saved = { precision: HostDecimal.precision, rounding: HostDecimal.rounding }
        HostDecimal.set({ precision: 3, rounding: HostDecimal.ROUND_DOWN })
        try {
          expect(JSON.stringify(scoreEvaluation(e, p))).toBe(a)
        } finally {
          HostDecimal.set(saved)
        }
        expect(JSON.stringify(input)).toBe(before)
      }),
      { numRuns: 60 },
    )
  })
})
