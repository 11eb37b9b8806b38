/**
 * Plain-text tables for the examples: columns padded to their widest cell, CJK characters counted as two terminal
 * columns so that Chinese and Latin text line up. Shared by every example under examples/ (not part of the library).
 */

import { displayWidth } from '../../src/reports/east-asian-width.js'

/**
 * How many terminal columns a string takes (CJK characters take two): the library's own measure (UAX #11), the one its
 * text reports align with.
 */
export { displayWidth }

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
