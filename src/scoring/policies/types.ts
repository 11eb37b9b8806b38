/**
 * A scoring policy as data: which rule scores which kind of indicator, the qualitative bands, over-achievement, late
 * deadlines, rounding and grades. Plain JSON-serialisable values (numbers as JS numbers or decimal strings), except a
 * `custom` rule's function; an app stores a province's policy in its database and revives it with `parsePolicy`.
 *
 * @module
 */
import type { Decimal } from '../../numbers/decimal.js'
import type { Attainment } from '../../attainment/attainment.js'
import type { Leaf } from '../../indicators/types.js'
import type { VetoScope } from '../../messages/scoring-details.js'

/**
 * A number in a policy: a JS number or a decimal string ("0.05"), read exactly.
 *
 * @example
 * ```ts
 * const threshold: PolicyNumber = '1.3'
 * ```
 */
export type PolicyNumber = number | string

/**
 * How a score is rounded: 四舍五入 (`half-up`, the default), always up (`up`, seen in published tables), always down
 * (`down`), or to the even neighbour (`half-even`).
 *
 * @example
 * ```ts
 * const mode: RoundingMode = 'up'
 * ```
 */
export type RoundingMode = 'half-up' | 'up' | 'down' | 'half-even'

/**
 * Rounding: to `places` decimals in `mode`, at the `stage` of each indicator (then the rounded scores are summed, so the
 * printed column adds up; the default) or of the totals only (exact scores summed, each node's sum rounded).
 *
 * @example
 * ```ts
 * const r: Rounding = { places: 2, mode: 'half-up', stage: 'indicator' }
 * ```
 */
export interface Rounding {
  /** Decimal places, 0 to 10. */
  readonly places: number
  /** The mode. */
  readonly mode: RoundingMode
  /** Round each indicator and sum (`indicator`), or sum exact scores and round each sum (`total`). */
  readonly stage: 'indicator' | 'total'
}

/**
 * One grade band: the grade given from `min` (inclusive) up to the next band's `min`, on the total out of 100.
 *
 * @example
 * ```ts
 * const band: GradeBand = { grade: '优', min: 90 }
 * ```
 */
export interface GradeBand {
  /** The grade's name (优, 良, 中, 差, or a province's own). */
  readonly grade: string
  /** The lowest total (out of 100) that gets it, inclusive. */
  readonly min: PolicyNumber
}

/**
 * One qualitative band: a level's share of the weight, from `min` (inclusive) to `max` (inclusive when it is 1, else
 * exclusive), and the share given when the evaluator gives the level without a score.
 *
 * @example
 * ```ts
 * const band: QualitativeBand = { min: 0.6, max: 0.8, score: 0.7 } // 部分达成
 * ```
 */
export interface QualitativeBand {
  /** The lowest share of the band, inclusive. */
  readonly min: PolicyNumber
  /** The highest share, exclusive unless it is 1. */
  readonly max: PolicyNumber
  /** The share given by default. */
  readonly score: PolicyNumber
}

/**
 * The three qualitative bands (财预〔2020〕10号 practice: [80%, 100%], [60%, 80%), [0, 60%)).
 *
 * @example
 * ```ts
 * const bands: QualitativeBands = { achieved: { min: 0.8, max: 1, score: 1 }, partial: { min: 0.6, max: 0.8, score: 0.7 }, 'not-achieved': { min: 0, max: 0.6, score: 0 } }
 * ```
 */
export interface QualitativeBands {
  /** 达成年度指标. */
  readonly achieved: QualitativeBand
  /** 部分达成并具有一定效果. */
  readonly partial: QualitativeBand
  /** 未达成且效果较差. */
  readonly 'not-achieved': QualitativeBand
}

/**
 * One band of a step table: `range` written as tables write it ("90%(含)以上", "60%(含)-80%", "低于60%"; the end marked
 * 含 is in, the other out, so bands never overlap), and the share of the weight or the points it gives.
 *
 * @example
 * ```ts
 * const band: StepBand = { range: '80%(含)-90%', share: 0.8 }
 * ```
 */
export interface StepBand {
  /** The range, as written. */
  readonly range: string
  /** The share of the weight given, in [0, 1]. */
  readonly share?: PolicyNumber
  /** Or the points given, at most the weight. */
  readonly points?: PolicyNumber
}

