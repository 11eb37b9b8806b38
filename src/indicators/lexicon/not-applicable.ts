/**
 * Words that mark an indicator not applicable (不适用) when a target or an actual value is written with nothing else.
 * Source: the 填报说明 of published 自评表 ("不适用的指标填写'不适用'", "无此项"), and 财预〔2020〕10号 practice of
 * scaling the total of the applicable indicators to 100.
 *
 * @module
 */

/**
 * The words, compared with the cell stripped of spaces and trailing punctuation.
 *
 * @example
 * ```ts
 * import { NOT_APPLICABLE_WORDS } from 'jixiao'
 * NOT_APPLICABLE_WORDS.includes('不适用')
 * //=> true
 * ```
 */
export const NOT_APPLICABLE_WORDS: readonly string[] = ['不适用', '无此项', '不涉及', '本项不适用', '此项不适用', '无此指标', '不适用本项', 'N/A', 'n/a', 'NA']
