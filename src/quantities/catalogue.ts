/**
 * The unit catalogue, as data: each unit's family and its exact factor to the
 * family's base. Measure words not listed here (株, 宗, 场次 …) are still read:
 * each is a count unit of its own.
 *
 * @module
 */

/**
 * A family of units that convert into one another exactly.
 * `count` units convert only into themselves (万人 ↔ 人, never 人 ↔ 件).
 *
 * @example
 * ```ts
 * import { describeUnit } from 'jixiao'
 * describeUnit('亩').family
 * //=> 'area'
 * ```
 */
export type UnitFamily =
  | 'none'
  | 'share'
  | 'percentage-point'
  | 'money'
  | 'length'
  | 'area'
  | 'volume'
  | 'mass'
  | 'time'
  | 'calendar'
  | 'score'
  | 'energy'
  | 'power'
  | 'age'
  | 'count'
  | 'rate'

/** @internal One catalogued unit. */
export interface UnitDefinition {
  readonly family: Exclude<UnitFamily, 'none' | 'count' | 'rate'>
  /** Exact factor to the family's base unit, as a decimal string. */
  readonly factor: string
  /** The unit as the library writes it, when it differs from how it was written. */
  readonly canonical?: string
}

/**
 * @internal The catalogue. Area's base is the 亩 so that every factor is an
 * exact decimal (1 平方米 = 0.0015 亩, 1 公顷 = 15 亩).
 */
export const UNITS: Readonly<Record<string, UnitDefinition>> = {
  // shares of a whole
  '%': { family: 'share', factor: '0.01' },
  百分比: { family: 'share', factor: '0.01', canonical: '%' },
  '‰': { family: 'share', factor: '0.001' },
  '‱': { family: 'share', factor: '0.0001' },
  // percentage points: a difference of percents, never a percent
  百分点: { family: 'percentage-point', factor: '1' },
  个百分点: { family: 'percentage-point', factor: '1', canonical: '百分点' },
  百分點: { family: 'percentage-point', factor: '1', canonical: '百分点' },
  個百分點: { family: 'percentage-point', factor: '1', canonical: '百分点' },
  // money
  元: { family: 'money', factor: '1' },
  圆: { family: 'money', factor: '1' },
  角: { family: 'money', factor: '0.1' },
  // length
  米: { family: 'length', factor: '1' },
  m: { family: 'length', factor: '1' },
  延米: { family: 'length', factor: '1' },
  公里: { family: 'length', factor: '1000' },
  千米: { family: 'length', factor: '1000' },
  km: { family: 'length', factor: '1000' },
  厘米: { family: 'length', factor: '0.01' },
  cm: { family: 'length', factor: '0.01' },
  毫米: { family: 'length', factor: '0.001' },
  mm: { family: 'length', factor: '0.001' },
  公厘: { family: 'length', factor: '0.001' },
  // area (base: 亩)
  平方米: { family: 'area', factor: '0.0015' },
  平米: { family: 'area', factor: '0.0015' },
  '㎡': { family: 'area', factor: '0.0015' },
  m2: { family: 'area', factor: '0.0015' },
  'm²': { family: 'area', factor: '0.0015' },
  亩: { family: 'area', factor: '1' },
  公顷: { family: 'area', factor: '15' },
  公頃: { family: 'area', factor: '15' },
  hm2: { family: 'area', factor: '15' },
  平方公里: { family: 'area', factor: '1500' },
  平方千米: { family: 'area', factor: '1500' },
  km2: { family: 'area', factor: '1500' },
  'km²': { family: 'area', factor: '1500' },
  // volume
  立方米: { family: 'volume', factor: '1' },
  方: { family: 'volume', factor: '1' },
  m3: { family: 'volume', factor: '1' },
  'm³': { family: 'volume', factor: '1' },
  升: { family: 'volume', factor: '0.001' },
  L: { family: 'volume', factor: '0.001' },
  毫升: { family: 'volume', factor: '0.000001' },
  // mass (base: 千克)
  吨: { family: 'mass', factor: '1000' },
  噸: { family: 'mass', factor: '1000' },
  t: { family: 'mass', factor: '1000' },
  公斤: { family: 'mass', factor: '1' },
  千克: { family: 'mass', factor: '1' },
  kg: { family: 'mass', factor: '1' },
  斤: { family: 'mass', factor: '0.5' },
  克: { family: 'mass', factor: '0.001' },
  g: { family: 'mass', factor: '0.001' },
  毫克: { family: 'mass', factor: '0.000001' },
  mg: { family: 'mass', factor: '0.000001' },
  微克: { family: 'mass', factor: '0.000000001' },
  μg: { family: 'mass', factor: '0.000000001' },
  ug: { family: 'mass', factor: '0.000000001' },
  // time (base: second)
  秒: { family: 'time', factor: '1' },
  分钟: { family: 'time', factor: '60' },
  小时: { family: 'time', factor: '3600' },
  h: { family: 'time', factor: '3600' },
  天: { family: 'time', factor: '86400' },
  日: { family: 'time', factor: '86400' },
  周: { family: 'time', factor: '604800' },
  星期: { family: 'time', factor: '604800' },
  // calendar (base: month); months have no fixed number of days
  月: { family: 'calendar', factor: '1' },
  个月: { family: 'calendar', factor: '1' },
  個月: { family: 'calendar', factor: '1' },
  季度: { family: 'calendar', factor: '3' },
  个季度: { family: 'calendar', factor: '3' },
  年: { family: 'calendar', factor: '12' },
  // scores
  分: { family: 'score', factor: '1' },
  // age: 岁 and 周岁 (full years) compare as years of age
  岁: { family: 'age', factor: '1' },
  周岁: { family: 'age', factor: '1' },
  // energy and power
  千瓦时: { family: 'energy', factor: '1' },
  千瓦小时: { family: 'energy', factor: '1' },
  kWh: { family: 'energy', factor: '1' },
  瓦时: { family: 'energy', factor: '0.001' },
  千瓦: { family: 'power', factor: '1' },
  kW: { family: 'power', factor: '1' },
  瓦: { family: 'power', factor: '0.001' },
  W: { family: 'power', factor: '0.001' },
  兆瓦: { family: 'power', factor: '1000' },
  MW: { family: 'power', factor: '1000' },
}

/** @internal Multi-character measure words read whole (a single character plus 次 is read by rule). */
export const COUNT_WORDS: ReadonlySet<string> = new Set([
  '工作日', '个工作日', '人·次', '课时', '学时', '批次', '架次', '车次', '班次', '频次', '床位', '张床', '台套', '件套', '台(套)',
  // words that begin with a catalogued unit but are not it (周 is a week, 吨 a mass)
  '周年', '吨标准煤', '吨标煤',
])

/**
 * @internal Scale prefixes a unit may carry ("万元", "亿元", "万人次", "千元"),
 * with the traditional 萬 and 億 ("萬元", "萬億元").
 */
export const UNIT_PREFIXES: Readonly<Record<string, number>> = {
  十: 1, 百: 2, 千: 3, 万: 4, 十万: 5, 百万: 6, 千万: 7, 亿: 8, 十亿: 9, 百亿: 10, 千亿: 11, 万亿: 12,
  萬: 4, 十萬: 5, 百萬: 6, 千萬: 7, 億: 8, 十億: 9, 百億: 10, 千億: 11, 萬億: 12,
}

