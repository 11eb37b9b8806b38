/**
 * The default policy: 财政部《项目支出绩效评价管理办法》(财预〔2020〕10号) and the common practice of published
 * 自评表 where the 办法 is silent.
 *
 * @module
 */
import type { Policy } from './types.js'
import { deepFreeze } from '../../freeze.js'

/**
 * The default policy, 财预〔2020〕10号:
 *
 * - 正向: met → W, else W × A ÷ T ("未完成指标值的，按照完成值与指标值的比例记分");
 * - 逆向: W × T ÷ A (published 填报说明: "反向指标…得分=权重*A/B，得分不得突破权重总额"); T = 0 and A > 0 → 0;
 * - 定性: 达成 [80%, 100%] / 部分达成 [60%, 80%) / 未达成 [0, 60%) of W, defaults 100% / 70% / 0%;
 * - deadlines: met → W, late → 0; 预算执行率: W × min(1, 执行数 ÷ 全年预算数);
 * - over-achievement: flagged for review at 120% of the target, never deducted;
 * - approximate targets (约, 左右): 5% tolerance;
 * - rounding: each indicator half-up (四舍五入) to 2 places, totals the sum of the rounded scores;
 * - grades: 90（含）–100 优, 80（含）–90 良, 60（含）–80 中, below 60 差 (财预〔2020〕10号: "等级一般划分为四档").
 *
 * @example
 * ```ts
 * import { policies } from 'jixiao'
 * policies.mof2020.rounding
 * //=> { places: 2, mode: 'half-up', stage: 'indicator' }
 * ```
 */
export const mof2020: Policy = /*@__PURE__*/ deepFreeze({
  name: 'mof2020',
  source: '财政部《项目支出绩效评价管理办法》（财预〔2020〕10号）',
  rules: {
    proportional: { kind: 'proportional' },
    'reverse-ratio': { kind: 'reverse-ratio' },
    'reverse-linear': { kind: 'reverse-linear' },
    equal: { kind: 'equal' },
    threshold: { kind: 'threshold' },
    rate: { kind: 'rate' },
    qualitative: { kind: 'qualitative' },
    deadline: { kind: 'deadline' },
    'budget-execution': { kind: 'budget-execution' },
  },
  defaults: { positive: 'proportional', negative: 'reverse-ratio', qualitative: 'qualitative', deadline: 'deadline', budget: 'budget-execution' },
  compound: 'ratio',
  qualitative: {
    achieved: { min: '0.8', max: '1', score: '1' },
    partial: { min: '0.6', max: '0.8', score: '0.7' },
    'not-achieved': { min: '0', max: '0.6', score: '0' },
  },
  overAchievement: { mode: 'flag', threshold: '1.2' },
  tolerance: '0.05',
  lateDeadline: '0',
  zeroTarget: { mode: 'zero' },
  partialStep: 'proportional',
  criteria: 'read',
  budgetWeight: null,
  rounding: { places: 2, mode: 'half-up', stage: 'indicator' },
  grades: [
    { grade: '优', min: '90' },
    { grade: '良', min: '80' },
    { grade: '中', min: '60' },
    { grade: '差', min: '0' },
  ],
} satisfies Policy)

