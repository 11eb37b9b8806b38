/**
 * Comparison words of the 年度指标值 grammar. Boundary words follow 《民法典》第一千二百五十九条: "以上、以下、以内、届满，
 * 包括本数；不满、超过、以外，不包括本数" (and 《刑法》第九十九条 for 以上/以下/以内). The symbols ≮ (not less than) and ≯
 * (not more than) of standards tables are read as ≥ and ≤ by `normalizeWidth`.
 *
 * @module
 */
import type { Comparator } from '../types.js'

/**
 * @internal Comparison words written before the number. "下降到4‰" is at most 4‰ and "提高到95%" at least 95%: a level
 * to reach is a bound.
 */
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
  // a negated comparison with a modal verb: "不应小于" is at least, "不得大于" at most
  不应小于: '>=', 不应低于: '>=', 不应少于: '>=', 不得小于: '>=', 不宜低于: '>=', 不宜少于: '>=', 不能低于: '>=', 不能少于: '>=', 不应短于: '>=',
  不应大于: '<=', 不应高于: '<=', 不应多于: '<=', 不应超过: '<=', 不得大于: '<=', 不得多于: '<=', 不宜超过: '<=', 不宜大于: '<=', 不宜高于: '<=', 不能超过: '<=', 不能高于: '<=', 不应长于: '<=',
  超越: '>',
  // 超 denied is at most: 不超5%, 不得超, 严禁超, 未超 (超 alone before a number is more than)
  不超: '<=', 不得超: '<=', 严禁超: '<=', 未超: '<=', 不能超: '<=', 不准超: '<=', 严禁超过: '<=', 未超过: '<=', 不准超过: '<=', 严禁超出: '<=', 不得超出: '<=',
  下降到: '<=', 下降至: '<=', 降至: '<=', 降到: '<=', 降低到: '<=', 降低至: '<=', 减少到: '<=', 减少至: '<=', 压减至: '<=', 压缩至: '<=', 控制到: '<=',
  提高到: '>=', 提高至: '>=', 提升到: '>=', 提升至: '>=', 增长到: '>=', 增长至: '>=', 增加到: '>=', 增加至: '>=', 达至: '>=',
}

/** @internal Comparison words written after the number (以上 and 以下 include it; 以内 and 之内 too). */
export const SUFFIX_COMPARATORS: Readonly<Record<string, Comparator>> = {
  以上: '>=', 及以上: '>=', 或以上: '>=', 及其以上: '>=', 和以上: '>=', 含以上: '>=', '(含)以上': '>=', 以上含: '>=',
  以下: '<=', 及以下: '<=', 或以下: '<=', 及其以下: '<=', 和以下: '<=', 含以下: '<=', '(含)以下': '<=',
  以内: '<=', 之内: '<=', 内: '<=', 以内含: '<=',
}

/**
 * @internal Comparison words that are one only right before a number ("超98%" is more than 98%); elsewhere they begin
 * words of their own (超标, 超额, 超期).
 */
export const NUMBER_BOUND_PREFIXES: Readonly<Record<string, Comparator>> = { 超: '>' }

/**
 * @internal Words of reaching that say no boundary when the value is approximate: "达到30.5微克/立方米左右" is about 30.5,
 * whichever way the indicator points (its polarity decides), not at least 30.5.
 */
export const REACH_WORDS: readonly string[] = ['达到', '达', '达至']

/** @internal Comparison words that, between words, compare with something a person must look up ("高于全国平均水平"). */
export const WORD_COMPARATORS: readonly string[] = ['不低于', '不高于', '不少于', '不超过', '高于', '低于', '超过', '多于', '少于', '大于', '小于', '优于', '好于', '快于', '慢于']

/**
 * @internal Words that end in 达 but say no "reach": 下达 (issue), 传达, 送达, 抵达, 到达, 通达, 表达, 发达, 转达, 直达, 雷达. The
 * 达 of them is part of the word, never a comparison ("不超过上级下达预算的5%" is at most 5%).
 */
export const WORDS_ENDING_IN_REACH: readonly string[] = ['下达', '传达', '送达', '抵达', '到达', '通达', '表达', '发达', '转达', '直达', '雷达', '上达', '签达']

/** @internal "Not equal" (不等于, ≠) has no place among the comparisons of a target, and must not read as its opposite. */
export const UNEQUAL_WORDS: readonly string[] = ['不等于', '不为', '≠', '!=', '<>']

/** @internal Words that make a number approximate, before it (约) … */
export const APPROXIMATE_PREFIXES: readonly string[] = ['大约', '大概', '约为', '约', '≈']
/** @internal … and after it (左右). */
export const APPROXIMATE_SUFFIXES: readonly string[] = ['左右', '上下']

/** @internal Neutral words before a number ("在90%以上", "保持在…"). */
export const NEUTRAL_PREFIXES: readonly string[] = ['保持在', '维持在', '稳定在', '保持', '维持', '在']

/**
 * @internal Words that begin with a comparison word but are not one, read as they stand (达标, 不到位, 不足额 …): a
 * comparison word at the start of a phrase governs its number ("不低于中央投资30%") unless it is one of these.
 */
export const GLUED_PREFIXES: readonly string[] = ['达标', '不到位', '不足额', '达成', '达效', '超过期', '超出预算', '超支']

/**
 * @internal Verbs between a comparison word and its number that the comparison still governs ("至少办1所", "不少于新建3座"):
 * at most this many characters of words.
 */
export const GOVERNED_VERB_LENGTH = 3

/** @internal How indicator names end (率, 度, 比 …): a comparison word inside one is part of the name. */
export const NAME_ENDINGS: readonly string[] = ['率', '度', '比', '占比', '比例', '比重', '系数', '指数']

/**
 * @internal Words after which a minus sign is a sign ("增长-2%", "同比-5%"): changes and differences may be negative;
 * after any other name ("完成率-100%") the dash is a separator.
 */
export const CHANGE_WORDS: readonly string[] = ['增长', '增幅', '增速', '增加', '增减', '同比', '环比', '较上年', '比上年', '变动', '变化', '差额', '差值', '偏差', '降幅']

/**
 * @internal What a share is of, written before it with 的: "达到全省平均的80%" is at least 80% of 全省平均. The words
 * between the comparison and the number name the benchmark when they end with 的.
 */
export const REFERENCE_MARK = '的'

/**
 * @internal Verbs before a benchmark with no comparison word ("已完成工程量的80%", "完成全年900万人目标的77%"): the words
 * after the last of them, up to 的, name what the share is of.
 */
export const REFERENCE_VERBS: readonly string[] = ['实际完成', '已完成', '完成', '达到', '占', '在其', '相当于']
