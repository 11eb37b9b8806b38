/**
 * @internal A report as one self-contained HTML document: inline CSS, the SVG chart inline, no script, a Content Security
 * Policy that allows none, printable on A4; every text escaped.
 *
 * @module
 */
import { escapeXml as x } from './escape.js'
import { FONTS, renderSvg } from './render-svg.js'
import { shareColour, type ReportView, type RowView } from './view.js'

/** The page's style (a function: a template with a value in it is not dropped from bundles that do not render). */
function css(): string {
  return `
@page { size: A4; margin: 14mm 12mm; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; color: #1a1a1a; background: #fff; font: 13px/1.55 ${FONTS}; overflow-wrap: anywhere; }
main { max-width: 186mm; margin: 0 auto; padding: 8mm 0 12mm; }
h1 { font-size: 20px; margin: 0 0 4px; }
h2 { font-size: 15px; margin: 22px 0 8px; padding-bottom: 3px; border-bottom: 2px solid #1565c0; }
.policy { color: #555; margin: 0; }
.summary { display: flex; flex-wrap: wrap; gap: 10px 24px; align-items: center; margin: 14px 0 6px; padding: 10px 14px; background: #f3f6fb; border-left: 4px solid #1565c0; }
.summary p { flex: 1 1 60%; margin: 0; font-weight: 600; }
.summary dl { display: flex; gap: 18px; margin: 0; }
.summary dt { color: #555; font-size: 12px; }
.summary dd { margin: 0; font-size: 20px; font-weight: 700; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; }
table.scores { table-layout: auto; }
th, td { border: 1px solid #b9c2cf; padding: 4px 5px; vertical-align: top; overflow-wrap: anywhere; word-break: break-word; }
th { background: #e8edf5; font-weight: 600; text-align: center; }
td.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.group { background: #f7f9fc; font-weight: 600; }
tr.unmet td.score { color: #b71c1c; font-weight: 600; }
td.undecided { background: #fff4e0; color: #8a4b00; }
tfoot td { font-weight: 700; background: #f3f6fb; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
.groups td.bar { padding: 6px 5px; }
.groups .track { height: 10px; background: #e6e6e6; border-radius: 2px; overflow: hidden; }
.groups .fill { height: 10px; }
.groups tr.l1 td { font-weight: 700; }
.groups tr.l2 td:first-child { padding-left: 18px; }
figure { margin: 16px 0 0; }
figure svg { width: 100%; height: auto; display: block; }
ol, ul { margin: 0; padding-left: 22px; }
li { margin: 2px 0; }
.note { color: #555; }
.mark { color: #8a4b00; font-weight: 700; margin-left: 1px; }
p.note { margin: 4px 0 0; font-size: 12px; }
`
}

function scoreRow(v: ReportView, r: RowView): string {
  const cells: string[] = []
  if (r.first1) cells.push(`<td class="group" rowspan="${r.span1}">${x(r.level1.name)}</td>`)
  if (r.first2) cells.push(`<td class="group" rowspan="${r.span2}">${x(r.level2.name)}</td>`)
  const status = r.score.status === 'undecided' ? ' undecided' : ''
  cells.push(
    `<td>${x(r.score.name)}</td>`,
    `<td>${x(r.target)}</td>`,
    `<td>${x(r.actual)}</td>`,
    `<td class="n">${x(r.weight)}</td>`,
    `<td class="n score${status}" title="${x(r.explanation)}">${x(r.points)}${r.score.status === 'adjusted' ? `<span class="mark" title="${x(v.t.adjusted)}">*</span>` : ''}</td>`,
    `<td>${x(r.deviation)}</td>`,
  )
  return `<tr${r.score.met === false ? ' class="unmet"' : ''}>${cells.join('')}</tr>`
}

