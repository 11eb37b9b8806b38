/**
 * The examples are executed by the tests: `examples/quick-start.ts` runs as
 * `npm run example` runs it, and its tables hold what the README promises.
 */
import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { comparisonRows, errorRows, indicatorTree, numberRows, quantityRows, scoredTable } from '../examples/quick-start.js'

const root = fileURLToPath(new URL('..', import.meta.url))

describe('examples/quick-start.ts', () => {
  it('reads the numbers of the seed report', () => {
    const rows = new Map(numberRows().map((r) => [r[0], r[1]]))
    expect(rows.get('1113')).toBe('1113')
    expect(rows.get('8608.99万')).toBe('86089900')
    expect(rows.get('叁佰肆拾伍')).toBe('345')
  })

  it('reads, converts and writes the quantities of the seed report', () => {
    const rows = new Map(quantityRows().map((r) => [r[0], r]))
    expect(rows.get('803个')?.slice(1, 3)).toEqual(['803', '个'])
    expect(rows.get('152.2 万元')?.slice(1, 5)).toEqual(['152.2', '万元', 'money', '1522000元'])
    expect(rows.get('8608.99 万元')?.[4]).toBe('0.860899亿元')
    expect(rows.get('99.16%')?.slice(1, 3)).toEqual(['99.16', '%'])
    expect(rows.get('千分之二')?.slice(1, 5)).toEqual(['2', '‰', 'share', '0.2%'])
    expect(rows.get('九成')?.slice(1, 3)).toEqual(['90', '%'])
    expect(rows.get('0.5个百分点')?.[2]).toBe('百分点')
  })

  it('compares across units and shows coded errors', () => {
    expect(comparisonRows()).toContainEqual(['1公顷', '=', '15亩'])
    expect(errorRows().map((r) => r[1])).toEqual(['QUANTITY_MALFORMED', 'QUANTITY_NOT_FOUND', 'QUANTITY_MALFORMED', 'QUANTITY_UNKNOWN_UNIT'])
  })

  it('builds the seed\'s 履职效能 table and reports its one missing target by row and column', () => {
    const { tasks, issues } = indicatorTree()
    expect(tasks.length).toBe(28)
    expect(issues).toEqual(['TARGET_MISSING 第23行 年度指标值: 第23行“年度指标值”列：指标“指标 1: 法律顾问配备完成率”没有年度指标值'])
    expect(tasks.find((t) => t[1]?.endsWith('社区矫正对象再犯罪率'))?.slice(2)).toEqual(['≤2‰', '逆向 (comparator)'])
  })

  it('scores a published table and audits its printed scores: two misses printed with full marks', () => {
    const { rows, total, findings } = scoredTable()
    const byRow = new Map(rows.map((r) => [r[0], r]))
    expect(byRow.get('17')?.slice(5)).toEqual(['5', '4.84'])
    expect(byRow.get('21')?.slice(5)).toEqual(['10', '9.09'])
    expect(total).toBe('88.93 / 90（按百分制 98.81，优）')
    expect(findings.filter((f) => f.includes('填报得分'))).toHaveLength(2)
  })

  it('runs as `npm run example` runs it', () => {
    const output = execFileSync(process.execPath, ['--import', 'tsx', 'examples/quick-start.ts'], { cwd: root, encoding: 'utf8' })
    expect(output).toContain('152.2 万元')
    expect(output).toContain('1522000元')
    expect(output).toContain('QUANTITY_NOT_FOUND')
    expect(output).toContain('年度指标值 Targets')
    expect(output).toContain('指标体系 The indicator tree')
    expect(output).toContain('计分与核对 Scoring and the audit')
  }, 30_000)
})
