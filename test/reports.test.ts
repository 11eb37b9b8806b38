/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * Reports people read: `renderReport` (markdown, text, html, svg) and `reportRows`. The HTML and SVG are parsed with a
 * DOM implementation (happy-dom) to check their structure and that every text stays text; `npm run test:browser` renders
 * them in a real Chromium.
 */
import { fc, test as propertyTest } from '@fast-check/vitest'
import { Window } from 'happy-dom'
import { describe, expect, it } from 'vitest'
import { defineEvaluation, renderReport, ReportError, reportRows, scoreEvaluation, type ScoreReport } from '../src/index.js'
import { displayWidth } from '../src/reports/east-asian-width.js'
import { HOSTILE, hostileReport, longNamesReport, suixiReport } from './support/reports.js'

function parseHtml(html: string): Document {
  const window = new Window({ settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } })
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document
}

function parseSvg(svg: string): Document {
  const window = new Window()
  return new window.DOMParser().parseFromString(svg, 'image/svg+xml') as unknown as Document
}

const suixi = suixiReport()

describe('an HTML report', () => {
  const doc = parseHtml(renderReport(suixi, { format: 'html' }))

  it('is one self-contained document: no script, no external resource, a policy that allows none', () => {
    expect(doc.querySelectorAll('script, link, iframe, object, embed').length).toBe(0)
    expect(doc.querySelectorAll('[src], [href]').length).toBe(0)
    const csp = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? ''
    expect(csp).toContain("default-src 'none'")
    expect(csp).not.toContain('script-src')
    expect(doc.documentElement.getAttribute('lang')).toBe('zh-CN')
    expect(doc.querySelector('style')?.textContent).toContain('@page { size: A4')
  })

  it('holds the 自评表: one row per indicator, each group named once over the rows of its indicators', () => {
    const rows = [...doc.querySelectorAll('table.scores tbody tr')]
    expect(rows.length).toBe(suixi.indicators.length)
    const spans = [...doc.querySelectorAll('table.scores td.group')].map((td) => [td.textContent, td.getAttribute('rowspan')])
    expect(spans).toEqual([
      ['资金情况(万元)', '1'],
      ['资金情况(万元)', '1'],
      ['产出指标(50分)', '8'],
      ['数量指标', '5'],
      ['质量指标', '3'],
      ['效益指标(30分)', '1'],
      ['社会效益指标', '1'],
    ])
    const headers = [...doc.querySelectorAll('table.scores thead th')].map((th) => th.textContent)
    expect(headers).toEqual(['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因'])
    const scores = rows.map((tr) => tr.querySelector('td.score')?.textContent)
    expect(scores).toEqual(suixi.indicators.map((s) => s.score?.toFixed()))
    expect(doc.querySelector('table.scores tfoot')?.textContent).toContain('88.93')
  })

  it('marks the missed targets and explains every score in a title', () => {
    const unmet = [...doc.querySelectorAll('table.scores tr.unmet td:nth-last-child(2)')].map((td) => td.textContent)
    expect(unmet).toEqual(['4.84', '9.09'])
    const titles = [...doc.querySelectorAll('table.scores td.score')].map((td) => td.getAttribute('title'))
    expect(titles[4]).toBe('实际完成值4604人，未达到指标值>=4754人，按完成比例 4604÷4754 计 4.84 分（满分5分）')
  })

  it('says the total, the grade and the sentence', () => {
    expect(doc.querySelector('.summary p')?.textContent).toBe('2019年项目支出绩效自评综合得分为88.93分（按百分制折算为98.81分），等级为优。')
    const facts = [...doc.querySelectorAll('.summary dd')].map((d) => d.textContent)
    expect(facts).toEqual(['88.93', '90', '98.81', '优'])
    expect(doc.querySelector('.policy')?.textContent).toBe('计分规则：财政部《项目支出绩效评价管理办法》（财预〔2020〕10号）（mof2020）')
  })

  it('lists the findings of the audit and the points lost', () => {
    const sections = [...doc.querySelectorAll('section')]
    const findings = sections.find((s) => s.querySelector('h2')?.textContent === '审核发现')
    expect(findings?.querySelectorAll('li').length).toBe(suixi.findings.length)
    const lost = sections.find((s) => s.querySelector('h2')?.textContent?.startsWith('扣分情况'))
    expect([...(lost?.querySelectorAll('li') ?? [])].map((l) => l.textContent)).toEqual(['扶贫临时救助标准(<**元/户·年)——一户年最高5300元：−0.91 / 10', '★★★特困人员救助供养人数(按月平均)(≥**人)：−0.16 / 5'])
  })

  it('is in English when asked, names and targets as written', () => {
    const en = parseHtml(renderReport(suixi, { format: 'html', locale: 'en' }))
    expect(en.documentElement.getAttribute('lang')).toBe('en')
    expect(en.querySelector('.summary p')?.textContent).toBe('The 2019 project expenditure performance self-evaluation scores 88.93 points (98.81 out of 100), graded excellent.')
    expect(en.querySelector('table.scores tbody tr td:nth-child(3)')?.textContent).toBe('预算执行率')
  })
})

