/**
 * `veto` (一票否决): all or nothing for the indicator, and when it is missed the `scope` — the indicator, its level-2 group,
 * its level-1 group or the whole evaluation — is zeroed (the engine applies the scope after every indicator is scored).
 * Source: 一票否决 items of local 部门整体支出 templates (重大安全事故, 违纪违规使用资金), configured per template.
 *
 * @module
 */
import { threshold } from './threshold.js'
import type { RuleFunction } from './rule.js'

/** @internal The rule (the zeroing of its scope is the engine's). */
export const veto: RuleFunction = (rule, ctx) => threshold(rule, ctx)
