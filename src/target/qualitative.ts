import { LATE_WORDS, NOT_NEGATING, PARTIAL_WORDS, qualitativeWords, STRENGTH_WORDS } from './lexicon.js'
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

/**
 * Is the key word at `at` negated ("未完成", "未能按期完成", "没有明显提升")? Only a negation right before it counts, with at
 * most a few filler characters between (能, 够, 按期, 及时, 明显 …), and not one that begins a word of its own (不良, 不动产,
 * 未成年, 无障碍).
 */
function negatedBefore(text: string, at: number): boolean {
  for (let k = at - 1; k >= 0 && k >= at - 4; k--) {
    const ch = text[k] as string
    if (NEGATION_CHARACTERS.has(ch)) {
      if (NOT_NEGATING.some((word) => text.startsWith(word, k) || (k > 0 && text.startsWith(word, k - 1)))) return false
      if (ch === '无' && !text.startsWith('无法', k)) return false
      const between = text.slice(k + 1, at).replace(/^法/, '')
      return between === '' || FILLERS.test(between)
    }
  }
  return false
}

const NEGATION_PATTERN = /[未不没无]/

/** What may stand between a negation and the word it denies. */
const FILLERS = /^(有|能|能够|够|按期|按时|及时|如期|明显|有效|全部|全面|再|得到|得|曾|予|在)+$/

/** The characters negation words begin or end with (未, 不, 没, 无法, 尚未). */
const NEGATION_CHARACTERS: ReadonlySet<string> = new Set(['未', '不', '没', '无'])

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
  const mayDeny = NEGATION_PATTERN.test(text)
  // 无法统计, 暂无数据: no data, not "none happened"
  const absentText = mayDeny ? text.replace(/无法|暂无|尚无|无数据|无从/g, (m) => '\u0000'.repeat(m.length)) : text
  for (const { word, direction: d } of qualitativeWords()) {
    const at = (d === 'absent' ? absentText : text).indexOf(word)
    if (at < 0) continue
    if (direction === 'unknown') direction = d
    // without a negation character the first key word says it all; with one, any key word denied makes the phrase a
    // denial ("全覆盖未实现", "完成但未达标")
    if (!mayDeny) break
    if (d !== 'absent' && negatedBefore(text, at)) {
      negated = true
      break
    }
  }
  if (direction === 'unknown' && input !== text) direction = 'attain' // "是否满意": whether it is so
  const base = { direction, negated, partial, late }
  return strength === undefined ? base : { ...base, strength }
}
