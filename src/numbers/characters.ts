/**
 * The character classes every lexer of the library uses, each defined once.
 *
 * @module
 */

/** @internal Is the code an ASCII digit 0–9? */
export function isAsciiDigit(code: number): boolean {
  return code >= 48 && code <= 57
}

/** @internal Is the code a CJK unified ideograph (U+4E00–U+9FFF)? */
export function isCjk(code: number): boolean {
  return code >= 0x4e00 && code <= 0x9fff
}

/** @internal Is the code an ASCII letter? */
export function isLatinLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
}

/** @internal Does the text hold a CJK ideograph? */
export function hasCjk(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isCjk(text.charCodeAt(i))) return true
  return false
}

/**
 * @internal Items indexed by the code of their word's first character, each list in the order given: a word list looked
 * up by `charCodeAt` (no one-character string is made for each character read). The readers of units, of the target
 * grammar's words and of targets in words build their indexes so.
 */
export function byFirstCode<T>(items: Iterable<T>, wordOf: (item: T) => string): Map<number, T[]> {
  const index = new Map<number, T[]>()
  for (const item of items) {
    const first = wordOf(item).charCodeAt(0)
    const list = index.get(first)
    if (list === undefined) index.set(first, [item])
    else list.push(item)
  }
  return index
}
