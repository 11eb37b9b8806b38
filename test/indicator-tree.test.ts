/**
 * The indicator tree: an Evaluation from nested JSON. Weights (given, in names, 权重 %, sums, shares), polarity and why,
 * not applicable, the budget-execution line, ids, warnings, and every error reported at once with its path.
 *
 * Indicator names and targets are quoted from the seed report (《广州市从化区司法局2022年部门整体支出绩效自评报告》) and
 * from the tables of test/fixtures/tables/ (sources in their files).
 */
import { describe, expect, it } from 'vitest'
import {
  defineEvaluation,
  EvaluationError,
  evaluateTarget,
  evaluationIssueMessage,
  issueMessage,
  POLARITY_WORDS,
  safeDefineEvaluation,
  type BudgetExecution,
  type EvaluationInput,
  type Indicator,
  type IndicatorInput,
  type Issue,
} from '../src/index.js'

/** One level-1 group holding one level-2 group holding the indicators. */
function tree(leaves: readonly IndicatorInput[], more: Partial<EvaluationInput> = {}): EvaluationInput {
  return { kind: 'department', ...more, groups: [{ name: '履职效能', children: [{ name: '任务 1: 持续推动人民调解工作', children: leaves }] }] }
}

function leaf(input: EvaluationInput, i = 0): Indicator {
  return defineEvaluation(input).groups[0]!.children[0]!.children[i] as Indicator
}

/** The issues of a failed build, as [code, severity, path]. */
function issuesOf(input: EvaluationInput, options = {}): [string, string, string][] {
  const r = safeDefineEvaluation(input, options)
  if (r.success) throw new Error(`expected a failure, got warnings ${r.data.warnings.map((w) => w.code).join(', ')}`)
  return r.error.issues.map((i) => [i.code, i.severity, i.path.join('.')])
}

const L = 'groups.0.children.0.children'

