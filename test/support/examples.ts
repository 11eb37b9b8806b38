/**
 * Running examples written in the house style, in TSDoc (test/doc-examples.test.ts) and in the pages under docs/
 * (test/docs-examples.test.ts): each line followed by a `//=> value` line must evaluate to that value; imports and trailing
 * comments are dropped; statements (and lines that print) run but are not checked. One transform for both, so an example
 * reads the same in either place.
 */
import { transformSync } from 'esbuild'
import { expect } from 'vitest'
import * as jixiao from '../../src/index.js'

/** An example's code with its `//=>` lines turned into checks, and how many. */
export function withChecks(source: string): { code: string; checks: number } {
  const body: string[] = []
  let checks = 0
  const lines = source.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? '').replace(/\s+\/\/(?!=>).*$/, '')
    if (/^\s*import\s/.test(line) || /^\s*\/\/=>/.test(line)) continue
    const next = lines[i + 1]?.match(/^\s*\/\/=>\s*(.*)$/)
    const isExpression = !/^\s*(const|let|if|try|\}|for|import)\b/.test(line) && !line.includes('console.log') && line.trim() !== ''
    if (next !== undefined && next !== null && isExpression) {
      body.push(`__check(${JSON.stringify(line.trim())}, () => (${line.trim()}), ${next[1]})`)
      checks++
    } else {
      body.push(line)
    }
  }
  return { code: body.join('\n'), checks }
}

const NAMES = Object.keys(jixiao)

/** Run an example's checked code with every export of 'jixiao' (../src/index.ts) in scope, its output silenced. */
export function runExample(code: string): void {
  const js = transformSync(`(() => {\n${code}\n})()`, { loader: 'ts' }).code
  const log = console.log
  console.log = () => {}
  try {
    // eslint-disable-next-line @typescript-eslint/no-implied-eval
    const run = new Function('__lib', '__check', `const { ${NAMES.join(', ')} } = __lib;\n${js}`)
    run(jixiao, (text: string, actual: () => unknown, expected: unknown) => {
      expect(actual(), text).toEqual(expected)
    })
  } finally {
    console.log = log
  }
}
