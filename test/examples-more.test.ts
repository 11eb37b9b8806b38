/**
 * The examples beyond the quick start are executed by the tests: each one's figures are checked through the functions
 * it exports, each file runs as a child process and prints its headings, and the Node REPL walk-through of
 * examples/README.md is typed into a real `node` REPL against the built package and must print what the page says.
 */
import { execFileSync, spawn } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import * as project from '../examples/project-self-evaluation.js'
import * as province from '../examples/province-policy.js'
import { displayWidth, table } from '../examples/support/terminal-table.js'
import { readTable } from '../examples/support/fixtures.js'
import * as whatIf from '../examples/what-if.js'
import { definePolicy, evaluationFromRows, policies, scoreEvaluation } from '../src/index.js'

const root = fileURLToPath(new URL('..', import.meta.url))

/** Run an example as `npx tsx examples/<name>.ts` runs it, and return what it prints. */
const run = (file: string): string => execFileSync(process.execPath, ['--import', 'tsx', file], { cwd: root, encoding: 'utf8' })

describe('examples/support/terminal-table.ts', () => {
  it('counts a CJK character as two terminal columns', () => {
    expect(displayWidth('得分 score')).toBe(10)
    expect(displayWidth('（100%）')).toBe(8)
  })

  it('pads Chinese and Latin cells to the same column', () => {
    expect(table(['指标', 'W'], [['培训人次', '10'], ['rate', '5']])).toBe('指标      W\n--------  --\n培训人次  10\nrate      5')
  })
})

describe('examples/project-self-evaluation.ts', () => {
  it('cites the published table it scores', () => {
    const source = readFileSync(join(root, 'examples/project-self-evaluation.ts'), 'utf8')
    const t = project.fixture()
    expect(t.source.url).toBe('https://chacewang.com/newsdetail/news242266.html')
    expect(source).toContain(t.source.url)
    expect(t.source.kind).toBe('项目支出')
  })

  it('scores every line of the table and reproduces each printed 得分 under mof2020', () => {
    const rows = project.scoredRows()
    expect(rows.map((r) => r[0])).toEqual(['12', '15', '16', '17', '18', '19', '20', '22', '23', '24'])
    expect(rows[0]?.slice(1, 3)).toEqual(['预算执行率', '10'])
    expect(rows.find((r) => r[1] === '项目(工程)验收合格率')?.slice(2)).toEqual(['20', '100%', '100%', 'proportional', '20', '20.00'])
    expect(rows.find((r) => r[1] === '项目计划总投资')?.[5]).toBe('reverse-ratio')
    expect(rows.find((r) => r[1] === '群众生产生活条件改善状况')?.[5]).toBe('qualitative')
    for (const r of rows) expect(r[7]).toBe(`${r[6] ?? ''}.00`)
    expect(project.reproduced()).toEqual({ same: 10, printed: 10 })
  })

  it('sums each level-1 group, printed and computed', () => {
    expect(project.groupRows()).toEqual([
      ['资金情况(万元)', '10', '10', '10.00'],
      ['产出指标(70分)', '70', '70', '70.00'],
      ['效益指标(20分)', '20', '20', '20.00'],
      ['满意度指标(10分)', '10', '10', '10.00'],
    ])
  })

  it('totals 110 of weights that add up to 110, 100 out of 100, graded 优, against a printed 总分 of 100', () => {
    expect(project.summary()).toEqual({ total: '110.00', weight: '110', scaled: '100.00', grade: '优', printedTotal: '100', declaredTotal: '100' })
  })

  it('audits the table in Chinese: weights that miss the 总分, and a printed total that is neither sum', () => {
    expect(project.findings()).toEqual([
      'WEIGHTS_NOT_TOTAL：各项分值合计110分，与总分100分不符',
      'PRINTED_TOTAL_MISMATCH：填报总分100分，与各项填报得分之和110分不符',
      'PRINTED_TOTAL_MISMATCH：填报总分100分，与计算总分110分不符',
    ])
  })

  it('runs as a script and prints its sections', () => {
    const output = run('examples/project-self-evaluation.ts')
    for (const heading of ['# 项目支出绩效自评表', '## 计分 Scored', '## 一级指标 Level-1 groups', '## 总分 Total', '## 审核 Audit findings (zh)']) {
      expect(output).toContain(heading)
    }
    expect(output).toContain('计算总分 computed: 110.00 / 110（按百分制 out of 100: 100.00），等级 grade: 优')
    expect(output).toContain('https://chacewang.com/newsdetail/news242266.html')
  }, 30_000)
})

