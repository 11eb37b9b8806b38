/**
 * The 部门整体支出绩效评价共性指标体系框架 of 财政部《关于印发〈预算绩效评价共性指标体系框架〉的通知》(财预〔2013〕53号) 附件3, as
 * frozen data: its level-1 and level-2 groups, and its common indicators (共性指标) with their polarity, formula and figures.
 * The framework gives structure only, no weights ("赋予各类评价指标科学合理的权重分值" is left to those who use it).
 *
 * @module
 */
import { deepFreeze } from '../freeze.js'

/**
 * The level-1 groups of the 2013 framework: 投入 (`input`), 过程 (`process`), 产出 (`output`), 效果 (`effect`).
 *
 * @example
 * ```ts
 * const key: DepartmentGroupKey = 'process' // 过程
 * ```
 */
export type DepartmentGroupKey = 'input' | 'process' | 'output' | 'effect'

/**
 * The level-2 groups of the 2013 framework: 目标设定, 预算配置 (投入); 预算执行, 预算管理, 资产管理 (过程); 职责履行 (产出);
 * 履职效益 (效果).
 *
 * @example
 * ```ts
 * const key: DepartmentSubgroupKey = 'budgetExecution' // 预算执行
 * ```
 */
export type DepartmentSubgroupKey = 'goalSetting' | 'budgetAllocation' | 'budgetExecution' | 'budgetManagement' | 'assetManagement' | 'dutyPerformance' | 'performanceBenefit'

/**
 * One figure of a formula: its key in the caller's `figures`, and its name.
 *
 * @example
 * ```ts
 * const f: FormulaFigure = { key: 'establishment', name: '编制数', english: 'authorised posts' }
 * ```
 */
export interface FormulaFigure {
  /** The key in the caller's `figures` (`establishment`). */
  readonly key: string
  /** Its name in the framework (编制数). */
  readonly name: string
  /** Its name in English. */
  readonly english: string
}

/**
 * A common indicator's formula: a ratio (`numerator ÷ denominator × 100%`) or a change (`(current − previous) ÷ previous ×
 * 100%`), with its text in both languages.
 *
 * @example
 * ```ts
 * import { DEPARTMENT_COMMON_INDICATORS } from 'jixiao'
 * DEPARTMENT_COMMON_INDICATORS.find((i) => i.key === 'staffControlRate')?.formula?.written
 * //=> '在职人员控制率 = 在职人员数 ÷ 编制数 × 100%'
 * ```
 */
export interface CommonFormula {
  /** `ratio` or `change`. */
  readonly kind: 'ratio' | 'change'
  /** The figures in order: numerator and denominator, or the current and the previous year's. */
  readonly figures: readonly [FormulaFigure, FormulaFigure]
  /** The formula in Chinese, as the framework writes it. */
  readonly written: string
  /** The formula in English. */
  readonly english: string
}

/**
 * A common indicator (共性指标) of the 2013 framework.
 *
 * @example
 * ```ts
 * import { DEPARTMENT_COMMON_INDICATORS } from 'jixiao'
 * DEPARTMENT_COMMON_INDICATORS.find((i) => i.key === 'threePublicChangeRate')?.polarity
 * //=> 'negative'
 * ```
 */
export interface CommonIndicator {
  /** A stable key (`staffControlRate`). */
  readonly key: string
  /** The name (在职人员控制率). */
  readonly name: string
  /** Its name in English. */
  readonly english: string
  /** Its level-1 group. */
  readonly group: DepartmentGroupKey
  /** Its level-2 group. */
  readonly subgroup: DepartmentSubgroupKey
  /** `quantitative` (a rate from its formula, or a measured share) or `qualitative` (评价要点 judged in words). */
  readonly nature: 'quantitative' | 'qualitative'
  /** `positive` (higher is better), `negative` (lower is better), or null where the target's words decide. */
  readonly polarity: 'positive' | 'negative' | null
  /** What it measures (the 指标解释, shortened). */
  readonly meaning: string
  /** Its formula, for a rate the framework defines by one. */
  readonly formula?: CommonFormula
  /** Where it comes from. */
  readonly source: string
}

/**
 * A group of the 2013 framework (level 1 or 2): its key and name.
 *
 * @example
 * ```ts
 * const g: DepartmentGroupSpec = { key: 'input', name: '投入' }
 * ```
 */
export interface DepartmentGroupSpec {
  /** The key (of a weight in the caller's `weights`). */
  readonly key: string
  /** The name. */
  readonly name: string
}

