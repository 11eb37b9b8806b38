/**
 * What a 指标性质 / 指标方向 / 比较方式 column writes when a template splits a target into comparator, number and unit
 * (指标性质 "≥", 指标值 "90", 计量单位 "%"): a comparison that goes before the value. Source: provincial 绩效目标表
 * templates (广东, 四川 and others) whose 指标性质 column takes ≥, ≤, ＝, 定性; the words are those of the target
 * grammar's comparator lexicon (targets/lexicon/comparators.ts).
 *
 * @module
 */

/** @internal The comparator cells, width-normalised. */
export const COMPARATOR_CELLS: readonly string[] = [
  '≥', '≤', '>', '<', '=', '>=', '<=', '≧', '≦', '≮', '≯',
  '大于等于', '小于等于', '大于', '小于', '等于', '不低于', '不高于', '不少于', '不多于', '不超过', '不小于', '不大于', '达到', '约', '至少', '最多',
]

/**
 * @internal Cells a table marks empty: "/", "-", "—", "——", "无" in a number or target cell (the Sichuan template's "/"
 * in 权重 and 得分 of the budget's sub-lines, Anhui's "-" for funds not used).
 */
export const EMPTY_CELLS: readonly string[] = ['/', '-', '—', '——', '－', '–', '/ ', '／', '\\']

/** @internal A template's placeholder for an indicator left unfilled: "……", "…", "指标2", "指标2:", "指标N：". */
export const PLACEHOLDER = /^(?:[.…。·]+|指标\d*[:：]?|\.\.\.)$/u

/**
 * @internal Units of a 计量单位 column that, written after a number, would read as a date: the duration they stand for.
 * A unit column says what the number counts ("服务期 ≥12, 月" is twelve months, not December).
 */
export const DURATION_UNITS: Readonly<Record<string, string>> = { 月: '个月', 季度: '个季度', 季: '个季度', 日: '天', 号: '天', 旬: '个旬' }