describe('examples/what-if.ts', () => {
  it('moves only the changed indicator: 家长满意度 100% → 90% of ≧95% scores 9.47 instead of 10', () => {
    const { diff } = whatIf.whatIf()
    expect(diff.moved.map((m) => [m.row, m.name, m.before?.toFixed(), m.after?.toFixed(), m.delta?.toFixed()])).toEqual([[26, '家长满意度', '10', '9.47', '-0.53']])
    expect(whatIf.movedRows(diff)).toEqual([['26', '家长满意度', '10.00', '9.47', '−0.53']])
  })

  it('moves the total by the same amount and keeps the grade', () => {
    const { before, after, diff } = whatIf.whatIf()
    expect([diff.total.before.toFixed(), diff.total.after.toFixed(), diff.total.delta.toFixed()]).toEqual(['99.8', '99.27', '-0.53'])
    expect(diff.total.after.eq(before.score.plus(diff.moved[0]?.delta ?? 0))).toBe(true)
    expect(after.score.toFixed()).toBe('99.27')
    expect(diff.grade).toEqual({ before: '优', after: '优' })
    expect(whatIf.totalLine(diff)).toBe('总分 total: 99.80 → 99.27 (−0.53)，等级 grade: 优 → 优')
  })

  it('explains the changed indicator before and after, in Chinese and English', () => {
    const m = whatIf.whatIf().diff.moved[0]
    expect(m?.explanation.before).toEqual({ zh: '实际完成值100%，达到指标值≧95%，得满分10分', en: 'actual 100% meets target ≧95%: full marks, 10' })
    expect(m?.explanation.after).toEqual({
      zh: '实际完成值90%，未达到指标值≧95%，按完成比例 90÷95 计 9.47 分（满分10分）',
      en: 'actual 90% misses target ≧95%: in proportion 90÷95, 9.47 of 10',
    })
  })

  it('lists the findings the change brings and the one it replaces', () => {
    const { findings } = whatIf.whatIf().diff
    expect(findings.added.map((f) => [f.code, f.row])).toEqual([
      ['DEVIATION_REASON_MISSING', 26],
      ['PRINTED_SCORE_MISMATCH', 26],
      ['PRINTED_TOTAL_MISMATCH', undefined],
    ])
    expect(findings.removed.map((f) => f.zh)).toEqual(['填报总分96分，与计算总分99.8分不符'])
  })

  it('does not mutate the rows it changes, and builds the second table from new rows', () => {
    const t = readTable(whatIf.FILE)
    const copy = structuredClone(t.rows)
    const changed = whatIf.withCell(t.rows, '家长满意度', '实际完成值', '90%')
    expect(t.rows).toEqual(copy)
    expect(changed).not.toBe(t.rows)
    expect(changed.filter((r, i) => r !== t.rows[i]).map((r) => [r['三级指标'], r['实际完成值']])).toEqual([['家长满意度', '90%']])
    expect(() => whatIf.withCell(t.rows, '没有这个指标', '实际完成值', '1')).toThrow(/found 0/u)
  })

  it('finds nothing moved between a report and itself', () => {
    const t = readTable(whatIf.FILE)
    const e = evaluationFromRows(t.rows, { firstRow: (t.headerRow ?? 1) + 1, metadata: { kind: t.source.kind, year: t.source.year }, weightMismatch: 'warning' })
    const r = scoreEvaluation(e)
    const d = whatIf.scoreDiff(r, scoreEvaluation(e))
    expect([d.moved.length, d.total.delta.toFixed(), d.findings.added.length, d.findings.removed.length]).toEqual([0, '0', 0, 0])
  })

  it('runs as a script and prints its sections', () => {
    const output = run('examples/what-if.ts')
    for (const heading of ['# 假如 What if', '## 变动的得分 Scores that moved', '## 总分 Total', '## 说明 Why (zh / en)', '## 审核发现的变化']) expect(output).toContain(heading)
    expect(output).toContain('家长满意度 实际完成值 100% → 90%')
    expect(output).toContain('https://www.yongde.gov.cn/info/3003/116104.htm')
  }, 30_000)
})

