/**
 * The `@example` blocks of the TSDoc are executed: each line followed by a
 * `//=> value` line must evaluate to that value. (Lines that print, and
 * statements such as `if (…)`, are run but not checked.)
 */
import { readdirSync, readFileSync } from 'node:fs'
import { sep } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runExample, withChecks } from './support/examples.js'

/** Every source file, found by walking src/: a new layer's examples cannot go unchecked. */
const FILES: readonly string[] = readdirSync(new URL('../src/', import.meta.url), { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.ts'))
  .map((f) => `src/${f.split(sep).join('/')}`)
  .sort()

interface Example {
  readonly file: string
  readonly code: string
  readonly checks: number
}

/** Every ```ts block after an @example tag, with its `//=>` lines turned into checks. */
function examples(file: string): Example[] {
  const source = readFileSync(new URL(`../${file}`, import.meta.url), 'utf8')
  const found: Example[] = []
  for (const comment of source.match(/\/\*\*[\s\S]*?\*\//g) ?? []) {
    const lines = comment.split('\n').map((l) => l.replace(/^\s*\/?\*+\/?\s?/, ''))
    const text = lines.join('\n')
    for (const block of text.matchAll(/@example\s*```ts\n([\s\S]*?)```/g)) found.push({ file, ...withChecks(block[1] ?? '') })
  }
  return found
}

const all = FILES.flatMap(examples)

describe('TSDoc examples', () => {
  it('are read from every source file under src/', () => {
    expect(FILES).toContain('src/index.ts')
    expect(FILES).toContain('src/attainment/evaluate-target.ts')
    expect(FILES.length).toBeGreaterThan(20)
  })

  it('exist and make checks', () => {
    expect(all.length).toBeGreaterThan(20)
    expect(all.reduce((n, e) => n + e.checks, 0)).toBeGreaterThan(30)
  })

  it.each(all.map((e, i) => [`${e.file} #${i}`, e] as const))('%s', (_name, example) => {
    runExample(example.code)
  })
})
