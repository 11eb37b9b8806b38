/**
 * jixiao (绩效): read, evaluate and score Chinese budget-performance targets
 * and evaluations, exactly.
 *
 * @packageDocumentation
 */
export { EvaluationError, JixiaoError, NumberParseError, QuantityError, TargetParseError } from './errors.js'
export type { ErrorCode, Issue, Span } from './errors.js'
export type { SafeFailure, SafeResult, SafeSuccess } from './result.js'

export type { Decimal, DecimalInput } from './numbers/decimal.js'
export { normalizeWidth } from './numbers/normalize.js'
export { parseNumber, safeParseNumber } from './numbers/parse-number.js'
export { formatNumber } from './numbers/format-number.js'
export type { FormatNumberOptions, NumberStyle } from './numbers/format-number.js'

export type { UnitFamily } from './quantity/catalogue.js'
export { describeUnit } from './quantity/unit.js'
export type { UnitDescription } from './quantity/unit.js'
export { quantity } from './quantity/quantity.js'
export type { Quantity } from './quantity/quantity.js'
export { parseQuantity, safeParseQuantity } from './quantity/parse-quantity.js'
export { areUnitsCompatible, compareQuantities, convertQuantity } from './quantity/convert.js'
export { formatQuantity } from './quantity/format-quantity.js'
export type { FormatQuantityOptions } from './quantity/format-quantity.js'

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
} from './target/types.js'
export { parseTarget, safeParseTarget } from './target/parse-target.js'
export type { ParseTargetOptions } from './target/parse-target.js'
export { formatTarget } from './target/format-target.js'
export type { FormatTargetOptions } from './target/format-target.js'
export { parseActual, safeParseActual } from './target/actual.js'
export type { Actual, ActualDate, ActualQuantity, ActualRatio, ActualWords } from './target/actual.js'
export { evaluateTarget } from './target/evaluate-target.js'
export type { Attainment, AttainmentDirection, EvaluateTargetOptions } from './target/evaluate-target.js'
export { targetSchema } from './target/schema.js'
