import { describe, expect, it } from 'vitest'
import { AttainmentError, evaluateTarget, parseActual, parseQuantity, parseTarget } from '../src/index.js'

describe('evaluateTarget on the seed report (广州市从化区司法局 2022)', () => {
  it.each([
    // target, actual, met, ratio (4 places)
    ['100%', '99.16%', false, '0.9916'],
    ['90%以上', '100%', true, '1.0000'],
    ['千分之一以下', '0', true, '1.0000'],
    ['不超过千分之二', '0.1%', true, '1.0000'],
    ['不超过千分之二', '0.3%', false, '0.6667'],
    ['1:20', '1:18', true, '1.0000'],
    ['1:15', '1:20', false, '0.7500'],
    ['90%或以上', '93', true, '1.0000'],
    ['≥95%', '93%', false, '0.9789'],
  ] as const)('%s against %s', (target, actual, met, ratio) => {
    const a = evaluateTarget(parseTarget(target), actual)
    expect(a.met).toBe(met)
    expect(a.ratio?.toFixed(4)).toBe(ratio)
    expect(a.zh).toContain(actual)
    expect(a.en).toContain(actual)
  })
})

describe('polarity, units and kinds', () => {
  it('lets polarity decide a target written without a comparison word', () => {
    expect(evaluateTarget(parseTarget('5%'), '4%', { polarity: 'positive' }).met).toBe(false)
    expect(evaluateTarget(parseTarget('5%'), '4%', { polarity: 'negative' }).met).toBe(true)
    expect(evaluateTarget(parseTarget('5%'), '8%', { polarity: 'negative' }).ratio?.toFixed(4)).toBe('0.6250')
  })
  it('converts inside a family and refuses across families, naming both units', () => {
    expect(evaluateTarget(parseTarget('≥152.2万元'), '1522000元').met).toBe(true)
    expect(evaluateTarget(parseTarget('≥30亩'), parseQuantity('2公顷')).met).toBe(true)
    try {
      evaluateTarget(parseTarget('≥803件'), '95%')
      expect.unreachable()
    } catch (e) {
      expect(e).toBeInstanceOf(AttainmentError)
      expect((e as AttainmentError).code).toBe('ACTUAL_NOT_COMPARABLE')
      expect((e as AttainmentError).zh).toContain('件')
      expect((e as AttainmentError).zh).toContain('%')
    }
  })
  it('reads a number in the actual as in the target unit and clamps negatives', () => {
    expect(evaluateTarget(parseTarget('≥90%'), 93).met).toBe(true)
    expect(evaluateTarget(parseTarget('≥90%'), -5).ratio?.toString()).toBe('0')
  })
  it('judges ranges and approximations', () => {
    expect(evaluateTarget(parseTarget('80%-90%'), '85%').met).toBe(true)
    expect(evaluateTarget(parseTarget('80%(不含)-90%'), '80%').met).toBe(false)
    expect(evaluateTarget(parseTarget('约3000平方米'), '2900平方米').met).toBe(true)
    expect(evaluateTarget(parseTarget('约3000平方米'), '2800平方米').met).toBe(false)
    expect(evaluateTarget(parseTarget('约3000平方米'), '2800平方米', { tolerance: '0.1' }).met).toBe(true)
  })
  it('judges deadlines with the evaluation year', () => {
    expect(evaluateTarget(parseTarget('2022年12月底前'), '2022年11月完成').met).toBe(true)
    expect(evaluateTarget(parseTarget('12月31日前'), '2023年1月5日完成', { year: 2022 }).met).toBe(false)
    expect(evaluateTarget(parseTarget('按期完成'), '已按期完成').met).toBe(true)
    expect(evaluateTarget(parseTarget('6月底前'), '未完成').met).toBe(false)
  })
  it('judges words', () => {
    expect(evaluateTarget(parseTarget('有效提升'), '显著提升').met).toBe(true)
    expect(evaluateTarget(parseTarget('是'), '否').met).toBe(false)
    expect(evaluateTarget(parseTarget('无'), '0').met).toBe(true)
    expect(evaluateTarget(parseTarget('无重大安全事故'), '未发生').met).toBe(true)
    expect(evaluateTarget(parseTarget('合格'), '不合格').met).toBe(false)
    expect(evaluateTarget(parseTarget('长期'), '持续').met).toBe(null)
  })
  it('combines any and all', () => {
    // the 百分点 part cannot be compared with a level: a person must judge
    const any = evaluateTarget(parseTarget('不低于85%或比上年提升不低于5个百分点'), '80%')
    expect(any.met).toBe(null)
    expect(any.ratio).toBe(null)
    expect(any.parts?.length).toBe(1)
    expect(evaluateTarget(parseTarget('不低于85%或比上年提升不低于5个百分点'), '86%').met).toBe(true)
    expect(evaluateTarget(parseTarget('≥90%且≤100%'), '95%').met).toBe(true)
    expect(evaluateTarget(parseTarget('≥90%且≤100%'), '101%').met).toBe(false)
  })
  it('reads actual values written like targets', () => {
    expect(parseActual('≥120米')).toMatchObject({ kind: 'quantity', value: { unit: '米' } })
    expect(parseActual('2022年11月完成')).toMatchObject({ kind: 'date', date: { year: 2022, month: 11, day: 30 } })
    expect(parseActual('已完成')).toMatchObject({ kind: 'qualitative', direction: 'attain', negated: false })
    expect(parseActual('未完成')).toMatchObject({ kind: 'qualitative', direction: 'attain', negated: true })
    expect(() => parseActual('80%-90%')).toThrow(AttainmentError)
    try {
      parseActual('≥≥90%')
    } catch (e) {
      expect((e as AttainmentError).code).toBe('ACTUAL_MALFORMED')
      expect((e as AttainmentError).zh).toContain('实际完成值')
    }
  })
  it('does not mutate its inputs', () => {
    const target = parseTarget('≥90%')
    const before = JSON.stringify(target)
    evaluateTarget(target, '85%')
    expect(JSON.stringify(target)).toBe(before)
  })
})

