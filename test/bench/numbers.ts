/**
 * Throughput of number and quantity reading on the real-phrase corpus
 * (test/fixtures/quantities.json): phrases read per second, the median of
 * several timed rounds after a warm-up. Plain `performance.now()` loops.
 *
 * Run alone with `npx tsx test/bench/numbers.ts`; `test/bench/run.ts` may
 * import {@link benchNumbers}.
 */
import { readFileSync } from 'node:fs'
import { measure as measureRate } from './measure.js'
import { pathToFileURL } from 'node:url'
import { formatNumber, formatQuantity, parseNumber, parseQuantity, safeParseNumber, safeParseQuantity } from '../../src/index.js'

interface Corpus {
  readonly numbers: readonly { readonly text: string }[]
  readonly quantities: readonly { readonly text: string }[]
}

const corpus = JSON.parse(readFileSync(new URL('../fixtures/quantities.json', import.meta.url), 'utf8')) as Corpus
const numberTexts = corpus.numbers.map((e) => e.text)
const quantityTexts = corpus.quantities.map((e) => e.text)

const measure = (texts: readonly string[], fn: (text: string) => unknown): number => measureRate(texts, fn, 300, 7, 300)

/**
 * Measure parseNumber, parseQuantity and their round trips on the corpus.
 *
 * @returns one entry per measured path, in phrases per second (median).
 */
export async function benchNumbers(): Promise<Array<{ name: string; opsPerSecond: number }>> {
  const quantities = quantityTexts.map((t) => parseQuantity(t))
  const values = numberTexts.map((t) => parseNumber(t))
  const results = [
    { name: `parseNumber (${numberTexts.length} numbers)`, opsPerSecond: measure(numberTexts, parseNumber) },
    { name: `parseQuantity (${quantityTexts.length} quantities)`, opsPerSecond: measure(quantityTexts, parseQuantity) },
    { name: 'safeParseNumber on the quantities (mostly failures)', opsPerSecond: measure(quantityTexts, safeParseNumber) },
    { name: 'safeParseQuantity', opsPerSecond: measure(quantityTexts, safeParseQuantity) },
  ]
  let i = 0
  results.push({
    name: 'formatNumber chinese',
    opsPerSecond: measure(numberTexts, () => formatNumber(values[i++ % values.length] ?? 0, { style: 'chinese' })),
  })
  results.push({
    name: 'formatQuantity chinese → parseQuantity',
    opsPerSecond: measure(quantityTexts, () => {
      const q = quantities[i++ % quantities.length]
      return q === undefined ? undefined : parseQuantity(formatQuantity(q, { style: 'chinese' }))
    }),
  })
  return results
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const results = await benchNumbers()
  for (const { name, opsPerSecond } of results) {
    console.log(`${name.padEnd(56)} ${Math.round(opsPerSecond).toLocaleString('en-US').padStart(12)} phrases/s`)
  }
}
