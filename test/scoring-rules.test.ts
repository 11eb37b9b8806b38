/**
 * The scoring rules, one behaviour at a time: each rule's formula on real indicator phrases (the seed's 履职效能 table and
 * the published tables of fixtures/tables/), the policy's variants as data, rounding, grades, not-applicable indicators,
 * vetoes, adjustments, judgements, explanations in zh and en, and every error coded.
 */
import { describe, expect, it } from 'vitest'
import {
  definePolicy,
  evaluateTarget,
  parseTarget,
  defineEvaluation,
  parsePolicy,
  policies,
  safeScoreEvaluation,
  scoreEvaluation,
  ScoringError,
  type EvaluationInput,
  type IndicatorInput,
  type Policy,
  type ScoreOptions,
} from '../src/index.js'

/** One level-2 group of indicators under a level-1 group of their summed weight. */
const tree = (children: readonly IndicatorInput[], extra: Partial<EvaluationInput> = {}): EvaluationInput => ({
  ...extra,
  groups: [{ name: '产出指标', children: [{ name: '质量指标', children }] }],
})
const score = (i: IndicatorInput, policy?: Policy, options?: ScoreOptions) => scoreEvaluation(defineEvaluation(tree([i])), policy, options).indicators[0]!

describe('the default rules of 财预〔2020〕10号', () => {
  // [indicator (name, W, target, actual), rule, score, code]
  const cases: readonly [string, number, string, string, string, string, string][] = [
    ['验收合格率', 5, '≥90%', '85%', 'proportional', '4.72', 'PROPORTIONAL'],
    ['验收合格率', 5, '≥90%', '95%', 'proportional', '5', 'MET'],
    ['培训人次', 10, '≥100人次', '0人次', 'proportional', '0', 'PROPORTIONAL'],
    // a negative actual counts as 0
    ['收入增长', 10, '≥5%', '-3%', 'proportional', '0', 'PROPORTIONAL'],
    // 逆向: W × T ÷ A (seed: 社区矫正对象再犯罪率 不超过千分之二)
    ['社区矫正对象再犯罪率', 10, '不超过千分之二', '0.25%', 'reverse-ratio', '8', 'REVERSE_RATIO'],
    ['社区矫正对象再犯罪率', 10, '不超过千分之二', '0.1%', 'reverse-ratio', '10', 'MET'],
    // a bare target takes the indicator's polarity: 投诉率 is lower-is-better
    ['投诉率', 4, '2%', '2.5%', 'reverse-ratio', '3.2', 'REVERSE_RATIO'],
    // ratios: 1:18 beats 1:20 when more of the first term is better
    ['司法社工与社区矫正对象比例', 6, '1:20', '1:25', 'proportional', '4.8', 'PROPORTIONAL'],
    // a range missed below and above
    ['满意度', 10, '80%-90%', '72%', 'proportional', '9', 'PROPORTIONAL'],
    ['满意度', 10, '80%-90%', '100%', 'reverse-ratio', '9', 'REVERSE_RATIO'],
    // units convert within a family: 元 against 万元
    ['资金拨付', 10, '≥10万元', '80000元', 'proportional', '8', 'PROPORTIONAL'],
    ['完成时限', 5, '2022年12月底前', '2023年1月完成', 'deadline', '0', 'DEADLINE_LATE'],
    ['完成时限', 5, '2022年12月底前', '2022年11月完成', 'deadline', '5', 'MET'],
    ['群众生产生活条件改善状况', 10, '显著提升', '显著提升', 'qualitative', '10', 'QUALITATIVE'],
    ['制度建设', 10, '健全', '基本完成', 'qualitative', '7', 'QUALITATIVE'],
    ['制度建设', 10, '健全', '未完成', 'qualitative', '0', 'QUALITATIVE'],
    // an all-target scores from its worst part
    ['满意度', 10, '≥80%且≤95%', '70%', 'proportional', '8.75', 'COMPOUND'],
  ]
  it.each(cases)('%s: W %s, target %s, actual %s → %s %s', (name, weight, target, actual, rule, expected, code) => {
    const s = score({ name, weight, target, actual })
    expect([s.rule, s.score?.toFixed(), s.explanation.code]).toEqual([rule, expected, code])
    expect(s.score!.lte(weight)).toBe(true)
  })

  it('leaves an any-target to a person when the part that could be met does not compare (80人 against ≥100人或≥50户)', () => {
    const s = score({ name: '受益人数', weight: 10, target: '≥100人或≥50户', actual: '80人' })
    expect([s.status, s.score, s.explanation.code]).toEqual(['undecided', null, 'UNDECIDED'])
  })

  it('explains a score so that a person can check it by hand', () => {
    const s = score({ name: '验收合格率', weight: 5, target: '≥90%', actual: '85%' })
    expect(s.explanation.zh).toBe('实际完成值85%，未达到指标值≥90%，按完成比例 85÷90 计 4.72 分（满分5分）')
    expect(s.explanation.en).toBe('actual 85% misses target ≥90%: in proportion 85÷90, 4.72 of 5')
    // texts are produced when read: JSON holds the data
    expect(JSON.stringify(s.explanation)).not.toContain('实际完成值')
  })

  it('scores the budget line W × min(1, 执行数 ÷ 全年预算数), and leaves a zero budget out', () => {
    const e = defineEvaluation({
      groups: [
        { name: '产出指标', children: [{ name: '数量指标', children: [{ name: '培训人次', weight: 90, target: '≥100人次', actual: '100人次' }] }] },
        { name: '预算执行率', children: [{ name: '预算执行率', children: [{ kind: 'budget-execution', name: '预算执行率', weight: 10, adjusted: 120, executed: 110 }] }] },
      ],
    })
    const r = scoreEvaluation(e)
    expect(r.indicators[1]?.score?.toFixed()).toBe('9.17')
    expect(r.indicators[1]?.explanation.zh).toBe('全年执行数110万元÷全年预算数120万元，执行率91.67%，计 9.17 分（满分10分）')
    expect(r.score.toFixed()).toBe('99.17')
  })

  it('never rounds a missed target up to full marks', () => {
    const s = score({ name: '验收合格率', weight: 5, target: '≥90%', actual: '89.99%' })
    expect([s.met, s.exact?.toFixed(4), s.computed?.toFixed()]).toEqual([false, '4.9994', '4.99'])
  })
})

