/**
 * `npm run bench`: throughput of the hot paths on the real phrase corpus, each as a ratio against
 * @microsoft/recognizers-text-number (its Chinese number and percentage models on the same phrases: what an app would
 * otherwise reach for), measured alternately in the same rounds: median and range of the per-round ratios.
 */
import { readFileSync, existsSync } from 'node:fs'
import { NumberRecognizer, Culture } from '@microsoft/recognizers-text-number'
// the built package, as an app imports it (`npm run bench` builds it first); typed as the source it is built from, and
// imported by a path the compiler does not resolve, so that a fresh clone type-checks before anything is built
const built = '../../dist/index.js'
const jixiao = (await import(built)) as typeof import('../../src/index.js')
import { alternate } from './measure.js'

interface Phrase {
  text: string
  actual?: string | null
}
const load = (name: string): Phrase[] => {
  const url = new URL(`../fixtures/${name}`, import.meta.url)
  return existsSync(url) ? (JSON.parse(readFileSync(url, 'utf8')) as { phrases: Phrase[] }).phrases : []
}
const phrases = [...load('targets.json'), ...load('targets-more.json')]
// distinct texts, failures included
const texts = [...new Set(phrases.map((p) => p.text))]
const quantities = (JSON.parse(readFileSync(new URL('../fixtures/quantities.json', import.meta.url), 'utf8')) as { numbers: { text: string }[]; quantities: { text: string }[] })
const numberTexts = quantities.numbers.map((e) => e.text)
const quantityTexts = quantities.quantities.map((e) => e.text)

const recognizer = new NumberRecognizer(Culture.Chinese)
const numberModel = recognizer.getNumberModel()
const percentageModel = recognizer.getPercentageModel()

const parse = jixiao.parseTarget
const pairs = phrases
  .filter((p) => typeof p.actual === 'string' && p.actual !== '')
  .map((p) => ({ target: jixiao.safeParseTarget(p.text), actual: p.actual as string }))
  .flatMap((p) => (p.target.success ? [{ target: p.target.data, actual: p.actual }] : []))
let i = 0
const next = (): { target: ReturnType<typeof parse>; actual: string } => pairs[i++ % pairs.length] as { target: ReturnType<typeof parse>; actual: string }
const evaluate = (withText: boolean) => (): unknown => {
  const pair = next()
  try {
    const a = jixiao.evaluateTarget(pair.target, pair.actual)
    return withText ? a.zh : a
  } catch {
    // a pair whose units differ is part of real data; the error path is measured too
    return undefined
  }
}
const pairTexts = pairs.map((p) => p.actual)
// the actual read once beforehand: what is left is the judgement itself, and its explanation only when read
const readPairs = pairs.flatMap((p) => {
  const actual = jixiao.safeParseActual(p.actual)
  return actual.success ? [{ target: p.target, actual: actual.data }] : []
})
let j = 0
const judge = (withText: boolean) => (): unknown => {
  const pair = readPairs[j++ % readPairs.length] as (typeof readPairs)[number]
  try {
    const a = jixiao.evaluateTarget(pair.target, pair.actual)
    return withText ? a.zh : a
  } catch {
    return undefined
  }
}

const { baseline, paths } = alternate(
  { texts, fn: (t) => (numberModel.parse(t), percentageModel.parse(t)) },
  [
    { name: 'parseTarget (safe, failures included)', texts, fn: (t) => jixiao.safeParseTarget(t) },
    { name: 'evaluateTarget (parsed target, actual text)', texts: pairTexts, fn: evaluate(false) },
    { name: 'evaluateTarget, then read its zh explanation', texts: pairTexts, fn: evaluate(true) },
    { name: 'evaluateTarget (parsed target, parsed actual)', texts: pairTexts, fn: judge(false) },
    { name: 'the same, then read its zh explanation', texts: pairTexts, fn: judge(true) },
    { name: `parseQuantity (${quantityTexts.length} quantities, safe)`, texts: quantityTexts, fn: (t) => jixiao.safeParseQuantity(t) },
    { name: `parseNumber (${numberTexts.length} numbers, safe)`, texts: numberTexts, fn: (t) => jixiao.safeParseNumber(t) },
  ],
)

const fmt = (n: number): string => Math.round(n).toLocaleString('en-US')
console.log(`corpus: ${texts.length} distinct real target phrases, ${pairs.length} with an actual value; node ${process.version}`)
console.log('7 alternating rounds of ≥150 ms after warm-up; ratios are per round against the peer: median [low – high]')
console.log(`${'recognizers-text-number (zh number + percentage models)'.padEnd(56)} ${fmt(baseline).padStart(12)} /s`)
for (const p of paths) {
  console.log(`${`jixiao ${p.name}`.padEnd(56)} ${fmt(p.perSecond).padStart(12)} /s  ${p.ratio.median.toFixed(1).padStart(6)}× [${p.ratio.low.toFixed(1)} – ${p.ratio.high.toFixed(1)}]`)
}