/**
 * The structure of the 2013 framework: level 1 and, under each, its level-2 groups, in table order.
 *
 * @example
 * ```ts
 * import { DEPARTMENT_FRAMEWORK_2013 } from 'jixiao'
 * DEPARTMENT_FRAMEWORK_2013.groups.map((g) => `${g.name}:${g.subgroups.map((s) => s.name).join('/')}`)
 * //=> ['投入:目标设定/预算配置', '过程:预算执行/预算管理/资产管理', '产出:职责履行', '效果:履职效益']
 * ```
 */
export interface DepartmentFramework {
  /** The document. */
  readonly source: string
  /** The level-1 groups with their level-2 groups. */
  readonly groups: readonly DepartmentLevel1Spec[]
}

/**
 * A level-1 group of the 2013 framework and its level-2 groups.
 *
 * @example
 * ```ts
 * const g: DepartmentLevel1Spec = { key: 'output', name: '产出', subgroups: [{ key: 'dutyPerformance', name: '职责履行' }] }
 * ```
 */
export interface DepartmentLevel1Spec extends DepartmentGroupSpec {
  /** Its key. */
  readonly key: DepartmentGroupKey
  /** Its level-2 groups. */
  readonly subgroups: readonly DepartmentLevel2Spec[]
}

/**
 * A level-2 group of the 2013 framework.
 *
 * @example
 * ```ts
 * const s: DepartmentLevel2Spec = { key: 'dutyPerformance', name: '职责履行' }
 * ```
 */
export interface DepartmentLevel2Spec extends DepartmentGroupSpec {
  /** Its key. */
  readonly key: DepartmentSubgroupKey
}

const SOURCE = '财政部《关于印发〈预算绩效评价共性指标体系框架〉的通知》（财预〔2013〕53号）附件3 部门整体支出绩效评价共性指标体系框架'

const fig = (key: string, name: string, english: string): FormulaFigure => ({ key, name, english })
const ratio = (name: string, en: string, a: FormulaFigure, b: FormulaFigure): CommonFormula => ({
  kind: 'ratio',
  figures: [a, b],
  written: `${name} = ${a.name} ÷ ${b.name} × 100%`,
  english: `${en} = ${a.english} ÷ ${b.english} × 100%`,
})
const change = (name: string, en: string, what: string, whatEn: string): CommonFormula => ({
  kind: 'change',
  figures: [fig('current', `本年度${what}`, `this year's ${whatEn}`), fig('previous', `上年度${what}`, `last year's ${whatEn}`)],
  written: `${name} = (本年度${what} − 上年度${what}) ÷ 上年度${what} × 100%`,
  english: `${en} = (this year's ${whatEn} − last year's ${whatEn}) ÷ last year's ${whatEn} × 100%`,
})

type Entry = Omit<CommonIndicator, 'source'>

