/**
 * The seed, end to end: 《广州市从化区司法局2022年部门整体支出绩效自评报告》 (test/fixtures/seed/conghua-2022-report.txt, the document this library
 * starts from; its 履职效能 table is test/fixtures/tables/seed-conghua-2022-dept.json, every name and target verbatim).
 *
 * What the report gives, and what this example has to assume:
 * - **Targets**: all 28 of the 履职效能 table, as printed. 任务 6 指标 1 (法律顾问配备完成率) has none: it stays missing,
 *   the tree reports it, and its score is an evaluator's judgement (below), marked as assumed.
 * - **Actuals**: the report gives no value for any indicator of its table. It says, of all of them, "各项指标达到预期目标值"
 *   (二、综合评价分析), and that sentence is each indicator's actual here, as its words. The figures it does give
 *   (成功率99.16%, 完成率100%, 建档率100%, 定位核查率100%) measure related work, not the table's indicators (矛盾纠纷化解成功率
 *   is not 调解案件补贴发放率): they are shown as evidence, never used as an indicator's value.
 * - **Weights**: the report prints none. Every weight here is an assumption, shown in the table of assumptions.
 * - **The other areas** of its 93.5 (预算资金管理, 绩效管理, 资产管理, 效益) are modelled with the department-overall
 *   framework (财预〔2013〕53号): 预算完成率 from the report's own figures (基本支出 1781.53 万元 + 项目支出 1314.51 万元 against
 *   财政拨款 3096.04 万元), the goal-setting indicators from the report's own words on its targets (三、存在的主要问题),
 *   资产管理 and 社会效益 from assumptions, each marked.
 * - The report's 93.5 cannot be derived from what it publishes (its weights and deductions are not printed): this example
 *   never claims to reproduce it, and prints its own total beside the report's with the difference.
 *
 * Run it with `npm run example`: it prints the scored table, the total, the grade and the report's sentence, the audit's
 * findings, and writes the HTML and SVG reports to examples/out/ (the example writes files; the library never does).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { pathToFileURL } from 'node:url'
import {
  departmentOverall,
  type Evaluation,
  type Judgement,
  type Level2Input,
  parseNumber,
  renderReport,
  type ScoreReport,
  scoreEvaluation,
} from '../src/index.js'
import { table } from './support/terminal-table.js'

const SEED = '《广州市从化区司法局2022年部门整体支出绩效自评报告》'

/** The report's own words this example uses, each quoted from the seed. */
export const QUOTES = {
  allMet: '2022年部门整体支出绩效自评综合得分为93.5分，各项指标达到预期目标值。',
  targetsSet: '设置了较为规范的绩效目标与指标，绩效指标已设置明确的计算公式',
  targetsShort: '部分项目的指标设置不够全面，未能全方位反映项目工作开展成效',
  budget: '2022 年财政拨款 3096.04 万元，基本支出 1781.53 万元，项目支出 1314.51 万元，预算完成率 100%',
  benefit: '为群众挽回经济损失11834.74万元',
} as const

/** The report's printed total. */
export const PRINTED_TOTAL = '93.5'

/** Figures the report gives for related work: evidence, not the value of any indicator of its table. */
export const EVIDENCE: readonly (readonly [string, string])[] = [
  ['任务 1', '矛盾纠纷化解成功率99.16%（排查1437宗，化解1425宗）'],
  ['任务 2', '法治文化阵地创建完成率100%'],
  ['任务 5', '社区矫正定位核查率达100%；安置帮教建档率达到100%（617份）'],
  ['任务 7', '办结公证案件2366件'],
]

/** The weight assumed for each indicator of the 履职效能 table (the report prints none): 28 indicators × 2 = 56. */
export const DUTY_WEIGHT = 2

/** The actual value of every indicator of the 履职效能 table: the report's own words for all of them. */
export const ACTUAL_WORDS = '各项指标达到预期目标值'

interface SeedRow {
  readonly 二级指标: string
  readonly 三级指标: string
  readonly 年度指标值: string
}

/** The 履职效能 table of the seed, as level-2 groups (任务 1…7) of indicators, names and targets verbatim. */
export function dutyGroups(): Level2Input[] {
  const file = new URL('../test/fixtures/tables/seed-conghua-2022-dept.json', import.meta.url)
  const fixture = JSON.parse(readFileSync(file, 'utf8')) as { rows: SeedRow[] }
  const groups: { name: string; children: Level2Input['children'][number][] }[] = []
  for (const row of fixture.rows) {
    if (row.二级指标 !== '') groups.push({ name: row.二级指标, children: [] })
    const indicator = { name: row.三级指标, weight: DUTY_WEIGHT, actual: ACTUAL_WORDS }
    groups.at(-1)?.children.push(row.年度指标值 === '' ? indicator : { ...indicator, target: row.年度指标值 })
  }
  return groups
}

/** 预算完成率's figures, from the report: 预算完成数 = 基本支出 + 项目支出, 预算数 = 财政拨款 (万元). */
export function budgetFigures(): { completed: string; budget: string } {
  const completed = parseNumber('1781.53').plus(parseNumber('1314.51'))
  return { completed: `${completed.toFixed()}万元`, budget: '3096.04万元' }
}

