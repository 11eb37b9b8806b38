/**
 * The words of targets and actual values in words: which way they point, how strongly, and whether the work was done
 * late or in part. Sources: the phrases of the fixtures (published 绩效目标表 and 自评表, cited there); the three bands of
 * 财预〔2020〕10号 (达成年度指标 / 部分达成 / 未达成) for the words that state attainment.
 *
 * @module
 */
import type { QualitativeDirection, QualitativeStrength } from '../types.js'

/**
 * @internal Qualitative words by direction, checked in this order (so 未发生 is absent before 发生 is looked at, and 降低
 * before 提高).
 */
export const WORDS_BY_DIRECTION: readonly (readonly [Exclude<QualitativeDirection, 'unknown'>, readonly string[]])[] = [
  ['absent', ['未发生', '不发生', '无发生', '零发生', '杜绝', '没有', '无', '零', '否', '未出现', '不出现', '0起', '0次', '0件']],
  ['decrease', ['负增长', '下滑', '下跌', '萎缩', '降低', '减少', '下降', '减轻', '缩短', '压缩', '遏制', '减小', '降至', '缩小', '减低']],
  [
    'increase',
    ['提升', '提高', '增强', '改善', '增加', '增长', '上升', '扩大', '优化', '完善', '加强', '加快', '促进', '增进', '推进', '丰富', '拓宽', '拓展', '增收', '增效', '高涨', '加大'],
  ],
  ['maintain', ['保持', '稳定', '维持', '持平', '不降低', '不下降']],
  [
    'attain',
    [
      // words that state attainment, as filled tables write them against a target in words
      '达成', '达到预期', '符合要求', '符合预期', '已实现',
      '是', '达标', '合格', '合规', '不超', '控制在', '确保', '保障', '全覆盖', '覆盖', '应保尽保', '应援尽援', '应纳尽纳', '应收尽收', '完成', '符合', '严格执行',
      '执行', '落实', '良好', '优良', '优秀', '满意', '有效', '规范', '全部', '实现', '建成', '正常', '到位', '达到', '通过', '健全', '明显', '显著', '一致', '准确',
      '安全', '按规定', '有', '好',
    ],
  ],
]

/** @internal "应保尽保", "应补尽补", "应收尽收": every one who should is covered, a pattern of attainment. */
export const ALL_WHO_SHOULD = /应(.)尽\1/

/**
 * @internal Words that state the target was met, as filled tables write them in the actual column against any target
 * ("超额完成" against 400, "达成预期指标" against "效果明显"): the evaluator's own verdict, taken as met. The whole
 * phrase must say so ("已完成招标" says only that a step is done), with 已 or a word of how (超额, 全部) or what (目标, 指标):
 * a bare "完成" against a number is left to a person.
 */
export const STATED_ATTAINMENT = /^(?:(?:已经?|均已)(?:全部|全面|超额|按期|如期|顺利)?|(?:全部|全面|超额|按期|如期|顺利))(?:完成|达成|达到|实现)了?(?:(?:预期|年度|全年)?(?:目标|指标|任务|目标任务|要求|指标值|目标值))?$|^(?:完成|达成|达到|实现)(?:预期|年度|全年)?(?:目标|指标|任务|目标任务|要求|指标值|目标值)$|^(?:已|均)?(?:达标|符合要求|达到要求)$/

/** @internal Words of work done only in part. */
export const PARTIAL_WORDS: readonly string[] = ['时间进度', '序时进度', '部分完成', '部分达成', '部分实现', '部分落实', '部分达到', '部分建成', '部分', '略有', '稍有', '有所', '有待', '仍需', '尚需', '尚待', '不够', '有一定', '有限', '不力', '欠规范', '欠完善', '欠缺', '存在问题', '存在不足', '基本', '大部分', '未全部', '尚未全部', '正在', '推进中', '进行中', '一半', '过半', '大半', '初步']

/** @internal Words of work done late. */
export const LATE_WORDS: readonly string[] = ['逾期', '延期', '延迟', '滞后', '推迟', '超期', '未按期', '未按时', '未能按期', '不及时', '未及时', '未能及时', '没有及时', '不够及时', '不太及时', '迟']

/** @internal Degree words and the strength they give. */
export const STRENGTH_WORDS: readonly (readonly [string, QualitativeStrength])[] = [
  ['显著', 'strong'], ['明显', 'strong'], ['大幅', 'strong'], ['大大', 'strong'], ['极大', 'strong'], ['全面', 'strong'],
  ['有效', 'moderate'], ['进一步', 'moderate'], ['持续', 'moderate'], ['不断', 'moderate'], ['稳步', 'moderate'], ['较大', 'moderate'],
  ['逐步', 'slight'], ['有所', 'slight'], ['略有', 'slight'], ['一定', 'slight'], ['逐年', 'slight'],
]
