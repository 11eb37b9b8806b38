/**
 * The ScoreReport: a frozen tree that mirrors the Evaluation, each node with its weight and score (exact and counted),
 * each indicator with the rule applied, its inputs and an explanation produced from the message tables when read.
 *
 * @module
 */
import type { Issue } from '../errors.js'
import type { Attainment } from '../attainment/attainment.js'
import type { Decimal } from '../numbers/decimal.js'
import type { Adjustment, EvaluationKind, Leaf } from '../indicators/types.js'
import type { QualitativeLevel, ScoreCode, ScoreDetailsByCode, ScorePenalty } from '../messages/scoring-details.js'
import type { DecimalInput } from '../numbers/decimal.js'

/**
 * What happened to an indicator: scored by its rule, left out (不适用), left to a person (`undecided`), or given an
 * evaluator's adjustment (`adjusted`; the computed score stays beside it).
 *
 * @example
 * ```ts
 * const status: ScoreStatus = 'adjusted'
 * ```
 */
export type ScoreStatus = 'scored' | 'adjusted' | 'not-applicable' | 'undecided'

/**
 * The explanation of one indicator's score, for one code: the code and typed details, and the text in zh and en
 * (getters: produced when read).
 *
 * @typeParam C - the code.
 * @example
 * ```ts
 * const text = (e: ScoreExplanation): string => e.zh
 * ```
 */
export interface ScoreExplanationOf<C extends ScoreCode> {
  /** Which rule gave the score, and how. */
  readonly code: C
  /** The numbers and words it used. */
  readonly details: ScoreDetailsByCode[C]
  /** What changed the rule's score after it (over-achievement, veto). */
  readonly penalty?: ScorePenalty
  /** The score after the penalty, when there is one. */
  readonly final?: Decimal
  /** The evaluator's adjustment, when it counts instead. */
  readonly adjustment?: Adjustment
  /** The explanation in Chinese (produced when read). */
  readonly zh: string
  /** The explanation in English (produced when read). */
  readonly en: string
}

/**
 * The explanation of a score: a discriminated union on `code`.
 *
 * @example
 * ```ts
 * import { defineEvaluation, scoreEvaluation } from 'jixiao'
 * const e = defineEvaluation({ groups: [{ name: '产出指标', children: [{ name: '质量指标', children: [{ name: '验收合格率', weight: 5, target: '≥90%', actual: '85%' }] }] }] })
 * scoreEvaluation(e).indicators[0].explanation.zh
 * //=> '实际完成值85%，未达到指标值≥90%，按完成比例 85÷90 计 4.72 分（满分5分）'
 * ```
 */
export type ScoreExplanation = { readonly [C in ScoreCode]: ScoreExplanationOf<C> }[ScoreCode]

/**
 * An evaluator's judgement of one indicator, given to `scoreEvaluation` by id: the qualitative level (and optionally a
 * score inside its band), the sub-items of a checklist that are met, and the reason.
 *
 * @example
 * ```ts
 * const j: Judgement = { level: 'partial', score: 3.5, reason: '制度已建立，执行不到位' }
 * ```
 */
export interface Judgement {
  /** 达成 / 部分达成 / 未达成, for a qualitative indicator. */
  readonly level?: QualitativeLevel
  /** The score given, which must fall inside the level's band. */
  readonly score?: DecimalInput
  /** The names of a checklist's sub-items that are met. */
  readonly items?: readonly string[]
  /** Why. */
  readonly reason?: string
}

/**
 * One indicator's score.
 *
 * @example
 * ```ts
 * import { defineEvaluation, scoreEvaluation } from 'jixiao'
 * const e = defineEvaluation({ groups: [{ name: '产出指标', children: [{ name: '数量指标', children: [{ name: '培训人次', weight: 10, target: '≥100人次', actual: '120人次' }] }] }] })
 * const s = scoreEvaluation(e).indicators[0]
 * [s.status, s.rule, s.score?.toFixed(2), s.lost.toFixed(2)]
 * //=> ['scored', 'proportional', '10.00', '0.00']
 * ```
 */
export interface IndicatorScore {
  /** The leaf's id ("1.2.3" or the one given). */
  readonly id: string
  /** Its name. */
  readonly name: string
  /** Always 3. */
  readonly level: 3
  /** The leaf as the Evaluation holds it. */
  readonly leaf: Leaf
  /** Its path in the input. */
  readonly path: readonly (string | number)[]
  /** Its sheet row, when built from rows. */
  readonly row?: number
  /** W, the weight (0 when not applicable and the table gave none). */
  readonly weight: Decimal
  /** What happened. */
  readonly status: ScoreStatus
  /** The name of the rule applied (a key of the policy's `rules`), or `criteria` when read from 评分标准. */
  readonly rule: string
  /** The judgement of the actual against the target, when there was one. */
  readonly attainment: Attainment | null
  /** Met, not met, or null (left to a person, or not applicable). */
  readonly met: boolean | null
  /** The score of the rule, exact (null when undecided or not applicable). */
  readonly exact: Decimal | null
  /** The score of the rule, rounded as the policy says. */
  readonly computed: Decimal | null
  /** The score that counts: the adjustment when there is one, else `computed` (or `exact` when rounding is at the totals). */
  readonly score: Decimal | null
  /** The evaluator's adjustment, when there is one. */
  readonly adjustment?: Adjustment
  /** The printed score (得分) of a filled table. */
  readonly printed?: Decimal
  /** W − score (0 when not applicable or undecided). */
  readonly lost: Decimal
  /** Why, in zh and en. */
  readonly explanation: ScoreExplanation
}

/**
 * A level-1 or level-2 group's score: the sum of its children's.
 *
 * @example
 * ```ts
 * const share = (g: GroupScore): string => g.score.div(g.weight).toFixed(2)
 * ```
 */
