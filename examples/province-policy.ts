/**
 * A province's scoring policy as data: written with `definePolicy`, stored as JSON (as an app stores it in its
 * database), revived with `parsePolicy`, and applied to two published tables whose printed 得分 it reproduces where the
 * default policy (`policies.mof2020`, 2 decimal places) does not — shown side by side.
 *
 * The tables:
 * - 《2022年度项目支出绩效自评表》（永德县明朗中学 义务教育营养改善计划专项资金，公开14表），云南省临沧市永德县,
 *   https://www.yongde.gov.cn/info/3003/116104.htm (test/fixtures/tables/yunnan-yongde-minglangzx-yingyang-2022-self.json);
 * - 《办公宿舍楼、食堂及餐厅暖通改造经费 绩效自评表》, 廊坊市食品工程学校, 河北省廊坊市, 2019,
 *   http://www.lfsp.cn/newsinfo/1158053.html (test/fixtures/tables/hebei-langfang-spgcxx-nuantong-2019-self.json; the stored
 *   copy stops before its 总分 line).
 *
 * Where each choice of the policy comes from is in `CHOICES`, printed beside it: the rounding is what the two tables
 * evidently used (test/scoring-real-tables.test.ts reproduces them under it); the qualitative bands 100–80 / 80–50 / 50–0
 * and the over-achievement flag are the local practice docs/scoring.md names (no national rule); the grades are
 * 财预〔2020〕10号's four bands, which the Yunnan table's printed 优 beside 96 agrees with.
 *
 * Run it with `npx tsx examples/province-policy.ts`; test/examples-more.test.ts runs it and checks its figures.
 */
import { pathToFileURL } from 'node:url'
import {
  definePolicy,
  evaluationFromRows,
  parseNumber,
  parsePolicy,
  policies,
  scoreEvaluation,
  type Policy,
  type PolicyOverrides,
  type ScoreReport,
} from '../src/index.js'
import { readTable, rowsOptions, type TableFixture } from './support/fixtures.js'
import { table } from './support/terminal-table.js'

/** The two stored tables (test/fixtures/tables/). */
export const TABLES = ['yunnan-yongde-minglangzx-yingyang-2022-self.json', 'hebei-langfang-spgcxx-nuantong-2019-self.json'] as const

/** The province's policy, as the fields that differ from (or are restated over) the default policy. */
export const PROVINCE: PolicyOverrides = {
  name: '云南2022（整数计分）',
  source: '公开的云南（永德县 公开14表）、河北（廊坊市）项目支出绩效自评表的计分方式；定性三档与超额复核按 docs/scoring.md 所列的地方做法',
  rounding: { places: 0, mode: 'half-up', stage: 'indicator' },
  qualitative: { partial: { min: 0.5 }, 'not-achieved': { max: 0.5 } },
  overAchievement: { mode: 'flag', threshold: 1.2 },
  grades: [
    { grade: '优', min: 90 },
    { grade: '良', min: 80 },
    { grade: '中', min: 60 },
    { grade: '差', min: 0 },
  ],
}

/** Each choice of the policy, and where it comes from. */
export const CHOICES: readonly { readonly field: string; readonly source: string }[] = [
  {
    field: 'rounding',
    source:
      '两张表都填整数得分：永德县表 政策知晓率 98%（═100%）填 9（10×98% = 9.8，未达成不取成满分）；廊坊市表 执行率 37.24÷43.2 = 86.2% 填 9（四舍五入，不是向下取整的 8）。' +
      ' Both tables print whole points: 9.8 printed 9 (a miss is never rounded up to full marks), 8.62 printed 9 (half-up, not down).',
  },
  {
    field: 'qualitative',
    source:
      'docs/scoring.md（默认政策 · qualitative）：“有的地方用 100–80 / 80–50 / 50–0”；部分达成的默认比例 70% 沿用 mof2020（在 [50%, 80%) 内）。两张表的定性指标都已达成，这一项在这里不改变得分。' +
      ' Local practice named in docs/scoring.md; the tables\' qualitative rows are all met, so it changes nothing here.',
  },
  {
    field: 'overAchievement',
    source:
      'docs/scoring.md（默认政策 · overAchievement）：财预〔2020〕10号只说“按照偏离度适度调减分值”，没有门槛；某省财政系统在 120% 时提示复核、不扣分。永德县表超过指标值的（满意度 100% 对 ≧95%）都填满分。' +
      ' No national threshold; a provincial system flags 120% for review without deducting; the Yunnan table gives full marks above target.',
  },
  {
    field: 'grades',
    source:
      '财预〔2020〕10号：“等级一般划分为四档”，90（含）以上优、80（含）–90 良、60（含）–80 中、60 以下差；永德县表总分行填“100 | 96 | 优”。' +
      ' The four bands of 财预〔2020〕10号; the Yunnan table prints 优 beside its total of 96.',
  },
]

/** The province's policy, checked and frozen by `definePolicy`. */
export function provincePolicy(): Policy {
  return definePolicy(policies.mof2020, PROVINCE)
}

/** The policy as an app stores it: plain JSON. */
export function storedPolicy(): string {
  return JSON.stringify(provincePolicy())
}

/** The policy read back from its JSON with `parsePolicy`, which checks it all again. */
export function revivedPolicy(stored: string = storedPolicy()): Policy {
  return parsePolicy(JSON.parse(stored))
}

