/**
 * The English texts of the indicator tree's codes, produced when read.
 *
 * @module
 */
import { decimalText as n, percentText as percent } from './decimal-text.js'
import type { EvaluationMessageTable } from './evaluation-table.js'

const FIELDS = { weight: 'weight', score: 'score', adjustment: 'adjusted score', budget: 'budget figure', rate: 'execution rate', total: 'total', year: 'year' } as const
const FIGURES = { initial: 'initial budget', adjusted: 'full-year budget', executed: 'full-year spending' } as const
const COLUMNS = {
  level1: 'level-1 indicator (一级指标)', level2: 'level-2 indicator (二级指标)', level3: 'level-3 indicator (三级指标)', target: 'target (年度指标值)',
  actual: 'actual (实际完成值)', weight: 'weight (分值)', score: 'score (得分)', deviation: 'deviation reason (偏差原因)', improvement: 'improvement (改进措施)',
  nature: 'nature (指标性质)', direction: 'direction (指标方向)', unit: 'unit (计量单位)', category: 'category (指标类别)', criteria: 'scoring criteria (评分标准)', note: 'note (指标解释)', initial: 'initial budget (年初预算数)',
  adjusted: 'full-year budget (全年预算数)', executed: 'full-year spending (全年执行数)', rate: 'execution rate (执行率)',
} as const
const name = (n: string): string => (n === '' ? '(unnamed)' : `"${n}"`)

/**
 * The English texts of the indicator tree's codes.
 *
 * @example
 * ```ts
 * import { evaluationEn } from 'jixiao'
 * evaluationEn.issues.TARGET_MISSING({ name: '法律顾问配备完成率' }, { path: [] })
 * //=> 'indicator "法律顾问配备完成率" has no target'
 * ```
 */
