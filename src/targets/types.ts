import type { Decimal } from '../numbers/decimal.js'
import type { Quantity } from '../quantities/quantity.js'

/**
 * A comparison as written: ≥ (以上, 不低于 …), > (超过 …), ≤ (以下, 以内,
 * 不超过 …), < (不满, 低于 …), = (等于, 为). Boundary words follow
 * 《民法典》第一千二百五十九条: 以上/以下/以内 include the number, 超过/不满/以外 do not.
 *
 * @example
 * ```ts
 * const op: Comparator = '>='
 * ```
 */
export type Comparator = '>=' | '>' | '<=' | '<' | '='

/**
 * A day of the calendar; `year` is null when the text gives none ("12月31日前").
 *
 * @example
 * ```ts
 * const due: CalendarDate = { year: 2024, month: 6, day: 30 }
 * ```
 */
export interface CalendarDate {
  /** The year, or null when none is written. */
  readonly year: number | null
  /** The month, 1–12. */
  readonly month: number
  /** The day of the month. */
  readonly day: number
}

/**
 * A number compared with a comparison word: "≥90%", "不超过千分之二", "803个".
 * `op: null` means no comparison word was written; the indicator's polarity
 * decides at evaluation (positive: at least; negative: at most).
 *
 * @example
 * ```ts
 * import { parseTarget } from 'jixiao'
 * const t = parseTarget('90%以上') as CompareTarget
 * t.op
 * //=> '>='
 * ```
 */
export interface CompareTarget {
  /** Which kind of target this is. */
  readonly kind: 'compare'
  /** The comparison, or null when none is written. */
  readonly op: Comparator | null
  /** The number and unit compared with. */
  readonly value: Quantity
  /** 约, 左右, 上下: the value is approximate (tolerance is the evaluator's option). */
  readonly approximate: boolean
  /** The name or formula written before the target ("结转率(结转数/预算数)"), if any; in a list read "respectively", the subject this part belongs to. */
  readonly subject?: string
  /** Words written after the target ("到位", "完成"), if any. */
  readonly note?: string
  /** What the value is a share of, when written ("达到全省平均的80%": 全省平均). */
  readonly reference?: string
  /** The text as given. */
  readonly source: string
}

/**
 * A range: "80%-90%", "介于80%和90%之间", "85%(含)-95%", "±5%以内". Both ends are
 * included unless a word (不含) says otherwise.
 *
 * @example
 * ```ts
 * import { parseTarget } from 'jixiao'
 * const t = parseTarget('80%-90%') as RangeTarget
 * [t.min.amount.toString(), t.max.amount.toString()]
 * //=> ['80', '90']
 * ```
 */
export interface RangeTarget {
  /** Which kind of target this is. */
  readonly kind: 'range'
  /** The lower end. */
  readonly min: Quantity
  /** The upper end. */
  readonly max: Quantity
  /** Whether the lower end itself is inside (含). */
  readonly minInclusive: boolean
  /** Whether the upper end itself is inside (含). */
  readonly maxInclusive: boolean
  /** The name or formula written before the target, if any. */
  readonly subject?: string
  /** Words written after the target ("到位", "完成"), if any. */
  readonly note?: string
  /** The text as given. */
  readonly source: string
}

/**
 * A ratio "1:20", "1：15", "1比20", compared as antecedent ÷ consequent (so
 * 1:18 is more than 1:20).
 *
 * @example
 * ```ts
 * import { parseTarget } from 'jixiao'
 * const t = parseTarget('1：15') as RatioTarget
 * t.consequent.toString()
 * //=> '15'
 * ```
 */
export interface RatioTarget {
  /** Which kind of target this is. */
  readonly kind: 'ratio'
  /** The comparison, or null when none is written. */
  readonly op: Comparator | null
  /** The first term (前项). */
  readonly antecedent: Decimal
  /** The second term (后项). */
  readonly consequent: Decimal
  /** 约, 左右: the ratio is approximate (tolerance is the evaluator's option). */
  readonly approximate: boolean
  /** The name or formula written before the target, if any. */
  readonly subject?: string
  /** Words written after the target ("到位", "完成"), if any. */
  readonly note?: string
  /** The text as given. */
  readonly source: string
}

/**
 * A date or period by which something is done: "2024年6月底前" (due
 * 2024-06-30), "第三季度" (07-01 to 09-30), "按期完成" (due: null — on the
 * schedule the project set).
 *
 * @example
 * ```ts
 * import { parseTarget } from 'jixiao'
 * const t = parseTarget('2024年6月底前') as DeadlineTarget
 * t.due
 * //=> { year: 2024, month: 6, day: 30 }
 * ```
 */
