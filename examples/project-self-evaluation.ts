/**
 * A published 项目支出绩效自评表, scored and audited end to end: sheet rows → `evaluationFromRows` → `scoreEvaluation`
 * (the default policy, 财预〔2020〕10号) → the scored table, the subtotals, the total, the grade and the audit in Chinese.
 *
 * Source: 中江县水利局《2022年财政衔接资金实施项目绩效自评表》（农业水价综合改革精准补贴和节水奖励项目 小型水库水标尺制作安装），
 * 四川省德阳市中江县, https://chacewang.com/newsdetail/news242266.html (a repost; transcribed cell by cell into
 * test/fixtures/tables/sichuan-zhongjiang-slj-shuibiaochi-2022-self.json, whose `notes` say how its cells were split).
 * The table is complete — budget line, nine indicators and the 总分 line — and every printed 得分 is reproduced under
 * the default policy. What the audit finds is the table's own arithmetic: its weights (70 + 20 + 10 + 10) add up to
 * 110, yet its 总分 line prints 100 of 100.
 *
 * Run it with `npx tsx examples/project-self-evaluation.ts`; test/examples-more.test.ts runs it and checks its figures.
 */
import { pathToFileURL } from 'node:url'
import { evaluationFromRows, formatQuantity, parseNumber, scoreEvaluation, type Evaluation, type GroupScore, type IndicatorScore, type ScoreReport } from '../src/index.js'
import { readTable, rowsOptions, type TableFixture } from './support/fixtures.js'
import { table } from './support/terminal-table.js'

/** The stored table (test/fixtures/tables/). */
export const FILE = 'sichuan-zhongjiang-slj-shuibiaochi-2022-self.json'

/** The published table as stored: its source and its sheet rows. */
export function fixture(): TableFixture {
  return readTable(FILE)
}

/** The table built from its rows (weights that do not add up are kept as warnings, for the audit). */
export function evaluation(): Evaluation {
  const t = fixture()
  return evaluationFromRows(t.rows, rowsOptions(t))
}

/** The table scored under the default policy, `policies.mof2020`. */
export function report(): ScoreReport {
  return scoreEvaluation(evaluation())
}

/** The target and actual of a scored line as the table writes them (the budget line: its figures and rate). */
function targetAndActual(s: IndicatorScore): [string, string] {
  if (s.leaf.kind === 'indicator') return [s.leaf.targetText ?? '', s.leaf.actualText ?? '']
  const { adjusted, executed, rate } = s.leaf
  const budget = adjusted === undefined ? '' : `预算 ${formatQuantity(adjusted)}`
  const spent = executed === undefined ? '' : `执行 ${formatQuantity(executed)}`
  return [budget, [spent, rate === null ? '' : `(${rate.times(100).toDecimalPlaces(2).toFixed()}%)`].filter((x) => x !== '').join(' ')]
}

/** One row per scored line: sheet row, indicator, weight, target, actual, rule, printed 得分, computed score. */
export function scoredRows(r: ScoreReport = report()): string[][] {
  return r.indicators.map((s) => {
    const [target, actual] = targetAndActual(s)
    return [String(s.row ?? ''), s.name, s.weight.toFixed(), target, actual, s.rule, s.printed?.toFixed() ?? '', s.score?.toFixed(2) ?? '—']
  })
}

/** The indicators under a group, in table order. */
export function leavesOf(g: GroupScore): IndicatorScore[] {
  return g.children.flatMap((c) => (c.level === 3 ? [c] : leavesOf(c)))
}

/** One row per level-1 group: its name as printed, its weight, the sum of its printed scores, and its computed score. */
export function groupRows(r: ScoreReport = report()): string[][] {
  return r.groups.map((g) => {
    const printed = leavesOf(g).flatMap((s) => (s.printed === undefined ? [] : [s.printed]))
    const printedSum = printed.length === 0 ? '' : printed.reduce((sum, p) => sum.plus(p), parseNumber('0')).toFixed()
    return [g.name, g.weight.toFixed(), printedSum, g.score.toFixed(2)]
  })
}

/** The total, the total out of 100, the grade, and the table's own printed total. */
export function summary(r: ScoreReport = report(), e: Evaluation = evaluation()): {
  total: string
  weight: string
  scaled: string | null
  grade: string | null
  printedTotal: string | null
  declaredTotal: string | null
} {
  return {
    total: r.score.toFixed(2),
    weight: r.weight.toFixed(),
    scaled: r.scaled?.toFixed(2) ?? null,
    grade: r.grade?.grade ?? null,
    printedTotal: e.printedTotal?.toFixed() ?? null,
    declaredTotal: e.total?.toFixed() ?? null,
  }
}

/** How many printed 得分 the engine reproduces, of how many printed (not-applicable lines left out). */
export function reproduced(r: ScoreReport = report()): { same: number; printed: number } {
  const printed = r.indicators.filter((s) => s.printed !== undefined && s.status !== 'not-applicable')
  return { same: printed.filter((s) => s.score !== null && s.printed?.eq(s.score) === true).length, printed: printed.length }
}

/** The audit's findings in Chinese, each with its code. */
export function findings(r: ScoreReport = report()): string[] {
  return r.findings.map((f) => `${f.code}：${f.zh}`)
}

/** What the tree noticed while reading the rows, in Chinese. */
export function warnings(r: ScoreReport = report()): string[] {
  return r.warnings.map((w) => `${w.code}：${w.zh}`)
}

/** The whole example as text. */
export function render(): string {
  const t = fixture()
  const e = evaluation()
  const r = scoreEvaluation(e)
  const s = summary(r, e)
  return [
    `# 项目支出绩效自评表 A published project self-evaluation — ${t.source.publisher ?? ''} ${t.source.year}`,
    `出处 source: ${t.source.title}`,
    `${t.source.url ?? ''} (test/fixtures/tables/${FILE})`,
    '',
    '## 计分 Scored — evaluationFromRows → scoreEvaluation (mof2020)',
    table(['行 row', '三级指标 indicator', '分值 W', '年度指标值 target', '实际完成值 actual', '规则 rule', '填报 printed', '计算 computed'], scoredRows(r)),
    '',
    '## 一级指标 Level-1 groups',
    table(['一级指标 group', '分值 W', '填报合计 printed', '计算 computed'], groupRows(r)),
    '',
    '## 总分 Total',
    `计算总分 computed: ${s.total} / ${s.weight}` + (s.scaled === null ? '' : `（按百分制 out of 100: ${s.scaled}）`) + `，等级 grade: ${s.grade ?? '—'}`,
    `填报总分 printed: ${s.printedTotal ?? '—'} / ${s.declaredTotal ?? '—'}`,
    `填报得分与计算相同 printed scores reproduced: ${reproduced(r).same} / ${reproduced(r).printed}`,
    '',
    '## 审核 Audit findings (zh)',
    ...findings(r).map((f) => `- ${f}`),
    '',
    '## 读表提示 Warnings of the tree (zh)',
    ...warnings(r).map((w) => `- ${w}`),
  ].join('\n')
}

/** Print the example. */
export function main(): void {
  console.log(render())
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) main()
