/**
 * The text of a spreadsheet cell as a reader returns it: text, a number, a boolean, null, or the objects exceljs gives
 * for rich text (`{ richText: [{ text }] }`), formulas (`{ formula, result }`) and hyperlinks (`{ text, hyperlink }`).
 *
 * A number is read as the digits it is (0.9 stays 0.9): a reader that returns a percentage cell's value (0.9 for a cell
 * showing "90%") loses the unit, so pass the text a cell shows (exceljs `cell.text`) wherever a unit matters.
 *
 * @module
 */

/** @internal A cell as text ('' for an empty one); a JS number keeps its own digits. */
export function cellText(value: unknown): string {
  if (value === undefined || value === null) return ''
  if (typeof value === 'string') return value
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : ''
  if (typeof value === 'boolean') return value ? '是' : '否'
  if (typeof value === 'object') {
    const own = (key: string): unknown => (Object.prototype.hasOwnProperty.call(value, key) ? (value as Record<string, unknown>)[key] : undefined)
    const rich = own('richText')
    if (Array.isArray(rich)) return rich.map((part) => (typeof part === 'object' && part !== null && typeof (part as { text?: unknown }).text === 'string' ? (part as { text: string }).text : '')).join('')
    const result = own('result')
    if (result !== undefined) return cellText(result)
    const text = own('text')
    if (typeof text === 'string') return text
  }
  return ''
}

/** @internal A cell for a number-valued field: a finite JS number as it is, anything else as its text. */
export function cellValue(value: unknown): string | number {
  if (typeof value === 'number' && Number.isFinite(value)) return value
  if (typeof value === 'object' && value !== null && Object.prototype.hasOwnProperty.call(value, 'result')) return cellValue((value as { result: unknown }).result)
  return cellText(value)
}