describe('every text stays text', () => {
  const report = hostileReport()

  it('in HTML: a name that is a script is shown, not run', () => {
    const doc = parseHtml(renderReport(report, { format: 'html' }))
    expect(doc.querySelectorAll('script, img, svg svg, [onerror], [onload]').length).toBe(0)
    expect(doc.querySelectorAll('table.scores tbody tr').length).toBe(2)
    const body = doc.body.textContent ?? ''
    for (const text of [HOSTILE.name, HOSTILE.group, '<script>window.__pwned=5</script>']) expect(body).toContain(text)
    expect(doc.title).toBe(`2023年${HOSTILE.project}绩效自评结果`)
  })

  it('in SVG: the picture parses as XML, control characters replaced, names whole in their titles', () => {
    const svg = renderReport(report, { format: 'svg' })
    const doc = parseSvg(svg)
    expect(doc.querySelector('parsererror')).toBeNull()
    expect(doc.querySelectorAll('script, foreignObject, [onload], [onerror]').length).toBe(0)
    expect(svg).not.toContain('\u0007')
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent ?? '')
    expect(texts.some((t) => t.includes('<img src=x'))).toBe(true)
  })

  it('in Markdown: markup and table breaks are escaped', () => {
    const md = renderReport(report, { format: 'markdown' })
    const row = md.split('\n').find((l) => l.includes('数量指标'))
    expect(row).toBe('| \\<img src=x onerror="window.\\_\\_pwned = 2"\\> | 数量指标 | \\<script\\>window.\\_\\_pwned = 1\\</script\\> | ≥100人次 | 80人次 | 50 | 40 | "\\>\\<svg onload="window.\\_\\_pwned=3"\\>\\&amp; \\| \\* \\_ # \ufffd |')
    expect(md).not.toMatch(/(?<!\\)<script/)
  })

  it('in text: control characters are shown as U+FFFD, never sent to the terminal', () => {
    const text = renderReport(report, { format: 'text' })
    expect(text).not.toContain('\u0007')
    expect(text).toContain('\ufffd')
  })

  propertyTest.prop([fc.string({ unit: 'grapheme', maxLength: 30 }).filter((s) => s.trim() !== '')], { numRuns: 60 })('any indicator name reads back exactly from the HTML', (name) => {
    const r = scoreEvaluation(defineEvaluation({ groups: [{ name: '产出指标', children: [{ name: '数量指标', children: [{ name, weight: 10, target: '≥1个', actual: '1个' }] }] }] }))
    const doc = parseHtml(renderReport(r, { format: 'html' }))
    const cell = doc.querySelector('table.scores tbody tr td:nth-child(3)')?.textContent
    expect(cell).toBe(r.indicators[0]?.name.replace(/\r\n?/g, '\n'))
    expect(doc.querySelectorAll('script').length).toBe(0)
  })
})

