/**
 * Quick start: read the numbers, quantities and targets of a real
 * self-evaluation report, convert and compare them, judge the actual values
 * against the targets, and see what an error looks like.
 *
 * Run it with `npm run example`. The phrases are quoted from
 * 《广州市从化区司法局2022年部门整体支出绩效自评报告》 (the seed report) and,
 * where marked, from other published sources of test/fixtures/quantities.json;
 * the tests run this file (test/examples.test.ts).
 */
import { readFileSync } from 'node:fs'
import { pathToFileURL } from 'node:url'
import {
  compareQuantities,
  evaluationFromRows,
  type Indicator,
  safeEvaluationFromRows,
  scoreEvaluation,
  convertQuantity,
  describeUnit,
  evaluateTarget,
  formatNumber,
  formatQuantity,
  formatTarget,
  parseNumber,
  parseQuantity,
  parseTarget,
  safeParseQuantity,
} from '../src/index.js'
import { table } from './support/terminal-table.js'

/** The table helper, shared by the examples (examples/support/terminal-table.ts). */
export { table }

/** A phrase, where it was found, and the unit to convert it into (if any). */
interface Phrase {
  readonly text: string
  readonly from: string
  readonly convertTo?: string
}

const SEED = '从化区司法局自评报告'

/** Numbers as the reports write them. */
export const NUMBER_PHRASES: readonly Phrase[] = [
  { text: '1113', from: `${SEED}：“法律明白人”1113人` },
  { text: '二十', from: `${SEED}：《二十大安保维稳…》` },
  { text: '8608.99万', from: `${SEED}：涉及金额 8608.99 万元` },
  { text: '3,093,635', from: '决算表（千位分隔）' },
  { text: '１００', from: '全角数字' },
  { text: '一万零三十五', from: 'issue #2' },
  { text: '叁佰肆拾伍', from: '大写金额' },
  { text: '二〇二二', from: '年份逐字书写' },
]

/** Quantities as the reports write them, each with a unit to convert into. */
export const QUANTITY_PHRASES: readonly Phrase[] = [
  { text: '803个', from: `${SEED}：已办理行政执法证803个` },
  { text: '1165件', from: `${SEED}：受理法律援助案件1165件` },
  { text: '152.2 万元', from: `${SEED}：累计收费 152.2 万元`, convertTo: '元' },
  { text: '8608.99 万元', from: `${SEED}：涉及金额 8608.99 万元`, convertTo: '亿元' },
  { text: '4200余万元', from: `${SEED}：挽回经济损失或取得利益4200余万元`, convertTo: '亿元' },
  { text: '99.16%', from: `${SEED}：成功率99.16%`, convertTo: '‰' },
  { text: '千分之二', from: `${SEED}：再犯罪率不超过千分之二`, convertTo: '%' },
  { text: '九成', from: '2020年政府工作报告解读：已有超过九成的农民', convertTo: '%' },
  { text: '0.5个百分点', from: '生态环境部空气质量通报：0.5个百分点' },
  { text: '545 宗', from: `${SEED}：共成功调解案件 545 宗` },
  { text: '1982 人次', from: `${SEED}：培训 1982 人次` },
  { text: '70 周岁', from: `${SEED}：全年为 70 周岁及以上老人…` },
  { text: '9.30万公顷', from: '农村统计资料：9.30万公顷', convertTo: '万亩' },
  { text: '620元/人·月', from: 'issue #2', convertTo: '元/人·年' },
]

/** One row per number phrase: the text, its exact value, and the value in Chinese numerals. */
export function numberRows(): string[][] {
  return NUMBER_PHRASES.map(({ text, from }) => {
    const value = parseNumber(text)
    return [text, value.toString(), formatNumber(value, { style: 'chinese' }), from]
  })
}

/** One row per quantity phrase: amount, unit as written, family, a conversion and the Chinese form. */
export function quantityRows(): string[][] {
  return QUANTITY_PHRASES.map(({ text, from, convertTo }) => {
    const q = parseQuantity(text)
    const converted = convertTo === undefined ? '' : formatQuantity(convertQuantity(q, convertTo))
    return [text, q.amount.toString(), q.unit, describeUnit(q.unit).family, converted, formatQuantity(q, { style: 'chinese' }), from]
  })
}

/** Comparisons across units, made exactly. */
export function comparisonRows(): string[][] {
  const pairs: readonly (readonly [string, string])[] = [
    ['99.16%', '九成'],
    ['千分之二', '0.2%'],
    ['1公顷', '15亩'],
    ['8608.99万元', '0.86亿元'],
  ]
  const words = { '-1': '<', '0': '=', '1': '>' } as const
  return pairs.map(([a, b]) => [a, words[compareQuantities(parseQuantity(a), parseQuantity(b))], b])
}

/** What a failure looks like: a code, the span of the problem, and messages in zh and en. */
export function errorRows(): string[][] {
  return ['百分之', '%%', '1..2%', '3%以上'].map((text) => {
    const result = safeParseQuantity(text)
    if (result.success) return [text, 'ok', '', '', '']
    const { code, span, zh, en } = result.error
    return [text, code, span === undefined ? '' : `[${span.start}, ${span.end})`, zh, en]
  })
}

/** The numbers-and-quantities part of the quick start, as text. */
export function numbersAndQuantities(): string {
  return [
    '## 数字 Numbers — parseNumber / formatNumber',
    table(['原文 text', '数值 value', '中文 chinese', '出处 source'], numberRows()),
    '',
    '## 数量 Quantities — parseQuantity / convertQuantity / formatQuantity',
    table(['原文 text', '数值 amount', '单位 unit', '类别 family', '换算 converted', '中文 chinese', '出处 source'], quantityRows()),
    '',
    '## 比较 Comparisons — compareQuantities (exact, across units)',
    table(['a', '', 'b'], comparisonRows()),
    '',
    '## 错误 Errors — safeParseQuantity',
    table(['原文 text', 'code', 'span', 'zh', 'en'], errorRows()),
  ].join('\n')
}

