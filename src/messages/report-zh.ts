/**
 * The reports' texts in Chinese.
 *
 * @module
 */
import type { ReportMessageTable } from './report-table.js'

const KIND = { project: '项目支出', department: '部门整体支出' } as const

/**
 * The reports' texts in Chinese (zh-CN).
 *
 * @example
 * ```ts
 * reportZh.summary({ year: 2022, kind: 'department', score: '93.5', complete: true, grade: '优', undecided: 0 })
 * //=> '2022年部门整体支出绩效自评综合得分为93.5分，等级为优。'
 * ```
 */
export const reportZh: ReportMessageTable = {
  lang: 'zh-CN',
  columns: {
    level1: '一级指标',
    level2: '二级指标',
    level3: '三级指标',
    target: '年度指标值',
    actual: '实际完成值',
    weight: '分值',
    score: '得分',
    deviation: '偏差原因',
    printed: '填报得分',
    explanation: '计分说明',
  },
  title: (d) => `${d.year === undefined ? '' : `${d.year}年`}${d.name ?? (d.kind === undefined ? '' : KIND[d.kind])}绩效自评结果`,
  summary: (d) => {
    const what = `${d.year === undefined ? '' : `${d.year}年`}${d.kind === undefined ? '' : KIND[d.kind]}绩效自评`
    const scaled = d.scaled === undefined ? '' : `（按百分制折算为${d.scaled}分）`
    if (!d.complete) return `${what}已计得分为${d.score}分${scaled}，另有${d.undecided}项指标待人工判定，暂不评定等级。`
    return `${what}综合得分为${d.score}分${scaled}${d.grade === undefined ? '' : `，等级为${d.grade}`}。`
  },
  policy: (d) => `计分规则：${d.source === undefined ? d.name : `${d.source}（${d.name}）`}`,
  total: '合计',
  scaled: '按百分制折算',
  grade: '等级',
  gradeName: (grade) => grade,
  undecided: '待定',
  notApplicable: '不适用',
  adjusted: '评价调整',
  adjustedNote: '* 评价人调整或认定的得分，理由见“计分说明”',
  groups: '分项得分',
  rate: '得分率',
  table: '绩效自评表',
  lost: '扣分情况（按扣分多少排列）',
  findings: '审核发现',
  warnings: '指标体系提示',
  none: '无',
  chartScores: '各级指标得分与分值',
  chartLost: '扣分排行',
  more: (n) => `另有${n}项指标扣分，见报告表格`,
  incomplete: '（含待定指标，未计入）',
  issues: {
    REPORT_INVALID: (d) => `渲染报告需要 scoreEvaluation 的结果，收到的是 ${d.received}`,
  },
}
