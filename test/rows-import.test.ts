/**
 * Importing a spreadsheet's rows: the seed's 履职效能 table, 15 published tables (test/fixtures/tables/, each cited in its
 * file), split cells, header variants, merged cells, the budget section, totals, and every issue named by sheet row and
 * column.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  defineEvaluation,
  evaluationFromRows,
  safeEvaluationFromRows,
  type BudgetExecution,
  type Evaluation,
  type EvaluationFromRowsOptions,
  type Indicator,
  type Leaf,
} from '../src/index.js'

interface TableFixture {
  readonly source: { readonly title: string; readonly url: string; readonly region: string; readonly year: number; readonly kind: '项目支出' | '部门整体支出' }
  readonly headerRow?: number
  readonly rows: readonly Record<string, string>[]
}

const DIR = new URL('./fixtures/tables/', import.meta.url)
const fixture = (name: string): TableFixture => JSON.parse(readFileSync(new URL(name, DIR), 'utf8')) as TableFixture
const optionsOf = (t: TableFixture): EvaluationFromRowsOptions => ({ firstRow: (t.headerRow ?? 1) + 1, metadata: { kind: t.source.kind, year: t.source.year } })
const leaves = (e: Evaluation): Leaf[] => e.groups.flatMap((g) => g.children.flatMap((s) => s.children))
/** The warnings beside those of a project table's layout (these small tables have no 效益 or 满意度 groups). */
const own = (e: Evaluation): Evaluation['warnings'] => e.warnings.filter((w) => w.code !== 'GROUP_MISSING' && w.code !== 'SATISFACTION_MISSING')

describe('the seed: 广州市从化区司法局 2022 履职效能 table', () => {
  const seed = fixture('seed-conghua-2022-dept.json')

  it('reports its one indicator without a target by row and column, not a crash and not a pass', () => {
    const r = safeEvaluationFromRows(seed.rows, optionsOf(seed))
    if (r.success) throw new Error('the missing target was not reported')
    expect(r.error.issues.map((i) => [i.code, i.severity, i.row, i.column, i.path.join('.')])).toEqual([['TARGET_MISSING', 'error', 23, '年度指标值', 'groups.0.children.5.children.0.target']])
    expect(r.error.issues[0]?.zh).toBe('第23行“年度指标值”列：指标“指标 1: 法律顾问配备完成率”没有年度指标值')
    expect(r.error.issues[0]?.en).toBe('row 23, column "年度指标值": indicator "指标 1: 法律顾问配备完成率" has no target')
  })

  it('builds, with the missing target kept missing and reported, when asked', () => {
    const e = evaluationFromRows(seed.rows, { ...optionsOf(seed), missingTarget: 'warning' })
    expect(e.groups.map((g) => g.name)).toEqual(['履职效能'])
    expect(e.groups[0]!.children.map((s) => s.children.length)).toEqual([3, 4, 4, 5, 5, 4, 3])
    expect(e.warnings.map((w) => [w.code, w.row])).toEqual([['TARGET_MISSING', 23]])
    const all = leaves(e) as Indicator[]
    expect(all.filter((i) => i.target === null).map((i) => i.name)).toEqual(['指标 1: 法律顾问配备完成率'])
    const byName = (n: string): Indicator => all.find((i) => i.name.endsWith(n)) as Indicator
    expect(byName('在校学生违法犯罪率').target).toMatchObject({ kind: 'compare', op: '<=', value: { amount: expect.anything(), unit: '‰' } })
    expect(byName('社区矫正对象再犯罪率').polarity).toEqual({ value: 'negative', source: 'comparator', comparator: '<=' })
    expect(byName('司法社工与社区矫正对象比例').target).toMatchObject({ kind: 'ratio' })
    expect(byName('培训方案、计划达标率').target).toMatchObject({ op: '>=' })
    expect(all.map((i) => i.row)).toEqual(Array.from({ length: 28 }, (_, k) => k + 2))
    expect(e.weight).toBeNull()
  })
})

