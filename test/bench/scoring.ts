/**
 * `node --expose-gc --import tsx test/bench/scoring.ts`: scoreEvaluation on evaluations of 1k, 10k and 100k indicators,
 * against the baseline of its arithmetic alone in the same rounds: a plain loop over the same indicators that does, with
 * the library's Decimal on the target and actual amounts already read, what scoring needs per leaf (compare A with T,
 * W × A ÷ T or W × T ÷ A, round to 2 places half-up, sum). The ratio (engine time ÷ baseline time) says how far the
 * engine is from its arithmetic.
 *
 * Each evaluation is a run of 20-indicator tables of 100 points (产出 50 / 效益 30 / 满意度 20, each group the sum of its
 * indicators): ≥, ≤ and bare % targets, counts in 人次, 件, 次, 万元 and 天, ranges, deadlines and qualitative targets,
 * actuals met and missed, and 1 indicator in 40 不适用. Two variants: the same texts in every table ("repeated", as a
 * real table writes 100% and ≥90% over and over), and every number rewritten from the table's index ("distinct": no two
 * targets or actuals of a kind share a text, so no reading or judgement is shared; deadlines and qualitative words keep
 * their few shapes). Everything is built before the timed part.
 *
 * Alternating rounds (baseline, engine, engine reading every explanation.zh), each of at least 150 ms after a warm-up;
 * median and range of the per-round ratios; memory retained by one report of 100k indicators with --expose-gc.
 */
const built = '../../dist/index.js'
const jixiao = (await import(built)) as typeof import('../../src/index.js')
import { D } from '../../src/numbers/decimal.js'
import { canMeasureMemory, retainedPerItem } from './measure.js'
import type { Evaluation, EvaluationInput, IndicatorInput, Level1Input, ScoreReport } from '../../src/index.js'
type Decimal = InstanceType<typeof D>

const YEAR = 2023
const PER_TABLE = 20

/** Three decimals, trailing zeros dropped ("85.12", "90"). */
const num = (x: number): string => String(Math.round(x * 1000) / 1000)
/** A date of YEAR from a day number (1–28 of each month). */
const day = (k: number): { m: number; d: number } => ({ m: (k % 12) + 1, d: (Math.floor(k / 12) % 28) + 1 })

/**
 * One table of 20 indicators, 100 points: its texts from `b` (0 for every table of the repeated variant, the table's index
 * for the distinct one). Each entry: name, weight, target, actual.
 */
function table(b: number, notApplicable: boolean): Level1Input[] {
  const p = b / 1000 // a percent shift with three decimals, distinct up to 100k tables
  const leaf = (name: string, weight: number, target: string, actual: string): IndicatorInput => ({ name, weight, target, actual })
  const late = day(b + 5)
  const early = day(b)
  return [
    {
      name: '产出指标',
      weight: 50,
      children: [
        {
          name: '数量指标',
          weight: 16,
          children: [
            leaf('培训人次', 4, `≥${500 + b}人次`, `${620 + b}人次`),
            leaf('办理案件数', 4, `≥${1200 + b}件`, `${1165 + b}件`),
            leaf('新建示范点', 4, `${30 + b}件`, `${35 + b}件`),
            leaf('督导检查次数', 4, `≥${2 + b}次`, `${2 + b}次`),
          ],
        },
        {
          name: '质量指标',
          weight: 16,
          children: [
            leaf('验收合格率', 4, `≥${num(95 - p)}%`, `${num(98 - p)}%`),
            leaf('资料完整率', 4, `≥${num(95 - p)}%`, `${num(92.5 - p)}%`),
            leaf('设备完好率', 4, b === 0 ? '100%' : `${num(100 - p)}%`, `${num(96 - p)}%`),
            leaf('水质达标率', 4, `${num(90 - p)}%-${num(95 - p)}%`, `${num(88 - p)}%`),
          ],
        },
        {
          name: '时效指标',
          weight: 9,
          children: [
            leaf('项目完成时间', 3, `${YEAR}年12月31日前`, `${YEAR}年${early.m === 12 ? 11 : early.m}月${early.d}日`),
            leaf('资金拨付时间', 3, `${YEAR}年${late.m === 12 ? 11 : late.m}月底前`, `${YEAR + 1}年1月${late.d}日`),
            leaf('办结时限', 3, `${num(3 + p)}-${num(5 + p)}天`, `${num(4 + p)}天`),
          ],
        },
        {
          name: '成本指标',
          weight: 9,
          children: [
            leaf('项目总成本', 3, `≤${num(120 + p * 10)}万元`, `${num(118.5 + p * 10)}万元`),
            leaf('设备购置成本', 3, `≤${num(50 + p * 10)}万元`, `${num(53.2 + p * 10)}万元`),
            leaf('成本超支率', 3, `≤${num(5 + p)}%`, `${num(6.5 + p)}%`),
          ],
        },
      ],
    },
    {
      name: '效益指标',
      weight: 30,
      children: [
        {
          name: '社会效益指标',
          weight: 30,
          children: [
            leaf('群众法治意识', 10, '有效提升', '有效提升'),
            leaf('人居环境', 10, '明显改善', '基本达成'),
            leaf('政策知晓率', 10, `≥${num(80 + p)}%`, notApplicable ? '不适用' : `${num(82 + p)}%`),
          ],
        },
      ],
    },
    {
      name: '满意度指标',
      weight: 20,
      children: [
        {
          name: '服务对象满意度指标',
          weight: 20,
          children: [
            leaf('群众满意度', 5, `≥${num(90 + p)}%`, `${num(93.6 + p)}%`),
            leaf('受训人员满意度', 5, `≥${num(90 + p)}%`, `${num(87 + p)}%`),
            leaf('投诉率', 10, `≤${num(2 + p)}%`, `${num(1.5 + p)}%`),
          ],
        },
      ],
    },
  ]
}

