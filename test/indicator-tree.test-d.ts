/**
 * Types of the indicator tree as a user meets them: leaves narrowed by `kind`, issues narrowed by `code`, input that
 * takes what the other doors give.
 */
import { describe, expectTypeOf, it } from 'vitest'
import {
  defineEvaluation,
  evaluationFromRows,
  parseQuantity,
  parseTarget,
  type BudgetExecution,
  type Decimal,
  type Evaluation,
  type EvaluationInput,
  type Indicator,
  type Issue,
  type Leaf,
  type PolaritySource,
  type Target,
} from '../src/index.js'

describe('the tree', () => {
  it('narrows a leaf by its kind', () => {
    const leaf = {} as Leaf
    if (leaf.kind === 'indicator') {
      expectTypeOf(leaf).toEqualTypeOf<Indicator>()
      expectTypeOf(leaf.target).toEqualTypeOf<Target | null>()
      expectTypeOf(leaf.polarity.source).toEqualTypeOf<PolaritySource>()
    } else {
      expectTypeOf(leaf).toEqualTypeOf<BudgetExecution>()
      expectTypeOf(leaf.rate).toEqualTypeOf<Decimal | null>()
    }
  })

  it('walks three levels down', () => {
    const e = {} as Evaluation
    expectTypeOf(e.groups[0]!.children[0]!.children[0]!).toEqualTypeOf<Leaf>()
    expectTypeOf(e.weight).toEqualTypeOf<Decimal | null>()
  })

  it('narrows an issue of the tree by its code', () => {
    const issue = {} as Issue
    if (issue.code === 'WEIGHT_SUM_MISMATCH') expectTypeOf(issue.details.found).toEqualTypeOf<Decimal>()
    if (issue.code === 'ROW_IGNORED') expectTypeOf(issue.details.cells).toEqualTypeOf<readonly string[]>()
    expectTypeOf(issue.row).toEqualTypeOf<number | undefined>()
  })

  it('takes rows typed by the app\'s own interface', () => {
    interface MyRow { 一级指标: string; 二级指标: string; 三级指标: string; 年度指标值: string }
    const rows: MyRow[] = []
    expectTypeOf(evaluationFromRows(rows)).toEqualTypeOf<Evaluation>()
  })

  it('takes Targets and Quantities as input, and refuses what is not input', () => {
    const input: EvaluationInput = { groups: [{ name: 'a', children: [{ name: 'b', children: [{ name: 'c', target: parseTarget('≥90%'), actual: parseQuantity('95%'), weight: 5 }] }] }] }
    expectTypeOf(defineEvaluation(input)).toEqualTypeOf<Evaluation>()
    // @ts-expect-error groups are required
    defineEvaluation({})
    // @ts-expect-error a weight is a number, text or Decimal
    defineEvaluation({ groups: [{ name: 'a', weight: true, children: [] }] })
  })
})