/** The entries, made when first asked for (a table of calls at the top of a module would stay in every bundle). */
function entries(): readonly Entry[] {
  return [
  { key: 'goalSoundness', name: '绩效目标合理性', english: 'soundness of performance goals', group: 'input', subgroup: 'goalSetting', nature: 'qualitative', polarity: null,
    meaning: '部门（单位）所设立的整体绩效目标依据是否充分，是否符合客观实际' },
  { key: 'indicatorClarity', name: '绩效指标明确性', english: 'clarity of performance indicators', group: 'input', subgroup: 'goalSetting', nature: 'qualitative', polarity: null,
    meaning: '部门（单位）依据整体绩效目标所设定的绩效指标是否清晰、细化、可衡量' },
  { key: 'staffControlRate', name: '在职人员控制率', english: 'staff control rate', group: 'input', subgroup: 'budgetAllocation', nature: 'quantitative', polarity: 'negative',
    meaning: '部门（单位）本年度实际在职人员数与编制数的比率，反映对人员成本的控制程度',
    formula: ratio('在职人员控制率', 'staff control rate', fig('inPost', '在职人员数', 'staff in post'), fig('establishment', '编制数', 'authorised posts')) },
  { key: 'threePublicChangeRate', name: '“三公经费”变动率', english: 'change rate of the "three public expenses"', group: 'input', subgroup: 'budgetAllocation', nature: 'quantitative', polarity: 'negative',
    meaning: '部门（单位）本年度“三公经费”预算数与上年度“三公经费”预算数的变动比率，反映对控制重点行政成本的努力程度',
    formula: change('“三公经费”变动率', 'change rate of the "three public expenses"', '“三公经费”总额', '"three public expenses"') },
  { key: 'keySpendingRate', name: '重点支出安排率', english: 'share of key spending', group: 'input', subgroup: 'budgetAllocation', nature: 'quantitative', polarity: 'positive',
    meaning: '部门（单位）本年度预算安排的重点项目支出与部门项目总支出的比率，反映对履行主要职责或完成重点任务的保障程度',
    formula: ratio('重点支出安排率', 'share of key spending', fig('keyProjects', '重点项目支出', 'key project spending'), fig('allProjects', '项目总支出', 'all project spending')) },
  { key: 'budgetCompletionRate', name: '预算完成率', english: 'budget completion rate', group: 'process', subgroup: 'budgetExecution', nature: 'quantitative', polarity: 'positive',
    meaning: '部门（单位）本年度预算完成数与预算数的比率，反映预算完成程度',
    formula: ratio('预算完成率', 'budget completion rate', fig('completed', '预算完成数', 'budget completed'), fig('budget', '预算数', 'budget')) },
  { key: 'budgetAdjustmentRate', name: '预算调整率', english: 'budget adjustment rate', group: 'process', subgroup: 'budgetExecution', nature: 'quantitative', polarity: 'negative',
    meaning: '部门（单位）本年度预算调整数与预算数的比率，反映预算的调整程度',
    formula: ratio('预算调整率', 'budget adjustment rate', fig('adjustment', '预算调整数', 'budget adjustments'), fig('budget', '预算数', 'budget')) },
  { key: 'paymentProgressRate', name: '支付进度率', english: 'payment progress rate', group: 'process', subgroup: 'budgetExecution', nature: 'quantitative', polarity: 'positive',
    meaning: '部门（单位）实际支付进度与既定支付进度的比率，反映预算执行的及时性和均衡性',
    formula: ratio('支付进度率', 'payment progress rate', fig('actual', '实际支付进度', 'actual payment progress'), fig('planned', '既定支付进度', 'planned payment progress')) },
  { key: 'carryOverRate', name: '结转结余率', english: 'carry-over and balance rate', group: 'process', subgroup: 'budgetExecution', nature: 'quantitative', polarity: 'negative',
    meaning: '部门（单位）本年度结转结余总额与支出预算数的比率，反映对本年度结转结余资金的实际控制程度',
    formula: ratio('结转结余率', 'carry-over and balance rate', fig('carryOver', '结转结余总额', 'funds carried over and unspent'), fig('budget', '支出预算数', 'spending budget')) },
  { key: 'carryOverChangeRate', name: '结转结余变动率', english: 'change rate of carry-over and balance', group: 'process', subgroup: 'budgetExecution', nature: 'quantitative', polarity: 'negative',
    meaning: '部门（单位）本年度累计结转结余资金总额与上年度累计结转结余资金总额的变动比率，反映对控制结转结余资金的努力程度',
    formula: change('结转结余变动率', 'change rate of carry-over and balance', '累计结转结余资金总额', 'funds carried over and unspent') },
  { key: 'publicFundsControlRate', name: '公用经费控制率', english: 'public funds control rate', group: 'process', subgroup: 'budgetExecution', nature: 'quantitative', polarity: 'negative',
    meaning: '部门（单位）本年度实际支出的公用经费总额与预算安排的公用经费总额的比率，反映对机构运转成本的实际控制程度',
    formula: ratio('公用经费控制率', 'public funds control rate', fig('actual', '实际支出公用经费总额', 'public funds spent'), fig('budget', '预算安排公用经费总额', 'public funds budgeted')) },
  { key: 'threePublicControlRate', name: '“三公经费”控制率', english: 'control rate of the "three public expenses"', group: 'process', subgroup: 'budgetExecution', nature: 'quantitative', polarity: 'negative',
    meaning: '部门（单位）本年度“三公经费”实际支出数与预算安排数的比率，反映对“三公经费”的实际控制程度',
    formula: ratio('“三公经费”控制率', 'control rate of the "three public expenses"', fig('actual', '“三公经费”实际支出数', '"three public expenses" spent'), fig('budget', '“三公经费”预算安排数', '"three public expenses" budgeted')) },
  { key: 'procurementExecutionRate', name: '政府采购执行率', english: 'government procurement execution rate', group: 'process', subgroup: 'budgetExecution', nature: 'quantitative', polarity: 'positive',
    meaning: '部门（单位）本年度实际政府采购金额与年初政府采购预算的比率，反映政府采购预算执行情况',
    formula: ratio('政府采购执行率', 'government procurement execution rate', fig('actual', '实际政府采购金额', 'procurement made'), fig('budget', '政府采购预算数', 'procurement budget')) },
  { key: 'budgetRules', name: '管理制度健全性', english: 'soundness of budget management rules', group: 'process', subgroup: 'budgetManagement', nature: 'qualitative', polarity: null,
    meaning: '部门（单位）为加强预算管理、规范财务行为而制定的管理制度是否健全完整' },
  { key: 'fundCompliance', name: '资金使用合规性', english: 'compliance of the use of funds', group: 'process', subgroup: 'budgetManagement', nature: 'qualitative', polarity: null,
    meaning: '部门（单位）使用预算资金是否符合相关的财务管理制度规定' },
  { key: 'budgetDisclosure', name: '预决算信息公开性', english: 'disclosure of budgets and final accounts', group: 'process', subgroup: 'budgetManagement', nature: 'qualitative', polarity: null,
    meaning: '部门（单位）是否按照政府信息公开有关规定公开相关预决算信息' },
  { key: 'basicInformation', name: '基础信息完善性', english: 'completeness of basic information', group: 'process', subgroup: 'budgetManagement', nature: 'qualitative', polarity: null,
    meaning: '部门（单位）基础信息是否完善，反映基础信息对预算管理工作的支撑情况' },
  { key: 'assetRules', name: '管理制度健全性', english: 'soundness of asset management rules', group: 'process', subgroup: 'assetManagement', nature: 'qualitative', polarity: null,
    meaning: '部门（单位）为加强资产管理、规范资产管理行为而制定的管理制度是否健全完整' },
  { key: 'assetSafety', name: '资产管理安全性', english: 'safety of asset management', group: 'process', subgroup: 'assetManagement', nature: 'qualitative', polarity: null,
    meaning: '部门（单位）的资产是否保存完整、使用合规、配置合理、处置规范、收入及时足额上缴' },
  { key: 'fixedAssetUseRate', name: '固定资产利用率', english: 'fixed asset use rate', group: 'process', subgroup: 'assetManagement', nature: 'quantitative', polarity: 'positive',
    meaning: '部门（单位）实际在用固定资产总额与所有固定资产总额的比率，反映资产使用效率',
    formula: ratio('固定资产利用率', 'fixed asset use rate', fig('inUse', '实际在用固定资产总额', 'fixed assets in use'), fig('total', '所有固定资产总额', 'all fixed assets')) },
  { key: 'completionRate', name: '实际完成率', english: 'completion rate', group: 'output', subgroup: 'dutyPerformance', nature: 'quantitative', polarity: 'positive',
    meaning: '部门（单位）履行职责而实际完成工作数与计划工作数的比率，反映履职工作任务目标的实现程度',
    formula: ratio('实际完成率', 'completion rate', fig('done', '实际完成工作数', 'tasks done'), fig('planned', '计划工作数', 'tasks planned')) },
  { key: 'timelinessRate', name: '完成及时率', english: 'timeliness rate', group: 'output', subgroup: 'dutyPerformance', nature: 'quantitative', polarity: 'positive',
    meaning: '部门（单位）在规定时限内及时完成的实际工作数与计划工作数的比率，反映履职时效目标的实现程度',
    formula: ratio('完成及时率', 'timeliness rate', fig('onTime', '及时完成实际工作数', 'tasks done on time'), fig('planned', '计划工作数', 'tasks planned')) },
  { key: 'qualityRate', name: '质量达标率', english: 'quality rate', group: 'output', subgroup: 'dutyPerformance', nature: 'quantitative', polarity: 'positive',
    meaning: '达到质量标准（绩效标准值）的实际工作数与计划工作数的比率，反映履职质量目标的实现程度',
    formula: ratio('质量达标率', 'quality rate', fig('upToStandard', '质量达标实际工作数', 'tasks up to standard'), fig('planned', '计划工作数', 'tasks planned')) },
  { key: 'keyWorkRate', name: '重点工作办结率', english: 'key work completion rate', group: 'output', subgroup: 'dutyPerformance', nature: 'quantitative', polarity: 'positive',
    meaning: '部门（单位）年度重点工作实际完成数与交办或下达数的比率，反映重点工作的办理落实程度',
    formula: ratio('重点工作办结率', 'key work completion rate', fig('done', '重点工作实际完成数', 'key tasks done'), fig('assigned', '交办或下达数', 'key tasks assigned')) },
  { key: 'economicBenefit', name: '经济效益', english: 'economic benefit', group: 'effect', subgroup: 'performanceBenefit', nature: 'qualitative', polarity: null,
    meaning: '部门（单位）履行职责对经济发展所带来的直接或间接影响' },
  { key: 'socialBenefit', name: '社会效益', english: 'social benefit', group: 'effect', subgroup: 'performanceBenefit', nature: 'qualitative', polarity: null,
    meaning: '部门（单位）履行职责对社会发展所带来的直接或间接影响' },
  { key: 'ecologicalBenefit', name: '生态效益', english: 'ecological benefit', group: 'effect', subgroup: 'performanceBenefit', nature: 'qualitative', polarity: null,
    meaning: '部门（单位）履行职责对生态环境所带来的直接或间接影响' },
  { key: 'satisfaction', name: '社会公众或服务对象满意度', english: 'satisfaction of the public or those served', group: 'effect', subgroup: 'performanceBenefit', nature: 'quantitative', polarity: 'positive',
    meaning: '社会公众或部门（单位）的服务对象对部门履职效果的满意程度' },
  ]
}


