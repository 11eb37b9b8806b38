/**
 * The one timing loop of the benchmarks: a warm-up that lets the JIT settle, then `rounds` rounds of at least `ms`
 * milliseconds each over the whole corpus; the median rate, in phrases per second. Rates are only ever compared within
 * one run (as ratios), never across runs or machines.
 */
export function measure(texts: readonly string[], fn: (text: string) => unknown, ms = 400, rounds = 5, warmUpMs = 1000): number {
  const warmUntil = performance.now() + warmUpMs
  while (performance.now() < warmUntil) for (const t of texts) fn(t)
  const rates: number[] = []
  for (let r = 0; r < rounds; r++) {
    let count = 0
    const start = performance.now()
    let elapsed = 0
    do {
      for (const t of texts) fn(t)
      count += texts.length
      elapsed = performance.now() - start
    } while (elapsed < ms)
    rates.push((count / elapsed) * 1000)
  }
  rates.sort((a, b) => a - b)
  return rates[Math.floor(rates.length / 2)] ?? 0
}
