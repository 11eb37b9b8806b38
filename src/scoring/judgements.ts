/**
 * An evaluator's judgements, checked at the door: every id names a leaf, a level is one of the three, a score is a
 * number in [0, W] and inside its level's band, a score has a reason, a checklist's items are its own.
 *
 * @module
 */
import type { Issue } from '../errors.js'
import { toDecimalOrUndefined, type Decimal } from '../numbers/decimal.js'
import { decimalText } from '../messages/decimal-text.js'
import type { Leaf } from '../indicators/types.js'
import type { ScoringErrorDetailsByCode } from '../messages/scoring-details.js'
import { own } from '../own.js'
import type { CompiledPolicy } from './policies/compiled.js'
import type { CheckedJudgement } from './rules/rule.js'
import { scoringIssue } from './issues.js'
import type { Judgement } from './types.js'

const LEVELS = ['achieved', 'partial', 'not-achieved'] as const

/** @internal Check the judgements; problems go to `errors`. */
export function checkJudgements(
  given: Readonly<Record<string, Judgement>> | undefined,
  leaves: ReadonlyMap<string, { readonly leaf: Leaf; readonly weight: Decimal | null }>,
  policy: CompiledPolicy,
  errors: Issue[],
): ReadonlyMap<string, CheckedJudgement> {
  const out = new Map<string, CheckedJudgement>()
  if (given === undefined) return out
  let ids: string[]
  try {
    ids = Object.keys(given)
  } catch {
    errors.push(scoringIssue('JUDGEMENT_INVALID', { id: '', reason: 'unreadable' }, { path: ['judgements'] }, 'error'))
    return out
  }
  for (const id of ids) {
    let read: { j: unknown; level: unknown; rawScore: unknown; reason: unknown; items: unknown }
    try {
      const j = own(given, id)
      read = typeof j === 'object' && j !== null ? { j, level: own(j, 'level'), rawScore: own(j, 'score'), reason: own(j, 'reason'), items: own(j, 'items') } : { j, level: undefined, rawScore: undefined, reason: undefined, items: undefined }
      if (Array.isArray(read.items)) read.items = [...(read.items as unknown[])]
    } catch {
      errors.push(scoringIssue('JUDGEMENT_INVALID', { id, reason: 'unreadable' }, { path: ['judgements', id] }, 'error'))
      continue
    }
    const j = read.j
    const place = { path: ['judgements', id] }
    const bad = (reason: ScoringErrorDetailsByCode['JUDGEMENT_INVALID']['reason'], extra: { score?: string; band?: string; item?: string } = {}): void => {
      errors.push(scoringIssue('JUDGEMENT_INVALID', { id, reason, ...extra }, place, 'error'))
    }
    const found = leaves.get(id)
    if (found === undefined || j === undefined || typeof j !== 'object' || j === null) {
      bad('unknown-id')
      continue
    }
    const level = read.level as Judgement['level']
    if (level !== undefined && !LEVELS.includes(level)) {
      bad('level')
      continue
    }
    const rawScore = read.rawScore
    const reason = read.reason
    const items = read.items
    let score: Decimal | undefined
    if (rawScore !== undefined) {
      try {
        score = toDecimalOrUndefined(rawScore)
      } catch {
        score = undefined
      }
      if (score === undefined) {
        bad('not-a-number')
        continue
      }
      const text = decimalText(score)
      const weight = found.weight
      if (score.lt(0)) bad('negative', { score: text })
      else if (weight !== null && score.gt(weight)) bad('above-weight', { score: text })
      else if (level !== undefined && weight !== null) {
        const rule = policy.rules.get(found.leaf.rule ?? policy.policy.defaults.qualitative)
        const band = rule !== undefined && rule.kind === 'qualitative' && rule.bands !== undefined ? rule.bands[level] : policy.bands[level]
        const min = weight.times(band.min)
        const max = weight.times(band.max)
        const inside = score.gte(min) && (band.max.gte(1) ? score.lte(max) : score.lt(max))
        if (!inside) bad('outside-band', { score: text, band: `[${decimalText(min)}, ${decimalText(max)}${band.max.gte(1) ? ']' : ')'}` })
      }
      if (typeof reason !== 'string' || reason.trim() === '') bad('no-reason', { score: text })
    }
    if (items !== undefined) {
      const spec = policy.policy.rules[found.leaf.rule ?? '']
      // items of a leaf whose rule is no checklist are refused once, where the rule is known (not-checklist)
      if (spec !== undefined && spec.kind === 'checklist') {
        const names = spec.items.map((i) => i.name)
        const list = Array.isArray(items) ? items : []
        for (const item of list) if (typeof item !== 'string' || !names.includes(item)) bad('unknown-item', { item: String(item) })
      }
    }
    out.set(id, {
      ...(level === undefined ? {} : { level }),
      ...(score === undefined ? {} : { score }),
      ...(Array.isArray(items) ? { items: Object.freeze(items.filter((i): i is string => typeof i === 'string')) } : {}),
      ...(typeof reason === 'string' ? { reason } : {}),
    })
  }
  return out
}
