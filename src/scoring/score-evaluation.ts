/**
 * `scoreEvaluation`: an Evaluation scored under a policy, as a frozen ScoreReport that mirrors the tree.
 *
 * @module
 */
import { toSafe, type SafeResult } from '../result.js'
import { withoutStack, type Issue } from '../errors.js'
import { checkOptions } from '../attainment/options.js'
import { D, HUNDRED, WIDE, ZERO, freezeDecimal, type Decimal } from '../numbers/decimal.js'
import { isBuiltEvaluation } from '../indicators/trusted.js'
import { markReport } from './trusted.js'
import type { Evaluation, Leaf, Level1Group, Level2Group } from '../indicators/types.js'
import { isRecord, own } from '../own.js'
import { compilePolicy, type CompiledPolicy } from './policies/compiled.js'
import { mof2020 } from './policies/mof2020.js'
import { resolvePolicy } from './policies/define-policy.js'
import { checkJudgements } from './judgements.js'
import { scoreLeaf, type EngineContext, type LeafDraft } from './score-leaf.js'
import { explanation } from './explanation.js'
import { groupFindings, leafFindings, totalFindings } from './audit.js'
import { placeOf, scoringIssue } from './issues.js'
import { roundTo } from './rounding.js'
import { ScoringError } from './scoring-error.js'
import type { Policy } from './policies/types.js'
import type { Grade, GroupScore, IndicatorScore, Judgement, PointsLost, ScoreOptions, ScoreReport } from './types.js'

function fail(issues: Issue[]): never {
  throw new ScoringError(issues as [Issue, ...Issue[]])
}

/** The weight a leaf is scored with: its own, or the policy's budget weight for a budget line without one. */
function weightOf(policy: CompiledPolicy, leaf: Leaf): Decimal | null {
  if (leaf.weight !== null) return leaf.weight
  if (leaf.kind === 'budget-execution' && policy.budgetWeight !== null) return policy.budgetWeight
  return null
}

function freezeLeaf(d: LeafDraft): IndicatorScore {
  const leaf = d.leaf
  const lost = d.lost
  const out: Record<string, unknown> = {
    id: leaf.id,
    name: leaf.name,
    level: 3,
    leaf,
    path: leaf.path,
    weight: d.weight,
    status: d.status,
    rule: d.rule,
    attainment: d.attainment,
    met: d.met,
    exact: d.exact === null ? null : freezeDecimal(d.exact),
    computed: d.computed === null ? null : freezeDecimal(d.computed),
    score: d.score === null ? null : freezeDecimal(d.score),
    lost,
    explanation: explanation(d.code, d.details, d.penalty, d.adjustment),
  }
  if (leaf.row !== undefined) out.row = leaf.row
  if (d.adjustment !== undefined) out.adjustment = d.adjustment
  if (leaf.printedScore !== undefined) out.printed = leaf.printedScore
  return Object.freeze(out) as unknown as IndicatorScore
}

/**
 * A node's sums, kept as what is lost: most indicators meet their targets and lose nothing, so a sum costs one addition per
 * indicator (its weight) and two more per indicator that loses points. Sums start from a zero of full width, so that adding
 * 40-digit scores is exact and a total does not depend on the order of the indicators; each node's sums are brought back to
 * 40 digits when it is made. Mutable while the node is summed.
 */
interface Sum {
  weight: Decimal
  /** The weight of the indicators left out (不适用). */
  na: Decimal
  /** Weight − the counted scores (rounded at stage indicator, exact at stage total; undecided count as 0). */
  lostCounted: Decimal
  /** Weight − the exact scores (an adjusted score counts as given). */
  lostExact: Decimal
  complete: boolean
  /** A counted child missed its target (and no evaluator gave it a score). */
  missed: boolean
}

const WIDE_ZERO = /*@__PURE__*/ freezeDecimal(new WIDE(0))

function empty(): Sum {
  return { weight: WIDE_ZERO, na: WIDE_ZERO, lostCounted: WIDE_ZERO, lostExact: WIDE_ZERO, complete: true, missed: false }
}

