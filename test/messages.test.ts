/**
 * Messages and explanations are data: a code with typed details, and texts in zh and en from one table per locale,
 * produced when read. The tables are checked against each other, not against a hand-kept list of codes.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { sep } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  en,
  evaluateTarget,
  explainAttainment,
  issueMessage,
  messageTable,
  parseTarget,
  safeParseActual,
  safeParseNumber,
  safeParseQuantity,
  safeParseTarget,
  zh,
  scoringEn,
  scoringZh,
  scoringMessageTable,
  scoringIssueMessage,
  defineEvaluation,
  scoreEvaluation,
  type Issue,
} from '../src/index.js'

/** Every key path of a table, read from the table itself. */
function keys(table: object, prefix = ''): string[] {
  return Object.entries(table).flatMap(([k, v]) => (typeof v === 'object' && v !== null ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`]))
}

const failures: readonly (() => { success: boolean; error?: { issues: readonly Issue[] } })[] = [
  () => safeParseNumber(''),
  () => safeParseNumber('abc'),
  () => safeParseNumber('1..2'),
  () => safeParseNumber('12abc'),
  () => safeParseQuantity(''),
  () => safeParseQuantity('%%'),
  () => safeParseQuantity('5斤斤'),
  () => safeParseTarget(''),
  () => safeParseTarget('≥≥90%'),
  () => safeParseTarget('不等于5%'),
  () => safeParseTarget('1:0'),
  () => safeParseTarget('5件-10%'),
  () => safeParseTarget('1.23E+05'),
  () => safeParseTarget('甲率、乙率和丙率分别不低于90%、95%'),
  () => safeParseTarget('≥90%', { year: 2022.5 }),
  () => safeParseActual('≥≥90%'),
  () => safeParseActual('80%-90%'),
]

describe('the message tables', () => {
  it('hold the same codes and reasons in zh and en', () => {
    expect(keys(en).sort()).toEqual(keys(zh).sort())
    expect(keys(zh).length).toBeGreaterThan(60)
  })

  it('of scoring hold the same explanation, finding and error codes in zh and en', () => {
    expect(keys(scoringEn).sort()).toEqual(keys(scoringZh).sort())
    expect(keys(scoringZh).length).toBeGreaterThan(30)
    expect(scoringMessageTable('en')).toBe(scoringEn)
    expect(scoringMessageTable('zh')).toBe(scoringZh)
  })

  it('render a finding of scoring through every door: issue.zh, issueMessage, scoringIssueMessage, and after JSON', () => {
    const e = defineEvaluation({ groups: [{ name: '产出指标', children: [{ name: '数量指标', children: [{ name: '培训人次', weight: 10, target: '≥100人次', actual: '90人次' }] }] }] })
    const finding = scoreEvaluation(e).findings[0] as Issue
    expect(finding.zh).toBe('指标“培训人次”得分9分，低于分值10分，未说明偏差原因')
    expect(issueMessage(finding, 'en')).toBe(finding.en)
    const revived = JSON.parse(JSON.stringify(finding)) as Issue
    expect(scoringIssueMessage(revived, 'zh-CN')).toBe(finding.zh)
  })

  it('are chosen by locale', () => {
    expect(messageTable('en')).toBe(en)
    expect(messageTable('zh-CN')).toBe(zh)
    expect(messageTable('zh')).toBe(zh)
  })

  it.each(failures.map((f, i) => [i, f] as const))('give every issue a text in both languages (%i)', (_i, make) => {
    const r = make()
    expect(r.success).toBe(false)
    for (const issue of r.error?.issues ?? []) {
      expect(issue.zh).toMatch(/[\u4e00-\u9fff]/)
      expect(issue.en.replace(/"[^"]*"/g, '').replace(/[“”‘’]/g, '')).toMatch(/^[\x20-\x7e—…]+$/)
      expect(issueMessage(issue, 'en')).toBe(issue.en)
      expect(issueMessage(issue, 'zh-CN')).toBe(issue.zh)
    }
  })
})

describe('issues and attainments carry data, and their texts are produced when read', () => {
  it('keeps texts out of the data: JSON holds the code and details', () => {
    const r = safeParseTarget('≥≥90%')
    if (r.success) throw new Error('expected a failure')
    const issue = r.error.issues[0] as Issue
    const json = JSON.parse(JSON.stringify(issue)) as Record<string, unknown>
    expect(json).toMatchObject({ code: 'TARGET_MALFORMED', details: { reason: 'repeated-comparator' }, severity: 'error' })
    expect(json.zh).toBeUndefined()
    expect(Object.getOwnPropertyNames(issue)).not.toContain('zh')
    expect(issue.zh).toContain('比较词重复')
  })

  it('explains an attainment in either language at any time', () => {
    const a = evaluateTarget(parseTarget('≥95%'), '93%')
    expect(a.code).toBe('MEASURE')
    expect(a.details).toMatchObject({ actual: '93%', target: '≥95%', rule: 'higher-is-better' })
    expect(a.zh).toBe('实际完成值93%，年度指标值≥95%，正向（越高越好），未达成，完成比例0.9789')
    expect(explainAttainment(a, 'en')).toBe('actual 93% against target ≥95% (higher is better): not met, completion ratio 0.9789')
    expect(Object.getOwnPropertyNames(a)).not.toContain('zh')
  })

  it('explains the parts of a compound in the same language', () => {
    const a = evaluateTarget(parseTarget('≥90%且≤100%'), '95%')
    expect(a.code).toBe('COMPOUND')
    expect(a.en).toMatch(/^all of: actual 95% against target ≥90%.*; actual 95% against target ≤100%.*\. met$/)
  })
})

describe('no code reads a message to decide anything', () => {
  const files = readdirSync(new URL('../src/', import.meta.url), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => f.split(sep).join('/'))
  it.each(files.filter((f) => !f.startsWith('messages/')))('src/%s reads no .zh or .en text', (file) => {
    const source = readFileSync(new URL(`../src/${file}`, import.meta.url), 'utf8').replace(/\/\*\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '')
    // only the getters that produce the texts may name them
    const uses = [...source.matchAll(/\.(zh|en)\b(?!\.ts|')/g)].length
    const getters = [...source.matchAll(/get (zh|en)\(/g)].length
    expect(uses - getters).toBe(0)
  })
})