describe('weights', () => {
  it('takes a group weight written in its name, in the forms real tables use', () => {
    for (const [name, weight] of [['产出指标(50分)', '50'], ['产出指标（50）', '50'], ['预算执行情况(万元)(20分)', '20'], ['效益指标（权重30%）', '30'], ['满意度指标10分', '10'], ['产 出 指 标 (50分)', '50']] as const) {
      const e = defineEvaluation({ groups: [{ name, children: [{ name: '数量指标', children: [{ name: '培训人次', target: '≥500人次', weight }] }] }] })
      expect(e.groups[0]!.weight?.toString(), name).toBe(weight)
      expect(e.groups[0]!.weightSource, name).toBe('name')
    }
  })

  it('weighs a group without one as the sum of its children, exactly', () => {
    const e = defineEvaluation(tree([{ name: 'a', target: '100%', weight: '0.1' }, { name: 'b', target: '100%', weight: '0.2' }]))
    expect(e.groups[0]!.children[0]!.weight?.toString()).toBe('0.3')
    expect(e.groups[0]!.children[0]!.weightSource).toBe('children')
    expect(e.weight?.toString()).toBe('0.3')
  })

  it('reads 权重 as a percentage of the declared total', () => {
    const e = defineEvaluation(tree([{ name: 'a', target: '100%', weight: '60%' }, { name: 'b', target: '100%', weight: '40%' }], { total: 20 }))
    const [a, b] = e.groups[0]!.children[0]!.children
    expect([a!.weight?.toString(), a!.weightSource, b!.weight?.toString()]).toEqual(['12', 'percent', '8'])
  })

  it('accepts weights as numbers, text with 分, full-width digits and Chinese numerals', () => {
    const e = defineEvaluation(tree([{ name: 'a', target: '100%', weight: 5 }, { name: 'b', target: '100%', weight: '5分' }, { name: 'c', target: '100%', weight: '５' }, { name: 'd', target: '100%', weight: '五' }]))
    expect(e.groups[0]!.children[0]!.children.map((c) => c.weight?.toString())).toEqual(['5', '5', '5', '5'])
  })

  it('leaves a planning-time table without weights valid, its weights null', () => {
    const e = defineEvaluation(tree([{ name: '调解案件补贴发放率', target: '100%' }]))
    expect(e.weight).toBeNull()
    expect(e.groups[0]!.weight).toBeNull()
    expect(e.groups[0]!.weightSource).toBe('none')
  })

  it('distributes weights in equal shares only when asked, the cents left over to the first', () => {
    const input = tree([{ name: 'a', target: '100%' }, { name: 'b', target: '100%' }, { name: 'c', target: '100%' }])
    expect(defineEvaluation(input).weight).toBeNull()
    const e = defineEvaluation(input, { distributeWeights: true })
    expect(e.groups[0]!.children[0]!.children.map((c) => [c.weight?.toString(), c.weightSource])).toEqual([['33.34', 'distributed'], ['33.33', 'distributed'], ['33.33', 'distributed']])
    expect(e.weight?.toString()).toBe('100')
  })

  it('reports children that do not add up to their group, with expected and found', () => {
    const input: EvaluationInput = { groups: [{ name: '产出指标(50分)', children: [{ name: '数量指标', children: [{ name: 'a', target: '100%', weight: 30 }, { name: 'b', target: '100%', weight: 15 }] }] }] }
    const r = safeDefineEvaluation(input)
    expect(r.success).toBe(false)
    const issue = !r.success ? r.error.issues.find((i) => i.code === 'WEIGHT_SUM_MISMATCH') : undefined
    expect(issue?.code === 'WEIGHT_SUM_MISMATCH' && [issue.details.expected.toString(), issue.details.found.toString(), issue.path.join('.')]).toEqual(['50', '45', 'groups.0.weight'])
    expect(issue?.zh).toBe('“产出指标(50分)”的分值为50，其下各指标分值合计45，二者不一致')
  })

  it('turns weight mismatches into warnings when asked, and still builds the table', () => {
    const input: EvaluationInput = { total: 100, groups: [{ name: '产出指标(50分)', children: [{ name: '数量指标', children: [{ name: 'a', target: '100%', weight: 30 }] }] }] }
    const e = defineEvaluation(input, { weightMismatch: 'warning' })
    expect(e.warnings.map((w) => [w.code, w.severity])).toEqual([['WEIGHT_SUM_MISMATCH', 'warning'], ['WEIGHT_TOTAL_MISMATCH', 'warning'], ['GROUP_MISSING', 'warning'], ['SATISFACTION_MISSING', 'warning']])
  })

  it('reports level-1 weights that do not reach the declared total', () => {
    expect(issuesOf(tree([{ name: 'a', target: '100%', weight: 90 }], { total: 100 }))).toEqual([['WEIGHT_TOTAL_MISMATCH', 'error', 'total']])
  })

  it('reports a weight given beside a different one in the name', () => {
    const input: EvaluationInput = { groups: [{ name: '产出指标(50分)', weight: 40, children: [{ name: '数量指标', children: [{ name: 'a', target: '100%', weight: 40 }] }] }] }
    expect(issuesOf(input)[0]).toEqual(['WEIGHT_CONFLICT', 'error', 'groups.0.weight'])
  })

  it('reports a node without a weight among weighted siblings', () => {
    expect(issuesOf(tree([{ name: 'a', target: '100%', weight: 10 }, { name: 'b', target: '100%' }]))).toEqual([['WEIGHT_MISSING', 'error', `${L}.1.weight`]])
  })

  it.each([
    ['-5', 'negative'],
    [Number.NaN, 'not-finite'],
    [Number.POSITIVE_INFINITY, 'not-finite'],
    ['十分之', 'unreadable'],
    ['10元', 'unreadable'],
  ])('refuses a weight of %s (%s), without also calling it missing', (weight, reason) => {
    const r = safeDefineEvaluation(tree([{ name: 'a', target: '100%', weight: weight as string }, { name: 'b', target: '100%', weight: 5 }]))
    expect(r.success).toBe(false)
    const issues = r.success ? [] : r.error.issues
    expect(issues.map((i) => i.code)).toEqual(['VALUE_INVALID'])
    expect(issues[0]?.code === 'VALUE_INVALID' && issues[0].details.reason).toBe(reason)
  })
})

