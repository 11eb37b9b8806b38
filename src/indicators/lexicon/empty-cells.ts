/**
 * Cells a table marks empty, and a template's placeholders for indicators left unfilled. Sources: the Sichuan 自评表
 * template ("/" in 权重 and 得分 of the budget's sub-lines), Anhui tables ("-" for funds not used), and the "指标1: … 指标2:
 * ……" rows that provincial templates print for indicators to fill in (test/fixtures/tables/).
 *
 * @module
 */

/** @internal Cells that mean empty: "/", "-", "—", "——" and their width variants. */
export const EMPTY_CELLS: readonly string[] = ['/', '-', '—', '——', '－', '–', '/ ', '／', '\\']

/** @internal A template's placeholder for an indicator left unfilled: "……", "…", "指标2", "指标2:", "指标N：". */
export const PLACEHOLDER = /^(?:[.…。·]+|指标\d*[:：]?|\.\.\.)$/u