/**
 * What a caller's own rule receives.
 *
 * @example
 * ```ts
 * const half = (input: CustomRuleInput): string => input.weight.div(2).toFixed()
 * ```
 */
export interface CustomRuleInput {
  /** The indicator (or budget line). */
  readonly leaf: Leaf
  /** Its weight W. */
  readonly weight: Decimal
  /** The judgement of its actual against its target, when both are there and compare. */
  readonly attainment: Attainment | null
}

/**
 * What a caller's own rule returns: the score (in [0, W]), or the score and a note for the explanation.
 *
 * @example
 * ```ts
 * const r: CustomRuleResult = { score: 4.5, note: '按会议纪要认定' }
 * ```
 */
export type CustomRuleResult = PolicyNumber | Decimal | CustomRuleScore

/**
 * A custom rule's score with a note for the explanation.
 *
 * @example
 * ```ts
 * const r: CustomRuleScore = { score: 4.5, note: '按会议纪要认定' }
 * ```
 */
export interface CustomRuleScore {
  /** The score, in [0, W]. */
  readonly score: PolicyNumber | Decimal
  /** A note for the explanation. */
  readonly note?: string
}

/**
 * `proportional`, `reverse-ratio`, `reverse-linear`, `equal`, `threshold`, `rate`, `budget-execution`: rules without parameters.
 *
 * @example
 * ```ts
 * const r: PlainRule = { kind: 'reverse-linear' }
 * ```
 */
export interface PlainRule {
  /** The rule's kind. */
  readonly kind: 'proportional' | 'reverse-ratio' | 'reverse-linear' | 'equal' | 'threshold' | 'rate' | 'budget-execution'
}

/**
 * `qualitative`, with bands of its own.
 *
 * @example
 * ```ts
 * const r: QualitativeRule = { kind: 'qualitative', bands: { achieved: { min: 0.8, max: 1, score: 1 }, partial: { min: 0.5, max: 0.8, score: 0.6 }, 'not-achieved': { min: 0, max: 0.5, score: 0 } } }
 * ```
 */
export interface QualitativeRule {
  /** Always `qualitative`. */
  readonly kind: 'qualitative'
  /** Bands of this rule (else the policy's). */
  readonly bands?: QualitativeBands
}

/**
 * `deadline`, with a late share of its own.
 *
 * @example
 * ```ts
 * const r: DeadlineRule = { kind: 'deadline', late: 0.5 }
 * ```
 */
export interface DeadlineRule {
  /** Always `deadline`. */
  readonly kind: 'deadline'
  /** The share of the weight a late deadline gets (else the policy's). */
  readonly late?: PolicyNumber
}

/**
 * `deduction`: per points off each step.
 *
 * @example
 * ```ts
 * const r: DeductionRule = { kind: 'deduction', per: 1, direction: 'short' } // 每少一项扣1分
 * ```
 */
export interface DeductionRule {
  /** Always `deduction`. */
  readonly kind: 'deduction'
  /** Points off each step. */
  readonly per: PolicyNumber
  /** The step, in the target's unit (default 1). */
  readonly step?: PolicyNumber
  /** What a step counts: shortfall below the target, excess above it, or each occurrence. */
  readonly direction: 'short' | 'over' | 'count'
}

/**
 * One sub-item of a checklist.
 *
 * @example
 * ```ts
 * const item: ChecklistItem = { name: '预算公开', points: 2 }
 * ```
 */
export interface ChecklistItem {
  /** Its name, as judgements name it. */
  readonly name: string
  /** Its points. */
  readonly points: PolicyNumber
}

/**
 * `checklist`: the points of the sub-items met.
 *
 * @example
 * ```ts
 * const r: ChecklistRule = { kind: 'checklist', items: [{ name: '预算公开', points: 2 }, { name: '决算公开', points: 2 }] }
 * ```
 */
export interface ChecklistRule {
  /** Always `checklist`. */
  readonly kind: 'checklist'
  /** The sub-items. */
  readonly items: readonly ChecklistItem[]
}

