/**
 * The words of deduction-style scoring criteria (评分标准, 扣分制): "每超过一个百分点扣0.5分，扣完为止", "每少一项扣1分",
 * "每发生1起扣2分". Sources: the 评分标准 columns of published 部门整体支出 and 项目支出 自评表 (the fixtures of
 * `test/fixtures/tables/` cite them) and 财预〔2013〕53号's common framework, whose local templates write their
 * criteria this way.
 *
 * @module
 */

/**
 * The verb after 每 and what it counts: the shortfall below the target (`short`), the excess above it (`over`), or each
 * occurrence of what the actual value counts (`count`: 每发生1起, 每出现一次, 每处).
 *
 * @example
 * ```ts
 * DEDUCTION_VERBS['少']
 * //=> 'short'
 * ```
 */
export const DEDUCTION_VERBS: Readonly<Record<string, 'short' | 'over' | 'count'>> = /*@__PURE__*/ Object.freeze({
  超过: 'over',
  超出: 'over',
  高于: 'over',
  多于: 'over',
  增加: 'over',
  上升: 'over',
  提高: 'over',
  少: 'short',
  少于: 'short',
  低于: 'short',
  不足: 'short',
  减少: 'short',
  降低: 'short',
  下降: 'short',
  缺: 'short',
  缺少: 'short',
  未完成: 'short',
  超支: 'over',
  延迟: 'over',
  推迟: 'over',
  逾期: 'over',
  超期: 'over',
  滞后: 'over',
  发生: 'count',
  出现: 'count',
  有: 'count',
  发现: 'count',
} as const)

/**
 * Words between the verb and the step that name what it is measured against ("每低于目标值1个百分点"): skipped.
 *
 * @example
 * ```ts
 * DEDUCTION_REFERENCES.includes('目标值')
 * //=> true
 * ```
 */
export const DEDUCTION_REFERENCES: readonly string[] = /*@__PURE__*/ Object.freeze(['年度指标值', '指标值', '目标值', '计划值', '标准值', '标准', '目标', '计划'])

/**
 * Criteria that score all or nothing ("未完成不得分", "达到得满分，否则不得分"): read as the `threshold` rule. Sources: the
 * 评分标准 columns of published 自评表 (test/fixtures/tables/).
 *
 * @example
 * ```ts
 * ALL_OR_NOTHING_CRITERIA.includes('未完成不得分')
 * //=> true
 * ```
 */
export const ALL_OR_NOTHING_CRITERIA: readonly string[] = /*@__PURE__*/ Object.freeze(['未完成不得分', '未完成的不得分', '未达到不得分', '未达到的不得分', '未达标不得分', '未达标的不得分', '否则不得分', '未按期完成不得分', '未按时完成不得分', '不达标不得分', '超支不得分', '超出预算不得分', '超预算不得分', '超过预算不得分'])

/**
 * Step units that mean percentage points of a target in %: "每超过一个百分点", "每降低1%".
 *
 * @example
 * ```ts
 * PERCENT_POINT_UNITS.includes('百分点')
 * //=> true
 * ```
 */
export const PERCENT_POINT_UNITS: readonly string[] = /*@__PURE__*/ Object.freeze(['个百分点', '百分点', '%'])
