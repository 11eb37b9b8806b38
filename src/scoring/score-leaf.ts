/**
 * Scoring one level-3 leaf: choose its rule (named, read from its 评分标准, or the policy's default for its kind and
 * polarity), judge its actual against its target (each pair once per report), apply the rule, then over-achievement,
 * rounding and the evaluator's adjustment.
 *
 * @module
 */
import { AttainmentError, type Issue } from '../errors.js'
import type { Attainment } from '../attainment/attainment.js'
import type { Actual } from '../attainment/actual.js'
import { evaluate } from '../attainment/evaluate-target.js'
import type { CheckedOptions } from '../attainment/options.js'
import { D, ONE, ZERO, freezeDecimal, type Decimal } from '../numbers/decimal.js'
import type { Adjustment, Leaf } from '../indicators/types.js'
import type { Target } from '../targets/types.js'
import type { ScoreCode, ScorePenalty, UndecidedReason, VetoScope } from '../messages/scoring-details.js'
import { readDeduction } from './criteria/deduction-text.js'
import { readBandCriteria } from './criteria/band-criteria.js'
import { normalizeWidth } from '../numbers/normalize.js'
import { ALL_OR_NOTHING_CRITERIA } from './lexicon/deduction-words.js'
import type { CompiledPolicy, CompiledRule } from './policies/compiled.js'
import { applyRule } from './rules/index.js'
import { custom } from './rules/custom.js'
import { isLower } from './rules/ratio.js'
import { qualitative } from './rules/qualitative.js'
import { undecided, type CheckedJudgement, type RuleContext, type RuleResult } from './rules/rule.js'
import { describeUnit } from '../quantities/unit.js'
import { periodsDiffer, reductionOf, relativeYear, sidesOf, unitAmbiguous, vagueActual } from './sides.js'
import { roundTo } from './rounding.js'
import { placeOf, scoringIssue } from './issues.js'
import type { ScoreStatus } from './types.js'

/** @internal What the engine keeps for one report. */
export interface EngineContext {
  readonly policy: CompiledPolicy
  /** The options of each polarity; `none` for a polarity no cell gave (the target's own comparison decides). */
  readonly options: { readonly positive: CheckedOptions; readonly negative: CheckedOptions; readonly none: CheckedOptions }
  readonly judgements: ReadonlyMap<string, CheckedJudgement>
  /** Attainments by target, actual and polarity: the tree shares readings, so a repeated pair is judged once. */
  readonly memo: Map<Target, Map<Actual, PairEntry>>
  /** Deductions read from 评分标准 texts: the rule, null for criteria that are no deduction, 'unread' for one not read. */
  readonly criteria: Map<string, CompiledRule | null | 'unread'>
  readonly errors: Issue[]
}

/** A pair judged: its attainment (and whether the actual's words leave it vague), or why there is none. */
type Judged = { readonly attainment: Attainment; readonly vague: boolean } | { readonly why: UndecidedReason }

/** @internal What a pair says before any rule. */
export interface PairFacts {
  readonly reduction: 'reduction' | 'ambiguous' | undefined
  readonly forced: UndecidedReason | undefined
}

/** What a (target, actual) pair says before any rule, and its judgements by polarity: one entry per pair. */
interface PairEntry { readonly facts: PairFacts; positive?: Judged; negative?: Judged; none?: Judged }

function pairEntry(ctx: EngineContext, target: Target | null, actual: Actual | null): PairEntry | undefined {
  if (target === null || actual === null) return undefined
  let byActual = ctx.memo.get(target)
  if (byActual === undefined) ctx.memo.set(target, (byActual = new Map()))
  let entry = byActual.get(actual)
  if (entry === undefined) {
    const reduction = reductionOf(target, actual)
    const forced = reduction === 'ambiguous' ? 'reduction-ambiguous'
      : periodsDiffer(target, actual) ? 'period-differs'
      : unitAmbiguous(target, actual) ? 'unit-ambiguous'
      : relativeYear(actual) ? 'actual-vague'
      // 生师比 ≤1:20 against 1:22: which term is counted per which is not written the same way in every table
      : target.kind === 'ratio' && target.op !== null ? 'ratio-ambiguous'
      : undefined
    byActual.set(actual, (entry = { facts: { reduction, forced } }))
  }
  return entry
}

const NO_FACTS: PairFacts = { reduction: undefined, forced: undefined }

