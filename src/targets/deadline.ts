/**
 * The deadline grammar: "2024年6月底前", "12月31日前", "2024年底", "2022.03-2022.10",
 * "上半年", "第三季度", "按期完成". Years never come from the clock: a date
 * written without one takes the `year` option, or stays null.
 *
 * @module
 */
import { chineseDigit } from '../numbers/chinese-characters.js'
import { isAsciiDigit, isCjk, isLatinLetter } from '../numbers/characters.js'
import { lookup, own } from '../own.js'
import { COMPLETION_WORDS, DEADLINE_PREFIXES, DEADLINE_SUFFIXES, MONTH_MODIFIERS, ON_SCHEDULE_PHRASES, YEAR_END_WORDS } from './lexicon/deadlines.js'
import { RANGE_SEPARATORS, TITLE_BRACKETS } from './lexicon/structure.js'
import type { CalendarDate } from './types.js'
import { wordAt } from './word-at.js'

/** @internal A deadline read from text. */
export interface ScannedDeadline {
  readonly due: CalendarDate | null
  readonly start?: CalendarDate
  /** Words after the date ("到位", "完成宣传片制作"). */
  readonly note?: string
  /** A condition in words after a deadline ("基本实现全覆盖"): a second target. */
  readonly condition?: string
  /** Where the condition starts in the text. */
  readonly conditionAt?: number
}

interface DatePoint {
  readonly year: number | null
  readonly month: number | null
  readonly day: number | null
  /** 'end' (底, 末, 下旬, or a month without a day), 'start' for periods. */
  readonly end: number
  readonly period?: { readonly fromMonth: number; readonly toMonth: number }
}

/** Text after a date that is only words (titles in 《》 count as words): no digits, numerals of dates or comparison symbols. */
function wordsOnly(text: string): boolean {
  if (text === '') return false
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    // a Chinese character opens no title: only the others are looked up (no string made for each character)
    const close = isCjk(code) ? undefined : lookup(TITLE_BRACKETS, text[i] as string)
    if (close !== undefined) {
      const j = text.indexOf(close, i + 1)
      if (j > 0) {
        i = j
        continue
      }
    }
    if (!isCjk(code) && !isLatinLetter(code) && code !== 0x3001 /* 、 */ && code !== 0xff0c /* ， */ && code !== 44 && code !== 32) return false
  }
  return true
}

const NEXT_YEAR = /^(下一年度|下一年|明年|次年|翌年)/

/** @internal Days in a month; February of an unknown year has 28. */
function daysInMonth(year: number | null, month: number): number {
  if (month === 2) {
    if (year === null) return 28
    return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28
  }
  return [4, 6, 9, 11].includes(month) ? 30 : 31
}

/** @internal The latest day a date may name: 2月29日 is possible when the year is not known. */
export function latestDay(year: number | null, month: number): number {
  return year === null && month === 2 ? 29 : daysInMonth(year, month)
}

/** Read a small whole number (a year, month, day or quarter) in Arabic digits or Chinese numerals, without Decimals. */
function readInteger(text: string, pos: number): { value: number; end: number } | undefined {
  let i = pos
  let value = 0
  while (i < text.length && isAsciiDigit(text.charCodeAt(i)) && i - pos < 6) {
    value = value * 10 + (text.charCodeAt(i) - 48)
    i++
  }
  if (i > pos) {
    // "2022.5" is a decimal number, not a date part
    if (text[i] === '.' && isAsciiDigit(text.charCodeAt(i + 1)) && i - pos !== 4) return undefined
    return { value, end: i }
  }
  // Chinese: 十二, 二十八, 三十一, 二〇二四
  let digits = ''
  let tens = -1
  while (i < text.length && i - pos < 6) {
    const ch = text[i] as string
    const d = chineseDigit(ch)
    if (d !== undefined) {
      digits += String(d)
    } else if (ch === '十' && tens < 0) {
      tens = digits === '' ? 1 : Number(digits)
      digits = ''
    } else break
    i++
  }
  if (i === pos) return undefined
  if (tens >= 0) {
    if (digits.length > 1) return undefined
    return { value: tens * 10 + (digits === '' ? 0 : Number(digits)), end: i }
  }
  return { value: Number(digits), end: i }
}


const SHORT_DATE = /(\d{1,2})([.\-/])(\d{1,2})(?!\d)/y
const MONTH_RANGE = /(?:(\d{4})年)?(\d{1,2})(?:月份?)?[-~至到](\d{1,2})月份?/y
const DOTTED_DAY = /(?:(\d{4})年)?(\d{1,2})[./](\d{1,2})日?(?=前|之前|以前)/y
const NUMERIC_DATE = /(\d{4})([.\-/])(\d{1,2})(?:\2(\d{1,2}))?/y

const QUARTER_MONTHS: Readonly<Record<number, number>> = { 1: 3, 2: 6, 3: 9, 4: 12 }

/**
 * Read one date point at `pos`: "2024年6月底", "12月31日", "2024年底",
 * "2022.03", "2024-06-30", "上半年", "第三季度", "年底".
 */
