/**
 * The timing loops of the benchmarks. Rates are only ever compared within one run, as ratios against a baseline measured
 * in the same rounds, never across runs or machines: these machines are shared and noisy.
 */

/** The rate of `fn` over `texts`, in phrases per second, for one round of at least `ms` milliseconds. */
function round(texts: readonly string[], fn: (text: string) => unknown, ms: number): number {
  let count = 0
  const start = performance.now()
  let elapsed = 0
  do {
    for (const t of texts) fn(t)
    count += texts.length
    elapsed = performance.now() - start
  } while (elapsed < ms)
  return (count / elapsed) * 1000
}

/**
 * A warm-up that lets the JIT settle, then `rounds` rounds of at least `ms` milliseconds each over the whole corpus; the
 * median rate, in phrases per second.
 */
export function measure(texts: readonly string[], fn: (text: string) => unknown, ms = 400, rounds = 5, warmUpMs = 1000): number {
  const warmUntil = performance.now() + warmUpMs
  while (performance.now() < warmUntil) for (const t of texts) fn(t)
  const rates: number[] = []
  for (let r = 0; r < rounds; r++) rates.push(round(texts, fn, ms))
  rates.sort((a, b) => a - b)
  return rates[Math.floor(rates.length / 2)] ?? 0
}

/** One path measured against the baseline. */
export interface Alternated {
  readonly name: string
  /** Median rate, phrases per second. */
  readonly perSecond: number
  /** Median, lowest and highest of the per-round ratios against the baseline. */
  readonly ratio: { readonly median: number; readonly low: number; readonly high: number }
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)] ?? 0
}

/**
 * Measure a baseline and several paths alternately: each round times the baseline, then every path, for at least `ms`
 * milliseconds each, so that a slow spell of the machine falls on all of them. The ratio of a path is taken per round
 * (path ÷ baseline of that round); its median and range are reported.
 */
export function alternate(
  baseline: { readonly texts: readonly string[]; readonly fn: (text: string) => unknown },
  paths: readonly { readonly name: string; readonly texts: readonly string[]; readonly fn: (text: string) => unknown }[],
  rounds = 7,
  ms = 150,
  warmUpMs = 500,
): { readonly baseline: number; readonly paths: readonly Alternated[] } {
  for (const p of [baseline, ...paths]) {
    const until = performance.now() + warmUpMs
    while (performance.now() < until) for (const t of p.texts) p.fn(t)
  }
  const base: number[] = []
  const rates: number[][] = paths.map(() => [])
  for (let r = 0; r < rounds; r++) {
    base.push(round(baseline.texts, baseline.fn, ms))
    paths.forEach((p, i) => (rates[i] as number[]).push(round(p.texts, p.fn, ms)))
  }
  return {
    baseline: median(base),
    paths: paths.map((p, i) => {
      const own = rates[i] as number[]
      const ratios = own.map((x, r) => x / (base[r] as number))
      return { name: p.name, perSecond: median(own), ratio: { median: median(ratios), low: Math.min(...ratios), high: Math.max(...ratios) } }
    }),
  }
}

/** Is the process run with `--expose-gc`, so that memory can be measured? */
export function canMeasureMemory(): boolean {
  return typeof (globalThis as { gc?: () => void }).gc === 'function'
}

/**
 * The heap retained by what `make` returns, per item: garbage collected before and after, the value kept alive (and
 * checked by `alive`) until the second reading. Only with `--expose-gc` (see {@link canMeasureMemory}).
 */
export function retainedPerItem<T>(make: () => T, items: number, alive: (value: T) => boolean): number {
  const gc = (globalThis as { gc?: () => void }).gc
  if (gc === undefined) throw new Error('run with node --expose-gc')
  const heap = (): number => {
    gc()
    gc()
    return process.memoryUsage().heapUsed
  }
  const before = heap()
  const value = make()
  const after = heap()
  if (!alive(value)) throw new Error('unreachable')
  return (after - before) / items
}
