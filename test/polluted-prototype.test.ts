/**
 * A polluted Object.prototype changes no reading and no verdict, whatever key it sets: every optional field the library
 * reads from its own objects (subject, note, reference, start, condition, strength …) is read as an own property.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { evaluateTarget, formatTarget, safeParseTarget } from '../src/index.js'

const corpus = (name: string): { text: string; actual?: string | null }[] =>
  (JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8')) as { phrases: { text: string; actual?: string | null }[] }).phrases
const phrases = [...corpus('targets.json'), ...corpus('targets-more.json'), ...corpus('targets-second-edition.json')]
const texts = [...new Set(phrases.map((p) => p.text))].filter((_, i) => i % 3 === 0)
const pairs = phrases.filter((p) => typeof p.actual === 'string' && p.actual !== '').slice(0, 60) as { text: string; actual: string }[]

/** What a reader of the results sees: the JSON of every target, and the verdict, ratio and texts of every pair. */
function snapshot(): string {
  const out: unknown[] = []
  for (const t of texts) {
    const r = safeParseTarget(t)
    out.push(r.success ? [JSON.stringify(r.data), formatTarget(r.data)] : [r.error.code, JSON.stringify(r.error.details), r.error.en])
  }
  for (const p of pairs) {
    const t = safeParseTarget(p.text)
    if (!t.success) continue
    try {
      const a = evaluateTarget(t.data, p.actual)
      out.push([a.met, a.ratio?.toString(), a.code, JSON.stringify(a.details), a.en])
    } catch (error) {
      out.push(String((error as { code?: string }).code))
    }
  }
  return JSON.stringify(out)
}

/** Every optional field name the library's objects carry or read, and the option names. */
const KEYS = [
  'subject', 'note', 'reference', 'start', 'due', 'condition', 'conditionAt', 'strength', 'parts', 'reach', 'problem', 'text', 'word',
  'scale', 'bareNumber', 'unit', 'symbol', 'before', 'inner', 'mode', 'moreThan', 'zeroDenominator', 'span', 'input', 'path', 'severity',
  'polarity', 'year', 'tolerance', 'approximate', 'style', 'grouping', 'sign', 'open', 'keepScale', 'stops', 'failed', 'refused', 'kind', 'op',
  'ok', 'inclusive', 'value', 'field', 'amount', 'details', 'code', 'reason', 'cause', 'end', 'digits', 'exponent', 'scanned', 'quantity',
  'description', 'factor', 'dimension', 'family', 'catalogued', 'month', 'day', 'canonical', 'period', 'stopBefore', 'count', 'script', 'form',
]
const VALUES: readonly unknown[] = ['R', true, 1, { start: 0, end: 1 }]

describe('a polluted Object.prototype', () => {
  const clean = snapshot()
  it.each(KEYS.flatMap((key) => VALUES.map((value) => [key, value] as const)))('with %s = %j changes nothing', (key, value) => {
    Object.defineProperty(Object.prototype, key, { value, configurable: true, writable: true, enumerable: false })
    let polluted: string
    try {
      polluted = snapshot()
    } finally {
      delete (Object.prototype as Record<string, unknown>)[key]
    }
    expect(polluted === clean).toBe(true)
  })
})
