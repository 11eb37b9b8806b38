import { makeIssue, QuantityError, type Span, withoutStack } from '../errors.js'
import { scanDetails } from '../numbers/scan-number.js'
import { toSafe, type SafeResult } from '../result.js'
import { cleanText, sourceSpan } from '../numbers/clean.js'
import { trimBounds } from '../numbers/parse-number.js'
import type { Quantity } from './quantity.js'
import { scanOptions, scanQuantity } from './scan-quantity.js'

const OPEN = /*@__PURE__*/ scanOptions({ open: true })

/**
 * Read a quantity: a number and its unit, the unit kept as written.
 *
 * Shares are quantities: 百分之九十 → 90 %, 千分之二 → 2 ‰, 万分之五 → 5 ‱,
 * 九成 → 90 %, "95百分比" → 95 %; "5个百分点" is 5 百分点 (percentage points,
 * a difference of percents). A 万 or 亿 right before a unit stays with it
 * ("152.2万元" → 152.2 万元, "5.7万多个" → 5.7 万个), and so does any scale
 * after Arabic digits ("222.7千公顷" → 222.7 千公顷); "4200余万元" reads as
 * 4200 万元. Money in 元角分 reads in 元 ("壹佰贰拾叁元肆角伍分" → 123.45 元),
 * "四十四斤半" as 44.5 斤. An unknown measure word (株, 宗, 场次 …) is a count
 * unit of its own. Characters nobody sees (zero-width spaces, the BOM, soft hyphens, bidi marks) are not read; a line
 * break is a space (a 1 and a 5% on two lines are an error, never 15%). The rules: docs/numbers-and-quantities.md.
 *
 * @param text - the quantity as written ("152.2万元", "99.16%", "1165件", "620元/人·月").
 * @returns a frozen {@link Quantity}.
 * @throws {@link QuantityError} with code `QUANTITY_EMPTY`, `QUANTITY_NOT_FOUND`,
 *   `QUANTITY_MALFORMED` or `QUANTITY_UNKNOWN_UNIT`, and the span of the problem.
 * @example
 * ```ts
 * const q = parseQuantity('152.2万元')
 * q.amount.toString()
 * //=> '152.2'
 * q.unit
 * //=> '万元'
 * parseQuantity('千分之二').unit
 * //=> '‰'
 * ```
 */
export function parseQuantity(text: string): Quantity {
  if (typeof text !== 'string') {
    throw new QuantityError([
      makeIssue('QUANTITY_NOT_FOUND', { received: typeof text }),
    ])
  }
  const clean = cleanText(text)
  const { start, end } = trimBounds(clean.text)
  if (start === end) {
    throw new QuantityError([
      makeIssue('QUANTITY_EMPTY', {}, { span: { start: 0, end: text.length }, input: text }),
    ])
  }
  const at = (from: number, to: number): { span: Span; input: string } => ({ span: sourceSpan(clean, from, to), input: text })
  const scanned = scanQuantity(clean.text.slice(0, end), start, OPEN)
  if (scanned === undefined) {
    throw new QuantityError([makeIssue('QUANTITY_NOT_FOUND', { received: 'string' }, at(start, end))])
  }
  if (!scanned.ok) {
    throw new QuantityError([makeIssue('QUANTITY_MALFORMED', scanDetails(scanned), at(scanned.start, scanned.end))])
  }
  if (scanned.end !== end) {
    throw new QuantityError([makeIssue('QUANTITY_UNKNOWN_UNIT', { rest: clean.visible.slice(scanned.end, end) }, at(scanned.end, end))])
  }
  return scanned.quantity
}

/**
 * Like {@link parseQuantity}, but returns a result instead of throwing.
 *
 * @param text - the quantity as written.
 * @returns `{ success: true, data }` or `{ success: false, error }`.
 * @example
 * ```ts
 * safeParseQuantity('%%').success
 * //=> false
 * ```
 */
export function safeParseQuantity(text: string): SafeResult<Quantity, QuantityError> {
  // a result that is not thrown needs no stack: the error is made without capturing one
  return withoutStack(() => toSafe(() => parseQuantity(text), QuantityError))
}