describe('published tables build', () => {
  // [file, builds strictly (or the error codes the table's own inconsistencies give), level-3 rows, sum of level-1 weights]
  // (a table that cannot be built even leniently gives, in place of its row count, the error codes of that build)
  const expected: readonly [string, true | readonly string[], number | readonly string[], string | null][] = [
    ['anhui-chizhou-tangxi-weituo-2022-self.json', true, 10, '90'],
    ['anhui-suixi-mzj-linshijiuzhu-2019-self.json', true, 10, '90'],
    // targets written inside the names, the 年度指标值 cells empty
    ['anhui-tianchang-slj-shuihan-2022-self.json', ['TARGET_MISSING'], 10, '100'],
    // sub-rows ("其中桃树种植面积") without their own 分值
    ['anhui-xiaoxian-hexicun-teseyangzhi-2023-self.json', ['WEIGHT_MISSING'], 15, '90'],
    ['anhui-xuancheng-dzj-fangzhen-2021-self.json', true, 7, '60'],
    ['beijing-district-cgw-kangyi-2020-target.json', true, 11, null],
    ['fujian-ningde-fzw-2019-dept-target.json', true, 6, null],
    ['hebei-langfang-spgcxx-nuantong-2019-self.json', true, 10, '100'],
    ['hubei-wuhan-qingshan-kjj-2021-target.json', true, 8, null],
    ['hunan-lingling-lyj-2021-dept-self.json', true, 11, '78'],
    ['hunan-nanyue-fupin-2018-target.json', true, 16, null],
    ['hunan-yueyangxian-gaobiaozhun-2022-target.json', true, 12, null],
    ['sichuan-jingyan-matazhen-2023-target.json', true, 8, '90'],
    ['sichuan-qingshen-fgj-gzxzc-2023-self.json', true, 3, '100'],
    // weights 70 + 20 + 10 + 10 printed against a 总分 of 100
    ['sichuan-zhongjiang-slj-shuibiaochi-2022-self.json', ['WEIGHT_TOTAL_MISMATCH'], 10, '110'],
    ['yunnan-yongde-minglangzx-yingyang-2022-self.json', true, 10, '100'],
    // truncated: the rows kept carry 56 points
    ['shanxi-jishan-zhaidianwsy-gonggongweisheng-2021-self.json', true, 26, '56'],
    ['shanxi-jishan-ybj-jiandanglika-2020-self.json', true, 7, '100'],
    ['beijing-haidian-xueyuanlu-baojie-2016-self.json', ['WEIGHT_SUM_MISMATCH'], 2, '60'],
    // an OCR copy: a score printed "IO" (10) and a budget cell "O" (0) are not numbers, and stay errors
    ['ningxia-yinchuan-liuzhong-gongyong-2021-self.json', ['TARGET_MISSING', 'VALUE_INVALID', 'WEIGHT_MISSING'], ['VALUE_INVALID'], null],
    ['chongqing-kexuecheng-rongmeiti-2021-dept-self.json', ['VALUE_INVALID', 'TARGET_MISSING'], ['VALUE_INVALID'], null],
    ['anhui-jinzhai-meilixiangcun-2023-dept-self.json', true, 9, '70'],
    // actuals of 100% against targets in 元 and 人: not comparable, an error in any build
    ['hubei-guangshui-chenxiangzx-gugan-2019-self.json', ['ACTUAL_NOT_COMPARABLE', 'TARGET_MISSING'], ['ACTUAL_NOT_COMPARABLE'], null],
  ]

  it('covers every fixture file', () => {
    const files = readdirSync(DIR).filter((f) => f.endsWith('.json') && !f.startsWith('seed-'))
    expect(files.sort()).toEqual(expected.map((e) => e[0]).sort())
  })

  it.each(expected)('%s', (file, strict, count, weight) => {
    const t = fixture(file)
    const r = safeEvaluationFromRows(t.rows, optionsOf(t))
    if (strict === true) expect(r.success ? 'built' : r.error.issues.filter((i) => i.severity === 'error').map((i) => `${i.code} row ${i.row}`)).toBe('built')
    else expect(r.success ? [] : [...new Set(r.error.issues.filter((i) => i.severity === 'error').map((i) => i.code))]).toEqual(strict)
    // a reviewer's reading: the table is built, its inconsistencies listed as warnings, each with its row
    const lenient = { ...optionsOf(t), weightMismatch: 'warning', missingTarget: 'warning' } as const
    if (Array.isArray(count)) {
      const l = safeEvaluationFromRows(t.rows, lenient)
      expect(l.success ? [] : [...new Set(l.error.issues.filter((i) => i.severity === 'error').map((i) => i.code))]).toEqual(count)
      return
    }
    const e = evaluationFromRows(t.rows, lenient)
    expect(leaves(e).length).toBe(count)
    expect(e.weight?.toString() ?? null).toBe(weight)
    for (const l of leaves(e)) expect(l.row).toBeGreaterThan(t.headerRow ?? 1)
    for (const w of e.warnings) expect(w.zh.length).toBeGreaterThan(4)
  })

  it('reads the budget section of a filled table: its rate, weight and printed score', () => {
    const t = fixture('hunan-lingling-lyj-2021-dept-self.json')
    const e = evaluationFromRows(t.rows, optionsOf(t))
    const b = leaves(e).find((l) => l.kind === 'budget-execution') as BudgetExecution
    expect([b.weight?.toString(), b.printedScore?.toString(), b.rateSource, b.printedRate?.toString()]).toEqual(['10', '10', 'computed', '1'])
    expect(b.rate?.toDecimalPlaces(4).toString()).toBe('0.8045')
    // the table prints 100% for figures that give about 80%: a warning a reviewer sees
    expect(e.warnings.map((w) => [w.code, w.row, w.column])).toEqual([['BUDGET_RATE_MISMATCH', 11, '执行率']])
  })

  it('reads a split-cell export: comparator, number and unit from three columns, polarity from its own', () => {
    const t = fixture('sichuan-jingyan-matazhen-2023-target.json')
    const e = evaluationFromRows(t.rows, optionsOf(t))
    const first = leaves(e)[0] as Indicator
    expect([first.target?.source, first.polarity.source, first.weight?.toString()]).toEqual(['≥95%', 'written', '10'])
    expect(e.warnings.map((w) => w.code)).toEqual(['ROW_IGNORED', 'COLUMNS_UNREAD'])
    expect(e.warnings[0]?.code === 'ROW_IGNORED' && e.warnings[0].details.cells).toEqual(['820-马踏镇部门', '8,827,620.53'])
    // the export's project columns are not part of the tree: they are named, not dropped without a word
    expect(e.warnings[1]?.code === 'COLUMNS_UNREAD' && e.warnings[1].details.headers).toEqual(['单位名称', '项目名称', '预算数', '年度目标'])
  })

  it('reads a 总分 line as the declared total and the printed total', () => {
    const t = fixture('sichuan-zhongjiang-slj-shuibiaochi-2022-self.json')
    const e = evaluationFromRows(t.rows, { ...optionsOf(t), weightMismatch: 'warning' })
    expect([e.total?.toString(), e.printedTotal?.toString()]).toEqual(['100', '100'])
    const w = e.warnings.find((x) => x.code === 'WEIGHT_TOTAL_MISMATCH')
    expect(w?.code === 'WEIGHT_TOTAL_MISMATCH' && [w.details.expected.toString(), w.details.found.toString(), w.row, w.column]).toEqual(['100', '110', 26, '分值'])
  })
})

