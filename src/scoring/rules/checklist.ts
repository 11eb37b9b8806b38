/**
 * `checklist` (子项核查): W × the points of the sub-items met ÷ the points of all of them (a sub-item's points are its share
 * when they do not add up to W). An evaluator's judgement names the items met; without one a person must judge. Source: the
 * 部门整体支出 templates built on 财预〔2013〕53号 (预算管理 / 资产管理: "制度健全性", "信息公开性" scored by the sub-items met).
 *
 * @module
 */
import { ZERO } from '../../numbers/decimal.js'
import type { CompiledRule } from '../policies/compiled.js'
import { scored, undecided, type RuleFunction } from './rule.js'

/** @internal The rule. */
export const checklist: RuleFunction<Extract<CompiledRule, { kind: 'checklist' }>> = (rule, ctx) => {
  const items = ctx.judgement?.items
  if (items === undefined) return undecided('no-items')
  let all = ZERO
  let met = ZERO
  const names: string[] = []
  for (const item of rule.items) {
    all = all.plus(item.points)
    if (items.includes(item.name)) {
      met = met.plus(item.points)
      names.push(item.name)
    }
  }
  const exact = all.isZero() ? ZERO : ctx.weight.times(met).div(all)
  return scored('CHECKLIST', exact, met.eq(all), { met: names, items: rule.items.length })
}
