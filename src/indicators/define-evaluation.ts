/**
 * `defineEvaluation` and `safeDefineEvaluation`: validate an evaluation's input and return the frozen
 * {@link Evaluation}, or an {@link EvaluationError} that lists every issue at once.
 *
 * @module
 */
import { makeIssue, withoutStack, type Issue, type Severity } from '../errors.js'
import { EvaluationError } from './evaluation-error.js'
import type { SafeResult } from '../result.js'
import { own } from '../own.js'
import type { PolarityWords } from './lexicon/polarity.js'
import { defaultEndings, indexWords } from './polarity.js'
import { placeAt, type BuildContext, type SheetPlaces } from './context.js'
import { reissue, treeIssue } from './issues.js'
import type { EvaluationInput } from './input.js'
import { plainCopy } from './plain-copy.js'
import { received } from './received.js'
import { inputSchema, leafLooksValid, lenientInputSchema } from './schema.js'
import { buildTree, yearOf } from './tree.js'
import type { Evaluation } from './types.js'
import { markEvaluation } from './trusted.js'
import { expectedOf, valueAt, type ZodIssueLike } from '../zod-issue.js'
import type { EvaluationInputInvalidDetails } from '../messages/evaluation-details.js'

/**
 * Options of {@link defineEvaluation}.
 *
 * @example
 * ```ts
 * const options: DefineEvaluationOptions = { weightMismatch: 'warning', distributeWeights: true }
 * ```
 */
export interface DefineEvaluationOptions {
  /**
   * `error` (default) or `warning`: how weights that do not add up (children against their group, level-1 against the
   * declared total, a weight against the one in a name) and weights missing among weighted siblings are reported. A
   * filled table that does not add up is still a table a reviewer must score: `warning` builds it, and the warnings say
   * what does not add up.
   */
  readonly weightMismatch?: Severity
  /** `error` (default) or `warning`: how an applicable indicator without a target is reported (its target is then null). */
  readonly missingTarget?: Severity
  /**
   * Give the nodes without a weight equal shares of what their parent has left (level 1: of the declared total, or 100),
   * to two places, the first ones taking the cents left over. Off by default: a planning-time 绩效目标表 has no weights,
   * and an Evaluation without weights is valid.
   */
  readonly distributeWeights?: boolean
  /** The words that tell polarity from a name (default `POLARITY_WORDS`): replace them, or extend them with a spread. */
  readonly polarityWords?: PolarityWords
}

/**
 * The most level-3 indicators one evaluation may hold, and the longest list its input may have: a safeguard against input
 * that is not a table (a sparse array of length 2³²−1 is refused before it is walked).
 *
 * @example
 * ```ts
 * import { MAX_INDICATORS } from 'jixiao'
 * MAX_INDICATORS
 * //=> 1000000
 * ```
 */
export const MAX_INDICATORS = 1_000_000

/** A zod issue as issues of this library (an unknown-keys issue names each key). */
function fromZod(issue: ZodIssueLike, input: unknown, place: (path: readonly (string | number)[]) => { path: readonly (string | number)[]; row?: number }): Issue[] {
  const path = issue.path.map((p) => (typeof p === 'number' ? p : String(p)))
  const make = (details: EvaluationInputInvalidDetails, where = path): Issue => treeIssue('EVALUATION_INPUT_INVALID', details, place(where)) as Issue
  switch (issue.code) {
    case 'unrecognized_keys':
      return (issue.keys ?? []).map((key) => make({ reason: 'unknown-key', key }, [...path, key]))
    case 'invalid_type':
    case 'invalid_union':
      return [make({ reason: 'type', expected: expectedOf(issue), received: received(valueAt(input, issue.path)) })]
    case 'invalid_value':
      return [make({ reason: 'value', expected: (issue.values ?? []).map(String).join('|') })]
    case 'custom':
      // a field checked in one step: its message is the types it takes
      return [make({ reason: 'type', expected: issue.message, received: received(valueAt(input, issue.path)) })]
    default:
      return [make({ reason: 'other', expected: issue.message })]
  }
}

/**
 * The input with every level-2 group's indicators left out, when every indicator passes `leafLooksValid`; undefined when
 * one does not (or the shape is not a tree), so that the whole input goes to the schema.
 */
function leavesOf(input: unknown): unknown {
  const groups = valueAt(input, ['groups'])
  if (!Array.isArray(groups)) return undefined
  const out: unknown[] = []
  for (const g of groups) {
    const children = valueAt(g, ['children'])
    if (!Array.isArray(children)) return undefined
    const level2: unknown[] = []
    for (const s of children) {
      const leaves = valueAt(s, ['children'])
      if (!Array.isArray(leaves) || !leaves.every(leafLooksValid)) return undefined
      level2.push({ ...(s as object), children: [] })
    }
    out.push({ ...(g as object), children: level2 })
  }
  return { ...(input as object), groups: out }
}

