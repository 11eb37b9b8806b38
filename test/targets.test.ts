import { describe, expect, it } from 'vitest'
import { Decimal } from 'decimal.js'
import { evaluateTarget, formatTarget, JixiaoError, parseTarget, safeParseTarget, TargetParseError, targetSchema, type CompareTarget, type RangeTarget } from '../src/index.js'

describe('comparison words follow 《民法典》第1259条', () => {
  it.each([
    ['90%以上', '>='], ['90%及以上', '>='], ['90%或以上', '>='], ['≥90%', '>='], ['>=90%', '>='], ['≧90%', '>='], ['不低于90%', '>='],
    ['不少于90%', '>='], ['至少90%', '>='], ['达到90%', '>='], ['大于等于90%', '>='],
    ['90%以下', '<='], ['90%及以下', '<='], ['90%以内', '<='], ['控制在90%以内', '<='], ['≤90%', '<='], ['≦90%', '<='], ['不超过90%', '<='],
    ['不高于90%', '<='], ['不多于90%', '<='], ['小于等于90%', '<='],
    ['超过90%', '>'], ['高于90%', '>'], ['多于90%', '>'], ['大于90%', '>'], ['>90%', '>'], ['＞90%', '>'],
    ['不满90%', '<'], ['不足90%', '<'], ['低于90%', '<'], ['少于90%', '<'], ['小于90%', '<'], ['<90%', '<'],
    ['=90%', '='], ['等于90%', '='], ['为90%', '='],
    ['90%', null], ['803个', null],
  ] as const)('%s → %s', (text, op) => {
    const t = parseTarget(text) as CompareTarget
    expect(t.kind).toBe('compare')
    expect(t.op).toBe(op)
  })
})

describe('numbers and units in targets', () => {
  it.each([
    ['不超过千分之二', '2', '‰'], ['千分之一以下', '1', '‰'], ['百分之九十', '90', '%'], ['九成', '90', '%'], ['万分之五以下', '5', '‱'],
    ['152.2万元', '152.2', '万元'], ['１００％', '100', '%'], ['≥ 90 %', '90', '%'], ['≥95百分比', '95', '%'], ['95%(百分比)', '95', '%'],
    ['≥90(%)', '90', '%'], ['不少于三百人', '300', '人'], ['≥0.565km', '0.565', 'km'], ['≤15个工作日', '15', '个工作日'], ['90%。', '90', '%'],
  ])('%s → %s %s', (text, amount, unit) => {
    const t = parseTarget(text) as CompareTarget
    expect(t.value.amount.toString()).toBe(amount)
    expect(t.value.unit).toBe(unit)
  })

  it('keeps a name or formula written in front as the subject', () => {
    expect(parseTarget('结转率(结转数/预算数)≤10%')).toMatchObject({ kind: 'compare', op: '<=', subject: '结转率(结转数/预算数)' })
    expect(parseTarget('公用经费变动率≦0')).toMatchObject({ kind: 'compare', op: '<=', subject: '公用经费变动率' })
    const pm10 = parseTarget('PM10浓度达到60微克/立方米左右') as CompareTarget
    // reaching about a value (达到…左右) sets no boundary: a concentration is lower-is-better, so "at least 60" would be
    // a confident wrong reading; the indicator's polarity decides
    expect([pm10.op, pm10.value.amount.toString(), pm10.value.unit, pm10.approximate, pm10.subject]).toEqual([null, '60', '微克/立方米', true, 'PM10浓度'])
  })
})

describe('ranges', () => {
  it.each([
    ['80%-90%', '80', '90', true, true], ['80%~90%', '80', '90', true, true], ['80%至90%', '80', '90', true, true],
    ['介于80%和90%之间', '80', '90', true, true], ['85%(含)-95%', '85', '95', true, true], ['100-90%(含90%)', '90', '100', true, true],
    ['0-5%(含)', '0', '5', true, true], ['80%(不含)-90%', '80', '90', false, true], ['±5%以内', '-5', '5', true, true],
  ] as const)('%s', (text, min, max, minInclusive, maxInclusive) => {
    const t = parseTarget(text) as RangeTarget
    expect(t.kind).toBe('range')
    expect([t.min.amount.toString(), t.max.amount.toString(), t.minInclusive, t.maxInclusive]).toEqual([min, max, minInclusive, maxInclusive])
    expect(t.min.unit).toBe('%')
  })
})

