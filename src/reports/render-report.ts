/**
 * Render a report of `scoreEvaluation` for people: Markdown, aligned text, a self-contained HTML page, an SVG chart.
 *
 * @module
 */
import type { Issue } from '../errors.js'
import type { ScoreReport } from '../scoring/types.js'
import { shown } from '../indicators/received.js'
import { own } from '../own.js'
import { optionIssue } from './report-error.js'
import { readLocale, readOptions, readReport, readText, refuse } from './read-input.js'
import { renderHtml } from './render-html.js'
import { renderMarkdown } from './render-markdown.js'
import { renderSvg } from './render-svg.js'
import { renderText } from './render-text.js'
import type { RenderReportOptions, ReportFormat } from './types.js'
import { viewOf, type ReportView } from './view.js'

const RENDERERS: Readonly<Record<ReportFormat, (v: ReportView) => string>> = {
  markdown: renderMarkdown,
  text: renderText,
  html: renderHtml,
  svg: (v) => renderSvg(v),
}

const FORMATS: readonly ReportFormat[] = ['markdown', 'text', 'html', 'svg']

/**
 * Render a scored evaluation for people, as a string (the library writes no file):
 * - `markdown`: the title, the sentence ("2022年部门整体支出绩效自评综合得分为…分，等级为…"), the 自评表, the scores by
 *   group, the points lost, how each score was reached, the findings;
 * - `text`: the same, aligned for terminals and logs (a CJK character counts two columns; long cells wrap inside their
 *   column, nothing is cut);
 * - `html`: one self-contained document (inline CSS, the chart inline, no script, printable on A4);
 * - `svg`: a chart of each level-1 and level-2 group's score against its weight, and the points lost, most first.
 *
 * Every name, target and reason is escaped: an indicator named `<script>` shows as text. Numbers are written exactly as
 * the report holds them.
 *
 * @param report - a report of `scoreEvaluation`.
 * @param options - `format` (required), `locale` (`zh-CN` default, or `en`: labels, sentence and explanations; names and
 *   targets stay as written), `title`.
 * @returns the rendered report.
 * @throws {ReportError} `REPORT_INVALID` for anything but a report of `scoreEvaluation`; `OPTION_INVALID` for a bad option.
 * @example
 * ```ts
 * import { defineEvaluation, scoreEvaluation } from 'jixiao'
 * const e = defineEvaluation({ kind: '部门整体支出', year: 2022, groups: [{ name: '履职效能', children: [{ name: '任务 1', children: [
 *   { name: '调解成功率', weight: 60, target: '≥95%', actual: '99.16%' },
 *   { name: '再犯罪率', weight: 40, target: '不超过千分之二', actual: '1‰' }] }] }] })
 * const report = scoreEvaluation(e)
 * renderReport(report, { format: 'markdown' }).split('\n')[4]
 * //=> '**2022年部门整体支出绩效自评综合得分为100分，等级为优。**'
 * renderReport(report, { format: 'text', locale: 'en' }).split('\n')[3]
 * //=> 'The 2022 department-wide expenditure performance self-evaluation scores 100 points, graded excellent.'
 * renderReport(report, { format: 'html' }).startsWith('<!DOCTYPE html>')
 * //=> true
 * ```
 */
export function renderReport(report: ScoreReport, options: RenderReportOptions): string {
  const r = readReport(report)
  const o = readOptions(options, true)
  const issues: Issue[] = []
  const format = own(o, 'format')
  if (typeof format !== 'string' || !(FORMATS as readonly string[]).includes(format)) issues.push(optionIssue('format', shown(format), FORMATS))
  const locale = readLocale(o, issues)
  const title = readText(o, 'title', issues)
  refuse(issues)
  return RENDERERS[format as ReportFormat](viewOf(r, locale, format !== 'svg', title))
}
