/**
 * `npm run bench`: throughput of the hot paths on the real phrase corpus,
 * reported as expressions per second and as ratios against baselines measured
 * in the same run (never compared across runs or machines).
 *
 * Peer: @microsoft/recognizers-text-number, its Chinese number and percentage
 * models on the same phrases (what an app would otherwise reach for).
 */
import { readFileSync, existsSync } from 'node:fs'
import { NumberRecognizer, Culture } from '@microsoft/recognizers-text-number'
import { evaluateTarget, parseTarget, safeParseTarget } from '../../src/index.js'
import { benchNumbers } from './numbers.js'
import { measure as measureRate } from './measure.js'

interface Phrase {
  text: string
  actual?: string | null
}
const load = (name: string): Phrase[] => {
  const url = new URL(`../fixtures/${name}`, import.meta.url)
  return existsSync(url) ? (JSON.parse(readFileSync(url, 'utf8')) as { phrases: Phrase[] }).phrases : []
}
const phrases = [...load('targets.json'), ...load('targets-more.json')]
const texts = phrases.map((p) => p.text)

const measure = (name: string, fn: (text: string) => unknown): { name: string; perSecond: number } => ({ name, perSecond: measureRate(texts, fn) })

const recognizer = new NumberRecognizer(Culture.Chinese)
const numberModel = recognizer.getNumberModel()
const percentageModel = recognizer.getPercentageModel()

const pairs = phrases.filter((p) => typeof p.actual === 'string' && p.actual !== '').map((p) => ({ target: safeParseTarget(p.text), actual: p.actual as string }))
const evaluable = pairs.filter((p) => p.target.success).map((p) => ({ target: (p.target as { data: ReturnType<typeof parseTarget> }).data, actual: p.actual }))

const peer = measure('recognizers-text-number (zh number + percentage models)', (t) => {
  numberModel.parse(t)
  percentageModel.parse(t)
})
const ours = measure('jixiao parseTarget', (t) => safeParseTarget(t))
let i = 0
const evaluation = measure('jixiao evaluateTarget (parsed target, actual text)', () => {
  const pair = evaluable[i++ % evaluable.length]
  if (pair !== undefined) {
    try {
      evaluateTarget(pair.target, pair.actual)
    } catch {
      // a pair whose units differ is part of real data; the error path is measured too
    }
  }
})

const numbers = (await benchNumbers()).map((r) => ({ name: `jixiao ${r.name}`, perSecond: r.opsPerSecond }))

const fmt = (n: number): string => Math.round(n).toLocaleString('en-US')
console.log(`corpus: ${texts.length} real target phrases, ${evaluable.length} with an actual value; node ${process.version}`)
console.log('ratios are against the peer measured in this same run')
for (const r of [peer, ours, evaluation, ...numbers]) {
  console.log(`${r.name.padEnd(62)} ${fmt(r.perSecond).padStart(12)} /s  ${(r.perSecond / peer.perSecond).toFixed(1).padStart(8)}× peer`)
}
