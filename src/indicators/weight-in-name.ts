/**
 * A weight written in a name, as real tables do: "产出指标(50分)", "产出指标（50）", "预算执行情况(万元)(20分)",
 * "效益指标（权重30%）", "满意度指标10分".
 *
 * @module
 */
import { normalizeWidth } from '../numbers/normalize.js'
import { D, freezeDecimal } from '../numbers/decimal.js'
import type { WeightCell } from './values.js'

// a bracket at the end holding a number, with 分 or % after it and 分值 / 权重 before it, or a bare "50分" at the end
const BRACKETED = /[(（[【]\s*(?:分值|权重|满分)?\s*[:：]?\s*(\d+(?:\.\d+)?)\s*(分|%)?\s*[)）\]】]\s*$/u
const BARE = /(?<![\d.])(\d+(?:\.\d+)?)\s*分\s*$/u

/** @internal The weight a name writes, if it writes one. */
export function weightInName(name: string): WeightCell | undefined {
  const text = normalizeWidth(name)
  const match = BRACKETED.exec(text) ?? BARE.exec(text)
  if (match === null) return undefined
  return { amount: freezeDecimal(new D(match[1] as string)), percent: match[2] === '%' }
}
