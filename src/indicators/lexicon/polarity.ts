/**
 * Words that tell an indicator's polarity from its name, when neither the table nor the target's comparison says it.
 * A name is matched at its end (the word a Chinese indicator name ends with is what it measures: 投诉率 is lower-is-better,
 * 投诉处理率 higher-is-better), and the longest word that matches decides, so an exception is a longer word of the other
 * list. Both lists are data: `definePolarityWords` (see `polarity.ts`) replaces or extends them.
 *
 * Sources: 财政部《项目支出绩效评价管理办法》（财预〔2020〕10号）and the 填报说明 of provincial systems name 反向指标
 * such as 再犯罪率, 投诉率, 事故率, 成本, 结余率, 调整率, 变动率 (see docs/domain.md §3); the rest are the same measures as
 * they are named in published 绩效自评表 (each entry says why).
 *
 * @module
 */

/**
 * One word of a polarity list and why it is there.
 *
 * @example
 * ```ts
 * const w: PolarityWord = { word: '投诉率', reason: 'complaints per case: fewer is better' }
 * ```
 */
export interface PolarityWord {
  /** The end of an indicator name. */
  readonly word: string
  /** Why a name ending so is read this way. */
  readonly reason: string
}

/**
 * The words that say lower is better, and the words that say higher is better although they end like a word of the
 * other list.
 *
 * @example
 * ```ts
 * const words: PolarityWords = { lowerIsBetter: [{ word: '差错率', reason: 'errors' }], higherIsBetter: [] }
 * ```
 */
export interface PolarityWords {
  /** Names ending so are lower-is-better (逆向). */
  readonly lowerIsBetter: readonly PolarityWord[]
  /** Names ending so are higher-is-better (正向), even when a shorter word of `lowerIsBetter` also matches. */
  readonly higherIsBetter: readonly PolarityWord[]
}

/**
 * The library's polarity words.
 *
 * @example
 * ```ts
 * import { POLARITY_WORDS } from 'jixiao'
 * POLARITY_WORDS.lowerIsBetter.some((w) => '社区矫正对象再犯罪率'.endsWith(w.word))
 * //=> true
 * ```
 */
