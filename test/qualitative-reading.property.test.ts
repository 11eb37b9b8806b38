/**
 * The qualitative reader scans a phrase once with its words indexed by first character. It must say exactly what looking
 * each word of the lexicon up in turn says (the plain definition, written out here as the reference), for any phrase.
 */
import { fc, test } from '@fast-check/vitest'
import { describe } from 'vitest'
import { readQualitative } from '../src/targets/qualitative.js'
import { WORDS_BY_DIRECTION, LATE_WORDS, PARTIAL_WORDS, STRENGTH_WORDS } from '../src/targets/lexicon/qualitative.js'
import { NEGATION_CHARACTERS, NO_DATA_WORDS, NOT_NEGATING, FILLERS } from '../src/targets/lexicon/negation.js'

const keyWords = WORDS_BY_DIRECTION.flatMap(([direction, list]) => list.map((word) => ({ word, direction })))

function negatedBefore(text: string, at: number): boolean {
  for (let k = at - 1; k >= 0 && k >= at - 4; k--) {
    const ch = text[k] as string
    if (NEGATION_CHARACTERS.has(ch)) {
      if (NOT_NEGATING.some((w) => text.startsWith(w, k) || (k > 0 && text.startsWith(w, k - 1)))) return false
      if (ch === '无' && !text.startsWith('无法', k)) return false
      let between = text.slice(k + 1, at)
      if (between.startsWith('法')) between = between.slice(1)
      while (between !== '') {
        const f = FILLERS.find((x) => between.startsWith(x))
        if (f === undefined) return false
        between = between.slice(f.length)
      }
      return true
    }
  }
  return false
}

/** The plain definition: each word looked up in turn. */
function reference(input: string): { direction: string; negated: boolean; partial: boolean; late: boolean; strength?: string } {
  // "是否…" asks whether: it denies nothing
  const text = input.split('是否').join('')
  const strength = STRENGTH_WORDS.find(([w]) => text.includes(w))?.[1]
  const partial = PARTIAL_WORDS.some((w) => text.includes(w))
  const late = LATE_WORDS.some((w) => text.includes(w))
  const mayDeny = [...text].some((ch) => NEGATION_CHARACTERS.has(ch))
  let absentText = text
  if (mayDeny) for (const w of NO_DATA_WORDS) absentText = absentText.split(w).join('\u0000'.repeat(w.length))
  let direction = 'unknown'
  let negated = false
  for (const { word, direction: d } of keyWords) {
    const at = (d === 'absent' ? absentText : text).indexOf(word)
    if (at < 0) continue
    if (direction === 'unknown') direction = d
    if (!mayDeny) break
    if (d !== 'absent' && negatedBefore(text, at)) {
      negated = true
      break
    }
  }
  if (direction === 'unknown' && (input !== text || /应(.)尽\1/.test(text))) direction = 'attain'
  const base = { direction, negated, partial, late }
  return strength === undefined ? base : { ...base, strength }
}

const pieces = [...keyWords.map((k) => k.word), ...PARTIAL_WORDS, ...LATE_WORDS, ...STRENGTH_WORDS.map(([w]) => w), ...NO_DATA_WORDS, ...NOT_NEGATING, '未', '不', '没', '能', '按期', '服务', '质量', '群众', '，', '的', '是否', '是']

describe('the qualitative reader', () => {
  test.prop([fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 8 })], { numRuns: 5000 })('says what looking each word up in turn says', (parts) => {
    const text = parts.join('')
    const got = readQualitative(text)
    const want = reference(text)
    if (JSON.stringify(got) !== JSON.stringify(want)) throw new Error(`${text}: ${JSON.stringify(got)} ≠ ${JSON.stringify(want)}`)
  })
})
