/**
 * Finding a lexicon word in the text: at a position (the longest that fits, so "前完成" wins over "前"), or at the end.
 *
 * @module
 */

/** @internal The longest of `words` that the text has at `at`, or undefined. */
export function wordAt(text: string, at: number, words: readonly string[]): string | undefined {
  let best: string | undefined
  for (const w of words) if ((best === undefined || w.length > best.length) && text.startsWith(w, at)) best = w
  return best
}

/** @internal Does the text end with one of `words`? */
export function endsWithAny(text: string, words: readonly string[]): boolean {
  for (const w of words) if (text.endsWith(w)) return true
  return false
}
