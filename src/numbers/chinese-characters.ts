/**
 * The characters of Chinese numerals, 小写 and 大写 (financial), as data.
 *
 * @module
 */

/** @internal Digit characters and their values (〇零 0 … 九玖 9, 两 2, 幺 1). */
export const CHINESE_DIGITS: Readonly<Record<string, number>> = {
  〇: 0, 零: 0, '○': 0,
  一: 1, 壹: 1, 幺: 1, 弌: 1,
  二: 2, 两: 2, 兩: 2, 贰: 2, 貳: 2, 弍: 2,
  三: 3, 叁: 3, 參: 3, 弎: 3,
  四: 4, 肆: 4,
  五: 5, 伍: 5,
  六: 6, 陆: 6, 陸: 6,
  七: 7, 柒: 7,
  八: 8, 捌: 8,
  九: 9, 玖: 9,
}

/** @internal Small units inside a 4-digit group: 十 10¹, 百 10², 千 10³ (and 大写). */
export const CHINESE_SMALL_UNITS: Readonly<Record<string, number>> = {
  十: 1, 拾: 1, 百: 2, 佰: 2, 千: 3, 仟: 3,
}

/** @internal Big units between groups: 万 10⁴, 亿 10⁸. */
export const CHINESE_BIG_UNITS: Readonly<Record<string, number>> = {
  万: 4, 萬: 4, 亿: 8, 億: 8,
}

/** @internal The decimal point of Chinese numerals. */
export const CHINESE_POINT: ReadonlySet<string> = new Set(['点', '點'])

/** @internal Words for a negative number. */
export const CHINESE_MINUS: ReadonlySet<string> = new Set(['负', '負'])

/**
 * @internal Words that begin with a numeral character but are units, so a
 * number written in Arabic digits stops before them: "3千米" is 3 km and
 * "5百分点" is 5 percentage points.
 */
export const WORDS_THAT_ARE_NOT_NUMERALS: readonly string[] = [
  '千米', '千克', '千瓦', '千帕', '千焦', '千卡', '千伏', '百分点', '百分點', '百分比', '百分之', '千分之', '万分之', '萬分之', '十分',
]

let numeralCharacters: ReadonlySet<string> | undefined
let numeralTable: Uint8Array | undefined

/**
 * @internal Is `ch` any character that can be part of a Chinese numeral? One byte per Chinese character (this runs for
 * every character of a target), and a set for the few outside that range (○).
 */
export function isChineseNumeralChar(ch: string): boolean {
  return isChineseNumeralCode(ch.charCodeAt(0), ch)
}

/**
 * @internal {@link isChineseNumeralChar} by the character's code: a caller walking a text passes `charCodeAt`, and no
 * one-character string is made (`ch`, when the caller has it, spares making one for the few outside the table).
 */
export function isChineseNumeralCode(code: number, ch?: string): boolean {
  if (code >= 0x4e00 && code <= 0x9fff) {
    if (numeralTable === undefined) {
      numeralTable = new Uint8Array(0x9fff - 0x4e00 + 1)
      for (const c of numeralSet()) {
        const k = c.charCodeAt(0)
        if (k >= 0x4e00 && k <= 0x9fff) numeralTable[k - 0x4e00] = 1
      }
    }
    return numeralTable[code - 0x4e00] === 1
  }
  return (code >= 0x3000 || code === 0x25cb) && numeralSet().has(ch ?? String.fromCharCode(code))
}

function numeralSet(): ReadonlySet<string> {
  numeralCharacters ??= new Set([
    ...Object.keys(CHINESE_DIGITS),
    ...Object.keys(CHINESE_SMALL_UNITS),
    ...Object.keys(CHINESE_BIG_UNITS),
    ...CHINESE_POINT,
  ])
  return numeralCharacters
}

let digitValues: ReadonlyMap<string, number> | undefined
let smallUnits: ReadonlyMap<string, number> | undefined
let bigUnits: ReadonlyMap<string, number> | undefined

let digitTable: Int8Array | undefined

/**
 * @internal The value of a Chinese digit character (〇 … 九, 大写, 两), or undefined. A table of one byte per Chinese
 * character (this runs for every character of a target), and a Map for the few outside that range (○): no inherited key
 * answers.
 */
export function chineseDigit(ch: string): number | undefined {
  return chineseDigitCode(ch.charCodeAt(0), ch)
}

/** @internal {@link chineseDigit} by the character's code (NaN, past the end of a text, is none). */
export function chineseDigitCode(code: number, ch?: string): number | undefined {
  if (code >= 0x4e00 && code <= 0x9fff) {
    if (digitTable === undefined) {
      digitTable = new Int8Array(0x9fff - 0x4e00 + 1).fill(-1)
      for (const [c, v] of Object.entries(CHINESE_DIGITS)) {
        const k = c.charCodeAt(0)
        if (k >= 0x4e00 && k <= 0x9fff) digitTable[k - 0x4e00] = v
      }
    }
    const v = digitTable[code - 0x4e00] as number
    return v < 0 ? undefined : v
  }
  if (!(code >= 0x3000 || code === 0x25cb)) return undefined
  digitValues ??= new Map(Object.entries(CHINESE_DIGITS))
  return digitValues.get(ch ?? String.fromCharCode(code))
}

/** @internal The power of ten of 十, 百, 千 (and 大写), or undefined. */
export function chineseSmallUnit(ch: string): number | undefined {
  smallUnits ??= new Map(Object.entries(CHINESE_SMALL_UNITS))
  return smallUnits.get(ch)
}

/** @internal The power of ten of 万 and 亿 (and traditional forms), or undefined. */
export function chineseBigUnit(ch: string): number | undefined {
  bigUnits ??= new Map(Object.entries(CHINESE_BIG_UNITS))
  return bigUnits.get(ch)
}