/** The report's targets (年度指标值) against actual values, judged. */
export function judgeTargets(): string[] {
  const rows: [string, string, string][] = [
    ['普法宣传知识普及率', '90%以上', '95%'],
    ['在校学生违法犯罪率', '千分之一以下', '0'],
    ['司法社工与社区矫正对象比例', '1:20', '1:18'],
    ['社区矫正对象再犯罪率', '不超过千分之二', '0.3%'],
    ['矛盾纠纷化解成功率', '100%', '99.16%'],
    ['培训方案、计划达标率', '90%或以上', '93'],
  ]
  return rows.map(([name, target, actual]) => {
    const t = parseTarget(target)
    const a = evaluateTarget(t, actual)
    return `${name}: ${target} (${formatTarget(t)} / ${formatTarget(t, { style: 'chinese' })}) — ${a.zh}`
  })
}

/** The targets part of the quick start, as text. */
export function targets(): string {
  return ['## 年度指标值 Targets — parseTarget / formatTarget / evaluateTarget', ...judgeTargets()].join('\n')
}

/** The seed report's 履职效能 table as sheet rows (test/fixtures/tables/seed-conghua-2022-dept.json, verbatim). */
function seedRows(): readonly Record<string, string>[] {
  const file = new URL('../test/fixtures/tables/seed-conghua-2022-dept.json', import.meta.url)
  return (JSON.parse(readFileSync(file, 'utf8')) as { rows: Record<string, string>[] }).rows
}

/**
 * The indicator tree of the seed's 履职效能 table: built from its rows, with its one indicator without a target kept
 * missing and reported by row and column (the table prints no weights and no actual values).
 */
export function indicatorTree(): { tasks: string[][]; issues: string[] } {
  const rows = seedRows()
  const strict = safeEvaluationFromRows(rows, { metadata: { kind: '部门整体支出', year: 2022 } })
  const issues = strict.success ? [] : strict.error.issues.map((i) => `${i.code} 第${i.row ?? '?'}行 ${i.column ?? ''}: ${i.zh}`)
  const e = evaluationFromRows(rows, { metadata: { kind: '部门整体支出', year: 2022 }, missingTarget: 'warning' })
  const tasks = e.groups.flatMap((g) =>
    g.children.flatMap((task) =>
      task.children.map((leaf) => {
        const i = leaf as Indicator
        return [task.id, i.name, i.target === null ? '（缺）' : formatTarget(i.target), `${i.polarity.value === 'negative' ? '逆向' : '正向'} (${i.polarity.source})`]
      }),
    ),
  )
  return { tasks, issues }
}

/** The tree part of the quick start, as text. */
export function tree(): string {
  const { tasks, issues } = indicatorTree()
  return ['## 指标体系 The indicator tree — evaluationFromRows (履职效能)', table(['任务 task', '三级指标 indicator', '年度指标值 target', '方向 polarity'], tasks), '', ...issues].join('\n')
}

/**
 * A published 项目支出 self-evaluation scored and audited: 《(临时救助)绩效目标自评表》, 濉溪县民政局 2019
 * (https://www.sxx.gov.cn/zwgk/public/811/56426371.html, test/fixtures/tables/). The stored copy is cut off inside its
 * satisfaction row, so its weights add up to 90.
 */
export function scoredTable(): { rows: string[][]; total: string; findings: string[] } {
  const file = new URL('../test/fixtures/tables/anhui-suixi-mzj-linshijiuzhu-2019-self.json', import.meta.url)
  const fixture = JSON.parse(readFileSync(file, 'utf8')) as { headerRow: number; rows: Record<string, string>[] }
  const e = evaluationFromRows(fixture.rows, { firstRow: fixture.headerRow + 1, metadata: { kind: '项目支出', year: 2019 } })
  const r = scoreEvaluation(e)
  const rows = r.indicators.map((s) => {
    const target = s.leaf.kind === 'indicator' ? (s.leaf.target?.source ?? '') : ''
    const actual = s.leaf.kind === 'indicator' ? (s.leaf.actualText ?? '') : ''
    return [String(s.row ?? ''), s.name.replace(/[★]/gu, '').slice(0, 14), s.weight.toFixed(), target, actual, s.printed?.toFixed() ?? '', s.score?.toFixed(2) ?? '—']
  })
  const total = `${r.score.toFixed(2)} / ${r.weight.toFixed()}（按百分制 ${r.scaled?.toFixed(2) ?? r.score.toFixed(2)}，${r.grade?.grade ?? '—'}）`
  return { rows, total, findings: r.findings.map((f) => f.zh) }
}

/** The scoring part of the quick start, as text. */
export function scoring(): string {
  const { rows, total, findings } = scoredTable()
  return [
    '## 计分与核对 Scoring and the audit — scoreEvaluation (濉溪县 临时救助 2019)',
    table(['行 row', '三级指标 indicator', '分值 W', '指标值 target', '完成值 actual', '填报 printed', '计算 computed'], rows),
    '',
    `总分 total: ${total}`,
    ...findings.map((f) => `- ${f}`),
  ].join('\n')
}

/** Print every section of the quick start. */
export function main(): void {
  console.log(numbersAndQuantities())
  console.log('')
  console.log(targets())
  console.log('')
  console.log(tree())
  console.log('')
  console.log(scoring())
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) main()
