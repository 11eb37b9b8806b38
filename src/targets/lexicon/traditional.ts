/**
 * Traditional characters of the grammar's words, each read as its simplified form, one character for one so that spans
 * stay valid: 超過 is 超过, 達到 is 达到, 以內 is 以内, 不低於 is 不低于, 約 is 约, 萬 is 万, 個 is 个.
 * Source: 《通用规范汉字表》(2013) 附件1《规范字与繁体字、异体字对照表》, limited to the characters of the lexicon, the
 * numerals and the catalogued units. Characters the number and unit readers know in both forms (萬, 億, 點, 兩, 噸, 頃) are
 * not folded, so a unit keeps the form it was written in ("28.8萬元").
 *
 * @module
 */

/** @internal Traditional → simplified, for the characters the grammar reads. */
export const TRADITIONAL: Readonly<Record<string, string>> = {
  過: '过', 達: '达', 內: '内', 於: '于', 約: '约', 個: '个', 與: '与', 為: '为', 爲: '为', 無: '无', 沒: '没', 時: '时', 間: '间', 區: '区',
  後: '后', 當: '当', 歲: '岁', 週: '周', 場: '场', 臺: '台', 減: '减', 長: '长', 標: '标', 實: '实', 現: '现', 顯: '显',
  進: '进', 維: '维', 穩: '稳', 規: '规', 範: '范', 優: '优', 滿: '满', 蓋: '盖', 執: '执', 確: '确', 發: '发', 絕: '绝', 遲: '迟', 滯: '滞', 並: '并', 備: '备',
  項: '项', 數: '数', 級: '级', 額: '额', 質: '质', 總: '总', 戶: '户', 畝: '亩', 釐: '厘', 鐘: '钟', 準: '准', 續: '续', 從: '从', 應: '应', 須: '须', 夠: '够',
  還: '还', 較: '较', 開: '开', 關: '关', 驗: '验', 資: '资', 費: '费', 經: '经', 護: '护', 調: '调', 處: '处', 階: '阶', 據: '据', 節: '节', 計: '计', 劃: '划',
  務: '务', 爭: '争', 別: '别', 將: '将', 對: '对', 報: '报', 價: '价', 預: '预', 體: '体', 來: '来', 學: '学', 醫: '医', 療: '疗', 衛: '卫',
}

let folds: Uint16Array | undefined

/** @internal One code unit per Chinese character (U+4E00–U+9FFF): its simplified form, or 0 (built once, on first use). */
export function foldTable(): Uint16Array {
  if (folds !== undefined) return folds
  const table = new Uint16Array(0x9fff - 0x4e00 + 1)
  for (const [from, to] of Object.entries(TRADITIONAL)) {
    const code = from.charCodeAt(0)
    if (code >= 0x4e00 && code <= 0x9fff) table[code - 0x4e00] = to.charCodeAt(0)
  }
  folds = table
  return table
}

/** @internal Traditional characters read as simplified ones, one for one (超過 → 超过); text without any is returned as it is. */
export function foldTraditional(text: string): string {
  const table = foldTable()
  let i = 0
  for (; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code >= 0x4e00 && code <= 0x9fff && table[code - 0x4e00] !== 0) break
  }
  if (i === text.length) return text
  let out = text.slice(0, i)
  for (; i < text.length; i++) {
    const code = text.charCodeAt(i)
    const folded = code >= 0x4e00 && code <= 0x9fff ? (table[code - 0x4e00] as number) : 0
    out += folded === 0 ? (text[i] as string) : String.fromCharCode(folded)
  }
  return out
}