describe('verdicts an evaluator would give', () => {
  it.each([
    ['2022年12月底前', '未按期完成', false],
    ['2022年12月底前', '逾期完成', false],
    ['按期完成', '延期完成', false],
    ['按期完成', '未及时完成', false],
    ['是', '部分完成', null],
    ['是', '基本完成', null],
    ['是', '未全部完成', false],
    ['合格', '提升', null],
    ['专款专用', '专款专用', true],
    ['是否满意', '是', true],
    ['≤30万元', '完成', null],
    ['≤30万元', '未完成', false],
    ['>0', '无', false],
    ['≤0次', '未发生', true],
  ] as const)('%s against %s → %s', (target, actual, met) => {
    expect(evaluateTarget(parseTarget(target), actual).met).toBe(met)
  })

  it('never gives full marks to a target that is not met', () => {
    for (const [target, actual] of [['>95%', '95%'], ['不满90%', '90%'], ['80%(不含)-90%', '80%'], ['≤-5%', '-3%'], ['<0', '0']] as const) {
      const a = evaluateTarget(parseTarget(target), actual)
      expect(a.met, `${target} ${actual}`).toBe(false)
      expect(a.ratio?.lt(1), `${target} ${actual}`).toBe(true)
    }
  })

  it('reads an approximate target without a comparison word as at least, or as close to when asked', () => {
    expect(evaluateTarget(parseTarget('约3000平方米'), '2900平方米').met).toBe(true)
    expect(evaluateTarget(parseTarget('约3000平方米'), '5000平方米').met).toBe(true)
    expect(evaluateTarget(parseTarget('约3000平方米'), '5000平方米', { approximate: 'close-to' }).met).toBe(false)
    expect(evaluateTarget(parseTarget('约3000平方米'), '5000平方米', { approximate: 'close-to' }).ratio?.toFixed(2)).toBe('0.60')
    expect(evaluateTarget(parseTarget('约1:20'), '1:18').met).toBe(true)
  })

  it('does not borrow the year of a deadline from the actual value', () => {
    expect(evaluateTarget(parseTarget('12月底前'), '2023年1月5日').met).toBe(null)
    expect(evaluateTarget(parseTarget('12月底前'), '2023年1月5日', { year: 2022 }).met).toBe(false)
    expect(evaluateTarget(parseTarget('12月底前'), '11月20日').met).toBe(true)
  })

  it('refuses a bare number against a ratio, and a part left unjudged makes the whole unjudged', () => {
    expect(() => evaluateTarget(parseTarget('1:20'), '20')).toThrow(AttainmentError)
    const a = evaluateTarget(parseTarget('12月底前100%到位'), '2022年11月完成', { year: 2022 })
    expect(a.met).toBe(null)
    expect(a.ratio).toBe(null)
  })

  it('accepts targets and quantities revived from JSON, and gives coded errors for bad data', () => {
    const revived = JSON.parse(JSON.stringify(parseTarget('≥90%'))) as ReturnType<typeof parseTarget>
    expect(evaluateTarget(revived, '95%').met).toBe(true)
    expect(evaluateTarget(parseTarget('≥90%'), { amount: '95', unit: '%' } as never).met).toBe(true)
    expect(() => evaluateTarget(parseTarget('≥90%'), { amount: 'x', unit: '%' } as never)).toThrow(AttainmentError)
    expect(() => evaluateTarget({ kind: 'compare', op: '>=', value: { amount: 'abc', unit: '%' }, approximate: false, source: '' } as never, '1%')).toThrow(AttainmentError)
    expect(() => evaluateTarget(parseTarget('≥90%'), '95%', { tolerance: -1 })).toThrow(AttainmentError)
  })
})

