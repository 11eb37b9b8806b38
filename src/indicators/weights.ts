/**
 * The weights of the tree: read (points, 权重 % of the declared total, or written in a name), a group's weight omitted
 * taken as the sum of its children's, equal shares when the caller asks for them, and the checks — children that do
 * not add up to their group, level-1 weights that do not reach the declared total, a node without a weight among
 * siblings that have one. All exact: sums of Decimals, compared with `eq`.
 *
 * @module
 */
import { D, freezeDecimal, HUNDRED, type Decimal } from '../numbers/decimal.js'
import { own } from '../own.js'
import { placeOf, report, type BuildContext } from './context.js'
import type { WeightSource } from './types.js'
import { readWeight, type WeightCell } from './values.js'
import { weightInName } from './weight-in-name.js'

type Path = readonly (string | number)[]

/** @internal A node as the weights see it: mutable while the build runs, frozen after. */
export interface WeightNode {
  readonly name: string
  readonly path: Path
  weight: Decimal | null
  weightSource: WeightSource
  /** Its own weight or one below it was refused: it is not also reported as missing. */
  broken?: boolean
  /** The sum of its children's weights, when they all have one (set bottom-up, read by the checks). */
  childSum?: Decimal
  /**
   * Without a weight and not missing one: a leaf not applicable, a budget line the table gives no points (its section is
   * for information), or a group of such leaves only. Its siblings' weights are checked without it.
   */
  optional?: boolean
  readonly children?: WeightNode[]
}

/** Points from a cell: a percentage is a share of the declared total (100 when none is declared). */
function points(cell: WeightCell, total: Decimal | undefined): { weight: Decimal; percent: boolean } {
  if (!cell.percent) return { weight: cell.amount, percent: false }
  return { weight: freezeDecimal(cell.amount.times(total ?? HUNDRED).div(HUNDRED)), percent: true }
}

/** @internal A node's own weight: given, or in its name; a conflict between the two is an error (the given one is kept). */
export function ownWeight(ctx: BuildContext, given: unknown, name: string, path: Path, total: Decimal | undefined, group = true): { weight: Decimal | null; weightSource: WeightSource; broken?: boolean } {
  let written: { weight: Decimal; percent: boolean } | undefined
  if (given !== undefined && !(typeof given === 'string' && given.trim() === '')) {
    // a table writes the same few weights many times: each text is read once per build
    let read = typeof given === 'string' ? ctx.weights.get(given) : undefined
    if (read === undefined) {
      read = readWeight(given)
      if (typeof given === 'string') ctx.weights.set(given, read)
    }
    if (read.ok) written = points(read.value, total)
    else {
      report(ctx, 'VALUE_INVALID', read.problem, placeOf(ctx, path, 'weight'))
      // the weight is wrong, not absent: it is not also reported as missing
      return { weight: null, weightSource: 'written', broken: true }
    }
  }
  const inName = weightInName(name, group)
  const named = inName === undefined ? undefined : points(inName, total)
  if (written !== undefined && named !== undefined && !written.weight.eq(named.weight)) {
    report(ctx, 'WEIGHT_CONFLICT', { name, written: written.weight, named: named.weight }, placeOf(ctx, path, 'weight'), ctx.weightMismatch)
  }
  if (written !== undefined) return { weight: written.weight, weightSource: written.percent ? 'percent' : 'written' }
  if (named !== undefined) return { weight: named.weight, weightSource: 'name' }
  return { weight: null, weightSource: 'none' }
}

const sum = (nodes: readonly WeightNode[]): Decimal => freezeDecimal(nodes.reduce((s, n) => s.plus(n.weight ?? 0), new D(0)))
const skipped = (n: WeightNode): boolean => n.weight === null && own(n, 'optional') === true
// the nodes that count (optional ones aside); the list itself when none is optional, as almost always
const counted = (nodes: readonly WeightNode[]): readonly WeightNode[] => (nodes.some(skipped) ? nodes.filter((n) => !skipped(n)) : nodes)
const allWeighted = (nodes: readonly WeightNode[]): boolean => {
  const c = counted(nodes)
  return c.length > 0 && c.every((n) => n.weight !== null)
}

