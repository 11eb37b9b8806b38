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
