import { makeIssue, TargetParseError } from '../errors.js'
import { formatDecimal } from '../numbers/format-number.js'
import { own } from '../own.js'
import { formatQuantity } from '../quantities/format-quantity.js'
import type { Quantity } from '../quantities/quantity.js'
import type { CalendarDate, Comparator, Target } from './types.js'

/**
 * Options of {@link formatTarget}.
 *
 * @example
 * ```ts
 * const options: FormatTargetOptions = { style: 'chinese' }
 * ```
 */
export interface FormatTargetOptions {
  /** `symbol` ("≥90%", "≤2‰", default) or `chinese` ("不低于90%", "不超过千分之二"). */
  readonly style?: 'symbol' | 'chinese'
}

const SYMBOLS: Readonly<Record<Comparator, string>> = { '>=': '≥', '>': '>', '<=': '≤', '<': '<', '=': '=' }
const WORDS: Readonly<Record<Comparator, string>> = { '>=': '不低于', '>': '超过', '<=': '不超过', '<': '低于', '=': '等于' }

function quantityText(q: Quantity, chinese: boolean): string {
  // shares written in words where tables write them so: 千分之二, 万分之五
  if (chinese && (q.unit === '‰' || q.unit === '‱') && q.amount.gte(0)) return formatQuantity(q, { style: 'chinese' })
  return formatQuantity(q)
}

function dateText(d: CalendarDate, chinese: boolean): string {
  if (chinese) return `${d.year === null ? '' : `${d.year}年`}${d.month}月${d.day}日`
  const mm = String(d.month).padStart(2, '0')
  const dd = String(d.day).padStart(2, '0')
  return d.year === null ? `${d.month}月${d.day}日` : `${d.year}-${mm}-${dd}`
}

/**
 * Write a target back as text. `parseTarget(formatTarget(t))` reads the same
 * target again (its `source` aside), for every kind.
 *
 * @param target - a target, as `parseTarget` returns it.
 * @param options - `symbol` or `chinese` wording.
 * @returns the text.
 * @example
 * ```ts
 * formatTarget(parseTarget('90%以上'))
 * //=> '≥90%'
 * formatTarget(parseTarget('≤2‰'), { style: 'chinese' })
 * //=> '不超过千分之二'
 * formatTarget(parseTarget('1：15'))
 * //=> '1:15'
 * ```
 */
export function formatTarget(target: Target, options: FormatTargetOptions = {}): string {
  if (typeof target !== 'object' || target === null) throw notATarget()
  const chinese = own(options, 'style') === 'chinese'
  const subject = own(target as { subject?: string }, 'subject') ?? ''
  const note = own(target as { note?: string }, 'note') ?? ''
  const op = (c: Comparator | null): string => (c === null ? '' : chinese ? WORDS[c] : SYMBOLS[c])
  switch (target.kind) {
    case 'compare': {
      const approx = target.approximate ? '约' : ''
      // "达到全省平均的80%": a share of a benchmark is written with a comparison word, the benchmark and 的
      const reference = own(target, 'reference')
      if (reference !== undefined && target.op !== null) return `${subject}${WORDS[target.op]}${reference}的${approx}${quantityText(target.value, chinese)}${note}`
      // "5万以上人次": words after the number would join its unit ("≥5万人次" reads 万人次), so ≥ and ≤ are written after it
      if (note !== '' && (target.op === '>=' || target.op === '<=')) {
        return `${subject}${approx}${quantityText(target.value, chinese)}${target.op === '>=' ? '以上' : '以下'}${note}`
      }
      return `${subject}${op(target.op)}${approx}${quantityText(target.value, chinese)}${note}`
    }
    case 'range': {
      const min = quantityText(target.min, chinese)
      const max = quantityText(target.max, chinese)
      const minMark = target.minInclusive ? '' : '(不含)'
      const maxMark = target.maxInclusive ? '' : '(不含)'
      // "-10%~-5%": a minus sign after "-" would read as a second separator
      const separator = chinese ? '至' : target.max.amount.isNegative() ? '~' : '-'
      return `${subject}${min}${minMark}${separator}${max}${maxMark}${note}`
    }
    case 'ratio':
      return `${subject}${op(target.op)}${target.approximate ? '约' : ''}${formatDecimal(target.antecedent)}${chinese ? '比' : ':'}${formatDecimal(target.consequent)}${note}`
    case 'deadline': {
      if (target.due === null) return `${subject}按期完成`
      const due = dateText(target.due, chinese)
      const start = own(target, 'start')
      if (start !== undefined) return `${subject}${dateText(start, chinese)}至${due}${note}`
      return `${subject}${due}前${note}`
    }
    case 'qualitative':
      return target.text
    case 'any':
      return target.targets.map((t) => formatTarget(t, options)).join('或')
    case 'all':
      return target.targets.map((t) => formatTarget(t, options)).join('且')
    default:
      // a kind no target has: refused with a code, never written as "undefined"
      throw notATarget()
  }
}

function notATarget(): TargetParseError {
  return new TargetParseError([makeIssue('TARGET_INVALID', { reason: 'not-a-target', field: 'target' }, { path: ['target'] })])
}