describe('split cells and header variants', () => {
  const json = defineEvaluation({ groups: [{ name: '产出指标', children: [{ name: '质量指标', children: [{ name: '培训合格率', target: '≥90%', actual: '92%', weight: 10 }] }] }] })
  const target = (json.groups[0]!.children[0]!.children[0] as Indicator).target

  it.each([
    [{ 指标性质: '≥', 指标值: '90', 计量单位: '%', 实际完成值: '92' }],
    [{ 指标性质: '≥', 指标值: '90%', 计量单位: '%', 实际完成值: '92%' }],
    [{ 指标性质: '大于等于', 指标值: '90', 度量单位: '%', 实际完成值: '92' }],
    [{ 年度指标值: '≥90', 计量单位: '%', 实际完成值: 92 }],
    [{ 比较方式: '≥', 目标值: '90', 单位: '%', 完成值: '92' }],
  ])('joins %o exactly as if written "≥90%"', (cells) => {
    const e = evaluationFromRows([{ 一级指标: '产出指标', 二级指标: '质量指标', 三级指标: '培训合格率', 分值: '10', ...cells }])
    const i = e.groups[0]!.children[0]!.children[0] as Indicator
    expect({ ...i.target, source: '' }).toEqual({ ...target, source: '' })
    expect(i.actual).toMatchObject({ kind: 'quantity', value: { unit: '%' } })
  })

  it('matches headers with spaces, line breaks, full-width brackets and letters', () => {
    const e = evaluationFromRows([{ '一级\n指标': '产出指标', '二级指标': '数量指标', ' 三级指标 ': '培训人次', '年度指标值（A）': '≥500人次', '实际完成值(B)': '620人次', '分 值': '10', '得分': '10', '偏差原因分析及改进措施': '无' }])
    const i = e.groups[0]!.children[0]!.children[0] as Indicator
    expect([i.target?.source, i.actual?.source, i.weight?.toString(), i.printedScore?.toString(), i.deviation]).toEqual(['≥500人次', '620人次', '10', '10', '无'])
  })

  it('takes a caller\'s header words, before the library\'s', () => {
    const rows = [{ 一级指标: '产出指标', 二级指标: '数量指标', 考核内容: '培训人次', 考核指标值: '≥500人次' }]
    expect(safeEvaluationFromRows(rows).success).toBe(false)
    const e = evaluationFromRows(rows, { headers: { level3: ['考核内容'], target: ['考核指标值'] } })
    expect((e.groups[0]!.children[0]!.children[0] as Indicator).target?.source).toBe('≥500人次')
  })

  it('reads the first filled column when a field has two (one per section), and warns when they disagree', () => {
    const e = evaluationFromRows([
      { 一级指标: '产出指标', 二级指标: '数量指标', 三级指标: '培训人次', 年度指标值: '≥500人次', 原因: '', 未完成原因分析: '疫情影响' },
      { 一级指标: '', 二级指标: '', 三级指标: '培训场次', 年度指标值: '≥5场', 原因: '甲', 未完成原因分析: '乙' },
    ])
    const [a, b] = e.groups[0]!.children[0]!.children as Indicator[]
    expect([a!.deviation, b!.deviation]).toEqual(['疫情影响', '甲'])
    expect(own(e).map((w) => [w.code, w.row])).toEqual([['ROWS_COLUMN_DUPLICATE', 3]])
  })
})

