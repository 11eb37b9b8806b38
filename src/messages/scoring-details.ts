/**
 * What the scoring engine's codes carry: the typed `details` of a score's explanation (`ScoreCode`), of a finding of the
 * report or its audit, and of an error of `scoreEvaluation` or `definePolicy` (issue codes). Their texts live in
 * `scoring-zh.ts` and `scoring-en.ts`, a table of their own, carried only by programs that score.
 *
 * @module
 */
import type { Decimal } from '../numbers/decimal.js'

/**
 * A qualitative level (定性指标的档次): 达成年度指标 (`achieved`), 部分达成并具有一定效果 (`partial`), 未达成且效果较差
 * (`not-achieved`).
 *
 * @example
 * ```ts
 * const level: QualitativeLevel = 'partial' // 部分达成
 * ```
 */
export type QualitativeLevel = 'achieved' | 'partial' | 'not-achieved'

/**
 * What every explanation of a score has: the weight and the score the rule gave (exact, and as counted after rounding).
 *
 * @example
 * ```ts
 * import { parseNumber } from 'jixiao'
 * const d: ScoreBase = { weight: parseNumber('5'), score: parseNumber('4.72') }
 * ```
 */
export interface ScoreBase {
  /** W, the weight (分值). */
  readonly weight: Decimal
  /** The score the rule gives, rounded as the policy says. */
  readonly score: Decimal
}

/**
 * The two sides of a measured indicator, as text, and (when measured) the numbers the formula used, in the target's unit.
 *
 * @example
 * ```ts
 * import { parseNumber } from 'jixiao'
 * const d: MeasuredSides = { actual: '85%', target: '≥90%', a: parseNumber('85'), t: parseNumber('90') }
 * ```
 */
export interface MeasuredSides {
  /** The actual value as written. */
  readonly actual: string
  /** The target as written. */
  readonly target: string
  /** A, in the target's unit, when the sides are numbers. */
  readonly a?: Decimal
  /** T, in its unit, when the sides are numbers. */
  readonly t?: Decimal
}

/**
 * The details of a score given in proportion: the completion ratio the weight was multiplied by.
 *
 * @example
 * ```ts
 * import { parseNumber } from 'jixiao'
 * const d: RatioScoreDetails = { weight: parseNumber('5'), score: parseNumber('4.72'), actual: '85%', target: '≥90%', ratio: parseNumber('0.9444') }
 * ```
 */
export interface RatioScoreDetails extends ScoreBase, MeasuredSides {
  /** The share of the weight given: A ÷ T, T ÷ A, or 1 − (A − T) ÷ T. */
  readonly ratio: Decimal
}

/**
 * The details of `ZERO_TARGET`: a 逆向 target of 0 with an actual above it.
 *
 * @example
 * ```ts
 * import { parseNumber } from 'jixiao'
 * const d: ZeroTargetScoreDetails = { weight: parseNumber('10'), score: parseNumber('6'), actual: '2起', target: '0起', per: parseNumber('2'), step: parseNumber('1') }
 * ```
 */
export interface ZeroTargetScoreDetails extends ScoreBase, MeasuredSides {
  /** Points off each step, when the policy deducts. */
  readonly per?: Decimal
  /** The step of the actual each deduction counts. */
  readonly step?: Decimal
}

/**
 * The details of `RATE`: W × the actual rate.
 *
 * @example
 * ```ts
 * import { parseNumber } from 'jixiao'
 * const d: RateScoreDetails = { weight: parseNumber('20'), score: parseNumber('19.6'), rate: parseNumber('0.98'), actual: '98%', target: '100%' }
 * ```
 */
export interface RateScoreDetails extends ScoreBase, MeasuredSides {
  /** The actual rate as a fraction, in [0, 1]. */
  readonly rate: Decimal
}

/**
 * The details of `QUALITATIVE`: the level and its band's share.
 *
 * @example
 * ```ts
 * import { parseNumber } from 'jixiao'
 * const d: QualitativeScoreDetails = { weight: parseNumber('10'), score: parseNumber('7'), actual: '基本完成', target: '健全', level: 'partial', share: parseNumber('0.7'), judged: false }
 * ```
 */
export interface QualitativeScoreDetails extends ScoreBase, MeasuredSides {
  /** The level. */
  readonly level: QualitativeLevel
  /** The band's default share of the weight. */
  readonly share: Decimal
  /** The evaluator gave the level. */
  readonly judged: boolean
  /** The evaluator's reason, when given. */
  readonly reason?: string
}

