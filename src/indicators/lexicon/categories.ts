/**
 * The level-2 categories (二级指标) of the national layouts, and which of them are quantitative.
 *
 * Sources: 财政部《项目支出绩效评价管理办法》（财预〔2020〕10号）附件 (产出: 数量 / 质量 / 时效 / 成本; 效益: 经济效益 / 社会效益 /
 * 生态效益 / 可持续影响; 满意度: 服务对象满意度), and the 2021 national 绩效目标表 layout with 成本指标 as a level-1 of
 * 经济成本 / 社会成本 / 生态环境成本.
 *
 * @module
 */

/**
 * The known categories, as the library writes them (the short form: "数量指标" is 数量).
 *
 * @example
 * ```ts
 * import { INDICATOR_CATEGORIES } from 'jixiao'
 * INDICATOR_CATEGORIES.includes('满意度')
 * //=> true
 * ```
 */
export const INDICATOR_CATEGORIES: readonly string[] = [
  '数量',
  '质量',
  '时效',
  '成本',
  '经济成本',
  '社会成本',
  '生态环境成本',
  '经济效益',
  '社会效益',
  '生态效益',
  '可持续影响',
  '满意度',
]

/** @internal Longer forms that name a category: "服务对象满意度指标" is 满意度, "生态环境效益" is 生态效益. */
export const CATEGORY_ALIASES: Readonly<Record<string, string>> = {
  服务对象满意度: '满意度',
  社会公众满意度: '满意度',
  群众满意度: '满意度',
  生态环境效益: '生态效益',
  可持续影响力: '可持续影响',
  可持续发展: '可持续影响',
  生态成本: '生态环境成本',
}

/**
 * Categories whose targets are numbers with units: a qualitative target or a number without a unit there is a warning.
 *
 * @example
 * ```ts
 * import { QUANTITATIVE_CATEGORIES } from 'jixiao'
 * QUANTITATIVE_CATEGORIES.includes('数量')
 * //=> true
 * ```
 */
export const QUANTITATIVE_CATEGORIES: readonly string[] = ['数量', '成本', '经济成本']

/** @internal Categories that are costs: lower is better when nothing else says. */
export const COST_CATEGORIES: readonly string[] = ['成本', '经济成本', '社会成本', '生态环境成本']
