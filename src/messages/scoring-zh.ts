/**
 * 评分引擎的中文消息表：每个得分说明、发现与错误代码的文字，读取时才生成。
 *
 * @module
 */
import { decimalText as n, percentText as percent } from './decimal-text.js'
import type { ScoringMessageTable } from './scoring-table.js'
import type { MeasuredSides, QualitativeLevel, UndecidedReason, VetoScope } from './scoring-details.js'
import type { Decimal } from '../numbers/decimal.js'
import { lookup } from '../own.js'

const LEVELS: Readonly<Record<QualitativeLevel, string>> = { achieved: '达成年度指标', partial: '部分达成并具有一定效果', 'not-achieved': '未达成且效果较差' }
const WHY: Readonly<Record<UndecidedReason, string>> = {
  'no-actual': '没有实际完成值',
  'no-target': '没有年度指标值',
  'needs-judgement': '文字未说明是否达成',
  'not-comparable': '实际完成值与指标值无法比较',
  'no-level': '定性指标未给出评价档次',
  'no-items': '未给出达标的子项',
  'no-rate': '没有预算执行数据',
  'criteria-unit': '评分标准的扣分单位与指标值的单位不符',
  'criteria-mismatch': '评分规则与指标不符（扣分方向、计数对象或指标方向）',
  'criteria-unread': '评分标准写有扣分办法，但无法读出',
  'unit-ambiguous': '实际完成值没有单位，不能确定是否与指标值同一单位',
  'reduction-ambiguous': '指标值是降幅，实际完成值未说明是降幅还是水平值',
  'period-differs': '指标值与实际完成值按不同的周期计数（每月、每季度、全年）',
  'negative-target': '指标值为负数，不能按比例计分',
  'actual-vague': '实际完成值只说了大约（“100余万元”“近95%”“次年1月”），不能确定是否达成或完成多少',
  'ratio-ambiguous': '比例指标写了比较词（≤1:20），各表对哪一项按哪一项计写法不一',
}
const NOT_APPLICABLE: Readonly<Record<string, string>> = { flag: '标记为不适用', target: '年度指标值为不适用', actual: '实际完成值为不适用', 'zero-budget': '预算数为0' }
const SCOPES: Readonly<Record<VetoScope, string>> = { indicator: '本指标', level2: '所属二级指标', level1: '所属一级指标', total: '总分' }
const name = (s: string): string => (s === '' ? '（未命名）' : `“${s}”`)
const full = (w: Decimal): string => `（满分${n(w)}分）`
const sides = (d: MeasuredSides): string => (d.a !== undefined && d.t !== undefined ? `${n(d.a)}÷${n(d.t)}` : '')
const actual = (d: MeasuredSides): string => `实际完成值${d.actual}`

/**
 * The Chinese texts of the scoring engine.
 *
 * @example
 * ```ts
 * import { scoringZh, parseNumber } from 'jixiao'
 * scoringZh.scores.RATE({ weight: parseNumber('20'), score: parseNumber('19.6'), rate: parseNumber('0.98'), actual: '98%', target: '100%' })
 * //=> '实际完成值98%，按实际完成率98%计 19.6 分（满分20分）'
 * ```
 */