describe('examples/province-policy.ts', () => {
  it('stores the policy as JSON and revives it with parsePolicy, checked and frozen', () => {
    const stored = province.storedPolicy()
    const revived = province.revivedPolicy(stored)
    expect(JSON.stringify(revived)).toBe(stored)
    expect(Object.isFrozen(revived)).toBe(true)
    expect(Object.isFrozen(revived.rounding)).toBe(true)
    expect(revived.name).toBe('云南2022（整数计分）')
    expect(JSON.parse(JSON.stringify(revived.rounding))).toEqual({ places: 0, mode: 'half-up', stage: 'indicator' })
  })

  it('shows each policy choice beside mof2020 with where it comes from', () => {
    expect(province.policyRows()).toEqual([
      ['rounding', '2 位 places, half-up', '0 位 places, half-up'],
      ['qualitative', '100–80 / 80–60 / 60–0', '100–80 / 80–50 / 50–0'],
      ['overAchievement', 'flag ≥ 120%', 'flag ≥ 120%'],
      ['grades', '优≥90 良≥80 中≥60 差≥0', '优≥90 良≥80 中≥60 差≥0'],
    ])
    for (const c of province.CHOICES) expect(c.source.length).toBeGreaterThan(20)
  })

  it('reproduces the Yunnan table\'s 政策知晓率 (98% of ═100%: 9, not 9.8) where mof2020 does not', () => {
    const s = province.sideBySide(province.TABLES[0])
    const byRow = new Map(province.comparisonRows(s).map((r) => [r[0], r]))
    expect(byRow.get('22')?.slice(1)).toEqual(['政策知晓率', '10', '9', '9.8', '9 ='])
    expect([province.reproduced(s.mof2020), province.reproduced(s.province)]).toEqual([
      { same: 8, printed: 10 },
      { same: 9, printed: 10 },
    ])
    expect(province.totals(s)).toEqual({ printed: '96', mof2020: '99.8', province: '99', grades: ['优', '优'] })
  })

  it('leaves the one printed score no policy gives to the audit: a met target printed 7 of 10', () => {
    const s = province.sideBySide(province.TABLES[0])
    expect(province.departures(s)).toEqual(['第19行“得分”列：指标“资金到位及时率”填报得分7分，按规则计算为10分，填报少3分'])
  })

  it('reproduces every printed score of the Hebei table (8.62 half-up to 9), where mof2020 reproduces 8 of 10', () => {
    const s = province.sideBySide(province.TABLES[1])
    const byRow = new Map(province.comparisonRows(s).map((r) => [r[0], r]))
    expect(byRow.get('14')?.slice(1)).toEqual(['预算执行率', '10', '9', '8.62', '9 ='])
    expect(byRow.get('18')?.slice(3)).toEqual(['9', '8.62', '9 ='])
    expect([province.reproduced(s.mof2020), province.reproduced(s.province)]).toEqual([
      { same: 8, printed: 10 },
      { same: 10, printed: 10 },
    ])
    expect(province.departures(s)).toEqual([])
    expect(province.totals(s)).toEqual({ printed: null, mof2020: '97.24', province: '98', grades: ['优', '优'] })
  })

  it('scores as the same overrides given straight to definePolicy do', () => {
    const s = province.sideBySide(province.TABLES[0])
    const direct = province.sideBySide(province.TABLES[0], definePolicy(policies.mof2020, province.PROVINCE))
    expect(direct.province.indicators.map((i) => i.score?.toFixed())).toEqual(s.province.indicators.map((i) => i.score?.toFixed()))
  })

  it('runs as a script and prints its sections', () => {
    const output = run('examples/province-policy.ts')
    for (const heading of ["# 一个省的政策 A province's policy", '## 政策 The policy: mof2020 vs the province', '## 依据 Where each choice comes from', '## 云南省', '## 河北省']) {
      expect(output).toContain(heading)
    }
    expect(output).toContain('填报得分重现 printed scores reproduced: mof2020 8/10, 云南2022（整数计分） 9/10')
    expect(output).toContain('http://www.lfsp.cn/newsinfo/1158053.html')
  }, 30_000)
})