describe('policies as data', () => {
  it('scores 逆向 linearly when a province says so: 0 at twice the target', () => {
    const linear = definePolicy(policies.mof2020, { name: 'linear', defaults: { negative: 'reverse-linear' } })
    expect(score({ name: '投诉率', weight: 10, target: '≤2%', actual: '2.5%' }, linear).score?.toFixed()).toBe('7.5')
    expect(score({ name: '投诉率', weight: 10, target: '≤2%', actual: '5%' }, linear).score?.toFixed()).toBe('0')
    expect(score({ name: '投诉率', weight: 10, target: '≤2%', actual: '2.5%' }, linear).explanation.zh).toContain('1−(2.5−2)÷2')
  })

  it('scores a rate as W × the actual rate whatever the target (98% → 19.6 of 20)', () => {
    const p = definePolicy(policies.mof2020, { name: 'rate', defaults: { positive: 'rate' } })
    expect(score({ name: '资金到位率', weight: 20, target: '≥95%', actual: '98%' }, p).score?.toFixed()).toBe('19.6')
  })

  it('rounds as the policy says: up, down, half-even, and at the totals', () => {
    const i = { name: '验收合格率', weight: 5, target: '≥90%', actual: '85%' }
    expect(score(i, definePolicy(policies.mof2020, { rounding: { places: 1, mode: 'up' } })).score?.toFixed()).toBe('4.8')
    expect(score(i, definePolicy(policies.mof2020, { rounding: { places: 1, mode: 'down' } })).score?.toFixed()).toBe('4.7')
    const e = defineEvaluation(tree([
      { name: 'a', weight: 3, target: '≥3件', actual: '1件' },
      { name: 'b', weight: 3, target: '≥3件', actual: '1件' },
      { name: 'c', weight: 3, target: '≥3件', actual: '1件' },
    ]))
    // three times 1 ÷ 3 × 3 = 1 exactly; rounded each (1.00) or summed then rounded (3.00): the same here, and the stage is kept
    expect(scoreEvaluation(e).score.toFixed()).toBe('3')
    const total = definePolicy(policies.mof2020, { rounding: { stage: 'total', places: 0 } })
    const f = defineEvaluation(tree([
      { name: 'a', weight: 1, target: '≥3件', actual: '1件' },
      { name: 'b', weight: 1, target: '≥3件', actual: '1件' },
    ]))
    expect([scoreEvaluation(f, definePolicy(policies.mof2020, { rounding: { places: 0 } })).score.toFixed(), scoreEvaluation(f, total).score.toFixed()]).toEqual(['0', '1'])
  })

  it('flags over-achievement at 120% by default, at 130% for a province, and can zero or reduce it', () => {
    const i = { name: '培训人次', weight: 10, target: '≥100人次', actual: '125人次' }
    const flag = scoreEvaluation(defineEvaluation(tree([i])))
    expect(flag.findings.map((f) => f.code)).toEqual(['OVER_ACHIEVEMENT'])
    expect(flag.indicators[0]?.score?.toFixed()).toBe('10')
    expect(scoreEvaluation(defineEvaluation(tree([i])), definePolicy(policies.mof2020, { overAchievement: { threshold: 1.3 } })).findings).toEqual([])
    const zero = scoreEvaluation(defineEvaluation(tree([{ ...i, actual: '140人次' }])), definePolicy(policies.mof2020, { overAchievement: { mode: 'zero', threshold: 1.3 } }))
    expect([zero.indicators[0]?.score?.toFixed(), zero.indicators[0]?.explanation.zh]).toEqual(['0', '实际完成值140人次，达到指标值≥100人次，得满分10分；完成值为指标值的140%，达到130%，按政策计0分'])
    const linear = scoreEvaluation(defineEvaluation(tree([{ ...i, actual: '140人次' }])), definePolicy(policies.mof2020, { overAchievement: { mode: 'linear', threshold: 1.2 } }))
    expect(linear.indicators[0]?.score?.toFixed()).toBe('8')
  })

  it('gives late deadlines the policy share, and 逆向 zero targets a per-unit deduction when asked', () => {
    const late = definePolicy(policies.mof2020, { lateDeadline: 0.5 })
    expect(score({ name: '完成时限', weight: 6, target: '2022年12月底前', actual: '2023年2月完成' }, late).score?.toFixed()).toBe('3')
    const z = definePolicy(policies.mof2020, { zeroTarget: { mode: 'deduct', per: 2, step: 1 } })
    expect(score({ name: '安全事故', weight: 10, target: '0起', actual: '2起', polarity: 'negative' }).score?.toFixed()).toBe('0')
    expect(score({ name: '安全事故', weight: 10, target: '0起', actual: '2起', polarity: 'negative' }, z).score?.toFixed()).toBe('6')
  })

  it('reads a deduction written in 评分标准: 每超过一个百分点扣0.5分，扣完为止', () => {
    const s = score({ name: '结转结余率', weight: 5, target: '≤10%', actual: '13%', criteria: '每超过一个百分点扣0.5分，扣完为止' })
    expect([s.rule, s.score?.toFixed(), s.explanation.zh]).toEqual(['criteria', '3.5', '实际完成值13%，按评分标准“每超过一个百分点扣0.5分，扣完为止”扣 1.5 分（3×0.5），计 3.5 分（满分5分）'])
    expect(score({ name: '制度建设', weight: 4, target: '≥6项', actual: '3项', criteria: '每少一项扣1分' }).score?.toFixed()).toBe('1')
    expect(score({ name: '安全事故', weight: 4, target: '0起', actual: '5起', criteria: '每发生1起扣2分' }).score?.toFixed()).toBe('0')
    // criteria that are not a deduction leave the default rule
    expect(score({ name: '验收合格率', weight: 5, target: '≥90%', actual: '85%', criteria: '完成得满分，未完成按比例得分' }).rule).toBe('proportional')
    // a step not whole: in proportion, whole steps only, or a step begun
    const i = { name: '结转结余率', weight: 5, target: '≤10%', actual: '11.5%', criteria: '每超过1个百分点扣1分' }
    expect(['proportional', 'floor', 'ceil'].map((p) => score(i, definePolicy(policies.mof2020, { partialStep: p as 'floor' })).score?.toFixed())).toEqual(['3.5', '4', '3'])
  })

  it('scores step tables whose bands never overlap: 60%(含)-80% is [60%, 80%)', () => {
    const p = definePolicy(policies.mof2020, {
      rules: { 分档: { kind: 'steps', on: 'actual', bands: [{ range: '90%(含)以上', share: 1 }, { range: '80%(含)-90%', share: 0.8 }, { range: '60%(含)-80%', share: 0.6 }, { range: '低于60%', share: 0 }] } },
    })
    const at = (actual: string): string | undefined => score({ name: '满意度', weight: 10, target: '≥90%', actual, rule: '分档' }, p).score?.toFixed()
    expect(['95%', '90%', '89.9%', '80%', '60%', '59%'].map(at)).toEqual(['10', '10', '8', '8', '6', '0'])
    expect(() => definePolicy(policies.mof2020, { rules: { x: { kind: 'steps', on: 'actual', bands: [{ range: '80%-90%', share: 1 }, { range: '90%-100%', share: 0.5 }] } } })).toThrow(ScoringError)
  })

  it('vetoes (一票否决) the indicator, its group or the total, as configured', () => {
    const p = definePolicy(policies.mof2020, { rules: { 否决: { kind: 'veto', scope: 'level1' } } })
    const e = defineEvaluation({
      groups: [
        { name: '产出指标', children: [{ name: '质量指标', children: [{ name: '培训人次', weight: 40, target: '≥100人次', actual: '100人次' }, { name: '重大安全事故', weight: 10, target: '0起', actual: '1起', rule: '否决', polarity: 'negative', deviation: '施工事故' }] }] },
        { name: '效益指标', children: [{ name: '社会效益', children: [{ name: '受益人数', weight: 50, target: '≥100人', actual: '100人' }] }] },
      ],
    })
    const r = scoreEvaluation(e, p)
    expect(r.groups.map((g) => [g.score.toFixed(), g.vetoed])).toEqual([['0', true], ['50', false]])
    expect(r.findings.map((f) => f.code)).toContain('SCORE_VETOED')
    expect(r.indicators[0]?.explanation.zh).toContain('一票否决')
  })

  it('runs a custom rule, and reports one that fails', () => {
    const p = definePolicy(policies.mof2020, { rules: { 半: { kind: 'custom', score: ({ weight }) => ({ score: weight.div(2), note: '按会议纪要' }) }, 坏: { kind: 'custom', score: () => 99 } } })
    expect(score({ name: 'x', weight: 8, target: '≥1件', actual: '1件', rule: '半' }, p).explanation.zh).toBe('按规则“半”计 4 分（满分8分）：按会议纪要')
    const bad = safeScoreEvaluation(defineEvaluation(tree([{ name: 'x', weight: 8, target: '≥1件', actual: '1件', rule: '坏' }])), p)
    expect(bad.success || [bad.error.code, bad.error.issues[0]?.details]).toEqual(['RULE_FAILED', { rule: '坏', name: 'x', reason: 'out-of-range' }])
  })

  it('survives a JSON round trip and refuses what is not a policy, every problem at once', () => {
    const p = definePolicy(policies.mof2020, { name: '某省', overAchievement: { threshold: '1.3' }, rounding: { places: 1, mode: 'up' } })
    const revived = parsePolicy(JSON.parse(JSON.stringify(p)))
    expect(revived).toEqual(p)
    const i = { name: '验收合格率', weight: 5, target: '≥90%', actual: '85%' }
    expect(score(i, revived).score?.toFixed()).toBe(score(i, p).score?.toFixed())
    try {
      parsePolicy({ ...JSON.parse(JSON.stringify(p)), tolerance: 2, rounding: { places: 1.5, mode: 'up', stage: 'indicator' }, colour: 'red' })
      expect.unreachable()
    } catch (e) {
      expect(e).toBeInstanceOf(ScoringError)
      expect((e as ScoringError).issues.map((x) => [x.code, x.path.join('.')])).toEqual([['POLICY_INVALID', 'policy.colour']])
    }
    try {
      parsePolicy({ ...JSON.parse(JSON.stringify(p)), tolerance: 2, rounding: { places: 1.5, mode: 'up', stage: 'indicator' } })
      expect.unreachable()
    } catch (e) {
      expect((e as ScoringError).issues.map((x) => x.path.join('.'))).toEqual(['policy.tolerance', 'policy.rounding.places'])
      expect((e as ScoringError).issues[0]?.zh).toBe('评分政策取值不对（policy.tolerance）：应为 [0, 1)，实为 2')
    }
    expect(() => definePolicy(policies.mof2020, { defaults: { positive: '没有的规则' } })).toThrow(/does not define/)
  })
})

