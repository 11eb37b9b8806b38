/**
 * The text of a spreadsheet cell as a reader returns it: text, a number, a boolean, null, or the objects exceljs gives
 * for rich text (`{ richText: [{ text }] }`), formulas (`{ formula, result }`) and hyperlinks (`{ text, hyperlink }`).
 *
 * A number is read as the digits it is (0.9 stays 0.9): a reader that returns a percentage cell's value (0.9 for a cell
 * showing "90%") loses the unit, so pass the text a cell shows (exceljs `cell.text`) wherever a unit matters.
 *
 * @module
 */

/** The deepest a formula's result may nest inside another's (exceljs gives one level). */
const MAX_NESTING = 8

/** A spreadsheet's error values (#REF!, #DIV/0!, #N/A …): a cell that holds one has no value. */
const ERROR_VALUE = /^#(?:REF!|VALUE!|DIV\/0!|N\/A|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA)$/u

/** A cell no reader should give (NaN, Infinity, a function): kept as a marked text, reported as a cell error, never a value. */
const NOT_A_VALUE = '\u0000'

/** @internal Is the text a spreadsheet's error value, or the mark of a cell that is no value? */
export function isErrorValue(text: string): boolean {
  return text.startsWith(NOT_A_VALUE) || ERROR_VALUE.test(text.trim())
}

/** @internal The error value as an issue shows it ("#REF!", "NaN", "[function]"). */
export function errorValueText(text: string): string {
  return text.startsWith(NOT_A_VALUE) ? text.slice(1) : text.trim()
}

/**
 * @internal A cell as the rows reader keeps it: text, or a finite JS number as it is. Rich text is joined, a formula
 * gives its result, an error result its error value ("#REF!"), a Date its day ("2022年12月31日"), a boolean 是 / 否.
 */
export function cellOf(value: unknown, depth = 0): string | number {
  if (value === undefined || value === null) return ''
  if (typeof value === 'string') return value
  if (typeof value === 'number') return Number.isFinite(value) ? value : `${NOT_A_VALUE}${String(value)}`
  if (typeof value === 'bigint') return value.toString()
  if (typeof value === 'function' || typeof value === 'symbol') return `${NOT_A_VALUE}[${typeof value}]`
  if (typeof value === 'boolean') return value ? '是' : '否'
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : `${value.getUTCFullYear()}年${value.getUTCMonth() + 1}月${value.getUTCDate()}日`
  if (typeof value !== 'object' || depth > MAX_NESTING) return `${NOT_A_VALUE}[${depth > MAX_NESTING ? 'nested too deep' : typeof value}]`
  const own = (key: string): unknown => (Object.prototype.hasOwnProperty.call(value, key) ? (value as Record<string, unknown>)[key] : undefined)
  const rich = own('richText')
  if (Array.isArray(rich)) return rich.map((part) => (typeof part === 'object' && part !== null && typeof (part as { text?: unknown }).text === 'string' ? (part as { text: string }).text : '')).join('')
  const error = own('error')
  if (typeof error === 'string') return error
  const result = own('result')
  if (result !== undefined) return cellOf(result, depth + 1)
  const text = own('text')
  // an object of no shape a reader gives is no value: marked, and reported if a field reads it
  return typeof text === 'string' ? text : `${NOT_A_VALUE}[object]`
}
