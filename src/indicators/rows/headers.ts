/**
 * Matching a table's headers to the fields of an indicator row: spaces and line breaks removed, full-width folded, a
 * trailing bracket ("(万元)", "（A）", "(分)") taken off — a money unit in it is kept as the column's unit.
 *
 * @module
 */
import { normalizeWidth } from '../../numbers/normalize.js'
import type { RowField } from '../../messages/evaluation-details.js'
import { ROW_HEADERS } from '../lexicon/headers.js'

/** A header as matched, and the money unit its bracket names. */
export interface Header {
  readonly key: string
  readonly unit?: string
}

const MONEY = new Set(['元', '万元', '亿元', '千元'])

/** @internal A header's words, without spaces, width or a trailing bracket. */
export function normalizeHeader(header: string): Header {
  let text = normalizeWidth(header).replace(/[\s\u3000]+/gu, '').replace(/[:：]$/u, '')
  let unit: string | undefined
  for (let m = /\(([^()]*)\)$/u.exec(text); m !== null && m.index > 0; m = /\(([^()]*)\)$/u.exec(text)) {
    if (MONEY.has(m[1] as string)) unit ??= m[1]
    text = text.slice(0, m.index)
  }
  return unit === undefined ? { key: text } : { key: text, unit }
}

/**
 * The columns of one table: the headers of each field in the table's order (a table may have two, one per section, as the
 * Sichuan template's 原因 of the budget and 未完成原因分析 of the indicators), and the money unit of the budget columns.
 */
export interface Columns {
  readonly field: Partial<Record<RowField, readonly string[]>>
  readonly unit?: string
}

/** @internal Match the headers (in the table's order) to fields; `extra` adds a caller's words. */
export function matchColumns(headers: readonly string[], extra: Partial<Record<RowField, readonly string[]>> | undefined): Columns {
  const words = new Map<string, RowField>()
  for (const field of Object.keys(ROW_HEADERS) as RowField[]) {
    const own = extra !== undefined && Object.prototype.hasOwnProperty.call(extra, field) ? (extra[field] ?? []) : []
    // the caller's words first: they win over the library's
    for (const word of [...own, ...ROW_HEADERS[field]]) {
      const key = normalizeHeader(word).key
      if (!words.has(key)) words.set(key, field)
    }
  }
  const field: Partial<Record<RowField, string[]>> = {}
  let unit: string | undefined
  for (const header of headers) {
    const normal = normalizeHeader(header)
    const f = words.get(normal.key)
    if (f === undefined) continue
    ;(field[f] ??= []).push(header)
    if (normal.unit !== undefined && (f === 'initial' || f === 'adjusted' || f === 'executed')) unit ??= normal.unit
  }
  return unit === undefined ? { field } : { field, unit }
}