describe('what a person decides', () => {
  it('keeps the computed score beside an evaluator adjustment, which counts', () => {
    const s = score({ name: '特困人员救助供养人数', weight: 5, target: '>=4754人', actual: '4604人', adjustment: { score: 5, reason: '按实际需救助人数全部救助' } })
    expect([s.status, s.computed?.toFixed(), s.score?.toFixed()]).toEqual(['adjusted', '4.84', '5'])
    expect(s.explanation.zh).toContain('；评价人调整为 5 分（按实际需救助人数全部救助）')
  })

  it('leaves words that say neither to a person: no score, no grade, a finding', () => {
    const r = scoreEvaluation(defineEvaluation(tree([{ name: '调解成功率', weight: 10, target: '≥95%', actual: '有所提高' }])))
    expect([r.indicators[0]?.status, r.indicators[0]?.score, r.complete, r.grade]).toEqual(['undecided', null, false, null])
    expect(r.findings.map((f) => f.code)).toEqual(['SCORE_UNDECIDED'])
  })

  it('takes an evaluator level for a qualitative indicator and checks a score against its band', () => {
    const i = { id: 'q', name: '制度建设', weight: 10, target: '有效提升', actual: '有所改善' }
    const opts = (j: object): ScoreOptions => ({ judgements: { q: j } })
    expect(score(i, undefined, opts({ level: 'partial' })).score?.toFixed()).toBe('7')
    expect(score(i, undefined, opts({ level: 'partial', score: 6.5, reason: '制度已建立，执行不到位' })).score?.toFixed()).toBe('6.5')
    const r = safeScoreEvaluation(defineEvaluation(tree([i])), undefined, opts({ level: 'partial', score: 9, reason: '好' }))
    expect(r.success || [r.error.code, r.error.issues[0]?.en]).toEqual(['JUDGEMENT_INVALID', 'judgement "q": the score 9 is outside its level\'s band [6, 8)'])
    const unknown = safeScoreEvaluation(defineEvaluation(tree([i])), undefined, { judgements: { nope: { level: 'achieved' } } })
    expect(unknown.success || unknown.error.issues[0]?.details).toEqual({ id: 'nope', reason: 'unknown-id' })
  })

  it('scores a checklist from the items an evaluator ticks', () => {
    const p = definePolicy(policies.mof2020, { rules: { 公开: { kind: 'checklist', items: [{ name: '预算公开', points: 2 }, { name: '决算公开', points: 2 }, { name: '绩效公开', points: 1 }] } } })
    const i = { id: 'c', name: '信息公开', weight: 5, target: '全部公开', actual: '部分公开', rule: '公开' }
    expect(score(i, p, { judgements: { c: { items: ['预算公开', '绩效公开'] } } }).score?.toFixed()).toBe('3')
    expect(score(i, p).status).toBe('undecided')
  })
})

