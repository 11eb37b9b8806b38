/**
 * What if one actual value had been different? Change one cell of a real table (the input is never mutated: a second
 * set of rows is built beside the first), score both, and see which indicator scores moved, by how much, how the total
 * and grade moved, which audit findings came or went, and why — the changed indicator's explanation before and after,
 * in Chinese and English.
 *
 * Source: 《2022年度项目支出绩效自评表》（永德县明朗中学 义务教育营养改善计划专项资金，公开14表），云南省临沧市永德县,
 * https://www.yongde.gov.cn/info/3003/116104.htm (transcribed into
 * test/fixtures/tables/yunnan-yongde-minglangzx-yingyang-2022-self.json). The change: its 家长满意度 (≧95%) was 100%;
 * what if it had been 90%?
 *
 * `scoreDiff` compares any two ScoreReports of the same table. Run it with `npx tsx examples/what-if.ts`;
 * test/examples-more.test.ts runs it and checks its figures.
 */
import { pathToFileURL } from 'node:url'
import { evaluationFromRows, scoreEvaluation, type Decimal, type Issue, type ScoreReport } from '../src/index.js'
import { readTable, rowsOptions, type TableFixture } from './support/fixtures.js'
import { table } from './support/terminal-table.js'

/** The stored table (test/fixtures/tables/). */
export const FILE = 'yunnan-yongde-minglangzx-yingyang-2022-self.json'

/** The one cell changed: the indicator (its 三级指标), the column, and the value it is given instead. */
export const CHANGE = { indicator: '家长满意度', column: '实际完成值', to: '90%' } as const

/** A sheet row as a reader gives it. */
type Row = Readonly<Record<string, string>>

/**
 * The rows with one cell of one indicator's row changed: a new array in which only that row is a new object. The
 * rows given are left as they are.
 *
 * @throws Error when no row, or more than one, has that indicator name.
 */
export function withCell(rows: readonly Row[], indicator: string, column: string, value: string): Row[] {
  const hits = rows.filter((r) => r['三级指标'] === indicator)
  if (hits.length !== 1) throw new Error(`expected one row named ${indicator}, found ${hits.length}`)
  return rows.map((r) => (r === hits[0] ? { ...r, [column]: value } : r))
}

/** One indicator whose counted score moved. */
export interface MovedScore {
  readonly id: string
  readonly name: string
  readonly row?: number
  readonly before: Decimal | null
  readonly after: Decimal | null
  /** after − before (null when either is undecided or not applicable). */
  readonly delta: Decimal | null
  readonly explanation: {
    readonly before: { readonly zh: string; readonly en: string }
    readonly after: { readonly zh: string; readonly en: string }
  }
}

/** What moved between two reports of the same table. */
export interface ScoreDiff {
  /** The indicators whose counted score changed, in table order. */
  readonly moved: readonly MovedScore[]
  /** The total (and its change). */
  readonly total: { readonly before: Decimal; readonly after: Decimal; readonly delta: Decimal }
  /** The total out of 100, when either report gives one. */
  readonly scaled: { readonly before: Decimal | null; readonly after: Decimal | null }
  /** The grade before and after (null while a report is incomplete). */
  readonly grade: { readonly before: string | null; readonly after: string | null }
  /** Audit findings only the second report has, and only the first. */
  readonly findings: { readonly added: readonly Issue[]; readonly removed: readonly Issue[] }
}

/** A finding's identity across reports: its code, where it is, and what it says. */
const findingKey = (f: Issue): string => `${f.code}|${f.row ?? ''}|${f.path.join('.')}|${f.zh}`

/** Two counted scores are the same when both are missing or both are equal. */
const same = (a: Decimal | null, b: Decimal | null): boolean => (a === null || b === null ? a === b : a.eq(b))

/**
 * The difference between two reports of the same table, indicators matched by id: which counted scores moved and by
 * how much (with both explanations), the total, the total out of 100, the grade, and the findings that came and went.
 */