/**
 * The details of `DEADLINE_LATE`: the share of the weight a late deadline gets.
 *
 * @example
 * ```ts
 * import { parseNumber } from 'jixiao'
 * const d: DeadlineLateScoreDetails = { weight: parseNumber('5'), score: parseNumber('0'), actual: '2023年1月完成', target: '2022年12月底前', share: parseNumber('0') }
 * ```
 */
export interface DeadlineLateScoreDetails extends ScoreBase, MeasuredSides {
  /** The share of the weight given. */
  readonly share: Decimal
}

/**
 * The details of `BUDGET_EXECUTION`.
 *
 * @example
 * ```ts
 * import { parseNumber } from 'jixiao'
 * const d: BudgetExecutionScoreDetails = { weight: parseNumber('10'), score: parseNumber('9.17'), executed: '110万元', adjusted: '120万元', rate: parseNumber('0.9167') }
 * ```
 */
export interface BudgetExecutionScoreDetails extends ScoreBase {
  /** 全年执行数, as text ('—' when the table gives only a rate). */
  readonly executed: string
  /** 全年预算数, as text. */
  readonly adjusted: string
  /** 执行数 ÷ 全年预算数 (or the printed rate). */
  readonly rate: Decimal
}

/**
 * The details of `DEDUCTION`.
 *
 * @example
 * ```ts
 * import { parseNumber } from 'jixiao'
 * const d: DeductionScoreDetails = { weight: parseNumber('5'), score: parseNumber('3.5'), actual: '13%', target: '≤10%', criteria: '每超过一个百分点扣0.5分', count: parseNumber('3'), per: parseNumber('0.5'), deducted: parseNumber('1.5') }
 * ```
 */
export interface DeductionScoreDetails extends ScoreBase, MeasuredSides {
  /** The criteria as written, or the rule's name. */
  readonly criteria: string
  /** How many steps were counted. */
  readonly count: Decimal
  /** Points off each step. */
  readonly per: Decimal
  /** Points taken off, at most the weight. */
  readonly deducted: Decimal
  /** `criteria`: read from the table's 评分标准; `rule`: a rule of the policy (then `criteria` is its name). */
  readonly from: 'criteria' | 'rule'
  /** The clause that left nothing ("低于85%不得分"), when the actual fell below it. */
  readonly floor?: string
}

/**
 * The details of `CHECKLIST`.
 *
 * @example
 * ```ts
 * import { parseNumber } from 'jixiao'
 * const d: ChecklistScoreDetails = { weight: parseNumber('5'), score: parseNumber('3'), met: ['预算公开', '绩效公开'], items: 3 }
 * ```
 */
export interface ChecklistScoreDetails extends ScoreBase {
  /** The sub-items met. */
  readonly met: readonly string[]
  /** How many sub-items there are. */
  readonly items: number
}

/**
 * The details of `STEP`.
 *
 * @example
 * ```ts
 * import { parseNumber } from 'jixiao'
 * const d: StepScoreDetails = { weight: parseNumber('10'), score: parseNumber('8'), actual: '85%', target: '≥90%', band: '80%(含)-90%' }
 * ```
 */
export interface StepScoreDetails extends ScoreBase, MeasuredSides {
  /** The band, as the policy writes it. */
  readonly band: string
}

/**
 * The details of `COMPOUND`.
 *
 * @example
 * ```ts
 * import { parseNumber } from 'jixiao'
 * const d: CompoundScoreDetails = { weight: parseNumber('10'), score: parseNumber('8.75'), actual: '70%', target: '≥80%且≤95%', mode: 'all', ratio: parseNumber('0.875') }
 * ```
 */
export interface CompoundScoreDetails extends ScoreBase, MeasuredSides {
  /** Any part, or every part. */
  readonly mode: 'any' | 'all'
  /** The ratio of the best part (any) or the worst (all). */
  readonly ratio: Decimal
}

/**
 * The details of `CUSTOM`.
 *
 * @example
 * ```ts
 * import { parseNumber } from 'jixiao'
 * const d: CustomScoreDetails = { weight: parseNumber('8'), score: parseNumber('4'), rule: '半', note: '按会议纪要' }
 * ```
 */
