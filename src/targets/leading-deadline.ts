/**
 * A date that opens a target and governs what follows: "到2025年，新生儿死亡率…分别控制在…", "2024年完成1000家以上",
 * "今年城镇新增就业1100万人以上", "力争到2015年，…". The date is a deadline of its own, the first part of an `all`.
 *
 * @module
 */
import { isAsciiDigit, isCjk } from '../numbers/characters.js'
import type { ParseContext } from './context.js'
import { BY_YEAR_PREFIXES, DEADLINE_FILLERS, RELATIVE_YEARS, YEAR_TAILS } from './lexicon/deadlines.js'
import { CLAUSE_SEPARATORS } from './lexicon/structure.js'
import type { CalendarDate, DeadlineTarget } from './types.js'
import { wordAt } from './word-at.js'



/** What after a year makes it a period, a base or the name of a thing rather than the date by which the target is due. */
const NOT_A_LEADING_DATE = /^(以来|至今|起|开始|[至到~\-—、和与及]|[一二三四1-4]?季度|第|[上下]半年|全年|为基|基期|基础|基数|水平|同期|实际|以前|之前|前建|前的|[春秋冬夏汛])/

/** @internal A leading date and where the rest of the target starts. */
export interface LeadingDate {
  readonly deadline: DeadlineTarget
  readonly rest: number
}

function due(year: number | null): CalendarDate {
  return Object.freeze({ year, month: 12, day: 31 })
}

/**
 * @internal The date that opens `[start, end)` of the text, if one does and something follows it: a year written out
 * (2025年, 到2025年, 截至2024年底) or named (今年, 明年, 年内), after words that say nothing of it (力争, 预计).
 */
export function readLeadingDate(ctx: ParseContext, start: number, end: number): LeadingDate | undefined {
  const text = ctx.text
  let i = start
  const filler = wordAt(text, i, DEADLINE_FILLERS)
  if (filler !== undefined) i += filler.length
  const prefix = wordAt(text, i, BY_YEAR_PREFIXES)
  if (prefix !== undefined) i += prefix.length
  const dateStart = i
  let year: number | null
  const relative = wordAt(text, i, RELATIVE_YEARS)
  if (relative !== undefined) {
    year = ctx.year === null ? null : relative === '明年' ? ctx.year + 1 : ctx.year
    i += relative.length
  } else {
    let j = i
    while (j < end && isAsciiDigit(text.charCodeAt(j)) && j - i < 4) j++
    if (j - i !== 4 || text[j] !== '年' || isAsciiDigit(text.charCodeAt(j + 1))) return undefined
    const written = Number(text.slice(i, j))
    if (written < 1900 || written > 2999) return undefined
    year = written
    i = j + 1
  }
  // the year's tail ("底前", "度"), but not a month: "2024年6月" is a date this reader leaves to the deadline grammar
  const tail = wordAt(text, i, YEAR_TAILS)
  if (tail !== undefined && !(tail === '度' && !isCjk(text.charCodeAt(i + 1)))) i += tail.length
  if (isAsciiDigit(text.charCodeAt(i)) && text.slice(i).match(/^\d{1,2}月/) !== null) return undefined
  // not a date but a period or a base: "2020年以来", "2022年至今", "2019年至2024年", "2024年、2025年", "2024年一季度",
  // "2024年上半年", "2023年为基期", "2000年以前建成的"
  if (NOT_A_LEADING_DATE.test(text.slice(i, i + 4))) return undefined
  const dateEnd = i
  while (i < end && (text.charCodeAt(i) === 32 || CLAUSE_SEPARATORS.includes(text[i] as string))) i++
  // something must follow, and it must not be the rest of a date or a duration ("2024年内完成" is one deadline)
  if (i >= end || dateEnd === dateStart) return undefined
  const source = ctx.source.slice(start, dateEnd).trim()
  return { deadline: Object.freeze({ kind: 'deadline' as const, due: due(year), source }), rest: i }
}
