/**
 * The Chinese texts of the frameworks: every issue code, and the note of a computed indicator.
 *
 * @module
 */
import type { FigureProblem, FrameworkInputProblem } from './framework-details.js'
import type { FrameworkMessageTable } from './framework-table.js'
import { decimalText } from './decimal-text.js'

const INPUT: Readonly<Record<FrameworkInputProblem, string>> = {
  type: '类型不对',
  'unknown-key': '不是该框架的字段',
  supplied: '由框架给出，不能自行填写',
  missing: '缺少必填字段',
}

const FIGURE: Readonly<Record<FigureProblem, string>> = {
  'not-a-number': '不是数字',
  negative: '为负数',
  unit: '单位与另一项不是一类',
}

const at = (path: readonly (string | number)[]): string => (path.length === 0 ? '' : `（${path.join('.')}）`)

/**
 * The Chinese texts of the frameworks.
 *
 * @example
 * ```ts
 * frameworkZh.issues.FRAMEWORK_DENOMINATOR_ZERO({ indicator: '在职人员控制率', figure: 'establishment', label: '编制数' }, { path: [] })
 * //=> '“在职人员控制率”的分母“编制数”为零，无法计算'
 * ```
 */
export const frameworkZh: FrameworkMessageTable = {
  issues: {
    FRAMEWORK_INPUT_INVALID: (d, w) =>
      `框架输入${at(w.path)}${d.key === undefined ? '' : `“${d.key}”`}${INPUT[d.reason]}${d.expected === undefined ? '' : `，应为 ${d.expected}`}${d.received === undefined ? '' : `，收到 ${d.received}`}`,
    FRAMEWORK_INDICATOR_UNKNOWN: (d) => `共性指标“${d.key}”不在财预〔2013〕53号部门整体支出共性指标中`,
    FRAMEWORK_INDICATOR_DUPLICATE: (d) => `共性指标“${d.key}”选了两次`,
    FRAMEWORK_FIGURE_MISSING: (d) => `“${d.indicator}”缺少计算所需的“${d.label}”（${d.figure}）`,
    FRAMEWORK_FIGURE_INVALID: (d) => `“${d.indicator}”的“${d.label}”${FIGURE[d.problem]}：${d.received}${d.other === undefined ? '' : `（另一项单位为“${d.other}”）`}`,
    FRAMEWORK_FIGURE_UNKNOWN: (d) => (d.allowed.length === 0 ? `“${d.indicator}”没有计算公式，不能给出数据“${d.figure}”` : `“${d.indicator}”的公式没有数据“${d.figure}”，可用：${d.allowed.join('、')}`),
    FRAMEWORK_DENOMINATOR_ZERO: (d) => `“${d.indicator}”的分母“${d.label}”为零，无法计算`,
    FRAMEWORK_ACTUAL_CONFLICT: (d) => `“${d.indicator}”同时给出了实际完成值和计算数据，只能给出其一`,
    FRAMEWORK_WEIGHT_REQUIRED: (d) => `成本指标单列的格式没有全国统一的一级指标分值，“${d.group}”须给出分值`,
    FRAMEWORK_DUTIES_CONFLICT: (d) => `履职指标表已替代“职责履行”，不能再选其共性指标：${d.indicators.join('、')}`,
  },
  formulaNote: (d) => `${d.formula}；${d.figures.map((f) => `${f.label}${f.value}`).join('，')}；计算结果${decimalText(d.rate)}%`,
}