describe('an SVG chart', () => {
  const doc = parseSvg(renderReport(suixi, { format: 'svg' }))

  it('draws every level-1 and level-2 group against its weight, and the points lost', () => {
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent)
    for (const g of suixi.groups) {
      expect(texts).toContain(`${g.score.toFixed()} / ${g.weight.toFixed()}`)
      for (const c of g.children) if (c.level === 2) expect(texts).toContain(`${c.score.toFixed()} / ${c.weight.toFixed()}`)
    }
    expect(texts).toContain('−0.91 / 10')
    expect(doc.documentElement.getAttribute('role')).toBe('img')
    expect(doc.querySelector('title')?.textContent).toBe('2019年临时救助绩效自评结果')
  })

  it('keeps a long name whole in a title when it shortens it', () => {
    const long = parseSvg(renderReport(longNamesReport(), { format: 'svg' }))
    const shortened = [...long.querySelectorAll('text')].filter((t) => t.textContent?.includes('…'))
    expect(shortened.length).toBeGreaterThan(0)
    for (const t of shortened) expect(t.querySelector('title')?.textContent?.length).toBeGreaterThan((t.textContent ?? '').length - (t.querySelector('title')?.textContent?.length ?? 0))
  })
})

describe('a text report', () => {
  const text = renderReport(suixi, { format: 'text' })

  it('aligns its columns by display width: every line of the table is as wide as the rule above it', () => {
    const lines = text.split('\n')
    const start = lines.indexOf('【绩效自评表】') + 1
    const rule = lines[start + 1] ?? ''
    expect(rule).toMatch(/^─+$/)
    const width = displayWidth(rule)
    const scoreEnd = lines[start]?.indexOf('得分') ?? -1
    expect(scoreEnd).toBeGreaterThan(0)
    for (const line of lines.slice(start, lines.indexOf('', start))) expect(displayWidth(line)).toBeLessThanOrEqual(width)
    // the score column is right-aligned: 4.84 and 10 end in the same column
    const row = (name: string): string => lines.find((l) => l.includes(name)) ?? ''
    const end = (line: string, value: string): number => displayWidth(line.slice(0, line.lastIndexOf(value) + value.length))
    expect(end(row('★★★特困人员救助供养人数'), '4.84')).toBe(end(row('扶贫临时救助人数'), '10'))
    expect(end(row('★★★特困人员救助供养人数'), '4.84')).toBe(end(row('合计'), '88.93'))
  })

  it('wraps long cells inside their column and cuts nothing', () => {
    const long = renderReport(longNamesReport(), { format: 'text' })
    const joined = long.replace(/\s+/g, '')
    expect(joined).toContain('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789abcdefghijklmnopqrstuvwxyz'.repeat(2))
    expect(long).toContain('待定')
    expect(long).toContain('另有1项指标待人工判定，暂不评定等级')
  })
})

describe('reportRows', () => {
  it('lays out the standard 自评表 with its merged cells', () => {
    const t = reportRows(suixi)
    expect(t.rows.length).toBe(suixi.indicators.length + 2)
    expect(t.columns.filter((c) => c.numeric).map((c) => c.key)).toEqual(['weight', 'score'])
    expect(t.merges).toContainEqual({ top: 2, left: 0, bottom: 9, right: 0 })
    expect(t.merges).toContainEqual({ top: 2, left: 1, bottom: 6, right: 1 })
    expect(t.rows.at(-1)).toEqual(['合计', '', '', '', '', '90', '88.93', ''])
    for (const m of t.merges) for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) expect(t.rows[r]?.[c]).toBe('')
  })

  it('adds the printed score and the explanation when asked, in English', () => {
    const t = reportRows(suixi, { locale: 'en', printed: true, explanation: true })
    expect(t.rows[0]).toEqual(['Level 1', 'Level 2', 'Indicator', 'Annual target', 'Actual', 'Weight', 'Score', 'Reason for shortfall', 'Printed score', 'How it was scored'])
    expect(t.rows[5]?.slice(6, 9)).toEqual(['4.84', '特困人员实行动态管理', '5'])
  })

  it('writes undecided and 不适用 scores as words', () => {
    const t = reportRows(longNamesReport())
    expect(t.rows[3]?.[6]).toBe('待定')
  })
})