/**
 * `steps`: the band the value falls in.
 *
 * @example
 * ```ts
 * const r: StepsRule = { kind: 'steps', on: 'actual', bands: [{ range: '90%(含)以上', share: 1 }, { range: '低于90%', share: 0.6 }] }
 * ```
 */
export interface StepsRule {
  /** Always `steps`. */
  readonly kind: 'steps'
  /** The actual value, or the completion ratio. */
  readonly on: 'actual' | 'ratio'
  /** The bands. */
  readonly bands: readonly StepBand[]
}

/**
 * `veto` (一票否决).
 *
 * @example
 * ```ts
 * const r: VetoRule = { kind: 'veto', scope: 'level1' } // 一票否决
 * ```
 */
export interface VetoRule {
  /** Always `veto`. */
  readonly kind: 'veto'
  /** What a miss zeroes. */
  readonly scope: VetoScope
}

/**
 * `custom`: a caller's function (not JSON).
 *
 * @example
 * ```ts
 * const r: CustomRule = { kind: 'custom', score: ({ weight }) => weight.div(2) }
 * ```
 */
export interface CustomRule {
  /** Always `custom`. */
  readonly kind: 'custom'
  /** The function. */
  readonly score: (input: CustomRuleInput) => CustomRuleResult
}

/**
 * A rule: named data, one kind per scoring formula. The engine has one pure function per kind (`src/scoring/rules/`).
 *
 * - `proportional`: 正向. Met → W; else W × A ÷ T.
 * - `reverse-ratio`: 逆向. Met → W; else W × T ÷ A.
 * - `reverse-linear`: 逆向. Met → W; else W × (1 − (A − T) ÷ T), 0 at A = 2T.
 * - `equal`: "=" targets. T > 0 like proportional; T = 0 full marks only if A ≤ 0.
 * - `threshold`: all or nothing.
 * - `rate`: W × the actual rate, whatever the target (98% → 19.6 of 20).
 * - `qualitative`: the bands of the policy (or `bands`).
 * - `deadline`: met → W; late → `late` share (or the policy's).
 * - `budget-execution`: W × min(1, 执行数 ÷ 全年预算数).
 * - `deduction`: `per` points off each `step` of shortfall (`short`), excess (`over`) or occurrence (`count`), floor 0.
 * - `checklist`: the points of the sub-items met (an evaluator's judgement says which).
 * - `steps`: the band the actual (or the completion ratio) falls in.
 * - `veto`: all or nothing, and when missed the `scope` is zeroed (一票否决).
 * - `custom`: a function (not JSON: a policy with one is not serialisable).
 *
 * @example
 * ```ts
 * const rule: RuleSpec = { kind: 'deduction', per: 0.5, step: 1, direction: 'over' } // 每超过一个百分点扣0.5分
 * ```
 */
export type RuleSpec = PlainRule | QualitativeRule | DeadlineRule | DeductionRule | ChecklistRule | StepsRule | VetoRule | CustomRule

/**
 * The kind of a rule.
 *
 * @example
 * ```ts
 * const kind: RuleKind = 'reverse-linear'
 * ```
 */
export type RuleKind = RuleSpec['kind']

/**
 * Over-achievement (完成值高于指标值较多): flag for review at `threshold` × T (the default, 1.2), do nothing (`none`), zero
 * the score above it (`zero`), or take off the deviation above it (`linear`: W × max(0, 1 − (A ÷ T − threshold))).
 *
 * @example
 * ```ts
 * const o: OverAchievement = { mode: 'flag', threshold: 1.3 }
 * ```
 */
export interface OverAchievement {
  /** What happens above the threshold. */
  readonly mode: 'flag' | 'none' | 'zero' | 'linear'
  /** A ÷ T from which it applies, inclusive (1.2: 120% of the target). */
  readonly threshold: PolicyNumber
}

/**
 * 逆向 with T = 0 and A > 0: zero (`{ mode: 'zero' }`), or `per` points off each `step` of A.
 *
 * @example
 * ```ts
 * const z: ZeroTargetPolicy = { mode: 'deduct', per: 2, step: 1 } // 每发生1起扣2分
 * ```
 */