describe('ratios, approximations, deadlines, words and compounds', () => {
  it.each(['1:20', '1：20', '1比20'])('%s is a ratio 1 to 20', (text) => {
    expect(parseTarget(text)).toMatchObject({ kind: 'ratio', op: null })
    expect(JSON.stringify(parseTarget(text))).toContain('"antecedent":"1","consequent":"20"')
  })
  it('reads a comparison before a ratio', () => {
    expect(parseTarget('不低于1:20')).toMatchObject({ kind: 'ratio', op: '>=' })
  })
  it.each(['约3000平方米', '35微克/立方米左右', '大约5天'])('%s is approximate', (text) => {
    expect(parseTarget(text)).toMatchObject({ kind: 'compare', op: null, approximate: true })
  })
  it.each([
    ['2024年6月底前', { year: 2024, month: 6, day: 30 }, undefined],
    ['12月31日前', { year: null, month: 12, day: 31 }, undefined],
    ['2024年底', { year: 2024, month: 12, day: 31 }, undefined],
    ['2022年6月30日', { year: 2022, month: 6, day: 30 }, undefined],
    ['2024年11月', { year: 2024, month: 11, day: 30 }, undefined],
    ['2022.03-2022.10', { year: 2022, month: 10, day: 31 }, { year: 2022, month: 3, day: 1 }],
    ['上半年', { year: null, month: 6, day: 30 }, { year: null, month: 1, day: 1 }],
    ['第三季度', { year: null, month: 9, day: 30 }, { year: null, month: 7, day: 1 }],
    ['按期完成', null, undefined],
    ['及时', null, undefined],
  ] as const)('%s is a deadline', (text, due, start) => {
    const t = parseTarget(text)
    expect(t).toMatchObject({ kind: 'deadline', due })
    if (start !== undefined) expect(t).toMatchObject({ start })
  })
  it('takes a missing year from the option, never from the clock', () => {
    expect(parseTarget('12月31日前', { year: 2022 })).toMatchObject({ due: { year: 2022, month: 12, day: 31 } })
    expect(parseTarget('2月底前', { year: 2024 })).toMatchObject({ due: { year: 2024, month: 2, day: 29 } })
  })
  it.each([
    ['有效提升', 'increase', 'moderate'], ['显著提升', 'increase', 'strong'], ['明显改善', 'increase', 'strong'], ['进一步完善', 'increase', 'moderate'],
    ['效果明显', 'attain', 'strong'], ['合格', 'attain', undefined], ['达标', 'attain', undefined], ['优良', 'attain', undefined], ['是', 'attain', undefined],
    ['否', 'absent', undefined], ['无', 'absent', undefined], ['零', 'absent', undefined], ['全覆盖', 'attain', undefined], ['应保尽保', 'attain', undefined],
    ['严格执行相关制度', 'attain', undefined], ['符合相关规定', 'attain', undefined], ['无重大安全事故', 'absent', undefined], ['逐步降低', 'decrease', 'slight'],
    ['一村一法律顾问全覆盖', 'attain', undefined], ['进一步提升', 'increase', 'moderate'], ['长期', 'unknown', undefined],
  ] as const)('%s is qualitative (%s)', (text, direction, strength) => {
    const t = parseTarget(text)
    expect(t).toMatchObject({ kind: 'qualitative', direction, text })
    if (strength !== undefined) expect(t).toMatchObject({ strength })
  })
  it('reads compounds', () => {
    const any = parseTarget('不低于85%或比上年提升不低于5个百分点')
    expect(any.kind).toBe('any')
    expect(any).toMatchObject({ targets: [{ op: '>=', value: { unit: '%' } }, { op: '>=', value: { unit: '百分点' }, subject: '比上年提升' }] })
    expect(parseTarget('≥90%且≤100%')).toMatchObject({ kind: 'all', targets: [{ op: '>=' }, { op: '<=' }] })
    expect(parseTarget('12月底前100%到位')).toMatchObject({ kind: 'all', targets: [{ kind: 'deadline' }, { kind: 'compare', note: '到位' }] })
  })
})

