/**
 * Reading one band of a step table as tables write it: "90%(含)以上", "60%(含)-80%", "80%-90%(含)", "低于60%". The end
 * marked 含 is in and the other out, so written bands never overlap; a band with no mark reads as the target grammar
 * reads it (a range includes both ends), and the policy's check then finds any overlap.
 *
 * @module
 */
import type { Decimal } from '../../numbers/decimal.js'
import { safeParseTarget } from '../../targets/parse-target.js'
import { baseAmount } from '../../quantities/convert.js'
import type { Quantity } from '../../quantities/quantity.js'

/** @internal A band read: its ends in the unit's base (a share as a fraction), each inclusive or not; an open end is absent. */
export interface BandBounds {
  readonly min?: Decimal
  readonly max?: Decimal
  readonly minInclusive: boolean
  readonly maxInclusive: boolean
  /** The unit the band was written in ('' when none). */
  readonly unit: string
}

/** "含" written after an end, not "不含". */
const MARK = /(?<!不)含/u
const JOINERS = /[-~～至到—–]/u

function base(q: Quantity): Decimal {
  return baseAmount(q, q.unit)
}

/** @internal Read a band; undefined when it cannot be read as one comparison or one range. */
export function readBand(text: string): BandBounds | undefined {
  const r = safeParseTarget(text)
  if (!r.success) return undefined
  const t = r.data
  if (t.kind === 'compare') {
    if (t.approximate) return undefined
    const v = base(t.value)
    switch (t.op) {
      case '>=': return { min: v, minInclusive: true, maxInclusive: false, unit: t.value.unit }
      case '>': return { min: v, minInclusive: false, maxInclusive: false, unit: t.value.unit }
      case '<=': return { max: v, minInclusive: false, maxInclusive: true, unit: t.value.unit }
      case '<': return { max: v, minInclusive: false, maxInclusive: false, unit: t.value.unit }
      case '=': return { min: v, max: v, minInclusive: true, maxInclusive: true, unit: t.value.unit }
      case null: return undefined
    }
  }
  if (t.kind !== 'range') return undefined
  const joiner = JOINERS.exec(text)
  let minInclusive = t.minInclusive
  let maxInclusive = t.maxInclusive
  if (joiner !== null) {
    const before = MARK.test(text.slice(0, joiner.index))
    const after = MARK.test(text.slice(joiner.index + 1))
    // the marked end in, the other out: "60%(含)-80%" is [60%, 80%), "80%-90%(含)" is (80%, 90%]
    if (before && !after) maxInclusive = false
    if (after && !before) minInclusive = false
  }
  return { min: base(t.min), max: base(t.max), minInclusive, maxInclusive, unit: t.max.unit }
}

/** @internal Is `x` inside the band? */
export function inBand(band: BandBounds, x: Decimal): boolean {
  if (band.min !== undefined && (band.minInclusive ? x.lt(band.min) : x.lte(band.min))) return false
  if (band.max !== undefined && (band.maxInclusive ? x.gt(band.max) : x.gte(band.max))) return false
  return true
}

/** @internal Do two bands share a point? */
export function bandsOverlap(a: BandBounds, b: BandBounds): boolean {
  // a ends before b starts, or b ends before a starts
  const before = (x: BandBounds, y: BandBounds): boolean =>
    x.max !== undefined && y.min !== undefined && (x.max.lt(y.min) || (x.max.eq(y.min) && !(x.maxInclusive && y.minInclusive)))
  return !before(a, b) && !before(b, a)
}