function readDatePoint(text: string, pos: number, inheritedYear: number | null): { point: DatePoint; end: number } | undefined {
  let i = pos
  let year: number | null = null
  let month: number | null = null
  let day: number | null = null

  // dotted, dashed or slashed numeric dates: 2022.03, 2022.3.15, 2024-06-30, 2024/6/30
  NUMERIC_DATE.lastIndex = pos
  const numeric = NUMERIC_DATE.exec(text)
  if (numeric !== null) {
    const y = Number(numeric[1])
    const m = Number(numeric[3])
    const d = numeric[4] === undefined ? null : Number(numeric[4])
    if (y >= 1900 && y <= 2999 && m >= 1 && m <= 12 && (d === null || (d >= 1 && d <= daysInMonth(y, m))) && !isAsciiDigit(text.charCodeAt(NUMERIC_DATE.lastIndex))) {
      return { point: { year: y, month: m, day: d, end: d ?? daysInMonth(y, m) }, end: NUMERIC_DATE.lastIndex }
    }
  }
  const first = readInteger(text, i)

  // an optional year: 2024年, 二〇二四年, 2024年度
  if (first !== undefined && text[first.end] === '年' && first.value >= 1900 && first.value <= 2999) {
    year = first.value
    i = first.end + 1
    if (text[i] === '度') i++
    // "2024年 6月底前" (a line break read as a space): the month still belongs to the year
    while (text.charCodeAt(i) === 32 && i + 1 < text.length) i++
  } else if (text.startsWith('本年', i) || text.startsWith('当年', i) || text.startsWith('今年', i)) {
    i += 2
  } else if (NEXT_YEAR.test(text.slice(i, i + 4))) {
    // 明年, 次年, 下一年度: the year after the evaluation year (unknown without it)
    const word = (NEXT_YEAR.exec(text.slice(i, i + 4)) as RegExpExecArray)[0]
    i += word.length
    year = inheritedYear === null ? null : inheritedYear + 1
    if (year === null) return undefined
  }
  const y = year ?? inheritedYear

  // periods of a year
  if (text.startsWith('上半年', i) || text.startsWith('半年', i)) {
    const e = i + (text.startsWith('上半年', i) ? 3 : 2)
    return { point: { year: y, month: 6, day: 30, end: 30, period: { fromMonth: 1, toMonth: 6 } }, end: e }
  }
  if (text.startsWith('全年', i)) {
    return { point: { year: y, month: 12, day: 31, end: 31, period: { fromMonth: 1, toMonth: 12 } }, end: i + 2 }
  }
  if (text.startsWith('下半年', i)) {
    return { point: { year: y, month: 12, day: 31, end: 31, period: { fromMonth: 7, toMonth: 12 } }, end: i + 3 }
  }
  const quarterStart = text.startsWith('第', i) ? i + 1 : text[i] === 'Q' ? i + 1 : i
  const q = readInteger(text, quarterStart)
  if (q !== undefined && q.value >= 1 && q.value <= 4) {
    const after = text.startsWith('季度', q.end) ? q.end + 2 : text[pos] === 'Q' || text[i] === 'Q' ? q.end : -1
    if (after > 0) {
      const toMonth = QUARTER_MONTHS[q.value] as number
      return {
        point: { year: y, month: toMonth, day: daysInMonth(y, toMonth), end: daysInMonth(y, toMonth), period: { fromMonth: toMonth - 2, toMonth } },
        end: after,
      }
    }
  }
  // 年底, 年末, 年内 (after a year or alone)
  const yearEnd = wordAt(text, i, YEAR_END_WORDS)
  if (yearEnd !== undefined && (year !== null || yearEnd.startsWith('年'))) {
    if (year !== null || !yearEnd.startsWith('底')) {
      return { point: { year: y, month: 12, day: 31, end: 31 }, end: i + yearEnd.length }
    }
  }
  // a month: 6月, 十二月
  const m = readInteger(text, i)
  if (m !== undefined && text[m.end] === '月' && m.value >= 1 && m.value <= 12) {
    month = m.value
    i = m.end + 1
    if (text[i] === '份') i++
    const d = readInteger(text, i)
    if (d !== undefined && (text[d.end] === '日' || text[d.end] === '号') && d.value >= 1 && d.value <= latestDay(y, month)) {
      day = d.value
      i = d.end + 1
      return { point: { year: y, month, day, end: day }, end: i }
    }
    const last = daysInMonth(y, month)
    const modifier = wordAt(text, i, MONTH_MODIFIERS)
    const dayFor: Readonly<Record<string, number>> = { 底: last, 末: last, 下旬: last, 中旬: 20, 上旬: 10, 初: 10, 中: 20 }
    if (modifier !== undefined) {
      const dd = dayFor[modifier] as number
      return { point: { year: y, month, day: dd, end: dd }, end: i + modifier.length }
    }
    return { point: { year: y, month, day: null, end: last }, end: i }
  }
  if (year !== null) {
    // "2024年" alone: by the end of that year
    return { point: { year, month: 12, day: 31, end: 31 }, end: i }
  }
  return undefined
}

