/**
 * @internal A report as plain text, aligned for terminals and logs.
 *
 * @module
 */
import { plainText } from './escape.js'
import { textTable, wrap } from './text-table.js'
import type { ReportView } from './view.js'

/** @internal Render the view as text. */
export function renderText(v: ReportView): string {
  const c = v.t.columns
  const p = plainText
  const out: string[] = [p(v.title), p(v.policy), '', p(v.sentence), '', `【${v.t.table}】`]
  const rows: (string[] | null)[] = []
  for (const r of v.rows) {
    if (r.first1 && rows.length > 0) rows.push(null)
    rows.push([r.first1 ? p(r.level1.name) : '', r.first2 ? p(r.level2.name) : '', p(r.score.name), p(r.target), p(r.actual), r.weight, r.score.status === 'adjusted' ? `${r.points}*` : r.points, p(r.deviation)])
  }
  rows.push(null)
  rows.push([v.t.total, '', '', '', '', v.total.weight, v.total.points, ''])
  out.push(
    ...textTable(
      [
        { title: c.level1, max: 14 },
        { title: c.level2, max: 18 },
        { title: c.level3, max: 24 },
        { title: c.target, max: 14 },
        { title: c.actual, max: 14 },
        { title: c.weight, max: 6, right: true, numeric: true },
        { title: c.score, max: 8, right: true, numeric: true },
        { title: c.deviation, max: 20 },
      ],
      rows,
    ),
  )
  if (v.adjusted) out.push(v.t.adjustedNote)
  if (v.total.scaled !== undefined) out.push(`${v.t.scaled}: ${v.total.scaled}`)
  if (v.total.grade !== undefined) out.push(`${v.t.grade}: ${p(v.total.grade)}`)
  out.push('', `【${v.t.groups}】`)
  out.push(
    ...textTable(
      [
        { title: `${c.level1} / ${c.level2}`, max: 36 },
        { title: c.weight, max: 6, right: true, numeric: true },
        { title: c.score, max: 8, right: true, numeric: true },
        { title: v.t.rate, max: 7, right: true, numeric: true },
      ],
      v.groups.map((g) => [g.group.level === 1 ? p(g.group.name) : wrap(p(g.group.name), 34).map((l) => `  ${l}`).join('\n'), g.weight, g.points, g.rate]),
    ),
  )
  out.push('', `【${v.t.lost}】`)
  if (v.lost.length === 0) out.push(v.t.none)
  v.lost.forEach((l, i) => out.push(`${i + 1}. ${p(l.name)}  −${l.lost} / ${l.weight}`))
  out.push('', `【${c.explanation}】`)
  for (const e of v.explanations) out.push(`- ${p(e.name)}: ${p(e.text)}`)
  out.push('', `【${v.t.findings}】`)
  if (v.findings.length === 0) out.push(v.t.none)
  for (const f of v.findings) out.push(`- ${p(f)}`)
  if (v.warnings.length > 0) {
    out.push('', `【${v.t.warnings}】`)
    for (const w of v.warnings) out.push(`- ${p(w)}`)
  }
  return `${out.join('\n')}\n`
}
