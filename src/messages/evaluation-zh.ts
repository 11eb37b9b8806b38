/**
 * 指标体系的中文消息表：每个错误与警告代码的文字，读取时才生成。
 *
 * @module
 */
import { decimalText as n, percentText as percent } from './decimal-text.js'
import type { EvaluationMessageTable } from './evaluation-table.js'

const FIELDS = { weight: '分值', score: '得分', adjustment: '调整后得分', budget: '预算数', rate: '执行率', total: '总分', year: '年度' } as const
const FIGURES = { initial: '年初预算数', adjusted: '全年预算数', executed: '全年执行数' } as const
const COLUMNS = {
  level1: '一级指标', level2: '二级指标', level3: '三级指标', target: '年度指标值', actual: '实际完成值', weight: '分值', score: '得分',
  deviation: '偏差原因', improvement: '改进措施', nature: '指标性质', direction: '指标方向', unit: '计量单位', category: '指标类别', criteria: '评分标准', note: '指标解释', initial: '年初预算数',
  adjusted: '全年预算数', executed: '全年执行数', rate: '执行率',
} as const
const name = (n: string): string => (n === '' ? '（未命名）' : `“${n}”`)

/**
 * The Chinese texts of the indicator tree's codes.
 *
 * @example
 * ```ts
 * import { evaluationZh } from 'jixiao'
 * evaluationZh.issues.TARGET_MISSING({ name: '法律顾问配备完成率' }, { path: [] })
 * //=> '指标“法律顾问配备完成率”没有年度指标值'
 * ```
 */
export const evaluationZh: EvaluationMessageTable = {
  issues: {
    EVALUATION_INPUT_INVALID: (d, w) => {
      const at = w.path.length === 0 ? '' : `（${w.path.join('.')}）`
      switch (d.reason) {
        case 'type': return `类型不对${at}：应为${d.expected ?? ''}，实为${d.received ?? ''}`
        case 'unknown-key': return `未知的字段“${d.key ?? ''}”${at}`
        case 'value': return `取值不对${at}：应为${d.expected ?? ''}之一`
        case 'too-large': return `输入过大${at}：共${d.received ?? ''}项，超过上限${d.expected ?? ''}`
        case 'unreadable': return `输入无法读取${at}（读取时出错）`
        case 'other': return `输入不对${at}：${d.expected ?? ''}`
      }
    },
    VALUE_INVALID: (d) =>
      `${FIELDS[d.field]}“${d.value}”${d.reason === 'negative' ? '不能为负数' : d.reason === 'not-finite' ? '不是有限的数' : d.reason === 'not-integer' ? '应为整数' : '不是可读的数'}`,
    WEIGHT_SUM_MISMATCH: (d) => `${name(d.name)}的分值为${n(d.expected)}，其下各指标分值合计${n(d.found)}，二者不一致`,
    WEIGHT_TOTAL_MISMATCH: (d) => `一级指标分值合计${n(d.found)}，与总分${n(d.expected)}不一致`,
    WEIGHT_CONFLICT: (d) => `${name(d.name)}给出的分值${n(d.written)}与名称中的${n(d.named)}分不一致`,
    WEIGHT_MISSING: (d) => `${name(d.name)}没有分值，而与它同级的其他项有分值（一个都不写，或用 distributeWeights 平分）`,
    ID_DUPLICATE: (d) => `编号“${d.id}”重复（首次出现于 ${d.first}）`,
    TARGET_MISSING: (d) => `指标${name(d.name)}没有年度指标值${d.written === undefined ? '' : `（“${d.written}”按空白读取；不适用的指标请写“不适用”或设 applicable: false）`}`,
    CELL_ERROR: (d) => `单元格是电子表格的错误值“${d.value}”，按空白读取`,
    ADJUSTMENT_REASON_MISSING: (d) => `指标${name(d.name)}的评价调整没有写明理由`,
    ADJUSTMENT_OUT_OF_RANGE: (d) => `指标${name(d.name)}的调整后得分${n(d.score)}不在 0 至分值${n(d.weight)}之间`,
    BUDGET_FIGURES_MISSING: (d) => `${name(d.name)}没有全年预算数与全年执行数，也没有执行率`,
    CATEGORY_QUALITATIVE_TARGET: (d) => `指标${name(d.name)}属于${d.category}指标，年度指标值却是定性的文字`,
    ACTUAL_LOOKS_LIKE_FRACTION: (d) => `指标${name(d.name)}的实际完成值“${d.actual}”按${d.actual}%读取，年度指标值为${d.target}；若表格中显示为百分比（如${d.actual}即${percent(d.actual)}），请传入单元格显示的文字`,
    VALUE_LOOKS_RAW: (d) => `指标${name(d.name)}的${d.field === 'target' ? '年度指标值' : '实际完成值'}“${d.value}”像是电子表格存储的数值而不是单元格显示的文字（如 9% 存为 0.09），请传入显示的文字`,
    UNIT_MISSING: (d) => `指标${name(d.name)}属于${d.category}指标，年度指标值没有计量单位`,
    UNIT_CONFLICT: (d) => `指标${name(d.name)}的年度指标值单位“${d.written}”与计量单位“${d.column}”不能比较`,
    SATISFACTION_MISSING: () => '没有满意度指标',
    GROUP_MISSING: (d) => `没有${d.group}指标`,
    LABEL_EMPTY: (d) => `有一个${d.level === 1 ? '一' : d.level === 2 ? '二' : '三'}级指标没有名称`,
    POLARITY_CONFLICT: (d) => `指标${name(d.name)}写明为${d.written === 'positive' ? '正向' : '逆向'}指标，年度指标值却是“${d.comparator}”；按写明的方向处理`,
    BUDGET_RATE_MISMATCH: (d) => `填报的执行率${percent(d.printed)}与全年执行数÷全年预算数（${percent(d.computed)}）不一致`,
    BUDGET_PARTS_MISMATCH: (d) => `${FIGURES[d.figure]}合计${n(d.total)}，而财政拨款、上年结转与其他资金之和为${n(d.sum)}`,
    ROWS_COLUMN_MISSING: (d) => `表头中没有“${COLUMNS[d.field]}”列（表头为：${d.headers.join('、')}）；如该列用了别的名称，请用 headers 选项说明，如 { headers: { ${d.field}: ['列名'] } }`,
    ROWS_COLUMN_DUPLICATE: (d) => `表头“${d.headers.join('”“')}”都是“${COLUMNS[d.field]}”列，读取第一列`,
    ROWS_INVALID: (d) => (d.reason === 'not-an-array' ? `表格行应为数组，实为${d.received}` : d.reason === 'not-an-object' ? `表格行应为对象（按表头取值），实为${d.received}` : '表格中没有三级指标'),
    BUDGET_UNIT_ASSUMED: (d) => `预算数未写单位，按${d.unit}读取（执行率不受影响）；如不是${d.unit}，请在数字后写单位（“150元”），或表头写作“全年预算数(元)”，或传入 budget.unit`,
    LABEL_REPEATED: (d) => `${d.level === 1 ? '一' : '二'}级指标${name(d.name)}在第${d.first}行已出现过，此处作为另一组读取`,
    COLUMNS_UNREAD: (d) => `以下列的内容未读取：${d.headers.join('、')}（如是指标值、分值等，请用 headers 选项说明列名）`,
    ROW_IGNORED: (d) => `此行无法归入指标体系，未读取：${d.cells.join(' | ')}`,
  },
}
