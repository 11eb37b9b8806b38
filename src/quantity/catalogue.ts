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

const def = (family: UnitDefinition['family'], factor: string, canonical?: string): UnitDefinition =>
  canonical === undefined ? { family, factor } : { family, factor, canonical }

/**
 * @internal The catalogue. Area's base is the 亩 so that every factor is an
 * exact decimal (1 平方米 = 0.0015 亩, 1 公顷 = 15 亩).
 */
export const UNITS: Readonly<Record<string, UnitDefinition>> = {
  // shares of a whole
  '%': def('share', '0.01'),
  百分比: def('share', '0.01', '%'),
  '‰': def('share', '0.001'),
  '‱': def('share', '0.0001'),
  // percentage points: a difference of percents, never a percent
  百分点: def('percentage-point', '1'),
  个百分点: def('percentage-point', '1', '百分点'),
  百分點: def('percentage-point', '1', '百分点'),
  個百分點: def('percentage-point', '1', '百分点'),
  // money
  元: def('money', '1'),
  圆: def('money', '1'),
  角: def('money', '0.1'),
  // length
  米: def('length', '1'),
  m: def('length', '1'),
  延米: def('length', '1'),
  公里: def('length', '1000'),
  千米: def('length', '1000'),
  km: def('length', '1000'),
  厘米: def('length', '0.01'),
  cm: def('length', '0.01'),
  毫米: def('length', '0.001'),
  mm: def('length', '0.001'),
  公厘: def('length', '0.001'),
  // area (base: 亩)
  平方米: def('area', '0.0015'),
  平米: def('area', '0.0015'),
  '㎡': def('area', '0.0015'),
  m2: def('area', '0.0015'),
  'm²': def('area', '0.0015'),
  亩: def('area', '1'),
  公顷: def('area', '15'),
  公頃: def('area', '15'),
  hm2: def('area', '15'),
  平方公里: def('area', '1500'),
  平方千米: def('area', '1500'),
  km2: def('area', '1500'),
  'km²': def('area', '1500'),
  // volume
  立方米: def('volume', '1'),
  方: def('volume', '1'),
  m3: def('volume', '1'),
  'm³': def('volume', '1'),
  升: def('volume', '0.001'),
  L: def('volume', '0.001'),
  毫升: def('volume', '0.000001'),
  // mass (base: 千克)
  吨: def('mass', '1000'),
  噸: def('mass', '1000'),
  t: def('mass', '1000'),
  公斤: def('mass', '1'),
  千克: def('mass', '1'),
  kg: def('mass', '1'),
  斤: def('mass', '0.5'),
  克: def('mass', '0.001'),
  g: def('mass', '0.001'),
  毫克: def('mass', '0.000001'),
  mg: def('mass', '0.000001'),
  微克: def('mass', '0.000000001'),
  μg: def('mass', '0.000000001'),
  ug: def('mass', '0.000000001'),
  // time (base: second)
  秒: def('time', '1'),
  分钟: def('time', '60'),
  小时: def('time', '3600'),
  h: def('time', '3600'),
  天: def('time', '86400'),
  日: def('time', '86400'),
  周: def('time', '604800'),
  星期: def('time', '604800'),
  // calendar (base: month); months have no fixed number of days
  月: def('calendar', '1'),
  个月: def('calendar', '1'),
  個月: def('calendar', '1'),
  季度: def('calendar', '3'),
  个季度: def('calendar', '3'),
  年: def('calendar', '12'),
  // scores
  分: def('score', '1'),
  // energy and power
  千瓦时: def('energy', '1'),
  千瓦小时: def('energy', '1'),
  kWh: def('energy', '1'),
  瓦时: def('energy', '0.001'),
  千瓦: def('power', '1'),
  kW: def('power', '1'),
  瓦: def('power', '0.001'),
  W: def('power', '0.001'),
  兆瓦: def('power', '1000'),
  MW: def('power', '1000'),
}

/** @internal Multi-character measure words read whole (a single character plus 次 is read by rule). */
export const COUNT_WORDS: ReadonlySet<string> = new Set([
  '工作日', '个工作日', '人·次', '课时', '学时', '批次', '架次', '车次', '班次', '频次', '床位', '张床', '台套', '件套', '台(套)',
  // words that begin with a catalogued unit but are not it (周 is a week, 吨 a mass)
  '周岁', '周年', '吨标准煤', '吨标煤',
])

/**
 * @internal Scale prefixes a unit may carry ("万元", "亿元", "万人次", "千元"),
 * with the traditional 萬 and 億 ("萬元", "萬億元").
 */
export const UNIT_PREFIXES: Readonly<Record<string, number>> = {
  十: 1, 百: 2, 千: 3, 万: 4, 十万: 5, 百万: 6, 千万: 7, 亿: 8, 十亿: 9, 百亿: 10, 千亿: 11, 万亿: 12,
  萬: 4, 十萬: 5, 百萬: 6, 千萬: 7, 億: 8, 十億: 9, 百億: 10, 千億: 11, 萬億: 12,
}

