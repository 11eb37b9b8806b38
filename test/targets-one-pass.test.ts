import { readFileSync, readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import type { Issue } from '../src/errors.js'
import { readSingleCore } from '../src/targets/single-core.js'
import { readWordsOnly } from '../src/targets/words-only.js'
import { tokenize } from '../src/targets/lexer.js'
import { isRefused, readTargetWith } from '../src/targets/parse-target.js'
import { APPROXIMATE_PREFIXES, APPROXIMATE_SUFFIXES, PREFIX_COMPARATORS, SUFFIX_COMPARATORS } from '../src/targets/lexicon/comparators.js'
import { RANGE_SEPARATORS } from '../src/targets/lexicon/structure.js'
import type { Target } from '../src/index.js'

/**
 * A target that is one core and nothing else ("≥95%", "90%以上", "80-90%", "1:20") and a target in words only ("有效提升")
 * take the shortest way through the grammar; every other text the full grammar. The short ways must never read a text
 * otherwise than the full grammar does: these tests read every phrase of the fixtures (the real tables' cells included:
 * sources cited in each fixture) and generated text both ways and compare the results field by field, key order
 * included.
 */

const fixture = (name: string): unknown => JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8'))

/** Every string in a fixture: phrases, targets and actuals of pairs, every cell of the real tables. */
function strings(value: unknown, out: Set<string>): Set<string> {
  if (typeof value === 'string') out.add(value)
  else if (Array.isArray(value)) for (const v of value) strings(v, out)
  else if (typeof value === 'object' && value !== null) for (const v of Object.values(value)) strings(v, out)
  return out
}

const phraseTexts = [...strings(['targets.json', 'targets-more.json', 'targets-second-edition.json'].map((f) => (fixture(f) as { phrases: { text: string }[] }).phrases.map((p) => p.text)), new Set())]
const corpus = new Set<string>(phraseTexts)
for (const f of ['evaluations.json', 'evaluations-second-edition.json']) strings((fixture(f) as { pairs: unknown }).pairs, corpus)
for (const f of readdirSync(new URL('./fixtures/tables/', import.meta.url)).filter((n) => n.endsWith('.json'))) strings((fixture(`tables/${f}`) as { rows: unknown }).rows, corpus)

/** A reading as text: the target's JSON (key order included), or the issue's code, details and span. */
function shown(read: Target | { refused: Issue }): string {
  if (isRefused(read)) return `refused ${read.refused.code} ${JSON.stringify(read.refused.details)} ${JSON.stringify(read.refused.span)}`
  return JSON.stringify(read)
}

function bothWays(text: string, year?: number): void {
  const options = year === undefined ? {} : { year }
  const quick = readTargetWith(text, options, true)
  const full = readTargetWith(text, options, false)
  expect(shown(quick), text).toBe(shown(full))
  if (!isRefused(quick) && !isRefused(full)) {
    expect(quick, text).toEqual(full)
    expect(Object.isFrozen(quick)).toBe(true)
  }
}

const context = (text: string) => ({ text, source: text, year: null, lastDeadline: undefined })
/** Is this text read as a lone core in one pass (a clean, trimmed text, given as the grammar reads it)? */
const readInOnePass = (text: string): boolean => readSingleCore(tokenize(text, 0, text.length), context(text), 0, text.length) !== undefined
/** Is this text read as words only in one pass? */
const readAsWords = (text: string): boolean => readWordsOnly(tokenize(text, 0, text.length), context(text), 0, text.length) !== undefined

describe('the short ways through the grammar read as the full grammar reads', () => {
  it(`on every string of the fixtures (${corpus.size} texts: phrases, pairs and the cells of real tables)`, () => {
    for (const text of corpus) {
      bothWays(text)
      bothWays(text, 2022)
    }
  })

  it('on the phrases that most tables write', () => {
    const forms = ['100%', '≥95%', '>=98%', '≤5%', '不低于98%', '不少于10个', '不超过千分之二', '百分之九十以上', '九成', '八成五', '90%以上', '95%及以上', '10%以内', '约3000平方米', '30.5微克/立方米左右', '80-90%', '100-80%', '5万至10万元', '±3%以内', '保持在70%以上', '≥3cm', '≥80M', '≥15年', '2023年', '小于15分钟', '1:20', '1：15', '不低于1:100', '≥ 95 %', '98%。', '（≥95%）', '达到95%', '=100%', '0', '.5', '1,000万元', '152.2万元', '3万5', '99.16%', '30天']
    for (const text of forms) bothWays(text)
  })

  it('on numbers that look like dates, and dates written with numbers only', () => {
    // a month.day before 前 and a date with its four-digit year are deadlines; a decimal is a number
    const forms = ['12.31', '12.31前', '12.31日前', '2023.12', '2023.12.31', '2024-06-30', '2024/6/30', '2023.07-2024.01', '99.5%', '12.5%以上', '0.565km', '3.5个', '2023-2024', '12-31', '1999.5万元', '20231.5']
    for (const text of forms) bothWays(text, 2022)
  })

  it('on words only: targets in words, deadlines in words, words a list or a leading date holds', () => {
    const forms = ['有效', '优良', '是', '符合相关规定', '显著提升', '有所下降', '未完成', '部分完成', '逾期完成', '按期完成', '及时', '上半年', '年底前', '是否满意', '应补尽补', '下达及时', '各项指标均达标', '全部完成', '每月报送', '到年底', '力争完成', '无']
    for (const text of forms) bothWays(text)
  })

  it('on generated text: comparison words, numbers, units, links and noise in any order', () => {
    const piece = fc.constantFrom(
      ...Object.keys(PREFIX_COMPARATORS), ...Object.keys(SUFFIX_COMPARATORS), ...APPROXIMATE_PREFIXES, ...APPROXIMATE_SUFFIXES, ...RANGE_SEPARATORS,
      ':', '：', ' ', '%', '‰', '个', '人次', '万元', '万', '亿', '平方米', '公里', '天', '月', '年', '号', '日', '前', '底', 'km', 'dB', 'G',
      '(含)', '（不含）', '、', '分', '之', '分别', '每', '超', '负', '-', '/', '.', ',', '比', '三', '十', '百分之', '半', '达', '下达', '到', '《', '》', '“', '”',
      'GB', 'PM2.5', '不等于', '及', '和', '或', '且', '。', '，', '±', '介于', '之间', '率', '满意度', '完成', '2023', '12', '31', '0', '5', '95', '100', '3.5', '1,000',
    )
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 7 }), (pieces) => {
        bothWays(pieces.join(''))
        bothWays(pieces.join(''), 2022)
      }),
      { numRuns: 4000 },
    )
  })
})