/** Add a node's sums into its parent's. */
function addInto(into: Sum, b: Sum): void {
  into.weight = into.weight.plus(b.weight)
  if (!b.na.isZero()) into.na = into.na.plus(b.na)
  if (!b.lostCounted.isZero()) into.lostCounted = into.lostCounted.plus(b.lostCounted)
  if (!b.lostExact.isZero()) into.lostExact = into.lostExact.plus(b.lostExact)
  into.complete &&= b.complete
  into.missed ||= b.missed
}

/** Add a leaf into its group's sums. */
function addLeaf(into: Sum, d: LeafDraft, lost: Decimal): void {
  const w = d.weight
  into.weight = into.weight.plus(w)
  if (d.status === 'not-applicable') {
    into.na = into.na.plus(w)
    return
  }
  if (d.score === null) {
    into.complete = false
    into.lostCounted = into.lostCounted.plus(w)
    into.lostExact = into.lostExact.plus(w)
    return
  }
  if (d.met === false && d.status === 'scored') into.missed = true
  if (!lost.isZero()) into.lostCounted = into.lostCounted.plus(lost)
  // an adjusted score counts exactly as given; a scored one by its exact score
  const exact = d.status === 'adjusted' ? d.score : (d.exact as Decimal)
  if (exact !== w) {
    const short = new WIDE(w).minus(exact)
    if (!short.isZero()) into.lostExact = into.lostExact.plus(short)
  }
}

const applicableOf = (s: Sum): Decimal => s.weight.minus(s.na)
const countedOf = (s: Sum): Decimal => applicableOf(s).minus(s.lostCounted)
const exactOf = (s: Sum): Decimal => applicableOf(s).minus(s.lostExact)

/** A full-width sum as the library's Decimal (40 significant digits), frozen. */
function narrow(x: Decimal): Decimal {
  return freezeDecimal(new D(x))
}

/**
 * A sum rounded never passes the weight it is scored against (0.01 of 0.01 rounded up to whole points is 0.01), and a sum
 * with a missed target in it is never rounded up to full marks (9.99995 of 10 summed exactly is 9.99, not 10.00).
 */
function capped(policy: CompiledPolicy, score: Decimal, sum: Sum): Decimal {
  const applicable = applicableOf(sum)
  const counted = countedOf(sum)
  if (score.gte(applicable) && counted.lt(applicable) && (sum.missed || score.gt(applicable))) {
    const down = narrow(roundTo(counted, policy.places, D.ROUND_DOWN))
    return down.gt(applicable) ? narrow(applicable) : down
  }
  return score.gt(applicable) && counted.lte(applicable) ? narrow(applicable) : score
}

/** A node's score: the counted sum, rounded at the totals stage, capped. */
function sumScore(policy: CompiledPolicy, sum: Sum): Decimal {
  const counted = countedOf(sum)
  return capped(policy, policy.stage === 'indicator' ? narrow(counted) : narrow(roundTo(counted, policy.places, policy.rm)), sum)
}

function groupScore(policy: CompiledPolicy, node: Level1Group | Level2Group, sum: Sum, children: readonly (GroupScore | IndicatorScore)[], vetoed: boolean): GroupScore {
  const score = sumScore(policy, sum)
  const out: Record<string, unknown> = {
    id: node.id,
    name: node.name,
    level: node.level,
    path: node.path,
    ...(node.row === undefined ? {} : { row: node.row }),
    weight: node.weight ?? narrow(sum.weight),
    applicableWeight: narrow(applicableOf(sum)),
    exact: narrow(exactOf(sum)),
    score,
    complete: sum.complete,
    vetoed,
    ...(node.printedScore === undefined ? {} : { printed: node.printedScore }),
    children: Object.freeze([...children]),
  }
  return Object.freeze(out) as unknown as GroupScore
}

