/**
 * jixiao (绩效): read, evaluate and score Chinese budget-performance targets
 * and evaluations, exactly.
 *
 * @packageDocumentation
 */
export { AttainmentError, issueMessage, JixiaoError, NumberParseError, QuantityError, TargetParseError } from './errors.js'
export type { ErrorCode, Issue, IssueOf, Severity, Span } from './errors.js'
export type { CoreErrorCode } from './messages/issue-details.js'
export type {
  ActualInvalidDataDetails,
  ActualMalformedDetails,
  ActualNotComparableDetails,
  ActualNotOneValueDetails,
  ActualUnreadableDetails,
  ComparisonProblem,
  DataProblem,
  IssueDetailsByCode,
  NumberInvalidValueDetails,
  NumberMalformedDetails,
  NumberNotFoundDetails,
  NumberProblem,
  NumberTrailingTextDetails,
  OptionInvalidDetails,
  QuantityIncompatibleUnitsDetails,
  QuantityMalformedDetails,
  QuantityNotFoundDetails,
  QuantityUnknownUnitDetails,
  TargetEmptyDetails,
  TargetInvalidDetails,
  TargetMalformedDetails,
  TargetProblem,
  TargetTextCode,
  TargetTextProblem,
  TargetTextProblemOf,
  TargetUnitMismatchDetails,
  TargetUnknownComparatorDetails,
} from './messages/issue-details.js'
export type {
  ActualTargetDetails,
  AttainmentCode,
  AttainmentDetailsByCode,
  CompoundAttainmentDetails,
  MeasureAttainmentDetails,
  QualitativeAttainmentDetails,
  RangeAttainmentDetails,
} from './messages/attainment-details.js'
export type {
  AttainmentContext,
  AttainmentText,
  AttainmentTexts,
  ComparisonProblemText,
  DataProblemText,
  IssueContext,
  IssueText,
  IssueTexts,
  MessageTable,
  NumberProblemText,
  TargetProblemText,
} from './messages/table.js'
export { messageTable } from './messages/locale.js'
export type { Locale } from './messages/locale.js'
export { zh } from './messages/zh.js'
export { en } from './messages/en.js'
export type { SafeFailure, SafeResult, SafeSuccess } from './result.js'

export type { Decimal, DecimalInput } from './numbers/decimal.js'
export { normalizeWidth } from './numbers/normalize.js'
export { parseNumber, safeParseNumber } from './numbers/parse-number.js'
export { formatNumber } from './numbers/format-number.js'
export type { FormatNumberOptions, NumberStyle } from './numbers/format-number.js'

export type { UnitFamily } from './quantities/catalogue.js'
export { describeUnit } from './quantities/unit.js'
export type { UnitDescription } from './quantities/unit.js'
export { quantity } from './quantities/quantity.js'
export type { Quantity } from './quantities/quantity.js'
export { parseQuantity, safeParseQuantity } from './quantities/parse-quantity.js'
export { areUnitsCompatible, compareQuantities, convertQuantity } from './quantities/convert.js'
export { formatQuantity } from './quantities/format-quantity.js'
export type { FormatQuantityOptions } from './quantities/format-quantity.js'

export type {
  AllTarget,
  AnyTarget,
  CalendarDate,
  Comparator,
  CompareTarget,
  DeadlineTarget,
  Polarity,
  QualitativeDirection,
  QualitativeStrength,
  QualitativeTarget,
  RangeTarget,
  RatioTarget,
  Target,
} from './targets/types.js'
export { parseTarget, safeParseTarget } from './targets/parse-target.js'
export type { ParseTargetOptions } from './targets/parse-target.js'
export { formatTarget } from './targets/format-target.js'
export type { FormatTargetOptions } from './targets/format-target.js'
export { parseActual, safeParseActual } from './attainment/actual.js'
export type { Actual, ActualDate, ActualQuantity, ActualRatio, ActualWords } from './attainment/actual.js'
export { evaluateTarget } from './attainment/evaluate-target.js'
export { explainAttainment } from './attainment/attainment.js'
export type { Attainment, AttainmentDirection, AttainmentOf } from './attainment/attainment.js'
export type { EvaluateTargetOptions } from './attainment/options.js'
export { targetSchema } from './targets/schema.js'

