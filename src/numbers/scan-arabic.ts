/**
 * Arabic literals inside running text: digits with comma or space groups (GB/T 15835), decimals, and the exponent of
 * scientific notation, which the readers refuse.
 *
 * @module
 */
import { isAsciiDigit } from './characters.js'
import { failure, type ScanFailure } from './scan-failure.js'

/** @internal Where an exponent part ("E+05", "e-3") after a number ends, or -1 when there is none. */
export function exponentEnd(text: string, at: number): number {
  const e = text.charCodeAt(at)
  if (e !== 69 && e !== 101) return -1
  let i = at + 1
  if (text[i] === '+' || text[i] === '-') i++
  if (!isAsciiDigit(text.charCodeAt(i))) return -1
  while (isAsciiDigit(text.charCodeAt(i))) i++
  // "3e5a" or "2E3B": letters go on, a code rather than a number
  const after = text.charCodeAt(i)
  if ((after >= 65 && after <= 90) || (after >= 97 && after <= 122)) return -1
  return i
}

/**
 * @internal Read an Arabic literal ("3,093,635", "99.16", ".5") at `pos`.
 * Returns the end index and the digits without separators, or a failure.
 */
export function readArabic(text: string, pos: number): { end: number; digits: string } | ScanFailure {
  let i = pos
  let digits = ''
  let segmentStart = i
  // "28 831", "1 392 476": groups of three digits set apart by spaces (GB/T
  // 15835 and GB 3101 write large numbers so); the first group has one to
  // three digits and every later group exactly three.
  const spaced = spaceGroupedEnd(text, pos)
  if (spaced !== undefined) {
    digits = text.slice(pos, spaced).replace(/ /g, '')
    i = spaced
    segmentStart = i
  }
  while (spaced === undefined && i < text.length) {
    const code = text.charCodeAt(i)
    if (isAsciiDigit(code)) {
      i++
      continue
    }
    // thousands separator: "," followed by exactly three digits
    if (
      code === 44 &&
      i > pos &&
      isAsciiDigit(text.charCodeAt(i + 1)) &&
      isAsciiDigit(text.charCodeAt(i + 2)) &&
      isAsciiDigit(text.charCodeAt(i + 3)) &&
      !isAsciiDigit(text.charCodeAt(i + 4))
    ) {
      digits += text.slice(segmentStart, i)
      i++
      segmentStart = i
      continue
    }
    break
  }
  if (text.charCodeAt(i) === 46 /* . */) {
    if (isAsciiDigit(text.charCodeAt(i + 1))) {
      i++
      while (isAsciiDigit(text.charCodeAt(i))) i++
      if (text.charCodeAt(i) === 46 && isAsciiDigit(text.charCodeAt(i + 1))) {
        // "1.2.3": a version or a date, not a number
        let j = i + 1
        while (isAsciiDigit(text.charCodeAt(j))) j++
        return failure(pos, j, 'several-points', text.slice(pos, j))
      }
    } else if (text.charCodeAt(i + 1) === 46) {
      let j = i
      while (text.charCodeAt(j) === 46) j++
      return failure(i, j, 'repeated-point', text.slice(pos, j))
    }
  }
  digits += text.slice(segmentStart, i)
  return { end: i, digits }
}

/** End of an integer written in space-separated groups of three at `pos`, if one is there. */
function spaceGroupedEnd(text: string, pos: number): number | undefined {
  let i = pos
  while (i < text.length && isAsciiDigit(text.charCodeAt(i))) i++
  if (i === pos || i - pos > 3) return undefined
  let groups = 0
  while (
    text.charCodeAt(i) === 32 &&
    isAsciiDigit(text.charCodeAt(i + 1)) &&
    isAsciiDigit(text.charCodeAt(i + 2)) &&
    isAsciiDigit(text.charCodeAt(i + 3)) &&
    !isAsciiDigit(text.charCodeAt(i + 4))
  ) {
    i += 4
    groups++
  }
  return groups > 0 ? i : undefined
}

