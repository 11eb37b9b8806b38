/**
 * `npm run bench` (second part): defineEvaluation and evaluationFromRows for 1k, 10k and 100k indicators, against the
 * baseline of reading their cells alone (safeParseTarget and safeParseActual) in the same rounds: the aim is a tree that
 * is validated no slower than its cells are read. Indicators are the real rows of test/fixtures/tables/ repeated; a second pass
 * rewrites every number of every target and actual, so that no two cells share a reading (the per-build memo cannot
 * help). Alternating rounds, median and range of the per-round ratios; memory retained per indicator with --expose-gc
 * (the first measurement is repeated last: it also pays for what is built once per process).
 */
import { readdirSync, readFileSync } from 'node:fs'
import { canMeasureMemory, retainedPerItem } from './measure.js'
const built = '../../dist/index.js'
const jixiao = (await import(built)) as typeof import('../../src/index.js')

type Row = Record<string, string>
const dir = new URL('../fixtures/tables/', import.meta.url)
const real: { name: string; target: string; actual?: string }[] = []
for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
  const t = JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as { rows: Row[] }
  for (const row of t.rows) {
    const name = row['三级指标'] ?? row['指标内容'] ?? ''
    const target = row['年度指标值'] ?? row['指标值'] ?? row['目标值'] ?? ''
    if (name === '' || target === '' || target === '/') continue
    const actual = row['实际完成值'] ?? row['完成值'] ?? ''
    real.push(actual === '' ? { name, target } : { name, target, actual })
  }
}

/** Every run of digits rewritten from a counter (dates kept: a year, month or day stays what it was): distinct texts of the same shapes. */
const rewrite = (text: string, k: number): string => text.replace(/\d+(?![\d年月日号:：])/gu, (d) => String(((Number(d) + k) % 9000) + 1))

function input(n: number, distinct: boolean): import('../../src/index.js').EvaluationInput {
  const perGroup = 50
  const groups = []
  for (let g = 0; g < n / (perGroup * 4); g++) {
    const children = []
    for (let s = 0; s < 4; s++) {
      const leaves = []
      for (let i = 0; i < perGroup; i++) {
        const k = ((g * 4 + s) * perGroup + i)
        const r = real[k % real.length] as (typeof real)[number]
        const target = distinct ? rewrite(r.target, k) : r.target
        leaves.push({ name: r.name, target, weight: '0.5', ...(r.actual === undefined ? {} : { actual: distinct ? rewrite(r.actual, k) : r.actual }) })
      }
      children.push({ name: `二级指标${s}`, children: leaves })
    }
    groups.push({ name: `一级指标${g}`, children })
  }
  return { kind: 'department', groups }
}

const targetsOf = (e: import('../../src/index.js').EvaluationInput): string[] => e.groups.flatMap((g) => g.children.flatMap((s) => s.children.map((l) => l.target as string)))
const actualsOf = (e: import('../../src/index.js').EvaluationInput): string[] => e.groups.flatMap((g) => g.children.flatMap((s) => s.children.flatMap((l) => (typeof l.actual === 'string' ? [l.actual] : []))))

function rowsOf(e: import('../../src/index.js').EvaluationInput): Row[] {
  return e.groups.flatMap((g) => g.children.flatMap((s, j) => s.children.map((l, k) => ({ 一级指标: j === 0 && k === 0 ? (g.name ?? '') : '', 二级指标: k === 0 ? (s.name ?? '') : '', 三级指标: l.name ?? '', 年度指标值: l.target as string, 实际完成值: typeof l.actual === 'string' ? l.actual : '', 分值: '0.5' }))))
}

const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0
const time = (fn: () => unknown): number => {
  const start = performance.now()
  fn()
  return performance.now() - start
}

const options = { missingTarget: 'warning', weightMismatch: 'warning' } as const
console.log(`\nindicator tree: ${real.length} real indicator rows of test/fixtures/tables/, repeated; node ${process.version}`)
console.log('each size: 1 warm-up, then rounds alternating the baseline (safeParseTarget and safeParseActual on the same cells, nothing else) and the door; median [low – high] of per-round ratios (above 1: faster than the baseline)')
for (const [n, rounds] of [[1000, 9], [10_000, 7], [100_000, 5]] as const) {
  for (const distinct of [false, true]) {
    const data = input(n, distinct)
    const targets = targetsOf(data)
    const actuals = actualsOf(data)
    const rows = rowsOf(data)
    // the baseline: reading every cell the tree reads (targets and actual values), with nothing else
    const parseAll = (): void => {
      for (const t of targets) jixiao.safeParseTarget(t)
      for (const a of actuals) jixiao.safeParseActual(a)
    }
    const result = jixiao.safeDefineEvaluation(data, options)
    if (!result.success) throw new Error(`bench input refused: ${result.error.issues[0]?.en}`)
    parseAll()
    jixiao.evaluationFromRows(rows, options)
    const base: number[] = []
    const define: number[] = []
    const fromRows: number[] = []
    for (let r = 0; r < rounds; r++) {
      base.push(time(parseAll))
      define.push(time(() => jixiao.defineEvaluation(data, options)))
      fromRows.push(time(() => jixiao.evaluationFromRows(rows, options)))
    }
    const ratio = (xs: number[]): string => {
      const rs = xs.map((x, i) => (base[i] as number) / x)
      return `${median(rs).toFixed(2)}× [${Math.min(...rs).toFixed(2)} – ${Math.max(...rs).toFixed(2)}]`
    }
    const perSecond = (ms: number): string => Math.round((n / ms) * 1000).toLocaleString('en-US').padStart(10)
    const label = `${n.toLocaleString('en-US').padStart(7)} indicators, ${distinct ? 'every text distinct' : 'real texts repeated'}`
    console.log(`${label}: parse cells ${median(base).toFixed(0).padStart(5)} ms (${perSecond(median(base))}/s)`)
    console.log(`${''.padEnd(label.length)}  defineEvaluation ${median(define).toFixed(0).padStart(5)} ms (${perSecond(median(define))}/s) speed vs parsing ${ratio(define)}`)
    console.log(`${''.padEnd(label.length)}  evaluationFromRows ${median(fromRows).toFixed(0).padStart(5)} ms (${perSecond(median(fromRows))}/s) speed vs parsing ${ratio(fromRows)}`)
  }
}

if (canMeasureMemory()) {
  // the first build of a process also makes what is made once (schemas, indexes): measured once before, not counted
  jixiao.defineEvaluation(input(1000, false), options)
  // one measurement a call: when it returns, nothing of it stays alive on the stack for the next one
  const once = (distinct: boolean): number => {
    const data = input(100_000, distinct)
    // both stay alive to the end of the measurement: only the Evaluation is counted
    return retainedPerItem(() => jixiao.defineEvaluation(data, options), 100_000, (kept) => kept.groups.length > 0 && data.groups.length > 0)
  }
  for (const distinct of [false, true]) {
    const samples: number[] = []
    for (let r = 0; r < 3; r++) samples.push(once(distinct))
    console.log(`memory retained by an Evaluation of 100,000 indicators (${distinct ? 'every text distinct' : 'real texts repeated'}): ${Math.round(median(samples))} bytes per indicator [${Math.round(Math.min(...samples))} – ${Math.round(Math.max(...samples))}], 3 builds`)
  }
} else console.log('memory: run with node --expose-gc to measure')
