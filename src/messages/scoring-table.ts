/**
 * The shape of the scoring engine's message tables: one per locale, checked by the compiler to hold a text for every
 * explanation code and every issue code of `scoring-details.ts`, and by the parity test to hold the same keys.
 *
 * @module
 */
import type { ScoreCode, ScoreDetailsByCode, ScorePenalty, ScoringErrorCode, ScoringIssueDetailsByCode } from './scoring-details.js'
import type { IssueContext } from './table.js'
import type { Decimal } from '../numbers/decimal.js'

/**
 * What an explanation's text needs beside its details: what changed the score after the rule, and an adjustment.
 *
 * @example
 * ```ts
 * const c: ScoreContext = {}
 * ```
 */
export interface ScoreContext {
  /** The penalty applied after the rule. */
  readonly penalty?: ScorePenalty
  /** The evaluator's adjustment. */
  readonly adjustment?: AdjustmentText
}

/**
 * An evaluator's adjustment as its text shows it.
 *
 * @example
 * ```ts
 * import { parseNumber } from 'jixiao'
 * const a: AdjustmentText = { score: parseNumber('5'), reason: '因疫情延期，经认定不扣分' }
 * ```
 */
export interface AdjustmentText {
  /** The score given. */
  readonly score: Decimal
  /** Why. */
  readonly reason: string
}

/**
 * The text of each explanation code.
 *
 * @example
 * ```ts
 * import { scoringEn } from 'jixiao'
 * const texts: ScoreTexts = scoringEn.scores
 * ```
 */
export type ScoreTexts = { readonly [C in ScoreCode]: (details: ScoreDetailsByCode[C]) => string }

/**
 * The text of each issue code of scoring.
 *
 * @example
 * ```ts
 * import { scoringEn } from 'jixiao'
 * const texts: ScoringIssueTexts = scoringEn.issues
 * ```
 */
export type ScoringIssueTexts = { readonly [C in ScoringErrorCode]: (details: ScoringIssueDetailsByCode[C], where: IssueContext) => string }

/**
 * The texts appended to an explanation: what came after the rule.
 *
 * @example
 * ```ts
 * import { scoringEn } from 'jixiao'
 * const after: AfterRuleTexts = scoringEn.after
 * ```
 */
export interface AfterRuleTexts {
  /** A penalty, given the score after it. */
  readonly penalty: (penalty: ScorePenalty, score: Decimal) => string
  /** An evaluator's adjustment. */
  readonly adjustment: (adjustment: AdjustmentText) => string
}

/**
 * The texts of the scoring engine in one locale: explanations of scores, findings and errors, and the grade names.
 *
 * @example
 * ```ts
 * import { scoringMessageTable } from 'jixiao'
 * const table: ScoringMessageTable = scoringMessageTable('en')
 * ```
 */
export interface ScoringMessageTable {
  /** The explanation of each score code (without what came after the rule). */
  readonly scores: ScoreTexts
  /** What came after the rule: a penalty, an adjustment (appended to the explanation). */
  readonly after: AfterRuleTexts
  /** The text of each issue code of scoring. */
  readonly issues: ScoringIssueTexts
  /** The name of a grade in this locale (优 → excellent); unknown grades as written. */
  readonly grade: (grade: string) => string
}