describe('JSON and the schema', () => {
  it('serialises as plain data with exact strings', () => {
    expect(JSON.stringify(parseTarget('≥90%'))).toContain('"kind":"compare","op":">=","value":{"amount":"90","unit":"%"}')
  })
  it.each(['≥90%', '不超过千分之二', '80%-90%', '1:20', '2024年6月底前', '有效提升', '≥90%且≤100%', '不低于85%或比上年提升不低于5个百分点'])(
    'revives %s from JSON',
    (text) => {
      const target = parseTarget(text)
      const revived = targetSchema.parse(JSON.parse(JSON.stringify(target)))
      expect(JSON.stringify(revived)).toBe(JSON.stringify(target))
      expect(Object.isFrozen(revived)).toBe(true)
    },
  )
  it('rejects a malformed JSON target listing the path', () => {
    const r = targetSchema.safeParse({ kind: 'compare', op: '>=', value: { amount: 'abc', unit: '%' }, approximate: false, source: 'x' })
    expect(r.success).toBe(false)
    if (!r.success) expect(r.error.issues.some((i) => i.path.join('.').includes('value'))).toBe(true)
  })
  it.each([
    [{ kind: 'deadline', due: { year: 2022, month: 2, day: 31 }, source: 'x' }, 'due.day'],
    [{ kind: 'ratio', op: null, antecedent: '1', consequent: '0', approximate: false, source: 'x' }, 'consequent'],
    [{ kind: 'range', min: { amount: '90', unit: '%' }, max: { amount: '80', unit: '%' }, minInclusive: true, maxInclusive: true, source: 'x' }, 'min'],
    [{ kind: 'range', min: { amount: '1', unit: '件' }, max: { amount: '80', unit: '%' }, minInclusive: true, maxInclusive: true, source: 'x' }, 'max.unit'],
    [{ kind: 'any', targets: [], source: 'x' }, 'targets'],
  ])('rejects JSON that parseTarget never gives (%#)', (json, path) => {
    const r = targetSchema.safeParse(json)
    expect(r.success).toBe(false)
    if (!r.success) expect(r.error.issues.map((i) => i.path.join('.')).join(' ')).toContain(path)
  })
  it('returns frozen targets', () => {
    const t = parseTarget('≥90%') as CompareTarget
    expect(Object.isFrozen(t)).toBe(true)
    expect(Object.isFrozen(t.value)).toBe(true)
  })
})

describe('errors', () => {
  it.each([
    ['≥≥90%', 'TARGET_MALFORMED', 1],
    ['90%%以上以下', 'TARGET_MALFORMED', 3],
    ['', 'TARGET_EMPTY', 0],
    ['   ', 'TARGET_EMPTY', 0],
    ['≥', 'TARGET_MALFORMED', 0],
    ['1..2%', 'TARGET_MALFORMED', 1],
    ['不低于90%以下', 'TARGET_MALFORMED', 6],
  ] as const)('%s → %s', (text, code, at) => {
    const r = safeParseTarget(text)
    expect(r.success).toBe(false)
    if (!r.success) {
      expect(r.error).toBeInstanceOf(TargetParseError)
      expect(r.error).toBeInstanceOf(JixiaoError)
      expect(r.error.code).toBe(code)
      expect(r.error.span?.start).toBe(at)
      expect(r.error.zh).toMatch(/[\u4e00-\u9fff]/)
      expect(r.error.en).toMatch(/[a-z]/)
    }
  })
  it('never throws from safeParseTarget, even on non-strings', () => {
    expect(safeParseTarget(42 as unknown as string).success).toBe(false)
  })
  it('reads Latin units in any case and approximate ratios', () => {
    expect(parseTarget('≥12KM')).toMatchObject({ value: { unit: 'KM' } })
    expect(evaluateTarget(parseTarget('≥12KM'), '12500m').met).toBe(true)
    expect(parseTarget('约1:20')).toMatchObject({ kind: 'ratio', approximate: true })
    expect(evaluateTarget(parseTarget('约1:20'), '1:21').met).toBe(true)
    expect(evaluateTarget(parseTarget('≤10/10万'), '0.008%').met).toBe(true)
  })
  it('is not confused by a host app changing decimal.js settings', () => {
    const before = evaluateTarget(parseTarget('≥95%'), '93%').ratio?.toString()
    Decimal.set({ precision: 2, rounding: Decimal.ROUND_DOWN })
    try {
      // a division: under the host's precision 2 it would give 0.97
      expect(evaluateTarget(parseTarget('≥95%'), '93%').ratio?.toString()).toBe(before)
      expect(before).toBe('0.9789473684210526315789473684210526315789')
    } finally {
      Decimal.set({ precision: 20, rounding: Decimal.ROUND_HALF_UP })
    }
  })
})

