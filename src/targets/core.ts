/**
 * The core of a target: [comparison] [约] operand [comparison] [左右], where the operand is one number, a range of two,
 * or a ratio. Failures are values.
 *
 * @module
 */
import { own as ownField } from '../own.js'
import { isCjk } from '../numbers/characters.js'
import { makeQuantity, type Quantity } from '../quantities/quantity.js'
import { adoptUnit, areUnitsCompatible, compareQuantities } from '../quantities/convert.js'
import { readAnnotation, type Annotation } from './annotation.js'
import { fail, type Parsed } from './context.js'
import type { Token, TokenOf } from './tokens.js'
import type { Comparator, CompareTarget, RangeTarget, RatioTarget } from './types.js'

/** @internal What the words around the core say: the subject before it, the note after it, a benchmark. */
export interface Around {
  readonly subject: string | undefined
  readonly note: string | undefined
  /** Every field is always present (undefined when not written), so that it is read as the object's own. */
  readonly reference: string | undefined
}

/** @internal A target of one core. */
export type CoreTarget = CompareTarget | RangeTarget | RatioTarget

interface Operand {
  readonly first: TokenOf<'qty'>
  readonly q1: Quantity
  readonly q2: Quantity | undefined
  readonly kind: 'compare' | 'range' | 'ratio'
  readonly annotations1: readonly Annotation[]
  readonly annotations2: readonly Annotation[]
}

const sameDirection = (a: Comparator, b: Comparator): boolean => a[0] === b[0] && a !== '=' && b !== '='

/** The comparison the words before and after the number make together ("小于10元以内": the first decides). */
function combined(prefix: TokenOf<'prefix'> | undefined, suffix: TokenOf<'suffix'> | undefined): Parsed<Comparator | null> {
  if (prefix === undefined || suffix === undefined) return prefix?.op ?? suffix?.op ?? null
  if (prefix.op === '=' && !prefix.symbol) return suffix.op
  if (sameDirection(prefix.op, suffix.op)) return prefix.op
  if (prefix.op !== suffix.op) return fail('TARGET_MALFORMED', suffix, { reason: 'contradicting-comparators' })
  return prefix.op
}

/** A note on the boundary makes the comparison strict, or inclusive: "90%以上（不含90%）", "不超过100%（不含）". */
function withBoundaryNotes(op: Comparator | null, value: Quantity, notes: readonly Annotation[]): Comparator | null {
  let out = op
  for (const a of notes) {
    if (a?.kind !== 'boundary') continue
    const at = ownField(a, 'value')
    if (at !== undefined && !at.amount.eq(value.amount)) continue
    if (out === '>=' && !a.inclusive) out = '>'
    else if (out === '<=' && !a.inclusive) out = '<'
    else if (out === '>' && a.inclusive) out = '>='
    else if (out === '<' && a.inclusive) out = '<='
  }
  return out
}

function finish<T extends CoreTarget>(target: T, around: Around): T {
  const open = target as { subject?: string; note?: string; reference?: string }
  // every field of Around is its own (see Around): a polluted Object.prototype adds nothing to a target
  const { subject, note, reference } = around
  if (subject !== undefined) open.subject = subject
  if (note !== undefined) open.note = note
  if (reference !== undefined) open.reference = reference
  return Object.freeze(target)
}

function range(op: Operand, suffix: TokenOf<'suffix'> | undefined, own: string, around: Around): Parsed<RangeTarget> {
  // units travel to the side that has none ("100-90%", "5万至10万元")
  const q1 = adoptUnit(op.q1, (op.q2 as Quantity).unit)
  const q2 = adoptUnit(op.q2 as Quantity, q1.unit)
  if (!areUnitsCompatible(q1.unit, q2.unit)) return fail('TARGET_UNIT_MISMATCH', op.first, { part: 'range', first: q1.unit, second: q2.unit })
  if (suffix !== undefined && suffix.op !== '<=') return fail('TARGET_MALFORMED', suffix, { reason: 'range-comparator' })
  let inclusive1 = true
  let inclusive2 = true
  const applies = (a: Annotation, q: Quantity, ownEnd: boolean): boolean => {
    if (a?.kind !== 'boundary') return false
    const at = ownField(a, 'value')
    return at === undefined ? ownEnd : at.amount.eq(q.amount)
  }
  for (const a of [...op.annotations1, ...op.annotations2]) {
    if (a?.kind !== 'boundary') continue
    const first = op.annotations1.includes(a)
    if (applies(a, q1, first)) inclusive1 = a.inclusive
    else if (applies(a, q2, !first)) inclusive2 = a.inclusive
  }
  const swap = compareQuantities(q1, q2) > 0
  return finish<RangeTarget>(
    { kind: 'range', min: swap ? q2 : q1, max: swap ? q1 : q2, minInclusive: swap ? inclusive2 : inclusive1, maxInclusive: swap ? inclusive1 : inclusive2, source: own },
    around,
  )
}