// ---------------------------------------------------------------------------------------------------------------------
// examples/README.md

const README = readFileSync(join(root, 'examples/README.md'), 'utf8')

/** The REPL transcript of the README: each input typed after "> ", and the lines printed under it. */
function transcript(): { input: string; output: string }[] {
  const marker = README.indexOf('<!-- repl-transcript')
  const start = README.indexOf('```text\n', marker)
  const end = README.indexOf('\n```', start + 8)
  if (marker < 0 || start < 0 || end < 0) throw new Error('examples/README.md has no REPL transcript')
  const entries: { input: string; output: string[] }[] = []
  for (const line of README.slice(start + 8, end).split('\n')) {
    if (line.startsWith('> ')) entries.push({ input: line.slice(2), output: [] })
    else entries.at(-1)?.output.push(line)
  }
  return entries.map((e) => ({ input: e.input, output: e.output.join('\n') }))
}

/**
 * Type the lines into a real `node -i` REPL started at the repository root, one after each prompt (so that an `await`
 * finishes first), and return what it prints after each line.
 */
function repl(inputs: readonly string[]): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', NODE_NO_WARNINGS: '1' }
    delete env.FORCE_COLOR
    const child = spawn(process.execPath, ['-i'], { cwd: root, env, stdio: ['pipe', 'pipe', 'pipe'] })
    let out = ''
    let err = ''
    const prompts: [number, number][] = [] // [start, end] of each prompt in `out`
    let sent = 0
    child.stdout.setEncoding('utf8')
    child.stderr.setEncoding('utf8')
    child.stderr.on('data', (d: string) => (err += d))
    child.stdout.on('data', (d: string) => {
      out += d
      if (!out.endsWith('> ') || prompts.at(-1)?.[1] === out.length) return
      prompts.push([out.length - 2, out.length])
      if (sent < inputs.length) child.stdin.write(`${inputs[sent++] ?? ''}\n`)
      else child.stdin.end()
    })
    child.on('error', reject)
    child.on('close', () => {
      if (prompts.length !== inputs.length + 1) {
        reject(new Error(`the REPL showed ${prompts.length} prompts for ${inputs.length} lines:\n${out}\n${err}`))
        return
      }
      const plain = (s: string): string => s.replace(/\u001b\[[0-9;]*m/gu, '')
      resolve(inputs.map((_, i) => plain(out.slice(prompts[i]?.[1] ?? 0, prompts[i + 1]?.[0] ?? out.length)).replace(/\n$/u, '')))
    })
  })
}

describe('examples/README.md', () => {
  beforeAll(() => {
    // the gate builds dist/ before vitest; when run alone without a build, build it here
    if (!existsSync(join(root, 'dist/index.js'))) execFileSync(join(root, 'node_modules/.bin/tsup'), { cwd: root, stdio: 'ignore' })
  }, 120_000)

  it('lists every example with the command that runs it', () => {
    expect(README).toContain('`npm run example`')
    expect(README).toContain('conghua-2022.ts')
    for (const name of ['quick-start', 'project-self-evaluation', 'what-if', 'province-policy']) {
      expect(README).toContain(`\`npx tsx examples/${name}.ts\``)
      expect(existsSync(join(root, `examples/${name}.ts`))).toBe(true)
    }
  })

  it('walks through the REPL in ten to twenty lines, starting from import("jixiao")', () => {
    const lines = transcript()
    expect(lines[0]?.input).toBe("const j = await import('jixiao')")
    expect(lines.length).toBeGreaterThanOrEqual(10)
    expect(lines.length).toBeLessThanOrEqual(20)
  })

  it('prints in a real node REPL exactly what the README says, line by line', async () => {
    const lines = transcript()
    const printed = await repl(lines.map((l) => l.input))
    expect(printed.map((output, i) => ({ input: lines[i]?.input, output }))).toEqual(lines)
  }, 60_000)
})