describe('forms from real tables beyond the basics', () => {
  it('reads a level to reach as a comparison: 下降到, 提高至', () => {
    expect(parseTarget('下降到4.0‰')).toMatchObject({ kind: 'compare', op: '<=' })
    expect(parseTarget('提高至95%')).toMatchObject({ kind: 'compare', op: '>=' })
  })
  it('reads lists "respectively" (分别): one comparison or 左右 for every number', () => {
    const both = parseTarget('分别不低于24%和30%')
    expect(both).toMatchObject({ kind: 'all', targets: [{ op: '>=', value: { unit: '%' } }, { op: '>=', value: { unit: '%' } }] })
    expect(parseTarget('分别增长7%、8%左右')).toMatchObject({ kind: 'all', targets: [{ approximate: true }, { approximate: true }] })
    expect(parseTarget('介于80%和90%之间').kind).toBe('range')
  })
  it('lets 为 give way to the comparison after it, and the first word decide one boundary', () => {
    expect(parseTarget('分别为≥95%')).toMatchObject({ kind: 'compare', op: '>=' })
    expect(parseTarget('小于 10 元以内')).toMatchObject({ kind: 'compare', op: '<', value: { unit: '元' } })
    expect(safeParseTarget('不低于90%以下').success).toBe(false)
  })
  it('reads a deadline followed by a condition in words as both', () => {
    expect(parseTarget('2025年底前基本实现全覆盖')).toMatchObject({
      kind: 'all',
      targets: [{ kind: 'deadline', due: { year: 2025, month: 12, day: 31 } }, { kind: 'qualitative', direction: 'attain' }],
    })
    expect(parseTarget('6月份完成宣传片制作')).toMatchObject({ kind: 'deadline', due: { month: 6, day: 30 }, note: '完成宣传片制作' })
    expect(parseTarget('全年无重大安全事故')).toMatchObject({ kind: 'qualitative', direction: 'absent' })
  })
  it('reads a comparison with words (no number) as a target in words, not an error', () => {
    expect(parseTarget('抵达现场时间≤辖区平均标准')).toMatchObject({ kind: 'qualitative' })
    expect(parseTarget('控制在预算内')).toMatchObject({ kind: 'qualitative', direction: 'attain' })
    expect(parseTarget('按月安排')).toMatchObject({ kind: 'deadline', due: null })
  })
})