/** @internal Parse the core tokens of a target; `own` is its text as written. */
export function parseCore(core: readonly Token[], own: string, aroundIn: Around): Parsed<CoreTarget> {
  let around = aroundIn
  let i = 0
  let prefix: TokenOf<'prefix'> | undefined
  let approximate = false
  let between = false
  let plusMinus = false
  const n = core.length
  while (i < n) {
    const tk = core[i] as Token
    if (tk.t === 'prefix') {
      // "分别为≥95%": a 为 (is) before a comparison gives way to it
      const yields = prefix !== undefined && prefix.op === '=' && !prefix.symbol
      if (prefix !== undefined && !yields) return fail('TARGET_MALFORMED', tk, { reason: 'repeated-comparator' })
      prefix = tk
      // "满意度达:98%": a colon after a comparison word and before its number is punctuation, not a ratio
      if (core[i + 1]?.t === 'colon' && core[i + 2]?.t === 'qty' && !tk.symbol) i++
    } else if (tk.t === 'approx' && tk.before) approximate = true
    else if (tk.t === 'between') between = true
    else if (tk.t === 'pm') {
      // "±-5%": a sign after ± is no range
      if (core[i + 1]?.t === 'qty' && (core[i + 1] as TokenOf<'qty'>).scanned.quantity.amount.isNegative()) return fail('TARGET_MALFORMED', tk, { reason: 'plus-minus-needs-one' })
      plusMinus = true
    } else if (tk.t !== 'neutral' && tk.t !== 'paren') break
    i++
  }
  const first = core[i]
  if (first === undefined || first.t !== 'qty') return fail('TARGET_MALFORMED', first ?? core[n - 1] ?? { start: 0, end: own.length }, { reason: 'number-expected' })
  i++
  const annotations1: Annotation[] = []
  while (core[i]?.t === 'paren') annotations1.push(readAnnotation((core[i] as TokenOf<'paren'>).inner)), i++
  let q2: Quantity | undefined
  let kind: Operand['kind'] = 'compare'
  const annotations2: Annotation[] = []
  const link = core[i]
  if (link !== undefined && (link.t === 'colon' || link.t === 'sep' || (between && link.t === 'and'))) {
    const second = core[i + 1]
    if (second === undefined || second.t !== 'qty') return fail('TARGET_MALFORMED', link, { reason: 'number-expected-after' })
    kind = link.t === 'colon' ? 'ratio' : 'range'
    q2 = second.scanned.quantity
    i += 2
    while (core[i]?.t === 'paren') annotations2.push(readAnnotation((core[i] as TokenOf<'paren'>).inner)), i++
  }
  let suffix: TokenOf<'suffix'> | undefined
  let closed = false
  for (; i < n; i++) {
    const tk = core[i] as Token
    if (tk.t === 'suffix') {
      if (suffix !== undefined) return fail('TARGET_MALFORMED', tk, { reason: 'repeated-comparator' })
      suffix = tk
    } else if (tk.t === 'approx' && !tk.before) approximate = true
    else if (tk.t === 'close') closed = true
    else if (tk.t === 'paren') annotations2.push(readAnnotation(tk.inner))
    else return fail('TARGET_MALFORMED', tk, { reason: 'unreadable-text' })
  }
  if (between && kind !== 'range') return fail('TARGET_MALFORMED', first, { reason: 'between-needs-two' })
  if (closed && kind !== 'range') return fail('TARGET_MALFORMED', first, { reason: 'closing-needs-two' })

  // a unit written as a note: "95(百分比)", "≥90(%)"
  let q1 = first.scanned.quantity
  for (const a of [...annotations1, ...annotations2]) {
    if (a?.kind === 'unit') {
      if (q1.unit === '') q1 = adoptUnit(q1, a.unit)
      if (q2 !== undefined && q2.unit === '') q2 = adoptUnit(q2, a.unit)
    }
  }
  const operand: Operand = { first, q1, q2, kind, annotations1, annotations2 }
  const written = combined(prefix, suffix)
  if (typeof written === 'object' && written !== null) return written
  // "达到30.5微克/立方米左右": reaching about a value sets no boundary; the indicator's polarity decides
  let op = prefix !== undefined && ownField(prefix, 'reach') === true && approximate && suffix === undefined ? null : written

  if (plusMinus) {
    if (kind !== 'compare') return fail('TARGET_MALFORMED', first, { reason: 'plus-minus-needs-one' })
    return finish<RangeTarget>({ kind: 'range', min: makeQuantity(q1.amount.negated(), q1.unit), max: q1, minInclusive: true, maxInclusive: op !== '<', source: own }, around)
  }
  if (kind === 'range') return range(operand, suffix, own, around)
  if (kind === 'ratio') {
    const second = q2 as Quantity
    if ((q1.unit !== '' || second.unit !== '') && q1.unit !== second.unit) return fail('TARGET_UNIT_MISMATCH', first, { part: 'ratio', first: q1.unit, second: second.unit })
    if (second.amount.isZero()) return fail('TARGET_INVALID', first, { reason: 'zero-consequent' })
    return finish<RatioTarget>({ kind: 'ratio', op, antecedent: q1.amount, consequent: second.amount, approximate, source: own }, around)
  }
  // "每亩300": a "per" word before a number with no unit is its unit (300 per 亩)
  const subject = around.subject
  if (subject !== undefined && q1.unit === '') {
    const at = subject.lastIndexOf('每')
    const per = at < 0 ? '' : subject.slice(at + 1)
    if (per.length >= 1 && per.length <= 2 && [...per].every((ch) => isCjk(ch.charCodeAt(0)))) {
      q1 = makeQuantity(q1.amount, `/${per}`)
      around = { ...around, subject: subject.slice(0, at).trim() || undefined }
    }
  }
  op = withBoundaryNotes(op, q1, [...annotations1, ...annotations2])
  return finish<CompareTarget>({ kind: 'compare', op, value: q1, approximate, source: own }, around)
}