function input(n: number, distinct: boolean): EvaluationInput {
  const groups: Level1Input[] = []
  // one table in two leaves its 政策知晓率 不适用: 1 indicator in 40
  for (let b = 0; b < n / PER_TABLE; b++) groups.push(...table(distinct ? b + 1 : 0, b % 2 === 1))
  return { kind: 'project', year: YEAR, groups }
}

/** What the baseline does for one leaf, on amounts the Evaluation has already read (in our Decimal). */
type Step =
  | { readonly kind: 'measure'; readonly w: Decimal; readonly a: Decimal; readonly t: Decimal; readonly lower: boolean }
  | { readonly kind: 'range'; readonly w: Decimal; readonly a: Decimal; readonly min: Decimal; readonly max: Decimal }
  | { readonly kind: 'whole'; readonly w: Decimal }

function stepsOf(e: Evaluation): Step[] {
  const steps: Step[] = []
  for (const g1 of e.groups) {
    for (const g2 of g1.children) {
      for (const leaf of g2.children) {
        if (!leaf.applicable || leaf.kind !== 'indicator' || leaf.weight === null) continue
        const w = new D(leaf.weight.toString())
        const t = leaf.target
        const a = leaf.actual
        const sameUnit = (unit: string): boolean => a?.kind === 'quantity' && (a.value.unit === unit || a.value.unit === '')
        if (t?.kind === 'compare' && a?.kind === 'quantity' && sameUnit(t.value.unit)) {
          steps.push({ kind: 'measure', w, a: new D(a.value.amount.toString()), t: new D(t.value.amount.toString()), lower: leaf.polarity.value === 'negative' })
        } else if (t?.kind === 'range' && a?.kind === 'quantity' && sameUnit(t.min.unit) && t.min.unit === t.max.unit) {
          steps.push({ kind: 'range', w, a: new D(a.value.amount.toString()), min: new D(t.min.amount.toString()), max: new D(t.max.amount.toString()) })
        } else steps.push({ kind: 'whole', w })
      }
    }
  }
  return steps
}

const HALF_UP = D.ROUND_HALF_UP as Parameters<Decimal['toDecimalPlaces']>[1]
/** The baseline: the arithmetic of every leaf, summed. */
function arithmetic(steps: readonly Step[]): Decimal {
  let sum = new D(0)
  for (const s of steps) {
    let exact: Decimal
    if (s.kind === 'measure') {
      const met = s.lower ? s.a.lte(s.t) : s.a.gte(s.t)
      exact = met ? s.w : s.lower ? (s.a.isZero() ? s.w : s.w.times(s.t).div(s.a)) : s.w.times(s.a).div(s.t)
    } else if (s.kind === 'range') {
      exact = s.a.lt(s.min) ? s.w.times(s.a).div(s.min) : s.a.gt(s.max) ? s.w.times(s.max).div(s.a) : s.w
    } else exact = s.w
    sum = sum.plus(exact.toDecimalPlaces(2, HALF_UP))
  }
  return sum
}

const score = (e: Evaluation): ScoreReport => jixiao.scoreEvaluation(e)
let sink = 0
const scoreAndRead = (e: Evaluation): ScoreReport => {
  const r = jixiao.scoreEvaluation(e)
  for (const s of r.indicators) sink += s.explanation.zh.length
  return r
}

/** Indicators per second over one round of at least `ms` milliseconds (whole calls). */
function round(n: number, fn: () => unknown, ms: number): number {
  let calls = 0
  const start = performance.now()
  let elapsed = 0
  do {
    fn()
    calls++
    elapsed = performance.now() - start
  } while (elapsed < ms)
  return ((calls * n) / elapsed) * 1000
}