export type {
  ActualFractionDetails,
  AdjustmentOutOfRangeDetails,
  BudgetPartsMismatchDetails,
  BudgetRateMismatchDetails,
  BudgetUnitAssumedDetails,
  CategoryDetails,
  EvaluationErrorCode,
  EvaluationInputInvalidDetails,
  EvaluationInputProblem,
  EvaluationIssueDetailsByCode,
  GroupMissingDetails,
  IdDuplicateDetails,
  LabelEmptyDetails,
  NamedNodeDetails,
  NumberField,
  PolarityConflictDetails,
  TargetMissingDetails,
  UnitConflictDetails,
  ValueInvalidDetails,
  ValueLooksRawDetails,
  WeightConflictDetails,
  WeightSumMismatchDetails,
  WeightTotalMismatchDetails,
} from './messages/evaluation-details.js'
export type {
  CellErrorDetails,
  ColumnsUnreadDetails,
  LabelRepeatedDetails,
  RowField,
  RowIgnoredDetails,
  RowsColumnDetails,
  RowsInvalidDetails,
  RowsIssueDetailsByCode,
} from './messages/rows-details.js'
export type { EvaluationIssueText, EvaluationIssueTexts, EvaluationMessageTable } from './messages/evaluation-table.js'
export { evaluationMessageTable } from './messages/evaluation-locale.js'
export { evaluationZh } from './messages/evaluation-zh.js'
export { evaluationEn } from './messages/evaluation-en.js'
export { evaluationIssueMessage } from './indicators/issues.js'
export type {
  Adjustment,
  Budget,
  BudgetExecution,
  BudgetFigure,
  Evaluation,
  EvaluationKind,
  Goals,
  Indicator,
  Leaf,
  Level1Group,
  Level2Group,
  NotApplicableReason,
  PolarityReading,
  PolaritySource,
  WeightSource,
} from './indicators/types.js'
export type {
  AdjustmentInput,
  AmountInput,
  BudgetFigureInput,
  BudgetInput,
  BudgetPartsInput,
  EvaluationInput,
  GoalsInput,
  IndicatorInput,
  Level1Input,
  Level2Input,
  NumberInput,
  QuantityInput,
} from './indicators/input.js'
export { defineEvaluation, safeDefineEvaluation, MAX_INDICATORS } from './indicators/define-evaluation.js'
export { EvaluationError } from './indicators/evaluation-error.js'
export type { DefineEvaluationOptions } from './indicators/define-evaluation.js'
export { evaluationInputSchema, evaluationJsonSchema } from './indicators/schema.js'
export { POLARITY_WORDS, REDUCTION_PREFIXES } from './indicators/lexicon/polarity.js'
export { POLARITY_NAMES } from './indicators/lexicon/split-cells.js'
export type { PolarityWord, PolarityWords } from './indicators/lexicon/polarity.js'
export { INDICATOR_CATEGORIES, QUANTITATIVE_CATEGORIES } from './indicators/lexicon/categories.js'
export { NOT_APPLICABLE_WORDS } from './indicators/lexicon/not-applicable.js'
export { BUDGET_LINE_LABELS, BUDGET_SECTION_LABELS, IGNORED_HEADERS, ROW_HEADERS, SUBTOTAL_LABELS, TOTAL_LABELS } from './indicators/lexicon/headers.js'
export { evaluationFromRows, safeEvaluationFromRows } from './indicators/rows/from-rows.js'
export type { EvaluationFromRowsOptions } from './indicators/rows/from-rows.js'
export type {
  BudgetExecutionScoreDetails,
  ChecklistScoreDetails,
  CompoundScoreDetails,
  CustomScoreDetails,
  DeadlineLateScoreDetails,
  DeductionScoreDetails,
  DeviationReasonMissingDetails,
  FindingCode,
  JudgementInvalidDetails,
  MeasuredSides,
  NotApplicableScoreDetails,
  OverAchievementDetails,
  OverAchievementPenalty,
  PolicyInvalidDetails,
  PrintedScoreAboveWeightDetails,
  PrintedScoreMismatchDetails,
  PrintedSubtotalMismatchDetails,
  PrintedTotalMismatchDetails,
  QualitativeLevel,
  QualitativeScoreDetails,
  RateScoreDetails,
  RatioScoreDetails,
  RuleFailedDetails,
  RuleUnknownDetails,
  ScoreAdjustedDetails,
  ScoreBase,
  ScoreCode,
  ScoreDetailsByCode,
  ScorePenalty,
  ScoreUndecidedDetails,
  ScoreVetoedDetails,
  ScoringErrorCode,
  ScoringErrorDetailsByCode,
  ScoringFindingDetailsByCode,
  ScoringInputInvalidDetails,
  ScoringIssueDetailsByCode,
  StepScoreDetails,
  UndecidedReason,
  UndecidedScoreDetails,
  VetoPenalty,
  VetoScope,
  WeightsNotTotalDetails,
  ZeroTargetScoreDetails,
} from './messages/scoring-details.js'
export type { AdjustmentText, AfterRuleTexts, ScoreContext, ScoreTexts, ScoringIssueTexts, ScoringMessageTable } from './messages/scoring-table.js'
export { scoringMessageTable } from './messages/scoring-locale.js'
export { scoringZh } from './messages/scoring-zh.js'
export { scoringEn } from './messages/scoring-en.js'
export type {
  ChecklistItem,
  ChecklistRule,
  CustomRule,
  CustomRuleScore,
  DeadlineRule,
  DeductionRule,
  PlainRule,
  QualitativeRule,
  StepsRule,
  VetoRule,
  ZeroTargetPolicy,
  CustomRuleInput,
  CustomRuleResult,
  GradeBand,
  OverAchievement,
  Policy,
  PolicyNumber,
  PolicyOverrides,
  QualitativeBand,
  QualitativeBands,
  Rounding,
  RoundingMode,
  RuleKind,
  RuleSpec,
  StepBand,
} from './scoring/policies/types.js'
export { policies } from './scoring/policies/index.js'
export type { Policies } from './scoring/policies/index.js'
export { definePolicy, parsePolicy } from './scoring/policies/define-policy.js'
export { policySchema } from './scoring/policies/schema.js'
export type {
  Grade,
  GroupScore,
  IndicatorScore,
  Judgement,
  PointsLost,
  ScoreExplanation,
  ScoreExplanationOf,
  ScoreOptions,
  ScoreReport,
  ScoreStatus,
} from './scoring/types.js'
export { scoreEvaluation, safeScoreEvaluation } from './scoring/score-evaluation.js'
export { explainScore } from './scoring/explanation.js'
export { scoringIssueMessage } from './scoring/issues.js'
export { ScoringError } from './scoring/scoring-error.js'
export { ALL_OR_NOTHING_CRITERIA, DEDUCTION_REFERENCES, DEDUCTION_VERBS, PERCENT_POINT_UNITS } from './scoring/lexicon/deduction-words.js'

export * from './frameworks/index.js'
export * from './reports/index.js'