describe('the report', () => {
  it('scales the total to 100 when indicators are not applicable (按百分制折算) and grades it', () => {
    const e = defineEvaluation(tree([
      { name: '培训人次', weight: 40, target: '≥100人次', actual: '90人次', deviation: '疫情' },
      { name: '验收合格率', weight: 40, target: '100%', actual: '100%' },
      { name: '设备采购', weight: 20, target: '不适用' },
    ]))
    const r = scoreEvaluation(e)
    expect([r.score.toFixed(), r.applicableWeight.toFixed(), r.scaled?.toFixed(), r.grade?.grade]).toEqual(['76', '80', '95', '优'])
    expect(r.lost.map((l) => [l.name, l.lost.toFixed()])).toEqual([['培训人次', '4']])
    expect(r.unmet).toEqual(['1.1.1'])
    expect([r.deviationMissing, r.overAchieved]).toEqual([[], []])
    const flagged = scoreEvaluation(defineEvaluation(tree([{ name: '培训人次', weight: 10, target: '≥100人次', actual: '130人次' }, { name: '验收合格率', weight: 10, target: '≥90%', actual: '80%' }])))
    expect([flagged.overAchieved, flagged.deviationMissing]).toEqual([['1.1.1'], ['1.1.2']])
  })

  it('grades with the policy bands: 90（含） is 优, 89.99 良, below 60 差', () => {
    const at = (actual: string): string | undefined => scoreEvaluation(defineEvaluation(tree([{ name: '培训人次', weight: 100, target: '≥10000人次', actual, deviation: '—' }]))).grade?.grade
    expect(['9000人次', '8999人次', '8000人次', '6000人次', '5999人次'].map(at)).toEqual(['优', '良', '良', '中', '差'])
  })

  it('refuses what it cannot score, with a code', () => {
    const notTree = safeScoreEvaluation({ groups: [] } as never)
    expect(notTree.success || notTree.error.code).toBe('SCORING_INPUT_INVALID')
    const noWeights = safeScoreEvaluation(defineEvaluation(tree([{ name: '培训人次', target: '≥100人次', actual: '90人次' }])))
    expect(noWeights.success || noWeights.error.issues[0]?.en).toBe('the evaluation has no weights: nothing can be scored')
    const unknownRule = safeScoreEvaluation(defineEvaluation(tree([{ name: '培训人次', weight: 5, target: '≥100人次', actual: '90人次', rule: '没有' }])))
    expect(unknownRule.success || unknownRule.error.code).toBe('RULE_UNKNOWN')
    expect(() => scoreEvaluation({} as never)).toThrow(ScoringError)
  })

  it('is frozen all the way down, and serialises to data', () => {
    const r = scoreEvaluation(defineEvaluation(tree([{ name: '验收合格率', weight: 5, target: '≥90%', actual: '85%' }])))
    expect(Object.isFrozen(r) && Object.isFrozen(r.groups[0]) && Object.isFrozen(r.indicators[0]) && Object.isFrozen(r.indicators[0]?.explanation) && Object.isFrozen(r.findings)).toBe(true)
    expect(JSON.parse(JSON.stringify(r)).score).toBe('4.72')
  })
})

