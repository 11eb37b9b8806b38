/**
 * `npm run bench`: throughput of the hot paths on the real phrase corpus, each as a ratio against
 * @microsoft/recognizers-text-number (its Chinese number and percentage models on the same phrases: what an app would
 * otherwise reach for), measured alternately in the same rounds: median and range of the per-round ratios.
 *
 * Then: the same by class of phrase (each class against the peer on that class's own phrases); a pass whose digits are
 * rewritten from a random source (so that no intern table or cache carries a reading over); yardsticks of the machine
 * (one `new Decimal`, one pass of charCodeAt over a phrase, one Object.freeze); and, with --expose-gc, the bytes a
 * Target retains.
 */
import { readFileSync, existsSync } from 'node:fs'
import { NumberRecognizer, Culture } from '@microsoft/recognizers-text-number'
import { Decimal } from 'decimal.js'
// the built package, as an app imports it (`npm run bench` builds it first); typed as the source it is built from, and
// imported by a path the compiler does not resolve, so that a fresh clone type-checks before anything is built
const built = '../../dist/index.js'
const jixiao = (await import(built)) as typeof import('../../src/index.js')
import { alternate, canMeasureMemory, retainedPerItem, type Alternated } from './measure.js'

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
const peer = (t: string): unknown => (numberModel.parse(t), percentageModel.parse(t))

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
const throwing = (t: string): unknown => {
  try {
    return parse(t)
  } catch (error) {
    return error
  }
}

/** Every digit replaced from a seeded random source, keeping each number's length: the same shapes, other numbers. */
let seed = 20261201
const random = (): number => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff), seed)
const rewritten = (text: string): string => text.replace(/\d/gu, () => String(random() % 10))
// 1,400 copies of the corpus, each with its own digits (616,000 texts): more than the whole measurement reads, so that
// no text comes twice and the intern table (4,096 numbers, filled in the warm-up) keeps almost none of them
const fresh = Array.from({ length: 1400 }, () => texts.map(rewritten)).flat()
let cursor = 0
const freshly = (): unknown => jixiao.safeParseTarget(fresh[cursor++ % fresh.length] as string)

const fmt = (n: number): string => Math.round(n).toLocaleString('en-US')
const line = (name: string, p: Alternated): string => `${name.padEnd(56)} ${fmt(p.perSecond).padStart(12)} /s  ${p.ratio.median.toFixed(1).padStart(6)}× [${p.ratio.low.toFixed(1)} – ${p.ratio.high.toFixed(1)}]`

console.log(`corpus: ${texts.length} distinct real target phrases, ${pairs.length} with an actual value; node ${process.version}`)
console.log('7 alternating rounds of ≥150 ms after warm-up; ratios are per round against the peer: median [low – high]')
const { baseline, paths } = alternate(
  { texts, fn: peer },
  [
    { name: 'safeParseTarget (failures included)', texts, fn: (t) => jixiao.safeParseTarget(t) },
    { name: 'parseTarget (a failure thrown and caught)', texts, fn: throwing },
    { name: 'safeParseTarget, digits rewritten, no text twice', texts, fn: freshly },
    { name: 'evaluateTarget (parsed target, actual text)', texts: pairTexts, fn: evaluate(false) },
    { name: 'evaluateTarget, then read its zh explanation', texts: pairTexts, fn: evaluate(true) },
    { name: 'evaluateTarget (parsed target, parsed actual)', texts: pairTexts, fn: judge(false) },
    { name: 'the same, then read its zh explanation', texts: pairTexts, fn: judge(true) },
    { name: `parseQuantity (${quantityTexts.length} quantities, safe)`, texts: quantityTexts, fn: (t) => jixiao.safeParseQuantity(t) },
    { name: `parseNumber (${numberTexts.length} numbers, safe)`, texts: numberTexts, fn: (t) => jixiao.safeParseNumber(t) },
  ],
)
console.log(`${'recognizers-text-number (zh number + percentage models)'.padEnd(56)} ${fmt(baseline).padStart(12)} /s`)
for (const p of paths) console.log(line(`jixiao ${p.name}`, p))