export interface ZeroTargetPolicy {
  /** Zero, or deduct. */
  readonly mode: 'zero' | 'deduct'
  /** Points off each step, for `deduct`. */
  readonly per?: PolicyNumber
  /** The step of A, for `deduct`. */
  readonly step?: PolicyNumber
}

/**
 * A scoring policy: plain data.
 *
 * @example
 * ```ts
 * import { policies } from 'jixiao'
 * const p: Policy = policies.mof2020
 * p.defaults.negative
 * //=> 'reverse-ratio'
 * ```
 */
export interface Policy {
  /** The policy's name. */
  readonly name: string
  /** Where its rules come from. */
  readonly source?: string
  /** The named rules an indicator's `rule` or the defaults may name. */
  readonly rules: Readonly<Record<string, RuleSpec>>
  /** The rule (a name of `rules`) for each kind of indicator, when the indicator names none. */
  readonly defaults: {
    /** A measured target, higher is better (正向). */
    readonly positive: string
    /** A measured target, lower is better (逆向). */
    readonly negative: string
    /** A target in words (定性). */
    readonly qualitative: string
    /** A deadline (时效). */
    readonly deadline: string
    /** The budget-execution line (预算执行率). */
    readonly budget: string
  }
  /** Compound targets (any / all): from the parts' ratio (any: the best part, all: the worst), or all or nothing. */
  readonly compound: 'ratio' | 'all-or-nothing'
  /** The qualitative bands. */
  readonly qualitative: QualitativeBands
  /** Over-achievement. */
  readonly overAchievement: OverAchievement
  /** Relative tolerance of approximate targets (约, 左右), a fraction in [0, 1). */
  readonly tolerance: PolicyNumber
  /** Late or undone deadlines: the share of the weight given. */
  readonly lateDeadline: PolicyNumber
  /** 逆向 with T = 0 and A > 0: zero, or `per` points off each `step` of A. */
  readonly zeroTarget: ZeroTargetPolicy
  /** A deduction's step not whole ("超过1.5个百分点"): in proportion, only whole steps count, or a step begun counts. */
  readonly partialStep: 'proportional' | 'floor' | 'ceil'
  /** Read the 评分标准 column ("每少一项扣1分，扣完为止") as a deduction rule when an indicator names no rule. */
  readonly criteria: 'read' | 'ignore'
  /** The weight of the budget-execution line when the table gives none, or null. */
  readonly budgetWeight: PolicyNumber | null
  /** Rounding. */
  readonly rounding: Rounding
  /** Grade bands, on the total out of 100. */
  readonly grades: readonly GradeBand[]
}

/**
 * What `definePolicy` takes: any part of a policy; nested objects merge, lists and rules replace by name.
 *
 * @example
 * ```ts
 * const o: PolicyOverrides = { name: '某省', overAchievement: { threshold: 1.3 } }
 * ```
 */
export interface PolicyOverrides {
  /** The new policy's name (else "<base> (derived)"). */
  readonly name?: string
  /** Where its rules come from. */
  readonly source?: string
  /** Rules to add or replace, by name. */
  readonly rules?: Readonly<Record<string, RuleSpec>>
  /** Default rules to change. */
  readonly defaults?: Partial<Policy['defaults']>
  /** Compound targets. */
  readonly compound?: Policy['compound']
  /** Qualitative bands to change, field by field. */
  readonly qualitative?: { readonly [L in keyof QualitativeBands]?: Partial<QualitativeBand> }
  /** Over-achievement, field by field. */
  readonly overAchievement?: Partial<OverAchievement>
  /** Tolerance of approximate targets. */
  readonly tolerance?: PolicyNumber
  /** The share a late deadline keeps. */
  readonly lateDeadline?: PolicyNumber
  /** 逆向 zero targets (replaced whole). */
  readonly zeroTarget?: ZeroTargetPolicy
  /** Partial deduction steps. */
  readonly partialStep?: Policy['partialStep']
  /** Reading 评分标准. */
  readonly criteria?: Policy['criteria']
  /** The budget line's weight. */
  readonly budgetWeight?: PolicyNumber | null
  /** Rounding, field by field. */
  readonly rounding?: Partial<Rounding>
  /** Grade bands (replaced whole). */
  readonly grades?: readonly GradeBand[]
}
