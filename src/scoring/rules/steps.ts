/**
 * `steps` (分档计分): the band the actual value (`on: 'actual'`) or the completion ratio (`on: 'ratio'`) falls in gives
 * its share of W or its points. Bands are written as tables write them ("90%(含)以上", "60%(含)-80%", "低于60%"); the
 * policy check refuses bands that overlap. A value in no band is left to a person. Source: the 评分标准 of local
 * templates ("满意度90%(含)以上得满分，80%(含)-90%得80%…"), whose 含 marks say which end a band includes.
 *
 * @module
 */
import { describeUnit } from '../../quantities/unit.js'
import { areUnitsCompatible } from '../../quantities/convert.js'
import type { Decimal } from '../../numbers/decimal.js'
import { inBand } from '../criteria/band-text.js'
import type { CompiledRule } from '../policies/compiled.js'
import { scored, sideDetails, undecided, type RuleFunction } from './rule.js'

/** @internal The rule. */
export const steps: RuleFunction<Extract<CompiledRule, { kind: 'steps' }>> = (rule, ctx) => {
  // the value in its family's base (90% is 0.9), for bands written with a unit; and as written, for bands without one
  let value: Decimal | undefined
  let written: Decimal | undefined
  const actualUnit = ctx.actual !== null && ctx.actual.kind === 'quantity' ? (ctx.actual.value.unit === '' ? (ctx.sides.unit ?? '') : ctx.actual.value.unit) : ''
  if (rule.on === 'ratio') value = written = ctx.attainment?.ratio ?? undefined
  else if (ctx.actual !== null && ctx.actual.kind === 'quantity') {
    value = ctx.actual.value.amount.times(describeUnit(actualUnit).factor)
    written = ctx.actual.value.amount
  }
  if (value === undefined || written === undefined) return undecided(ctx.actual === null ? 'no-actual' : 'not-comparable')
  // points above the weight anywhere in the scale: the scale and the weight disagree, and a person decides
  if (rule.bands.some((b) => b.points !== undefined && b.points.gt(ctx.weight))) return undecided('criteria-mismatch')
  // bands in a unit the actual is not in ("完成率90%以上" against 7项, "90分以上" against 92%) do not compare
  if (rule.bands.some((b) => b.bounds.unit !== '' && (actualUnit === '' || !areUnitsCompatible(b.bounds.unit, actualUnit)))) return undecided('criteria-unit')
  for (const band of rule.bands) {
    if (!inBand(band.bounds, band.bounds.unit === '' ? written : value)) continue
    const exact = band.points ?? ctx.weight.times(band.share ?? 0)
    const capped = exact.gt(ctx.weight) ? ctx.weight : exact
    return scored('STEP', capped, capped.eq(ctx.weight) ? (ctx.attainment?.met ?? true) : false, { ...sideDetails(ctx), band: band.range })
  }
  return undecided('not-comparable')
}
