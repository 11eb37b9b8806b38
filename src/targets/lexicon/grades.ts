/**
 * Grades written as a target or an actual ("良好", "优"), from best to worst. A grade at or above the one asked meets
 * it (良好 is met by 优). Source: the four grades of 财预〔2020〕10号 (优、良、中、差) and the names tables use for them.
 *
 * @module
 */

/** @internal Grade names, best first; each row is one grade. */
export const GRADES: readonly (readonly string[])[] = [
  ['优', '优秀', '优等'],
  ['良', '良好', '优良'],
  ['中', '中等', '一般', '合格', '及格'],
  ['差', '较差', '不合格', '不及格'],
]

/** @internal Characters a scale of grades is written with ("优良中低差", "优良中差"). */
export const GRADE_CHARACTERS: ReadonlySet<string> = /*@__PURE__*/ new Set(['优', '良', '中', '低', '差', '及', '格', '合'])