describe('the shape of a sheet', () => {
  it('fills merged cells down, and reads a label seen again in a merged sheet as another group, with a warning', () => {
    const e = evaluationFromRows([
      { 一级指标: '产出指标', 二级指标: '数量指标', 三级指标: 'a', 指标值: '1个' },
      { 一级指标: '', 二级指标: '', 三级指标: 'b', 指标值: '2个' },
      { 一级指标: '效益指标', 二级指标: '社会效益指标', 三级指标: 'c', 指标值: '有效提升' },
      { 一级指标: '产出指标', 二级指标: '数量指标', 三级指标: 'd', 指标值: '3个' },
    ])
    expect(e.groups.map((g) => [g.name, g.children.map((s) => [s.name, s.children.map((l) => l.name)])])).toEqual([
      ['产出指标', [['数量指标', ['a', 'b']]]],
      ['效益指标', [['社会效益指标', ['c']]]],
      ['产出指标', [['数量指标', ['d']]]],
    ])
    expect(own(e).map((w) => w.code === 'LABEL_REPEATED' && [w.details.name, w.details.first, w.row])).toEqual([['产出指标', 2, 5]])
  })

  it('joins the labels an export repeats on every row to their group, in any order', () => {
    const e = evaluationFromRows([
      { 一级指标: '产出指标', 二级指标: '数量指标', 三级指标: 'a', 指标值: '1个' },
      { 一级指标: '效益指标', 二级指标: '社会效益指标', 三级指标: 'c', 指标值: '有效提升' },
      { 一级指标: '产出指标', 二级指标: '数量指标', 三级指标: 'd', 指标值: '3个' },
    ])
    expect(e.groups.map((g) => [g.name, g.children.map((s) => s.children.map((l) => l.name))])).toEqual([['产出指标', [['a', 'd']]], ['效益指标', [['c']]]])
    expect(own(e)).toEqual([])
  })

  it('counts rows as the sheet shows them, from the row given for the first data row', () => {
    const rows = [{ 一级指标: '产出指标', 二级指标: '数量指标', 三级指标: '培训人次', 年度指标值: '≥≥500人次' }]
    const r = safeEvaluationFromRows(rows, { firstRow: 5 })
    expect(!r.success && [r.error.issues[0]?.code, r.error.issues[0]?.row, r.error.issues[0]?.column, r.error.issues[0]?.span]).toEqual(['TARGET_MALFORMED', 5, '年度指标值', { start: 1, end: 2 }])
    expect(!r.success && r.error.issues[0]?.zh).toBe('第5行“年度指标值”列：年度指标值“≥≥500人次”第2个字符起：比较词重复')
  })

  it('reads a group weight from the group\'s own line, and printed subtotals', () => {
    const e = evaluationFromRows([
      { 一级指标: '产出指标', 二级指标: '', 三级指标: '', 年度指标值: '', 分值: '20', 得分: '' },
      { 一级指标: '', 二级指标: '数量指标', 三级指标: '培训人次', 年度指标值: '≥500人次', 分值: '20', 得分: '18' },
      { 一级指标: '', 二级指标: '', 三级指标: '小计', 年度指标值: '', 分值: '', 得分: '18' },
    ])
    expect([e.groups[0]!.weight?.toString(), e.groups[0]!.weightSource, e.groups[0]!.children[0]!.printedScore?.toString()]).toEqual(['20', 'written', '18'])
  })

  it('turns a budget section into the budget-execution line, its parts into the budget', () => {
    const e = evaluationFromRows([
      { 一级指标: '资金情况', 二级指标: '年度资金总额', 三级指标: '', 年度指标值: '', '年初预算数(万元)': '100', '全年预算数(万元)': '120', '全年执行数(万元)': '110', 分值: '10', 执行率: '91.67%', 得分: '9.17' },
      { 一级指标: '', 二级指标: '其中：财政拨款', 三级指标: '', 年度指标值: '', '年初预算数(万元)': '100', '全年预算数(万元)': '100', '全年执行数(万元)': '95', 分值: '', 执行率: '', 得分: '' },
      { 一级指标: '', 二级指标: '上年结转资金', 三级指标: '', 年度指标值: '', '年初预算数(万元)': '/', '全年预算数(万元)': '20', '全年执行数(万元)': '15', 分值: '', 执行率: '', 得分: '' },
      { 一级指标: '', 二级指标: '其他资金', 三级指标: '', 年度指标值: '', '年初预算数(万元)': '—', '全年预算数(万元)': '-', '全年执行数(万元)': '', 分值: '', 执行率: '', 得分: '' },
      { 一级指标: '产出指标', 二级指标: '数量指标', 三级指标: '培训人次', 年度指标值: '≥500人次', '年初预算数(万元)': '', '全年预算数(万元)': '', '全年执行数(万元)': '', 分值: '90', 执行率: '', 得分: '90' },
    ])
    const b = e.groups[0]!.children[0]!.children[0] as BudgetExecution
    expect([e.groups[0]!.name, b.kind, b.weight?.toString(), b.printedScore?.toString(), b.printedRate?.toString(), b.row]).toEqual(['资金情况', 'budget-execution', '10', '9.17', '0.9167', 2])
    expect(b.rate?.times(12).toString()).toBe('11')
    expect(e.budget?.adjusted).toMatchObject({ total: { amount: expect.anything(), unit: '万元' }, fiscal: { unit: '万元' }, carryOver: { unit: '万元' } })
    expect(e.budget?.executed?.carryOver?.amount.toString()).toBe('15')
    expect(own(e)).toEqual([])
    expect(e.weight?.toString()).toBe('100')
  })

  it('skips blank rows and template placeholders, and keeps a row it cannot place in a warning', () => {
    const e = evaluationFromRows([
      { 一级指标: '产出指标', 二级指标: '数量指标', 三级指标: '培训人次', 年度指标值: '≥500人次', 备注: '' },
      { 一级指标: '', 二级指标: '', 三级指标: '……', 年度指标值: '', 备注: '' },
      { 一级指标: '', 二级指标: '', 三级指标: '指标2:', 年度指标值: '', 备注: '' },
      { 一级指标: '', 二级指标: '', 三级指标: '', 年度指标值: '', 备注: '' },
      { 一级指标: '', 二级指标: '', 三级指标: '', 年度指标值: '', 备注: '以上数据为预估' },
    ])
    expect(leaves(e).length).toBe(1)
    expect(own(e).map((w) => [w.code, w.row, w.code === 'ROW_IGNORED' && w.details.cells])).toEqual([['ROW_IGNORED', 6, ['以上数据为预估']]])
  })

  it('reads the cells exceljs gives: rich text, formulas with results, numbers, null', () => {
    const e = evaluationFromRows([
      { 一级指标: { richText: [{ text: '产出' }, { text: '指标' }] }, 二级指标: '数量指标', 三级指标: '培训人次', 年度指标值: { formula: 'A1', result: '≥500人次' }, 实际完成值: 620, 计量单位: '人次', 分值: { formula: 'B2', result: 10 }, 得分: null },
    ])
    const i = e.groups[0]!.children[0]!.children[0] as Indicator
    expect([e.groups[0]!.name, i.target?.source, i.actual?.source, i.weight?.toString(), i.printedScore]).toEqual(['产出指标', '≥500人次', '620人次', '10', undefined])
  })
})