/** How many indicators the input holds, counted without trusting it (a wrong shape counts 0). */
function countLeaves(input: unknown): number {
  let count = 0
  const groups = valueAt(input, ['groups'])
  if (!Array.isArray(groups)) return 0
  for (const g of groups) {
    const children = valueAt(g, ['children'])
    if (!Array.isArray(children)) continue
    for (const s of children) {
      const leaves = valueAt(s, ['children'])
      if (Array.isArray(leaves)) count += leaves.length
    }
  }
  return count
}

/** The options, checked: own properties only; a wrong value is an OPTION_INVALID issue, never a silent default. */
function contextOf(options: DefineEvaluationOptions | undefined, rows: SheetPlaces | undefined, found: Issue[]): BuildContext {
  const invalid = (option: string, value: unknown, allowed: readonly string[]): void => {
    found.push(reissue(makeIssue('OPTION_INVALID', { option, value: String(value), expected: 'one-of', allowed }, { path: [option] }) as Issue, { path: [option] }))
  }
  if (options !== undefined && (typeof options !== 'object' || options === null)) invalid('options', options, ['object'])
  const severity = (key: 'weightMismatch' | 'missingTarget'): Severity => {
    const value = own(options, key)
    if (value !== undefined && value !== 'error' && value !== 'warning') invalid(key, value, ['error', 'warning'])
    return value === 'warning' ? 'warning' : 'error'
  }
  const distribute = own(options, 'distributeWeights')
  if (distribute !== undefined && typeof distribute !== 'boolean') invalid('distributeWeights', distribute, ['true', 'false'])
  const words = own(options, 'polarityWords')
  const isList = (v: unknown): boolean => Array.isArray(v) && v.every((w) => typeof w === 'object' && w !== null && typeof (w as { word?: unknown }).word === 'string' && (w as { word: string }).word !== '')
  const wordsValid = words === undefined || (isList(own(words, 'lowerIsBetter')) && isList(own(words, 'higherIsBetter')))
  if (!wordsValid) invalid('polarityWords', '[object]', ['{ lowerIsBetter: [{ word, reason }], higherIsBetter: [{ word, reason }] }'])
  return {
    year: undefined,
    endings: words === undefined || !wordsValid ? defaultEndings() : indexWords(words),
    weightMismatch: severity('weightMismatch'),
    missingTarget: severity('missingTarget'),
    distribute: distribute === true,
    rows,
    targets: new Map(),
    actuals: new Map(),
    comparable: new Map(),
    weights: new Map(),
    errors: [],
    warnings: [],
    flags: { budgetUnitAssumed: false },
  }
}

/** @internal Validate and build: the Evaluation, or every issue. */
export function build(
  input: unknown,
  options: DefineEvaluationOptions | undefined,
  rows?: SheetPlaces,
  found: readonly Issue[] = [],
): { evaluation: Evaluation } | { issues: readonly [Issue, ...Issue[]] } {
  const optionIssues: Issue[] = []
  // the options' own fields, copied once (a getter that throws is an issue, not the host's exception)
  const copiedOptions = options === undefined ? { ok: true as const, value: undefined } : plainCopy(options, MAX_INDICATORS)
  if (!copiedOptions.ok) return { issues: [treeIssue('EVALUATION_INPUT_INVALID', { reason: 'unreadable' }, { path: ['options'] }) as Issue] }
  const base = contextOf(copiedOptions.value as DefineEvaluationOptions | undefined, rows, optionIssues)
  if (optionIssues.length > 0) return { issues: optionIssues as [Issue, ...Issue[]] }
  for (const issue of found) (issue.severity === 'error' ? base.errors : base.warnings).push(issue)
  const place = (path: readonly (string | number)[]): { path: readonly (string | number)[]; row?: number } => {
    const numbers = path.filter((p) => typeof p === 'number').length
    const row = rows === undefined ? undefined : placeAt(rows, path.slice(0, Math.min(path.length, 2 * numbers)))?.row
    return row === undefined ? { path } : { path, row }
  }
  const copied = plainCopy(input, MAX_INDICATORS)
  if (!copied.ok) {
    const details: EvaluationInputInvalidDetails = copied.reason === 'too-large' ? { reason: 'too-large', expected: String(MAX_INDICATORS) } : copied.reason === 'unreadable' ? { reason: 'unreadable' } : { reason: 'other', expected: copied.reason === 'cycle' ? 'no cycle' : 'at most 16 levels' }
    return { issues: [treeIssue('EVALUATION_INPUT_INVALID', details, { path: [] }) as Issue] }
  }
  const plain = copied.value
  const count = countLeaves(plain)
  if (count > MAX_INDICATORS) {
    return { issues: [treeIssue('EVALUATION_INPUT_INVALID', { reason: 'too-large', expected: String(MAX_INDICATORS), received: String(count) }, { path: ['groups'] }) as Issue] }
  }
  // the leaves (the bulk of a table) checked one field at a time when they are all valid; zod checks the rest of the shape,
  // or the whole input, naming every field at fault, when one is not
  const skeleton = leavesOf(plain)
  let parsed = inputSchema().safeParse(skeleton ?? plain)
  if (skeleton !== undefined && !parsed.success) parsed = inputSchema().safeParse(plain)
  let unknownKeys: Issue[] = []
  if (!parsed.success) {
    const zodIssues = parsed.error.issues as unknown as ZodIssueLike[]
    const issues = zodIssues.flatMap((i) => fromZod(i, plain, place))
    // unknown keys alone: report them, and check the rest of the input as if they were not there
    if (!zodIssues.every((i) => i.code === 'unrecognized_keys')) return { issues: [...issues, ...base.errors, ...base.warnings] as [Issue, ...Issue[]] }
    unknownKeys = issues
    parsed = lenientInputSchema().safeParse(plain)
    if (!parsed.success) return { issues: [...issues, ...base.errors, ...base.warnings] as [Issue, ...Issue[]] }
  }
  // the copy, not zod's output, is walked: its objects have no prototype, so a polluted Object.prototype adds no field
  const data = plain as EvaluationInput
  base.errors.push(...unknownKeys)
  const year = yearOf(base, data)
  const ctx: BuildContext = { ...base, year }
  const evaluation = buildTree(ctx, data)
  if (ctx.errors.length > 0) return { issues: [...ctx.errors, ...ctx.warnings] as [Issue, ...Issue[]] }
  return { evaluation: markEvaluation(evaluation) }
}

