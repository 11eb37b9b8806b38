import { LATE_WORDS, NEGATIONS, NOT_NEGATING, PARTIAL_WORDS, qualitativeWords, STRENGTH_WORDS } from './lexicon.js'
import type { QualitativeDirection, QualitativeStrength } from './types.js'

/** @internal What a phrase in words says. */
export interface QualitativeReading {
  readonly direction: QualitativeDirection
  readonly strength?: QualitativeStrength
  /** The key word is negated ("未完成", "不合格", "未按期完成", "没有提升"). */
  readonly negated: boolean
  /** Done only in part: 部分完成, 基本完成, 未全部完成. */
  readonly partial: boolean
  /** Done late: 逾期, 延期, 滞后. */
  readonly late: boolean
}

/** Is the key word at `at` negated by a word before it in its clause ("未按期完成", "没有明显提升")? */
function negatedBefore(text: string, at: number): boolean {
  for (let k = at - 1; k >= 0; k--) {
    const ch = text[k] as string
    if ('，,；;。、'.includes(ch)) return false
    if (NEGATION_CHARACTERS.has(ch) && !NOT_NEGATING.some((word) => text.startsWith(word, k))) {
      // 无法 and 尚未 are two characters, 未/不/没 one: any of them denies what follows
      if (ch !== '无' || text.startsWith('无法', k)) return true
    }
  }
  return false
}

/** The characters negation words begin or end with (未, 不, 没, 无法, 尚未). */
const NEGATION_CHARACTERS: ReadonlySet<string> = new Set(NEGATIONS.flatMap((n) => [...n]).filter((c) => c !== '法' && c !== '尚'))

/**
 * @internal Read the direction, strength, negation, partiality and lateness of
 * a phrase from the lexicon; words not found give `unknown`. "是否…" (whether)
 * asks for the thing, it does not deny it.
 */
export function readQualitative(input: string): QualitativeReading {
  const text = input.replace(/是否/g, '')
  let strength: QualitativeStrength | undefined
  for (const [word, s] of STRENGTH_WORDS) {
    if (text.includes(word)) {
      strength = s
      break
    }
  }
  const partial = PARTIAL_WORDS.some((w) => text.includes(w))
  const late = LATE_WORDS.some((w) => text.includes(w))
  let direction: QualitativeDirection = 'unknown'
  let negated = false
  for (const { word, direction: d } of qualitativeWords()) {
    const at = text.indexOf(word)
    if (at < 0) continue
    direction = d
    negated = d !== 'absent' && negatedBefore(text, at)
    break
  }
  if (direction === 'unknown' && input !== text) direction = 'attain' // "是否满意": whether it is so
  const base = { direction, negated, partial, late }
  return strength === undefined ? base : { ...base, strength }
}