/**
 * The common indicators of the 2013 department framework, in table order: 绩效目标合理性, 绩效指标明确性 (目标设定); 在职人员控制率,
 * “三公经费”变动率, 重点支出安排率 (预算配置); 预算完成率, 预算调整率, 支付进度率, 结转结余率, 结转结余变动率, 公用经费控制率,
 * “三公经费”控制率, 政府采购执行率 (预算执行); 管理制度健全性, 资金使用合规性, 预决算信息公开性, 基础信息完善性 (预算管理);
 * 管理制度健全性, 资产管理安全性, 固定资产利用率 (资产管理); 实际完成率, 完成及时率, 质量达标率, 重点工作办结率 (职责履行);
 * 经济效益, 社会效益, 生态效益, 社会公众或服务对象满意度 (履职效益). Each rate's formula is the framework's 指标说明
 * (e.g. "在职人员控制率=（在职人员数/编制数）×100%"); see docs/frameworks.md for where each was read.
 *
 * @example
 * ```ts
 * import { DEPARTMENT_COMMON_INDICATORS } from 'jixiao'
 * DEPARTMENT_COMMON_INDICATORS.length
 * //=> 28
 * DEPARTMENT_COMMON_INDICATORS.filter((i) => i.subgroup === 'budgetExecution').map((i) => i.name).join('、')
 * //=> '预算完成率、预算调整率、支付进度率、结转结余率、结转结余变动率、公用经费控制率、“三公经费”控制率、政府采购执行率'
 * ```
 */