function toDue(p: DatePoint): CalendarDate {
  return Object.freeze({ year: p.year, month: p.month ?? 12, day: p.end })
}

function toStart(p: DatePoint): CalendarDate {
  const period = own(p, 'period')
  if (period !== undefined) return Object.freeze({ year: p.year, month: period.fromMonth, day: 1 })
  return Object.freeze({ year: p.year, month: p.month ?? 1, day: p.day ?? 1 })
}

/**
 * @internal Read a deadline filling all of `text` from `pos`; `undefined`
 * when it is not one.
 */
export function scanDeadline(text: string, pos: number, year: number | null): ScannedDeadline | undefined {
  let i = pos
  const onSchedule = wordAt(text, i, ON_SCHEDULE_PHRASES)
  if (onSchedule !== undefined && i + onSchedule.length === text.length) return { due: null }
  const prefix = wordAt(text, i, DEADLINE_PREFIXES)
  if (prefix !== undefined) i += prefix.length
  // months of one year: "1-12月", "2024年6-9月", "3月至10月"
  MONTH_RANGE.lastIndex = i
  const months = MONTH_RANGE.exec(text)
  if (months !== null) {
    const y = months[1] === undefined ? year : Number(months[1])
    const from = Number(months[2])
    const to = Number(months[3])
    if (from >= 1 && to <= 12 && from <= to) {
      return finishDeadline(text, MONTH_RANGE.lastIndex, { year: y, month: to, day: daysInMonth(y, to), end: daysInMonth(y, to) }, Object.freeze({ year: y, month: from, day: 1 }))
    }
  }
  // "12.31前": month.day before a deadline word
  DOTTED_DAY.lastIndex = i
  const dotted = DOTTED_DAY.exec(text)
  if (dotted !== null) {
    const dottedYear = dotted[1] === undefined ? year : Number(dotted[1])
    const month = Number(dotted[2])
    const day = Number(dotted[3])
    if (month >= 1 && month <= 12 && day >= 1 && day <= latestDay(dottedYear, month)) {
      return finishDeadline(text, DOTTED_DAY.lastIndex, { year: dottedYear, month, day, end: day }, undefined)
    }
  }
  const first = readDatePoint(text, i, year)
  if (first === undefined) return undefined
  i = first.end
  let start: CalendarDate | undefined
  let point = first.point
  const sep = wordAt(text, i, RANGE_SEPARATORS)
  if (sep !== undefined) {
    let after = i + sep.length
    while (text[after] === '-' || text[after] === ' ') after++
    // "2021.1.1-12.31": the end written without its year takes the start's
    SHORT_DATE.lastIndex = after
    const short = first.point.year !== null && first.point.day !== null ? SHORT_DATE.exec(text) : null
    const shortMonth = short === null ? 0 : Number(short[1])
    const shortDay = short === null ? 0 : Number(short[3])
    const second =
      short !== null && shortMonth >= 1 && shortMonth <= 12 && shortDay >= 1 && shortDay <= daysInMonth(first.point.year, shortMonth)
        ? { point: { year: first.point.year, month: shortMonth, day: shortDay, end: shortDay }, end: SHORT_DATE.lastIndex }
        : readDatePoint(text, after, first.point.year ?? year)
    if (second !== undefined) {
      start = toStart(first.point)
      point = second.point
      i = second.end
    }
  } else if (own(first.point, 'period') !== undefined) {
    start = toStart(first.point)
  }
  return finishDeadline(text, i, point, start)
}

/** The words after a date: a deadline word (前, 底前完成), a completion note, or a condition in words. */
function finishDeadline(text: string, at: number, point: DatePoint, start: CalendarDate | undefined): ScannedDeadline | undefined {
  let i = at
  const afterDate = i
  const suffix = wordAt(text, i, DEADLINE_SUFFIXES)
  if (suffix !== undefined) i += suffix.length
  // words after the date say what is due ("12月底到位", "6月份完成宣传片制作")
  let rest = text.slice(i).trim()
  let condition: string | undefined
  let conditionAt = -1
  if (rest !== '') {
    const words = text.slice(afterDate).replace(/^(之前|以前|前)/, '').trim()
    if (!wordsOnly(words)) return undefined
    if (wordAt(words, 0, COMPLETION_WORDS) === undefined) {
      // "2025年底前基本实现全覆盖": a date that is clearly a deadline, then a condition in words
      if (suffix === undefined || !/前|止|内/.test(suffix)) return undefined
      condition = rest
      conditionAt = text.length - text.slice(i).trimStart().length
      rest = ''
    } else {
      rest = words
    }
  }
  const due = toDue(point)
  const result: { due: CalendarDate; start?: CalendarDate; note?: string } = { due }
  if (start !== undefined) result.start = start
  if (rest !== '') result.note = rest
  if (condition !== undefined) return { ...result, condition, conditionAt }
  return result
}
