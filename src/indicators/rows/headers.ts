/**
 * Matching a table's headers to the fields of an indicator row: spaces and line breaks removed, full-width folded, a
 * trailing bracket ("(万元)", "（A）", "(分)") taken off — a money unit in it is kept as the column's unit.
 *
 * @module
 */
import { normalizeWidth } from '../../numbers/normalize.js'
import type { RowField } from '../../messages/evaluation-details.js'
import { HEADER_TRADITIONAL, ROW_HEADERS } from '../lexicon/headers.js'

/** A header as matched, and the money unit its bracket names. */
export interface Header {
  readonly key: string
  readonly unit?: string
}

const MONEY = new Set(['元', '万元', '亿元', '千元'])

/** @internal A header's words, without spaces, width or a trailing bracket. */
export function normalizeHeader(header: string): Header {
  // a required field's mark ("*指标值", "★"), spaces, a trailing colon; traditional characters folded (實際完成值)
  // a reader's mark of a repeated header ("分值_1" from SheetJS, "分值.1" from pandas) is not part of the header
  let text = foldHeader(normalizeWidth(header).replace(/[\s\u3000]+/gu, '').replace(/^[*★☆※]+/u, '').replace(/[_.]\d+$/u, '').replace(/[*★:：]$/u, ''))
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
  /**
   * The 分值 and 得分 columns of the groups, in a template that gives each level its own (一级指标 | 分值 | 二级指标 | 分值 |
   * 三级指标 | 分值): a weight column stands right of the level it weighs.
   */
  readonly groupWeight?: { readonly 1?: string; readonly 2?: string }
  readonly groupScore?: { readonly 1?: string; readonly 2?: string }
}

/** Traditional characters of headers, folded one for one (級 → 级, 實際 → 实际). */
function foldHeader(text: string): string {
  let out = ''
  for (const ch of text) out += Object.prototype.hasOwnProperty.call(HEADER_TRADITIONAL, ch) ? HEADER_TRADITIONAL[ch] : ch
  return out
}

/**
 * @internal Match the headers (in the table's order) to fields; `extra` adds a caller's words, which win: a field's
 * headers are ordered with the caller's first, so the first filled cell read is under the caller's header.
 */
export function matchColumns(headers: readonly string[], extra: Partial<Record<RowField, readonly string[]>> | undefined): Columns {
  const words = new Map<string, { field: RowField; rank: number }>()
  for (const field of Object.keys(ROW_HEADERS) as RowField[]) {
    const own = extra !== undefined && Object.prototype.hasOwnProperty.call(extra, field) ? (extra[field] ?? []) : []
    for (const [rank, list] of [own, ROW_HEADERS[field]].entries()) {
      for (const word of list) {
        const key = normalizeHeader(word).key
        if (!words.has(key)) words.set(key, { field, rank })
      }
    }
  }
  const found: Partial<Record<RowField, { header: string; rank: number }[]>> = {}
  let unit: string | undefined
  for (const header of headers) {
    const normal = normalizeHeader(header)
    const match = words.get(normal.key)
    if (match === undefined) continue
    ;(found[match.field] ??= []).push({ header, rank: match.rank })
    if (normal.unit !== undefined && (match.field === 'initial' || match.field === 'adjusted' || match.field === 'executed')) unit ??= normal.unit
  }
  const field: Partial<Record<RowField, string[]>> = {}
  for (const [f, list] of Object.entries(found) as [RowField, { header: string; rank: number }[]][]) field[f] = [...list].sort((a, b) => a.rank - b.rank).map((x) => x.header)
  const groupWeight = byLevel(headers, field, 'weight')
  const groupScore = byLevel(headers, field, 'score')
  return { field, ...(unit === undefined ? {} : { unit }), ...(groupWeight === undefined ? {} : { groupWeight }), ...(groupScore === undefined ? {} : { groupScore }) }
}

/**
 * The columns of `kind` (分值 or 得分) that stand right after a level-1 or level-2 column, when the sheet has more than
 * one: those weigh (or score) the groups, and are taken out of the indicators' field.
 */
function byLevel(headers: readonly string[], field: Partial<Record<RowField, string[]>>, kind: 'weight' | 'score'): { 1?: string; 2?: string } | undefined {
  const list = field[kind]
  if (list === undefined || list.length < 2) return undefined
  const out: { 1?: string; 2?: string } = {}
  const level1 = new Set(field.level1 ?? [])
  const level2 = new Set(field.level2 ?? [])
  for (const h of list) {
    const before = headers[headers.indexOf(h) - 1]
    if (before !== undefined && level1.has(before) && out[1] === undefined) out[1] = h
    else if (before !== undefined && level2.has(before) && out[2] === undefined) out[2] = h
  }
  if (out[1] === undefined && out[2] === undefined) return undefined
  field[kind] = list.filter((h) => h !== out[1] && h !== out[2])
  return out
}