/** @internal A group without a weight whose children all have one weighs their sum (bottom-up). */
export function sumUp(node: WeightNode): void {
  const children = own(node, 'children')
  if (children === undefined) return
  for (const child of children) sumUp(child)
  if (children.some((c) => own(c, 'broken') === true)) node.broken = true
  if (node.weight === null && children.length > 0 && children.every((c) => c.weight === null && own(c, 'optional') === true)) node.optional = true
  if (!allWeighted(children)) return
  node.childSum = sum(counted(children))
  if (node.weight === null && node.weightSource === 'none') {
    node.weight = node.childSum
    node.weightSource = 'children'
  }
}

/** Equal shares of `pool` among `n`, at the places of the pool (two at least), the first ones taking what is left over. */
function shares(pool: Decimal, n: number): Decimal[] {
  const places = Math.max(2, pool.decimalPlaces())
  const step = new D(10).pow(-places)
  const base = pool.div(n).div(step).floor().times(step)
  const extra = pool.minus(base.times(n)).div(step).round().toNumber()
  return Array.from({ length: n }, (_, i) => freezeDecimal(i < extra ? base.plus(step) : base))
}

/** @internal Give the nodes without a weight equal shares of what their parent has left (top-down; asked for explicitly). */
export function distribute(nodes: readonly WeightNode[], available: Decimal): void {
  const missing = nodes.filter((n) => n.weight === null && n.weightSource === 'none' && own(n, 'optional') !== true)
  if (missing.length > 0) {
    const left = available.minus(sum(nodes))
    if (!left.isNegative()) {
      const parts = shares(left, missing.length)
      missing.forEach((n, i) => {
        n.weight = parts[i] as Decimal
        n.weightSource = 'distributed'
      })
    }
  }
  for (const node of nodes) {
    const children = own(node, 'children')
    if (children !== undefined && node.weight !== null) distribute(children, node.weight)
  }
}

/** Siblings must all have weights or none (optional ones aside): name those that lack one. */
function checkSiblings(ctx: BuildContext, all: readonly WeightNode[]): boolean {
  const nodes = counted(all)
  if (!nodes.some((n) => n.weight !== null)) return false
  let complete = true
  for (const n of nodes) {
    if (n.weight !== null) continue
    complete = false
    // a weight that was refused (here or below) is reported already
    if (n.weightSource === 'none' && own(n, 'broken') !== true) report(ctx, 'WEIGHT_MISSING', { name: n.name }, placeOf(ctx, n.path, 'weight'), ctx.weightMismatch)
  }
  return complete
}

/** @internal Check every group against its children, and the level-1 weights against the declared total. */
export function checkWeights(ctx: BuildContext, groups: readonly WeightNode[], total: Decimal | undefined, totalPath: Path): Decimal | null {
  const distributed = ctx.distribute
  const visit = (node: WeightNode): void => {
    const children = own(node, 'children')
    if (children === undefined) return
    for (const child of children) visit(child)
    if (!checkSiblings(ctx, children) || node.weight === null) return
    // the sum made bottom-up, unless shares were given out since
    const found = (distributed ? undefined : own(node, 'childSum')) ?? sum(counted(children))
    if (!found.eq(node.weight)) report(ctx, 'WEIGHT_SUM_MISMATCH', { name: node.name, expected: node.weight, found }, placeOf(ctx, node.path, 'weight'), ctx.weightMismatch)
  }
  for (const group of groups) visit(group)
  const complete = checkSiblings(ctx, groups)
  if (!complete) return null
  const found = sum(counted(groups))
  if (total !== undefined && !found.eq(total)) report(ctx, 'WEIGHT_TOTAL_MISMATCH', { expected: total, found }, placeOf(ctx, totalPath, 'total'), ctx.weightMismatch)
  return found
}