const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0
const fmt = (x: number): string => Math.round(x).toLocaleString('en-US')
const range = (xs: readonly number[]): string => `${median(xs).toFixed(2)} [${Math.min(...xs).toFixed(2)} – ${Math.max(...xs).toFixed(2)}]`

const ROUNDS = 7
const MS = 150
const WARM_MS = 300
const began = performance.now()
console.log(`\nscoring: scoreEvaluation (policy mof2020) on ${PER_TABLE}-indicator tables repeated; node ${process.version}`)
console.log(`each size: warm-up, then ${ROUNDS} rounds alternating the baseline (the Decimal arithmetic alone: compare, W×A÷T or W×T÷A, round, sum), the engine, and the engine reading every explanation.zh, ≥${MS} ms each`)
console.log('rates in indicators scored per second (median); ratio = engine time ÷ baseline time per round, median [low – high] (1 = as fast as its arithmetic)')

const kept = new Map<boolean, Evaluation>()
for (const n of [1000, 10_000, 100_000]) {
  for (const distinct of [false, true]) {
    const t0 = performance.now()
    const evaluation = jixiao.defineEvaluation(input(n, distinct))
    const buildMs = performance.now() - t0
    const steps = stepsOf(evaluation)
    // the first report: a sanity check of the mix, and of the baseline against the engine on the same leaves
    const first = score(evaluation)
    const status: Record<string, number> = {}
    for (const s of first.indicators) status[s.status] = (status[s.status] ?? 0) + 1
    const unmet = first.unmet.length
    let numeric = 0
    let agree = 0
    {
      const byLeaf = new Map(first.indicators.map((s) => [s.leaf, s] as const))
      let i = 0
      for (const g1 of evaluation.groups) for (const g2 of g1.children) for (const leaf of g2.children) {
        if (!leaf.applicable || leaf.kind !== 'indicator' || leaf.weight === null) continue
        const step = steps[i++] as Step
        if (step.kind === 'whole') continue
        numeric++
        const engine = byLeaf.get(leaf)?.score
        if (engine !== null && engine !== undefined && engine.eq(arithmetic([step]))) agree++
      }
    }
    if (distinct && n === 100_000) kept.set(true, evaluation)
    if (!distinct && n === 100_000) kept.set(false, evaluation)

    const paths = [() => arithmetic(steps), () => score(evaluation), () => scoreAndRead(evaluation)]
    for (const fn of paths) {
      const until = performance.now() + WARM_MS
      do fn()
      while (performance.now() < until)
    }
    const rates: number[][] = paths.map(() => [])
    for (let r = 0; r < ROUNDS; r++) paths.forEach((fn, i) => (rates[i] as number[]).push(round(n, fn, MS)))
    const [base, engine, read] = rates as [number[], number[], number[]]
    const ratio = (xs: number[]): number[] => xs.map((x, r) => (base[r] as number) / x)
    const label = `${n.toLocaleString('en-US').padStart(7)} indicators, ${distinct ? 'distinct texts' : 'repeated texts'}`
    const pad = ''.padEnd(label.length)
    const mix = Object.entries(status).map(([k, v]) => `${v} ${k}`).join(', ')
    console.log(`${label}: built in ${buildMs.toFixed(0)} ms (not timed); ${mix}; ${unmet} unmet; ${first.findings.length} findings; baseline = engine on ${agree} of ${numeric} measured leaves`)
    console.log(`${pad}  baseline (arithmetic)      ${fmt(median(base)).padStart(11)} /s`)
    console.log(`${pad}  scoreEvaluation            ${fmt(median(engine)).padStart(11)} /s   engine ÷ baseline time ${range(ratio(engine))}`)
    console.log(`${pad}  …and every explanation.zh  ${fmt(median(read)).padStart(11)} /s   engine ÷ baseline time ${range(ratio(read))}`)
  }
}

if (canMeasureMemory()) {
  // one measurement a call: the report stays alive to the end of it (the Evaluation was built before, and is not counted)
  const once = (evaluation: Evaluation): number => retainedPerItem(() => score(evaluation), 100_000, (report) => report.indicators.length === 100_000)
  for (const distinct of [false, true]) {
    const evaluation = kept.get(distinct) as Evaluation
    const samples: number[] = []
    for (let r = 0; r < 3; r++) samples.push(once(evaluation))
    console.log(`memory retained by one ScoreReport of 100,000 indicators (${distinct ? 'distinct texts' : 'repeated texts'}): ${Math.round(median(samples))} bytes per indicator [${Math.round(Math.min(...samples))} – ${Math.round(Math.max(...samples))}], 3 reports`)
  }
} else console.log('memory: run with node --expose-gc to measure')
console.log(`(${((performance.now() - began) / 1000).toFixed(0)} s in all${sink > 0 ? '' : '; no explanation was read'})`)