export interface GroupScore {
  /** The group's id. */
  readonly id: string
  /** Its name. */
  readonly name: string
  /** 1 or 2. */
  readonly level: 1 | 2
  /** Its path in the input. */
  readonly path: readonly (string | number)[]
  /** Its sheet row, when built from rows. */
  readonly row?: number
  /** The weight: the group's, or the sum of its children's. */
  readonly weight: Decimal
  /** The weight of the indicators that count (not 不适用). */
  readonly applicableWeight: Decimal
  /** The sum of the children's counted scores before rounding: their exact scores, an evaluator's adjusted score as given. */
  readonly exact: Decimal
  /** The score: the sum of the children's counted scores (rounded per the policy's stage). */
  readonly score: Decimal
  /** False when a child's score is undecided: `score` then counts only the decided ones. */
  readonly complete: boolean
  /** A veto zeroed this group. */
  readonly vetoed: boolean
  /** The printed subtotal, when the table has one. */
  readonly printed?: Decimal
  /** The children: level-2 groups of a level-1 group, indicators of a level-2 group. */
  readonly children: readonly (GroupScore | IndicatorScore)[]
}

/**
 * The grade of a total, from the policy's bands (优 / 良 / 中 / 差 by default).
 *
 * @example
 * ```ts
 * import { parseNumber } from 'jixiao'
 * const g: Grade = { grade: '优', min: parseNumber('90'), on: parseNumber('93.5') }
 * ```
 */
export interface Grade {
  /** The grade. */
  readonly grade: string
  /** The band's lowest total, inclusive. */
  readonly min: Decimal
  /** The total (out of 100) it was given on. */
  readonly on: Decimal
}

/**
 * Points lost by one indicator, for the ranking.
 *
 * @example
 * ```ts
 * const top = (l: readonly PointsLost[]): string | undefined => l[0]?.name
 * ```
 */
export interface PointsLost {
  /** The indicator's id. */
  readonly id: string
  /** Its name. */
  readonly name: string
  /** W − score. */
  readonly lost: Decimal
  /** Its weight. */
  readonly weight: Decimal
}

/**
 * The report of `scoreEvaluation`: the scored tree, the total (and the total out of 100 when indicators are left out),
 * the grade, the unmet indicators, the points lost ranked, the findings of the report and of the audit of printed
 * scores, and the warnings of the tree. Frozen all the way down.
 *
 * @example
 * ```ts
 * import { defineEvaluation, scoreEvaluation } from 'jixiao'
 * const e = defineEvaluation({ groups: [{ name: '产出指标', weight: 100, children: [{ name: '数量指标', children: [{ name: '培训人次', weight: 60, target: '≥100人次', actual: '120人次' }, { name: '发放率', weight: 40, target: '100%', actual: '95%' }] }] }] })
 * const r = scoreEvaluation(e)
 * [r.score.toFixed(2), r.grade?.grade]
 * //=> ['98.00', '优']
 * ```
 */
export interface ScoreReport {
  /** 项目支出 or 部门整体支出, as the evaluation says. */
  readonly kind?: EvaluationKind
  /** The evaluation's name (项目名称 / 部门名称), as given. */
  readonly name?: string
  /** 主管部门, as given. */
  readonly department?: string
  /** 实施单位, as given. */
  readonly implementer?: string
  /** The year evaluated. */
  readonly year?: number
  /** The policy's name. */
  readonly policy: string
  /** Where the policy's rules come from, when it says ("财政部《项目支出绩效评价管理办法》（财预〔2020〕10号）"). */
  readonly policySource?: string
  /** The sum of the weights. */
  readonly weight: Decimal
  /** The weight of the indicators that count. */
  readonly applicableWeight: Decimal
  /** The sum of exact scores before rounding (an evaluator's adjusted score counts as given). */
  readonly exact: Decimal
  /** The total: the sum of the counted scores, rounded per the policy's stage. */
  readonly score: Decimal
  /** The total out of 100 ("按百分制折算": score ÷ applicable weight × 100, rounded), when it differs from `score`. */
  readonly scaled?: Decimal
  /** False when an indicator's score is undecided: the total then counts only the decided ones, and there is no grade. */
  readonly complete: boolean
  /** The grade of the rounded total out of 100, or null while the total is incomplete. */
  readonly grade: Grade | null
  /** The level-1 groups. */
  readonly groups: readonly GroupScore[]
  /** Every indicator, in table order. */
  readonly indicators: readonly IndicatorScore[]
  /** The ids of the indicators that did not meet their target. */
  readonly unmet: readonly string[]
  /** Points lost per indicator, most first (only those that lost any). */
  readonly lost: readonly PointsLost[]
  /** The ids of the indicators below their weight that give no 偏差原因 (the `DEVIATION_REASON_MISSING` findings). */
  readonly deviationMissing: readonly string[]
  /** The ids of the indicators flagged for over-achievement review (the `OVER_ACHIEVEMENT` findings). */
  readonly overAchieved: readonly string[]
  /** What a reviewer should look at: missing 偏差原因, over-achievement, undecided scores, adjustments, the audit of printed scores. */
  readonly findings: readonly Issue[]
  /** The warnings of the tree. */
  readonly warnings: readonly Issue[]
}

/**
 * Options of `scoreEvaluation`.
 *
 * @example
 * ```ts
 * const o: ScoreOptions = { judgements: { '1.1.1': { level: 'achieved', reason: '制度已出台' } } }
 * ```
 */
export interface ScoreOptions {
  /** An evaluator's judgements, by indicator id. */
  readonly judgements?: Readonly<Record<string, Judgement>>
}