/** A cell holding a bare number (the table's unit column gave it its unit). */
const BARE = /^\s*[-+]?[0-9０-９]+(?:[.．][0-9０-９]+)?\s*$/u

/** Names whose word says a duration (时间, 时长, 工期): they say nothing of a share ("项目完成时间 100%"). */
const DURATION_WORDS = ['时间', '时长', '工期']


/** @internal One leaf scored, before its groups are summed. */
export interface LeafDraft {
  readonly leaf: Leaf
  readonly weight: Decimal
  status: ScoreStatus
  readonly rule: string
  readonly ruleKind: CompiledRule['kind'] | 'none'
  readonly attainment: Attainment | null
  met: boolean | null
  exact: Decimal | null
  computed: Decimal | null
  score: Decimal | null
  code: ScoreCode
  details: Readonly<Record<string, unknown>>
  penalty?: { penalty: ScorePenalty; final: Decimal }
  readonly why?: UndecidedReason
  /** The actual's performance above the threshold, for the over-achievement finding. */
  over?: { readonly performance: Decimal; readonly threshold: Decimal; readonly mode: 'none' | 'zero' | 'linear' }
  /** What a missed veto zeroes. */
  vetoScope?: VetoScope
  /** The evaluator's score that counts: a judgement's score without a level, or the table's adjustment. */
  adjustment?: Adjustment
  /** W − score, once (0 when left out or undecided). */
  lost: Decimal
}

function judge(ctx: EngineContext, entry: PairEntry | undefined, target: Target | null, actual: Actual | null, polarity: 'positive' | 'negative' | 'none'): Judged {
  if (target === null) return { why: 'no-target' }
  if (actual === null || entry === undefined) return { why: 'no-actual' }
  const known = entry[polarity]
  if (known !== undefined) return known
  let judged: Judged
  try {
    const attainment = evaluate(target, actual, ctx.options[polarity], false)
    // a compound left open because a part does not compare says so; words that say neither need a person's judgement
    const open = attainment.code === 'COMPOUND' && attainment.details.skipped ? 'not-comparable' : 'needs-judgement'
    // words that move an actual off its number the way that would turn the verdict ("100余万元" against ≤100万元)
    const vague = (attainment.code === 'MEASURE' || attainment.code === 'RANGE') && vagueActual(actual, isLower(attainment))
    judged = attainment.met === null ? ({ attainment, vague, why: open } as Judged) : { attainment, vague }
  } catch (error) {
    if (!(error instanceof AttainmentError)) throw error
    judged = { why: 'not-comparable' }
  }
  entry[polarity] = judged
  return judged
}

/** The default rule's name for a leaf: by its kind, its target's kind, its polarity. */
function defaultRule(policy: CompiledPolicy, leaf: Leaf, attainment: Attainment | null): string {
  const d = policy.policy.defaults
  if (leaf.kind === 'budget-execution') return d.budget
  const target = leaf.target
  if (target !== null) {
    const kinds = target.kind === 'any' || target.kind === 'all' ? target.targets.map((t) => t.kind) : [target.kind]
    if (kinds.every((k) => k === 'deadline')) return d.deadline
    if (kinds.every((k) => k === 'qualitative')) return d.qualitative
  }
  if (attainment !== null) return isLower(attainment) ? d.negative : d.positive
  return leaf.polarity.value === 'negative' ? d.negative : d.positive
}

/** Criteria that write a deduction ("扣0.5分", "每…扣"): when they cannot be read, the default rule would contradict them. */
const WRITES_DEDUCTION = /每[^，,；;。]{0,20}扣|扣(?:除|减)?\s*[0-9.零〇一二两三四五六七八九十半]+(?:\s*[-~～至到]\s*[0-9.零〇一二两三四五六七八九十半]+)?\s*分|酌情扣/u

/**
 * Criteria that say all or nothing ("完成得满分，未完成不得分") are the threshold rule only when they say nothing else: a
 * clause of partial credit beside them ("部分完成按比例得分", "80%-90%得5分") is a scale the reader does not read, so a
 * person decides.
 */
function allOrNothing(compact: string): CompiledRule | 'unread' | undefined {
  const phrase = ALL_OR_NOTHING_CRITERIA.find((w) => compact.includes(w))
  if (phrase === undefined) return undefined
  const rest = compact.replace(phrase, '').replace(/(?:全部|按期|按时)?(?:完成|达到|达标)(?:的|目标|指标|指标值|目标值)?(?:得|计)满分/gu, '').replace(/[\s，,。；;、：:（）()]/gu, '')
  return rest === '' ? { kind: 'threshold' } : 'unread'
}