describe('polarity and why', () => {
  it.each([
    // [name, target, written polarity, expected value, expected source, word]
    ['社区矫正对象再犯罪率', '不超过千分之二', undefined, 'negative', 'comparator', undefined],
    ['国家工作人员年度学法考试优秀率', '90%以上', undefined, 'positive', 'comparator', undefined],
    ['社区矫正对象再犯罪率', '0.2%', undefined, 'negative', 'name', '犯罪率'],
    ['群众投诉率', '1%', undefined, 'negative', 'name', '投诉率'],
    ['投诉及时有效处理率', '90%', undefined, 'positive', 'name', '处理率'],
    ['安全事故发生率', '0', undefined, 'negative', 'name', '发生率'],
    ['人均培训成本', '500元', undefined, 'negative', 'name', '成本'],
    ['成本降低率', '5%', undefined, 'positive', 'name', '降低率'],
    ['平均办结时间（天）', '15天', undefined, 'negative', 'name', '时间'],
    ['志愿服务时长', '1000小时', undefined, 'positive', 'name', '服务时长'],
    ['调解案件补贴发放率', '100%', undefined, 'positive', 'default', undefined],
    ['结转结余率', '5%', undefined, 'negative', 'name', '结余率'],
    ['安全事故发生次数', '0次', undefined, 'negative', 'name', '发生次数'],
    ['服务对象不满意率', '5%', undefined, 'negative', 'name', '不满意率'],
    ['城镇登记失业率', '4.5%', undefined, 'negative', 'name', '失业率'],
    ['不良贷款率', '2%', undefined, 'negative', 'name', '不良贷款率'],
    ['平均办理时限', '5个工作日', undefined, 'negative', 'name', '时限'],
    ['PM2.5平均浓度', '35微克/立方米', undefined, 'negative', 'name', '浓度'],
    ['溶解氧浓度', '5毫克/升', undefined, 'positive', 'name', '溶解氧浓度'],
    ['科目调整次数', '10次', undefined, 'negative', 'name', '调整次数'],
    ['调解案件补贴发放率', '100%', '逆向', 'negative', 'written', undefined],
    ['调解案件补贴发放率', '100%', 'negative', 'negative', 'written', undefined],
  ] as const)('%s with %s (written %s) is %s, from %s', (name, target, polarity, value, source, word) => {
    const i = leaf(tree([{ name, target, ...(polarity === undefined ? {} : { polarity }) }]))
    expect(i.polarity.value).toBe(value)
    expect(i.polarity.source).toBe(source)
    expect(i.polarity.word).toBe(word)
  })

  it('reads a cost category as lower-is-better when the name says nothing', () => {
    const e = defineEvaluation({ groups: [{ name: '产出指标', children: [{ name: '成本指标', children: [{ name: '项目总投入', target: '200万元' }] }] }] })
    expect((e.groups[0]!.children[0]!.children[0] as Indicator).polarity).toEqual({ value: 'negative', source: 'category', word: '成本' })
  })

  it('takes polarity words from the options, replacing the library\'s', () => {
    const words = { lowerIsBetter: [...POLARITY_WORDS.lowerIsBetter, { word: '空驶率', reason: 'empty runs of a bus line' }], higherIsBetter: POLARITY_WORDS.higherIsBetter }
    const e = defineEvaluation(tree([{ name: '公交空驶率', target: '10%' }]), { polarityWords: words })
    expect((e.groups[0]!.children[0]!.children[0] as Indicator).polarity.source).toBe('name')
    expect(leaf(tree([{ name: '公交空驶率', target: '10%' }])).polarity.source).toBe('default')
  })

  it('warns when the written polarity and the comparison disagree, keeping the written one', () => {
    const e = defineEvaluation(tree([{ name: '再犯罪率', target: '≤0.2%', polarity: '正向' }]))
    expect(e.warnings.map((w) => w.code)).toEqual(['POLARITY_CONFLICT'])
    expect((e.groups[0]!.children[0]!.children[0] as Indicator).polarity.value).toBe('positive')
  })

  it('gives evaluateTarget what it needs: a bare number read as "at most" for a lower-is-better name', () => {
    const i = leaf(tree([{ name: '社区矫正对象再犯罪率', target: '0.2%', actual: '0.1%' }]))
    expect(evaluateTarget(i.target!, i.actual!, { polarity: i.polarity.value }).met).toBe(true)
  })
})

