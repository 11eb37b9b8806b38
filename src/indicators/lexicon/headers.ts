/**
 * The column headers of real 绩效目标表 and 绩效自评表, by the field they fill. A header is matched after spaces, line
 * breaks and a trailing unit or letter in brackets are removed ("年度指标值（A）", "全年预算数(万元)", "分 值"), so each
 * list holds the words only. Callers add their own through the `headers` option of `evaluationFromRows`.
 *
 * Sources: the 项目支出绩效自评表 of 财预〔2020〕10号 (一级指标, 二级指标, 三级指标, 年度指标值, 实际完成值, 分值, 得分,
 * 偏差原因分析及改进措施; 年初预算数, 全年预算数, 全年执行数, 执行率), provincial templates (年度指标值(A), 实际完成值(B),
 * 指标性质, 计量单位, 度量单位, 权重, 指标方向) and the fixtures of `test/fixtures/tables/`.
 *
 * @module
 */
import type { RowField } from '../../messages/evaluation-details.js'

/**
 * The headers of each field.
 *
 * @example
 * ```ts
 * import { ROW_HEADERS } from 'jixiao'
 * ROW_HEADERS.target.includes('年度指标值')
 * //=> true
 * ```
 */
export const ROW_HEADERS: { readonly [F in RowField]: readonly string[] } = {
  level1: ['一级指标', '一级指标名称', '一级'],
  level2: ['二级指标', '二级指标名称', '二级'],
  level3: ['三级指标', '三级指标名称', '三级', '具体指标', '指标名称', '绩效指标', '指标', '指标内容'],
  target: ['年度指标值', '指标值', '年度目标值', '预期目标值', '目标值', '年度绩效指标值', '绩效目标值', '全年指标值', '预期指标值', '当年预期实现值', '预期实现值', '年度预期目标值', '年初指标值', '年初目标值'],
  actual: ['实际完成值', '全年实际值', '实际值', '完成值', '全年实际完成值', '实际完成情况', '实际完成', '年度实际完成值', '完成情况', '全年完成值', '年度完成值'],
  weight: ['分值', '权重', '指标分值', '标准分值', '权重分', '权重(分)', '指标权重', '权数'],
  score: ['得分', '自评得分', '评分', '评价得分', '实际得分', '指标得分', '考评得分', '考核得分'],
  deviation: ['偏差原因分析及改进措施', '未完成原因分析', '偏差原因', '偏差原因分析', '未完成原因和改进措施', '偏差原因分析及改进措施说明', '原因分析', '原因', '偏差原因及改进措施', '扣分原因', '扣分原因说明', '未完成原因及改进措施', '得分原因', '扣分理由', '未完成原因及拟采取的改进措施', '偏差原因及拟采取的改进措施', '未完成原因及拟采取措施', '偏差原因及拟采取措施', '扣分原因和其他说明', '扣分原因及其他说明'],
  improvement: ['改进措施', '整改措施'],
  nature: ['指标性质', '指标值性质', '比较方式', '运算符号', '比较符号', '计算符号', '指标值类型', '指标类型(定量/定性)'],
  direction: ['指标方向', '指标方向性', '指标属性', '正反向'],
  unit: ['计量单位', '度量单位', '单位'],
  category: ['指标类别'],
  criteria: ['评分标准', '评分细则', '评分办法', '评分规则', '考核标准', '计分方法', '评分方法', '评价标准', '评分标准及方法', '指标说明及评分标准', '评分要点', '考核要点'],
  note: ['指标解释', '指标说明', '指标内涵', '备注', '说明'],
  initial: ['年初预算数', '年初预算'],
  adjusted: ['全年预算数', '全年预算', '调整后预算数', '调整后预算'],
  executed: ['全年执行数', '全年执行', '实际执行数', '执行数', '预算执行数'],
  rate: ['执行率', '预算执行率'],
}

/**
 * The labels of a budget section (资金情况): a row is a budget line when its level-1 or level-2 says one of these.
 *
 * @example
 * ```ts
 * import { BUDGET_SECTION_LABELS } from 'jixiao'
 * BUDGET_SECTION_LABELS.includes('预算执行率')
 * //=> true
 * ```
 */
export const BUDGET_SECTION_LABELS: readonly string[] = ['资金情况', '预算执行情况', '预算执行率', '项目资金', '资金投入', '预算资金执行情况', '预算执行']

/**
 * The budget lines of a section, by a word their label contains: 财政拨款 ("其中：当年财政拨款", "本年财政拨款", "财政资金"),
 * 上年结转 ("上年结转资金"), and 年度资金总额 (总额, 合计). Any other line (其他资金, 单位资金, 社会投入资金 …) is counted in
 * `other`, summed when there are several.
 *
 * @example
 * ```ts
 * import { BUDGET_LINE_LABELS } from 'jixiao'
 * BUDGET_LINE_LABELS.fiscal.includes('财政拨款')
 * //=> true
 * ```
 */
export const BUDGET_LINE_LABELS: { readonly [L in 'total' | 'fiscal' | 'carryOver']: readonly string[] } = {
  total: ['资金总额', '总额', '合计', '总计', '预算执行率', '执行率', '资金合计'],
  fiscal: ['财政拨款', '财政资金', '财政补助'],
  carryOver: ['结转'],
}

/**
 * Labels of a total line (总分, 合计): its 分值 is the declared total and its 得分 the printed total.
 *
 * @example
 * ```ts
 * import { TOTAL_LABELS } from 'jixiao'
 * TOTAL_LABELS.includes('总分')
 * //=> true
 * ```
 */
export const TOTAL_LABELS: readonly string[] = ['总分', '合计', '总计', '综合得分', '自评总分', '总得分', '合计得分']

/**
 * Labels of a subtotal line (小计): its 得分 is a printed subtotal of its group.
 *
 * @example
 * ```ts
 * import { SUBTOTAL_LABELS } from 'jixiao'
 * SUBTOTAL_LABELS.includes('小计')
 * //=> true
 * ```
 */
export const SUBTOTAL_LABELS: readonly string[] = ['小计']

/**
 * @internal Traditional characters of the headers above, folded one for one before matching (a sheet typed in
 * traditional script: 三級指標, 實際完成值, 全年預算數).
 */
export const HEADER_TRADITIONAL: Readonly<Record<string, string>> = {
  級: '级', 標: '标', 實: '实', 際: '际', 預: '预', 執: '执', 數: '数', 績: '绩', 優: '优', 進: '进', 計: '计', 單: '单',
  類: '类', 別: '别', 質: '质', 額: '额', 資: '资', 撥: '拨', 結: '结', 轉: '转', 總: '总', 評: '评', 現: '现', 場: '场',
  達: '达', 滿: '满', 務: '务', 專: '专', 項: '项', 條: '条', 説: '说', 說: '说', 偏: '偏', 調: '调', 後: '后', 礎: '础',
  產: '产', 應: '应', 經: '经', 濟: '济', 態: '态', 續: '续', 響: '响', 對: '对', 義: '义', 稱: '称', 內: '内', 容: '容',
  權: '权', 重: '重', 值: '值', 向: '向', 屬: '属', 測: '测', 量: '量', 位: '位', 備: '备', 註: '注',
}

/**
 * Headers of columns that carry no data of the tree (a row's number): not reported as unread.
 *
 * @example
 * ```ts
 * import { IGNORED_HEADERS } from 'jixiao'
 * IGNORED_HEADERS.includes('序号')
 * //=> true
 * ```
 */
export const IGNORED_HEADERS: readonly string[] = ['序号', '编号', '行号', '行次', 'No', 'No.', '#']
