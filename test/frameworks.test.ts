/**
 * The frameworks: a project's self-evaluation on the national layouts (财预〔2020〕10号; 成本指标 as a level-1 group) and a
 * department's on the 2013 common framework (财预〔2013〕53号 附件3). A framework supplies structure, polarity, formulas and
 * rules; the caller supplies targets, actuals and weights. A real published table is mapped through the project framework,
 * and department rates are computed exactly from their figures and scored.
 */
import { readFileSync } from 'node:fs'
import { fc, test as prop } from '@fast-check/vitest'
import { describe, expect, it } from 'vitest'
import {
  DEPARTMENT_COMMON_INDICATORS,
  DEPARTMENT_FRAMEWORK_2013,
  EvaluationError,
  FrameworkError,
  PROJECT_FRAMEWORK_2020,
  PROJECT_FRAMEWORK_COST_FIRST,
  departmentOverall,
  frameworkEn,
  frameworkIssueMessage,
  frameworkZh,
  issueMessage,
  parseNumber,
  projectSelfEvaluation,
  safeDepartmentOverall,
  safeProjectSelfEvaluation,
  scoreEvaluation,
  type CommonIndicatorInput,
  type DepartmentOverallInput,
  type Evaluation,
  type Indicator,
  type Issue,
  type ProjectSelfEvaluationInput,
} from '../src/index.js'