describe('readings that must not give a confident wrong number', () => {
  it('reads a bare 0 target of a name no word knows as "at most 0": 2起 against 0起 is missed', () => {
    const s = score({ name: '群体性事件', weight: 5, target: '0起', actual: '2起' })
    expect([s.met, s.score?.toFixed(), s.explanation.code]).toEqual([false, '0', 'ZERO_TARGET'])
    expect(score({ name: '重大安全事故', weight: 5, target: '0起', actual: '0起' }).score?.toFixed()).toBe('5')
  })

  it('leaves a missed all-target to a person when a part could not be judged (450人次 against ≥500人次且≥20场)', () => {
    expect(score({ name: '培训', weight: 10, target: '≥500人次且≥20场', actual: '450人次' }).status).toBe('undecided')
  })

  it('reads a deduction whose step names what it counts: 每发现一个问题扣1分', () => {
    const s = score({ name: '问题整改', weight: 5, target: '≤0个', actual: '3个', criteria: '每发现一个问题扣1分' })
    expect([s.rule, s.score?.toFixed()]).toEqual(['criteria', '2'])
  })

  it('leaves a deduction by percentage points of a target that is not a percentage to a person, and says why', () => {
    const s = score({ name: '场次', weight: 5, target: '≥20场', actual: '18场', criteria: '每低于1个百分点扣0.5分' })
    expect([s.status, s.explanation.code === 'UNDECIDED' && s.explanation.details.why]).toEqual(['undecided', 'criteria-unit'])
  })

  it('reads step bands written without a unit in the unit of the actual value (≥90 against 92%)', () => {
    const p = definePolicy(policies.mof2020, { rules: { s: { kind: 'steps', on: 'actual', bands: [{ range: '≥90', share: 1 }, { range: '<90', share: 0.5 }] } } })
    expect(score({ name: '满意度', weight: 10, target: '≥90%', actual: '92%', rule: 's' }, p).score?.toFixed()).toBe('10')
  })

  it('reads 部分落实 as partly achieved, not achieved', () => {
    expect(score({ name: '制度建设', weight: 10, target: '建立健全管理制度', actual: '制度已出台，部分落实' }).score?.toFixed()).toBe('7')
  })

  it('refuses a level on a measured indicator its rule scored, and counts a score without a level as an adjustment', () => {
    const i = { id: 'x', name: '培训人次', weight: 10, target: '≥500人次', actual: '450人次' }
    const r = safeScoreEvaluation(defineEvaluation(tree([i])), undefined, { judgements: { x: { level: 'achieved', score: 10, reason: '认定完成' } } })
    expect(r.success || r.error.issues.map((x) => x.details)).toEqual([{ id: 'x', reason: 'not-qualitative' }])
    const q = { id: 'q', name: '制度建设', weight: 10, target: '有效提升', actual: '有所改善' }
    const s = scoreEvaluation(defineEvaluation(tree([q])), undefined, { judgements: { q: { score: 6, reason: '评价组认定' } } }).indicators[0]
    expect([s?.status, s?.score?.toFixed(), s?.explanation.zh]).toEqual(['adjusted', '6', '实际完成情况“有所改善”，对照指标值“有效提升”，评为部分达成并具有一定效果，计 7 分（满分10分）；评价人调整为 6 分（评价组认定）'])
    // a level settles what the rule left to a person: words against a number
    const w = { id: 'w', name: '成本控制数', weight: 10, target: '≤30万元', actual: '完成' }
    const settled = scoreEvaluation(defineEvaluation(tree([w])), undefined, { judgements: { w: { level: 'partial', reason: '超支但在可控范围' } } }).indicators[0]
    expect([settled?.status, settled?.score?.toFixed(), settled?.explanation.code]).toEqual(['scored', '7', 'QUALITATIVE'])
  })

  it('names the threshold in the over-achievement finding, and asks no 偏差原因 of a met rate, an adjustment or a penalty', () => {
    const r = scoreEvaluation(defineEvaluation(tree([{ name: '培训人次', weight: 10, target: '≥500人次', actual: '700人次' }])))
    expect(r.findings[0]?.zh).toBe('指标“培训人次”实际完成值700人次为指标值≥500人次的140%，达到120%，请复核年初指标值是否设定偏低')
    const rate = definePolicy(policies.mof2020, { defaults: { positive: 'rate' } })
    expect(scoreEvaluation(defineEvaluation(tree([{ name: '资金到位率', weight: 20, target: '≥95%', actual: '98%' }])), rate).findings).toEqual([])
    const adjusted = scoreEvaluation(defineEvaluation(tree([{ name: '培训人次', weight: 10, target: '≥500人次', actual: '450人次', adjustment: { score: 8, reason: '疫情停训两月' } }])))
    expect(adjusted.findings.map((f) => f.code)).toEqual(['SCORE_ADJUSTED'])
  })

  it('counts the points a table\'s weights fall short of its 总分 as lost when it scales to 100', () => {
    const r = scoreEvaluation(defineEvaluation(tree([{ name: '培训人次', weight: 95, target: '≥100人次', actual: '100人次' }], { total: 100 }), { weightMismatch: 'warning' }))
    expect([r.score.toFixed(), r.scaled, r.grade?.grade, r.findings.map((f) => f.code)]).toEqual(['95', undefined, '优', ['WEIGHTS_NOT_TOTAL']])
  })

  it('shows a formula across units of one family in the actual\'s unit: 8000人次 against ≥1万人次 is 8000÷10000', () => {
    expect(score({ name: '受益人次', weight: 10, target: '≥1万人次', actual: '8000人次' }).explanation.zh).toBe('实际完成值8000人次，未达到指标值≥1万人次，按完成比例 8000÷10000 计 8 分（满分10分）')
  })

  it('says a compound left open by a part that does not compare is not comparable, not words to judge', () => {
    const s = score({ name: '培训', weight: 10, target: '≥500人次且≥20场', actual: '520人次' })
    expect(s.explanation.code === 'UNDECIDED' && s.explanation.details.why).toBe('not-comparable')
  })

  it('names a derived policy after its base unless it is given a name', () => {
    expect(definePolicy(policies.mof2020, { tolerance: 0.1 }).name).toBe('mof2020 (derived)')
    expect(definePolicy(policies.mof2020, { name: '某省', tolerance: 0.1 }).name).toBe('某省')
  })
})

describe('deductions follow the target, not only the words', () => {
  // [criteria, target, actual, score of 10 or null when a person must judge]
  const cases: readonly [string, string, string, string | null][] = [
    ['每增加1个百分点扣2分', '≥95%', '98%', '10'],
    ['每下降1个百分点扣2分', '≤5%', '3%', '10'],
    // "每超过…扣" against a ≥ target missed below: the criteria do not say how to score it
    ['每超过1个百分点扣1分', '≥95%', '90%', null],
    // occurrences are not counted in a share
    ['每出现1次扣1分', '≥90%', '95%', null],
    // a step in the target family's smaller unit
    ['每少1人扣0.1分', '≥1万人', '9990人', '9'],
    ['每超支1万元扣1分', '≤100万元', '110万元', '0'],
    ['每延迟1天扣1分', '≤5天', '8天', '7'],
    ['每发生一起安全事故扣2分', '0起', '2起', '6'],
    // a deduction the reader cannot read is not replaced by the default rule
    ['未按要求完成的酌情扣1-3分', '≥95%', '90%', null],
    // …but says nothing against a target that is met
    ['未按要求完成的酌情扣1-3分', '≥95%', '98%', '10'],
    // occurrences against a target that allows some: the criteria and the target disagree on how many are allowed
    ['每发生一起扣2分', '≤2起', '1起', null],
    // all or nothing, as the criteria say
    ['未完成不得分', '≥95%', '90%', '0'],
    ['达到得满分，否则不得分', '≥95%', '96%', '10'],
  ]
  it.each(cases)('%s: %s against %s → %s', (criteria, target, actual, expected) => {
    const s = score({ name: '考核指标', weight: 10, target, actual, criteria, deviation: '见说明' })
    expect(s.score?.toFixed() ?? null).toBe(expected)
  })
})

