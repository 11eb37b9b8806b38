/**
 * Where a unit ends inside a target: the characters and words of the target grammar that a measure word never runs
 * into. The target grammar passes these to the quantity lexer, which knows no target words of its own.
 *
 * @module
 */

/** @internal Characters that end a unit inside running text (grammar words start with them). */
export const UNIT_STOP_CHARACTERS: readonly string[] = [
  '以', '及', '或', '且', '和', '与', '含', '至', '到', '之', '左', '上', '下', '内', '前', '后', '底', '末', '不', '（', '(', '的',
  '每', '等', '为', '是', '未', '已', '完', '达', '比', '约', '超', '低', '高', '少', '多', '大', '小', '其', '中', '占', '增', '减', '提', '降', '同', '较', '、', '，', '。', '；',
]

/** @internal Words of the target grammar that end even an open unit word. */
export const UNIT_STOP_WORDS: readonly string[] = ['以上', '以下', '以内', '以外', '及以', '或以', '左右', '之间', '不', '前', '底', '内', '含', '至']

