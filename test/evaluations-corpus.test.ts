import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { AttainmentError, evaluateTarget, parseTarget, type Polarity } from '../src/index.js'

/**
 * Real (年度指标值, 实际完成值) pairs from published 绩效自评表 pages (sources cited in the fixture), each with the verdict
 * a careful evaluator gives. `met: null` means the evaluator would judge it by hand; a pair whose units cannot be compared
 * (a percentage against a count) must give the coded error.
 */
interface Pair {
  target: string
  actual: string
  source: string
  polarity?: Polarity
  met: boolean | null
  ratio?: number
  /** The coded error the pair must give instead of a verdict. */
  error?: string
  /** A verdict the library does not give yet: the test asserts it still differs, so a fix turns it red until the mark goes. */
  gap?: string
  note?: string
}
interface Fixture {
  sources: { id: string; url: string | null }[]
  pairs: Pair[]
}
const read = (name: string): Fixture => JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8')) as Fixture
const first = read('evaluations.json')
// actual values that state attainment in words ("达成预期指标", "超额完成"), collected for the second edition of targets
const second = read('evaluations-second-edition.json')
const fixture: Fixture = { sources: [...first.sources, ...second.sources], pairs: [...first.pairs, ...second.pairs] }

describe('real target and actual pairs from published 自评表', () => {
  it('cites a source for every pair', () => {
    const ids = new Set(fixture.sources.map((s) => s.id))
    expect(first.pairs.length).toBeGreaterThanOrEqual(180)
    expect(second.pairs.length).toBeGreaterThanOrEqual(20)
    for (const p of fixture.pairs) expect(ids.has(p.source)).toBe(true)
  })

  const check = (pair: Pair): void => {
    const target = parseTarget(pair.target)
    const options = pair.polarity === undefined ? {} : { polarity: pair.polarity }
    if (pair.error !== undefined) {
      // a share against a count: the evaluator reads it by hand, the library says exactly why it cannot compare
      expect(() => evaluateTarget(target, pair.actual, options)).toThrow(AttainmentError)
      try {
        evaluateTarget(target, pair.actual, options)
      } catch (error) {
        expect((error as AttainmentError).code).toBe(pair.error)
      }
      return
    }
    const attainment = evaluateTarget(target, pair.actual, options)
    expect(attainment.met).toBe(pair.met)
    if (pair.met !== null && pair.ratio !== undefined) expect(Number(attainment.ratio?.toFixed(4))).toBeCloseTo(pair.ratio, 3)
  }
  it.each(fixture.pairs.filter((p) => p.gap === undefined).map((p) => [`${p.target} ← ${p.actual}`, p] as const))('%s', (_name, pair) => check(pair))
  it.fails.each(fixture.pairs.filter((p) => p.gap !== undefined).map((p) => [`${p.target} ← ${p.actual}`, p] as const))('known gap: %s', (_name, pair) => check(pair))
})
