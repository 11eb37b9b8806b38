/**
 * The zod/mini schema of {@link EvaluationInput}, and its JSON Schema for apps in other languages. Built when first
 * asked for (nothing runs at import), so a program that only reads targets never pays for it.
 *
 * The schema checks the shape (types, known keys); what the shape cannot say (a weight that is negative, children that
 * do not add up, a target that cannot be read) `defineEvaluation` checks after it, reporting every issue at once.
 *
 * @module
 */
import { z } from '../zod.js'
import { isRecord } from '../own.js'
import { isDecimal } from '../numbers/decimal.js'
import type { EvaluationInput } from './input.js'
import { POLARITY_NAMES } from './lexicon/split-cells.js'

type Mode = 'runtime' | 'json'

/** The schema, in the runtime form (Decimals and Target objects accepted) or the JSON form. */
function build(mode: Mode, strict = true): z.ZodMiniType<EvaluationInput> {
  const object = strict ? z.strictObject : z.object
  // at run time one check per field, not a union of three (the schema runs on every cell of a large table); any JS number
  // passes the shape: NaN and Infinity are refused after it, as VALUE_INVALID, with the field named
  const numberInput = mode === 'runtime' ? z.custom<number | string | object>((v) => typeof v === 'number' || typeof v === 'string' || isDecimal(v), 'number|string|Decimal') : z.union([z.number(), z.string()])
  const quantity = object({ amount: numberInput, unit: z.string() })
  const amount = z.union([numberInput, quantity])
  const figure = z.union([amount, object({ total: z.optional(amount), fiscal: z.optional(amount), carryOver: z.optional(amount), other: z.optional(z.union([amount, z.array(amount)])) })])
  const text = z.string()
  // a Target or an Actual as data: its fields are checked by targetSchema and the actual reader, which name the field at fault
  const target = mode === 'runtime' ? z.custom<string | object>((v) => typeof v === 'string' || isRecord(v), 'string|Target') : z.union([text, z.looseObject({ kind: z.string() })])
  const actual = mode === 'runtime' ? z.custom<number | string | object>((v) => typeof v === 'number' || typeof v === 'string' || isRecord(v), 'number|string|Quantity|Actual') : z.union([z.number(), z.string(), z.looseObject({})])
  const leaf = object({
    kind: z.optional(z.enum(['indicator', 'budget-execution'])),
    id: z.optional(text),
    name: z.optional(text),
    category: z.optional(text),
    weight: z.optional(numberInput),
    target: z.optional(target),
    actual: z.optional(actual),
    unit: z.optional(text),
    polarity: z.optional(z.enum(Object.keys(POLARITY_NAMES) as [string, ...string[]])),
    nature: z.optional(z.enum(['qualitative', 'quantitative', '定性', '定量'])),
    rule: z.optional(text),
    applicable: z.optional(z.boolean()),
    deviation: z.optional(text),
    improvement: z.optional(text),
    criteria: z.optional(text),
    note: z.optional(text),
    printedScore: z.optional(numberInput),
    adjustment: z.optional(object({ score: numberInput, reason: z.optional(text) })),
    initial: z.optional(amount),
    adjusted: z.optional(amount),
    executed: z.optional(amount),
    rate: z.optional(numberInput),
  })
  const level2 = object({
    id: z.optional(text),
    name: z.optional(text),
    weight: z.optional(numberInput),
    category: z.optional(text),
    printedScore: z.optional(numberInput),
    children: z.array(leaf),
  })
  const level1 = object({ id: z.optional(text), name: z.optional(text), weight: z.optional(numberInput), printedScore: z.optional(numberInput), children: z.array(level2) })
  return object({
    kind: z.optional(z.enum(['project', 'department', '项目支出', '部门整体支出'])),
    name: z.optional(text),
    department: z.optional(text),
    implementer: z.optional(text),
    year: z.optional(z.union([z.number(), z.string()])),
    goals: z.optional(object({ expected: z.optional(text), achieved: z.optional(text) })),
    budget: z.optional(object({ unit: z.optional(text), initial: z.optional(figure), adjusted: z.optional(figure), executed: z.optional(figure) })),
    total: z.optional(numberInput),
    printedTotal: z.optional(numberInput),
    groups: z.array(level1),
  }) as unknown as z.ZodMiniType<EvaluationInput>
}

/**
 * @internal The leaf schema's runtime rules as one check per field, for the common case: an indicator whose every field
 * passes here passes the zod schema too (it accepts a subset: the same keys, the same types), so a table of valid
 * indicators is checked without building zod's per-field results. Anything else goes through zod, which names the field.
 * `test/indicator-tree.property.test.ts` checks that the two agree.
 */
