/**
 * The words of the 年度指标值 grammar, as data. Boundary words follow
 * 《民法典》第一千二百五十九条: "以上、以下、以内、届满，包括本数；不满、超过、以外，不包括本数".
 *
 * @module
 */
import type { Comparator, QualitativeDirection, QualitativeStrength } from './types.js'

/** @internal Comparison words written before the number. */
export const PREFIX_COMPARATORS: Readonly<Record<string, Comparator>> = {
  '≥': '>=', '>=': '>=', '=>': '>=', '≥=': '>=',
  大于等于: '>=', 大于或等于: '>=', 不低于: '>=', 不少于: '>=', 不小于: '>=', 不得低于: '>=', 不得少于: '>=',
  至少: '>=', 最少: '>=', 达到: '>=', 达: '>=', 高于或等于: '>=', 多于或等于: '>=', 不低於: '>=',
  '≤': '<=', '<=': '<=', '=<': '<=',
  小于等于: '<=', 小于或等于: '<=', 不超过: '<=', 不高于: '<=', 不多于: '<=', 不大于: '<=', 不得超过: '<=', 不得高于: '<=',
  至多: '<=', 最多: '<=', 低于或等于: '<=', 控制在: '<=', 不超出: '<=', 少于或等于: '<=',
  '>': '>', 超过: '>', 高于: '>', 多于: '>', 大于: '>', 超出: '>',
  '<': '<', 不满: '<', 不足: '<', 低于: '<', 少于: '<', 小于: '<', 未满: '<', 不到: '<',
  '=': '=', '==': '=', 等于: '=', 为: '=',
  // a level to reach: "下降到4‰" is at most 4‰, "提高到95%" at least 95%
  下降到: '<=', 下降至: '<=', 降至: '<=', 降到: '<=', 降低到: '<=', 降低至: '<=', 减少到: '<=', 减少至: '<=', 压减至: '<=', 压缩至: '<=', 控制到: '<=',
  提高到: '>=', 提高至: '>=', 提升到: '>=', 提升至: '>=', 增长到: '>=', 增长至: '>=', 增加到: '>=', 增加至: '>=', 达至: '>=',
}

/** @internal Comparison words written after the number. */
export const SUFFIX_COMPARATORS: Readonly<Record<string, Comparator>> = {
  以上: '>=', 及以上: '>=', 或以上: '>=', 及其以上: '>=', 和以上: '>=', 含以上: '>=', '(含)以上': '>=', 以上含: '>=',
  以下: '<=', 及以下: '<=', 或以下: '<=', 及其以下: '<=', 和以下: '<=', 含以下: '<=', '(含)以下': '<=',
  以内: '<=', 之内: '<=', 内: '<=', 以内含: '<=',
}

/** @internal Words that make a number approximate: before (约) or after (左右). */
export const APPROXIMATE_PREFIXES: readonly string[] = ['大约', '大概', '约为', '约']
/** @internal */
export const APPROXIMATE_SUFFIXES: readonly string[] = ['左右', '上下']

/** @internal Neutral words before a number ("在90%以上", "保持在…"). */
export const NEUTRAL_PREFIXES: readonly string[] = ['保持在', '维持在', '稳定在', '在']

/** @internal Range separators between two numbers (also between two dates). */
export const RANGE_SEPARATORS: readonly string[] = ['-', '~', '至', '到'] // — and – are "-" after normalizeWidth

/** @internal Words that join two targets: either (any) or both (all). */
export const ANY_JOINERS: readonly string[] = ['或者', '或']
/** @internal */
export const ALL_JOINERS: readonly string[] = ['并且', '而且', '同时', '且', '并']

/** @internal Phrases meaning "on schedule", a deadline with no date. */
export const ON_SCHEDULE_PHRASES: readonly string[] = [
  '按期完成', '按时完成', '如期完成', '按计划完成', '按进度完成', '按期', '按时', '如期', '及时完成', '及时', '按计划', '按进度',
  '当年完成', '年内完成', '年度内完成', '按要求完成', '按时间节点完成', '按节点完成',
]