/** Zero the leaves a missed veto reaches. */
function applyVetoes(drafts: readonly LeafDraft[], where: ReadonlyMap<LeafDraft, { l1: number; l2: number }>, findings: Issue[]): { l1: Set<number>; l2: Set<string>; total: boolean } {
  const vetoed = { l1: new Set<number>(), l2: new Set<string>(), total: false }
  for (const d of drafts) {
    if (d.ruleKind !== 'veto' || d.met !== false) continue
    const at = where.get(d) as { l1: number; l2: number }
    const rule = d.vetoScope ?? 'indicator'
    findings.push(scoringIssue('SCORE_VETOED', { name: d.leaf.name, scope: rule }, placeOf(d.leaf)))
    for (const other of drafts) {
      const o = where.get(other) as { l1: number; l2: number }
      const reached = rule === 'total' || (rule === 'level1' && o.l1 === at.l1) || (rule === 'level2' && o.l1 === at.l1 && o.l2 === at.l2) || other === d
      if (!reached || other.status === 'not-applicable' || other.status === 'undecided') continue
      const before = other.score ?? ZERO
      other.exact = ZERO
      other.computed = ZERO
      other.score = ZERO
      other.lost = other.weight
      other.penalty = { penalty: { kind: 'veto', by: d.leaf.name, scope: rule, before }, final: ZERO }
    }
    if (rule === 'total') vetoed.total = true
    if (rule === 'level1') vetoed.l1.add(at.l1)
    if (rule === 'level2') vetoed.l2.add(`${at.l1}.${at.l2}`)
  }
  return vetoed
}

/** What the report says it is about: the evaluation's kind, name, department, implementer and year, as given. */
function header(e: Evaluation): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  if (e.kind !== undefined) out['kind'] = e.kind
  if (e.name !== undefined) out['name'] = e.name
  if (e.department !== undefined) out['department'] = e.department
  if (e.implementer !== undefined) out['implementer'] = e.implementer
  if (e.year !== undefined) out['year'] = e.year
  return out
}

/** The options, own fields only: `judgements`, a plain object by id; anything else (a typo, a list, a getter that throws) is refused. */
function readOptions(options: ScoreOptions | undefined): Readonly<Record<string, Judgement>> | undefined {
  const bad = (option: string): never => fail([scoringIssue('SCORING_INPUT_INVALID', { reason: 'option', option }, { path: ['options', option] }, 'error')])
  if (options === undefined) return undefined
  if (!isRecord(options)) bad('options')
  let keys: string[]
  let judgements: unknown
  try {
    keys = Object.keys(options)
    judgements = own(options, 'judgements')
  } catch {
    return bad('options')
  }
  for (const key of keys) if (key !== 'judgements') bad(key)
  if (judgements === undefined) return undefined
  if (typeof judgements !== 'object' || judgements === null || Array.isArray(judgements)) bad('judgements')
  return judgements as Readonly<Record<string, Judgement>>
}

