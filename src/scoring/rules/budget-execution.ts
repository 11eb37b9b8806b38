/**
 * `budget-execution` (预算执行率): W × min(1, 全年执行数 ÷ 全年预算数), the denominator the adjusted full-year budget with
 * carry-over (财预〔2020〕10号 附件: 预算执行率 10分); the printed rate when the table gives no figures. A zero budget makes
 * the line not applicable (the tree marks it so).
 *
 * @module
 */
import { ONE, ZERO } from '../../numbers/decimal.js'
import { formatQuantity } from '../../quantities/format-quantity.js'
import { scored, undecided, type RuleFunction } from './rule.js'

/** @internal The rule. */
export const budgetExecution: RuleFunction = (_rule, ctx) => {
  const leaf = ctx.leaf
  if (leaf.kind !== 'budget-execution') return undecided('no-rate')
  const rate = leaf.rate
  if (rate === null) return undecided('no-rate')
  const r = rate.isNegative() ? ZERO : rate.gt(ONE) ? ONE : rate
  const executed = leaf.executed === undefined ? '—' : formatQuantity(leaf.executed)
  const adjusted = leaf.adjusted === undefined ? '—' : formatQuantity(leaf.adjusted)
  return scored('BUDGET_EXECUTION', ctx.weight.times(r), r.eq(ONE), { executed, adjusted, rate })
}