/**
 * Validate an evaluation and return it as a frozen tree in which every target and actual value is already read.
 *
 * Weights may be given at any level or omitted: a group without one weighs the sum of its children, or what its name
 * says ("产出指标(50分)"); a table without any (a planning-time 绩效目标表) is valid. Polarity is written, else the
 * target's comparison, else a word of the name (`POLARITY_WORDS`), else higher-is-better; each indicator records which.
 *
 * @param input - an {@link EvaluationInput}: plain data (JSON, or built in code).
 * @param options - how weight mismatches and missing targets are reported, weights distributed, polarity words.
 * @returns the frozen {@link Evaluation}; its `warnings` list what a report should show.
 * @throws {@link EvaluationError} listing every issue at once (each with its path, code, severity, zh and en): a wrong
 *   shape, an unreadable target or actual (with its span), units that do not compare, weights that do not add up,
 *   duplicate ids, negative or non-finite numbers, a missing target, an adjustment without a reason or beyond its weight.
 * @example
 * ```ts
 * const e = defineEvaluation({
 *   kind: '项目支出',
 *   groups: [
 *     { name: '产出指标(50分)', children: [{ name: '数量指标', children: [{ name: '培训人次', weight: 30, target: '≥500人次' }, { name: '培训覆盖率', weight: 20, target: '90%以上' }] }] },
 *     { name: '满意度指标', children: [{ name: '服务对象满意度', children: [{ name: '学员满意度', weight: 10, target: '≥90%' }] }] },
 *   ],
 * })
 * e.groups[0].weight?.toString()
 * //=> '50'
 * e.warnings.map((w) => w.code)
 * //=> ['GROUP_MISSING']
 * ```
 */
export function defineEvaluation(input: EvaluationInput, options: DefineEvaluationOptions = {}): Evaluation {
  const built = build(input, options)
  if ('issues' in built) throw new EvaluationError(built.issues)
  return built.evaluation
}

/**
 * Like {@link defineEvaluation}, but never throws: returns a result.
 *
 * @param input - an {@link EvaluationInput}.
 * @param options - as for {@link defineEvaluation}.
 * @returns `{ success: true, data }` or `{ success: false, error }` with every issue.
 * @example
 * ```ts
 * const r = safeDefineEvaluation({ groups: [{ name: '产出指标', children: [{ name: '数量指标', children: [{ name: '培训人次', weight: '十', target: '≥≥500人次' }] }] }] })
 * r.success
 * //=> false
 * !r.success && r.error.issues.filter((i) => i.severity === 'error').map((i) => [i.code, i.path.join('.')])
 * //=> [['TARGET_MALFORMED', 'groups.0.children.0.children.0.target']]
 * ```
 */
export function safeDefineEvaluation(input: EvaluationInput, options: DefineEvaluationOptions = {}): SafeResult<Evaluation, EvaluationError> {
  const built = build(input, options)
  return 'issues' in built ? { success: false, error: withoutStack(() => new EvaluationError(built.issues)) } : { success: true, data: built.evaluation }
}