/** Each assumption: what, the value used, and why. */
export const ASSUMPTIONS: readonly (readonly [string, string, string])[] = [
  ['计分规则', '本库默认政策 mof2020（财预〔2020〕10号的计分方法）', '报告未说明其计分规则；广州市部门整体自评的计分细则未公开'],
  ['履职效能 各指标分值', `${DUTY_WEIGHT}分 × 28 = 56分`, '报告未列分值；等分'],
  ['投入 / 过程 / 效果 分值', '10 / 24 / 10', '报告未列分值；广州市部门整体自评模板的权重未公开'],
  ['履职效能 各指标实际完成值', `“${ACTUAL_WORDS}”`, '报告只给出这句总述，未给出各指标的数值'],
  ['履职效能 各指标得分', `${DUTY_WEIGHT}分（评价人认定）`, '本库不把一句总述当作某个指标的数值（逐项待人工判定）；评价人据报告总述认定达成'],
  ['任务 6 指标 1 年度指标值', '（缺）', '报告表格中该格为空：保持缺失，并在提示中列出'],
  ['绩效目标合理性', '达成', `报告：“${QUOTES.targetsSet}”`],
  ['绩效指标明确性', '部分达成', `报告：“${QUOTES.targetsShort}”`],
  ['资产管理安全性', '达成（假设）', '报告未载资产管理情况'],
  ['社会效益', '达成', `报告：“${QUOTES.benefit}”等`],
]

/** The evaluator's judgements of the framework's indicators, by name, each with its reason. */
export const JUDGEMENTS: Readonly<Record<string, Judgement>> = {
  绩效目标合理性: { level: 'achieved', reason: `报告：“${QUOTES.targetsSet}”` },
  绩效指标明确性: { level: 'partial', reason: `报告：“${QUOTES.targetsShort}”` },
  资产管理安全性: { level: 'achieved', reason: '假设：报告未载资产管理情况' },
  社会效益: { level: 'achieved', reason: `报告：“${QUOTES.benefit}”` },
}

/**
 * The judgement of each indicator of the 履职效能 table. The library does not read "各项指标达到预期目标值" (a sentence about
 * every indicator, with no value) as the value of any one of them against its number: it leaves each to a person. The
 * evaluator here takes the report at its word and gives full marks, with the sentence as the reason, so every one of these
 * scores shows in the report as an adjustment. The indicator without a target is judged the same way.
 */
export const DUTY_JUDGEMENT: Judgement = { score: DUTY_WEIGHT, reason: `报告总述“${ACTUAL_WORDS}”（未给出数值），评价人据此认定达成` }

/** The judgements by the ids the evaluation gave its indicators. */
function judgementsOf(evaluation: Evaluation): Record<string, Judgement> {
  const byId: Record<string, Judgement> = {}
  for (const g1 of evaluation.groups) {
    for (const g2 of g1.children) {
      for (const leaf of g2.children) {
        const j = g1.name === '履职效能' ? DUTY_JUDGEMENT : JUDGEMENTS[leaf.name]
        if (j !== undefined) byId[leaf.id] = j
      }
    }
  }
  return byId
}

/** The seed as a department-overall evaluation, scored. */
export function conghua(): ScoreReport {
  const evaluation = departmentOverall({
    name: '广州市从化区司法局',
    department: '广州市从化区司法局',
    year: 2022,
    weights: { input: 10, process: 24, effect: 10 },
    common: [
      { key: 'goalSoundness', weight: 5, target: '绩效目标设定合理' },
      { key: 'indicatorClarity', weight: 5, target: '绩效指标明确、清晰' },
      { key: 'budgetCompletionRate', weight: 12, target: '100%', figures: budgetFigures() },
      { key: 'assetSafety', weight: 12, target: '资产保存完整、使用合规' },
      { key: 'socialBenefit', weight: 10, target: '促进社会和谐稳定' },
    ],
    duties: { placement: 'level1', name: '履职效能', groups: dutyGroups() },
  }, { missingTarget: 'warning' })
  return scoreEvaluation(evaluation, undefined, { judgements: judgementsOf(evaluation) })
}

/** The example's total beside the report's, and the difference, in words. */
export function comparison(report: ScoreReport): string {
  const difference = report.score.minus(parseNumber(PRINTED_TOTAL))
  const side = difference.isZero() ? '与报告相同' : `比报告${difference.isNegative() ? '低' : '高'} ${difference.abs().toFixed()} 分`
  return `报告总分 ${PRINTED_TOTAL} 分；本例 ${report.score.toFixed()} 分，${side}。报告未公布分值与扣分，本例不声称复现其 ${PRINTED_TOTAL} 分。`
}

/** Print the scored seed and write its HTML and SVG reports. */
export function main(): void {
  const report = conghua()
  console.log(`# ${SEED}，从指标到报告 The seed, end to end`)
  console.log('')
  console.log('## 本例的假设 What this example assumes')
  console.log(table(['项目 what', '取值 value', '依据 why'], ASSUMPTIONS))
  console.log('')
  console.log('## 报告给出的相关数字（仅作佐证） Related figures the report gives (evidence only)')
  console.log(table(['任务 task', '报告原文 as printed'], EVIDENCE))
  console.log('')
  console.log(renderReport(report, { format: 'text' }))
  console.log(comparison(report))
  const out = new URL('./out/', import.meta.url)
  mkdirSync(out, { recursive: true })
  const html = new URL('conghua-2022.html', out)
  const svg = new URL('conghua-2022.svg', out)
  writeFileSync(html, renderReport(report, { format: 'html' }))
  writeFileSync(svg, renderReport(report, { format: 'svg' }))
  console.log('')
  console.log(`HTML 报告 written: ${html.pathname}`)
  console.log(`SVG 图表 written: ${svg.pathname}`)
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) main()
