/**
 * The English message table: the text of every error code and every judgement, produced when read.
 *
 * @module
 */
import { own } from '../own.js'
import { ratioText } from './decimal-text.js'
import type { TargetTextProblem } from './issue-details.js'
import type { IssueContext, MessageTable } from './table.js'

const at = (where: IssueContext): string => (where.span === undefined ? '' : ` at character ${where.span.start + 1}`)
const unitName = (unit: string): string => (unit === '' ? '(no unit)' : unit)
const verdict = (met: boolean | null): string => (met === null ? 'needs a person to judge' : met ? 'met' : 'not met')
const RULES = { 'higher-is-better': 'higher is better', 'lower-is-better': 'lower is better', 'close-to': 'close to the target' } as const

/**
 * The English texts.
 *
 * @example
 * ```ts
 * import { en } from 'jixiao'
 * en.issues.NUMBER_EMPTY({}, { path: [] })
 * //=> 'the number is empty'
 * ```
 */
export const en: MessageTable = {
  issues: {
    NUMBER_EMPTY: () => 'the number is empty',
    NUMBER_NOT_FOUND: (d, w) => (d.received !== 'string' ? `expected text, received ${d.received}` : `no number can be read in "${w.input ?? ''}"`),
    NUMBER_MALFORMED: (d) => en.numberProblems[d.reason](d.text, d.word ?? ''),
    NUMBER_TRAILING_TEXT: (d) => `unexpected text "${d.rest}" after the number`,
    NUMBER_INVALID_VALUE: (d) => `"${d.value}" is not a finite number`,
    QUANTITY_EMPTY: () => 'the quantity is empty',
    QUANTITY_NOT_FOUND: (d, w) => (d.received !== 'string' ? `expected text, received ${d.received}` : `no quantity can be read in "${w.input ?? ''}"`),
    QUANTITY_MALFORMED: (d) =>
      d.reason === 'not-finite'
        ? `amount "${d.text}" is not a finite number`
        : en.numberProblems[d.reason](d.text, d.word ?? ''),
    QUANTITY_UNKNOWN_UNIT: (d) => `cannot read the unit "${d.rest}" (for a target use parseTarget)`,
    QUANTITY_INCOMPATIBLE_UNITS: (d) => `unit "${unitName(d.from)}" cannot be converted to "${unitName(d.to)}"`,
    TARGET_EMPTY: (d) => (d.received !== 'string' ? `a target must be text, received ${d.received}` : 'the target is empty'),
    TARGET_UNKNOWN_COMPARATOR: (d, w) => `target "${w.input ?? ''}"${at(w)}: ${textProblem({ code: 'TARGET_UNKNOWN_COMPARATOR', details: d })}`,
    TARGET_MALFORMED: (d, w) => `target "${w.input ?? ''}"${at(w)}: ${textProblem({ code: 'TARGET_MALFORMED', details: d })}`,
    TARGET_INVALID: (d, w) =>
      w.input === undefined ? en.dataProblems[d.reason](d.field ?? w.path.join('.'), d.value ?? '') : `target "${w.input}"${at(w)}: ${textProblem({ code: 'TARGET_INVALID', details: d })}`,
    TARGET_UNIT_MISMATCH: (d, w) => `target "${w.input ?? ''}"${at(w)}: ${textProblem({ code: 'TARGET_UNIT_MISMATCH', details: d })}`,
    ACTUAL_MALFORMED: (d, w) => {
      const text = w.input ?? ''
      if (d.reason === 'unreadable') return `actual value "${text}"${at(w)}: ${textProblem(d.cause)}`
      if (d.reason === 'empty') return `actual value "${text}" is empty`
      if (d.reason === 'range') return `actual value "${text}" must be one value, not a range`
      return en.dataProblems[d.reason](own(d as { field?: string }, 'field') ?? w.path.join('.'), own(d as { value?: string }, 'value') ?? '')
    },
    ACTUAL_NOT_COMPARABLE: (d) => en.comparisonProblems[d.reason](d.actual, d.target, d.actualUnit ?? '', d.targetUnit ?? ''),
    OPTION_INVALID: (d) =>
      `option ${d.option} is "${d.value}": it must be ${d.expected === 'integer' ? 'an integer' : d.expected === 'non-negative-number' ? 'a non-negative number' : d.expected === 'fraction' ? 'a fraction from 0 up to (not including) 1, such as 0.05 for 5%' : `one of ${(d.allowed ?? []).join(', ')}`}`,
  },
  attainments: {
    MEASURE: (d, c) =>
      own(d, 'bound') !== undefined
        ? `actual "${d.actual}" gives only ${d.bound === 'at-least' ? 'a lower bound' : d.bound === 'at-most' ? 'an upper bound' : 'an approximate value'}, against target ${d.target} (${RULES[d.rule]}): needs a person to judge`
        : `actual ${d.actual}${own(d, 'bareNumber') !== undefined ? ` (no unit written: read in the target's unit ${own(d, 'unit') ?? ''})` : ''} against target ${d.target} (${RULES[d.rule]}): ${
        c.met === true ? 'met' : `not met, completion ratio ${ratioText(d.ratio)}`
      }`,
    RANGE: (d) =>
      `actual ${d.actual} against range ${d.target}: ${d.position === 'inside' ? 'inside the range: met' : d.position === 'below' ? 'below the range: not met' : 'above the range: not met'}`,
    DEADLINE_DATE: (d, c) => `done ${d.actual}, due ${d.target}: ${c.met === true ? 'on time' : 'late'}`,
    DEADLINE_NEEDS_PLAN: (d) => `target is "on schedule"; actual ${d.actual} must be checked against the plan by a person`,
    DEADLINE_NEEDS_YEAR: (d) => `deadline ${d.target} has no year and the actual ${d.actual} has one: pass the evaluation year (option year)`,
    DEADLINE_WORDS: (d, c) => `actual "${d.actual}", due ${d.target}: ${c.met === true ? 'on time' : c.met === false ? 'not on time' : 'needs a person to judge'}`,
    DEADLINE_SHARE: (d, c) => `${d.actual} done, due ${d.target}: ${c.met === true ? 'done' : 'not all done'}`,
    WORDS_AGAINST_MEASURE: (d, c) => `actual "${d.actual}" in words against target ${d.target}: ${verdict(c.met)}`,
    QUALITATIVE: (d, c) => `actual "${d.actual}" against "${d.target}": ${verdict(c.met)}`,
    COMPOUND: (d, c) => `${d.mode} of: ${c.parts.join('; ')}${d.skipped ? ' (a part cannot be compared with the actual value)' : ''}. ${verdict(c.met)}`,
  },
  numberProblems: {
    'several-points': (text) => `"${text}" has more than one decimal point`,
    'repeated-point': (text) => `repeated decimal point in "${text}"`,
    'digits-together': (text) => `digits run together in "${text}"`,
    'units-out-of-order': (text) => `numeral units out of order in "${text}"`,
    'unit-after-decimals': (text) => `a numeral unit follows the decimals in "${text}"`,
    'unit-without-digit': (text) => `a numeral unit lacks its digit in "${text}"`,
    'repeated-big-unit': (text, word) => `"${word}" repeated in "${text}"`,
    'point-without-digits': (text) => `"点" lacks its digits in "${text}"`,
    'share-without-number': (_text, word) => `"${word}" is not followed by a number`,
    exponent: (text) => `"${text}" is in scientific notation (a spreadsheet may have rounded it for display): write the number out in full`,
    'too-long': (text) => `"${text.slice(0, 20)}…" is too long to be a number`,
    'zero-denominator': (text, word) => `the unit "${word === '' ? text : word}" divides by zero`,
  },
  targetProblems: {
    'repeated-comparator': () => 'a comparison word is repeated',
    'number-expected': () => 'a number is expected here',
    'number-expected-after': () => 'a number is expected after this',
    'unreadable-text': () => 'cannot read the text here',
    'unreadable-symbol': () => 'cannot read the symbol here',
    'between-needs-two': () => '"介于" needs two numbers',
    'closing-needs-two': () => '"之间" needs two numbers',
    'contradicting-comparators': () => 'the comparison words before and after the number contradict each other',
    'plus-minus-needs-one': () => '"±" needs one number',
    'range-comparator': () => 'a range cannot take this comparison word',
    'missing-number': (word) => `"${word}" is not followed by a number`,
    'too-deep': () => 'brackets are nested too deep',
    'text-too-long': () => 'the text is longer than 100 000 characters, more than any target',
    'list-mismatch': () => 'the subjects and the values listed "respectively" differ in number and cannot be paired',
  },
  dataProblems: {
    'not-finite': (field, value) => `"${value}" is not a finite number${field === '' ? '' : ` (at ${field})`}`,
    'not-a-quantity': (field) => `a quantity { amount, unit } is expected${field === '' ? '' : ` at ${field}`}`,
    'missing-field': (field) => `"${field}" is missing or invalid`,
    'unknown-kind': (field, value) => `unknown kind "${value}"${field === '' ? '' : ` at ${field}`}`,
    'not-a-target': () => 'the target must be a Target, as parseTarget returns it',
    'not-an-actual': () => 'the actual value is not a quantity, number, text or Actual',
    'zero-consequent': () => 'the second term of the ratio is zero',
    schema: (field, value) => `${field === '' ? '' : `${field}: `}${value}`,
  },
  unknownIssue: (code) => `unknown issue ${code}`,
  comparisonProblems: {
    units: (_a, _t, actualUnit, targetUnit) => `the actual value's unit "${unitName(actualUnit)}" cannot be compared with the target's unit "${unitName(targetUnit)}"`,
    'not-a-quantity': (actual, target) => `actual "${actual}" is not a quantity and cannot be compared with target ${target}`,
    'not-a-ratio': (actual, target) => `actual "${actual}" is not a ratio (such as 1:18) and cannot be compared with ${target}`,
    'not-a-date': (actual, target) => `actual "${actual}" is not a date and cannot be compared with deadline ${target}`,
    'no-part': (actual, target) => `actual "${actual}" cannot be compared with any part of target ${target}`,
  },
}

/** What failed in a target's text, without saying where. */
function textProblem(cause: TargetTextProblem): string {
  switch (cause.code) {
    case 'TARGET_MALFORMED':
      return targetProblem(cause.details.reason, cause.details.word ?? '')
    case 'TARGET_UNKNOWN_COMPARATOR':
      return `"${cause.details.word}" (not equal) is not a comparison a target can use (write > or <)`
    case 'TARGET_INVALID':
      return en.dataProblems[cause.details.reason](cause.details.field ?? '', cause.details.value ?? '')
    case 'TARGET_UNIT_MISMATCH':
      return cause.details.part === 'ratio' ? 'the two terms of the ratio have different units' : `the ends of the range have different units "${cause.details.first}" and "${cause.details.second}"`
  }
}

function targetProblem(reason: keyof MessageTable['targetProblems'] | keyof MessageTable['numberProblems'], word: string): string {
  return Object.hasOwn(en.targetProblems, reason)
    ? en.targetProblems[reason as keyof MessageTable['targetProblems']](word)
    : en.numberProblems[reason as keyof MessageTable['numberProblems']](word, word)
}