describe('per-words, promised words and none', () => {
  it('reads a "per" word before a number as the unit', () => {
    expect(parseTarget('每亩300')).toMatchObject({ kind: 'compare', value: { unit: '/亩' } })
    expect(evaluateTarget(parseTarget('每亩300'), '每亩300').met).toBe(true)
  })
  it('takes words reported as promised, or a shorter form of them, as met', () => {
    expect(evaluateTarget(parseTarget('全天候可用'), '全天候').met).toBe(true)
    expect(evaluateTarget(parseTarget('全天候可用'), '全天候不可用').met).not.toBe(true)
  })
  it('leaves 无 against a rate to a person, but counts it as none against "at most"', () => {
    expect(evaluateTarget(parseTarget('100%'), '无').met).toBe(null)
    expect(evaluateTarget(parseTarget('≤2起'), '无').met).toBe(true)
  })
})

describe('periods, denials, ages, grades and shares of work done', () => {
  it('reads a period whose end is written without its year', () => {
    expect(parseTarget('2021.1.1-12.31')).toMatchObject({ kind: 'deadline', start: { year: 2021, month: 1, day: 1 }, due: { year: 2021, month: 12, day: 31 } })
  })
  it('judges words that deny or say late against a range or a number as not met', () => {
    expect(evaluateTarget(parseTarget('1-6期培训结束后及时考核'), '1-2期未能及时培训').met).toBe(false)
    expect(evaluateTarget(parseTarget('1-6期培训结束后及时考核'), '未能及时考核').met).toBe(false)
  })
  it('compares 岁 with 周岁', () => {
    expect(evaluateTarget(parseTarget('18—54周岁'), '30岁').met).toBe(true)
  })
  it('orders grades, and reads a scale written as the target as its best grade', () => {
    expect(evaluateTarget(parseTarget('良好'), '优').met).toBe(true)
    expect(evaluateTarget(parseTarget('良好'), '中').met).toBe(false)
    expect(evaluateTarget(parseTarget('优良中低差'), '优').met).toBe(true)
  })
  it('reads a percentage against words as the share done only when it says so', () => {
    expect(evaluateTarget(parseTarget('有所提升'), '100%').met).toBe(true)
    expect(evaluateTarget(parseTarget('有所提升'), '50%').met).toBe(null)
    expect(evaluateTarget(parseTarget('合格'), '80%').ratio?.toString()).toBe('0.8')
  })
  it('refuses an actual that states two values', () => {
    expect(() => evaluateTarget(parseTarget('18—54周岁'), '存在18岁以下、54周岁以上')).toThrow(AttainmentError)
  })
})

describe('scales, notes beside a number, no data and signs', () => {
  it.each([
    ['5万以上', '40000', false],
    ['50000以上', '6万', true],
    ['5万-8万', '60000', true],
    ['两万', '19000', false],
    ['≥90%，通过问卷调查', '95%', true],
    ['≥95%，无重大安全事故', '98%', null],
    ['不超过合同金额10%', '12%', false],
    ['不超过批复预算数100%', '105%', false],
    ['不良贷款率降低', '不良贷款率下降', true],
    ['投诉率≤5%', '无法统计', null],
    ['投诉率≤5%', '暂无数据', null],
    ['65岁以上≥70%', '72%', true],
    ['2024年12月底前', '未能按时完成', false],
    ['2024年12月底前', '没有按期完成', false],
    ['2024年12月底前', '年底前未完成', false],
    ['2024年12月底前', '基本按期完成', null],
    ['按期完成', '不够及时', false],
    ['完成', '完成延期', false],
    ['完成', '完成一半', false],
    ['全覆盖', '全覆盖未实现', false],
    ['每亩300', '300元/亩', true],
    ['每年2', '3次', true],
    ['三分之二以上', '70%', true],
    ['-10%~-5%', '3%', false],
    ['完成率-100%', '80%', false],
  ] as const)('%s against %s → %s', (target, actual, met) => {
    const a = evaluateTarget(parseTarget(target), actual)
    expect(a.met).toBe(met)
    if (a.ratio !== null) expect(a.ratio.gte(0) && a.ratio.lte(1)).toBe(true)
  })
  it('does not read a single capital as a tonne or a gram', () => {
    expect(() => evaluateTarget(parseTarget('≥1T'), '2000G')).toThrow(AttainmentError)
  })
})
