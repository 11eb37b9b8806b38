#!/usr/bin/env node
// Compare two builds of the library reading the same texts: the check for a change that must not change any reading
// (a speed pass, a refactoring). Not part of `npm test`: it needs a second build.
//
//   git worktree add /tmp/before <rev> && (cd /tmp/before && npm ci && npx tsup)
//   npx tsup && node test/tools/compare-builds.mjs /tmp/before/dist/index.js [generated texts, default 150000]
//
// It reads every string of the fixtures (phrases, pairs, every cell of the real tables) and texts generated from the
// pieces below with safeParseTarget (with and without a year), safeParseQuantity, safeParseNumber and safeParseActual,
// and judges target × actual pairs with evaluateTarget; each result is compared as JSON with its zh and en texts, or as
// its error's codes, details, spans, paths and message. It prints the first differences and exits non-zero on any.

import { readFileSync, readdirSync } from 'node:fs'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'

const [beforePath, countArg] = process.argv.slice(2)
if (beforePath === undefined) {
  console.error('usage: node test/tools/compare-builds.mjs <the other build: …/dist/index.js> [generated texts]')
  process.exit(2)
}
const before = await import(pathToFileURL(resolve(beforePath)).href)
const after = await import(new URL('../../dist/index.js', import.meta.url).href)
const fixtures = new URL('../fixtures/', import.meta.url)

const strings = (v, out) => {
  if (typeof v === 'string') out.add(v)
  else if (Array.isArray(v)) for (const x of v) strings(x, out)
  else if (v !== null && typeof v === 'object') for (const x of Object.values(v)) strings(x, out)
  return out
}
const corpus = new Set()
for (const f of ['targets.json', 'targets-more.json', 'targets-second-edition.json', 'evaluations.json', 'evaluations-second-edition.json', 'quantities.json']) strings(JSON.parse(readFileSync(new URL(f, fixtures), 'utf8')), corpus)
for (const f of readdirSync(new URL('tables/', fixtures)).filter((n) => n.endsWith('.json'))) strings(JSON.parse(readFileSync(new URL(`tables/${f}`, fixtures), 'utf8')).rows, corpus)

// pieces of targets and of the noise around them: comparison words, units, dates, numerals, joiners, brackets, invisible
// and full-width characters; glued at random into texts of one to seven pieces
const pieces = [
  '≥', '≤', '>', '<', '=', '>=', '<=', '≧', '≦', '＞', '不低于', '不少于', '不超过', '不高于', '大于', '小于', '低于', '高于', '达到', '达', '超过', '不足', '以上', '以下', '以内',
  '及以上', '或以上', '(含)', '（含）', '(不含)', '约', '左右', '上下', '-', '~', '至', '到', '—', ':', '：', '比', ' ', '', '%', '‰', '个', '人', '人次', '万元', '元', '万', '亿',
  '亿元', '万人', '平方米', '公里', 'km', 'KM', 'dB', 'm²', '天', '月', '年', '日', '号', '前', '底', '年底', '月底前', '上半年', '季度', '按期', '及时', '、', '，', ',', '。', ';',
  '分', '之', '分别', '均', '每', '超', '负', '+', '/', '.', '一', '二', '三', '十', '百', '千', '两', '零', '百分之', '千分之', '成', '半', '余', '多', '下达', '《', '》', '“', '”',
  '【', '】', 'GB', 'PM2.5', '5G', '不等于', '≠', '及', '和', '与', '或', '且', '并', '±', '介于', '之间', '率', '满意度', '完成', '提升', '有效', '明显', '无', '是', '全覆盖', '未', '不',
  '没有', '无法', '暂无', '是否', '部分完成', '基本完成', '逾期', '延期', '显著', '稳步', '持续', '下降', '减少', '保持', '稳定', '达标', '合格', '不合格', '到位', '实现', '应保尽保',
  '2023', '2022年', '12', '31', '0', '5', '9', '95', '100', '3.5', '152.2', '0.565', '1,000', '10 000', '.5', '05', '1.2.3', '1e5', '\n', '\u200b', '\u0000', '　', '１', '５', '％',
  '壹', '佰', '元整', '角', '亩', '户', '座', '所', '微克/立方米', '/人', '元/人·月', '每5万人', '90%以上90%以下', '〇', '○', '万分之', '负0', '-0',
]
let seed = 12345
const random = (n) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff), seed % n)
const texts = [...corpus]
for (let k = 0; k < Number(countArg ?? 150000); k++) {
  let s = ''
  for (let q = 1 + random(7); q > 0; q--) s += pieces[random(pieces.length)]
  texts.push(s)
}

const shown = (r) => (r.success ? JSON.stringify(r.data) : `error ${r.error.issues?.map((i) => `${i.code} ${JSON.stringify(i.details)} ${JSON.stringify(i.span)} ${JSON.stringify(i.path)}`).join('; ')} ${r.error.message}`)
let differences = 0
const compare = (what, text, a, b) => {
  if (a === b) return
  differences++
  if (differences <= 25) console.log(`DIFFERENT ${what} ${JSON.stringify(text)}\n  before ${a}\n  after  ${b}`)
}
for (const t of texts) {
  compare('safeParseTarget', t, shown(before.safeParseTarget(t)), shown(after.safeParseTarget(t)))
  compare('safeParseTarget (year 2022)', t, shown(before.safeParseTarget(t, { year: 2022 })), shown(after.safeParseTarget(t, { year: 2022 })))
  compare('safeParseQuantity', t, shown(before.safeParseQuantity(t)), shown(after.safeParseQuantity(t)))
  compare('safeParseNumber', t, shown(before.safeParseNumber(t)), shown(after.safeParseNumber(t)))
  compare('safeParseActual', t, shown(before.safeParseActual(t)), shown(after.safeParseActual(t)))
}
const judged = (lib, target, actual) => {
  try {
    const read = lib.safeParseTarget(target)
    if (!read.success) return 'no target'
    const a = lib.evaluateTarget(read.data, actual)
    return JSON.stringify(a) + a.zh + a.en
  } catch (error) {
    return `thrown ${error.issues?.[0]?.code ?? ''} ${error.message}`
  }
}
const actuals = [...corpus].filter((s) => s.length < 16).slice(0, 400)
const targets = [...corpus].filter((s) => s.length < 30).slice(0, 300)
let pairs = 0
for (const t of targets) {
  for (let q = 0; q < 12; q++) {
    const a = actuals[(pairs * 7 + q * 31) % actuals.length]
    pairs++
    compare('evaluateTarget', `${t} | ${a}`, judged(before, t, a), judged(after, t, a))
  }
}
console.log(`${texts.length} texts × 5 readers and ${pairs} judgements: ${differences} differences`)
process.exitCode = differences === 0 ? 0 : 1
