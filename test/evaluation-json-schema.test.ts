/**
 * The JSON Schema of an evaluation, for apps in other languages: generated from the zod schema, checked here with an
 * independent validator (Ajv, draft 2020-12) against the seed's 履职效能 table as JSON, and against input both refuse.
 */
import { readFileSync } from 'node:fs'
import { Ajv } from 'ajv'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { describe, expect, it } from 'vitest'
import { evaluationJsonSchema, safeDefineEvaluation, type EvaluationInput } from '../src/index.js'

interface Row { 一级指标: string; 二级指标: string; 三级指标: string; 年度指标值: string }
const seed = JSON.parse(readFileSync(new URL('./fixtures/tables/seed-conghua-2022-dept.json', import.meta.url), 'utf8')) as { rows: Row[] }

/** The seed's table as an app would send it: nested JSON, the missing target left out. */
function seedJson(): EvaluationInput {
  const tasks: { name: string; children: { name: string; target?: string }[] }[] = []
  for (const row of seed.rows) {
    if (row.二级指标 !== '') tasks.push({ name: row.二级指标, children: [] })
    tasks[tasks.length - 1]!.children.push(row.年度指标值 === '' ? { name: row.三级指标 } : { name: row.三级指标, target: row.年度指标值 })
  }
  return { kind: '部门整体支出', name: '广州市从化区司法局2022年部门整体支出', department: '广州市从化区司法局', year: 2022, groups: [{ name: '履职效能', children: tasks }] }
}

describe('evaluationJsonSchema', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: false })
  const validate = ajv.compile(evaluationJsonSchema())

  it('is a draft 2020-12 schema that an independent validator compiles', () => {
    const schema = evaluationJsonSchema()
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema')
    expect(schema.required).toEqual(['groups'])
  })

  it('accepts the seed as JSON, as defineEvaluation does (its missing target is a rule, not a shape)', () => {
    const json = JSON.parse(JSON.stringify(seedJson())) as unknown
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true)
    const r = safeDefineEvaluation(json as EvaluationInput, { missingTarget: 'warning' })
    expect(r.success).toBe(true)
  })

  it('comes as draft-07 for validators without 2020-12', () => {
    const draft7 = new Ajv({ allErrors: true, strict: false }).compile(evaluationJsonSchema({ target: 'draft-07' }))
    expect(draft7(JSON.parse(JSON.stringify(seedJson())))).toBe(true)
    expect(draft7({ groups: [], wieght: 5 })).toBe(false)
  })

  it.each([
    ['an unknown key', (e: Record<string, unknown>) => ({ ...e, wieght: 5 })],
    ['groups that are not a list', (e: Record<string, unknown>) => ({ ...e, groups: '履职效能' })],
    ['a kind not in the list', (e: Record<string, unknown>) => ({ ...e, kind: '项目' })],
    ['a weight that is a boolean', (e: Record<string, unknown>) => ({ ...e, groups: [{ name: 'a', weight: true, children: [] }] })],
    ['a group without children', (e: Record<string, unknown>) => ({ ...e, groups: [{ name: 'a' }] })],
  ])('refuses %s, as defineEvaluation does', (_what, change) => {
    const json = change(JSON.parse(JSON.stringify(seedJson())) as Record<string, unknown>)
    expect(validate(json)).toBe(false)
    const r = safeDefineEvaluation(json as unknown as EvaluationInput)
    expect(!r.success && r.error.issues[0]?.code).toBe('EVALUATION_INPUT_INVALID')
  })
})