describe('rows that cannot be a table', () => {
  it.each([
    ['not an array', 'ROWS_INVALID', '表格行应为数组，实为string', 'abc'],
    ['a row that is not an object', 'ROWS_INVALID', '第3行：表格行应为对象（按表头取值），实为number', [{ 三级指标: 'a', 年度指标值: '1' }, 5]],
    ['no level-3 column', 'ROWS_COLUMN_MISSING', "表头中没有“三级指标”列（表头为：一级指标、年度指标值）；如该列用了别的名称，请用 headers 选项说明，如 { headers: { level3: ['列名'] } }", [{ 一级指标: '产出指标', 年度指标值: '1' }]],
    ['no indicator at all', 'ROWS_INVALID', '表格中没有三级指标', [{ 三级指标: '', 年度指标值: '' }]],
  ])('%s', (_what, code, zh, rows) => {
    const r = safeEvaluationFromRows(rows as never)
    expect(!r.success && [r.error.issues[0]?.code, r.error.issues[0]?.zh]).toEqual([code, zh])
  })

  it('never changes its rows, and reads no key that names a prototype', () => {
    const rows = JSON.parse('[{"一级指标":"产出指标","二级指标":"数量指标","三级指标":"培训人次","年度指标值":"≥500人次","__proto__":{"polluted":1},"constructor":"x"}]') as Record<string, unknown>[]
    const before = JSON.stringify(rows)
    const e = evaluationFromRows(rows)
    expect(JSON.stringify(rows)).toBe(before)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.keys(e.groups[0]!.children[0]!.children[0]!)).not.toContain('__proto__')
    expect(own(e).map((w) => w.code === 'COLUMNS_UNREAD' && w.details.headers)).toEqual([['__proto__', 'constructor']])
  })
})

describe('cells that look like something else', () => {
  const one = (cells: Record<string, unknown>, options: EvaluationFromRowsOptions = {}): Evaluation => evaluationFromRows([{ 一级指标: '产出指标', 二级指标: '时效指标', 三级指标: '服务期', ...cells }], options)
  const first = (e: Evaluation): Indicator => e.groups[0]!.children[0]!.children[0] as Indicator

  it('reads a number with a 月 or 季度 unit column as a duration, never as a date', () => {
    const i = first(one({ 指标值: '≥12', 计量单位: '月', 完成值: '10' }))
    expect(i.target).toMatchObject({ kind: 'compare', op: '>=', value: { unit: '个月' } })
    expect(i.actual).toMatchObject({ kind: 'quantity', value: { unit: '个月' } })
    expect(first(one({ 指标值: '4', 计量单位: '季度' })).target).toMatchObject({ kind: 'compare', value: { unit: '个季度' } })
  })

  it('does not write a comparator twice when the value already has one', () => {
    expect(first(one({ 指标性质: '≥', 指标值: '>=90', 计量单位: '%' })).target?.source).toBe('>=90%')
  })

  it('warns when an actual looks like a percentage cell\'s value (0.95 for 95%)', () => {
    const e = one({ 指标值: '≥90%', 实际完成值: 0.95 })
    expect(e.warnings.map((w) => [w.code, w.row, w.column])).toContainEqual(['ACTUAL_LOOKS_LIKE_FRACTION', 2, '实际完成值'])
    expect(one({ 指标值: '≥90%', 实际完成值: '95%' }).warnings.map((w) => w.code)).not.toContain('ACTUAL_LOOKS_LIKE_FRACTION')
  })

  it('reports a spreadsheet error value, and reads a Date cell as its day', () => {
    const r = safeEvaluationFromRows([{ 一级指标: '产出指标', 二级指标: '时效指标', 三级指标: '完成时间', 年度指标值: { formula: 'A1', result: { error: '#REF!' } } }])
    expect(!r.success && r.error.issues.map((i) => [i.code, i.row, i.column])).toContainEqual(['CELL_ERROR', 2, '年度指标值'])
    expect(first(one({ 年度指标值: new Date(Date.UTC(2022, 11, 31)) })).target).toMatchObject({ kind: 'deadline', due: { year: 2022, month: 12, day: 31 } })
  })

  it('says what a "/" target cell held when it reports the target missing', () => {
    const r = safeEvaluationFromRows([{ 一级指标: '效益指标', 二级指标: '生态效益指标', 三级指标: '指标1: 植被恢复', 年度指标值: '/', 分值: '' }])
    expect(!r.success && r.error.issues[0]?.code === 'TARGET_MISSING' && r.error.issues[0].details).toEqual({ name: '指标1: 植被恢复', written: '/' })
  })

  it('lets the caller\'s header words win over the library\'s', () => {
    const e = evaluationFromRows([{ 一级指标: '产出指标', 二级指标: '数量指标', 三级指标: '培训人次', 指标值: '≥1个', 目标值: '≥2个' }], { headers: { target: ['目标值'] } })
    expect(first(e).target?.source).toBe('≥2个')
  })

  it('matches headers marked required, in traditional characters, and the Ezhou template\'s 当年预期实现值', () => {
    const e = evaluationFromRows([{ '一級指標': '产出指标', '二級指標': '数量指标', '三級指標': '培训人次', '*指标值': '≥500人次', '實際完成值': '620人次' }])
    expect([first(e).target?.source, first(e).actual?.source]).toEqual(['≥500人次', '620人次'])
    expect(first(evaluationFromRows([{ 三级指标: '办件量', 当年预期实现值: '≥1000件' }])).target?.source).toBe('≥1000件')
  })

  it('names the 分值 column when a group\'s own line has an unreadable weight', () => {
    const r = safeEvaluationFromRows([
      { 一级指标: '产出指标', 二级指标: '', 三级指标: '', 年度指标值: '', 分值: 'abc' },
      { 一级指标: '', 二级指标: '数量指标', 三级指标: '培训人次', 年度指标值: '≥500人次', 分值: '10' },
    ])
    expect(!r.success && r.error.issues.filter((i) => i.severity === 'error').map((i) => [i.code, i.row, i.column])).toEqual([['VALUE_INVALID', 2, '分值']])
  })
})