describe('cells read once, with their units and 不适用', () => {
  it('joins a unit column to a number written without one, in the target and the actual', () => {
    const i = leaf(tree([{ name: '培训合格率', target: '90', unit: '%', actual: '92' }]))
    expect(i.target).toMatchObject({ kind: 'compare', op: null, value: { unit: '%' }, source: '90%' })
    expect(i.targetText).toBe('90')
    expect(i.actual).toMatchObject({ kind: 'quantity', value: { unit: '%' } })
    expect(leaf(tree([{ name: '培训人次', target: '500以上', unit: '人次' }])).target).toMatchObject({ op: '>=', value: { unit: '人次' }, source: '500人次以上' })
    expect(leaf(tree([{ name: '培训人次', target: '≥500', unit: '人次', actual: 620 }])).actual).toMatchObject({ kind: 'quantity', value: { unit: '人次' } })
  })

  it('joins the unit column after each part of a compound written without one', () => {
    expect(leaf(tree([{ name: '办理时限', target: '≥3且≤5', unit: '天' }])).target).toMatchObject({ kind: 'all', targets: [{ value: { unit: '天' } }, { value: { unit: '天' } }] })
    expect(leaf(tree([{ name: '办理时限', target: '≥3天且≤5', unit: '天' }])).target?.source).toBe('≥3天且≤5天')
  })

  it('keeps a unit the target writes, and warns when the unit column says another family', () => {
    const e = defineEvaluation(tree([{ name: '培训人数', target: '≥90%', unit: '人' }]))
    expect(e.warnings.map((w) => w.code)).toEqual(['UNIT_CONFLICT'])
  })

  it.each(['不适用', '无此项', '不涉及', ' 不适用。'])('marks an indicator not applicable when its target is %j', (target) => {
    const i = leaf(tree([{ name: '生态效益指标', target, weight: 10 }]))
    expect([i.applicable, i.notApplicable, i.target]).toEqual([false, 'target', null])
  })

  it('marks an indicator not applicable by its actual, or by the flag', () => {
    expect(leaf(tree([{ name: 'a', target: '100%', actual: '无此项' }])).notApplicable).toBe('actual')
    const flagged = leaf(tree([{ name: 'a', target: '100%', actual: '95%', applicable: false }]))
    expect([flagged.applicable, flagged.notApplicable, flagged.actual]).toEqual([false, 'flag', null])
  })

  it('shares one frozen Target between indicators that write the same text', () => {
    const e = defineEvaluation(tree([{ name: 'a', target: '100%' }, { name: 'b', target: '100%' }]))
    const [a, b] = e.groups[0]!.children[0]!.children as Indicator[]
    expect(a!.target).toBe(b!.target)
  })

  it('reads deadlines without a year in the evaluation\'s year', () => {
    expect(leaf(tree([{ name: '完成时间', target: '12月31日前' }], { year: 2022 })).target).toMatchObject({ kind: 'deadline', due: { year: 2022, month: 12, day: 31 } })
    expect(leaf(tree([{ name: '完成时间', target: '12月31日前' }], { year: '2022年' })).target).toMatchObject({ due: { year: 2022 } })
  })

  it('accepts a Target and an Actual as data (JSON), and refuses a target the schema refuses, naming the field', () => {
    const i = leaf(tree([{ name: 'a', target: { kind: 'compare', op: '>=', value: { amount: '90', unit: '%' }, approximate: false, source: '≥90%' }, actual: { amount: '95', unit: '%' } }]))
    expect(evaluateTarget(i.target!, i.actual!).met).toBe(true)
    const issues = issuesOf(tree([{ name: 'a', target: { kind: 'compare', op: '>=', value: { amount: 'x', unit: '%' } } }]))
    expect(issues[0]?.[0]).toBe('TARGET_INVALID')
    expect(issues[0]?.[2]).toMatch(new RegExp(`^${L}\\.0\\.target\\.value`))
  })
})

