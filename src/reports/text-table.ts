/**
 * @internal A plain-text table for terminals and logs: columns padded by display width (a CJK character takes two
 * columns), long cells wrapped inside their column, never cut.
 *
 * @module
 */
import { codePointWidth, displayWidth } from './east-asian-width.js'

/** @internal A column: its widest allowed width and its alignment. */
export interface TextColumn {
  readonly title: string
  readonly max: number
  readonly right?: boolean
  /** A column of numbers: as wide as its widest cell, never wrapped (a number cut in two reads as two numbers). */
  readonly numeric?: boolean
}

/** Punctuation that does not start a line (the common 禁则 of Chinese typesetting, and its ASCII forms). */
const NO_LINE_START = /^[，。、；：？！）》」』】〕％%,.;:?!)\]]$/u

/** Letters and digits of a word written in ASCII, which a line breaks before rather than inside. */
const ASCII_WORD = /^[A-Za-z0-9]+$/

/**
 * @internal Break a text into lines of at most `width` columns: before an ASCII word that does not fit (at its space),
 * anywhere in Chinese, never putting closing punctuation at the start of a line.
 */
export function wrap(text: string, width: number): string[] {
  if (displayWidth(text) <= width) return [text]
  const lines: string[] = []
  let line = ''
  let lastSpace = -1
  for (const ch of text) {
    const w = codePointWidth(ch.codePointAt(0) as number)
    if (displayWidth(line) + w > width && line !== '') {
      if (ch === ' ') {
        lines.push(line)
        line = ''
        lastSpace = -1
        continue
      }
      const tail = lastSpace >= 0 ? line.slice(lastSpace + 1) : ''
      if (lastSpace > 0 && ASCII_WORD.test(tail) && ASCII_WORD.test(ch)) {
        lines.push(line.slice(0, lastSpace))
        line = tail
      } else if (NO_LINE_START.test(ch) && [...line].length > 1) {
        // the last character goes down with the punctuation that must follow it
        const chars = [...line]
        const last = chars.pop() as string
        lines.push(chars.join(''))
        line = last
      } else {
        lines.push(line)
        line = ''
      }
      lastSpace = -1
    }
    if (ch === ' ') lastSpace = line.length
    line += ch
  }
  if (line !== '') lines.push(line)
  return lines
}

function pad(text: string, width: number, right: boolean): string {
  const gap = ' '.repeat(Math.max(0, width - displayWidth(text)))
  return right ? gap + text : text + gap
}

/** @internal The table as lines: the header, a rule, the rows (a row of `null` is a rule). */
export function textTable(columns: readonly TextColumn[], rows: readonly (readonly string[] | null)[]): string[] {
  const widths = columns.map((c, i) => {
    const widest = Math.max(displayWidth(c.title), ...rows.map((r) => (r === null ? 0 : Math.max(0, ...(r[i] ?? '').split('\n').map(displayWidth)))))
    return Math.max(2, c.numeric === true ? widest : Math.min(c.max, widest))
  })
  const out: string[] = []
  const rule = widths.map((w) => '─'.repeat(w)).join('──')
  const emit = (cells: readonly string[]): void => {
    const wrapped = cells.map((cell, i) => (columns[i]?.numeric === true ? [cell] : cell.split('\n').flatMap((part) => wrap(part, widths[i] as number))))
    const height = Math.max(1, ...wrapped.map((w) => w.length))
    for (let k = 0; k < height; k++) {
      out.push(wrapped.map((w, i) => pad(w[k] ?? '', widths[i] as number, columns[i]?.right ?? false)).join('  ').trimEnd())
    }
  }
  emit(columns.map((c) => c.title))
  out.push(rule)
  for (const r of rows) {
    if (r === null) out.push(rule)
    else emit(r)
  }
  return out
}
