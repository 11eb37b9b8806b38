/**
 * @internal A report as one SVG picture: each level-1 and level-2 group's score against its weight, and the points lost,
 * most first. Names too long for the picture are shortened with "…" and kept whole in a `<title>` (shown on hover and read
 * by screen readers); every text is escaped.
 *
 * @module
 */
import { codePointWidth, displayWidth } from './east-asian-width.js'
import { escapeXml as x } from './escape.js'
import { wrap } from './text-table.js'
import { shareColour, type ReportView } from './view.js'

/** @internal The fonts, CJK first: the picture must show Chinese on any system. */
export const FONTS = "'Noto Sans CJK SC','Noto Sans SC','Source Han Sans SC','WenQuanYi Zen Hei','PingFang SC','Microsoft YaHei','Hiragino Sans GB',sans-serif"

const WIDTH = 760
const PAD = 24
const BAR_X = 316 // the labels' 280 columns after the padding, and a gap of 12
const BAR = 300
const VALUE_X = 736 // WIDTH - PAD
const MAX_LOST = 10

/** @internal A text cut to `columns` display columns, with "…" when cut. */
function fit(text: string, columns: number): string {
  if (displayWidth(text) <= columns) return text
  let out = ''
  let used = 0
  for (const ch of text) {
    const w = codePointWidth(ch.codePointAt(0) as number)
    if (used + w > columns - 1) break
    out += ch
    used += w
  }
  return `${out}…`
}

/** @internal A label: shortened to fit, the whole text in its title when shortened. */
function label(text: string, px: number, y: number, size: number, columns: number, weight = 'normal', indent = 0): string {
  const shown = fit(text, columns)
  const title = shown === text ? '' : `<title>${x(text)}</title>`
  return `<text x="${px + indent}" y="${y}" font-size="${size}" font-weight="${weight}">${title}${x(shown)}</text>`
}

/** @internal Render the view as SVG; without its heading (title and sentence) inside a page that shows them. */
export function renderSvg(v: ReportView, heading = true): string {
  const parts: string[] = []
  let y = PAD - 6
  if (heading) {
    y = PAD + 20
    parts.push(label(v.title, PAD, y, 18, 80, 'bold'))
    for (const line of wrap(v.sentence, 108)) {
      y += 20
      parts.push(`<text x="${PAD}" y="${y}" font-size="13" fill="#333">${x(line)}</text>`)
    }
    y += 14
  }
  y += 20
  parts.push(`<text x="${PAD}" y="${y}" font-size="15" font-weight="bold">${x(v.t.chartScores)}</text>`)
  y += 8
  for (const g of v.groups) {
    const top = g.group.level === 1
    const h = top ? 14 : 10
    y += top ? 28 : 22
    const name = g.group.name + (g.group.complete ? '' : v.t.incomplete)
    parts.push(label(name, PAD, y, top ? 13 : 12, top ? 42 : 40, top ? 'bold' : 'normal', top ? 0 : 14))
    const fill = g.share * BAR
    parts.push(`<rect x="${BAR_X}" y="${y - h + 2}" width="${BAR}" height="${h}" rx="2" fill="#e6e6e6"/>`)
    if (fill > 0) parts.push(`<rect x="${BAR_X}" y="${y - h + 2}" width="${fill.toFixed(1)}" height="${h}" rx="2" fill="${shareColour(g.share)}"/>`)
    parts.push(`<text x="${VALUE_X}" y="${y}" font-size="${top ? 13 : 12}" text-anchor="end"${top ? ' font-weight="bold"' : ''}>${x(`${g.points} / ${g.weight}`)}</text>`)
  }
  y += 40
  parts.push(`<text x="${PAD}" y="${y}" font-size="15" font-weight="bold">${x(v.t.chartLost)}</text>`)
  y += 8
  if (v.lost.length === 0) {
    y += 24
    parts.push(`<text x="${PAD}" y="${y}" font-size="13" fill="#555">${x(v.t.none)}</text>`)
  }
  for (const l of v.lost.slice(0, MAX_LOST)) {
    y += 24
    parts.push(label(l.name, PAD, y, 12, 42))
    // the bar is the share of the indicator's weight that was lost, on a track of the whole weight
    const length = l.share > 0 ? Math.max(1, Math.min(1, l.share) * BAR) : 0
    parts.push(`<rect x="${BAR_X}" y="${y - 10}" width="${BAR}" height="12" rx="2" fill="#f3d6d6"/>`)
    parts.push(`<rect x="${BAR_X}" y="${y - 10}" width="${length.toFixed(1)}" height="12" rx="2" fill="#c62828"/>`)
    parts.push(`<text x="${VALUE_X}" y="${y}" font-size="12" text-anchor="end">${x(`−${l.lost} / ${l.weight}`)}</text>`)
  }
  if (v.lost.length > MAX_LOST) {
    y += 24
    parts.push(`<text x="${PAD}" y="${y}" font-size="12" fill="#555">${x(v.t.more(v.lost.length - MAX_LOST))}</text>`)
  }
  const height = y + PAD
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-labelledby="jx-title jx-desc" font-family="${FONTS}" lang="${x(v.t.lang)}">`,
    `<title id="jx-title">${x(v.title)}</title>`,
    `<desc id="jx-desc">${x(v.sentence)}</desc>`,
    `<rect width="${WIDTH}" height="${height}" fill="#ffffff"/>`,
    ...parts,
    '</svg>',
    '',
  ].join('\n')
}