export interface CustomScoreDetails extends ScoreBase {
  /** The rule's name. */
  readonly rule: string
  /** The note the rule returned. */
  readonly note?: string
}

/**
 * The details of `NOT_APPLICABLE`.
 *
 * @example
 * ```ts
 * const d: NotApplicableScoreDetails = { weight: null, reason: 'target' }
 * ```
 */
export interface NotApplicableScoreDetails {
  /** The weight, or null when the table gives none. */
  readonly weight: Decimal | null
  /** Why: `flag`, `target`, `actual` or `zero-budget`. */
  readonly reason: string
}

/**
 * The details of `UNDECIDED`.
 *
 * @example
 * ```ts
 * import { parseNumber } from 'jixiao'
 * const d: UndecidedScoreDetails = { weight: parseNumber('10'), actual: '有所提高', target: '≥95%', why: 'needs-judgement' }
 * ```
 */
export interface UndecidedScoreDetails {
  /** The weight. */
  readonly weight: Decimal
  /** The actual value as written. */
  readonly actual: string
  /** The target as written. */
  readonly target: string
  /** Why a person must decide. */
  readonly why: UndecidedReason
}

/**
 * The typed details of every explanation code of a score.
 *
 * @example
 * ```ts
 * import { parseNumber } from 'jixiao'
 * const d: ScoreDetailsByCode['RATE'] = { weight: parseNumber('20'), score: parseNumber('19.6'), rate: parseNumber('0.98'), actual: '98%', target: '100%' }
 * ```
 */
export interface ScoreDetailsByCode {
  /** The target was met: full marks. */
  readonly MET: ScoreBase & MeasuredSides
  /** 正向 not met: W × A ÷ T. */
  readonly PROPORTIONAL: RatioScoreDetails
  /** An "=" target not met: W × A ÷ T. */
  readonly EQUAL: RatioScoreDetails
  /** 逆向 not met: W × T ÷ A. */
  readonly REVERSE_RATIO: RatioScoreDetails
  /** 逆向 not met: W × (1 − (A − T) ÷ T). */
  readonly REVERSE_LINEAR: RatioScoreDetails
  /** 逆向 with T = 0 and A > 0. */
  readonly ZERO_TARGET: ZeroTargetScoreDetails
  /** Missed: all or nothing, or the ratio of words against a number. */
  readonly MISSED: ScoreBase & MeasuredSides
  /** W × the actual rate. */
  readonly RATE: RateScoreDetails
  /** A level and its band. */
  readonly QUALITATIVE: QualitativeScoreDetails
  /** Late or not done. */
  readonly DEADLINE_LATE: DeadlineLateScoreDetails
  /** The budget-execution line. */
  readonly BUDGET_EXECUTION: BudgetExecutionScoreDetails
  /** Points taken off by steps. */
  readonly DEDUCTION: DeductionScoreDetails
  /** The sub-items met. */
  readonly CHECKLIST: ChecklistScoreDetails
  /** The band of a step table. */
  readonly STEP: StepScoreDetails
  /** An any/all target. */
  readonly COMPOUND: CompoundScoreDetails
  /** A caller's rule. */
  readonly CUSTOM: CustomScoreDetails
  /** Left out of the score. */
  readonly NOT_APPLICABLE: NotApplicableScoreDetails
  /** Left to a person. */
  readonly UNDECIDED: UndecidedScoreDetails
}

/**
 * Why the engine leaves a score to a person: no actual value, words that say neither met nor not met, an actual that does
 * not compare with its target, a qualitative level no one gave, a checklist no one ticked.
 *
 * @example
 * ```ts
 * const why: UndecidedReason = 'needs-judgement'
 * ```
 */
export type UndecidedReason = 'no-actual' | 'no-target' | 'needs-judgement' | 'not-comparable' | 'no-level' | 'no-items' | 'no-rate' | 'criteria-unit' | 'criteria-mismatch' | 'criteria-unread' | 'unit-ambiguous' | 'reduction-ambiguous' | 'period-differs' | 'negative-target' | 'actual-vague' | 'ratio-ambiguous'

/**
 * The code of a score's explanation: which rule gave the score, and how.
 *
 * @example
 * ```ts
 * const code: ScoreCode = 'PROPORTIONAL'
 * ```
 */
export type ScoreCode = keyof ScoreDetailsByCode

