/**
 * Marks the target lexer pairs or reads ahead: brackets (paired once per text, so nesting costs linear time) and
 * fractions ("三分之二", "2/3").
 *
 * @module
 */
import { own } from '../own.js'
import { isChineseNumeralChar, isChineseNumeralCode } from '../numbers/chinese-characters.js'
import { isAsciiDigit, isCjk, isLatinLetter } from '../numbers/characters.js'
import { scanNumber, UNSIGNED } from '../numbers/scan-number.js'
import { makeQuantity } from '../quantities/quantity.js'
import { startsLexiconWord } from './lexer-words.js'
import { BRACKETS } from './lexicon/structure.js'
import type { Token } from './tokens.js'

/** The codes of the brackets a note opens with (the keys of `BRACKETS`: "(", "[", "【", "〔"). */
const OPENING: ReadonlySet<number> = /*@__PURE__*/ new Set(Object.keys(BRACKETS).map((b) => b.charCodeAt(0)))

/** @internal Does a note in brackets open with the character of this code? */
export function isOpeningBracket(code: number): boolean {
  return OPENING.has(code)
}

/**
 * @internal For every opening bracket of `text[start, end)`, the index of the bracket that closes it (nesting counted),
 * or -1: one pass with a stack, so that nested brackets cost linear time.
 */
export function bracketPairs(text: string, start: number, end: number): Int32Array {
  const pairs = new Int32Array(end + 1).fill(-1)
  const stack: number[] = []
  for (let k = start; k < end; k++) {
    const ch = text[k] as string
    if (isOpeningBracket(text.charCodeAt(k))) stack.push(k)
    else {
      // a closing bracket closes the nearest open one of its kind; others in between stay unclosed
      for (let s = stack.length - 1; s >= 0; s--) {
        const open = stack[s] as number
        if (BRACKETS[text[open] as string] === ch) {
          pairs[open] = k
          stack.length = s
          break
        }
      }
    }
  }
  return pairs
}

/**
 * @internal A fraction at `pos`: "三分之二" (the denominator first) or "2/3" (bare numbers either side of a slash). Both become
 * numerator, ratio mark, denominator.
 */
export function readFraction(source: string, pos: number): readonly Token[] | undefined {
  // cheap look-ahead: past the digits, a "/" or "分之" must follow
  let j = pos
  const limit = Math.min(source.length, pos + 32)
  while (j < limit) {
    const code = source.charCodeAt(j)
    if (!isAsciiDigit(code) && code !== 46 && !isChineseNumeralCode(code)) break
    j++
  }
  if (j === pos || (source[j] !== '/' && !source.startsWith('分之', j))) return undefined
  const first = scanNumber(source, pos, UNSIGNED)
  if (first === undefined || !first.ok || own(first, 'scale') !== undefined) return undefined
  const chineseForm = source.startsWith('分之', first.end)
  const slashForm = source[first.end] === '/' && isAsciiDigit(source.charCodeAt(first.end + 1))
  if (!chineseForm && !slashForm) return undefined
  const second = scanNumber(source, first.end + (chineseForm ? 2 : 1), UNSIGNED)
  if (second === undefined || !second.ok || own(second, 'scale') !== undefined) return undefined
  // "10/10万" is a rate per 100,000 and "50/10万活产" per 100,000 live births: only bare numbers make a fraction
  if (slashForm) {
    const next = source[second.end] ?? ''
    const glued = next !== '' && (isChineseNumeralChar(next) || isLatinLetter(next.charCodeAt(0)) || isCjk(next.charCodeAt(0)))
    if (glued && !startsLexiconWord(source, second.end)) return undefined
  }
  const [numerator, denominator] = chineseForm ? [second, first] : [first, second]
  const qty = (n: typeof first, start: number, end: number): Token => ({
    t: 'qty',
    start,
    end,
    scanned: { ok: true, quantity: makeQuantity(n.value, ''), start, end, numberEnd: end, moreThan: false, script: n.script, form: 'number' },
  })
  const end = second.end
  return [qty(numerator, pos, end), { t: 'colon', start: end, end }, qty(denominator, end, end)]
}

