/**
 * What a 指标性质 / 指标方向 / 比较方式 column writes when a template splits a target into comparator, number and unit
 * (指标性质 "≥", 指标值 "90", 计量单位 "%"): a comparison that goes before the value, or a polarity. Source: provincial
 * 绩效目标表 templates (广东, 四川 and others) whose 指标性质 column takes ≥, ≤, ＝, 定性, and whose 指标方向性 column takes
 * 正向指标 / 反向指标; the comparison words are those of the target grammar's lexicon (targets/lexicon/comparators.ts).
 *
 * @module
 */

/** @internal The comparator cells, width-normalised. */
export const COMPARATOR_CELLS: readonly string[] = [
  '≥', '≤', '>', '<', '=', '>=', '<=', '≧', '≦', '≮', '≯',
  '大于等于', '小于等于', '大于', '小于', '等于', '不低于', '不高于', '不少于', '不多于', '不超过', '不小于', '不大于', '达到', '约', '至少', '最多',
]

/**
 * The words a table writes for an indicator's polarity, and what they say. One list for the JSON input, the rows reader
 * and the reading of polarity.
 *
 * @example
 * ```ts
 * import { POLARITY_NAMES } from 'jixiao'
 * POLARITY_NAMES['反向指标']
 * //=> 'negative'
 * ```
 */
export const POLARITY_NAMES: Readonly<Record<string, 'positive' | 'negative'>> = {
  positive: 'positive',
  negative: 'negative',
  正向: 'positive',
  正向指标: 'positive',
  反向: 'negative',
  反向指标: 'negative',
  逆向: 'negative',
  逆向指标: 'negative',
  负向: 'negative',
  负向指标: 'negative',
}

/**
 * @internal What a 计量单位 cell writes when it is no unit: the indicator is words (定性), or the cell is left empty.
 */
export const NOT_UNITS: readonly string[] = ['无', '是/否', '是或否', '定性', '/', '-', '—', '——', '－', '／']