/**
 * @internal Text that says "on schedule" without a date: 按期, 按时, 及时, 按月, 在计划完成时间内 … (a negated or late
 * phrase is not: see {@link LATE_WORDS}).
 */
export const ON_SCHEDULE_PATTERN = /按期|按时|如期|按计划|按进度|按节点|按月|按季度?|按年度?|定期|(计划|规定|要求|约定).{0,6}(时间|期限|时限)(内|前)|时限内|及时/

/** @internal One qualitative word and what it means. */
export interface QualitativeWord {
  readonly word: string
  readonly direction: Exclude<QualitativeDirection, 'unknown'>
}

/** Qualitative words by direction, checked in this order (so 未发生 is absent before 发生 is looked at, and 降低 before 提高). */
const WORDS_BY_DIRECTION: readonly (readonly [Exclude<QualitativeDirection, 'unknown'>, readonly string[]])[] = [
  ['absent', ['未发生', '不发生', '无发生', '零发生', '杜绝', '没有', '无', '零', '否', '未出现', '不出现', '0起', '0次', '0件']],
  ['decrease', ['降低', '减少', '下降', '减轻', '缩短', '压缩', '遏制', '减小', '降至', '缩小', '减低']],
  [
    'increase',
    ['提升', '提高', '增强', '改善', '增加', '增长', '上升', '扩大', '优化', '完善', '加强', '加快', '促进', '增进', '推进', '丰富', '拓宽', '拓展', '增收', '增效', '高涨', '加大'],
  ],
  ['maintain', ['保持', '稳定', '维持', '持平', '不降低', '不下降']],
  [
    'attain',
    [
      '是', '达标', '合格', '合规', '不超', '控制在', '确保', '保障', '全覆盖', '覆盖', '应保尽保', '应援尽援', '应纳尽纳', '应收尽收', '完成', '符合', '严格执行',
      '执行', '落实', '良好', '优良', '优秀', '满意', '有效', '规范', '全部', '实现', '建成', '正常', '到位', '达到', '通过', '健全', '明显', '显著', '一致', '准确',
      '安全', '按规定', '有', '好',
    ],
  ],
]

let words: readonly QualitativeWord[] | undefined

/** @internal Qualitative words in the order they are checked (built on first use, so nothing runs at import). */
export function qualitativeWords(): readonly QualitativeWord[] {
  words ??= WORDS_BY_DIRECTION.flatMap(([direction, list]) => list.map((word) => ({ word, direction })))
  return words
}

/** @internal Words of work done only in part. */
export const PARTIAL_WORDS: readonly string[] = ['部分完成', '部分达成', '部分实现', '基本', '大部分', '未全部', '尚未全部', '正在', '推进中', '进行中', '一半', '过半', '大半', '初步']

/** @internal Words of work done late. */
export const LATE_WORDS: readonly string[] = ['逾期', '延期', '延迟', '滞后', '推迟', '超期', '未按期', '未按时', '未能按期', '不及时', '未及时', '未能及时', '没有及时', '不够及时', '不太及时', '迟']

/** @internal Words that begin with a negation character but deny nothing. */
export const NOT_NEGATING: readonly string[] = [
  '不断', '不仅', '不少于', '不低于', '不超过', '不高于', '不小于', '不大于', '无论', '不定期', '不良', '不动产', '未成年', '无障碍', '不合格率', '不规范率', '不满意率',
  '无公害', '无偿', '无纸化',
]

/** @internal Degree words and the strength they give. */
export const STRENGTH_WORDS: readonly (readonly [string, QualitativeStrength])[] = [
  ['显著', 'strong'], ['明显', 'strong'], ['大幅', 'strong'], ['大大', 'strong'], ['极大', 'strong'], ['全面', 'strong'],
  ['有效', 'moderate'], ['进一步', 'moderate'], ['持续', 'moderate'], ['不断', 'moderate'], ['稳步', 'moderate'], ['较大', 'moderate'],
  ['逐步', 'slight'], ['有所', 'slight'], ['略有', 'slight'], ['一定', 'slight'], ['逐年', 'slight'],
]

/** @internal Words that negate what follows ("未完成", "不合格", "没有达到"). */
export const NEGATIONS: readonly string[] = ['未', '不', '没', '无法', '尚未']