describe('the budget-execution line', () => {
  const budgetTree = (line: IndicatorInput, budget?: EvaluationInput['budget']): EvaluationInput => ({
    budget: { unit: '万元', ...budget },
    groups: [{ name: '预算执行率', children: [{ name: '预算执行率', children: [{ kind: 'budget-execution', weight: 10, ...line }] }] }],
  })
  const line = (input: EvaluationInput): BudgetExecution => defineEvaluation(input).groups[0]!.children[0]!.children[0] as BudgetExecution

  it('is 全年执行数 ÷ 全年预算数, exactly, across 元 and 万元', () => {
    const b = line(budgetTree({ adjusted: '120', executed: '1100000元' }))
    expect(b.rate?.times(120).toString()).toBe('110')
    expect([b.rateSource, b.adjusted?.unit, b.executed?.unit]).toEqual(['computed', '万元', '元'])
  })

  it('takes the evaluation budget\'s figures, and checks their parts', () => {
    const e = defineEvaluation(budgetTree({}, { adjusted: { total: 120, fiscal: 100, carryOver: 20 }, executed: { total: '110', fiscal: '90', other: ['15', '6'] } }))
    const b = e.groups[0]!.children[0]!.children[0] as BudgetExecution
    expect(b.rate?.times(12).toString()).toBe('11')
    expect(e.warnings.map((w) => w.code === 'BUDGET_PARTS_MISMATCH' && [w.details.figure, w.details.total.toString(), w.details.sum.toString()])).toEqual([['executed', '110', '111']])
  })

  it('uses the printed rate where a table gives only that, and warns when it disagrees with the figures', () => {
    expect(line(budgetTree({ rate: '98.5%' })).rate?.toString()).toBe('0.985')
    expect(line(budgetTree({ rate: 0.985 })).rate?.toString()).toBe('0.985')
    expect(line(budgetTree({ rate: '98.5' })).rate?.toString()).toBe('0.985')
    const printed = defineEvaluation(budgetTree({ adjusted: 120, executed: 110, rate: '91.67%' }))
    expect(printed.warnings).toEqual([])
    const wrong = defineEvaluation(budgetTree({ adjusted: 120, executed: 110, rate: '95%' }))
    expect(wrong.warnings.map((w) => w.code)).toEqual(['BUDGET_RATE_MISMATCH'])
  })

  it('says when it reads bare budget numbers in 万元 because nothing names their unit', () => {
    const e = defineEvaluation({ groups: [{ name: '预算执行率', children: [{ name: '预算执行率', children: [{ kind: 'budget-execution', weight: 10, adjusted: 120, executed: 110 }] }] }] })
    expect(e.warnings.map((w) => w.code)).toEqual(['BUDGET_UNIT_ASSUMED'])
    expect((e.groups[0]!.children[0]!.children[0] as BudgetExecution).adjusted?.unit).toBe('万元')
    const named = defineEvaluation({ groups: [{ name: '预算执行率', children: [{ name: '预算执行率', children: [{ kind: 'budget-execution', weight: 10, adjusted: '120万元', executed: '110万元' }] }] }] })
    expect(named.warnings).toEqual([])
  })

  it('is not applicable when the budget is zero', () => {
    const b = line(budgetTree({ adjusted: 0, executed: 0 }))
    expect([b.applicable, b.notApplicable, b.rate]).toEqual([false, 'zero-budget', null])
  })

  it('warns when it has neither figures nor a rate', () => {
    expect(defineEvaluation(budgetTree({})).warnings.map((w) => w.code)).toEqual(['BUDGET_FIGURES_MISSING'])
  })

  it('refuses money in a unit that is not money', () => {
    expect(issuesOf(budgetTree({ adjusted: '120人', executed: 110 }))[0]?.[0]).toBe('VALUE_INVALID')
  })
})