export function scoreDiff(before: ScoreReport, after: ScoreReport): ScoreDiff {
  const afterById = new Map(after.indicators.map((s) => [s.id, s]))
  const moved: MovedScore[] = []
  for (const b of before.indicators) {
    const a = afterById.get(b.id)
    if (a === undefined || same(b.score, a.score)) continue
    moved.push({
      id: b.id,
      name: b.name,
      ...(b.row === undefined ? {} : { row: b.row }),
      before: b.score,
      after: a.score,
      delta: b.score === null || a.score === null ? null : a.score.minus(b.score),
      explanation: { before: { zh: b.explanation.zh, en: b.explanation.en }, after: { zh: a.explanation.zh, en: a.explanation.en } },
    })
  }
  const beforeKeys = new Set(before.findings.map(findingKey))
  const afterKeys = new Set(after.findings.map(findingKey))
  return {
    moved,
    total: { before: before.score, after: after.score, delta: after.score.minus(before.score) },
    scaled: { before: before.scaled ?? null, after: after.scaled ?? null },
    grade: { before: before.grade?.grade ?? null, after: after.grade?.grade ?? null },
    findings: {
      added: after.findings.filter((f) => !beforeKeys.has(findingKey(f))),
      removed: before.findings.filter((f) => !afterKeys.has(findingKey(f))),
    },
  }
}

/** The published table as stored. */
export function fixture(): TableFixture {
  return readTable(FILE)
}

/** The table as published, and with the one cell changed, both scored under the default policy. */
export function whatIf(change: { readonly indicator: string; readonly column: string; readonly to: string } = CHANGE): {
  before: ScoreReport
  after: ScoreReport
  diff: ScoreDiff
  from: string
} {
  const t = fixture()
  const changed = withCell(t.rows, change.indicator, change.column, change.to)
  const from = t.rows.find((r) => r['三级指标'] === change.indicator)?.[change.column] ?? ''
  const before = scoreEvaluation(evaluationFromRows(t.rows, rowsOptions(t)))
  const after = scoreEvaluation(evaluationFromRows(changed, rowsOptions(t)))
  return { before, after, diff: scoreDiff(before, after), from }
}

/** A signed decimal: "+0.5", "−0.53", "0". */
function signed(d: Decimal): string {
  return d.isZero() ? '0' : d.isNegative() ? `−${d.abs().toFixed()}` : `+${d.toFixed()}`
}

/** One row per moved indicator: sheet row, name, before, after, change. */
export function movedRows(diff: ScoreDiff = whatIf().diff): string[][] {
  return diff.moved.map((m) => [String(m.row ?? ''), m.name, m.before?.toFixed(2) ?? '—', m.after?.toFixed(2) ?? '—', m.delta === null ? '—' : signed(m.delta)])
}

/** How many indicators kept their score. */
export function unchanged(diff: ScoreDiff = whatIf().diff, before: ScoreReport = whatIf().before): number {
  return before.indicators.length - diff.moved.length
}

/** The total before and after, its change, and the grade. */
export function totalLine(diff: ScoreDiff = whatIf().diff): string {
  const { total, grade } = diff
  return `总分 total: ${total.before.toFixed(2)} → ${total.after.toFixed(2)} (${signed(total.delta)})，等级 grade: ${grade.before ?? '—'} → ${grade.after ?? '—'}`
}

/** The whole example as text. */
export function render(): string {
  const t = fixture()
  const { before, diff, from } = whatIf()
  return [
    `# 假如 What if — ${t.source.publisher ?? ''} ${t.source.year}: ${CHANGE.indicator} ${CHANGE.column} ${from} → ${CHANGE.to}`,
    `出处 source: ${t.source.title}`,
    `${t.source.url ?? ''} (test/fixtures/tables/${FILE})`,
    '',
    '## 变动的得分 Scores that moved',
    table(['行 row', '三级指标 indicator', '原得分 before', '新得分 after', '变化 change'], movedRows(diff)),
    '',
    `其余 ${unchanged(diff, before)} 项得分不变 (the other indicators did not move)`,
    '',
    '## 总分 Total',
    totalLine(diff),
    '',
    '## 说明 Why (zh / en)',
    ...diff.moved.flatMap((m) => [
      `${m.name} 原 before:`,
      `  ${m.explanation.before.zh}`,
      `  ${m.explanation.before.en}`,
      `${m.name} 新 after:`,
      `  ${m.explanation.after.zh}`,
      `  ${m.explanation.after.en}`,
    ]),
    '',
    '## 审核发现的变化 Findings that came and went (the printed 得分 column is left as published)',
    ...diff.findings.added.map((f) => `+ ${f.code}：${f.zh}`),
    ...diff.findings.removed.map((f) => `- ${f.code}：${f.zh}`),
  ].join('\n')
}

/** Print the example. */
export function main(): void {
  console.log(render())
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) main()
