/**
 * The rules by kind: one pure function each (one file each beside this one).
 *
 * @module
 */
import type { CompiledRule } from '../policies/compiled.js'
import type { RuleContext, RuleResult } from './rule.js'
import { proportional } from './proportional.js'
import { reverseRatio } from './reverse-ratio.js'
import { reverseLinear } from './reverse-linear.js'
import { equal } from './equal.js'
import { threshold } from './threshold.js'
import { rate } from './rate.js'
import { qualitative } from './qualitative.js'
import { deadline } from './deadline.js'
import { budgetExecution } from './budget-execution.js'
import { deduction } from './deduction.js'
import { checklist } from './checklist.js'
import { steps } from './steps.js'
import { veto } from './veto.js'

/** @internal Apply a rule other than `custom` (which the engine runs itself, to report its failures). */
export function applyRule(rule: Exclude<CompiledRule, { kind: 'custom' }>, ctx: RuleContext): RuleResult {
  switch (rule.kind) {
    case 'proportional': return proportional(rule, ctx)
    case 'reverse-ratio': return reverseRatio(rule, ctx)
    case 'reverse-linear': return reverseLinear(rule, ctx)
    case 'equal': return equal(rule, ctx)
    case 'threshold': return threshold(rule, ctx)
    case 'rate': return rate(rule, ctx)
    case 'qualitative': return qualitative(rule, ctx)
    case 'deadline': return deadline(rule, ctx)
    case 'budget-execution': return budgetExecution(rule, ctx)
    case 'deduction': return deduction(rule, ctx)
    case 'checklist': return checklist(rule, ctx)
    case 'steps': return steps(rule, ctx)
    case 'veto': return veto(rule, ctx)
  }
}