describe('which texts take the short ways', () => {
  it('takes the lone cores of real tables: at least two in five of the corpus phrases', () => {
    const taken = phraseTexts.filter(readInOnePass).length
    expect(taken / phraseTexts.length).toBeGreaterThanOrEqual(0.4)
  })

  it.each(['≥95%', '100%', '不低于98%', '90%以上', '约3000平方米', '80-90%', '1:20', '10%以内', '±3%以内', '保持在70%以上', '不超过千分之二', '三成', '一座', '超98%', '2/3', '≥3cm', '≥15年', '小于15分钟'])('takes %s as a lone core', (text) => {
    expect(readInOnePass(text)).toBe(true)
  })

  it.each(['2023年12月底前', '12月31日前', '2023.12', '有效提升', '≥95%且≤100%', '甲率、乙率分别不低于95%和90%', '满意度≥90%', '95%(含)', '零', '《规划》100%', 'PM2.5≤35', '5G基站10个', '2023年', '每月10日前'])(
    'leaves %s to the full grammar as a core',
    (text) => {
      expect(readInOnePass(text)).toBe(false)
    },
  )

  it.each(['有效', '优良', '符合相关规定', '显著提升', '未完成', '按期完成'])('takes %s as words only', (text) => {
    expect(readAsWords(text)).toBe(true)
  })

  it.each(['不低于90%', '有效提升且无事故', '各项指标、任务均完成', '一村一品', '半年', '到2025年', '每月报送', '有效 提升'])('leaves %s to the full grammar as words', (text) => {
    expect(readAsWords(text)).toBe(false)
  })
})