/**
 * An over-achievement penalty: the score zeroed or reduced above the policy's threshold.
 *
 * @example
 * ```ts
 * import { parseNumber } from 'jixiao'
 * const p: OverAchievementPenalty = { kind: 'over-achievement', mode: 'zero', performance: parseNumber('1.4'), threshold: parseNumber('1.3'), before: parseNumber('10') }
 * ```
 */
export interface OverAchievementPenalty {
  /** Always `over-achievement`. */
  readonly kind: 'over-achievement'
  /** Zeroed, or reduced by the deviation. */
  readonly mode: 'zero' | 'linear'
  /** A ÷ T. */
  readonly performance: Decimal
  /** The policy's threshold. */
  readonly threshold: Decimal
  /** The score before the penalty. */
  readonly before: Decimal
}

/**
 * A veto (一票否决) that zeroed the score.
 *
 * @example
 * ```ts
 * import { parseNumber } from 'jixiao'
 * const p: VetoPenalty = { kind: 'veto', by: '重大安全事故', scope: 'level1', before: parseNumber('40') }
 * ```
 */
export interface VetoPenalty {
  /** Always `veto`. */
  readonly kind: 'veto'
  /** The name of the indicator whose miss vetoed. */
  readonly by: string
  /** What it zeroed. */
  readonly scope: VetoScope
  /** The score before the veto. */
  readonly before: Decimal
}

/**
 * What changed a rule's score after the rule: an over-achievement penalty or a veto (一票否决).
 *
 * @example
 * ```ts
 * import { parseNumber } from 'jixiao'
 * const p: ScorePenalty = { kind: 'over-achievement', mode: 'zero', performance: parseNumber('1.5'), threshold: parseNumber('1.3'), before: parseNumber('10') }
 * ```
 */
export type ScorePenalty = OverAchievementPenalty | VetoPenalty

/**
 * What a veto (一票否决) zeroes: the indicator, its level-2 group, its level-1 group, or the whole evaluation.
 *
 * @example
 * ```ts
 * const scope: VetoScope = 'total'
 * ```
 */
export type VetoScope = 'indicator' | 'level2' | 'level1' | 'total'

/**
 * The details of `DEVIATION_REASON_MISSING`.
 *
 * @example
 * ```ts
 * type D = DeviationReasonMissingDetails
 * ```
 */
export interface DeviationReasonMissingDetails {
  /** The indicator's (or group's) name. */
  readonly name: string
  /** The score, as text. */
  readonly score: string
  /** The weight, as text. */
  readonly weight: string
}

/**
 * The details of `OVER_ACHIEVEMENT`.
 *
 * @example
 * ```ts
 * type D = OverAchievementDetails
 * ```
 */
export interface OverAchievementDetails {
  /** The indicator's (or group's) name. */
  readonly name: string
  /** The actual value as written. */
  readonly actual: string
  /** The target as written. */
  readonly target: string
  /** A ÷ T, as text. */
  readonly performance: string
  /** The policy's threshold, as text ('' when only flagged). */
  readonly threshold: string
  /** What the policy did: nothing, zero, or a reduction. */
  readonly penalty: 'none' | 'zero' | 'linear'
}

/**
 * The details of `SCORE_UNDECIDED`.
 *
 * @example
 * ```ts
 * type D = ScoreUndecidedDetails
 * ```
 */
export interface ScoreUndecidedDetails {
  /** The indicator's (or group's) name. */
  readonly name: string
  /** The actual value as written. */
  readonly actual: string
  /** The target as written. */
  readonly target: string
  /** Why a person must decide. */
  readonly why: UndecidedReason
}

/**
 * The details of `SCORE_ADJUSTED`.
 *
 * @example
 * ```ts
 * type D = ScoreAdjustedDetails
 * ```
 */
export interface ScoreAdjustedDetails {
  /** The indicator's (or group's) name. */
  readonly name: string
  /** The computed score, as text (null when undecided). */
  readonly computed: string | null
  /** The adjusted score, as text. */
  readonly adjusted: string
  /** The reason given. */
  readonly reason: string
}

/**
 * The details of `SCORE_VETOED`.
 *
 * @example
 * ```ts
 * type D = ScoreVetoedDetails
 * ```
 */
export interface ScoreVetoedDetails {
  /** The indicator's (or group's) name. */
  readonly name: string
  /** What was zeroed. */
  readonly scope: VetoScope
}