/** Criteria that write a scale of points ("90%以上得满分，80%-90%得一半分", "低于90%不得分"): not read, so a person decides. */
const WRITES_SCALE = /不得分|得0分|计0分|[得为]满分|[0-9一二三四五六七八九十半.]\s*分|得一半|得[^，,；;。]{0,4}%/u
/** Criteria that say only "in proportion" ("完成得满分，未完成按比例得分"): the default rule says the same. */
const PROPORTIONAL = /按(?:完成)?比例/u

function criteriaRule(ctx: EngineContext, text: string): CompiledRule | null | 'unread' {
  const known = ctx.criteria.get(text)
  if (known !== undefined) return known
  const reading = readDeduction(text)
  const compact = normalizeWidth(text).replace(/\s+/gu, '')
  const scale = WRITES_SCALE.test(compact) && !(PROPORTIONAL.test(compact) && !/[0-9０-９]/u.test(compact))
  // a scale of points the reader can read ("≥95%,计3分;90%(含)-95%,计2分;低于90%计1分") is a step table on the actual
  const bands = reading === undefined && scale ? readBandCriteria(text) : undefined
  const rule: CompiledRule | null | 'unread' = bands !== undefined
    ? { kind: 'steps', on: 'actual', bands }
    : reading === undefined ? allOrNothing(compact) ?? (WRITES_DEDUCTION.test(text) || scale ? 'unread' : null)
    : { ...reading, kind: 'deduction', criteria: text }
  ctx.criteria.set(text, rule)
  return rule
}

const NOT_APPLICABLE_DETAILS = { weight: null, reason: 'flag' }