export function leafLooksValid(value: unknown): boolean {
  if (!isRecord(value)) return false
  for (const key of Object.keys(value)) {
    const fields = leafFields()
    const check = Object.prototype.hasOwnProperty.call(fields, key) ? fields[key] : undefined
    if (check === undefined) return false
    const v = (value as Record<string, unknown>)[key]
    // an optional field written as undefined is absent, as for zod
    if (v !== undefined && !check(v)) return false
  }
  return true
}

const isText = (v: unknown): boolean => typeof v === 'string'
const isNumberInput = (v: unknown): boolean => typeof v === 'number' || typeof v === 'string' || isDecimal(v)
const isAmount = (v: unknown): boolean => {
  if (isNumberInput(v)) return true
  if (!isRecord(v)) return false
  const keys = Object.keys(v)
  const q = v as { amount?: unknown; unit?: unknown }
  return keys.every((k) => k === 'amount' || k === 'unit') && isNumberInput(q.amount) && typeof q.unit === 'string'
}
const oneOf = (values: readonly string[]) => (v: unknown): boolean => typeof v === 'string' && values.includes(v)

let LEAF_FIELDS: Readonly<Record<string, (v: unknown) => boolean>> | undefined

/** The checks of the leaf's fields, made when first needed (nothing runs at import). */
function leafFields(): Readonly<Record<string, (v: unknown) => boolean>> {
  return (LEAF_FIELDS ??= makeLeafFields())
}

const makeLeafFields = (): Readonly<Record<string, (v: unknown) => boolean>> => ({
  kind: oneOf(['indicator', 'budget-execution']),
  id: isText,
  name: isText,
  category: isText,
  weight: isNumberInput,
  target: (v) => typeof v === 'string' || isRecord(v),
  actual: (v) => typeof v === 'number' || typeof v === 'string' || isRecord(v),
  unit: isText,
  polarity: (v) => typeof v === 'string' && Object.prototype.hasOwnProperty.call(POLARITY_NAMES, v),
  nature: oneOf(['qualitative', 'quantitative', '定性', '定量']),
  rule: isText,
  applicable: (v) => typeof v === 'boolean',
  deviation: isText,
  improvement: isText,
  criteria: isText,
  note: isText,
  printedScore: isNumberInput,
  adjustment: (v) => isRecord(v) && Object.keys(v).every((k) => k === 'score' || k === 'reason') && isNumberInput((v as { score?: unknown }).score) && ((v as { reason?: unknown }).reason === undefined || typeof (v as { reason?: unknown }).reason === 'string'),
  initial: isAmount,
  adjusted: isAmount,
  executed: isAmount,
  rate: isNumberInput,
})

let runtime: z.ZodMiniType<EvaluationInput> | undefined
let lenient: z.ZodMiniType<EvaluationInput> | undefined

/** @internal The runtime schema, built once when first needed. */
export function inputSchema(): z.ZodMiniType<EvaluationInput> {
  return (runtime ??= build('runtime'))
}

/**
 * @internal The runtime schema that drops unknown keys instead of refusing them: used once the strict one has refused
 * only unknown keys, so that the rest of the input is still checked and every issue reported at once.
 */
export function lenientInputSchema(): z.ZodMiniType<EvaluationInput> {
  return (lenient ??= build('runtime', false))
}

/**
 * The zod/mini schema of an evaluation's input (the shape `defineEvaluation` accepts), for apps that compose it into their
 * own schemas. Accepts Decimals and Target objects as well as their JSON forms.
 *
 * @returns the schema (the same object on every call).
 * @example
 * ```ts
 * evaluationInputSchema().safeParse({ groups: [] }).success
 * //=> true
 * evaluationInputSchema().safeParse({ groups: [], wieght: 10 }).success
 * //=> false
 * ```
 */
export function evaluationInputSchema(): z.ZodMiniType<EvaluationInput> {
  return inputSchema()
}

/**
 * The JSON Schema of an evaluation's input as JSON, generated from the zod schema by zod's own converter: for apps in
 * other languages that build evaluations and want to check them before sending. Draft 2020-12 by default (validators
 * need its support: Ajv's `ajv/dist/2020`), or draft-07 for older validators.
 *
 * @param options - `target`: `draft-2020-12` (default) or `draft-07`.
 * @returns a fresh JSON Schema object (the caller may change it).
 * @example
 * ```ts
 * const schema = evaluationJsonSchema()
 * schema.required
 * //=> ['groups']
 * evaluationJsonSchema({ target: 'draft-07' }).$schema
 * //=> 'http://json-schema.org/draft-07/schema#'
 * ```
 */
export function evaluationJsonSchema(options: { readonly target?: 'draft-2020-12' | 'draft-07' } = {}): Record<string, unknown> {
  const target = Object.prototype.hasOwnProperty.call(options, 'target') && options.target === 'draft-07' ? 'draft-7' : 'draft-2020-12'
  return z.toJSONSchema(build('json'), { target }) as Record<string, unknown>
}
