/**
 * The seed end to end: examples/conghua-2022.ts, as `npm run example` runs it. Its 履职效能 table is the seed's, verbatim;
 * every value it had to assume is listed; its total is its own, never the report's 93.5.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { ACTUAL_WORDS, QUOTES, ASSUMPTIONS, comparison, conghua, dutyGroups, DUTY_WEIGHT, PRINTED_TOTAL } from '../examples/conghua-2022.js'

const root = fileURLToPath(new URL('..', import.meta.url))
/** The seed's text without its line breaks and spaces (the PDF's text breaks lines inside sentences). */
const seed = readFileSync(new URL('fixtures/seed/conghua-2022-report.txt', import.meta.url), 'utf8').replace(/\s+/g, '')
const fixture = JSON.parse(readFileSync(new URL('fixtures/tables/seed-conghua-2022-dept.json', import.meta.url), 'utf8')) as { rows: { 三级指标: string; 年度指标值: string }[] }

describe('examples/conghua-2022.ts', () => {
  const report = conghua()
  const duties = (report.groups.find((g) => g.name === '履职效能')?.children ?? []).flatMap((g) => ('children' in g ? g.children : [])).filter((c) => c.level === 3)

  it('holds the whole 履职效能 table of the seed: 7 tasks, 28 indicators, every target verbatim', () => {
    const groups = dutyGroups()
    expect(groups.map((g) => g.name?.slice(0, 4))).toEqual(['任务 1', '任务 2', '任务 3', '任务 4', '任务 5', '任务 6', '任务 7'])
    const leaves = groups.flatMap((g) => g.children)
    expect(leaves.map((l) => l.name)).toEqual(fixture.rows.map((r) => r.三级指标))
    expect(leaves.map((l) => l.target ?? '')).toEqual(fixture.rows.map((r) => r.年度指标值))
    expect(duties.map((s) => (s.leaf.kind === 'indicator' ? s.leaf.targetText ?? '' : ''))).toEqual(fixture.rows.map((r) => r.年度指标值))
  })

  it('keeps the one missing target missing and reports it', () => {
    const missing = report.indicators.find((s) => s.name === '指标 1: 法律顾问配备完成率')
    expect(missing?.leaf.kind === 'indicator' && missing.leaf.target).toBe(null)
    expect(report.warnings.map((w) => [w.code, w.zh])).toEqual([['TARGET_MISSING', '指标“指标 1: 法律顾问配备完成率”没有年度指标值']])
  })

  it('quotes the report for its actuals and its judgements, and says what it assumed', () => {
    expect(seed).toContain(ACTUAL_WORDS)
    for (const quote of Object.values(QUOTES)) expect(seed).toContain(quote.replace(/\s+/g, ''))
    expect(seed).toContain('2022年财政拨款3096.04万元，基本支出1781.53万元，项目支出1314.51万元，预算完成率100%')
    expect(duties).toHaveLength(28)
    for (const s of duties) {
      expect(s.status).toBe('adjusted')
      expect(s.adjustment?.reason).toContain(ACTUAL_WORDS)
      expect(s.weight.toFixed()).toBe(String(DUTY_WEIGHT))
    }
    expect(ASSUMPTIONS.map((a) => a[0])).toContain('投入 / 过程 / 效果 分值')
    const clarity = report.indicators.find((s) => s.name === '绩效指标明确性')
    expect([clarity?.status, clarity?.score?.toFixed()]).toEqual(['scored', '3.5'])
    expect(seed).toContain('部分项目的指标设置不够全面')
    const budget = report.indicators.find((s) => s.name === '预算完成率')
    expect(budget?.leaf.kind === 'indicator' && budget.leaf.actual?.source).toBe('100%')
  })

  it('scores it, grades it and says so in the report’s sentence, beside the report’s own 93.5', () => {
    expect([report.weight.toFixed(), report.score.toFixed(), report.grade?.grade, report.complete]).toEqual(['100', '98.5', '优', true])
    expect(comparison(report)).toBe(`报告总分 ${PRINTED_TOTAL} 分；本例 98.5 分，比报告高 5 分。报告未公布分值与扣分，本例不声称复现其 ${PRINTED_TOTAL} 分。`)
  })

  it('runs as `npm run example` runs it: the table, the total, the grade, the sentence, the findings, the files', () => {
    const output = execFileSync(process.execPath, ['--import', 'tsx', 'examples/conghua-2022.ts'], { cwd: root, encoding: 'utf8' })
    expect(output).toContain('2022年部门整体支出绩效自评综合得分为98.5分，等级为优。')
    expect(output).toContain('【绩效自评表】')
    expect(output).toContain('【审核发现】')
    expect(output).toMatch(/合计\s+100\s+98\.5/)
    const written = [...output.matchAll(/written: (\S+)/g)].map((m) => m[1] as string)
    expect(written).toHaveLength(2)
    for (const file of written) expect(existsSync(file)).toBe(true)
    expect(readFileSync(written[0] as string, 'utf8')).toContain('<!DOCTYPE html>')
  }, 30_000)
})
