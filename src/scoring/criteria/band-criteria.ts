/**
 * Reading a scale of points written in a table's 评分标准 as a step table: "≥95%,计3分;90%(含)-95%,计2分;低于90%计1分",
 * "100%:5分;90-100%:3分;70-90%:1分;70%以下:0分", "90%以上得满分，80%-90%得一半分，80%以下不得分". Each clause is a band and
 * its points; a band written with 含 or with a comparison word keeps its ends as written (民法典 第1259条: 以上、以下 include
 * the number, 低于、超过 do not); a plain range ("90-100%") gives up an end that another band claims, so "100%:5分;90-100%:3分"
 * is 100% → 5 and [90%, 100%) → 3. Bands that still overlap, or a clause that is not a band and its points, make the whole
 * text unread: a person decides.
 *
 * @module
 */
import { D, type Decimal } from '../../numbers/decimal.js'
import { normalizeWidth } from '../../numbers/normalize.js'
import { safeParseNumber } from '../../numbers/parse-number.js'
import { baseAmount } from '../../quantities/convert.js'
import { safeParseTarget } from '../../targets/parse-target.js'
import { bandsOverlap, inBand, readBand, type BandBounds } from './band-text.js'

/** @internal One band of a scale read from criteria: its text, its bounds, and the points (or the share of W) it gives. */
export interface CriteriaBand {
  readonly range: string
  readonly bounds: BandBounds
  readonly points?: Decimal
  readonly share?: Decimal
}

// the points at the end of a clause: 计3分, 得3分, :3分, 得满分, 得一半分, 不得分, 得0分
const POINTS = /(?:[:：]|的?得|计|给|为)?\s*(满分|一半分?|半分|[0-9]+(?:\.[0-9]+)?\s*分)$|(不得分|不计分|得0分|计0分|为0分)$/u
// what may stand before a band: the indicator's name ("满意度≥95%")
const LEAD = /^[^0-9≥≤><=＝≧≦]*?(?=[0-9≥≤><=＝≧≦]|低于|高于|不足|不低于|不高于|超过|达到|少于|多于|大于|小于|等于)/u
// a clause that only states the reference ("以100%为标准")
const REFERENCE = /为标准$|为基准$/u

function equality(text: string): BandBounds | undefined {
  const r = safeParseTarget(text)
  if (!r.success || r.data.kind !== 'compare' || r.data.op !== null || r.data.approximate) return undefined
  const v = baseAmount(r.data.value, r.data.value.unit)
  return { min: v, max: v, minInclusive: true, maxInclusive: true, unit: r.data.value.unit }
}

/** @internal Read criteria as a scale of points; undefined when they are not one (or not all of them can be read). */
export function readBandCriteria(criteria: string): readonly CriteriaBand[] | undefined {
  const text = normalizeWidth(criteria).replace(/\s+/gu, '')
  // clauses, a points-only piece joined to the band before it ("≥95%,计3分")
  const clauses: string[] = []
  for (const piece of text.split(/[;；,，。]/u)) {
    if (piece === '') continue
    const m = POINTS.exec(piece)
    if (m !== null && m.index === 0 && clauses.length > 0) clauses[clauses.length - 1] += piece
    else clauses.push(piece)
  }
  const read: { range: string; bounds: BandBounds; plain: boolean; points?: Decimal; share?: Decimal }[] = []
  for (const [i, clause] of clauses.entries()) {
    // a deduction is no band ("每超过一个百分点扣0.5分")
    if (/扣/u.test(clause)) return undefined
    const p = POINTS.exec(clause)
    if (p === null) {
      if (i === 0 && REFERENCE.test(clause)) continue
      return undefined
    }
    // the band as the target grammar reads it (a name before it is its subject: "满意度≥95%", "不满90%", "至少5项"); only
    // when it cannot, without a leading name
    const written = clause.slice(0, p.index).replace(/[的为]$/u, '')
    if (written === '') return undefined
    const stripped = written.replace(LEAD, '')
    const band = readBand(written) !== undefined || equality(written) !== undefined ? written : stripped
    if (band === '') return undefined
    const bounds = readBand(band) ?? equality(band)
    if (bounds === undefined) return undefined
    // a two-sided range with no 含 mark and no comparison word: its ends are as the grammar reads them, and may give way
    const plain = bounds.min !== undefined && bounds.max !== undefined && !bounds.min.eq(bounds.max) && !/含/u.test(band) && !/[≥≤><]|以上|以下|低于|高于|不足|超过/u.test(band)
    const points = p[2] !== undefined ? { points: new D(0) } : p[1] === '满分' ? { share: new D(1) } : /半/u.test(p[1] ?? '') ? { share: new D('0.5') } : number(p[1] ?? '')
    if (points === undefined) return undefined
    read.push({ range: band, bounds, plain, ...points })
  }
  if (read.length < 2) return undefined
  // a plain range gives up its upper end to any band that claims it, and its lower end only to a band written with 含 or a
  // comparison word: "100%:5分;90-100%:3分;70-90%:1分" is 100% → 5, [90%, 100%) → 3, [70%, 90%) → 1 (含下不含上)
  const bands = read.map((b, i) => {
    if (!b.plain) return b
    const others = read.filter((_, j) => j !== i)
    const claims = (x: Decimal | undefined, by: typeof others): boolean => x !== undefined && by.some((o) => inBand(o.bounds, x))
    const bounds: BandBounds = {
      ...b.bounds,
      minInclusive: b.bounds.minInclusive && !claims(b.bounds.min, others.filter((o) => !o.plain)),
      maxInclusive: b.bounds.maxInclusive && !claims(b.bounds.max, others),
    }
    return { ...b, bounds }
  })
  for (let i = 0; i < bands.length; i++) {
    for (let j = i + 1; j < bands.length; j++) if (bandsOverlap((bands[i] as CriteriaBand).bounds, (bands[j] as CriteriaBand).bounds)) return undefined
  }
  return bands.map(({ range, bounds, points, share }) => ({ range, bounds, ...(points === undefined ? {} : { points }), ...(share === undefined ? {} : { share }) }))
}

function number(text: string): { points: Decimal } | undefined {
  const r = safeParseNumber(text.replace(/分$/u, ''))
  return r.success && !r.data.isNegative() ? { points: r.data } : undefined
}
