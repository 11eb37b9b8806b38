/**
 * Plain-text tables for the examples: columns padded to their widest cell, CJK characters counted as two terminal
 * columns so that Chinese and Latin text line up. Shared by every example under examples/ (not part of the library).
 */

/** Code points a terminal draws two columns wide: CJK ideographs and punctuation, kana, Hangul, full-width forms. */
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u

/**
 * How many terminal columns a string takes (CJK characters take two).
 *
 * @example
 * displayWidth('得分 score') //=> 10
 */
export function displayWidth(text: string): number {
  let width = 0
  for (const ch of text) width += WIDE.test(ch) ? 2 : 1
  return width
}

/**
 * A plain-text table with a header row and a rule under it, columns padded to their widest cell and separated by two
 * spaces; trailing spaces are trimmed.
 *
 * @example
 * table(['指标', 'W'], [['培训人次', '10']])
 * //=> '指标      W\n--------  --\n培训人次  10'
 */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i] ?? ''))))
  const line = (cells: readonly string[]): string =>
    cells.map((cell, i) => cell + ' '.repeat((widths[i] ?? 0) - displayWidth(cell))).join('  ').trimEnd()
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n')
}