/** Every key path of a table, read from the table itself. */
function keys(table: object, prefix = ''): string[] {
  return Object.entries(table).flatMap(([k, v]) => (typeof v === 'object' && v !== null ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`]))
}

const leaves = (e: Evaluation) => e.groups.flatMap((g) => g.children.flatMap((s) => s.children))
const leafNamed = (e: Evaluation, name: string): Indicator => {
  const found = leaves(e).find((l) => l.name === name)
  if (found === undefined || found.kind !== 'indicator') throw new Error(`no indicator ${name}`)
  return found
}
const codes = (r: { success: boolean; error?: { issues: readonly Issue[] } }): string[][] => (r.error?.issues ?? []).filter((i) => i.severity === 'error').map((i) => [i.code, i.path.join('.')])

interface TableFixture {
  readonly source: { readonly url: string }
  readonly meta: Readonly<Record<string, string>>
  readonly goals: { readonly expected: string; readonly achieved: string }
  readonly rows: readonly Readonly<Record<string, string>>[]
}

describe('a real published 项目支出 table mapped through projectSelfEvaluation', () => {
  // 稷山县项目支出绩效自评表(2020年度)(建档立卡个人缴费县级配套资金), test/fixtures/tables (source.url in the file)
  const table = JSON.parse(readFileSync(new URL('./fixtures/tables/shanxi-jishan-ybj-jiandanglika-2020-self.json', import.meta.url), 'utf8')) as TableFixture
  const row = (name: string): Readonly<Record<string, string>> => {
    const found = table.rows.find((r) => r['三级指标'] === name)
    if (found === undefined) throw new Error(name)
    return found
  }
  const line = (name: string) => {
    const r = row(name)
    return { name: name.replace(/^指标1:/u, ''), weight: r['分值'] as string, target: r['年度指标值'] as string, actual: r['实际完成值'] as string, printedScore: r['得分'] as string, ...(r['偏差原因分析及改进措施'] ? { deviation: r['偏差原因分析及改进措施'] } : {}) }
  }
  const input: ProjectSelfEvaluationInput = {
    name: table.meta['项目名称'] as string,
    department: table.meta['主管部门'] as string,
    implementer: table.meta['实施单位'] as string,
    year: 2020,
    goals: table.goals,
    budget: { adjusted: '65.66万元', executed: '65.07万元' },
    printedTotal: 94,
    indicators: {
      quantity: [line('指标1:全县参合人数')],
      quality: [line('指标1:资金是否全部纳入医保统筹')],
      timeliness: [line('指标1:资金是否全部及时纳入')],
      cost: [line('指标1:配套资金每人每年')],
      social: [line('指标1:是否解决建档立卡人员看病难贵问题')],
      satisfaction: [line('指标1:是否满意')],
    },
    budgetExecution: { printedScore: 9 },
  }

  it('places the rows under the 2020 layout with its default weights 50/30/10/10', () => {
    const e = projectSelfEvaluation(input)
    expect(e.kind).toBe('project')
    expect(e.groups.map((g) => [g.name, g.weight?.toString()])).toEqual([['产出指标', '50'], ['效益指标', '30'], ['满意度指标', '10'], ['预算执行率', '10']])
    expect(e.groups[0]?.children.map((s) => s.name)).toEqual(['数量指标', '质量指标', '时效指标', '成本指标'])
    expect(e.groups[1]?.children.map((s) => s.name)).toEqual(['社会效益指标'])
    expect(leafNamed(e, '配套资金每人每年').category).toBe('成本')
    expect(leafNamed(e, '是否满意').category).toBe('满意度')
    expect(e.warnings.filter((w) => w.severity === 'error')).toEqual([])
  })

  it('scores it: the budget line by its rule, the missed count in proportion, the rest full', () => {
    const report = scoreEvaluation(projectSelfEvaluation(input))
    const byName = new Map(report.indicators.map((i) => [i.name, i]))
    expect(byName.get('预算执行率')?.rule).toBe('budget-execution')
    // 10 × 65.07 ÷ 65.66 = 9.9101…
    expect(byName.get('预算执行率')?.score?.toString()).toBe('9.91')
    // 15 × 8676 ÷ 8755 = 14.8646…
    expect(byName.get('全县参合人数')?.score?.toString()).toBe('14.86')
    expect(report.score.toString()).toBe('99.77')
    // the printed 94 is audited against it
    expect(report.findings.map((f) => f.code)).toContain('PRINTED_TOTAL_MISMATCH')
  })

  it('does not mutate its input', () => {
    const before = JSON.stringify(input)
    projectSelfEvaluation(input)
    expect(JSON.stringify(input)).toBe(before)
  })
})

describe('projectSelfEvaluation', () => {
  const base: ProjectSelfEvaluationInput = {
    budget: { adjusted: 100, executed: 100 },
    indicators: {
      quantity: [{ name: '培训人次', weight: 50, target: '≥500人次', actual: '500人次' }],
      social: [{ name: '群众法治意识', weight: 30, target: '有效提升', actual: '有效提升' }],
      satisfaction: [{ name: '群众满意度', weight: 10, target: '≥90%', actual: '95%' }],
    },
  }

  it('leaves out empty categories and groups', () => {
    const e = projectSelfEvaluation({ ...base, indicators: { ...base.indicators, quality: [], ecological: [] } })
    expect(e.groups.flatMap((g) => g.children.map((s) => s.name))).toEqual(['数量指标', '社会效益指标', '服务对象满意度指标', '预算执行率'])
  })

  it('takes the caller\'s level-1 weights in place of the layout\'s', () => {
    const e = projectSelfEvaluation({ ...base, weights: { output: 60, effect: 20 }, indicators: { ...base.indicators, quantity: [{ name: '培训人次', weight: 60, target: '≥500人次' }], social: [{ name: '群众法治意识', weight: 20, target: '有效提升' }] } })
    expect(e.groups.map((g) => g.weight?.toString())).toEqual(['60', '20', '10', '10'])
  })

  it('lets the tree report children that miss their group, at weights.output', () => {
    const r = safeProjectSelfEvaluation({ ...base, indicators: { ...base.indicators, quantity: [{ name: '培训人次', weight: 45, target: '≥500人次' }] } })
    expect(r.success).toBe(false)
    expect(!r.success && r.error).toBeInstanceOf(EvaluationError)
    expect(codes(r)).toEqual([['WEIGHT_SUM_MISMATCH', 'weights.output']])
  })

  it('names a target the tree cannot read at the caller\'s path', () => {
    const r = safeProjectSelfEvaluation({ ...base, indicators: { ...base.indicators, satisfaction: [{ name: '群众满意度', weight: 10, target: '≥≥90%' }] } })
    expect(codes(r)).toEqual([['TARGET_MALFORMED', 'indicators.satisfaction.0.target']])
    expect(!r.success && r.error.issues[0]?.zh).toContain('比较词重复')
  })

  it('reads 成本 rows as lower is better through the tree\'s category', () => {
    const e = projectSelfEvaluation({ ...base, weights: { output: 70 }, indicators: { ...base.indicators, cost: [{ name: '宣传册印制', weight: 20, target: '2万元', actual: '2.5万元' }] } })
    expect(leafNamed(e, '宣传册印制').polarity).toMatchObject({ value: 'negative', source: 'category' })
    // reverse ratio: 20 × 2 ÷ 2.5 = 16
    expect(scoreEvaluation(e).indicators.find((i) => i.name === '宣传册印制')?.score?.toString()).toBe('16')
  })

  it.each([
    ['an unknown category', { indicators: { quantiy: [] } }, [['FRAMEWORK_INPUT_INVALID', 'indicators.quantiy']]],
    ['a category of the other layout', { layout: 'cost-first', weights: { output: 50, cost: 10, effect: 20, satisfaction: 10, budget: 10 }, indicators: { cost: [] } }, [['FRAMEWORK_INPUT_INVALID', 'indicators.cost']]],
    ['a category the framework supplies', { indicators: { quantity: [{ name: '培训人次', category: '质量', weight: 50, target: '≥500人次' }] } }, [['FRAMEWORK_INPUT_INVALID', 'indicators.quantity.0.category']]],
    ['an unknown weight key', { weights: { outputs: 50 }, indicators: {} }, [['FRAMEWORK_INPUT_INVALID', 'weights.outputs']]],
    ['no indicators', {}, [['FRAMEWORK_INPUT_INVALID', 'indicators']]],
    ['an unknown layout', { layout: '2013', indicators: {} }, [['FRAMEWORK_INPUT_INVALID', 'layout']]],
  ] as const)('refuses %s with a coded error', (_what, given, expected) => {
    const r = safeProjectSelfEvaluation(given as unknown as ProjectSelfEvaluationInput)
    expect(!r.success && r.error).toBeInstanceOf(FrameworkError)
    expect(codes(r)).toEqual(expected)
  })

  it('has no national weights for the cost-first layout: each group present needs one', () => {
    const r = safeProjectSelfEvaluation({ layout: 'cost-first', indicators: { quantity: [{ name: '培训人次', weight: 40, target: '≥500人次' }], socialCost: [{ name: '占用公共场地', weight: 10, target: '无' }] } })
    expect(codes(r)).toEqual([['FRAMEWORK_WEIGHT_REQUIRED', 'weights.output'], ['FRAMEWORK_WEIGHT_REQUIRED', 'weights.cost'], ['FRAMEWORK_WEIGHT_REQUIRED', 'weights.budget']])
    expect(!r.success && r.error.issues[1]?.en).toBe('the cost-first layout has no national level-1 weights: "成本指标" needs a weight')
    const e = projectSelfEvaluation({ layout: 'cost-first', weights: { output: 40, cost: 10, budget: 10 }, budget: { adjusted: 10, executed: 9 }, indicators: { quantity: [{ name: '培训人次', weight: 40, target: '≥500人次' }], socialCost: [{ name: '占用公共场地', weight: 10, target: '无' }] } })
    expect(e.groups.map((g) => g.name)).toEqual(['产出指标', '成本指标', '预算执行率'])
    expect(e.groups[1]?.children[0]?.category).toBe('社会成本')
  })

  it('throws the same errors its safe variant returns', () => {
    expect(() => projectSelfEvaluation({ indicators: { quantiy: [] } } as unknown as ProjectSelfEvaluationInput)).toThrow(FrameworkError)
  })
})

describe('departmentOverall', () => {
  const common: readonly CommonIndicatorInput[] = [
    // 在职人员控制率 = 136 ÷ 160 × 100% = 85%
    { key: 'staffControlRate', weight: 5, target: '≤100%', figures: { inPost: 136, establishment: 160 } },
    // “三公经费”变动率 = (28 − 32) ÷ 32 × 100% = −12.5%: spending fell
    { key: 'threePublicChangeRate', weight: 5, target: '≤0', figures: { current: '28万元', previous: '32万元' } },
    // 预算完成率 = 4753.66 ÷ 4800 × 100% = 99.034583…%: missed in proportion
    { key: 'budgetCompletionRate', weight: 10, target: '100%', figures: { completed: '4753.66', budget: '4800' }, deviation: '年底追加资金未支付' },
    // 结转结余率 = 48 万元 ÷ 4800 万元 = 1%
    { key: 'carryOverRate', weight: 10, target: '≤5%', figures: { carryOver: '480000元', budget: '4800万元' } },
    { key: 'budgetRules', weight: 5, target: '健全', actual: '健全' },
    { key: 'satisfaction', weight: 5, target: '≥90%', actual: '96%' },
  ]
  const input: DepartmentOverallInput = { name: '区司法局', year: 2022, weights: { input: 10 }, common }

  it('places the chosen common indicators in the 2013 structure, leaving out empty groups', () => {
    const e = departmentOverall(input)
    expect(e.kind).toBe('department')
    expect(e.groups.map((g) => `${g.name}:${g.children.map((s) => s.name).join('/')}`)).toEqual(['投入:预算配置', '过程:预算执行/预算管理', '效果:履职效益'])
    expect(leafNamed(e, '在职人员控制率').polarity).toEqual({ value: 'negative', source: 'written' })
  })

  it.each([
    ['在职人员控制率', '85'],
    ['“三公经费”变动率', '-12.5'],
    ['预算完成率', '99.03458333333333333333333333333333333333'],
    ['结转结余率', '1'],
  ])('computes %s exactly from its figures: %s%%', (name, rate) => {
    const actual = leafNamed(departmentOverall(input), name).actual
    expect(actual?.kind === 'quantity' && actual.value.unit).toBe('%')
    expect(actual?.kind === 'quantity' && actual.value.amount.toString()).toBe(rate)
  })

  it('keeps the formula and figures in the note, for a person to check', () => {
    const e = departmentOverall({ common: [{ key: 'staffControlRate', weight: 5, target: '≤100%', note: '以编委核定数为准', figures: { inPost: 136, establishment: 160 } }] })
    expect(leafNamed(e, '在职人员控制率').note).toBe('以编委核定数为准\n在职人员控制率 = 在职人员数 ÷ 编制数 × 100%；在职人员数136，编制数160；计算结果85%')
  })

  it('is scored with the framework\'s polarity: a fall in "三公经费" and a control rate under 100% are met, a shortfall in completion is not', () => {
    const report = scoreEvaluation(departmentOverall(input))
    const score = (name: string): string | undefined => report.indicators.find((i) => i.name === name)?.score?.toString()
    expect(score('在职人员控制率')).toBe('5')
    expect(score('“三公经费”变动率')).toBe('5')
    expect(score('结转结余率')).toBe('10')
    // 10 × 99.0345…% ÷ 100%
    expect(score('预算完成率')).toBe('9.9')
    expect(report.score.toString()).toBe('39.9')
  })

  it('places the department\'s own duties table as a level-1 group of its own (the seed\'s 履职效能)', () => {
    const e = departmentOverall({ ...input, duties: { placement: 'level1', name: '履职效能', groups: [{ name: '任务1', children: [{ name: '调解案件补贴发放率', weight: 10, target: '100%', actual: '100%' }] }, { name: '任务5', children: [{ name: '社区矫正对象再犯罪率', weight: 10, target: '不超过千分之二', actual: '0' }] }] } })
    expect(e.groups.map((g) => g.name)).toEqual(['投入', '过程', '效果', '履职效能'])
    expect(e.groups[3]?.weight?.toString()).toBe('20')
  })

  it('places the duties table under 产出 in place of 职责履行', () => {
    const e = departmentOverall({ common: [{ key: 'staffControlRate', weight: 5, target: '≤100%', actual: '95%' }], duties: { groups: [{ name: '任务1', children: [{ name: '调解案件补贴发放率', weight: 10, target: '100%' }] }] } })
    expect(e.groups.map((g) => `${g.name}:${g.children.map((s) => s.name).join('/')}`)).toEqual(['投入:预算配置', '产出:任务1'])
    const r = safeDepartmentOverall({ common: [{ key: 'completionRate', weight: 5, target: '100%' }], duties: { groups: [] } })
    expect(codes(r)).toEqual([['FRAMEWORK_DUTIES_CONFLICT', 'common.0.key']])
  })

  it.each([
    ['a zero denominator', { key: 'staffControlRate', weight: 5, target: '≤100%', figures: { inPost: 136, establishment: 0 } }, [['FRAMEWORK_DENOMINATOR_ZERO', 'common.0.figures.establishment']]],
    ['a missing figure', { key: 'staffControlRate', weight: 5, target: '≤100%', figures: { inPost: 136 } }, [['FRAMEWORK_FIGURE_MISSING', 'common.0.figures.establishment']]],
    ['a figure that is not a number', { key: 'staffControlRate', weight: 5, target: '≤100%', figures: { inPost: '很多', establishment: 143 } }, [['FRAMEWORK_FIGURE_INVALID', 'common.0.figures.inPost']]],
    ['a negative figure', { key: 'publicFundsControlRate', weight: 5, target: '≤100%', figures: { actual: -3, budget: 10 } }, [['FRAMEWORK_FIGURE_INVALID', 'common.0.figures.actual']]],
    ['figures in units that do not compare', { key: 'staffControlRate', weight: 5, target: '≤100%', figures: { inPost: '136人', establishment: '143万元' } }, [['FRAMEWORK_FIGURE_INVALID', 'common.0.figures.establishment']]],
    ['an unknown figure', { key: 'staffControlRate', weight: 5, target: '≤100%', figures: { inPost: 136, establishment: 143, staff: 1 } }, [['FRAMEWORK_FIGURE_UNKNOWN', 'common.0.figures.staff']]],
    ['figures for a qualitative indicator', { key: 'budgetRules', weight: 5, target: '健全', figures: { rules: 3 } }, [['FRAMEWORK_FIGURE_UNKNOWN', 'common.0.figures.rules']]],
    ['an actual beside figures', { key: 'staffControlRate', weight: 5, target: '≤100%', actual: '95%', figures: { inPost: 136, establishment: 143 } }, [['FRAMEWORK_ACTUAL_CONFLICT', 'common.0.actual']]],
    ['an unknown key', { key: 'staffRate', weight: 5 }, [['FRAMEWORK_INDICATOR_UNKNOWN', 'common.0.key']]],
    ['a name the framework supplies', { key: 'staffControlRate', name: '财政供养人员控制率', weight: 5 }, [['FRAMEWORK_INPUT_INVALID', 'common.0.name']]],
  ] as const)('refuses %s with a coded error, its path and its texts', (_what, item, expected) => {
    const r = safeDepartmentOverall({ common: [item as unknown as CommonIndicatorInput] })
    expect(!r.success && r.error).toBeInstanceOf(FrameworkError)
    expect(codes(r)).toEqual(expected)
    for (const issue of r.success ? [] : r.error.issues) {
      expect(issue.zh).toMatch(/[\u4e00-\u9fff]/)
      expect(issueMessage(issue, 'en')).toBe(issue.en)
      expect(frameworkIssueMessage(JSON.parse(JSON.stringify(issue)) as Issue, 'zh-CN')).toBe(issue.zh)
    }
  })

  it('refuses a common indicator chosen twice', () => {
    const r = safeDepartmentOverall({ common: [{ key: 'budgetRules', weight: 5, target: '健全' }, { key: 'budgetRules', weight: 5, target: '健全' }] })
    expect(codes(r)).toEqual([['FRAMEWORK_INDICATOR_DUPLICATE', 'common.1.key']])
  })

  it('leaves missing weights to the tree: a table without weights is valid, a partly weighted group is not', () => {
    expect(departmentOverall({ common: [{ key: 'budgetRules', target: '健全' }] }).weight).toBeNull()
    const r = safeDepartmentOverall({ common: [{ key: 'budgetRules', weight: 5, target: '健全' }, { key: 'fundCompliance', target: '合规' }] })
    expect(codes(r)).toEqual([['WEIGHT_MISSING', 'common.1.weight']])
  })

  it('does not mutate its input', () => {
    const copy = JSON.parse(JSON.stringify(input)) as DepartmentOverallInput
    departmentOverall(input)
    expect(JSON.parse(JSON.stringify(input))).toEqual(copy)
  })
})

describe('the frameworks as data', () => {
  it('are frozen all the way down', () => {
    for (const data of [PROJECT_FRAMEWORK_2020, PROJECT_FRAMEWORK_COST_FIRST, DEPARTMENT_FRAMEWORK_2013, DEPARTMENT_COMMON_INDICATORS]) {
      expect(Object.isFrozen(data)).toBe(true)
    }
    expect(Object.isFrozen(DEPARTMENT_COMMON_INDICATORS[2]?.formula?.figures[0])).toBe(true)
  })

  it('hold every common indicator of the 2013 framework, each in a group of its structure, with its source', () => {
    const subgroups = DEPARTMENT_FRAMEWORK_2013.groups.flatMap((g) => g.subgroups.map((s) => `${g.key}/${s.key}`))
    for (const c of DEPARTMENT_COMMON_INDICATORS) {
      expect(subgroups).toContain(`${c.group}/${c.subgroup}`)
      expect(c.source).toContain('财预〔2013〕53号')
      if (c.formula !== undefined) expect(c.formula.written.startsWith(`${c.name} = `)).toBe(true)
    }
    expect(new Set(DEPARTMENT_COMMON_INDICATORS.map((c) => c.key)).size).toBe(DEPARTMENT_COMMON_INDICATORS.length)
    expect(DEPARTMENT_COMMON_INDICATORS.filter((c) => c.formula !== undefined).map((c) => c.name)).toEqual([
      '在职人员控制率', '“三公经费”变动率', '重点支出安排率', '预算完成率', '预算调整率', '支付进度率', '结转结余率', '结转结余变动率',
      '公用经费控制率', '“三公经费”控制率', '政府采购执行率', '固定资产利用率', '实际完成率', '完成及时率', '质量达标率', '重点工作办结率',
    ])
  })

  it('have message tables with the same codes in zh and en', () => {
    expect(keys(frameworkEn).sort()).toEqual(keys(frameworkZh).sort())
  })
})

describe('properties', () => {
  const amount = fc.integer({ min: 0, max: 10_000_000 })
  prop.prop([amount, fc.integer({ min: 1, max: 10_000_000 })])('a computed rate is the figures\' quotient × 100, to the library\'s 40 digits', (a, b) => {
    const e = departmentOverall({ common: [{ key: 'fixedAssetUseRate', weight: 5, target: '≥90%', figures: { inUse: a, total: b } }] })
    const actual = leafNamed(e, '固定资产利用率').actual
    const expected = parseNumber(String(a)).times(100).div(b)
    expect(actual?.kind === 'quantity' && actual.value.amount.eq(expected)).toBe(true)
  })

  prop.prop([amount, fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 12 })])('a quotient that terminates is exact: a × 100 ÷ 2^i5^j', (a, i, j) => {
    const b = 2 ** i * 5 ** j
    const e = departmentOverall({ common: [{ key: 'completionRate', weight: 5, target: '100%', figures: { done: a, planned: b } }] })
    const actual = leafNamed(e, '实际完成率').actual
    const rate = actual?.kind === 'quantity' ? actual.value.amount : undefined
    expect(rate?.times(b).eq(a * 100)).toBe(true)
  })

  prop.prop([amount, fc.integer({ min: 1, max: 10_000_000 })])('inputs are never mutated', (a, b) => {
    const given: DepartmentOverallInput = { weights: { process: 5 }, common: [{ key: 'procurementExecutionRate', weight: 5, target: '≥90%', figures: { actual: a, budget: b } }] }
    const before = JSON.stringify(given)
    safeDepartmentOverall(given)
    expect(JSON.stringify(given)).toBe(before)
  })
})