export const DEPARTMENT_COMMON_INDICATORS: readonly CommonIndicator[] = /*@__PURE__*/ deepFreeze(/*@__PURE__*/ entries().map((e) => ({ ...e, source: SOURCE })))

/**
 * The structure of the 2013 department framework (财预〔2013〕53号 附件3): 投入 (目标设定, 预算配置), 过程 (预算执行, 预算管理,
 * 资产管理), 产出 (职责履行), 效果 (履职效益).
 *
 * @example
 * ```ts
 * import { DEPARTMENT_FRAMEWORK_2013 } from 'jixiao'
 * DEPARTMENT_FRAMEWORK_2013.groups[1].subgroups.map((s) => s.key)
 * //=> ['budgetExecution', 'budgetManagement', 'assetManagement']
 * ```
 */
export const DEPARTMENT_FRAMEWORK_2013: DepartmentFramework = /*@__PURE__*/ deepFreeze({
  source: SOURCE,
  groups: [
    { key: 'input', name: '投入', subgroups: [{ key: 'goalSetting', name: '目标设定' }, { key: 'budgetAllocation', name: '预算配置' }] },
    { key: 'process', name: '过程', subgroups: [{ key: 'budgetExecution', name: '预算执行' }, { key: 'budgetManagement', name: '预算管理' }, { key: 'assetManagement', name: '资产管理' }] },
    { key: 'output', name: '产出', subgroups: [{ key: 'dutyPerformance', name: '职责履行' }] },
    { key: 'effect', name: '效果', subgroups: [{ key: 'performanceBenefit', name: '履职效益' }] },
  ],
})
