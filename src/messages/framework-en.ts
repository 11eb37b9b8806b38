/**
 * The English texts of the frameworks: every issue code, and the note of a computed indicator.
 *
 * @module
 */
import type { FigureProblem, FrameworkInputProblem } from './framework-details.js'
import type { FrameworkMessageTable } from './framework-table.js'
import { decimalText } from './decimal-text.js'

const INPUT: Readonly<Record<FrameworkInputProblem, string>> = {
  type: 'is of the wrong type',
  'unknown-key': 'is not a field of the framework',
  supplied: 'is supplied by the framework and cannot be given',
  missing: 'is required',
}

const FIGURE: Readonly<Record<FigureProblem, string>> = {
  'not-a-number': 'is not a number',
  negative: 'is negative',
  unit: 'is in a unit that does not compare with the other figure\'s',
}

const at = (path: readonly (string | number)[]): string => (path.length === 0 ? '' : ` at ${path.join('.')}`)

/**
 * The English texts of the frameworks.
 *
 * @example
 * ```ts
 * frameworkEn.issues.FRAMEWORK_DENOMINATOR_ZERO({ indicator: '在职人员控制率', figure: 'establishment', label: '编制数' }, { path: [] })
 * //=> 'the denominator "编制数" (establishment) of "在职人员控制率" is zero: no rate can be computed'
 * ```
 */
export const frameworkEn: FrameworkMessageTable = {
  issues: {
    FRAMEWORK_INPUT_INVALID: (d, w) =>
      `the framework's input${d.key === undefined ? '' : ` field "${d.key}"`}${at(w.path)} ${INPUT[d.reason]}${d.expected === undefined ? '' : `; expected ${d.expected}`}${d.received === undefined ? '' : `, received ${d.received}`}`,
    FRAMEWORK_INDICATOR_UNKNOWN: (d) => `"${d.key}" is not a common indicator of the 2013 department framework (财预〔2013〕53号)`,
    FRAMEWORK_INDICATOR_DUPLICATE: (d) => `the common indicator "${d.key}" is chosen twice`,
    FRAMEWORK_FIGURE_MISSING: (d) => `"${d.indicator}" lacks the figure "${d.label}" (${d.figure}) its formula needs`,
    FRAMEWORK_FIGURE_INVALID: (d) => `the figure "${d.label}" (${d.figure}) of "${d.indicator}" ${FIGURE[d.problem]}: ${d.received}${d.other === undefined ? '' : ` (the other is in "${d.other}")`}`,
    FRAMEWORK_FIGURE_UNKNOWN: (d) => (d.allowed.length === 0 ? `"${d.indicator}" has no formula: no figure "${d.figure}" can be given` : `the formula of "${d.indicator}" has no figure "${d.figure}"; its figures: ${d.allowed.join(', ')}`),
    FRAMEWORK_DENOMINATOR_ZERO: (d) => `the denominator "${d.label}" (${d.figure}) of "${d.indicator}" is zero: no rate can be computed`,
    FRAMEWORK_ACTUAL_CONFLICT: (d) => `"${d.indicator}" is given both an actual value and the figures to compute it: give one`,
    FRAMEWORK_WEIGHT_REQUIRED: (d) => `the cost-first layout has no national level-1 weights: "${d.group}" needs a weight`,
    FRAMEWORK_DUTIES_CONFLICT: (d) => `the duties table replaces 职责履行, so its common indicators cannot be chosen too: ${d.indicators.join(', ')}`,
  },
  formulaNote: (d) => `${d.formula}; ${d.figures.map((f) => `${f.label} ${f.value}`).join(', ')}; computed ${decimalText(d.rate)}%`,
}
