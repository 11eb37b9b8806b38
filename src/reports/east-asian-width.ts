/**
 * @internal The display width of text in a terminal: the code points that take two columns (East Asian Wide and
 * Fullwidth) and those that take none (combining marks, zero-width characters, variation selectors).
 *
 * Source: Unicode Standard Annex #11, East Asian Width (https://www.unicode.org/reports/tr11/), the W and F classes, in
 * the blocks a self-evaluation table uses (CJK, Hangul, kana, fullwidth forms, CJK punctuation, emoji); the zero-width
 * marks of UAX #29's Extend class that such tables carry.
 *
 * @module
 */

/** @internal Ranges [first, last] of code points two columns wide, in order. */
const WIDE: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f], // Hangul Jamo initials
  [0x231a, 0x231b], // ⌚⌛
  [0x23e9, 0x23ec], // ⏩⏪⏫⏬
  [0x23f0, 0x23f0], // ⏰
  [0x23f3, 0x23f3], // ⏳
  [0x25fd, 0x25fe], // ◽◾
  [0x2614, 0x2615], // ☔☕
  [0x2648, 0x2653], // ♈…♓
  [0x267f, 0x267f], // ♿
  [0x2693, 0x2693], // ⚓
  [0x26a1, 0x26a1], // ⚡
  [0x26aa, 0x26ab], // ⚪⚫
  [0x26bd, 0x26be], // ⚽⚾
  [0x26c4, 0x26c5], // ⛄⛅
  [0x26ce, 0x26ce], // ⛎
  [0x26d4, 0x26d4], // ⛔
  [0x26ea, 0x26ea], // ⛪
  [0x26f2, 0x26f3], // ⛲⛳
  [0x26f5, 0x26f5], // ⛵
  [0x26fa, 0x26fa], // ⛺
  [0x26fd, 0x26fd], // ⛽
  [0x2705, 0x2705], // ✅
  [0x270a, 0x270b], // ✊✋
  [0x2728, 0x2728], // ✨
  [0x274c, 0x274c], // ❌
  [0x274e, 0x274e], // ❎
  [0x2753, 0x2755], // ❓❔❕
  [0x2757, 0x2757], // ❗
  [0x2795, 0x2797], // ➕➖➗
  [0x27b0, 0x27b0], // ➰
  [0x27bf, 0x27bf], // ➿
  [0x2b1b, 0x2b1c], // ⬛⬜
  [0x2b50, 0x2b50], // ⭐
  [0x2b55, 0x2b55], // ⭕
  [0x2e80, 0x303e], // CJK radicals, Kangxi, ideographic description, CJK symbols and punctuation (、。「」〔〕)
  [0x3041, 0x33ff], // kana, bopomofo, Hangul compatibility Jamo, kanbun, CJK strokes, enclosed CJK, compatibility
  [0x3400, 0x4dbf], // CJK extension A
  [0x4e00, 0x9fff], // CJK unified ideographs
  [0xa000, 0xa4cf], // Yi
  [0xac00, 0xd7a3], // Hangul syllables
  [0xf900, 0xfaff], // CJK compatibility ideographs
  [0xfe10, 0xfe19], // vertical forms
  [0xfe30, 0xfe6f], // CJK compatibility forms, small form variants
  [0xff00, 0xff60], // fullwidth forms (（）：，％ and fullwidth digits)
  [0xffe0, 0xffe6], // fullwidth signs (￥)
  [0x1f004, 0x1f004], // 🀄
  [0x1f0cf, 0x1f0cf], // 🃏
  [0x1f18e, 0x1f18e], // 🆎
  [0x1f191, 0x1f19a], // 🆑…🆚
  [0x1f200, 0x1f251], // enclosed ideographic supplement (🈚, 🉐)
  [0x1f300, 0x1f3fa], // pictographs (the skin-tone modifiers after them take no column of their own)
  [0x1f400, 0x1f64f], // pictographs, emoticons
  [0x1f680, 0x1f6ff], // transport and map symbols
  [0x1f7e0, 0x1f7eb], // coloured circles and squares
  [0x1f900, 0x1f9ff], // supplemental symbols and pictographs
  [0x1fa70, 0x1faff], // symbols and pictographs extended-A
  [0x20000, 0x3fffd], // CJK extensions B–H, supplementary ideographic planes
]

/** @internal Ranges of code points that take no column. */
const ZERO: readonly (readonly [number, number])[] = [
  [0x0000, 0x001f], // C0 controls
  [0x007f, 0x009f], // DEL, C1 controls
  [0x0300, 0x036f], // combining diacritical marks
  [0x200b, 0x200f], // zero-width space, joiners, direction marks
  [0x2028, 0x202e], // separators and embeddings
  [0x2060, 0x2064], // word joiner, invisible operators
  [0xfe00, 0xfe0f], // variation selectors
  [0xfeff, 0xfeff], // zero-width no-break space
  [0x1f3fb, 0x1f3ff], // emoji skin-tone modifiers
]

function within(ranges: readonly (readonly [number, number])[], cp: number): boolean {
  let lo = 0
  let hi = ranges.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const r = ranges[mid] as readonly [number, number]
    if (cp < r[0]) hi = mid - 1
    else if (cp > r[1]) lo = mid + 1
    else return true
  }
  return false
}

/** @internal Columns one code point takes: 0, 1 or 2. */
export function codePointWidth(cp: number): 0 | 1 | 2 {
  if (cp >= 0x20 && cp < 0x7f) return 1
  if (within(ZERO, cp)) return 0
  return within(WIDE, cp) ? 2 : 1
}

/** @internal Columns a text takes in a terminal: a pictograph joined to the one before it by U+200D (👨‍👩‍👧) takes none of its own. */
export function displayWidth(text: string): number {
  let width = 0
  let joined = false
  for (const ch of text) {
    const cp = ch.codePointAt(0) as number
    if (!joined) width += codePointWidth(cp)
    joined = cp === 0x200d
  }
  return width
}
