/**
 * @internal A report as Markdown (GitHub-flavoured tables), every text escaped.
 *
 * @module
 */
import { escapeMarkdown as m } from './escape.js'
import type { ReportView } from './view.js'

function row(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`
}

/** @internal Render the view as Markdown. */
export function renderMarkdown(v: ReportView): string {
  const c = v.t.columns
  const out: string[] = [`# ${m(v.title)}`, '', m(v.policy), '', `**${m(v.sentence)}**`, '', `## ${v.t.table}`, '']
  out.push(row([c.level1, c.level2, c.level3, c.target, c.actual, c.weight, c.score, c.deviation]))
  out.push(row(['---', '---', '---', '---', '---', '---:', '---:', '---']))
  for (const r of v.rows) {
    out.push(row([r.first1 ? m(r.level1.name) : '', r.first2 ? m(r.level2.name) : '', m(r.score.name), m(r.target), m(r.actual), r.weight, r.score.status === 'adjusted' ? `${m(r.points)}\\*` : m(r.points), m(r.deviation)]))
  }
  out.push(row([`**${v.t.total}**`, '', '', '', '', `**${v.total.weight}**`, `**${v.total.points}**`, '']))
  if (v.adjusted) out.push('', m(v.t.adjustedNote))
  const tail: string[] = []
  if (v.total.scaled !== undefined) tail.push(`${v.t.scaled}: **${v.total.scaled}**`)
  if (v.total.grade !== undefined) tail.push(`${v.t.grade}: **${m(v.total.grade)}**`)
  if (tail.length > 0) out.push('', tail.join(' · '))
  out.push('', `## ${v.t.groups}`, '', row([`${c.level1} / ${c.level2}`, c.weight, c.score, v.t.rate]), row(['---', '---:', '---:', '---:']))
  for (const g of v.groups) out.push(row([g.group.level === 1 ? `**${m(g.group.name)}**` : `　${m(g.group.name)}`, g.weight, g.points, g.rate]))
  out.push('', `## ${v.t.lost}`, '')
  if (v.lost.length === 0) out.push(v.t.none)
  v.lost.forEach((l, i) => out.push(`${i + 1}. ${m(l.name)}: −${l.lost} / ${l.weight}`))
  out.push('', `## ${c.explanation}`, '')
  for (const e of v.explanations) out.push(`- **${m(e.name)}**（${m(e.points)}）: ${m(e.text)}`)
  out.push('', `## ${v.t.findings}`, '')
  if (v.findings.length === 0) out.push(v.t.none)
  for (const f of v.findings) out.push(`- ${m(f)}`)
  if (v.warnings.length > 0) {
    out.push('', `## ${v.t.warnings}`, '')
    for (const w of v.warnings) out.push(`- ${m(w)}`)
  }
  return `${out.join('\n')}\n`
}