describe('comparison words inside names, boundary notes and two bounds', () => {
  it.each([
    ['不到位问题整改率100%', null],
    ['不足额发放率0%', null],
    ['达标率100%', null],
    ['完成率达100%', '>='],
  ] as const)('a comparison word inside the name of %s is part of the name', (text, op) => {
    expect(parseTarget(text)).toMatchObject({ kind: 'compare', op })
  })
  it('takes a comparison word before a noun phrase out of the subject', () => {
    expect(parseTarget('不低于中央投资30%')).toMatchObject({ op: '>=', subject: '中央投资' })
  })
  it.each([
    ['90%以上（不含90%）', '>'],
    ['90%（不含）以上', '>'],
    ['不超过100%（不含）', '<'],
    ['超过90%（含）', '>='],
  ] as const)('a boundary note changes %s to %s', (text, op) => {
    expect(parseTarget(text)).toMatchObject({ kind: 'compare', op })
  })
  it.each(['80%以上90%以下', '大于80%小于90%', '5万元以上10万元以下'])('%s keeps both bounds', (text) => {
    const t = parseTarget(text)
    expect(t.kind).toBe('all')
    if (t.kind === 'all') expect(t.targets.length).toBe(2)
  })
  it('keeps the sign of a negative number', () => {
    expect(JSON.stringify(parseTarget('负5%'))).toContain('"amount":"-5"')
    expect(JSON.stringify(parseTarget('增长-2%'))).toContain('"amount":"-2"')
    expect(parseTarget('-10%~-5%')).toMatchObject({ kind: 'range' })
  })
  it.each([
    ['3年内', 'compare'],
    ['2年内完成', 'compare'],
    ['3-12月', 'deadline'],
    ['2024年6-9月', 'deadline'],
    ['12.31前', 'deadline'],
  ] as const)('%s is a %s, not a deadline cut out of a number', (text, kind) => {
    expect(parseTarget(text).kind).toBe(kind)
  })
  it('reads months of one year and a dotted month and day', () => {
    expect(parseTarget('2024年6-9月')).toMatchObject({ start: { year: 2024, month: 6, day: 1 }, due: { year: 2024, month: 9, day: 30 } })
    expect(parseTarget('12.31前')).toMatchObject({ due: { year: null, month: 12, day: 31 } })
  })
  it('reads fractions as ratios and 百分之百 as 100%', () => {
    expect(parseTarget('三分之二以上')).toMatchObject({ kind: 'ratio', op: '>=' })
    expect(JSON.stringify(parseTarget('2/3以上'))).toContain('"antecedent":"2","consequent":"3"')
    expect(JSON.stringify(parseTarget('五分之一以下'))).toContain('"antecedent":"1","consequent":"5"')
    expect(JSON.stringify(parseTarget('百分之百'))).toContain('"amount":"100","unit":"%"')
    expect(parseTarget('≤10/10万')).toMatchObject({ kind: 'compare', value: { unit: '/10万' } })
  })
  it('joins a number and words that say which way', () => {
    expect(parseTarget('90%以上或满意度提升')).toMatchObject({ kind: 'any', targets: [{ kind: 'compare' }, { kind: 'qualitative', direction: 'increase' }] })
    expect(parseTarget('调解主任和调解员配备率100%')).toMatchObject({ kind: 'compare', subject: '调解主任和调解员配备率' })
  })
  it('unwraps a target written in brackets and reads look-alike symbols', () => {
    expect(parseTarget('（≥95%）')).toMatchObject({ kind: 'compare', op: '>=' })
    expect(parseTarget('【≥95%】')).toMatchObject({ kind: 'compare', op: '>=' })
    expect(parseTarget('═100%')).toMatchObject({ kind: 'compare', op: '=' })
    expect(parseTarget('‹=5300元/户')).toMatchObject({ kind: 'compare', op: '<=', value: { unit: '元/户' } })
  })
  it('reads late and negated words as such', () => {
    expect(parseTarget('未按期完成')).toMatchObject({ kind: 'qualitative' })
    expect(parseTarget('按期完成')).toMatchObject({ kind: 'deadline', due: null })
  })
  it('writes back words after the number', () => {
    expect(formatTarget(parseTarget('100%覆盖'))).toBe('100%覆盖')
    // ≥ and ≤ are written after the number when words follow, so the words cannot join the unit
    expect(formatTarget(parseTarget('≥360天服务读者'))).toBe('360天以上服务读者')
    expect(formatTarget(parseTarget('5万以上人次'))).toBe('5万以上人次')
    for (const text of ['≥360天服务读者', '5万以上人次', '250万以内元', '≥90%到位']) {
      const t = parseTarget(text)
      expect(JSON.stringify({ ...parseTarget(formatTarget(t)), source: '' })).toBe(JSON.stringify({ ...t, source: '' }))
    }
  })
})