describe('budget sections as templates print them', () => {
  it('reads the line labels of a label column no field claims (Sichuan: 年度预算数(万元)), the total first', () => {
    const e = evaluationFromRows([
      { 一级指标: '预算执行情况(10分)', '年度预算数(万元)': '总额', 年初预算: '0.00', 调整后预算数: '3.36', 预算执行数: '3.36', 预算执行率: '100.00%', 权重: '10' },
      { 一级指标: '', '年度预算数(万元)': '其中:财政资金', 年初预算: '0.00', 调整后预算数: '3.36', 预算执行数: '3.36', 预算执行率: '100.00%', 权重: '/' },
      { 一级指标: '', '年度预算数(万元)': '单位资金', 年初预算: '0.00', 调整后预算数: '0.00', 预算执行数: '0.00', 预算执行率: '0.00%', 权重: '/' },
      { 一级指标: '产出指标', 二级指标: '数量指标', 三级指标: '补助发放率', 指标值: '100%', 权重: '90' },
    ])
    const b = e.groups[0]!.children[0]!.children[0] as BudgetExecution
    expect([b.applicable, b.rate?.toString(), b.adjusted?.amount.toString(), b.weight?.toString()]).toEqual([true, '1', '3.36', '10'])
    expect(e.budget?.adjusted?.other?.amount.toString()).toBe('0')
  })

  it('reads "150万" in a budget cell as 150万元', () => {
    const e = evaluationFromRows([
      { 一级指标: '资金情况', 二级指标: '年度资金总额', 全年预算数: '150万', 全年执行数: '75万元', 分值: '10' },
      { 一级指标: '产出指标', 二级指标: '数量指标', 三级指标: '培训人次', 年度指标值: '≥500人次', 分值: '90' },
    ])
    expect((e.groups[0]!.children[0]!.children[0] as BudgetExecution).rate?.toString()).toBe('0.5')
  })
})

describe('rows that fight back', () => {
  const ok = { 一级指标: '产出指标', 二级指标: '数量指标', 三级指标: '培训人次', 年度指标值: '≥500人次' }
  it.each([
    ['a row that is a throwing Proxy', () => [ok, new Proxy({}, { ownKeys: () => { throw new Error('boom') } })], {}],
    ['a cell getter that throws', () => [Object.defineProperty({ ...ok }, '实际完成值', { get: () => { throw new Error('boom') }, enumerable: true })], {}],
    ['an options getter that throws', () => [ok], Object.defineProperty({}, 'firstRow', { get: () => { throw new Error('boom') }, enumerable: true })],
    ['a formula nested 100 000 deep', () => {
      let cell: unknown = '≥500人次'
      for (let i = 0; i < 100_000; i++) cell = { formula: 'A1', result: cell }
      return [{ ...ok, 年度指标值: cell }]
    }, {}],
  ])('%s gives a coded result, not the host\'s exception', (_what, rows, options) => {
    const r = safeEvaluationFromRows(rows() as object[], options as EvaluationFromRowsOptions)
    if (!r.success) expect(r.error.issues[0]?.code).toMatch(/^[A-Z_]+$/)
  })

  it('with null options reports the option', () => {
    const r = safeEvaluationFromRows([ok], null as unknown as EvaluationFromRowsOptions)
    expect(!r.success && r.error.issues[0]?.code).toBe('OPTION_INVALID')
  })

  it('refuses more rows than a sheet holds, without walking them', () => {
    const r = safeEvaluationFromRows(new Array<object>(2 ** 32 - 1))
    expect(!r.success && r.error.issues[0]?.code === 'EVALUATION_INPUT_INVALID' && r.error.issues[0].details.reason).toBe('too-large')
  })
})