/**
 * The details of `PRINTED_SCORE_MISMATCH`.
 *
 * @example
 * ```ts
 * type D = PrintedScoreMismatchDetails
 * ```
 */
export interface PrintedScoreMismatchDetails {
  /** The indicator's (or group's) name. */
  readonly name: string
  /** The printed score, as text. */
  readonly printed: string
  /** The computed score, as text (null when undecided). */
  readonly computed: string
  /** Printed − computed, as text. */
  readonly difference: string
  /** The code of the computed score's explanation. */
  readonly code: ScoreCode
}

/**
 * The details of `PRINTED_SCORE_ABOVE_WEIGHT`.
 *
 * @example
 * ```ts
 * type D = PrintedScoreAboveWeightDetails
 * ```
 */
export interface PrintedScoreAboveWeightDetails {
  /** The indicator's (or group's) name. */
  readonly name: string
  /** The printed score, as text. */
  readonly printed: string
  /** The weight, as text. */
  readonly weight: string
}

/**
 * The details of `PRINTED_SUBTOTAL_MISMATCH`.
 *
 * @example
 * ```ts
 * type D = PrintedSubtotalMismatchDetails
 * ```
 */
export interface PrintedSubtotalMismatchDetails {
  /** The indicator's (or group's) name. */
  readonly name: string
  /** The printed score, as text. */
  readonly printed: string
  /** The sum it was checked against, as text. */
  readonly sum: string
  /** Against the printed column or the computed scores. */
  readonly against: 'printed' | 'computed'
}

/**
 * The details of `PRINTED_TOTAL_MISMATCH`.
 *
 * @example
 * ```ts
 * type D = PrintedTotalMismatchDetails
 * ```
 */
export interface PrintedTotalMismatchDetails {
  /** The printed score, as text. */
  readonly printed: string
  /** The sum it was checked against, as text. */
  readonly sum: string
  /** Against the printed column or the computed scores. */
  readonly against: 'printed' | 'computed'
}

/**
 * The details of `WEIGHTS_NOT_TOTAL`.
 *
 * @example
 * ```ts
 * type D = WeightsNotTotalDetails
 * ```
 */
export interface WeightsNotTotalDetails {
  /** The weight, as text. */
  readonly weight: string
  /** The declared total, as text. */
  readonly total: string
}

/**
 * The details of the findings of a report and of its audit (warnings: the report is built).
 *
 * @example
 * ```ts
 * const d: ScoringIssueDetailsByCode['DEVIATION_REASON_MISSING'] = { name: '培训人次', score: '4.5', weight: '5' }
 * ```
 */
export interface ScoringFindingDetailsByCode {
  /** A score below its weight with no 偏差原因. */
  readonly DEVIATION_REASON_MISSING: DeviationReasonMissingDetails
  /** The actual far above the target: review whether the target was set too low. */
  readonly OVER_ACHIEVEMENT: OverAchievementDetails
  /** The engine cannot decide a score; a person must. */
  readonly SCORE_UNDECIDED: ScoreUndecidedDetails
  /** An evaluator's adjustment counts instead of the computed score. */
  readonly SCORE_ADJUSTED: ScoreAdjustedDetails
  /** A veto zeroed part of the score. */
  readonly SCORE_VETOED: ScoreVetoedDetails
  /** The printed score (得分) is not the computed one. */
  readonly PRINTED_SCORE_MISMATCH: PrintedScoreMismatchDetails
  /** A printed score above its weight. */
  readonly PRINTED_SCORE_ABOVE_WEIGHT: PrintedScoreAboveWeightDetails
  /** A printed subtotal (小计) is not the sum of its rows' printed scores, or of the computed ones. */
  readonly PRINTED_SUBTOTAL_MISMATCH: PrintedSubtotalMismatchDetails
  /** The printed total (总分) is not the sum of the printed scores, or not the computed total. */
  readonly PRINTED_TOTAL_MISMATCH: PrintedTotalMismatchDetails
  /** The weights do not add up to the declared total. */
  readonly WEIGHTS_NOT_TOTAL: WeightsNotTotalDetails
}

/**
 * The details of `SCORING_INPUT_INVALID`.
 *
 * @example
 * ```ts
 * type D = ScoringInputInvalidDetails
 * ```
 */
