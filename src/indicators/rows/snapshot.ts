/**
 * The rows as the reader reads them: each row's own cells, once, as text or a finite number, in objects without a
 * prototype. A row, a getter or a Proxy trap that throws is a coded issue naming the row, never the host's exception;
 * after this nothing the caller holds is read again.
 *
 * @module
 */
import { received } from '../received.js'
import { cellOf } from './cells.js'

/** @internal One row's cells, by header. */
export type Cells = Readonly<Record<string, string | number>>

/** @internal The rows read, their headers in the order they first appear; or the row that could not be read. */
export type Snapshot = { readonly ok: true; readonly rows: readonly Cells[]; readonly headers: readonly string[] } | { readonly ok: false; readonly index: number; readonly received: string }

/** @internal The most rows read: Excel's own limit (1 048 576 rows a sheet). */
export const MAX_ROWS = 1_048_576


/** @internal Read every row's cells once. */
export function snapshotRows(rows: readonly unknown[]): Snapshot {
  const out: Cells[] = []
  const seen = new Set<string>()
  const headers: string[] = []
  let length: number
  try {
    length = rows.length
  } catch {
    return { ok: false, index: 0, received: 'unreadable' }
  }
  // more rows than any sheet holds (or a sparse list of length 2³²−1) is refused before it is walked
  if (length > MAX_ROWS) return { ok: false, index: 0, received: 'too-large' }
  for (let index = 0; index < length; index++) {
    try {
      const row = rows[index]
      if (typeof row !== 'object' || row === null || Array.isArray(row)) return { ok: false, index, received: received(row) }
      const cells = Object.create(null) as Record<string, string | number>
      for (const key of Object.keys(row)) {
        cells[key] = cellOf((row as Record<string, unknown>)[key])
        if (!seen.has(key)) {
          seen.add(key)
          headers.push(key)
        }
      }
      out.push(cells)
    } catch {
      return { ok: false, index, received: 'unreadable' }
    }
  }
  return { ok: true, rows: out, headers }
}