describe('bad input gets a coded error', () => {
  it.each([
    ['a plain object', {}],
    ['a report revived from JSON', JSON.parse(JSON.stringify(suixi)) as unknown],
    ['null', null],
  ])('%s is not a report', (_, value) => {
    expect(() => renderReport(value as ScoreReport, { format: 'text' })).toThrow(ReportError)
    try {
      reportRows(value as ScoreReport)
    } catch (e) {
      expect((e as ReportError).code).toBe('REPORT_INVALID')
      expect((e as ReportError).en).toMatch(/^a report needs the result of scoreEvaluation/)
    }
  })

  it.each([
    [{ format: 'pdf' }, 'format'],
    [{ format: 'html', locale: 'fr' }, 'locale'],
    [{ format: 'html', title: 5 }, 'title'],
    [undefined, 'options'],
  ])('%j is refused at %s', (options, option) => {
    try {
      renderReport(suixi, options as never)
      expect.unreachable()
    } catch (e) {
      expect(e).toBeInstanceOf(ReportError)
      expect((e as ReportError).code).toBe('OPTION_INVALID')
      expect((e as ReportError).path).toEqual([option])
    }
  })

  it('reads only the options’ own properties', () => {
    const inherited = Object.create({ format: 'pdf', locale: 'fr' }) as { format: 'html' }
    inherited.format = 'html'
    expect(renderReport(suixi, inherited)).toContain('lang="zh-CN"')
  })
})

describe('rendering', () => {
  it('never changes the report and gives the same string every time', () => {
    const before = JSON.stringify(suixi)
    const once = renderReport(suixi, { format: 'html' })
    expect(renderReport(suixi, { format: 'html' })).toBe(once)
    reportRows(suixi, { printed: true })
    expect(JSON.stringify(suixi)).toBe(before)
    expect(Object.isFrozen(reportRows(suixi).rows[1])).toBe(true)
  })

  it('gives a title of its own when asked', () => {
    expect(renderReport(suixi, { format: 'markdown', title: '濉溪县 临时救助 2019' }).split('\n')[0]).toBe('# 濉溪县 临时救助 2019')
  })
})

export type { ScoreReport }

describe('Markdown escaping', () => {
  it.each([
    ['99.16%', '99.16%'],
    ['1. 首项', '1\\. 首项'],
    ['- 列表', '\\- 列表'],
    ['# 标题', '\\# 标题'],
    ['#3号楼', '#3号楼'],
    ['a|b', 'a\\|b'],
    ['<b>粗</b>', '\\<b\\>粗\\</b\\>'],
  ])('writes %j as %j', async (text, written) => {
    const { escapeMarkdown } = await import('../src/reports/escape.js')
    expect(escapeMarkdown(text)).toBe(written)
  })
})

describe('display width and the text format’s numbers', () => {
  it.each([
    ['绩效', 4],
    ['１００％', 8],
    ['99.16%', 6],
    ['🚀✅⭐', 6],
    ['👨‍👩‍👧', 2],
    ['👍🏽', 2],
    ['a\u0301', 1],
  ])('%s takes %i columns', (text, width) => {
    expect(displayWidth(text)).toBe(width)
  })

  it('never wraps a number, however long', () => {
    const r = scoreEvaluation(defineEvaluation({ groups: [{ name: '产出指标', children: [{ name: '数量指标', children: [
      { name: '甲', weight: '13.3333', target: '≥1个', actual: '1个' },
      { name: '乙', weight: '86.6667', target: '≥90%', actual: '89.96%' }] }] }] }))
    const text = renderReport(r, { format: 'text' })
    expect(text).toMatch(/合计\s+100\s+99\.9633/)
    expect(text).toMatch(/甲.*13\.3333\s+13\.3333/)
  })

  it('draws a loss as its share of the weight, not of the largest loss', () => {
    const r = scoreEvaluation(defineEvaluation({ groups: [{ name: '产出指标', children: [{ name: '质量指标', children: [{ name: '合格率', weight: 100, target: '≥90%', actual: '89.96%' }] }] }] }))
    const svg = renderReport(r, { format: 'svg' })
    const bars = [...svg.matchAll(/<rect x="316" y="\d+" width="([\d.]+)" height="12" rx="2" fill="#c62828"\/>/g)].map((m) => Number(m[1]))
    expect(bars).toEqual([1])
  })

  it('quotes an option that is not a string by its type, without calling it', () => {
    for (const options of [{ format: Object.create(null) as never }, { format: 'text', locale: Object.create(null) as never }]) {
      expect(() => renderReport(suixi, options as never)).toThrow(ReportError)
    }
    expect(() => reportRows(suixi, { locale: Object.create(null) as never })).toThrow(/object/)
  })
})
