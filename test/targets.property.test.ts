import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { evaluateTarget, formatTarget, JixiaoError, parseTarget, safeParseTarget, type Target } from '../src/index.js'

const withoutSource = (t: Target): string => JSON.stringify(t, (k, v: unknown) => (k === 'source' ? undefined : v))

const amount = fc.tuple(fc.integer({ min: 0, max: 99999 }), fc.integer({ min: 0, max: 99 })).map(([i, f]) => (f === 0 ? String(i) : `${i}.${String(f).padStart(2, '0')}`.replace(/0+$/, '')))
const unit = fc.constantFrom('%', '‰', '个', '万元', '人次', '平方米', '天', '')
const op = fc.constantFrom('>=', '>', '<=', '<', '=', null)
const compare = fc.record({ op, amount, unit, approximate: fc.boolean() }).map(({ op, amount, unit, approximate }) =>
  parseTarget(`${op === null ? '' : { '>=': '≥', '>': '>', '<=': '≤', '<': '<', '=': '=' }[op]}${approximate ? '约' : ''}${amount}${unit}`),
)
const range = fc.tuple(amount, amount, fc.constantFrom('%', '万元', '个'), fc.boolean(), fc.boolean()).map(([a, b, u, i1, i2]) =>
  parseTarget(`${a}${u}${i1 ? '' : '(不含)'}-${b}${u}${i2 ? '' : '(不含)'}`),
)
const ratio = fc.tuple(fc.integer({ min: 1, max: 50 }), fc.integer({ min: 1, max: 500 }), fc.constantFrom('', '≥', '≤')).map(([a, b, o]) => parseTarget(`${o}${a}:${b}`))
const deadline = fc.tuple(fc.option(fc.integer({ min: 2000, max: 2099 }), { nil: null }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })).map(
  ([y, m, d]) => parseTarget(`${y === null ? '' : `${y}年`}${m}月${d}日前`),
)
const words = fc.constantFrom('有效提升', '明显改善', '合格', '达标', '是', '无', '全覆盖', '应保尽保', '按期完成').map((w) => parseTarget(w))
const negativeRange = fc.tuple(fc.integer({ min: 1, max: 50 }), fc.integer({ min: 1, max: 50 })).map(([a, b]) => parseTarget(`-${a + b}%~-${a}%`))
const named = fc.tuple(fc.constantFrom('结转率', '投诉率', '覆盖率(覆盖数/总数)', '满意度'), fc.constantFrom('≥', '≤', ''), amount, fc.constantFrom('%', '个'), fc.constantFrom('', '到位', '以上')).map(
  ([name, o, a, u, tail]) => parseTarget(`${name}${o}${a}${u}${o !== '' && tail === '以上' ? '' : tail}`),
)
const simple = fc.oneof(compare, range, negativeRange, ratio, deadline, words, named)
const compound = fc.tuple(fc.array(fc.oneof(compare, ratio), { minLength: 2, maxLength: 3 }), fc.constantFrom('或', '且')).map(([parts, join]) =>
  parseTarget(parts.map((p) => formatTarget(p)).join(join)),
)

describe('formatTarget round trip', () => {
  it('parseTarget(formatTarget(t)) reads t again, in both styles, for every kind', () => {
    fc.assert(
      fc.property(fc.oneof(simple, compound), fc.constantFrom('symbol', 'chinese') as fc.Arbitrary<'symbol' | 'chinese'>, (target, style) => {
        expect(withoutSource(parseTarget(formatTarget(target, { style })))).toBe(withoutSource(target))
      }),
      { numRuns: 2000 },
    )
  })
})

describe('attainment invariants', () => {
  const actualAmount = fc.tuple(fc.integer({ min: -50, max: 200 }), fc.integer({ min: 0, max: 99 })).map(([i, f]) => `${i}.${String(f).padStart(2, '0')}`)
  it('a target that is not met never has ratio 1, and the ratio stays in [0, 1]', () => {
    fc.assert(
      fc.property(fc.oneof(compare.filter((t) => t.kind === 'compare' && t.value.unit === '%'), range.filter((t) => t.kind === 'range' && t.min.unit === '%')), actualAmount, fc.constantFrom('positive', 'negative', undefined), (target, a, polarity) => {
        const attainment = evaluateTarget(target, `${a}%`, polarity === undefined ? {} : { polarity })
        if (attainment.ratio !== null) {
          expect(attainment.ratio.gte(0) && attainment.ratio.lte(1)).toBe(true)
          if (attainment.met === false) expect(attainment.ratio.lt(1)).toBe(true)
          if (attainment.met === true) expect(attainment.ratio.eq(1)).toBe(true)
        } else {
          expect(attainment.met).toBe(null)
        }
      }),
      { numRuns: 3000 },
    )
  })
})

describe('hostile input', () => {
  it('random strings give a target or our error, never anything else', () => {
    const alphabet = fc.constantFrom(...'0123456789.%‰:：-~≥≤<>=以上下内不超过低于约左右至和之间一二三十百千万亿点成年月日底前或且（）() 是无提升'.split(''))
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 30 }).map((a) => a.join('')), (text) => {
        const r = safeParseTarget(text)
        if (!r.success) expect(r.error).toBeInstanceOf(JixiaoError)
      }),
      { numRuns: 5000 },
    )
    fc.assert(fc.property(fc.string({ maxLength: 60 }), (text) => {
      const r = safeParseTarget(text)
      if (!r.success) expect(r.error).toBeInstanceOf(JixiaoError)
    }), { numRuns: 3000 })
  })

  it.each([
    ['以上', 100_000],
    ['1', 100_000],
    ['%', 100_000],
    ['≥', 100_000],
    ['1%-', 30_000],
    ['一', 100_000],
    ['万', 100_000],
    ['80%以上', 30_000],
    ['2/3以上', 30_000],
    ['【', 100_000],
    ['(', 100_000],
    ['每', 100_000],
    ['1.', 100_000],
  ])('100,000 characters of "%s…" answer in linear time', (unit, times) => {
    const measure = (n: number): number => {
      const text = unit.repeat(Math.floor(n / unit.length))
      const start = performance.now()
      safeParseTarget(text)
      return performance.now() - start
    }
    measure(1000) // warm up
    const small = Math.max(measure(times / 10), 0.5)
    const large = measure(times)
    // ten times the text may take at most ~30 times as long (linear with slack), never quadratic (100×)
    expect(large).toBeLessThan(small * 30 + 200)
  })
})