export interface DeadlineTarget {
  /** Which kind of target this is. */
  readonly kind: 'deadline'
  /** The last day, included; null for 按期/及时 (on schedule, no date written). */
  readonly due: CalendarDate | null
  /** The first day of the period, for periods ("2022.03-2022.10", "第三季度"). */
  readonly start?: CalendarDate
  /** The name or formula written before the target, if any. */
  readonly subject?: string
  /** Words written after the date ("到位", "完成宣传片制作"), if any. */
  readonly note?: string
  /** The text as given. */
  readonly source: string
}

/**
 * Which way a qualitative target points: `increase` (提升, 改善), `decrease`
 * (降低, 减少), `maintain` (保持, 稳定), `attain` (是, 达标, 合格, 全覆盖, 完成),
 * `absent` (否, 无, 零, 未发生), or `unknown` (words kept, judged by a person).
 *
 * @example
 * ```ts
 * const d: QualitativeDirection = 'increase'
 * ```
 */
export type QualitativeDirection = 'increase' | 'decrease' | 'maintain' | 'attain' | 'absent' | 'unknown'

/**
 * How strongly a qualitative phrase is put: 逐步/有所 `slight`, 有效/进一步/持续
 * `moderate`, 显著/明显/大幅 `strong`.
 *
 * @example
 * ```ts
 * const s: QualitativeStrength = 'strong' // 显著提升
 * ```
 */
export type QualitativeStrength = 'slight' | 'moderate' | 'strong'

/**
 * A target in words: "有效提升", "明显改善", "合格", "是", "无", "全覆盖",
 * "严格执行…". Text that is not number-shaped is qualitative, its words kept.
 *
 * @example
 * ```ts
 * import { parseTarget } from 'jixiao'
 * const t = parseTarget('显著提升') as QualitativeTarget
 * [t.direction, t.strength]
 * //=> ['increase', 'strong']
 * ```
 */
export interface QualitativeTarget {
  /** Which kind of target this is. */
  readonly kind: 'qualitative'
  /** Which way the words point. */
  readonly direction: QualitativeDirection
  /** How strongly they say it, if a degree word is written. */
  readonly strength?: QualitativeStrength
  /** The words, trimmed. */
  readonly text: string
  /** The text as given. */
  readonly source: string
}

/**
 * Either part met is enough: "不低于85%或比上年提升不低于5个百分点".
 *
 * @example
 * ```ts
 * import { parseTarget } from 'jixiao'
 * parseTarget('不低于85%或比上年提升不低于5个百分点').kind
 * //=> 'any'
 * ```
 */
export interface AnyTarget {
  /** Which kind of target this is. */
  readonly kind: 'any'
  /** The parts, in the order written. */
  readonly targets: readonly Target[]
  /** The text as given. */
  readonly source: string
}

/**
 * Every part must be met: "≥90%且≤100%".
 *
 * @example
 * ```ts
 * import { parseTarget } from 'jixiao'
 * parseTarget('≥90%且≤100%').kind
 * //=> 'all'
 * ```
 */
export interface AllTarget {
  /** Which kind of target this is. */
  readonly kind: 'all'
  /** The parts, in the order written. */
  readonly targets: readonly Target[]
  /** The text as given. */
  readonly source: string
}

/**
 * A 年度指标值, read: a discriminated union on `kind`. Plain, frozen,
 * JSON-serialisable data (Decimals write as strings); `targetSchema` revives it.
 *
 * @example
 * ```ts
 * import { parseTarget } from 'jixiao'
 * JSON.stringify(parseTarget('≥90%'))
 * //=> '{"kind":"compare","op":">=","value":{"amount":"90","unit":"%"},"approximate":false,"source":"≥90%"}'
 * ```
 */
export type Target = CompareTarget | RangeTarget | RatioTarget | DeadlineTarget | QualitativeTarget | AnyTarget | AllTarget

/**
 * The polarity of an indicator: 正向 (`positive`, higher is better) or 逆向
 * (`negative`, lower is better). It decides a target written with no
 * comparison word.
 *
 * @example
 * ```ts
 * const p: Polarity = 'negative' // 再犯罪率, 投诉率
 * ```
 */
export type Polarity = 'positive' | 'negative'