export const evaluationEn: EvaluationMessageTable = {
  issues: {
    EVALUATION_INPUT_INVALID: (d, w) => {
      const at = w.path.length === 0 ? '' : ` at ${w.path.join('.')}`
      switch (d.reason) {
        case 'type': return `wrong type${at}: expected ${d.expected ?? ''}, received ${d.received ?? ''}`
        case 'unknown-key': return `unknown key "${d.key ?? ''}"${at}`
        case 'value': return `wrong value${at}: expected one of ${d.expected ?? ''}`
        case 'too-large': return `input too large${at}: ${d.received ?? ''} items, more than the limit of ${d.expected ?? ''}`
        case 'unreadable': return `input cannot be read${at} (reading it threw)`
        case 'other': return `invalid input${at}: ${d.expected ?? ''}`
      }
    },
    VALUE_INVALID: (d) =>
      `${FIELDS[d.field]} "${d.value}" ${d.reason === 'negative' ? 'cannot be negative' : d.reason === 'not-finite' ? 'is not a finite number' : d.reason === 'not-integer' ? 'must be a whole number' : 'is not a readable number'}`,
    WEIGHT_SUM_MISMATCH: (d) => `${name(d.name)} has weight ${n(d.expected)}, but the weights under it add up to ${n(d.found)}`,
    WEIGHT_TOTAL_MISMATCH: (d) => `the level-1 weights add up to ${n(d.found)}, not the total of ${n(d.expected)}`,
    WEIGHT_CONFLICT: (d) => `${name(d.name)} is given weight ${n(d.written)}, but its name says ${n(d.named)}`,
    WEIGHT_MISSING: (d) => `${name(d.name)} has no weight, while its siblings have one (give all of them one, none, or use distributeWeights)`,
    ID_DUPLICATE: (d) => `id "${d.id}" is used twice (first at ${d.first})`,
    TARGET_MISSING: (d) => `indicator ${name(d.name)} has no target${d.written === undefined ? '' : ` ("${d.written}" is read as blank; write 不适用 or set applicable: false for an indicator that does not apply)`}`,
    CELL_ERROR: (d) => `the cell holds the spreadsheet error "${d.value}" and is read as blank`,
    ADJUSTMENT_REASON_MISSING: (d) => `the adjustment of indicator ${name(d.name)} gives no reason`,
    ADJUSTMENT_OUT_OF_RANGE: (d) => `the adjusted score ${n(d.score)} of indicator ${name(d.name)} is not between 0 and its weight ${n(d.weight)}`,
    BUDGET_FIGURES_MISSING: (d) => `${name(d.name)} has neither a full-year budget and spending nor an execution rate`,
    CATEGORY_QUALITATIVE_TARGET: (d) => `indicator ${name(d.name)} is a ${d.category} (quantitative) indicator, but its target is words`,
    ACTUAL_LOOKS_LIKE_FRACTION: (d) => `the actual value "${d.actual}" of indicator ${name(d.name)} is read as ${d.actual}% against the target ${d.target}; if the sheet shows it as a percentage (${d.actual} being ${percent(d.actual)}), pass the text the cell shows`,
    VALUE_LOOKS_RAW: (d) => `the ${d.field === 'target' ? 'target' : 'actual value'} "${d.value}" of indicator ${name(d.name)} looks like a spreadsheet's stored value, not the text its cell shows (9% is stored as 0.09): pass the text shown`,
    UNIT_MISSING: (d) => `indicator ${name(d.name)} is a ${d.category} (quantitative) indicator, but its target has no unit`,
    UNIT_CONFLICT: (d) => `the target of indicator ${name(d.name)} is in "${d.written}", which does not compare with the unit column's "${d.column}"`,
    SATISFACTION_MISSING: () => 'there is no satisfaction (满意度) indicator',
    GROUP_MISSING: (d) => `there is no ${d.group === '产出' ? 'output (产出)' : 'effect (效益)'} group`,
    LABEL_EMPTY: (d) => `a level-${d.level} ${d.level === 3 ? 'indicator' : 'group'} has no name`,
    POLARITY_CONFLICT: (d) =>
      `indicator ${name(d.name)} is written ${d.written === 'positive' ? 'higher-is-better' : 'lower-is-better'}, but its target says "${d.comparator}"; the written polarity is kept`,
    BUDGET_RATE_MISMATCH: (d) => `the printed execution rate ${percent(d.printed)} is not spending ÷ budget (${percent(d.computed)})`,
    BUDGET_PARTS_MISMATCH: (d) => `the ${FIGURES[d.figure]} is ${n(d.total)}, but its parts (fiscal, carry-over, other) add up to ${n(d.sum)}`,
    ROWS_COLUMN_MISSING: (d) => `no ${COLUMNS[d.field]} column among the headers (${d.headers.join(', ')}); if the sheet calls it something else, name it with the headers option: { headers: { ${d.field}: ['…'] } }`,
    ROWS_COLUMN_DUPLICATE: (d) => `headers "${d.headers.join('", "')}" all name the ${COLUMNS[d.field]} column; the first is read`,
    ROWS_INVALID: (d) => (d.reason === 'not-an-array' ? `rows must be an array, received ${d.received}` : d.reason === 'not-an-object' ? `a row must be an object keyed by header, received ${d.received}` : 'the rows hold no level-3 indicator'),
    BUDGET_UNIT_ASSUMED: (d) => `budget figures without a unit are read in ${d.unit} (the rate is unaffected); if they are not, write the unit after the number ("150元"), in the header ("全年预算数(元)") or in budget.unit`,
    LABEL_REPEATED: (d) => `level-${d.level} group ${name(d.name)} first stood at row ${d.first}; here it is read as another group`,
    COLUMNS_UNREAD: (d) => `these columns were not read: ${d.headers.join(', ')} (if one holds targets, weights or the like, name it with the headers option)`,
    ROW_IGNORED: (d) => `this row fits nowhere in the indicator tree and was not read: ${d.cells.join(' | ')}`,
  },
}
