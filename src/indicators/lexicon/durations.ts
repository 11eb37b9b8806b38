/**
 * Units of a 计量单位 column that, written after a bare number, would read as a date (12月 is December): the duration
 * they stand for, unless the indicator's name says it is a point in time. Source: the split-cell templates of
 * test/fixtures/tables/ and a trial on five more published tables ("服务期 ≥12, 月" is twelve months; "完成时间 12, 月" is
 * December).
 *
 * @module
 */

/** @internal The unit as written → the duration it stands for. */
export const DURATION_UNITS: Readonly<Record<string, string>> = { 月: '个月', 季度: '个季度', 季: '个季度', 日: '天', 号: '天', 旬: '个旬' }

/**
 * @internal Ends of indicator names that make the number a point in time ("完成时间", "开工日期", "验收节点"): there the
 * unit is joined as written (12 and 月 read 12月).
 */
export const POINT_IN_TIME_NAMES: readonly string[] = ['时间', '日期', '月份', '节点', '时点', '截止期']
