/**
 * The shape of the reports' text tables: one per locale, checked by the compiler to hold every label and sentence, and by
 * the parity test to hold the same keys.
 *
 * @module
 */
import type { IssueContext } from './table.js'
import type { ReportIssueDetailsByCode } from './report-details.js'

/**
 * The column titles of a scored 自评表.
 *
 * @example
 * ```ts
 * import { reportMessageTable } from 'jixiao'
 * reportMessageTable('zh-CN').columns.level3
 * //=> '三级指标'
 * ```
 */
export interface ReportColumnTexts {
  /** 一级指标. */
  readonly level1: string
  /** 二级指标. */
  readonly level2: string
  /** 三级指标. */
  readonly level3: string
  /** 年度指标值. */
  readonly target: string
  /** 实际完成值. */
  readonly actual: string
  /** 分值. */
  readonly weight: string
  /** 得分. */
  readonly score: string
  /** 偏差原因. */
  readonly deviation: string
  /** 填报得分 (a filled table's own score). */
  readonly printed: string
  /** 计分说明 (how the score was reached). */
  readonly explanation: string
}

/**
 * What the one-sentence summary of a report needs.
 *
 * @example
 * ```ts
 * const s: SummaryText = { year: 2022, kind: 'department', score: '93.5', complete: true, grade: '优', undecided: 0 }
 * ```
 */
export interface SummaryText {
  /** The year evaluated. */
  readonly year?: number
  /** 项目支出 or 部门整体支出. */
  readonly kind?: 'project' | 'department'
  /** The total as printed. */
  readonly score: string
  /** The total out of 100, as printed, when indicators were left out. */
  readonly scaled?: string
  /** The grade, when the total is complete. */
  readonly grade?: string
  /** False when some indicator is left to a person. */
  readonly complete: boolean
  /** How many indicators are left to a person. */
  readonly undecided: number
}

/**
 * The texts of the reports in one locale.
 *
 * @example
 * ```ts
 * import { reportMessageTable } from 'jixiao'
 * reportMessageTable('en').summary({ year: 2022, kind: 'department', score: '93.5', complete: true, grade: 'excellent', undecided: 0 })
 * //=> 'The 2022 department-wide expenditure performance self-evaluation scores 93.5 points, graded excellent.'
 * ```
 */
export interface ReportMessageTable {
  /** The `lang` attribute of an HTML report. */
  readonly lang: string
  /** The column titles. */
  readonly columns: ReportColumnTexts
  /** The title of a report: the evaluation's name and year when it has them. */
  readonly title: (d: { readonly name?: string; readonly year?: number; readonly kind?: 'project' | 'department' }) => string
  /** The one-sentence summary ("2022年部门整体支出绩效自评综合得分为93.5分，等级为优。"). */
  readonly summary: (d: SummaryText) => string
  /** The policy line: its name, and where its rules come from. */
  readonly policy: (d: { readonly name: string; readonly source?: string }) => string
  /** The label of the total row (合计). */
  readonly total: string
  /** The label of the total out of 100 (按百分制折算). */
  readonly scaled: string
  /** The label of the grade. */
  readonly grade: string
  /** The name of a grade in this locale. */
  readonly gradeName: (grade: string) => string
  /** A score left to a person. */
  readonly undecided: string
  /** An indicator left out (不适用). */
  readonly notApplicable: string
  /** A score given by an evaluator. */
  readonly adjusted: string
  /** The note under a table with adjusted scores (marked *). */
  readonly adjustedNote: string
  /** The section of scores by group. */
  readonly groups: string
  /** The column of a group's share of its weight. */
  readonly rate: string
  /** The section of the scored table. */
  readonly table: string
  /** The section of points lost, ranked. */
  readonly lost: string
  /** The section of the findings. */
  readonly findings: string
  /** The section of the tree's warnings. */
  readonly warnings: string
  /** What a section says when it has nothing. */
  readonly none: string
  /** The chart's caption of scores against weights. */
  readonly chartScores: string
  /** The chart's caption of points lost. */
  readonly chartLost: string
  /** The chart's line for the indicators beyond those it draws. */
  readonly more: (count: number) => string
  /** A group's score counts only the decided indicators. */
  readonly incomplete: string
  /** The text of each error code of the reports. */
  readonly issues: { readonly [C in keyof ReportIssueDetailsByCode]: (details: ReportIssueDetailsByCode[C], where: IssueContext) => string }
}