function build(evaluation: unknown, policyGiven: Policy | undefined, options: ScoreOptions | undefined): ScoreReport {
  if (!isBuiltEvaluation(evaluation)) fail([scoringIssue('SCORING_INPUT_INVALID', { reason: 'not-an-evaluation' }, { path: [] }, 'error')])
  const given = readOptions(options)
  const policy = compilePolicy(policyGiven === undefined ? mof2020 : resolvePolicy(policyGiven))
  const errors: Issue[] = []
  // every leaf and its weight, before anything is scored: a missing weight is an error, all of them at once
  const leaves = new Map<string, { leaf: Leaf; weight: Decimal | null }>()
  let weighted = 0
  let count = 0
  for (const g1 of evaluation.groups) {
    for (const g2 of g1.children) {
      for (const leaf of g2.children) {
        const weight = weightOf(policy, leaf)
        leaves.set(leaf.id, { leaf, weight })
        count++
        if (weight !== null) weighted++
      }
    }
  }
  if (weighted === 0 && count > 0) fail([scoringIssue('SCORING_INPUT_INVALID', { reason: 'no-weights' }, { path: [] }, 'error')])
  for (const { leaf, weight } of leaves.values()) {
    // the tree checks an adjustment against the leaf's own weight; a weight the policy gives is checked here
    const adjustment = leaf.adjustment
    if (adjustment !== undefined && weight !== null && adjustment.score.gt(weight)) {
      errors.push(scoringIssue('SCORING_INPUT_INVALID', { reason: 'adjustment-above-weight', name: leaf.name }, placeOf(leaf), 'error'))
    }
    if (weight === null && leaf.applicable) errors.push(scoringIssue('SCORING_INPUT_INVALID', { reason: 'weight-missing', name: leaf.name }, placeOf(leaf), 'error'))
  }
  const judgements = checkJudgements(given, leaves, policy, errors)
  const tolerance = policy.policy.tolerance
  const year = evaluation.year
  const ctx: EngineContext = {
    policy,
    options: {
      positive: checkOptions(year === undefined ? { polarity: 'positive', tolerance } : { polarity: 'positive', tolerance, year }),
      negative: checkOptions(year === undefined ? { polarity: 'negative', tolerance } : { polarity: 'negative', tolerance, year }),
      none: checkOptions(year === undefined ? { tolerance } : { tolerance, year }),
    },
    judgements,
    memo: new Map(),
    criteria: new Map(),
    errors,
  }
  const drafts: LeafDraft[] = []
  const where = new Map<LeafDraft, { l1: number; l2: number }>()
  evaluation.groups.forEach((g1, i1) => {
    g1.children.forEach((g2, i2) => {
      for (const leaf of g2.children) {
        const d = scoreLeaf(ctx, leaf, weightOf(policy, leaf) ?? ZERO)
        if (d.ruleKind === 'veto') {
          const spec = policy.rules.get(d.rule)
          if (spec !== undefined && spec.kind === 'veto') d.vetoScope = spec.scope
        }
        drafts.push(d)
        where.set(d, { l1: i1, l2: i2 })
      }
    })
  })
  if (errors.length > 0) fail(errors)
  const findings: Issue[] = []
  const vetoed = applyVetoes(drafts, where, findings)
  const lists = { overAchieved: [] as string[], deviationMissing: [] as string[] }
  for (const d of drafts) leafFindings(d, findings, lists)
  // the tree, summed
  const indicators: IndicatorScore[] = []
  const groups: GroupScore[] = []
  const total: Sum = empty()
  let k = 0
  const groupAudits: GroupScore[] = []
  evaluation.groups.forEach((g1, i1) => {
    const s1: Sum = empty()
    const level2: GroupScore[] = []
    g1.children.forEach((g2, i2) => {
      const s2: Sum = empty()
      const scores: IndicatorScore[] = []
      for (let i = 0; i < g2.children.length; i++) {
        const d = drafts[k++] as LeafDraft
        const s = freezeLeaf(d)
        addLeaf(s2, d, s.lost)
        scores.push(s)
        indicators.push(s)
      }
      const g = groupScore(policy, g2, s2, scores, vetoed.total || vetoed.l1.has(i1) || vetoed.l2.has(`${i1}.${i2}`))
      groupAudits.push(g)
      level2.push(g)
      addInto(s1, s2)
    })
    const g = groupScore(policy, g1, s1, level2, vetoed.total || vetoed.l1.has(i1))
    groupAudits.push(g)
    groups.push(g)
    addInto(total, s1)
  })
  for (const g of groupAudits) groupFindings(g, findings)
  const score = sumScore(policy, total)
  // the points a table's weights fall short of its declared total count as lost: 93.44 of weights adding to 95 against a 总分
  // of 100 is 93.44 out of 100, not 98.36
  const short = evaluation.total !== undefined && evaluation.total.gt(total.weight) ? evaluation.total.minus(total.weight) : ZERO
  const applicable = narrow(applicableOf(total).plus(short))
  totalFindings(evaluation, narrow(total.weight), score, total.complete, drafts, findings)
  const scaled = applicable.gt(0) && !applicable.eq(HUNDRED) ? freezeDecimal(roundTo(score.div(applicable).times(HUNDRED), policy.places, policy.rm)) : undefined
  const on = scaled ?? score
  let grade: Grade | null = null
  if (total.complete && applicable.gt(0)) {
    const band = policy.grades.find((b) => on.gte(b.min))
    if (band !== undefined) grade = Object.freeze({ grade: band.grade, min: band.min, on })
  }
  // ranked by a float key, exact where two keys are equal: a Decimal comparison makes a Decimal, and a sort makes many
  // (the conversion to a float never reverses an order, so only equal keys need the exact comparison)
  const losing = indicators.filter((s) => !s.lost.isZero()).map((s) => ({ s, key: Number(s.lost.toString()) }))
  losing.sort((a, b) => b.key - a.key || b.s.lost.comparedTo(a.s.lost))
  const lost: PointsLost[] = losing.map(({ s }) => Object.freeze({ id: s.id, name: s.name, lost: s.lost, weight: s.weight }))
  const report: Record<string, unknown> = {
    ...header(evaluation),
    policy: policy.policy.name,
    ...(policy.policy.source === undefined ? {} : { policySource: policy.policy.source }),
    weight: narrow(total.weight),
    applicableWeight: applicable,
    exact: narrow(exactOf(total)),
    score,
    ...(scaled === undefined ? {} : { scaled }),
    complete: total.complete,
    grade,
    groups: Object.freeze(groups),
    indicators: Object.freeze(indicators),
    unmet: Object.freeze(indicators.filter((s) => s.met === false).map((s) => s.id)),
    lost: Object.freeze(lost),
    deviationMissing: Object.freeze(lists.deviationMissing),
    overAchieved: Object.freeze(lists.overAchieved),
    findings: Object.freeze(findings),
    warnings: evaluation.warnings,
  }
  return markReport(Object.freeze(report) as unknown as ScoreReport)
}

