/**
 * The tree's issues at the places of the framework's input: a framework builds an `EvaluationInput` of its own, and an
 * issue the tree finds in it (a target that cannot be read, weights that do not add up) is named at the field the caller
 * wrote (`indicators.quantity.0.target`, `weights.output`), not at the tree's (`groups.0.children.0.children.0.target`).
 *
 * @module
 */
import type { Issue } from '../errors.js'
import { EvaluationError } from '../indicators/evaluation-error.js'
import { reissue } from '../indicators/issues.js'
import { withoutStack } from '../errors.js'

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
