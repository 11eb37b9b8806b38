/**
 * Words against words: an actual in words ("已完成", "显著提升", "未达标") against a target in words, a grade against a
 * grade, the words promised against the words reported.
 *
 * @module
 */
import { GRADE_CHARACTERS, GRADES } from '../targets/lexicon/grades.js'
import { NEGATION_CHARACTERS } from '../targets/lexicon/negation.js'
import type { QualitativeDirection } from '../targets/types.js'
import type { ActualWords } from './actual.js'

/** @internal The actual's direction against the target's; `null` when the words say neither. */
export function wordsMet(targetDirection: QualitativeDirection, actual: ActualWords): boolean | null {
  if (actual.late) return false
  if (actual.negated) return actual.direction === 'absent' ? null : false
  if (actual.partial) return null
  const d = actual.direction
  switch (targetDirection) {
    case 'attain':
      return d === 'attain' ? true : d === 'absent' || d === 'decrease' ? false : null
    case 'increase':
      return d === 'increase' || d === 'attain' ? true : d === 'decrease' || d === 'absent' || d === 'maintain' ? false : null
    case 'decrease':
      return d === 'decrease' || d === 'attain' ? true : d === 'increase' ? false : null
    case 'maintain':
      return d === 'maintain' || d === 'attain' || d === 'increase' ? true : d === 'decrease' ? false : null
    case 'absent':
      return d === 'absent' ? true : d === 'attain' ? false : null
    case 'unknown':
      return d === 'attain' ? true : null
  }
}

/** @internal The rank of a grade (0 is best), or undefined when the text is not one. */
export function gradeOf(text: string): number | undefined {
  const t = text.trim()
  const index = GRADES.findIndex((names) => names.includes(t))
  if (index >= 0) return index
  // a scale written as the target ("优良中低差", "优良中差"): its best grade is what is asked
  if (t.length >= 2 && [...t].every((ch) => GRADE_CHARACTERS.has(ch))) return gradeOf(t[0] as string)
  return undefined
}

/** @internal The words promised are the words reported: equal, or one holds the other ("全天候可用" and "全天候"), negation aside. */
export function sameWords(actual: string, target: string): boolean {
  const a = actual.trim()
  const t = target.trim()
  if (a === t) return true
  const shorter = a.length < t.length ? a : t
  const longer = a.length < t.length ? t : a
  if (shorter.length < 2 || !longer.startsWith(shorter)) return false
  for (const ch of longer.slice(shorter.length)) if (NEGATION_CHARACTERS.has(ch) || ch === '否') return false
  return true
}