describe('sheets a reviewer checked', () => {
  it('reads a 合计 line after the budget section as the total, not a budget line', () => {
    const e = evaluationFromRows([
      { 一级指标: '资金情况', 二级指标: '年度资金总额', 三级指标: '', 年度指标值: '', '全年预算数(万元)': '120', '全年执行数(万元)': '110', 分值: '10', 得分: '9.17' },
      { 一级指标: '产出指标', 二级指标: '数量指标', 三级指标: '培训人次', 年度指标值: '≥500人次', '全年预算数(万元)': '', '全年执行数(万元)': '', 分值: '90', 得分: '90' },
      { 一级指标: '', 二级指标: '合计', 三级指标: '', 年度指标值: '', '全年预算数(万元)': '', '全年执行数(万元)': '', 分值: '100', 得分: '99.17' },
    ])
    expect([e.total?.toString(), e.printedTotal?.toString(), e.weight?.toString()]).toEqual(['100', '99.17', '100'])
  })

  it('does not take a department group named 预算执行 for a budget section when it has no figures', () => {
    const e = evaluationFromRows([
      { 一级指标: '预算执行(20分)', 二级指标: '预算完成率', 三级指标: '预算完成率', 年度指标值: '100%', 分值: '10', 全年预算数: '' },
      { 一级指标: '', 二级指标: '', 三级指标: '结转结余率', 年度指标值: '≤5%', 分值: '10', 全年预算数: '' },
    ], { metadata: { kind: '部门整体支出' } })
    expect(e.groups.map((g) => [g.name, g.weight?.toString(), g.children[0]!.children.map((l) => l.kind)])).toEqual([['预算执行(20分)', '20', ['indicator', 'indicator']]])
  })

  it('takes the line labelled 合计 as the total wherever it stands, and names the row of a bad part', () => {
    const r = safeEvaluationFromRows([
      { 一级指标: '资金情况', 二级指标: '中央补助资金', '全年预算数(万元)': '100', '全年执行数(万元)': '80', 分值: '' },
      { 一级指标: '', 二级指标: '其中：财政拨款', '全年预算数(万元)': 'abc', '全年执行数(万元)': '50', 分值: '' },
      { 一级指标: '', 二级指标: '合计', '全年预算数(万元)': '150', '全年执行数(万元)': '130', 分值: '10' },
      { 一级指标: '产出指标', 二级指标: '数量指标', 三级指标: '培训人次', 年度指标值: '≥500人次', '全年预算数(万元)': '', '全年执行数(万元)': '', 分值: '90' },
    ])
    expect(!r.success && r.error.issues.filter((i) => i.severity === 'error').map((i) => [i.code, i.row, i.column])).toEqual([['VALUE_INVALID', 3, '全年预算数(万元)']])
    const ok = evaluationFromRows([
      { 一级指标: '资金情况', 二级指标: '中央补助资金', '全年预算数(万元)': '100', '全年执行数(万元)': '80', 分值: '' },
      { 一级指标: '', 二级指标: '地方配套', '全年预算数(万元)': '50', '全年执行数(万元)': '50', 分值: '' },
      { 一级指标: '', 二级指标: '合计', '全年预算数(万元)': '150', '全年执行数(万元)': '130', 分值: '10' },
      { 一级指标: '产出指标', 二级指标: '数量指标', 三级指标: '培训人次', 年度指标值: '≥500人次', '全年预算数(万元)': '', '全年执行数(万元)': '', 分值: '90' },
    ])
    const b = ok.groups[0]!.children[0]!.children[0] as BudgetExecution
    expect([b.rate?.times(15).toString(), b.weight?.toString(), ok.budget?.adjusted?.other?.amount.toString()]).toEqual(['13', '10', '150'])
  })

  it('reports NaN, Infinity and functions in cells a field reads, never dropping them', () => {
    const r = safeEvaluationFromRows([{ 一级指标: '产出指标', 二级指标: '数量指标', 三级指标: '培训人次', 年度指标值: '≥500人次', 分值: Number.NaN, 得分: () => 1 }])
    expect(!r.success && r.error.issues.filter((i) => i.severity === 'error').map((i) => [i.code, i.column, i.code === 'CELL_ERROR' && i.details.value])).toEqual([['CELL_ERROR', '分值', 'NaN'], ['CELL_ERROR', '得分', '[function]']])
  })

  it('names bare budget numbers read in 万元 when no header says the unit', () => {
    const e = evaluationFromRows([
      { 一级指标: '资金情况', 二级指标: '年度资金总额', 全年预算数: '1500000', 全年执行数: '1500000', 分值: '10' },
      { 一级指标: '产出指标', 二级指标: '数量指标', 三级指标: '培训人次', 年度指标值: '≥500人次', 分值: '90' },
    ])
    expect(own(e).map((w) => [w.code, w.row, w.column])).toEqual([['BUDGET_UNIT_ASSUMED', 2, '全年预算数']])
  })
})

describe('department tables with their scoring criteria', () => {
  it('keeps 评分标准 and 指标解释 as written, and reads 扣分原因 as the deviation', () => {
    const e = evaluationFromRows(
      [
        { 一级指标: '过程', 二级指标: '预算执行', 三级指标: '结转结余率', 指标解释: '结转结余总额/支出预算数×100%', 评分标准: '结转结余率≤5%得满分，每超过一个百分点扣0.5分，扣完为止', 年度指标值: '≤5%', 分值: '5', 自评得分: '4.5', 扣分原因: '年底项目未完工' },
      ],
      { metadata: { kind: '部门整体支出' } },
    )
    const i = e.groups[0]!.children[0]!.children[0] as Indicator
    expect([i.criteria, i.note, i.deviation, i.printedScore?.toString(), i.polarity.source]).toEqual(['结转结余率≤5%得满分，每超过一个百分点扣0.5分，扣完为止', '结转结余总额/支出预算数×100%', '年底项目未完工', '4.5', 'comparator'])
    expect(e.warnings).toEqual([])
  })
})

