/**
 * The reports' texts in English.
 *
 * @module
 */
import type { ReportMessageTable } from './report-table.js'
import { scoringEn } from './scoring-en.js'

const KIND = { project: 'project expenditure', department: 'department-wide expenditure' } as const

/**
 * The reports' texts in English.
 *
 * @example
 * ```ts
 * reportEn.columns.target
 * //=> 'Annual target'
 * ```
 */
export const reportEn: ReportMessageTable = {
  lang: 'en',
  columns: {
    level1: 'Level 1',
    level2: 'Level 2',
    level3: 'Indicator',
    target: 'Annual target',
    actual: 'Actual',
    weight: 'Weight',
    score: 'Score',
    deviation: 'Reason for shortfall',
    printed: 'Printed score',
    explanation: 'How it was scored',
  },
  title: (d) => `Performance self-evaluation${d.year === undefined ? '' : ` ${d.year}`}${d.name === undefined ? (d.kind === undefined ? '' : `: ${KIND[d.kind]}`) : `: ${d.name}`}`,
  summary: (d) => {
    const what = `The${d.year === undefined ? '' : ` ${d.year}`}${d.kind === undefined ? '' : ` ${KIND[d.kind]}`} performance self-evaluation`
    const scaled = d.scaled === undefined ? '' : ` (${d.scaled} out of 100)`
    if (!d.complete) return `${what} scores ${d.score} points so far${scaled}; ${d.undecided} indicator${d.undecided === 1 ? ' is' : 's are'} left to a person, so no grade is given yet.`
    return `${what} scores ${d.score} points${scaled}${d.grade === undefined ? '' : `, graded ${d.grade}`}.`
  },
  policy: (d) => `Scoring policy: ${d.name}${d.source === undefined ? '' : ` (${d.source})`}`,
  total: 'Total',
  scaled: 'Out of 100',
  grade: 'Grade',
  gradeName: (grade) => scoringEn.grade(grade),
  undecided: 'undecided',
  notApplicable: 'n/a',
  adjusted: 'adjusted',
  adjustedNote: '* a score the evaluator adjusted or gave: the reason is under "How it was scored"',
  groups: 'Scores by group',
  rate: 'Share',
  table: 'The self-evaluation table',
  lost: 'Points lost, most first',
  findings: 'Findings',
  warnings: 'Warnings of the indicator tree',
  none: 'None',
  chartScores: 'Scores against weights',
  chartLost: 'Points lost',
  more: (n) => `${n} more indicator${n === 1 ? '' : 's'} lost points: see the report's table`,
  incomplete: ' (undecided indicators not counted)',
  issues: {
    REPORT_INVALID: (d) => `a report needs the result of scoreEvaluation, but received ${d.received}`,
  },
}
