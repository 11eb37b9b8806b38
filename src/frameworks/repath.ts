/**
 * The tree's issues at the places of the framework's input: a framework builds an `EvaluationInput` of its own, and an
 * issue the tree finds in it (a target that cannot be read, weights that do not add up) is named at the field the caller
 * wrote (`indicators.quantity.0.target`, `weights.output`), not at the tree's (`groups.0.children.0.children.0.target`).
 *
 * @module
 */
import type { Issue } from '../errors.js'
import { safeDefineEvaluation, type DefineEvaluationOptions } from '../indicators/define-evaluation.js'
import { EvaluationError } from '../indicators/evaluation-error.js'
import type { EvaluationInput } from '../indicators/input.js'
import { reissue } from '../indicators/issues.js'
import type { Evaluation } from '../indicators/types.js'
import type { SafeResult } from '../result.js'
import { withoutStack } from '../errors.js'
import { FrameworkError } from './framework-error.js'
import type { FrameworkIssue } from './issues.js'

type Path = readonly (string | number)[]

/** @internal Where the framework put each part of the caller's input: a tree path, and the caller's. */
export type PathMap = readonly (readonly [tree: Path, caller: Path])[]

const startsWith = (path: Path, prefix: Path): boolean => prefix.length <= path.length && prefix.every((p, i) => path[i] === p)

/** @internal The issue's path in the caller's input (the longest tree prefix that names it), or the path as it is. */
export function callerPath(path: Path, map: PathMap): Path {
  let best: readonly [Path, Path] | undefined
  for (const entry of map) if (startsWith(path, entry[0]) && (best === undefined || entry[0].length > best[0].length)) best = entry
  return best === undefined ? path : [...best[1], ...path.slice(best[0].length)]
}

/** @internal The tree's error again, each issue at the caller's place. */
export function repathed(error: EvaluationError, map: PathMap, thrown: boolean): EvaluationError {
  const issues = error.issues.map((i) => reissue(i, { path: callerPath(i.path, map) }, i.severity)) as [Issue, ...Issue[]]
  return thrown ? new EvaluationError(issues) : withoutStack(() => new EvaluationError(issues))
}

/** @internal What a framework makes of its input: the tree's input and where each part came from, or its own issues. */
export type Placed = { readonly evaluation: EvaluationInput; readonly map: PathMap } | { readonly issues: [FrameworkIssue, ...FrameworkIssue[]] }

/**
 * @internal Run a framework: place the caller's input, build the tree with `defineEvaluation`'s checks, and name every
 * issue at the caller's field. Without a stack unless it is to be thrown.
 */
export function runFramework<I>(place: (input: I) => Placed, input: I, options: DefineEvaluationOptions | undefined, thrown: boolean): SafeResult<Evaluation, FrameworkError | EvaluationError> {
  const placed = place(input)
  if ('issues' in placed) return { success: false, error: thrown ? new FrameworkError(placed.issues) : withoutStack(() => new FrameworkError(placed.issues)) }
  const built = safeDefineEvaluation(placed.evaluation, options)
  return built.success ? built : { success: false, error: repathed(built.error, placed.map, thrown) }
}