describe('ids, adjustments and layout', () => {
  it('derives ids from positions and keeps given ones', () => {
    const e = defineEvaluation(tree([{ name: 'a', target: '100%' }, { id: 'mediation-subsidy', name: 'b', target: '100%' }]))
    expect([e.groups[0]!.id, e.groups[0]!.children[0]!.id, ...e.groups[0]!.children[0]!.children.map((c) => c.id)]).toEqual(['1', '1.1', '1.1.1', 'mediation-subsidy'])
  })

  it('reports duplicate ids, naming the first', () => {
    const issues = safeDefineEvaluation(tree([{ id: 'x', name: 'a', target: '100%' }, { id: 'x', name: 'b', target: '100%' }]))
    expect(!issues.success && issues.error.issues.map((i) => i.code === 'ID_DUPLICATE' && i.details.first)).toEqual([`${L}.0`])
  })

  it('keeps an adjustment with its reason, and refuses one without a reason or beyond the weight', () => {
    const ok = leaf(tree([{ name: 'a', target: '100%', actual: '95%', weight: 5, adjustment: { score: 5, reason: '经认定不扣分' } }]))
    expect([ok.adjustment?.score.toString(), ok.adjustment?.reason]).toEqual(['5', '经认定不扣分'])
    expect(issuesOf(tree([{ name: 'a', target: '100%', weight: 5, adjustment: { score: 4 } }]))).toEqual([['ADJUSTMENT_REASON_MISSING', 'error', `${L}.0.adjustment`]])
    expect(issuesOf(tree([{ name: 'a', target: '100%', weight: 5, adjustment: { score: 6, reason: '超额完成' } }]))).toEqual([['ADJUSTMENT_OUT_OF_RANGE', 'error', `${L}.0.adjustment`]])
    expect(issuesOf(tree([{ name: 'a', target: '100%', weight: 5, adjustment: { score: -1, reason: 'x' } }]))[0]?.[0]).toBe('VALUE_INVALID')
  })

  it('warns about a project table without outputs, effects or satisfaction, and not about a department\'s', () => {
    const project = defineEvaluation({ kind: '项目支出', groups: [{ name: '产出指标', children: [{ name: '数量指标', children: [{ name: '培训人次', target: '≥500人次' }] }] }] })
    expect(project.warnings.map((w) => w.code === 'GROUP_MISSING' ? `${w.code}:${w.details.group}` : w.code)).toEqual(['GROUP_MISSING:效益', 'SATISFACTION_MISSING'])
    expect(defineEvaluation(tree([{ name: 'a', target: '100%' }])).warnings).toEqual([])
  })

  it('warns about a quantitative category with words or a number without a unit', () => {
    const e = defineEvaluation({ groups: [{ name: '产出指标', children: [{ name: '数量指标', children: [{ name: '培训人数', target: '大幅增加' }, { name: '新建站点', target: '≥5' }] }, { name: '满意度指标', children: [{ name: '满意度', target: '≥90%' }] }] }, { name: '效益指标', children: [] }] })
    expect(e.warnings.map((w) => w.code)).toEqual(['CATEGORY_QUALITATIVE_TARGET', 'UNIT_MISSING'])
  })

  it('reads the category of an indicator from its level-2 name', () => {
    const e = defineEvaluation({ groups: [{ name: '满意度指标', children: [{ name: '服务对象满意度指标', children: [{ name: '群众满意度', target: '≥90%' }] }] }] })
    expect((e.groups[0]!.children[0]!.children[0] as Indicator).category).toBe('满意度')
  })
})

