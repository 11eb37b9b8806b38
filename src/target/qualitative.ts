import { NEGATIONS, QUALITATIVE_WORDS, STRENGTH_WORDS } from './lexicon.js'
import type { QualitativeDirection, QualitativeStrength } from './types.js'

/** @internal What a phrase in words says. */
export interface QualitativeReading {
  readonly direction: QualitativeDirection
  readonly strength?: QualitativeStrength
  /** The key word is negated ("未完成", "不合格", "没有提升"). */
  readonly negated: boolean
}

function precededByNegation(text: string, at: number): boolean {
  for (const n of NEGATIONS) {
    if (at >= n.length && text.startsWith(n, at - n.length)) return true
  }
  return false
}

/**
 * @internal Read the direction, strength and negation of a phrase from the
 * lexicon; words not found give `unknown`.
 */
export function readQualitative(text: string): QualitativeReading {
  let strength: QualitativeStrength | undefined
  for (const [word, s] of STRENGTH_WORDS) {
    if (text.includes(word)) {
      strength = s
      break
    }
  }
  for (const { word, direction } of QUALITATIVE_WORDS) {
    const at = text.indexOf(word)
    if (at < 0) continue
    const negated = direction !== 'absent' && precededByNegation(text, at)
    return strength === undefined ? { direction, negated } : { direction, strength, negated }
  }
  return strength === undefined ? { direction: 'unknown', negated: false } : { direction: 'unknown', strength, negated: false }
}