/**
 * Score an evaluation under a policy (财预〔2020〕10号 by default): every indicator by its rule, exactly, with an
 * explanation a person can check by hand; every group the sum of its children; the total, the total out of 100 when
 * indicators are left out, the grade; the unmet indicators, the points lost ranked; and the findings of the report and
 * of the audit of a filled table's printed scores. The same input always gives the same report; nothing is mutated.
 *
 * @param evaluation - what `defineEvaluation` or `evaluationFromRows` returned.
 * @param policy - a policy: `policies.mof2020` (the default), or one from `definePolicy` / `parsePolicy` (any other object
 *   is checked as `parsePolicy` checks it).
 * @param options - an evaluator's judgements by indicator id.
 * @returns the frozen report.
 * @throws {@link ScoringError} `SCORING_INPUT_INVALID` (not an Evaluation, no weights, a leaf without a weight),
 *   `POLICY_INVALID`, `RULE_UNKNOWN`, `RULE_FAILED`, `JUDGEMENT_INVALID`, every issue at once.
 * @example
 * ```ts
 * import { defineEvaluation } from 'jixiao'
 * const e = defineEvaluation({ groups: [{ name: '产出指标', weight: 100, children: [{ name: '质量指标', children: [
 *   { name: '验收合格率', weight: 60, target: '≥90%', actual: '85%' },
 *   { name: '投诉率', weight: 40, target: '≤2%', actual: '2.5%', deviation: '新系统上线初期投诉增加' }] }] }] })
 * const r = scoreEvaluation(e)
 * r.indicators.map((s) => s.score?.toFixed(2))
 * //=> ['56.67', '32.00']
 * [r.score.toFixed(2), r.grade?.grade, r.findings.map((f) => f.code)]
 * //=> ['88.67', '良', ['DEVIATION_REASON_MISSING']]
 * ```
 */
export function scoreEvaluation(evaluation: Evaluation, policy?: Policy, options?: ScoreOptions): ScoreReport {
  return build(evaluation, policy, options)
}

/**
 * Like {@link scoreEvaluation}, but never throws a ScoringError: returns a result.
 *
 * @param evaluation - what `defineEvaluation` or `evaluationFromRows` returned.
 * @param policy - a policy.
 * @param options - an evaluator's judgements.
 * @returns `{ success: true, data }` or `{ success: false, error }`.
 * @example
 * ```ts
 * const r = safeScoreEvaluation({ groups: [] } as never)
 * r.success || r.error.code
 * //=> 'SCORING_INPUT_INVALID'
 * ```
 */
export function safeScoreEvaluation(evaluation: Evaluation, policy?: Policy, options?: ScoreOptions): SafeResult<ScoreReport, ScoringError> {
  return withoutStack(() => toSafe(() => build(evaluation, policy, options), ScoringError))
}