/** @internal Score one leaf with its weight (null only for a leaf left out of the score). */
export function scoreLeaf(ctx: EngineContext, leaf: Leaf, weight: Decimal): LeafDraft {
  const policy = ctx.policy
  if (!leaf.applicable) {
    if (ctx.judgements.has(leaf.id)) ctx.errors.push(scoringIssue('JUDGEMENT_INVALID', { id: leaf.id, reason: 'not-applicable' }, { path: ['judgements', leaf.id] }, 'error'))
    const details = leaf.notApplicable === undefined ? NOT_APPLICABLE_DETAILS : { weight, reason: leaf.notApplicable }
    return { leaf, weight, status: 'not-applicable', rule: '', ruleKind: 'none', attainment: null, met: null, exact: null, computed: null, score: null, code: 'NOT_APPLICABLE', details, lost: ZERO }
  }
  const judgement = ctx.judgements.get(leaf.id)
  // an evaluator's judgement: a score without a level counts as an adjustment (with its reason); items are a checklist's;
  // a level is a qualitative rule's, or settles a score the rule left to a person (words against a number)
  const adjustment: Adjustment | undefined =
    judgement?.score !== undefined && judgement.level === undefined ? Object.freeze({ score: freezeDecimal(judgement.score), reason: judgement.reason ?? '' }) : leaf.adjustment
  const target = leaf.kind === 'indicator' ? leaf.target : null
  const actual = leaf.kind === 'indicator' ? leaf.actual : null
  // a polarity no cell, word or comparison gave is no polarity: a bare "0起" is at most 0, not at least; a target that is a
  // reduction ("投诉率较上年下降5%") counts the reduction achieved, and more of it is better whatever the name says
  const entry = leaf.kind === 'indicator' ? pairEntry(ctx, target, actual) : undefined
  const facts = entry?.facts ?? NO_FACTS
  const reduction = facts.reduction
  // the table's own criteria, read once per text; a deduction for going over ("每超过…扣") makes an indicator no word or
  // comparison gave a polarity lower-is-better, one for falling short higher-is-better
  const read = leaf.rule === undefined && policy.policy.criteria === 'read' && leaf.criteria !== undefined && leaf.kind === 'indicator' ? criteriaRule(ctx, leaf.criteria) : null
  const criteriaPolarity = read !== null && read !== 'unread' && read.kind === 'deduction' && read.direction !== 'count' ? (read.direction === 'over' ? 'negative' : 'positive') : undefined
  // a duration word of the name (项目完成时间) says nothing of a target that is no duration (100%)
  const durationOnly = leaf.kind === 'indicator' && leaf.polarity.source === 'name' && DURATION_WORDS.some((w) => leaf.polarity.word === w) && target !== null && target.kind === 'compare' && describeUnit(target.value.unit).family !== 'time'
  const polarity =
    leaf.kind !== 'indicator' ? 'none' : reduction === 'reduction' ? 'positive' : leaf.polarity.source === 'default' || durationOnly ? (criteriaPolarity ?? 'none') : leaf.polarity.value
  const judged: Judged | undefined = leaf.kind === 'indicator' ? judge(ctx, entry, target, actual, polarity) : undefined
  const attainment = judged !== undefined && 'attainment' in judged ? judged.attainment : null
  const why = judged !== undefined && 'why' in judged ? judged.why : undefined
  // the rule: named by the indicator, else read from its 评分标准, else the policy's default
  // what the rule cannot decide whatever it is: an evaluator's level may still settle it
  let forced: UndecidedReason | undefined = facts.forced
  // a bare number the unit column gave its unit is as doubtful as one written without it; words that move an actual off
  // its number the way that would turn the verdict leave it to a person
  const actualText = leaf.kind === 'indicator' ? leaf.actualText : undefined
  if (forced === undefined && actualText !== undefined && BARE.test(actualText) && unitAmbiguous(target, actual, true)) forced = 'unit-ambiguous'
  if (forced === undefined && judged !== undefined && 'vague' in judged && judged.vague) forced = 'actual-vague'
  let name = leaf.rule
  let rule: CompiledRule | undefined
  if (name !== undefined) rule = policy.rules.get(name)
  else if (policy.policy.criteria === 'read' && leaf.criteria !== undefined && leaf.kind === 'indicator') {
    // a deduction that cannot be read says nothing of a met target: it loses nothing; a missed one is left to a person
    if (read === 'unread') {
      if (attainment?.met !== true) forced ??= 'criteria-unread'
      // met: full marks, whatever the default rule of the policy would add
      name = 'criteria'
      rule = { kind: 'threshold' }
    }
    if (read !== null && read !== 'unread') {
      name = 'criteria'
      rule = read
    }
  }
  if (name === undefined) {
    name = defaultRule(policy, leaf, attainment)
    rule = policy.rules.get(name)
  }
  if (rule === undefined) {
    ctx.errors.push(scoringIssue('RULE_UNKNOWN', { rule: name, name: leaf.name }, placeOf(leaf), 'error'))
    return undecidedDraft(leaf, weight, name, 'none', attainment, 'needs-judgement', adjustment)
  }
  // one shape for every leaf (optional fields present as undefined): the context is made once per leaf on the hot path
  const ruleCtx: RuleContext = { leaf, target, actual, weight, attainment, why, sides: sidesOf(target, actual, attainment, actualText), policy, rule: name, judgement }
  if (judgement?.items !== undefined && rule.kind !== 'checklist') {
    ctx.errors.push(scoringIssue('JUDGEMENT_INVALID', { id: leaf.id, reason: 'not-checklist' }, { path: ['judgements', leaf.id] }, 'error'))
    return undecidedDraft(leaf, weight, name, rule.kind, attainment, 'needs-judgement')
  }
  let result: RuleResult
  if (forced !== undefined) result = judgement?.level !== undefined && rule.kind === 'qualitative' ? applyRule(rule, ruleCtx) : undecided(forced)
  else if (rule.kind === 'custom') {
    const out = custom(rule, ruleCtx, name)
    if (!('kind' in out)) {
      ctx.errors.push(scoringIssue('RULE_FAILED', { rule: name, name: leaf.name, ...out }, placeOf(leaf), 'error'))
      return undecidedDraft(leaf, weight, name, 'custom', attainment, 'needs-judgement')
    }
    result = out
  } else result = applyRule(rule, ruleCtx)
  if (judgement?.level !== undefined && rule.kind !== 'qualitative') {
    if (result.kind !== 'undecided') {
      // the rule decided: a level would contradict it
      ctx.errors.push(scoringIssue('JUDGEMENT_INVALID', { id: leaf.id, reason: 'not-qualitative' }, { path: ['judgements', leaf.id] }, 'error'))
      return undecidedDraft(leaf, weight, name, rule.kind, attainment, 'needs-judgement')
    }
    result = qualitative({ kind: 'qualitative' }, ruleCtx)
    name = policy.policy.defaults.qualitative
  }
  if (result.kind === 'undecided') {
    const d = undecidedDraft(leaf, weight, name, rule.kind, attainment, result.why, adjustment)
    return d
  }
  let exact = result.exact === weight ? weight : result.exact.isNegative() ? ZERO : result.exact.gt(weight) ? weight : result.exact
  const draft: LeafDraft = {
    leaf, weight, status: 'scored', rule: name, ruleKind: rule.kind, attainment, met: result.met,
    exact, computed: null, score: null, code: result.code, details: result.details, lost: ZERO,
  }
  // over-achievement: a higher-is-better measure met far above its target
  const over = policy.over
  if (over.mode !== 'none' && attainment !== null && attainment.code === 'MEASURE' && attainment.details.rule === 'higher-is-better' && attainment.met === true) {
    const p = attainment.performance
    if (p !== null && p.gte(over.threshold)) {
      if (over.mode === 'flag') draft.over = { performance: p, threshold: over.threshold, mode: 'none' }
      else {
        const before = exact
        const share = ONE.minus(p.minus(over.threshold))
        const reduced = over.mode === 'zero' || share.isNegative() ? ZERO : weight.times(share)
        exact = reduced.gt(exact) ? exact : reduced
        draft.exact = exact
        draft.over = { performance: p, threshold: over.threshold, mode: over.mode }
        draft.penalty = { penalty: { kind: 'over-achievement', mode: over.mode, performance: p, threshold: over.threshold, before }, final: ZERO }
      }
    }
  }
  draft.computed = roundScore(policy, exact, weight, draft.met)
  if (draft.penalty !== undefined) {
    draft.penalty.final = draft.computed
    completeDetails(draft.details, weight, roundScore(policy, (draft.penalty.penalty as { before: Decimal }).before, weight, draft.met))
  } else completeDetails(draft.details, weight, draft.computed)
  draft.score = policy.stage === 'indicator' ? draft.computed : exact
  if (adjustment !== undefined) {
    draft.status = 'adjusted'
    draft.score = adjustment.score
    draft.adjustment = adjustment
  }
  draft.lost = lostOf(weight, draft.score)
  return draft
}

