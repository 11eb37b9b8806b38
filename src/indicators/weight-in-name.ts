/**
 * A weight written in a name, as real tables do: "产出指标(50分)", "产出指标（50）", "预算执行情况(万元)(20分)",
 * "效益指标（权重30%）", "满意度指标10分". A group's name may write its weight as a bare number in brackets; an indicator's
 * (level 3) only with 分 or with 分值 / 权重 / 满分 before it, since "学员满意度（90%）" and "达标率（95）" are targets, not
 * weights. A percentage is a weight only after 权重.
 *
 * @module
 */
import { normalizeWidth } from '../numbers/normalize.js'
import { D, freezeDecimal } from '../numbers/decimal.js'
import type { WeightCell } from './values.js'

// a bracket at the end: a word of weight, a number, 分 or % after it
const BRACKETED = /[(（[【]\s*(分值|权重|满分)?\s*[:：]?\s*(\d+(?:\.\d+)?)\s*(分|%)?\s*[)）\]】]\s*$/u
// a bare "10分" at the end of a group's name
const BARE = /(?<![\d.])(\d+(?:\.\d+)?)\s*分\s*$/u

/** @internal The weight a name writes, if it writes one; `group` for level-1 and level-2 names. */
export function weightInName(name: string, group: boolean): WeightCell | undefined {
  const text = normalizeWidth(name).replace(/\s+/gu, '')
  const bracketed = BRACKETED.exec(text)
  if (bracketed !== null) {
    const [, word, amount, mark] = bracketed
    const percent = mark === '%'
    // "（90%）" is a target; "（权重30%）" a weight. "（50）" is a group's weight, never an indicator's.
    if (percent ? word !== '权重' : mark === undefined && word === undefined && !group) return undefined
    return { amount: freezeDecimal(new D(amount as string)), percent }
  }
  const bare = group ? BARE.exec(text) : null
  return bare === null ? undefined : { amount: freezeDecimal(new D(bare[1] as string)), percent: false }
}