// ---- by class: what the reading is, each class against the peer on its own phrases
/** `[op] digits [unit] [suffix]`: the simplest shape, about two phrases in five. */
const SIMPLE = /^\s*(?:[≥≤><=≧≦＞＜]|>=|<=)?\s*\d+(?:\.\d+)?\s*(?:%|‰|[\p{Script=Han}a-zA-Z]{1,4})?\s*$/u
function classOf(text: string): string {
  const read = jixiao.safeParseTarget(text)
  if (!read.success) return 'failure'
  const t = read.data
  if (t.kind === 'compare') return SIMPLE.test(text) && t.subject === undefined && t.note === undefined ? 'simple compare' : 'other compare'
  if (t.kind === 'all' || t.kind === 'any') return 'compound'
  return t.kind
}
const classes = new Map<string, string[]>()
for (const t of texts) classes.set(classOf(t), [...(classes.get(classOf(t)) ?? []), t])
const order = ['simple compare', 'other compare', 'range', 'ratio', 'deadline', 'qualitative', 'compound', 'failure']
console.log('\nsafeParseTarget by class (each against the peer on the same phrases; few phrases make a wide range)')
for (const name of order) {
  const own = classes.get(name) ?? []
  if (own.length === 0) continue
  const { paths: [p] } = alternate({ texts: own, fn: peer }, [{ name, texts: own, fn: (t) => jixiao.safeParseTarget(t) }], 7, 100, 200)
  console.log(line(`  ${name} (${own.length} phrases, ${Math.round((100 * own.length) / texts.length)}%)`, p as Alternated))
}

// ---- yardsticks: what one step of the machine costs, in the same run
const perSecond = (fn: (k: number) => unknown, ms = 300): number => {
  let n = 0
  const start = performance.now()
  while (performance.now() - start < ms) for (let k = 0; k < 1000; k++, n++) fn(k)
  return (n / (performance.now() - start)) * 1000
}
const digits = Array.from({ length: 1000 }, (_, k) => `${k}.${k % 7}`)
let sink = 0
console.log('\nyardsticks (this machine, this run)')
console.log(`  new Decimal(text)                                ${fmt(perSecond((k) => new Decimal(digits[k] as string))).padStart(14)} /s`)
console.log(`  a charCodeAt pass over one phrase of the corpus  ${fmt(perSecond((k) => { const t = texts[k % texts.length] as string; for (let c = 0; c < t.length; c++) sink += t.charCodeAt(c) })).padStart(14)} /s`)
console.log(`  Object.freeze of a new 5-field object            ${fmt(perSecond((k) => Object.freeze({ kind: 'compare', op: '>=', value: k, approximate: false, source: 'x' }))).padStart(14)} /s`)
if (sink === -1) console.log(sink)

// ---- memory: the bytes a Target retains, each kept alive
if (canMeasureMemory()) {
  const n = 50_000
  const kinds: [string, (k: number) => string][] = [
    ['compare, numbers that recur ("≥95%")', (k) => ['≥95%', '100%', '≥90%', '≤5%', '98%以上'][k % 5] as string],
    ['compare, every number distinct', (k) => `≥${k}.${k % 97}%`],
    ['range, every number distinct', (k) => `${k}-${k + 10}万元`],
    ['qualitative', (k) => ['有效提升', '符合相关规定', '明显改善', '优良'][k % 4] as string],
    ['the corpus, as written', (k) => texts[k % texts.length] as string],
  ]
  console.log(`\nbytes retained per Target (${fmt(n)} kept alive in an array, its 8 B a slot included; --expose-gc; the texts made beforehand)`)
  for (const [name, make] of kinds) {
    const inputs = Array.from({ length: n }, (_, k) => make(k))
    const bytes = retainedPerItem(() => inputs.map((t) => { const r = jixiao.safeParseTarget(t); return r.success ? r.data : r.error }), n, (v) => v.length === n)
    console.log(`  ${name.padEnd(46)} ${fmt(bytes).padStart(6)} B`)
  }
} else {
  console.log('\n(bytes per Target: run with node --expose-gc)')
}