describe('what the engine refuses to guess, and what it refuses to take', () => {
  it('leaves a bare number that may not be in the target\'s unit to a person: 8000 against ≥1万人次, 0.95 against ≥90%', () => {
    expect(score({ name: '受益人次', weight: 10, target: '≥1万人次', actual: '8000' }).status).toBe('undecided')
    expect(score({ name: '合格率', weight: 10, target: '≥90%', actual: 0.95 }).status).toBe('undecided')
    expect(score({ name: '合格率', weight: 10, target: '≥90%', actual: '85' }).explanation.zh).toBe('实际完成值85%，未达到指标值≥90%，按完成比例 85÷90 计 9.44 分（满分10分）')
  })

  it('never rounds a sum with a missed target up to full marks when it rounds at the totals', () => {
    const p = definePolicy(policies.mof2020, { rounding: { stage: 'total' } })
    const e = defineEvaluation(tree([
      { name: 'a', weight: 5, target: '≥10000人次', actual: '9999.9人次', deviation: '—' },
      { name: 'b', weight: 5, target: '≥10000人次', actual: '9999.9人次', deviation: '—' },
    ]))
    const r = scoreEvaluation(e, p)
    expect([r.score.toFixed(), r.groups[0]?.score.toFixed()]).toEqual(['9.99', '9.99'])
  })

  it('refuses an adjustment above the weight a policy gives a budget line', () => {
    const e = defineEvaluation({ groups: [{ name: '预算执行率', children: [{ name: '预算执行率', children: [{ kind: 'budget-execution', name: '预算执行率', adjusted: 100, executed: 90, adjustment: { score: 50, reason: '认定' } }] }] }] })
    const r = safeScoreEvaluation(e, definePolicy(policies.mof2020, { budgetWeight: 10 }))
    expect(r.success || r.error.issues.map((i) => i.details)).toEqual([{ reason: 'adjustment-above-weight', name: '预算执行率' }])
  })

  it('calls a judged level met only when it is 达成 with full marks', () => {
    const s = score({ id: 'q', name: '制度建设', weight: 10, target: '明显改善', actual: '未改善' }, undefined, { judgements: { q: { level: 'achieved', reason: '复核认定' } } })
    expect([s.met, s.score?.toFixed()]).toEqual([true, '10'])
    const p = score({ id: 'q', name: '制度建设', weight: 10, target: '明显改善', actual: '明显改善' }, undefined, { judgements: { q: { level: 'achieved', score: 9, reason: '略有不足' } } })
    expect([p.met, p.score?.toFixed()]).toEqual([false, '9'])
  })

  it('scores a number against words by its ratio, inside the band it falls in: 95% against 全覆盖', () => {
    const s = score({ name: '覆盖率', weight: 10, target: '全覆盖', actual: '95%' })
    expect([s.score?.toFixed(), s.explanation.code === 'QUALITATIVE' && s.explanation.details.level]).toEqual(['9.5', 'achieved'])
    expect(score({ name: '满意度', weight: 10, target: '显著提高', actual: '略有提高' }).score?.toFixed()).toBe('7')
  })

  it('does not take the rate of something to keep low as a share of the weight', () => {
    const p = definePolicy(policies.mof2020, { rules: { r: { kind: 'rate' } } })
    expect(score({ name: '投诉率', weight: 10, target: '≤2%', actual: '1%', rule: 'r' }, p).status).toBe('undecided')
  })

  it('freezes every Decimal of the report', () => {
    const s = score({ name: '验收合格率', weight: 5, target: '≥90%', actual: '85%' })
    expect([s.exact, s.computed, s.score, s.lost].every((d) => d !== null && Object.isFrozen(d))).toBe(true)
  })

  it('turns what throws while it is read into a coded error, never a raw one', () => {
    const getter = definePolicy(policies.mof2020, { rules: { g: { kind: 'custom', score: () => ({ get score(): number { throw new Error('getter') } }) } } })
    const r = safeScoreEvaluation(defineEvaluation(tree([{ name: 'x', weight: 5, target: '≥1件', actual: '1件', rule: 'g' }])), getter)
    expect(r.success || [r.error.code, r.error.issues[0]?.details]).toEqual(['RULE_FAILED', { rule: 'g', name: 'x', reason: 'threw', message: 'getter' }])
    const e = defineEvaluation(tree([{ id: 'q', name: 'x', weight: 5, target: '≥1件', actual: '1件' }]))
    const judgements = { get q(): never { throw new Error('boom') } }
    expect((safeScoreEvaluation(e, undefined, { judgements }) as { error: { code: string } }).error.code).toBe('JUDGEMENT_INVALID')
    const options = { get judgements(): never { throw new Error('boom') } }
    expect((safeScoreEvaluation(e, undefined, options) as { error: { code: string } }).error.code).toBe('SCORING_INPUT_INVALID')
    expect((safeScoreEvaluation(e, undefined, { judgment: {} } as never) as unknown as { error: { issues: { details: unknown }[] } }).error.issues[0]?.details).toEqual({ reason: 'option', option: 'judgment' })
    const proxy = new Proxy({}, { ownKeys: () => { throw new Error('keys') } })
    expect(() => parsePolicy(proxy)).toThrow(ScoringError)
  })

  it('takes −0 from a custom rule as 0', () => {
    const p = definePolicy(policies.mof2020, { rules: { z: { kind: 'custom', score: () => -0 } } })
    expect(score({ name: 'x', weight: 5, target: '≥1件', actual: '1件', rule: 'z' }, p).score?.toFixed()).toBe('0')
  })

  it('says what a policy value must be when it is not a number at all', () => {
    try {
      parsePolicy({ ...JSON.parse(JSON.stringify(policies.mof2020)), tolerance: null })
      expect.unreachable()
    } catch (e) {
      expect((e as ScoringError).issues[0]?.en).toBe('the policy has the wrong type (at policy.tolerance): expected number|string, received null')
    }
  })
})

