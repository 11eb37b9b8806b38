/**
 * 中文消息表：每个错误代码与每种判断的文字，读取时才生成。
 *
 * @module
 */
import { own } from '../own.js'
import { ratioText } from './decimal-text.js'
import type { TargetTextProblem } from './issue-details.js'
import type { IssueContext, MessageTable } from './table.js'

const at = (where: IssueContext): string => (where.span === undefined ? '' : `第${where.span.start + 1}个字符起：`)
const unitName = (unit: string): string => (unit === '' ? '（无单位）' : unit)
const verdict = (met: boolean | null): string => (met === null ? '需人工判断' : met ? '已达成' : '未达成')
const RULES = { 'higher-is-better': '正向（越高越好）', 'lower-is-better': '逆向（越低越好）', 'close-to': '接近即可' } as const

/**
 * The Chinese texts.
 *
 * @example
 * ```ts
 * import { zh } from 'jixiao'
 * zh.issues.NUMBER_EMPTY({}, { path: [] })
 * //=> '数字为空'
 * ```
 */
export const zh: MessageTable = {
  issues: {
    NUMBER_EMPTY: () => '数字为空',
    NUMBER_NOT_FOUND: (d, w) => (d.received !== 'string' ? `应为文本，实为${d.received}` : `“${w.input ?? ''}”中没有可读的数字`),
    NUMBER_MALFORMED: (d) => zh.numberProblems[d.reason](d.text, d.word ?? ''),
    NUMBER_TRAILING_TEXT: (d) => `数字后有多余的文字“${d.rest}”`,
    NUMBER_INVALID_VALUE: (d) => `“${d.value}”不是有限的数`,
    QUANTITY_EMPTY: () => '数量为空',
    QUANTITY_NOT_FOUND: (d, w) => (d.received !== 'string' ? `应为文本，实为${d.received}` : `“${w.input ?? ''}”中没有可读的数量`),
    QUANTITY_MALFORMED: (d) =>
      d.reason === 'not-finite'
        ? `数量“${d.text}”不是有限的数`
        : zh.numberProblems[d.reason](d.text, d.word ?? ''),
    QUANTITY_UNKNOWN_UNIT: (d) => `无法识别单位“${d.rest}”（目标值请用 parseTarget）`,
    QUANTITY_INCOMPATIBLE_UNITS: (d) => `单位“${unitName(d.from)}”与“${unitName(d.to)}”不能相互换算`,
    TARGET_EMPTY: (d) => (d.received !== 'string' ? `年度指标值应为文本，实为${d.received}` : '年度指标值为空'),
    TARGET_UNKNOWN_COMPARATOR: (d, w) => `年度指标值“${w.input ?? ''}”${at(w)}${textProblem({ code: 'TARGET_UNKNOWN_COMPARATOR', details: d })}`,
    TARGET_MALFORMED: (d, w) => `年度指标值“${w.input ?? ''}”${at(w)}${textProblem({ code: 'TARGET_MALFORMED', details: d })}`,
    TARGET_INVALID: (d, w) =>
      w.input === undefined ? zh.dataProblems[d.reason](d.field ?? w.path.join('.'), d.value ?? '') : `年度指标值“${w.input}”${at(w)}${textProblem({ code: 'TARGET_INVALID', details: d })}`,
    TARGET_UNIT_MISMATCH: (d, w) => `年度指标值“${w.input ?? ''}”${at(w)}${textProblem({ code: 'TARGET_UNIT_MISMATCH', details: d })}`,
    ACTUAL_MALFORMED: (d, w) => {
      const text = w.input ?? ''
      if (d.reason === 'unreadable') return `实际完成值“${text}”${at(w)}${textProblem(d.cause)}`
      if (d.reason === 'empty') return `实际完成值“${text}”为空`
      if (d.reason === 'range') return `实际完成值“${text}”应为一个值，不能是区间`
      return zh.dataProblems[d.reason](own(d as { field?: string }, 'field') ?? w.path.join('.'), own(d as { value?: string }, 'value') ?? '')
    },
    ACTUAL_NOT_COMPARABLE: (d) => zh.comparisonProblems[d.reason](d.actual, d.target, d.actualUnit ?? '', d.targetUnit ?? ''),
    OPTION_INVALID: (d) =>
      `选项 ${d.option} 的值“${d.value}”${d.expected === 'integer' ? '应为整数' : d.expected === 'non-negative-number' ? '应为非负数' : d.expected === 'fraction' ? '应为 0 至 1（不含 1）之间的小数，如 5% 写作 0.05' : `应为 ${(d.allowed ?? []).join('、')} 之一`}`,
  },
  attainments: {
    MEASURE: (d, c) =>
      own(d, 'bound') !== undefined
        ? `实际完成值“${d.actual}”只给出${d.bound === 'at-least' ? '下限' : d.bound === 'at-most' ? '上限' : '约数'}，年度指标值${d.target}，${RULES[d.rule]}，需人工判断`
        : `实际完成值${d.actual}${own(d, 'bareNumber') !== undefined ? `（未写单位，按年度指标值的单位${own(d, 'unit') ?? ''}读取）` : ''}，年度指标值${d.target}，${RULES[d.rule]}，${
        c.met === true ? '已达成' : `未达成，完成比例${ratioText(d.ratio)}`
      }`,
    RANGE: (d) =>
      `实际完成值${d.actual}，年度指标值${d.target}，${d.position === 'inside' ? '在区间内，已达成' : d.position === 'below' ? '低于区间下限，未达成' : '高于区间上限，未达成'}`,
    DEADLINE_DATE: (d, c) => `实际完成于${d.actual}，期限${d.target}，${c.met === true ? '按期完成' : '逾期'}`,
    DEADLINE_NEEDS_PLAN: (d) => `目标为按期完成，实际完成于${d.actual}，需对照计划时间判断`,
    DEADLINE_NEEDS_YEAR: (d) => `期限${d.target}未写年份，实际完成于${d.actual}；请传入评价年度（year 选项）`,
    DEADLINE_WORDS: (d, c) => `实际为“${d.actual}”，期限${d.target}，${c.met === true ? '按期完成' : c.met === false ? '未按期完成' : '需人工判断'}`,
    DEADLINE_SHARE: (d, c) => `实际完成${d.actual}，期限${d.target}，${c.met === true ? '已完成' : '未全部完成'}`,
    WORDS_AGAINST_MEASURE: (d, c) => `实际为“${d.actual}”，年度指标值${d.target}，实际值为文字，${verdict(c.met)}`,
    QUALITATIVE: (d, c) => `实际为“${d.actual}”，目标为“${d.target}”，${verdict(c.met)}`,
    COMPOUND: (d, c) => `${d.mode === 'any' ? '任一' : '全部'}条件：${c.parts.join('；')}${d.skipped ? '（有部分无法与实际完成值比较）' : ''}。${verdict(c.met)}`,
  },
  numberProblems: {
    'several-points': (text) => `“${text}”有多个小数点`,
    'repeated-point': (text) => `“${text}”中的小数点重复`,
    'digits-together': (text) => `“${text}”中数字连写`,
    'units-out-of-order': (text) => `“${text}”中的数位顺序不对`,
    'unit-after-decimals': (text) => `“${text}”中小数后不能再有数位`,
    'unit-without-digit': (text) => `“${text}”中数位前缺少数字`,
    'repeated-big-unit': (text, word) => `“${text}”中“${word}”重复`,
    'point-without-digits': (text) => `“${text}”中“点”前缺少数字`,
    'share-without-number': (_text, word) => `“${word}”后缺少数字`,
    exponent: (text) => `“${text}”是科学计数法（电子表格的显示可能已四舍五入），请写出完整的数`,
    'too-long': (text) => `“${text.slice(0, 20)}…”过长，不是可读的数`,
    'zero-denominator': (text, word) => `单位“${word === '' ? text : word}”的分母为零`,
  },
  targetProblems: {
    'repeated-comparator': () => '比较词重复',
    'number-expected': () => '此处应为数字',
    'number-expected-after': () => '此后应为数字',
    'unreadable-text': () => '无法理解此处的文字',
    'unreadable-symbol': () => '无法理解此处的符号',
    'between-needs-two': () => '“介于”后应为两个数',
    'closing-needs-two': () => '“之间”前应为两个数',
    'contradicting-comparators': () => '前后比较词相互矛盾',
    'plus-minus-needs-one': () => '“±”后应为一个数',
    'range-comparator': () => '区间后不能再有此比较词',
    'missing-number': (word) => `“${word}”后缺少数字`,
    'text-too-long': () => '文本超过 100000 个字符，不是可读的年度指标值',
    'too-deep': () => '括号嵌套过深',
    'list-mismatch': () => '分别列出的对象与数值个数不一致，无法对应',
  },
  dataProblems: {
    'not-finite': (field, value) => `“${value}”不是有限的数${field === '' ? '' : `（${field}）`}`,
    'not-a-quantity': (field) => `应为数量 { amount, unit }${field === '' ? '' : `（${field}）`}`,
    'missing-field': (field) => `缺少或写错了“${field}”`,
    'unknown-kind': (field, value) => `未知的种类“${value}”${field === '' ? '' : `（${field}）`}`,
    'not-a-target': () => '年度指标值应为 parseTarget 的结果',
    'not-an-actual': () => '无法识别的实际完成值',
    'zero-consequent': () => '比例的后项为零',
    schema: (field, value) => `${field === '' ? '' : `${field}：`}${value}`,
  },
  unknownIssue: (code) => `未知的问题代码 ${code}`,
  comparisonProblems: {
    units: (_a, _t, actualUnit, targetUnit) => `实际完成值的单位“${unitName(actualUnit)}”与年度指标值的单位“${unitName(targetUnit)}”不能比较`,
    'not-a-quantity': (actual, target) => `实际完成值“${actual}”不是数量，不能与年度指标值${target}比较`,
    'not-a-ratio': (actual, target) => `实际完成值“${actual}”不是比例（如1:18），不能与${target}比较`,
    'not-a-date': (actual, target) => `实际完成值“${actual}”不是日期，不能与期限${target}比较`,
    'no-part': (actual, target) => `实际完成值“${actual}”不能与年度指标值${target}的任何部分比较`,
  },
}

/** What failed in a target's text, without saying where. */
function textProblem(cause: TargetTextProblem): string {
  switch (cause.code) {
    case 'TARGET_MALFORMED':
      return targetProblem(cause.details.reason, cause.details.word ?? '')
    case 'TARGET_UNKNOWN_COMPARATOR':
      return `“${cause.details.word}”不是年度指标值能用的比较（请写作＞或＜）`
    case 'TARGET_INVALID':
      return zh.dataProblems[cause.details.reason](cause.details.field ?? '', cause.details.value ?? '')
    case 'TARGET_UNIT_MISMATCH':
      return cause.details.part === 'ratio' ? '比例两项的单位不同' : `区间两端的单位“${cause.details.first}”与“${cause.details.second}”不同`
  }
}

function targetProblem(reason: keyof MessageTable['targetProblems'] | keyof MessageTable['numberProblems'], word: string): string {
  return Object.hasOwn(zh.targetProblems, reason)
    ? zh.targetProblems[reason as keyof MessageTable['targetProblems']](word)
    : zh.numberProblems[reason as keyof MessageTable['numberProblems']](word, word)
}