describe('every issue at once', () => {
  const broken: EvaluationInput = {
    groups: [
      {
        name: '产出指标(50分)',
        children: [
          {
            name: '数量指标',
            children: [
              { name: '培训人次', weight: 30, target: '≥500人次', actual: '95%' },
              { name: '法律顾问配备完成率', weight: 10 },
              { name: '案件指派率', weight: -10, target: '≥≥90%' },
              { name: '律师值班率', weight: 10, target: '90%', adjustment: { score: 11 } },
              { name: '公证事项办结率', weight: 5, target: '100%', wieght: 5 } as IndicatorInput,
            ],
          },
        ],
      },
    ],
  }

  it('lists errors of every kind with their paths, then the warnings', () => {
    const codes = issuesOf(broken)
    expect(codes).toEqual([
      ['EVALUATION_INPUT_INVALID', 'error', `${L}.4.wieght`],
      ['ACTUAL_NOT_COMPARABLE', 'error', `${L}.0.actual`],
      ['TARGET_MISSING', 'error', `${L}.1.target`],
      ['TARGET_MALFORMED', 'error', `${L}.2.target`],
      ['VALUE_INVALID', 'error', `${L}.2.weight`],
      ['ADJUSTMENT_REASON_MISSING', 'error', `${L}.3.adjustment`],
      ['ADJUSTMENT_OUT_OF_RANGE', 'error', `${L}.3.adjustment`],
      ['GROUP_MISSING', 'warning', 'groups'],
      ['SATISFACTION_MISSING', 'warning', 'groups'],
    ])
  })

  it('gives every issue a text in Chinese and English, through the issue, issueMessage and the error', () => {
    const r = safeDefineEvaluation(broken)
    if (r.success) throw new Error('expected a failure')
    expect(r.error).toBeInstanceOf(EvaluationError)
    expect(r.error.name).toBe('EvaluationError')
    for (const issue of r.error.issues) {
      expect(issue.zh).not.toMatch(/未知的问题代码|undefined|\[object/)
      expect(issue.en).not.toMatch(/unknown issue|undefined|\[object/)
      expect(issueMessage(issue, 'en')).toBe(issue.en)
      expect(evaluationIssueMessage(JSON.parse(JSON.stringify(issue)) as Issue, 'zh-CN')).toBe(issue.zh)
    }
    expect(r.error.messages('en')).toEqual(r.error.issues.map((i) => i.en))
    expect(r.error.issues[2]?.en).toBe('indicator "法律顾问配备完成率" has no target')
    expect(r.error.issues[3]?.zh).toBe('年度指标值“≥≥90%”第2个字符起：比较词重复')
    expect(r.error.issues[3]?.span).toEqual({ start: 1, end: 2 })
  })

  it('throws the same issues from defineEvaluation', () => {
    expect(() => defineEvaluation(broken)).toThrow(EvaluationError)
    try {
      defineEvaluation(broken)
    } catch (error) {
      expect((error as EvaluationError).issues.length).toBe(9)
      expect((error as EvaluationError).code).toBe('EVALUATION_INPUT_INVALID')
    }
  })

  it('lets a missing target be a warning when asked, with its target null', () => {
    const e = defineEvaluation(tree([{ name: '法律顾问配备完成率' }]), { missingTarget: 'warning' })
    expect(e.warnings.map((w) => [w.code, w.severity])).toEqual([['TARGET_MISSING', 'warning']])
    expect((e.groups[0]!.children[0]!.children[0] as Indicator).target).toBeNull()
  })

  it('reports a wrong shape with what was expected and received', () => {
    const r = safeDefineEvaluation({ groups: 'none' } as unknown as EvaluationInput)
    expect(!r.success && r.error.issues.map((i) => [i.code, i.details])).toEqual([['EVALUATION_INPUT_INVALID', { reason: 'type', expected: 'array', received: 'string' }]])
    const s = safeDefineEvaluation({ kind: '项目', groups: [] } as unknown as EvaluationInput)
    expect(!s.success && s.error.issues[0]?.code === 'EVALUATION_INPUT_INVALID' && s.error.issues[0].details.reason).toBe('value')
    const t = safeDefineEvaluation(null as unknown as EvaluationInput)
    expect(!t.success && t.error.issues[0]?.zh).toBe('类型不对：应为object，实为null')
  })
})

describe('results', () => {
  const input = (): EvaluationInput => ({
    name: '普法宣传项目',
    kind: 'project',
    year: 2022,
    goals: { expected: '完成全区普法宣传', achieved: '已完成' },
    budget: { adjusted: 120, executed: 110 },
    groups: [
      { name: '产出指标(20分)', children: [{ name: '数量指标', children: [{ name: '培训人次', weight: 10, target: '≥500人次', actual: '620人次' }, { name: '培训合格率', weight: 10, target: '90', unit: '%', actual: 0.92 }] }] },
      { name: '效益指标', children: [{ name: '社会效益指标', children: [{ name: '群众投诉率', weight: 10, target: '1%', actual: '0.5%' }] }] },
      { name: '满意度指标', children: [{ name: '服务对象满意度指标', children: [{ name: '学员满意度', weight: 10, target: '≥90%' }] }] },
      { name: '预算执行率', children: [{ name: '预算执行率', children: [{ kind: 'budget-execution', weight: 10 }] }] },
    ],
  })

  it('are frozen all the way down, Decimals included', () => {
    const e = defineEvaluation(input())
    const seen: unknown[] = []
    const walk = (v: unknown): void => {
      if (typeof v !== 'object' || v === null || seen.includes(v)) return
      seen.push(v)
      expect(Object.isFrozen(v)).toBe(true)
      for (const k of Object.keys(v)) walk((v as Record<string, unknown>)[k])
    }
    walk(e)
    expect(seen.length).toBeGreaterThan(40)
    expect(() => {
      ;(e.groups as unknown as unknown[]).push(1)
    }).toThrow()
  })

  it('never change their input', () => {
    const given = input()
    const copy = JSON.parse(JSON.stringify(given)) as unknown
    defineEvaluation(given)
    expect(JSON.parse(JSON.stringify(given))).toEqual(copy)
  })

  it('are the same for the same input, and serialise to plain JSON', () => {
    const a = JSON.stringify(defineEvaluation(input()))
    expect(JSON.stringify(defineEvaluation(input()))).toBe(a)
    const json = JSON.parse(a) as { weight: string; budget: { adjusted: { total: { amount: string } } } }
    expect([json.weight, json.budget.adjusted.total.amount]).toEqual(['50', '120'])
  })

  it('keep the metadata', () => {
    const e = defineEvaluation(input())
    expect([e.name, e.kind, e.year, e.goals]).toEqual(['普法宣传项目', 'project', 2022, { expected: '完成全区普法宣传', achieved: '已完成' }])
    const b = e.groups[3]!.children[0]!.children[0] as BudgetExecution
    expect(b.rate?.times(12).toString()).toBe('11')
  })
})

describe('readings a reviewer checked', () => {
  it.each([
    ['空气质量优良天数', '300天', 'positive', '优良天数'],
    ['降低运行成本', '5%', 'positive', '降低'],
    ['节约支出', '10万元', 'positive', '节约'],
    ['年度培训时间', '40小时', 'positive', '培训时间'],
    ['社区矫正对象 再犯罪率（‰）', '2', 'negative', '犯罪率'],
    ['平均\n办结时间', '15天', 'negative', '时间'],
  ] as const)('%s with %s is %s (word %s)', (name, target, value, word) => {
    const i = leaf(tree([{ name, target }]))
    expect([i.polarity.value, i.polarity.word]).toEqual([value, word])
  })

  it('reads 负向 written, as JSON and from rows', () => {
    expect(leaf(tree([{ name: 'a', target: '1%', polarity: '负向指标' }])).polarity).toEqual({ value: 'negative', source: 'written' })
  })

  it('takes a weight from an indicator\'s name only with 分 or a word of weight; a target in brackets is no weight', () => {
    const planning = defineEvaluation(tree([{ name: '学员满意度（90%）', target: '≥90%' }, { name: '达标率（95）', target: '95%' }]))
    expect(planning.groups[0]!.children[0]!.children.map((l) => l.weight)).toEqual([null, null])
    const weighted = defineEvaluation(tree([{ name: '预算编制合理性（5分）', target: '合理' }, { name: '资金使用合规性（分值：5）', target: '合规' }]))
    expect(weighted.groups[0]!.children[0]!.children.map((l) => [l.weight?.toString(), l.weightSource])).toEqual([['5', 'name'], ['5', 'name']])
  })

  it.each(['不适用（本年度无此项业务）', '本年度不涉及', '未涉及', '无此项，不计分'])('reads %j as not applicable', (target) => {
    expect(leaf(tree([{ name: 'a', target }])).notApplicable).toBe('target')
  })

  it('joins 月 as written when the name is a point in time (完成时间), as a duration otherwise', () => {
    expect(leaf(tree([{ name: '项目完成时间', target: '12', unit: '月' }], { year: 2022 })).target).toMatchObject({ kind: 'deadline' })
    expect(leaf(tree([{ name: '服务期', target: '≥12', unit: '月' }])).target).toMatchObject({ kind: 'compare', value: { unit: '个月' } })
  })

  it('reads a unit column that holds no unit (无, 是/否, 定性) as none', () => {
    expect(leaf(tree([{ name: '是否按时完成', target: '是', unit: '无' }])).target).toMatchObject({ kind: 'qualitative' })
    expect(leaf(tree([{ name: '培训人次', target: '≥500', unit: '/' }])).target).toMatchObject({ value: { unit: '' } })
  })

  it('reports a budget Quantity in a unit that is not money, from plain JSON, with a code', () => {
    const r = safeDefineEvaluation({ budget: { adjusted: { amount: 100, unit: '个' } }, groups: [] } as unknown as EvaluationInput)
    expect(!r.success && r.error.issues.map((i) => [i.code, i.code === 'VALUE_INVALID' && i.details.value])).toEqual([['VALUE_INVALID', '[object]']])
  })

  it('records where a budget rate came from', () => {
    const e = defineEvaluation({ groups: [{ name: '预算执行率', children: [{ name: '', children: [{ kind: 'budget-execution', rate: '95%' }] }] }] })
    const b = e.groups[0]!.children[0]!.children[0] as BudgetExecution
    expect([b.rateSource, b.rate?.toString()]).toEqual(['printed', '0.95'])
    expect(e.warnings.map((w) => w.code === 'LABEL_EMPTY' && w.details.level)).toEqual([2])
  })
})