describe('a bare 万 in a target keeps its scale', () => {
  it.each([
    ['5万至10万元', '5', '10', '万元'],
    ['1千至2千元', '1', '2', '千元'],
    ['5至10万元', '5', '10', '万元'],
  ])('%s is %s–%s %s', (text, min, max, unit) => {
    const t = parseTarget(text) as RangeTarget
    expect([t.min.amount.toString(), t.max.amount.toString(), t.min.unit, t.max.unit]).toEqual([min, max, unit, unit])
  })
  it('compares 5万 with 6万人, 60000人 and 4万 at their scale', () => {
    expect(evaluateTarget(parseTarget('5万以上'), '6万人').met).toBe(true)
    expect(evaluateTarget(parseTarget('5万以上'), '60000人').met).toBe(true)
    expect(evaluateTarget(parseTarget('5万以上'), '4万').ratio?.toString()).toBe('0.8')
  })
})

describe('not-equal, nested brackets, dotted dates and compound schemas', () => {
  it.each(['不等于0', '不为0', '≠5%'])('refuses %s rather than read it as its opposite', (text) => {
    const r = safeParseTarget(text)
    expect(r.success).toBe(false)
    if (!r.success) expect(r.error.code).toBe('TARGET_UNKNOWN_COMPARATOR')
  })
  it('unwraps nested brackets and reads ≥80%≤90% as two bounds', () => {
    expect(parseTarget('（≥95%（含））')).toMatchObject({ kind: 'compare', op: '>=' })
    expect(parseTarget('≥80%≤90%')).toMatchObject({ kind: 'all', targets: [{ op: '>=' }, { op: '<=' }] })
  })
  it('keeps a year before a dotted month and day, and allows 2月29日 when the year is unknown', () => {
    expect(parseTarget('2024年12.31前')).toMatchObject({ due: { year: 2024, month: 12, day: 31 } })
    expect(parseTarget('12/31前')).toMatchObject({ kind: 'deadline', due: { month: 12, day: 31 } })
    const feb = parseTarget('2月29日前')
    expect(feb).toMatchObject({ due: { year: null, month: 2, day: 29 } })
    expect(targetSchema.safeParse(JSON.parse(JSON.stringify(feb))).success).toBe(true)
  })
  it('checks the parts of a compound in the schema too', () => {
    const bad = { kind: 'all', targets: [{ kind: 'ratio', op: null, antecedent: '1', consequent: '0', approximate: false, source: '' }], source: '' }
    expect(targetSchema.safeParse(bad).success).toBe(false)
  })
  it('gives a coded error for target data that is not a target', () => {
    for (const t of [{ kind: 'foo' }, { kind: 'any' }, { kind: 'compare', op: '>=' }]) {
      try {
        evaluateTarget(t as never, '1')
        expect.unreachable()
      } catch (e) {
        expect((e as JixiaoError).code).toBe('TARGET_INVALID')
      }
    }
  })
})

describe('half a unit', () => {
  it.each([
    ['半年内', '<=', '0.5', '年'],
    ['≤半小时', '<=', '0.5', '小时'],
    ['半个月内完成', '<=', '0.5', '个月'],
  ] as const)('%s', (text, op, amount, unit) => {
    const t = parseTarget(text) as CompareTarget
    expect([t.op, t.value.amount.toString(), t.value.unit]).toEqual([op, amount, unit])
  })
  it('leaves 上半年 and 下半年 to the deadline grammar', () => {
    expect(parseTarget('上半年').kind).toBe('deadline')
    expect(parseTarget('下半年').kind).toBe('deadline')
  })
})

describe('一半', () => {
  it('is half of the whole, 50%', () => {
    expect(JSON.stringify(parseTarget('一半以上'))).toContain('"op":">=","value":{"amount":"50","unit":"%"}')
    expect(evaluateTarget(parseTarget('完成'), '完成一半').ratio?.toString()).toBe('0.5')
  })
})