export const POLARITY_WORDS: PolarityWords = {
  lowerIsBetter: [
    { word: '犯罪率', reason: '再犯罪率, 违法犯罪率 (财预〔2020〕10号 practice: a 反向指标; seed: 社区矫正对象再犯罪率 不超过千分之二)' },
    { word: '再犯率', reason: 'recidivism, written short (seed narrative: 减少再犯率)' },
    { word: '投诉率', reason: 'complaints: fewer is better (named as a 反向指标 in published 填报说明)' },
    { word: '事故率', reason: 'accidents: fewer is better' },
    { word: '差错率', reason: 'errors: fewer is better' },
    { word: '出错率', reason: 'errors: fewer is better' },
    { word: '发生率', reason: 'incidence of something to avoid (发病率, 事故发生率)' },
    { word: '发病率', reason: 'incidence of disease' },
    { word: '受害率', reason: 'harm: lower is better (受灾/受害)' },
    { word: '成灾率', reason: 'disaster rate in agriculture and forestry: lower is better' },
    { word: '死亡率', reason: 'mortality' },
    { word: '病死率', reason: 'case fatality' },
    { word: '失败率', reason: 'failures' },
    { word: '返工率', reason: 'rework' },
    { word: '流失率', reason: 'attrition' },
    { word: '空置率', reason: 'vacancy' },
    { word: '违约率', reason: 'defaults' },
    { word: '不良率', reason: 'defects, bad loans' },
    { word: '超标率', reason: 'exceeding a limit' },
    { word: '误报率', reason: 'false alarms' },
    { word: '漏报率', reason: 'missed reports' },
    { word: '结余率', reason: 'unspent budget: a 反向指标 of 部门整体支出 (结转结余率)' },
    { word: '结转率', reason: 'budget carried over unspent (结转结余率)' },
    { word: '调整率', reason: 'budget adjustment: fewer changes is better (预算调整率)' },
    { word: '变动率', reason: 'changes, e.g. "三公经费"变动率 (财预〔2013〕53号): lower is better' },
    { word: '超支率', reason: 'overspending' },
    { word: '成本', reason: 'cost: lower is better (成本指标)' },
    { word: '费用', reason: 'expense: lower is better' },
    { word: '经费', reason: 'spending such as 三公经费: lower is better' },
    { word: '支出', reason: 'spending such as 公用支出: lower is better' },
    { word: '时间', reason: 'time taken (办结时间, 响应时间): shorter is better; time given (培训时间, 服务时间) is an exception below' },
    { word: '时长', reason: 'time taken (等待时长): shorter is better' },
    { word: '周期', reason: 'time taken (审批周期, 建设周期): shorter is better' },
    { word: '用时', reason: 'time taken' },
    { word: '耗时', reason: 'time taken' },
    { word: '办理天数', reason: 'days taken' },
    { word: '办结天数', reason: 'days taken' },
    { word: '审批天数', reason: 'days taken' },
    { word: '等待天数', reason: 'days waited' },
    { word: '停水天数', reason: 'days without water' },
    { word: '停电天数', reason: 'days without power' },
    { word: '污染天数', reason: 'polluted days' },
    { word: '时限', reason: 'time allowed (平均办理时限): shorter is better' },
    { word: '不满意率', reason: 'dissatisfaction: the complement of 满意率' },
    { word: '不满意度', reason: 'dissatisfaction' },
    { word: '差评率', reason: 'bad reviews' },
    { word: '失业率', reason: 'unemployment' },
    { word: '不良贷款率', reason: 'bad loans (its end 贷款率 is neutral)' },
    { word: '文盲率', reason: 'illiteracy' },
    { word: '辍学率', reason: 'pupils dropping out' },
    { word: '返贫率', reason: 'households falling back into poverty' },
    { word: '逾期率', reason: 'overdue cases' },
    { word: '超时率', reason: 'cases over their time limit' },
    { word: '漏检率', reason: 'missed inspections' },
    { word: '偏差率', reason: 'deviation' },
    { word: '误差', reason: 'error of a measurement' },
    { word: '浓度', reason: 'concentration of a pollutant (PM2.5平均浓度, 化学需氧量浓度); a wanted one (溶解氧浓度) is an exception below' },
    { word: '排放量', reason: 'emissions' },
    { word: '能耗', reason: 'energy used' },
    { word: '发案数', reason: 'crimes reported' },
    { word: '发案率', reason: 'crime rate' },
    { word: '违法案件数', reason: 'offences found (受理案件数 is not)' },
    { word: '事故数', reason: 'accidents' },
    { word: '事故起数', reason: 'accidents' },
    { word: '事故', reason: 'accidents: a name that ends in 事故 (重大安全事故, 生产安全事故) counts what should not happen' },
    { word: '发生次数', reason: 'occurrences of something to avoid (安全事故发生次数)' },
    { word: '发生起数', reason: 'occurrences of something to avoid' },
    { word: '伤亡人数', reason: 'casualties' },
    { word: '死亡人数', reason: 'deaths' },
    { word: '投诉件数', reason: 'complaints' },
    { word: '投诉量', reason: 'complaints' },
    { word: '投诉次数', reason: 'complaints' },
    { word: '信访量', reason: 'petitions' },
    { word: '超标天数', reason: 'days over a limit' },
    { word: '调整次数', reason: 'budget adjustments (科目调整次数)' },
    { word: '控制率', reason: 'a share kept within a limit, ≤100% (财预〔2013〕53号: 在职人员控制率 = 在职人员数 ÷ 编制数, 公用经费控制率)' },
    { word: '争议率', reason: 'disputes (结算争议率)' },
    { word: '误差率', reason: 'errors of measurement or settlement' },
    { word: '闲置率', reason: 'assets left idle' },
    { word: '违规率', reason: 'breaches of rules' },
    { word: '违纪率', reason: 'breaches of discipline' },
    { word: '故障率', reason: 'breakdowns' },
    { word: '上访人数', reason: 'petitioners' },
    { word: '上访量', reason: 'petitions' },
    { word: '应付账款率', reason: 'payables left outstanding (应付账款(暂存款)率)' },
    { word: '应收账款率', reason: 'receivables left outstanding (应收账款(暂付款)率)' },
    { word: '暂存款率', reason: 'suspense payables' },
    { word: '暂付款率', reason: 'suspense receivables' },
    { word: '不合格率', reason: 'defects' },
    { word: '损耗率', reason: 'losses (粮食损耗率)' },
    { word: '漏损率', reason: 'leakage (管网漏损率)' },
    { word: '复发率', reason: 'relapse' },
    { word: '感染率', reason: 'infections (医院感染率)' },
    { word: '近视率', reason: 'myopia among pupils' },
    { word: '错误率', reason: 'errors' },
    { word: '退件率', reason: 'files sent back' },
    { word: '投诉', reason: 'complaints counted (群众投诉): fewer is better' },
    { word: '投诉量', reason: 'complaints counted' },
    { word: '信访件数', reason: 'petitions' },
    { word: '信访量', reason: 'petitions' },
    { word: '隐患', reason: 'hazards found (安全隐患): fewer is better' },
    { word: '欠薪案件', reason: 'wage arrears' },
    { word: '火灾起数', reason: 'fires' },
    { word: '损失', reason: 'losses (经济损失)' },
    { word: '噪声', reason: 'noise level (区域环境噪声)' },
    { word: '工期', reason: 'construction time: shorter is better' },
  ],
  higherIsBetter: [
    { word: '处理率', reason: 'handled share (投诉处理率, 事故处理率): higher is better' },
    { word: '处置率', reason: 'handled share' },
    { word: '办结率', reason: 'closed share' },
    { word: '解决率', reason: 'solved share' },
    { word: '查处率', reason: 'share investigated' },
    { word: '破案率', reason: 'cases solved' },
    { word: '下降率', reason: 'a reduction achieved (成本下降率)' },
    { word: '降低率', reason: 'a reduction achieved (成本降低率)' },
    { word: '减少率', reason: 'a reduction achieved' },
    { word: '节约率', reason: 'savings (成本节约率, 费用节约率)' },
    { word: '节支率', reason: 'savings' },
    { word: '服务时间', reason: 'service offered (开放/服务时间): more is better' },
    { word: '服务时长', reason: 'service given (志愿服务时长): more is better' },
    { word: '开放时间', reason: 'opening hours: more is better' },
    { word: '开放时长', reason: 'opening hours: more is better' },
    { word: '培训时长', reason: 'training given: more is better' },
    { word: '学习时长', reason: 'study done: more is better' },
    { word: '运行时间', reason: 'uptime: more is better' },
    { word: '培训时间', reason: 'training given: more is better' },
    { word: '宣传时间', reason: 'publicity given' },
    { word: '学习时间', reason: 'study done' },
    { word: '活动时间', reason: 'activities held' },
    { word: '播出时间', reason: 'broadcasting done' },
    { word: '优良天数', reason: 'days of good air (空气质量优良天数): more is better' },
    { word: '达标天数', reason: 'days meeting a standard' },
    { word: '培训天数', reason: 'training given' },
    { word: '开放天数', reason: 'opening days' },
    { word: '服务天数', reason: 'service given' },
    { word: '有效期', reason: 'validity: longer is better' },
    { word: '使用周期', reason: 'service life: longer is better' },
    { word: '使用年限', reason: 'service life: longer is better' },
    { word: '成本控制', reason: 'cost kept down, a positive measure' },
    { word: '达标率', reason: 'a share meeting a standard: a rate in a 成本 row is not a cost' },
    { word: '及时率', reason: 'a share done on time' },
    { word: '到位率', reason: 'a share in place (资金到位率)' },
    { word: '拨付率', reason: 'funds paid out' },
    { word: '支付率', reason: 'funds paid out' },
    { word: '执行率', reason: 'budget executed' },
    { word: '预算支出', reason: 'budget spent as planned: 预算执行 is higher-is-better' },
    { word: '溶解氧浓度', reason: 'dissolved oxygen: more is cleaner water' },
    { word: '负氧离子浓度', reason: 'air quality: more is better' },
    { word: '资金支出', reason: 'budget spent as planned' },
    { word: '补助经费', reason: 'subsidies paid out: paying less than planned is a shortfall' },
    { word: '补贴经费', reason: 'subsidies paid out' },
    { word: '民生支出', reason: 'spending on public services delivered' },
    { word: '补助标准', reason: 'a subsidy per head: paying less than the standard is a shortfall, in a 成本 row too' },
    { word: '补贴标准', reason: 'a subsidy per head' },
    { word: '授课时间', reason: 'teaching given' },
    { word: '巡查时间', reason: 'patrols done' },
    { word: '监测时间', reason: 'monitoring done' },
    { word: '在线时长', reason: 'time online (a service offered)' },
  ],
}

/**
 * Beginnings of indicator names that measure a reduction (降低运行成本, 节约支出, 减少投诉, 压减经费): the reduction is
 * what the target counts, so more is better whatever the name ends with. Source: published 成本指标 and 效益指标 rows
 * ("降低运行成本", "节约资金") that end with a word of the lower-is-better list.
 *
 * @example
 * ```ts
 * import { REDUCTION_PREFIXES } from 'jixiao'
 * REDUCTION_PREFIXES.includes('降低')
 * //=> true
 * ```
 */
export const REDUCTION_PREFIXES: readonly string[] = ['降低', '减少', '节约', '节省', '压减', '压缩', '减轻', '下降']