/** @internal W − score, frozen; 0 for full marks, a score left out, or one left to a person. */
export function lostOf(weight: Decimal, score: Decimal | null): Decimal {
  if (score === null || score === weight) return ZERO
  const lost = weight.minus(score)
  return lost.isZero() || lost.isNegative() ? ZERO : freezeDecimal(lost)
}

/** A rule's details (a fresh object each time, not yet frozen) completed with the weight and the rounded score. */
function completeDetails(details: Readonly<Record<string, unknown>>, weight: Decimal, score: Decimal): void {
  const d = details as Record<string, unknown>
  d.weight = weight
  d.score = score
}

/**
 * @internal Round a score: the policy's places and mode; full marks stay the weight; a target not met is never rounded
 * up to full marks (4.9995 of 5 is 4.99, not 5.00), and no score is rounded above its weight.
 */
export function roundScore(policy: CompiledPolicy, exact: Decimal, weight: Decimal, met: boolean | null): Decimal {
  // full marks are the weight as written, whatever the places (a weight of 2.5 rounded to whole points stays 2.5)
  if (exact === weight) return weight
  const r = roundTo(exact, policy.places, policy.rm)
  // one comparison in the common case: a score below its weight (each comparison of decimal.js makes a Decimal)
  if (r.comparedTo(weight) < 0) return weight.decimalPlaces() > policy.places && exact.eq(weight) ? weight : r
  if (exact.eq(weight)) return weight
  if (met === false && exact.lt(weight)) return roundTo(exact, policy.places, D.ROUND_DOWN)
  return weight
}

function undecidedDraft(leaf: Leaf, weight: Decimal, rule: string, kind: CompiledRule['kind'] | 'none', attainment: Attainment | null, why: UndecidedReason, adjustment: Adjustment | undefined = leaf.adjustment): LeafDraft {
  const actual = leaf.kind === 'indicator' ? (leaf.actualText ?? leaf.actual?.source ?? '') : ''
  const target = leaf.kind === 'indicator' ? (leaf.target?.source ?? leaf.targetText ?? '') : ''
  return {
    leaf, weight, status: adjustment === undefined ? 'undecided' : 'adjusted', rule, ruleKind: kind, attainment, met: attainment?.met ?? null,
    exact: null, computed: null, score: adjustment === undefined ? null : adjustment.score, code: 'UNDECIDED', details: { weight, actual, target, why }, why,
    lost: lostOf(weight, adjustment === undefined ? null : adjustment.score),
    ...(adjustment === undefined ? {} : { adjustment }),
  }
}
