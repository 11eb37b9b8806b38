/**
 * The pages under docs/ are tested like the TSDoc examples (test/doc-examples.test.ts):
 *
 * - every ```ts block of the pages in {@link PAGES} runs, with the names of `'jixiao'` bound to ../src/index.ts, and each
 *   line followed by a `//=> value` line must evaluate to that value (the same transform as the TSDoc examples: imports
 *   and trailing comments dropped, statements run but not checked). A block opened with ```ts no-run (one that needs
 *   files or a spreadsheet library) is type-only prose and is skipped; the test counts those, so that they stay few.
 * - every relative link in docs/*.md and README.md points at a file that exists, and its anchor, if any, at a heading
 *   (GitHub's slug rules) or an explicit `<a id>` of that file.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join, normalize } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { runExample, withChecks } from './support/examples.js'

const ROOT = fileURLToPath(new URL('../', import.meta.url))

/** The pages whose ```ts blocks run. */
const PAGES = ['docs/getting-started.md', 'docs/recipes.md', 'docs/target-syntax.md'] as const

/** Pages the docs index links to that another engineer writes: they must exist once written, and are linked already. */
const EXPECTED_PAGES = ['docs/reports.md'] as const

interface Block {
  readonly page: string
  readonly line: number
  readonly code: string
  readonly checks: number
}

/** The ```ts blocks of a page (```ts no-run blocks counted apart). */
function blocks(page: string): { run: Block[]; skipped: number } {
  const text = readFileSync(join(ROOT, page), 'utf8')
  const run: Block[] = []
  let skipped = 0
  for (const m of text.matchAll(/^```ts([^\n]*)\n([\s\S]*?)^```$/gm)) {
    if (/\bno-run\b/.test(m[1] ?? '')) {
      skipped++
      continue
    }
    const line = text.slice(0, m.index).split('\n').length
    run.push({ page, line, ...withChecks(m[2] ?? '') })
  }
  return { run, skipped }
}

const read = PAGES.filter((p) => existsSync(join(ROOT, p))).map((p) => ({ page: p, ...blocks(p) }))
const all = read.flatMap((r) => r.run)

describe('code in the docs', () => {
  it('runs the blocks of getting-started.md and recipes.md, with checks', () => {
    for (const page of ['docs/getting-started.md', 'docs/recipes.md']) {
      const r = read.find((x) => x.page === page)
      expect(r, page).toBeDefined()
      expect(r?.run.length, page).toBeGreaterThan(3)
      expect(r?.run.reduce((n, b) => n + b.checks, 0), page).toBeGreaterThan(10)
    }
  })

  it('skips only a few blocks (```ts no-run)', () => {
    expect(read.reduce((n, r) => n + r.skipped, 0)).toBeLessThanOrEqual(4)
  })

  it.each(all.map((b) => [`${b.page}:${b.line}`, b] as const))('%s', (_name, block) => {
    runExample(block.code)
  })
})

// ---------------------------------------------------------------------------------------------------------------------
// Links

/** GitHub's heading slug: lower case, punctuation dropped (letters, digits, CJK, spaces, - and _ kept), spaces to -. */
function slug(heading: string): string {
  const text = heading
    .replace(/<[^>]+>/g, '')
    .replace(/`/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .trim()
    .toLowerCase()
  return text.replace(/[^\p{L}\p{N}\p{M}\s_-]/gu, '').replace(/\s/g, '-')
}

/** Every anchor a page offers: its headings' slugs (repeats numbered -1, -2 …) and its explicit ids. */
function anchors(file: string): Set<string> {
  const text = readFileSync(file, 'utf8').replace(/^```[\s\S]*?^```$/gm, '')
  const found = new Set<string>()
  const seen = new Map<string, number>()
  for (const m of text.matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    const s = slug(m[1] ?? '')
    const n = seen.get(s) ?? 0
    seen.set(s, n + 1)
    found.add(n === 0 ? s : `${s}-${n}`)
  }
  for (const m of text.matchAll(/<a\s+(?:id|name)="([^"]+)"/g)) found.add(m[1] ?? '')
  return found
}

const MARKDOWN = [
  'README.md',
  ...readdirSync(join(ROOT, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
].sort()

interface Link {
  readonly from: string
  readonly target: string
}

/** The relative links of a page (not http:, mailto: …), outside code. */
function links(page: string): Link[] {
  const text = readFileSync(join(ROOT, page), 'utf8')
    .replace(/^```[\s\S]*?^```$/gm, '')
    .replace(/`[^`\n]*`/g, '')
  const out: Link[] = []
  for (const m of text.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) {
    const target = m[1] ?? ''
    if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue
    out.push({ from: page, target })
  }
  return out
}

const allLinks = MARKDOWN.flatMap(links)

describe('links in the docs', () => {
  it('are found', () => {
    expect(MARKDOWN).toContain('docs/README.md')
    expect(allLinks.length).toBeGreaterThan(30)
  })

  it.each(EXPECTED_PAGES)('%s exists (the docs index links to it)', (page) => {
    expect(existsSync(join(ROOT, page)), `${page} is linked from docs/README.md`).toBe(true)
  })

  it.each(allLinks.map((l) => [`${l.from} → ${l.target}`, l] as const))('%s', (_name, link) => {
    const [path = '', anchor] = link.target.split('#')
    const file = path === '' ? join(ROOT, link.from) : normalize(join(ROOT, dirname(link.from), decodeURI(path)))
    // a link to a page the docs index expects (docs/reports.md) is checked by the test above, once
    const expected = (EXPECTED_PAGES as readonly string[]).some((p) => normalize(join(ROOT, p)) === file)
    if (expected && !existsSync(file)) return
    expect(existsSync(file), `${link.from}: ${link.target} points at a missing file`).toBe(true)
    if (anchor !== undefined && anchor !== '' && file.endsWith('.md')) {
      expect([...anchors(file)], `${link.from}: #${anchor} is no heading or id of ${path || link.from}`).toContain(decodeURIComponent(anchor))
    }
  })
})