describe('sheets of a second trial', () => {
  it('reads 年度财政资金总额 as the total, and the unit its section label writes', () => {
    const e = evaluationFromRows([
      { 一级指标: '项目资金(元)', 二级指标: '年度财政资金总额', 全年预算数: '6500000', 全年执行数: '940000', 执行率: '14.46%', 分值: '10' },
      { 一级指标: '', 二级指标: '其中：财政拨款', 全年预算数: '6500000', 全年执行数: '940000', 执行率: '', 分值: '' },
      { 一级指标: '产出指标', 二级指标: '数量指标', 三级指标: '扶持主体数', 年度指标值: '≥10个', 分值: '90' },
    ])
    const b = e.groups[0]!.children[0]!.children[0] as BudgetExecution
    expect([b.adjusted?.amount.toString(), b.adjusted?.unit, b.rate?.toDecimalPlaces(6).toString()]).toEqual(['6500000', '元', '0.144615'])
    expect(own(e).map((w) => w.code)).toEqual([])
  })

  it('reads the 分值 column right of a level as that level\'s weight (一级指标 | 分值 | 二级指标 | 分值 | 三级指标 | 分值)', () => {
    const e = evaluationFromRows([
      { 一级指标: '投入', 分值: '13', 二级指标: '预算配置', 分值_1: '13', 三级指标: '在职人员控制率', 分值_2: '5', 年度指标值: '≤100%' },
      { 一级指标: '', 分值: '', 二级指标: '', 分值_1: '', 三级指标: '“三公经费”变动率', 分值_2: '8', 年度指标值: '≤0' },
    ], { metadata: { kind: '部门整体支出' } })
    expect([e.groups[0]!.weight?.toString(), e.groups[0]!.children[0]!.weight?.toString(), e.groups[0]!.children[0]!.children.map((l) => l.weight?.toString())]).toEqual(['13', '13', ['5', '8']])
    expect(e.warnings).toEqual([])
  })

  it('keeps a row that named a group with nothing under it in a warning', () => {
    const e = evaluationFromRows([
      { 一级指标: '产出指标', 二级指标: '数量指标', 三级指标: '扶持主体数', 年度指标值: '≥10个' },
      { 一级指标: '年度绩效目标1 (80分)', 二级指标: '', 三级指标: '', 年度指标值: '' },
    ])
    expect(own(e).map((w) => [w.code, w.row, w.code === 'ROW_IGNORED' && w.details.cells])).toEqual([['ROW_IGNORED', 3, ['年度绩效目标1 (80分)']]])
  })

  it('reads 控制率 as lower-is-better and a rate in a cost row as a rate', () => {
    const e = evaluationFromRows([
      { 一级指标: '产出指标', 二级指标: '成本指标', 三级指标: '公用经费控制率', 年度指标值: '100%' },
      { 一级指标: '', 二级指标: '', 三级指标: '生均补助标准达标率', 年度指标值: '100%' },
      { 一级指标: '', 二级指标: '', 三级指标: '单位造价', 年度指标值: '300元' },
      { 一级指标: '', 二级指标: '质量指标', 三级指标: '补助款结算争议率', 年度指标值: '0%' },
    ])
    expect((leaves(e) as Indicator[]).map((i) => [i.polarity.value, i.polarity.source])).toEqual([['negative', 'name'], ['positive', 'name'], ['negative', 'category'], ['negative', 'name']])
  })
})

describe('more of the second trial', () => {
  it('takes the unit a name ends with when no column gives one', () => {
    const e = evaluationFromRows([{ 一级指标: '满意度指标', 二级指标: '服务对象满意度', 三级指标: '满意度(%)', 年度指标值: '90', 实际完成值: '95' }])
    const i = leaves(e)[0] as Indicator
    expect([i.target?.source, i.actual?.source, i.unit]).toEqual(['90%', '95%', '%'])
  })

  it('warns when a cell holds a spreadsheet\'s stored value, not its text', () => {
    const e = evaluationFromRows([{ 一级指标: '过程', 二级指标: '预算执行', 三级指标: '预算调整率', 年度指标值: '0.0900000762939453' }], { metadata: { kind: '部门整体支出' } })
    expect(e.warnings.map((w) => [w.code, w.column])).toEqual([['VALUE_LOOKS_RAW', '年度指标值']])
  })

  it('imports a department table scored by its 评分标准 with no target column', () => {
    const e = evaluationFromRows([
      { 序号: '1', 一级指标: '投入', 二级指标: '目标设定', 三级指标: '绩效目标合理性', 指标分值: '5', 评分标准: '目标明确得5分，否则酌情扣分', 自评得分: '5' },
      { 序号: '2', 一级指标: '', 二级指标: '', 三级指标: '绩效指标明确性', 指标分值: '5', 评分标准: '指标细化量化得5分', 自评得分: '4' },
    ], { metadata: { kind: '部门整体支出' } })
    expect(leaves(e).map((l) => [l.weight?.toString(), l.printedScore?.toString(), (l as Indicator).criteria])).toEqual([['5', '5', '目标明确得5分，否则酌情扣分'], ['5', '4', '指标细化量化得5分']])
    expect(e.warnings).toEqual([])
  })

  it('says nothing of a level the sheet has no column for, and nothing of a budget section given no points', () => {
    const e = evaluationFromRows([
      { 一级指标: '资金情况', 二级指标: '年度资金总额', 全年预算数: '100万元', 全年执行数: '95万元' },
      { 一级指标: '产出指标', 二级指标: '数量目标', 三级指标: '培训人次', 年度指标值: '≥500人次', 分值: '50' },
      { 一级指标: '效益指标', 二级指标: '成本目标', 三级指标: '人均成本', 年度指标值: '≤100元', 分值: '50' },
    ])
    expect(own(e)).toEqual([])
    expect([e.weight?.toString(), (leaves(e)[1] as Indicator).category, (leaves(e)[2] as Indicator).category]).toEqual(['100', '数量', '成本'])
    const flat = evaluationFromRows([{ 三级指标: '培训人次', 年度指标值: '≥500人次' }])
    expect(flat.warnings).toEqual([])
  })
})
