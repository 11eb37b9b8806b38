/**
 * Notes in brackets beside a number: whether the boundary is in ("(含)", "（不含90%）") and units written as a note
 * ("95(百分比)", "≥90(%)").
 *
 * @module
 */
import { D } from '../numbers/decimal.js'
import { makeQuantity, type Quantity } from '../quantities/quantity.js'
import { describeUnit } from '../quantities/unit.js'
import { EXCLUDE_WORDS, INCLUDE_WORDS } from './lexicon/structure.js'
import { wordAt } from './word-at.js'

/** @internal What a note in brackets says. */
export type Annotation = { readonly kind: 'boundary'; readonly inclusive: boolean; readonly value?: Quantity } | { readonly kind: 'unit'; readonly unit: string } | undefined


const BOUNDARY_VALUE = /^([0-9.]+)\s*(%|‰)?$/

/** @internal Read the inside of a bracket note. */
export function readAnnotation(inner: string): Annotation {
  const excluded = wordAt(inner, 0, EXCLUDE_WORDS)
  const word = excluded ?? wordAt(inner, 0, INCLUDE_WORDS)
  if (word !== undefined) {
    let rest = inner.slice(word.length)
    if (rest.startsWith('本数')) rest = rest.slice(2)
    const inclusive = excluded === undefined
    const value = BOUNDARY_VALUE.exec(rest)
    if (value !== null && /^\d*\.?\d+$|^\d+\.?\d*$/.test(value[1] as string)) return { kind: 'boundary', inclusive, value: makeQuantity(new D(value[1] as string), value[2] ?? '') }
    return { kind: 'boundary', inclusive }
  }
  if (inner.length > 0 && inner.length <= 6 && !/[0-9]/.test(inner)) {
    const unit = describeUnit(inner)
    if (unit.catalogued && unit.family !== 'none') return { kind: 'unit', unit: unit.unit }
  }
  return undefined
}
