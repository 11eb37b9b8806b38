/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * The reports in a real browser: Debian's Chromium (`/usr/bin/chromium`, or `CHROMIUM_PATH`) with a CJK font
 * (`fonts-wqy-zenhei`), driven by puppeteer-core. `npm run test:browser` runs this file; `.ci/run` installs both.
 *
 * For each report it checks that the CJK text is drawn with a font that has its glyphs (no empty boxes), that nothing is
 * wider than an A4 page's printable width, that no script runs (a name that is a script stays text), and it saves a
 * screenshot of each page and chart in test-results/screenshots/ for a person to look at.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import puppeteer, { type Browser, type Page } from 'puppeteer-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { renderReport, type ScoreReport } from '../../src/index.js'
import { HOSTILE, hostileReport, longNamesReport, suixiReport } from '../support/reports.js'

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium'
const SHOTS = fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url))
/** A4 is 210 mm wide; the page's margins (12 mm each side) leave 186 mm: 703 CSS pixels at 96 per inch. */
const A4_PRINTABLE = Math.floor((186 / 25.4) * 96)
/** The fonts that carry CJK glyphs on the machines we render on. */
const CJK_FONT = /WenQuanYi|Zen Hei|Noto Sans CJK|Noto Serif CJK|Source Han|Droid Sans Fallback|AR PL/i

let browser: Browser
let scratch: string

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: install Debian's chromium and fonts-wqy-zenhei (.ci/run does), or set CHROMIUM_PATH`)
  mkdirSync(SHOTS, { recursive: true })
  scratch = mkdtempSync(join(tmpdir(), 'jixiao-browser-'))
  browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    userDataDir: join(scratch, 'profile'),
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  })
})

afterAll(async () => {
  await browser?.close()
  if (scratch !== undefined) rmSync(scratch, { recursive: true, force: true })
})

/** Open a rendered report as a file (as a person would open it), with JavaScript watched: any run sets a flag. */
async function open(name: string, content: string, width: number, height = 900): Promise<{ page: Page; errors: string[] }> {
  const file = join(scratch, name)
  writeFileSync(file, content)
  const page = await browser.newPage()
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(String(e)))
  page.on('dialog', (d) => {
    errors.push(`dialog: ${d.message()}`)
    void d.dismiss()
  })
  await page.setViewport({ width, height: Math.min(900, height), deviceScaleFactor: 1 })
  await page.goto(`file://${file}`, { waitUntil: 'load' })
  await page.evaluate(() => document.fonts.ready)
  return { page, errors }
}

/** The platform fonts Chromium used to draw the text of the elements a selector finds, with their glyph counts. */
async function fontsUsed(page: Page, selector: string): Promise<{ family: string; glyphs: number }[]> {
  const cdp = await page.createCDPSession()
  await cdp.send('DOM.enable')
  await cdp.send('CSS.enable')
  const { root } = await cdp.send('DOM.getDocument', { depth: -1 })
  const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector })
  const used = new Map<string, number>()
  for (const nodeId of nodeIds) {
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId })
    for (const f of fonts) used.set(f.familyName, (used.get(f.familyName) ?? 0) + f.glyphCount)
  }
  await cdp.detach()
  return [...used].map(([family, glyphs]) => ({ family, glyphs }))
}

/** The widest right edge of any element, and the document's scroll width. */
async function widest(page: Page): Promise<{ right: number; scroll: number; culprit: string }> {
  return page.evaluate(() => {
    let right = 0
    let culprit = ''
    for (const el of Array.from(document.querySelectorAll('body *'))) {
      const r = el.getBoundingClientRect()
      if (r.width > 0 && r.right > right) {
        right = r.right
        culprit = `${el.tagName} ${(el.textContent ?? '').slice(0, 40)}`
      }
    }
    return { right, scroll: document.documentElement.scrollWidth, culprit }
  })
}

const REPORTS: readonly (readonly [string, () => ScoreReport])[] = [
  ['suixi-2019', suixiReport],
  ['long-names', longNamesReport],
  ['hostile', hostileReport],
]

describe.each(REPORTS)('the HTML report %s in Chromium', (name, make) => {
  const report = make()

  it('draws its Chinese text with a CJK font, every glyph found', async () => {
    const { page } = await open(`${name}.html`, renderReport(report, { format: 'html' }), 900)
    const fonts = await fontsUsed(page, 'h1, th, td, li')
    expect(fonts.some((f) => CJK_FONT.test(f.family) && f.glyphs > 0), JSON.stringify(fonts)).toBe(true)
    // no drawn character fell back to the last-resort font (its glyphs are the empty boxes)
    expect(fonts.filter((f) => /LastResort/i.test(f.family))).toEqual([])
    await page.close()
  })

  it('fits the printable width of an A4 page, on screen and in print', async () => {
    const { page } = await open(`${name}.html`, renderReport(report, { format: 'html' }), A4_PRINTABLE)
    const screen = await widest(page)
    expect(screen.scroll, screen.culprit).toBeLessThanOrEqual(A4_PRINTABLE)
    expect(screen.right, screen.culprit).toBeLessThanOrEqual(A4_PRINTABLE + 0.5)
    await page.emulateMediaType('print')
    const print = await widest(page)
    expect(print.scroll, print.culprit).toBeLessThanOrEqual(A4_PRINTABLE)
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true })
    expect(Buffer.from(pdf.subarray(0, 5)).toString('latin1')).toBe('%PDF-')
    await page.emulateMediaType('screen')
    await page.setViewport({ width: 900, height: 900, deviceScaleFactor: 1 })
    await page.screenshot({ path: join(SHOTS, `${name}.html.png`), fullPage: true })
    await page.close()
  })

  it('runs no script: a name that is a script is shown as text', async () => {
    const { page, errors } = await open(`${name}.html`, renderReport(report, { format: 'html' }), 900)
    const state = await page.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: number }).__pwned,
      scripts: document.querySelectorAll('script').length,
      text: document.body.innerText,
    }))
    expect(state.pwned).toBeUndefined()
    expect(state.scripts).toBe(0)
    expect(errors).toEqual([])
    if (name === 'hostile') {
      expect(state.text).toContain(HOSTILE.name)
      expect(state.text).toContain(HOSTILE.group)
    }
    await page.close()
  })
})

describe.each(REPORTS)('the SVG chart %s in Chromium', (name, make) => {
  const report = make()

  it('draws its labels with a CJK font inside its own width, and runs no script', async () => {
    const svg = renderReport(report, { format: 'svg' })
    const width = Number(/width="(\d+)"/.exec(svg)?.[1])
    const { page, errors } = await open(`${name}.svg`, svg, width, Number(/height="(\d+)"/.exec(svg)?.[1]))
    const fonts = await fontsUsed(page, 'text')
    expect(fonts.some((f) => CJK_FONT.test(f.family) && f.glyphs > 0), JSON.stringify(fonts)).toBe(true)
    const right = await page.evaluate(() => Math.max(...Array.from(document.querySelectorAll('text, rect')).map((e) => (e as SVGGraphicsElement).getBoundingClientRect().right)))
    expect(right).toBeLessThanOrEqual(width)
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined()
    expect(errors).toEqual([])
    await page.screenshot({ path: join(SHOTS, `${name}.svg.png`), fullPage: true })
    await page.close()
  })
})
