/**
 * Negation: the words that deny what follows ("未完成", "不合格", "没有达到"), and the words that begin with a negation
 * character but deny nothing (不断, 无障碍).
 *
 * @module
 */

/** @internal Words that negate what follows. */
export const NEGATIONS: readonly string[] = ['未', '不', '没', '无法', '尚未']

/** @internal The characters negation words begin or end with. */
export const NEGATION_CHARACTERS: ReadonlySet<string> = /*@__PURE__*/ new Set(['未', '不', '没', '无'])

/** @internal Words that begin with a negation character but deny nothing. */
export const NOT_NEGATING: readonly string[] = [
  '不断', '不仅', '不少于', '不低于', '不超过', '不高于', '不小于', '不大于', '无论', '不定期', '不良', '不动产', '未成年', '无障碍', '不合格率', '不规范率', '不满意率',
  '无公害', '无偿', '无纸化',
]

/** @internal What may stand between a negation and the word it denies ("未能按期完成", "没有明显提升"). */
export const FILLERS: readonly string[] = ['有', '能', '能够', '够', '按期', '按时', '及时', '如期', '明显', '有效', '全部', '全面', '再', '得到', '得', '曾', '予', '在']

/** @internal Words that say no data, not "none happened" (无法统计, 暂无数据). */
export const NO_DATA_WORDS: readonly string[] = ['无法', '暂无', '尚无', '无数据', '无从']

/** @internal "是否…" asks whether: it does not deny. */
export const WHETHER = '是否'