/** One policy field as a short text. */
function fieldText(p: Policy, field: string): string {
  switch (field) {
    case 'rounding':
      return `${p.rounding.places} 位 places, ${p.rounding.mode}`
    case 'qualitative': {
      const q = p.qualitative
      const pct = (x: string | number): string => parseNumber(String(x)).times(100).toFixed()
      return `${pct(q.achieved.max)}–${pct(q.achieved.min)} / ${pct(q.partial.max)}–${pct(q.partial.min)} / ${pct(q['not-achieved'].max)}–${pct(q['not-achieved'].min)}`
    }
    case 'overAchievement':
      return `${p.overAchievement.mode} ≥ ${parseNumber(String(p.overAchievement.threshold)).times(100).toFixed()}%`
    case 'grades':
      return p.grades.map((g) => `${g.grade}≥${String(g.min)}`).join(' ')
    default:
      return ''
  }
}

/** One row per policy choice: the field, mof2020's value, the province's value. */
export function policyRows(p: Policy = revivedPolicy()): string[][] {
  return CHOICES.map(({ field }) => [field, fieldText(policies.mof2020, field), fieldText(p, field)])
}

/** A table scored under both policies. */
export interface SideBySide {
  readonly fixture: TableFixture
  readonly file: string
  readonly mof2020: ScoreReport
  readonly province: ScoreReport
}

/** A stored table scored under mof2020 and under the province's (revived) policy. */
export function sideBySide(file: string, policy: Policy = revivedPolicy()): SideBySide {
  const t = readTable(file)
  const e = evaluationFromRows(t.rows, rowsOptions(t))
  return { fixture: t, file, mof2020: scoreEvaluation(e), province: scoreEvaluation(e, policy) }
}

/** One row per scored line: sheet row, indicator, W, printed 得分, mof2020's score, the province's, each marked = when it is the printed one. */
export function comparisonRows(s: SideBySide): string[][] {
  return s.mof2020.indicators.map((m, i) => {
    const p = s.province.indicators[i]
    const mark = (score: typeof m.score): string => {
      if (score === null) return '—'
      return `${score.toFixed()}${m.printed !== undefined && m.printed.eq(score) ? ' =' : ''}`
    }
    return [String(m.row ?? ''), m.name, m.weight.toFixed(), m.printed?.toFixed() ?? '', mark(m.score), mark(p?.score ?? null)]
  })
}

/** How many printed 得分 a report reproduces, of how many printed. */
export function reproduced(r: ScoreReport): { same: number; printed: number } {
  const printed = r.indicators.filter((s) => s.printed !== undefined && s.status !== 'not-applicable')
  return { same: printed.filter((s) => s.score !== null && s.printed?.eq(s.score) === true).length, printed: printed.length }
}

/** The totals: printed (when the stored copy has it), under mof2020 and under the province, with the grades. */
export function totals(s: SideBySide): { printed: string | null; mof2020: string; province: string; grades: [string | null, string | null] } {
  const printedLine = s.fixture.rows.find((r) => r['一级指标'] === '总分')?.['得分']
  return {
    printed: printedLine === undefined || printedLine === '' ? null : printedLine,
    mof2020: s.mof2020.score.toFixed(),
    province: s.province.score.toFixed(),
    grades: [s.mof2020.grade?.grade ?? null, s.province.grade?.grade ?? null],
  }
}

/** The printed 得分 the province's policy still does not reproduce: an evaluator's own call, which the audit lists. */
export function departures(s: SideBySide): string[] {
  return s.province.findings.filter((f) => f.code === 'PRINTED_SCORE_MISMATCH').map((f) => f.zh)
}

/** The whole example as text. */
export function render(): string {
  const stored = storedPolicy()
  const policy = revivedPolicy(stored)
  const out: string[] = [
    `# 一个省的政策 A province's policy — ${policy.name}`,
    `definePolicy(policies.mof2020, PROVINCE) → JSON.stringify (${stored.length} chars) → parsePolicy: ${Object.isFrozen(policy) ? 'frozen' : 'not frozen'}, rounding ${JSON.stringify(policy.rounding)}`,
    '',
    '## 政策 The policy: mof2020 vs the province',
    table(['字段 field', 'mof2020', policy.name], policyRows(policy)),
    '',
    '## 依据 Where each choice comes from',
    ...CHOICES.map((c) => `- ${c.field}: ${c.source}`),
  ]
  for (const file of TABLES) {
    const s = sideBySide(file, policy)
    const t = totals(s)
    const [m, p] = [reproduced(s.mof2020), reproduced(s.province)]
    out.push(
      '',
      `## ${s.fixture.source.region} ${s.fixture.source.year}: ${s.fixture.source.title}`,
      `${s.fixture.source.url ?? ''} (test/fixtures/tables/${file})`,
      table(['行 row', '三级指标 indicator', '分值 W', '填报 printed', 'mof2020', policy.name], comparisonRows(s)),
      `（= 与填报得分相同 same as printed）`,
      `填报得分重现 printed scores reproduced: mof2020 ${m.same}/${m.printed}, ${policy.name} ${p.same}/${p.printed}`,
      `总分 total: 填报 printed ${t.printed ?? '—（表未存完 not in the stored copy）'}, mof2020 ${t.mof2020} (${t.grades[0] ?? '—'}), ${policy.name} ${t.province} (${t.grades[1] ?? '—'})`,
      ...(departures(s).length === 0 ? ['仍不相同 still different: —'] : ['仍不相同 still different (the evaluator\'s own call, no policy gives it):', ...departures(s).map((d) => `- ${d}`)]),
    )
  }
  return out.join('\n')
}

/** Print the example. */
export function main(): void {
  console.log(render())
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) main()
