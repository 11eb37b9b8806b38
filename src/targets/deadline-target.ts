/**
 * Where in a target a deadline stands, and the DeadlineTarget it makes: "2024年6月底前", "于10月底前报送《…》", a date
 * with a condition in words after it ("2025年底前基本实现全覆盖").
 *
 * @module
 */
import { chineseDigit, isChineseNumeralCode } from '../numbers/chinese-characters.js'
import { isLatinLetter } from '../numbers/characters.js'
import { own as ownField } from '../own.js'
import type { ParseContext } from './context.js'
import { scanDeadline, type ScannedDeadline } from './deadline.js'
import { DATE_CHARACTERS, DEADLINE_MARKS, DEADLINE_STARTS } from './lexicon/deadlines.js'
import { NEGATIONS } from './lexicon/negation.js'
import { qualitativeTarget, readQualitative } from './qualitative.js'
import type { AllTarget, CalendarDate, DeadlineTarget } from './types.js'

const STARTS: ReadonlySet<string> = /*@__PURE__*/ new Set(DEADLINE_STARTS)

let startTable: Uint8Array | undefined

/** Can a deadline start with this character: a digit, a numeral, or a word's first character (built once)? */
function isDeadlineStart(code: number): boolean {
  if (startTable === undefined) {
    const table = new Uint8Array(0xa000)
    for (const ch of STARTS) table[ch.charCodeAt(0)] = 1
    for (let c = 48; c <= 57; c++) table[c] = 1
    table['十'.charCodeAt(0)] = 1
    for (let c = 0x4e00; c <= 0x9fff; c++) if (chineseDigit(String.fromCharCode(c)) !== undefined) table[c] = 1
    startTable = table
  }
  return code < 0xa000 && startTable[code] === 1
}

let dates: Uint8Array | undefined

/** The mark of the date table for the separators of numeric dates (".", "-", "/"); every other date character is 1. */
const SEPARATOR = 2

/** 前, which a month.day needs after it to be a date ("12.31前"; the deadline grammar's DOTTED_DAY). */
const BEFORE = 0x524d

/** One byte per character code below U+A000: non-zero for a date character (built once, on first use). */
function dateTable(): Uint8Array {
  if (dates !== undefined) return dates
  const table = new Uint8Array(0xa000)
  // 2 for the separators of numeric dates (".", "-", "/"), 1 for every other date character
  for (const ch of DATE_CHARACTERS) table[ch.charCodeAt(0)] = ch.charCodeAt(0) < 128 && !isLatinLetter(ch.charCodeAt(0)) ? SEPARATOR : 1
  dates = table
  return table
}

/**
 * A cheap test before the deadline marks' expression: could the text hold a date? It needs one character a mark needs.
 * When the only such characters are the separators of numeric dates (".", "-", "/"), the only dates that can be read
 * are a numeric one with its four-digit year ("2024.06", "2024-06-30") and a month.day before 前 ("12.31前"): every other
 * date is written with 年, 月, 季, Q or a word of schedule, which are date characters. So "99.5%", "0.565km" and "80-90%"
 * are no deadline, and the deadline grammar is not run over them.
 */
function mayHoldDate(text: string, start: number, end: number): boolean {
  const table = dateTable()
  let separators = false
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i)
    const kind = code < 0xa000 ? (table[code] as number) : 0
    // a date character other than a separator: the marks decide
    if (kind === 1) return true
    if (kind === SEPARATOR) separators = true
  }
  if (!separators) return false
  let digits = 0
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i)
    if (code === BEFORE) return true
    if (code >= 48 && code <= 57) digits++
    else {
      if (digits >= 4 && code < 0xa000 && table[code] === SEPARATOR) return true
      digits = 0
    }
  }
  return false
}

/** Is `j` inside a number or a word of the text: after a digit, a point, a dash, a tilde, a numeral, 半, or a negation? */
function isInsideWord(text: string, j: number): boolean {
  const code = text.charCodeAt(j - 1)
  if ((code >= 48 && code <= 57) || code === 46 || code === 45 || code === 126 || code === 0x534a /* 半 */) return true
  if (isChineseNumeralCode(code)) return true
  return NEGATIONS.some((n) => text.endsWith(n, j))
}

/** @internal The DeadlineTarget of a scanned deadline. */
export function deadlineTarget(scanned: ScannedDeadline, source: string, subject: string | undefined): DeadlineTarget {
  const open: { -readonly [K in keyof DeadlineTarget]: DeadlineTarget[K] } =
    ownField(scanned, 'start') === undefined ? { kind: 'deadline', due: scanned.due, source } : { kind: 'deadline', due: scanned.due, start: ownField(scanned, 'start') as CalendarDate, source }
  if (subject !== undefined && subject !== '') open.subject = subject
  const note = ownField(scanned, 'note')
  if (note !== undefined) open.note = note
  return Object.freeze(open)
}

/**
 * @internal A deadline filling `[start, end)` of the text, from its start or after a subject; at most 8 places are
 * tried. `own` is the text as written.
 */
export function tryDeadline(ctx: ParseContext, start: number, end: number, own: string): DeadlineTarget | AllTarget | undefined {
  const last = ctx.lastDeadline
  if (last !== undefined && last.start === start && last.end === end && last.own === own) return last.result
  const result = scanTarget(ctx, start, end, own)
  ctx.lastDeadline = { start, end, own, result }
  return result
}

function scanTarget(ctx: ParseContext, start: number, end: number, own: string): DeadlineTarget | AllTarget | undefined {
  const bounded = end === ctx.text.length ? ctx.text : ctx.text.slice(0, end)
  if (!mayHoldDate(bounded, start, end) || !DEADLINE_MARKS.test(start === 0 ? bounded : bounded.slice(start))) return undefined
  let tries = 0
  let denied: boolean | undefined // "未能按时完成": the words deny the deadline; read once, only if asked
  for (let j = start; j < end && tries < 8; j++) {
    if (!isDeadlineStart(bounded.charCodeAt(j))) continue
    // a deadline starts at a word boundary: not inside "3年内" or "12.31", not after 未/不 ("未按期完成")
    if (j > start && isInsideWord(bounded, j)) continue
    tries++
    const scanned = scanDeadline(bounded, j, ctx.year)
    if (scanned === undefined) continue
    // "未能按时完成", "没有按期完成": not a deadline but its denial
    if (scanned.due === null) {
      if (denied === undefined) {
        const reading = readQualitative(own)
        denied = reading.negated || reading.late
      }
      if (denied) continue
    }
    const subject = ctx.source.slice(start, j).trim()
    const condition = ownField(scanned, 'condition')
    // words after the date that say no direction ("以OA邮件形式报送…") are what is due: a note, not a second target
    const second = condition === undefined ? undefined : qualitativeTarget(condition)
    if (second === undefined || (second.kind === 'qualitative' && second.direction === 'unknown')) {
      const { condition: _, conditionAt: __, ...plain } = scanned
      return deadlineTarget(condition === undefined ? plain : { ...plain, note: condition }, own, subject)
    }
    const dateText = own.slice(0, own.length - (condition as string).length).trim()
    return Object.freeze({ kind: 'all' as const, targets: Object.freeze([deadlineTarget(scanned, dateText, subject), second]), source: own })
  }
  return undefined
}