describe('a second review: the readings that must hold', () => {
  it('counts a deduction step in the target\'s unit, whatever unit the actual is written in', () => {
    const p = definePolicy(policies.mof2020, { rules: { d: { kind: 'deduction', per: 1, step: 1, direction: 'short' } } })
    const at = (actual: string): string | undefined => score({ name: '资金', weight: 10, target: '≥5万元', actual, rule: 'd', deviation: '—' }, p).score?.toFixed()
    expect([at('30000元'), at('3万元')]).toEqual(['8', '8'])
    const floor = definePolicy(policies.mof2020, { partialStep: 'floor' })
    const hours = (actual: string): string | undefined => score({ name: '响应时间', weight: 10, target: '≤2小时', actual, criteria: '每超过10分钟扣1分', deviation: '—' }, floor).score?.toFixed()
    expect([hours('3小时'), hours('180分钟')]).toEqual(['4', '4'])
  })

  it('reads all-or-nothing criteria as such only when they say nothing else', () => {
    expect(score({ name: '任务', weight: 10, target: '≥10项', actual: '9项', criteria: '全部完成得满分，部分完成按比例得分，未完成不得分' }).status).toBe('undecided')
    expect(score({ name: '任务', weight: 10, target: '≥90%', actual: '85%', criteria: '达到90%得满分，80%-90%得5分，否则不得分' }).status).toBe('undecided')
    expect(score({ name: '任务', weight: 10, target: '≥90%', actual: '85%', criteria: '完成得满分，未完成不得分' }).score?.toFixed()).toBe('0')
  })

  it('gives full marks to a met target of none with occurrence criteria (无安全事故 against 0起)', () => {
    for (const target of ['无', '无安全事故', '杜绝', '0起']) {
      expect(score({ name: '安全事故', weight: 10, target, actual: '0起', criteria: '每发生1起扣2分' }).score?.toFixed()).toBe('10')
    }
    expect(score({ name: '安全事故', weight: 10, target: '无安全事故', actual: '2起', criteria: '每发生1起扣2分', deviation: '—' }).score?.toFixed()).toBe('6')
  })

  it('compares a bare number with a bare scale through the scale (4000 against ≥5千 is 0.8), or leaves it to a person (8 against ≥10万)', () => {
    const a = evaluateTarget(parseTarget('≥5千'), 4000)
    expect([a.met, a.ratio?.toFixed(2)]).toEqual([false, '0.80'])
    expect(score({ name: '受益人数', weight: 10, target: '≥10万', actual: '8' }).status).toBe('undecided')
    expect(score({ name: '受益人数', weight: 10, target: '≥10万', actual: '80000', deviation: '—' }).score?.toFixed()).toBe('8')
    expect(score({ name: '合格率', weight: 10, target: '80%-90%', actual: 0.85 }).status).toBe('undecided')
  })

  it('scores a budget line by its figures, not by criteria written beside it', () => {
    const e = defineEvaluation({ groups: [{ name: '预算执行率', children: [{ name: '预算执行率', children: [{ kind: 'budget-execution', name: '预算执行率', weight: 10, adjusted: 120, executed: 110, criteria: '未完成不得分' }] }] }] })
    expect(scoreEvaluation(e).indicators[0]?.score?.toFixed()).toBe('9.17')
  })

  it('lets an evaluator\'s level settle what a rule could not, and refuses a judgement of a leaf left out', () => {
    const i = { id: 'u', name: '受益人次', weight: 10, target: '≥1万人次', actual: '8000' }
    expect(score(i, undefined, { judgements: { u: { level: 'partial', reason: '按8000人次认定' } } }).score?.toFixed()).toBe('7')
    const na = safeScoreEvaluation(defineEvaluation(tree([{ id: 'n', name: '设备采购', weight: 10, target: '不适用' }, { name: '培训人次', weight: 10, target: '≥1人次', actual: '1人次' }])), undefined, { judgements: { n: { level: 'achieved' } } })
    expect(na.success || na.error.issues.map((x) => x.details)).toEqual([{ id: 'n', reason: 'not-applicable' }])
  })

  it('freezes an adjustment a judgement makes, and the numbers of every explanation', () => {
    const s = score({ id: 'x', name: '培训人次', weight: 10, target: '≥100人次', actual: '90人次' }, undefined, { judgements: { x: { score: 9.5, reason: '认定' } } })
    expect(Object.isFrozen(s.adjustment) && Object.isFrozen(s.adjustment?.score)).toBe(true)
    const d = score({ name: '结转结余率', weight: 5, target: '≤10%', actual: '13%', criteria: '每超过一个百分点扣0.5分' }).explanation
    expect(d.code === 'DEDUCTION' && Object.isFrozen(d.details.count) && Object.isFrozen(d.details.deducted)).toBe(true)
  })

  it('turns a Proxy that throws on get into a coded error', () => {
    const trap = new Proxy({}, { get: () => { throw new Error('get') }, getPrototypeOf: () => { throw new Error('proto') } })
    expect(() => parsePolicy(trap)).toThrow(ScoringError)
  })
})

describe('real phrasings that a careful evaluator scores one way', () => {
  // [name, target, actual, criteria, score of 10 — or null: a person must judge]
  const cases: readonly [string, string, string, string | undefined, string | null][] = [
    // a reduction target counts the reduction achieved: more is better, whatever the name
    ['化学需氧量排放量', '减少2%', '减少3%', undefined, '10'],
    ['投诉率', '较上年下降5%', '下降8%', undefined, '10'],
    ['发病率', '下降10%', '下降5%', undefined, '5'],
    ['三公经费', '较上年下降5%', '下降3%', undefined, '6'],
    // …and a level reported against a reduction says nothing of it
    ['投诉率', '较上年下降5%', '3.2%', undefined, null],
    // names of what should be low
    ['产品不合格率', '2%', '3%', undefined, '6.67'],
    ['群众投诉', '5件', '8件', undefined, '6.25'],
    ['安全隐患', '5处', '8处', undefined, '6.25'],
    ['工程建设工期', '180天', '200天', undefined, '9'],
    // amounts delivered are not costs
    ['拨付补助经费', '100万元', '80万元', undefined, '8'],
    ['授课时间', '40课时', '36课时', undefined, '9'],
    // counts per different periods do not compare as written
    ['督导检查', '每季度1次', '全年3次', undefined, null],
    ['督导检查', '≥4次', '每月1次', undefined, null],
    ['督导检查', '每年2次', '2次', undefined, '10'],
    // the criteria's caps and floors
    ['制度建设', '≥10项', '5项', '每少一项扣2分，最多扣5分', '5'],
    ['满意度', '≥90%', '84%', '每低于1个百分点扣0.5分，低于85%不得分', '0'],
    ['满意度', '≥90%', '86%', '每低于1个百分点扣0.5分，低于85%不得分', '8'],
    ['项目成本', '≤100万元', '110万元', '超支不得分', '0'],
    // a scale of points read as a step table (80% is 以下: 0, per 民法典 第1259条)
    ['满意度', '≥90%', '85%', '90%以上得满分，80%-90%得一半分，80%以下不得分', '5'],
    ['满意度', '≥90%', '80%', '90%以上得满分，80%-90%得一半分，80%以下不得分', '0'],
    ['满意度', '≥95%', '89%', '低于90%不得分', null],
    // a negative target has no proportion
    ['营业收入增长率', '≥-5%', '-8%', undefined, null],
    // the same words as the target, and words of work done in part
    ['服务能力', '基本提高', '基本提高', undefined, '10'],
    ['服务质量', '有效提升', '有待提高', undefined, '7'],
    ['制度建设', '完善', '有待完善', undefined, '7'],
    ['群众满意度', '明显改善', '改善有限', undefined, '7'],
  ]
  it.each(cases)('%s: %s against %s (%s) → %s', (name, target, actual, criteria, expected) => {
    const s = score({ name, weight: 10, target, actual, deviation: '—', ...(criteria === undefined ? {} : { criteria }) })
    expect(s.status === 'undecided' ? null : s.score?.toFixed(2).replace(/\.?0+$/u, '')).toBe(expected)
  })
})