export const scoringZh: ScoringMessageTable = {
  scores: {
    MET: (d) => `${actual(d)}，达到指标值${d.target}，得满分${n(d.weight)}分`,
    PROPORTIONAL: (d) => `${actual(d)}，未达到指标值${d.target}，按完成比例 ${sides(d) || percent(d.ratio)} 计 ${n(d.score)} 分${full(d.weight)}`,
    EQUAL: (d) => `${actual(d)}，未达到指标值${d.target}，按完成比例 ${sides(d) || percent(d.ratio)} 计 ${n(d.score)} 分${full(d.weight)}`,
    REVERSE_RATIO: (d) => {
      const formula = d.a !== undefined && d.t !== undefined ? `${n(d.t)}÷${n(d.a)}` : percent(d.ratio)
      return `${actual(d)}，未达到指标值${d.target}（逆向指标），按 ${formula} 计 ${n(d.score)} 分${full(d.weight)}`
    },
    REVERSE_LINEAR: (d) => {
      const formula = d.a !== undefined && d.t !== undefined ? `1−(${n(d.a)}−${n(d.t)})÷${n(d.t)}` : percent(d.ratio)
      return `${actual(d)}，未达到指标值${d.target}（逆向指标），按 ${formula} 计 ${n(d.score)} 分${full(d.weight)}`
    },
    ZERO_TARGET: (d) =>
      d.per === undefined
        ? `${actual(d)}，指标值为${d.target}（不应发生），计0分${full(d.weight)}`
        : `${actual(d)}，指标值为${d.target}（不应发生），每${n(d.step ?? '1')}扣${n(d.per)}分，计 ${n(d.score)} 分${full(d.weight)}`,
    MISSED: (d) => `${actual(d)}，未达到指标值${d.target}，计 ${n(d.score)} 分${full(d.weight)}`,
    RATE: (d) => `${actual(d)}，按实际完成率${percent(d.rate)}计 ${n(d.score)} 分${full(d.weight)}`,
    QUALITATIVE: (d) =>
      `${d.actual === '' ? '' : `实际完成情况“${d.actual}”，`}对照指标值“${d.target}”，${d.judged ? '评价人评为' : '评为'}${LEVELS[d.level]}，计 ${n(d.score)} 分${full(d.weight)}${d.reason === undefined ? '' : `：${d.reason}`}`,
    DEADLINE_LATE: (d) => `实际完成情况“${d.actual}”，未在指标值“${d.target}”的期限内完成，计 ${n(d.score)} 分${full(d.weight)}`,
    BUDGET_EXECUTION: (d) =>
      d.executed === '—' && d.adjusted === '—'
        ? `按填报的执行率${percent(d.rate.toDecimalPlaces(4, 4))}计 ${n(d.score)} 分${full(d.weight)}`
        : `全年执行数${d.executed}÷全年预算数${d.adjusted}，执行率${percent(d.rate.toDecimalPlaces(4, 4))}，计 ${n(d.score)} 分${full(d.weight)}`,
    DEDUCTION: (d) =>
      d.floor !== undefined
        ? `${actual(d)}，按评分标准“${d.criteria}”（${d.floor}），计 0 分${full(d.weight)}`
        : `${actual(d)}，按${d.from === 'rule' ? '规则' : '评分标准'}“${d.criteria}”扣 ${n(d.deducted)} 分（${n(d.count)}×${n(d.per)}），计 ${n(d.score)} 分${full(d.weight)}`,
    CHECKLIST: (d) => `${d.items}项中${d.met.length}项达标${d.met.length === 0 ? '' : `（${d.met.join('、')}）`}，计 ${n(d.score)} 分${full(d.weight)}`,
    STEP: (d) => `${actual(d)}，落在“${d.band}”档，计 ${n(d.score)} 分${full(d.weight)}`,
    COMPOUND: (d) => `${actual(d)}，对照复合指标值${d.target}（${d.mode === 'any' ? '达成其一即可' : '须全部达成'}），按完成比例${percent(d.ratio.toDecimalPlaces(4, 4))}计 ${n(d.score)} 分${full(d.weight)}`,
    CUSTOM: (d) => `按规则“${d.rule}”计 ${n(d.score)} 分${full(d.weight)}${d.note === undefined ? '' : `：${d.note}`}`,
    NOT_APPLICABLE: (d) => `不适用（${lookup(NOT_APPLICABLE, d.reason) ?? d.reason}），不计分`,
    UNDECIDED: (d) =>
      d.actual === '' || d.target === ''
        ? `${WHY[d.why]}，无法自动计分，需人工评定`
        : `实际完成值“${d.actual}”对照指标值“${d.target}”无法自动判定（${WHY[d.why]}），需人工评定`,
  },
  after: {
    penalty: (p, score) =>
      p.kind === 'veto'
        ? `；因“${p.by}”一票否决，计0分`
        : p.mode === 'zero'
          ? `；完成值为指标值的${percent(p.performance.toDecimalPlaces(4, 4))}，达到${percent(p.threshold)}，按政策计0分`
          : `；完成值为指标值的${percent(p.performance.toDecimalPlaces(4, 4))}，超过${percent(p.threshold)}，按偏离度调减为 ${n(score)} 分`,
    adjustment: (a) => `；评价人调整为 ${n(a.score)} 分（${a.reason}）`,
  },
  issues: {
    DEVIATION_REASON_MISSING: (d) => `指标${name(d.name)}得分${d.score}分，低于分值${d.weight}分，未说明偏差原因`,
    OVER_ACHIEVEMENT: (d) =>
      `指标${name(d.name)}实际完成值${d.actual}为指标值${d.target}的${percent(d.performance)}，达到${percent(d.threshold)}，` +
      (d.penalty === 'none' ? '请复核年初指标值是否设定偏低' : d.penalty === 'zero' ? '按政策计0分' : '按偏离度调减分值'),
    SCORE_UNDECIDED: (d) =>
      d.actual === '' || d.target === ''
        ? `指标${name(d.name)}的得分无法自动判定（${WHY[d.why]}），需人工评定`
        : `指标${name(d.name)}的得分无法自动判定（${WHY[d.why]}：“${d.actual}”对照“${d.target}”），需人工评定`,
    SCORE_ADJUSTED: (d) => `指标${name(d.name)}按评价人调整计${d.adjusted}分${d.computed === null ? '' : `（按规则计算为${d.computed}分）`}：${d.reason}`,
    SCORE_VETOED: (d) => `指标${name(d.name)}未达成，一票否决：${SCOPES[d.scope]}计0分`,
    PRINTED_SCORE_MISMATCH: (d) => `指标${name(d.name)}填报得分${d.printed}分，按规则计算为${d.computed}分，填报${d.difference.startsWith('-') ? `少${d.difference.slice(1)}` : `多${d.difference}`}分`,
    PRINTED_SCORE_ABOVE_WEIGHT: (d) => `指标${name(d.name)}填报得分${d.printed}分，超过分值${d.weight}分`,
    PRINTED_SUBTOTAL_MISMATCH: (d) => `${name(d.name)}的填报小计${d.printed}分，与${d.against === 'printed' ? '各行填报得分' : '计算得分'}之和${d.sum}分不符`,
    PRINTED_TOTAL_MISMATCH: (d) => `填报总分${d.printed}分，与${d.against === 'printed' ? '各项填报得分之和' : '计算总分'}${d.sum}分不符`,
    WEIGHTS_NOT_TOTAL: (d) => `各项分值合计${d.weight}分，与总分${d.total}分不符`,
    SCORING_INPUT_INVALID: (d) => {
      switch (d.reason) {
        case 'not-an-evaluation': return '输入不是指标体系（请先用 defineEvaluation 或 evaluationFromRows 建立）'
        case 'no-weights': return '指标体系没有分值，无法计分'
        case 'weight-missing': return `指标${name(d.name ?? '')}没有分值，无法计分`
        case 'option': return `选项“${d.option ?? ''}”不对`
        case 'adjustment-above-weight': return `指标${name(d.name ?? '')}的调整后得分超过评分政策给出的分值`
      }
    },
    POLICY_INVALID: (d, w) => {
      const at = w.path.length === 0 ? '' : `（${w.path.join('.')}）`
      switch (d.reason) {
        case 'type': return `评分政策类型不对${at}：应为 ${d.expected ?? ''}，实为 ${d.received ?? ''}`
        case 'unknown-key': return `评分政策有未知的字段“${d.key ?? ''}”${at}`
        case 'value': return `评分政策取值不对${at}：应为 ${d.expected ?? ''}${d.received === undefined ? '' : `，实为 ${d.received}`}`
        case 'bands-overlap': return `评分政策的分档重叠${at}：${d.expected ?? ''}`
        case 'bands-gap': return `评分政策的分档不连续${at}：${d.expected ?? ''}`
        case 'rule-unknown': return `评分政策引用了未定义的规则“${d.key ?? ''}”${at}`
        case 'base': return '评分政策的基础政策不对'
      }
    },
    RULE_UNKNOWN: (d) => `指标${name(d.name)}的评分规则“${d.rule}”在评分政策中没有定义`,
    RULE_FAILED: (d) =>
      `指标${name(d.name)}的自定义规则“${d.rule}”` + (d.reason === 'threw' ? `执行出错${d.message === undefined ? '' : `：${d.message}`}` : d.reason === 'out-of-range' ? '返回的得分超出0至分值的范围' : '返回的不是数字'),
    JUDGEMENT_INVALID: (d) => {
      const at = `评价意见（${d.id}）`
      switch (d.reason) {
        case 'unknown-id': return `${at}：没有这个指标`
        case 'outside-band': return `${at}：得分${d.score ?? ''}分不在所评档次的区间${d.band ?? ''}内`
        case 'above-weight': return `${at}：得分${d.score ?? ''}分超过分值`
        case 'negative': return `${at}：得分${d.score ?? ''}分为负数`
        case 'not-a-number': return `${at}：得分不是数字`
        case 'no-reason': return `${at}：给出了得分但没有说明理由`
        case 'unknown-item': return `${at}：没有子项“${d.item ?? ''}”`
        case 'level': return `${at}：档次应为 achieved、partial 或 not-achieved`
        case 'not-qualitative': return `${at}：评价档次只用于定性指标，或规则无法判定的指标`
        case 'not-checklist': return `${at}：子项只用于子项核查的指标`
        case 'no-level': return `${at}：给出了得分但没有评价档次`
        case 'unreadable': return `${at}：无法读取（读取时出错）`
        case 'not-applicable': return `${at}：该指标不适用，不计分`
      }
    },
  },
  grade: (g) => g,
}