/** @internal Render the view as HTML. */
export function renderHtml(v: ReportView): string {
  const c = v.t.columns
  const facts = [
    `<div><dt>${x(c.score)}</dt><dd>${x(v.total.points)}</dd></div>`,
    `<div><dt>${x(c.weight)}</dt><dd>${x(v.total.weight)}</dd></div>`,
    ...(v.total.scaled === undefined ? [] : [`<div><dt>${x(v.t.scaled)}</dt><dd>${x(v.total.scaled)}</dd></div>`]),
    ...(v.total.grade === undefined ? [] : [`<div><dt>${x(v.t.grade)}</dt><dd>${x(v.total.grade)}</dd></div>`]),
  ]
  const groups = v.groups.map(
    (g) =>
      `<tr class="l${g.group.level}"><td>${x(g.group.name)}${g.group.complete ? '' : ` <span class="note">${x(v.t.incomplete)}</span>`}</td><td class="n">${x(g.weight)}</td><td class="n">${x(g.points)}</td><td class="n">${x(g.rate)}</td><td class="bar"><div class="track"><div class="fill" style="width:${(g.share * 100).toFixed(1)}%;background:${shareColour(g.share)}"></div></div></td></tr>`,
  )
  const list = (items: readonly string[], ordered = false): string =>
    items.length === 0 ? `<p class="note">${x(v.t.none)}</p>` : `<${ordered ? 'ol' : 'ul'}>${items.map((i) => `<li>${i}</li>`).join('')}</${ordered ? 'ol' : 'ul'}>`
  const svg = renderSvg(v, false)
  return `<!DOCTYPE html>
<html lang="${x(v.t.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${x(v.title)}</title>
<style>${css()}</style>
</head>
<body>
<main>
<header>
<h1>${x(v.title)}</h1>
<p class="policy">${x(v.policy)}</p>
</header>
<section class="summary"><p>${x(v.sentence)}</p><dl>${facts.join('')}</dl></section>
<section>
<h2>${x(v.t.table)}</h2>
<table class="scores">
<colgroup><col style="width:9%"><col style="width:13%"><col style="width:21%"><col style="width:11%"><col style="width:11%"><col style="width:6%"><col style="width:7%"><col style="width:22%"></colgroup>
<thead><tr><th>${x(c.level1)}</th><th>${x(c.level2)}</th><th>${x(c.level3)}</th><th>${x(c.target)}</th><th>${x(c.actual)}</th><th>${x(c.weight)}</th><th>${x(c.score)}</th><th>${x(c.deviation)}</th></tr></thead>
<tbody>
${v.rows.map((r) => scoreRow(v, r)).join('\n')}
</tbody>
<tfoot><tr><td colspan="5">${x(v.t.total)}</td><td class="n">${x(v.total.weight)}</td><td class="n">${x(v.total.points)}</td><td></td></tr></tfoot>
</table>
${v.adjusted ? `<p class="note">${x(v.t.adjustedNote)}</p>` : ''}
</section>
<section>
<h2>${x(v.t.groups)}</h2>
<table class="groups">
<colgroup><col style="width:46%"><col style="width:10%"><col style="width:10%"><col style="width:10%"><col style="width:24%"></colgroup>
<thead><tr><th>${x(c.level1)} / ${x(c.level2)}</th><th>${x(c.weight)}</th><th>${x(c.score)}</th><th>${x(v.t.rate)}</th><th></th></tr></thead>
<tbody>
${groups.join('\n')}
</tbody>
</table>
<figure>
${svg}</figure>
</section>
<section>
<h2>${x(v.t.lost)}</h2>
${list(v.lost.map((l) => `${x(l.name)}：−${x(l.lost)} / ${x(l.weight)}`), true)}
</section>
<section>
<h2>${x(c.explanation)}</h2>
${list(v.explanations.map((e) => `<strong>${x(e.name)}</strong>（${x(e.points)}）：${x(e.text)}`))}
</section>
<section>
<h2>${x(v.t.findings)}</h2>
${list(v.findings.map(x))}
</section>
${v.warnings.length === 0 ? '' : `<section>\n<h2>${x(v.t.warnings)}</h2>\n${list(v.warnings.map(x))}\n</section>\n`}</main>
</body>
</html>
`
}
