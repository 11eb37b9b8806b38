/**
 * Character normalisation that keeps every character at its index, so that
 * spans reported on the normalised text point into the original text too.
 *
 * @module
 */

const MAP: Readonly<Record<string, string>> = {
  '\u3000': ' ', // ideographic space
  '\u00a0': ' ',
  '\u2002': ' ',
  '\u2003': ' ',
  '\u2009': ' ', // thin space (GB/T 15835 digit groups)
  '\u202F': ' ', // narrow no-break space
  '\t': ' ',
  '\u2212': '-', // minus sign
  '\u2013': '-', // en dash
  '\u2014': '-', // em dash
  '\u2015': '-',
  '\u2010': '-',
  '\u2011': '-',
  '\u301c': '~', // wave dash
  '\u2053': '~',
  '\uFE6A': '%', // small percent
  '\u2267': '≥', // ≧
  '\u2266': '≤', // ≦
  '\u2A7E': '≥', // ⩾
  '\u2A7D': '≤', // ⩽
  '\u226E': '≥', // ≮ not less than (standards tables)
  '\u226F': '≤', // ≯ not more than
  '\u2270': '>', // ≰ neither less than nor equal to
  '\u2271': '<', // ≱ neither greater than nor equal to
  '\u30FB': '·', // katakana middle dot
  '\u2022': '·',
  '\u2027': '·',
  '\u22C5': '·',
  '\u3002': '。',
  '\u2236': ':', // ratio sign ∶
  '\u2550': '=', // ═, written for = in some tables
  '\uFE66': '=', // ﹦
  '\uFE64': '<', // ﹤
  '\uFE65': '>', // ﹥
  '\u2039': '<', // ‹ (seen as ‹= in real tables)
  '\u203A': '>', // ›
  '\u02D0': ':',
}

let table: ReadonlyMap<string, string> | undefined

/** The look-alike characters as a Map (built once): a Map answers no inherited key. */
function mapped(): ReadonlyMap<string, string> {
  table ??= new Map(Object.entries(MAP))
  return table
}

/**
 * Turn full-width ASCII (１００％, ＞＝, ：) into half-width, unify look-alike
 * symbols (≧ → ≥, ≦ → ≤, ≮ → ≥, ≯ → ≤, − – — → -, 〜 → ~, ∶ → :) and spaces, one character
 * for one character: `normalizeWidth(s).length === s.length` always.
 *
 * @param text - any text.
 * @returns the text with the same length, normalised character by character.
 * @example
 * ```ts
 * normalizeWidth('≧９５％')
 * //=> '≥95%'
 * ```
 */
export function normalizeWidth(text: string): string {
  // Most text needs nothing: find the first character that does, without building a string.
  let i = 0
  for (; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code < 0x80 ? code === 9 : (code >= 0x4e00 && code <= 0x9fff) ? false : needsMapping(code, text[i] as string)) break
  }
  if (i === text.length) return text
  let out = text.slice(0, i)
  for (; i < text.length; i++) {
    const code = text.charCodeAt(i)
    const ch = text[i] as string
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCharCode(code - 0xfee0)
    else out += mapped().get(ch) ?? ch
  }
  return out
}

function needsMapping(code: number, ch: string): boolean {
  return (code >= 0xff01 && code <= 0xff5e) || mapped().has(ch)
}
