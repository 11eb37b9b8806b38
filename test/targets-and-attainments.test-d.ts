/**
 * Type-level expectations of targets and attainments: both are discriminated unions, so narrowing on `kind` or `code`
 * gives the fields of that kind, and details are typed per code.
 */
import { describe, expectTypeOf, it } from 'vitest'
import {
  evaluateTarget,
  parseTarget,
  safeParseTarget,
  type Attainment,
  type AttainmentCode,
  type Comparator,
  type Decimal,
  type Issue,
  type NumberProblem,
  type Quantity,
  type Target,
  type TargetParseError,
  type TargetProblem,
} from '../src/index.js'

describe('Target', () => {
  it('narrows on kind', () => {
    const t = parseTarget('≥90%')
    expectTypeOf(t).toEqualTypeOf<Target>()
    if (t.kind === 'compare') {
      expectTypeOf(t.op).toEqualTypeOf<Comparator | null>()
      expectTypeOf(t.value).toEqualTypeOf<Quantity>()
      expectTypeOf(t.reference).toEqualTypeOf<string | undefined>()
    }
    if (t.kind === 'range') expectTypeOf(t.minInclusive).toEqualTypeOf<boolean>()
    if (t.kind === 'ratio') expectTypeOf(t.antecedent).toEqualTypeOf<Decimal>()
    if (t.kind === 'all' || t.kind === 'any') expectTypeOf(t.targets).toEqualTypeOf<readonly Target[]>()
  })
  it('is readonly', () => {
    const t = parseTarget('≥90%')
    // @ts-expect-error a target is frozen data
    t.source = 'x'
  })
  it('gives typed details once the code of an issue is known', () => {
    const r = safeParseTarget('≥≥90%')
    if (!r.success) {
      expectTypeOf(r.error).toEqualTypeOf<TargetParseError>()
      const issue = r.error.issues[0] as Issue
      if (issue.code === 'TARGET_MALFORMED') expectTypeOf(issue.details.reason).toEqualTypeOf<TargetProblem>()
      if (issue.code === 'NUMBER_MALFORMED') expectTypeOf(issue.details.reason).toEqualTypeOf<NumberProblem>()
      // @ts-expect-error details of an unknown code are not all alike
      void issue.details.reason
    }
  })
})

describe('Attainment', () => {
  it('narrows on code to its details', () => {
    const a = evaluateTarget(parseTarget('80%-90%'), '85%')
    expectTypeOf(a).toEqualTypeOf<Attainment>()
    expectTypeOf(a.code).toEqualTypeOf<AttainmentCode>()
    expectTypeOf(a.met).toEqualTypeOf<boolean | null>()
    expectTypeOf(a.ratio).toEqualTypeOf<Decimal | null>()
    expectTypeOf(a.zh).toEqualTypeOf<string>()
    if (a.code === 'RANGE') expectTypeOf(a.details.position).toEqualTypeOf<'inside' | 'below' | 'above'>()
    if (a.code === 'MEASURE') expectTypeOf(a.details.rule).toEqualTypeOf<'higher-is-better' | 'lower-is-better' | 'close-to'>()
    if (a.code === 'COMPOUND') expectTypeOf(a.details.mode).toEqualTypeOf<'any' | 'all'>()
  })
  it('accepts only the documented actual values', () => {
    evaluateTarget(parseTarget('≥90%'), 95)
    evaluateTarget(parseTarget('≥90%'), '95%')
    // @ts-expect-error a boolean is no actual value
    evaluateTarget(parseTarget('≥90%'), true)
  })
})