export interface ScoringInputInvalidDetails {
  /** The reason given. */
  readonly reason: 'not-an-evaluation' | 'no-weights' | 'weight-missing' | 'option' | 'adjustment-above-weight'
  /** The indicator's (or group's) name. */
  readonly name?: string
  /** The option at fault. */
  readonly option?: string
}

/**
 * The details of `POLICY_INVALID`.
 *
 * @example
 * ```ts
 * type D = PolicyInvalidDetails
 * ```
 */
export interface PolicyInvalidDetails {
  /** The reason given. */
  readonly reason: 'type' | 'unknown-key' | 'value' | 'bands-overlap' | 'bands-gap' | 'rule-unknown' | 'base'
  /** What the field must be. */
  readonly expected?: string
  /** What it was. */
  readonly received?: string
  /** The key at fault. */
  readonly key?: string
}

/**
 * The details of `RULE_UNKNOWN`.
 *
 * @example
 * ```ts
 * type D = RuleUnknownDetails
 * ```
 */
export interface RuleUnknownDetails {
  /** The rule's name. */
  readonly rule: string
  /** The indicator's (or group's) name. */
  readonly name: string
}

/**
 * The details of `RULE_FAILED`.
 *
 * @example
 * ```ts
 * type D = RuleFailedDetails
 * ```
 */
export interface RuleFailedDetails {
  /** The rule's name. */
  readonly rule: string
  /** The indicator's (or group's) name. */
  readonly name: string
  /** Why: it threw, or returned a score outside [0, weight], or no number. */
  readonly reason: 'threw' | 'out-of-range' | 'not-a-number'
  /** What it threw (its message, at most 200 characters). */
  readonly message?: string
}

/**
 * The details of `JUDGEMENT_INVALID`.
 *
 * @example
 * ```ts
 * type D = JudgementInvalidDetails
 * ```
 */
export interface JudgementInvalidDetails {
  /** The judgement's id. */
  readonly id: string
  /** The reason given. */
  readonly reason: 'unknown-id' | 'outside-band' | 'above-weight' | 'negative' | 'not-a-number' | 'no-reason' | 'unknown-item' | 'level' | 'not-qualitative' | 'not-checklist' | 'no-level' | 'unreadable' | 'not-applicable'
  /** The score, as text. */
  readonly score?: string
  /** The band, as text. */
  readonly band?: string
  /** The unknown sub-item. */
  readonly item?: string
}

/**
 * The details of the errors of scoring: an input that is not an Evaluation, an evaluation with nothing to score, a
 * policy that is not valid, a rule the policy does not have, an evaluator's judgement that cannot hold.
 *
 * @example
 * ```ts
 * const d: ScoringIssueDetailsByCode['RULE_UNKNOWN'] = { rule: 'my-rule', name: '培训人次' }
 * ```
 */
export interface ScoringErrorDetailsByCode {
  /** Not an Evaluation from `defineEvaluation` (or its JSON). */
  readonly SCORING_INPUT_INVALID: ScoringInputInvalidDetails
  /** A policy that is not valid: the field at `path`, what it must be. */
  readonly POLICY_INVALID: PolicyInvalidDetails
  /** An indicator names a rule the policy does not define. */
  readonly RULE_UNKNOWN: RuleUnknownDetails
  /** A custom rule threw, or returned a score outside [0, weight]. */
  readonly RULE_FAILED: RuleFailedDetails
  /** An evaluator's judgement that cannot hold: an unknown id, a score outside its level's band or above the weight. */
  readonly JUDGEMENT_INVALID: JudgementInvalidDetails
}

/**
 * Every issue code of scoring: findings (warnings) and errors.
 *
 * @example
 * ```ts
 * const d: ScoringIssueDetailsByCode['WEIGHTS_NOT_TOTAL'] = { weight: '110', total: '100' }
 * ```
 */
export interface ScoringIssueDetailsByCode extends ScoringFindingDetailsByCode, ScoringErrorDetailsByCode {}

/**
 * Every issue code of scoring.
 *
 * @example
 * ```ts
 * const code: ScoringErrorCode = 'PRINTED_SCORE_MISMATCH'
 * ```
 */
export type ScoringErrorCode = keyof ScoringIssueDetailsByCode

/**
 * The codes of a report's findings.
 *
 * @example
 * ```ts
 * const code: FindingCode = 'OVER_ACHIEVEMENT'
 * ```
 */
export type FindingCode = keyof ScoringFindingDetailsByCode
