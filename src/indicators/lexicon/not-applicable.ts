/**
 * Words that mark an indicator not applicable (不适用) when a target or an actual value is written with nothing else.
 * Source: the 填报说明 of published 自评表 ("不适用的指标填写'不适用'", "无此项"), and 财预〔2020〕10号 practice of
 * scaling the total of the applicable indicators to 100.
 *
 * @module
 */

/**
 * The words. A cell is 不适用 when, spaces left out, it is one of them, or begins with one followed by punctuation or a
 * bracket that explains it ("不适用（本年度无此项业务）", "无此项，不计分").
 *
 * @example
 * ```ts
 * import { NOT_APPLICABLE_WORDS } from 'jixiao'
 * NOT_APPLICABLE_WORDS.includes('不适用')
 * //=> true
 * ```
 */
export const NOT_APPLICABLE_WORDS: readonly string[] = ['不适用', '无此项', '不涉及', '未涉及', '本项不适用', '此项不适用', '无此指标', '不适用本项', '本年度不涉及', '本年不涉及', '本年度无此项', '本年度无此项业务', '本年度不适用', 'N/A', 'n/a', 'NA']