describe('words that say the target was not reached', () => {
  it.each([
    ['营业收入', '稳步增长', '负增长', '0'],
    ['管理规范性', '规范', '欠规范', '7'],
    ['内控制度', '健全', '存在不足', '7'],
  ] as const)('%s: %s against %s → %s', (name, target, actual, expected) => {
    expect(score({ name, weight: 10, target, actual, deviation: '—' }).score?.toFixed()).toBe(expected)
  })
})

describe('the criteria of department tables (部门整体支出, 财预〔2013〕53号 templates)', () => {
  // [name, target, actual, criteria, score of 5 — or null: a person must judge]
  const cases: readonly [string, string, string, string, string | null][] = [
    // a criteria step that goes over makes a name with no polarity lower-is-better
    ['人员编制执行', '100%', '103%', '以100%为标准，≦100%计5分，每超过一个百分点扣0.5分', '3.5'],
    ['人员编制执行', '100%', '96%', '以100%为标准，≦100%计5分，每超过一个百分点扣0.5分', '5'],
    // a 0 has no unit: ≤0 against -12% and 8%
    ['"三公经费"变动率', '≤0', '-12%', '≦0，计5分；每超过一个百分点扣0.5分', '5'],
    ['"三公经费"变动率', '0', '8%', '≦0，计5分；每超过一个百分点扣0.5分', '1'],
    // deductions written without 每, and long phrases of what is counted
    ['资产管理安全性', '0处', '2处', '发现一处问题扣1分，扣完为止', '3'],
    ['专项资金下达', '0个', '2个', '每出现一个专项未按进度完成资金下达扣0.5分', '4'],
    // scales of points written 计N分 or N%:N分, read as step tables: a plain range gives its upper end to the band above
    ['项目投资计划完成率', '100%', '95%', '100%:5分;90-100%:3分;70-90%:1分;70%以下:0分', '3'],
    ['项目投资计划完成率', '100%', '90%', '100%:5分;90-100%:3分;70-90%:1分;70%以下:0分', '3'],
    ['项目投资计划完成率', '100%', '70%', '100%:5分;90-100%:3分;70-90%:1分;70%以下:0分', '0'],
    ['固定资产利用率', '100%', '92%', '≥95%,计3分;90%(含)-95%,计2分;低于90%计1分', '2'],
    // bands that overlap as written (10% is in both "0-10%(含)" and "10%以上"): a person decides
    ['预算调整率', '0', '10%', '=0,计3分;0-10%(含),计2分;10%以上计0分', null],
    // scales written without 得 or 计, with 为, in full-width digits, with 不满
    ['满意度', '≥95%', '92%', '95%以上5分，90%-95%3分，90%以下0分', '3'],
    ['满意度', '≥95%', '92%', '95%以上为满分，90%-95%为3分，90%以下为0分', '3'],
    ['满意度', '≥95%', '92%', '≥95%，计５分；90%（含）-95%，计３分；低于90%计１分', '3'],
    ['满意度', '≥95%', '90%', '95%以上得满分，90%-95%得一半分，不满90%不得分', '2.5'],
    // bands in a unit the actual is not in, and points above the weight anywhere in the scale: a person decides
    ['项目完成数', '10项', '8项', '完成率90%以上得满分，80%-90%得一半分，80%以下不得分', null],
    ['满意度', '≥90%', '92%', '90分以上得满分，80-90分得一半分，80分以下不得分', null],
    ['满意度', '≥95%', '92%', '≥95%得10分;90-95%得5分;<90%得0分', null],
  ]
  it.each(cases)('%s: %s against %s (%s) → %s', (name, target, actual, criteria, expected) => {
    const s = score({ name, weight: 5, target, actual, criteria, deviation: '—' })
    expect(s.status === 'undecided' ? null : s.score?.toFixed()).toBe(expected)
  })
})

describe('actuals that say only roughly what they are, and targets read two ways', () => {
  // [name, target, actual, unit column, score of 10 — or null: a person must judge]
  const cases: readonly [string, string, string, string | undefined, string | null][] = [
    ['合格率', '≥95%', '未达95%', undefined, null],
    ['合格率', '≥95%', '近95%', undefined, null],
    ['项目成本', '≤100万元', '100余万元', undefined, null],
    ['项目成本', '≤100万元', '逾100万元', undefined, null],
    // "余" against a target to reach says it was reached
    ['受益人数', '≥100人', '100余人', undefined, '10'],
    ['完成时限', '12月底前', '次年1月', undefined, null],
    // a bare number given its unit by the unit column, and a target written as a fraction
    ['资金拨付', '≥50', '450000', '万元', null],
    ['合格率', '95', '0.95', '%', null],
    ['合格率', '≥0.95', '93%', undefined, null],
    // a range missed on the better side of the indicator's polarity
    ['投诉率', '1%-3%', '0.5%', undefined, '10'],
    ['办理时限', '3-5天', '2天', undefined, '10'],
    // a duration word of the name says nothing of a share
    ['项目完成时间', '100%', '95%', undefined, '9.5'],
    // a ratio with a comparison: tables write the terms both ways round
    ['生师比', '≤1:20', '1:22', undefined, null],
    ['师生比', '1:15', '1:12', undefined, '10'],
  ]
  it.each(cases)('%s: %s against %s [%s] → %s', (name, target, actual, unit, expected) => {
    const s = score({ name, weight: 10, target, actual, deviation: '—', ...(unit === undefined ? {} : { unit }) })
    expect(s.status === 'undecided' ? null : s.score?.toFixed(2).replace(/\.?0+$/u, '')).toBe(expected)
  })
})
