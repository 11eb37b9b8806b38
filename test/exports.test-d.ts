/**
 * Type-level expectations of the public API (checked by `vitest --typecheck`
 * and by `tsc` in the gate): results narrow, data is readonly, options are
 * closed sets.
 */
import { describe, expectTypeOf, it } from 'vitest'
import {
  compareQuantities,
  describeUnit,
  formatNumber,
  formatQuantity,
  parseNumber,
  parseQuantity,
  quantity,
  safeParseNumber,
  safeParseQuantity,
  type Decimal,
  type ErrorCode,
  type Issue,
  type JixiaoError,
  type NumberParseError,
  type Quantity,
  type QuantityError,
  type SafeResult,
  type Span,
  type UnitFamily,
} from '../src/index.js'

describe('public types', () => {
  it('safeParseQuantity narrows on success', () => {
    const result = safeParseQuantity('152.2万元')
    expectTypeOf(result).toEqualTypeOf<SafeResult<Quantity, QuantityError>>()
    if (result.success) {
      expectTypeOf(result.data).toEqualTypeOf<Quantity>()
      // @ts-expect-error no error on the success branch
      void result.error
    } else {
      expectTypeOf(result.error).toEqualTypeOf<QuantityError>()
      expectTypeOf(result.error.code).toEqualTypeOf<ErrorCode>()
      // @ts-expect-error no data on the failure branch
      void result.data
    }
  })

  it('safeParseNumber narrows to a Decimal or a NumberParseError', () => {
    const result = safeParseNumber('两万')
    if (result.success) expectTypeOf(result.data).toEqualTypeOf<Decimal>()
    else expectTypeOf(result.error).toEqualTypeOf<NumberParseError>()
    expectTypeOf<NumberParseError>().toExtend<JixiaoError>()
    expectTypeOf<QuantityError>().toExtend<JixiaoError>()
  })

  it('Quantity is readonly data', () => {
    expectTypeOf<Quantity>().toEqualTypeOf<{ readonly amount: Decimal; readonly unit: string }>()
    const q = parseQuantity('90%')
    // @ts-expect-error amount is readonly
    q.amount = parseNumber('1')
    // @ts-expect-error unit is readonly
    q.unit = '‰'
    expectTypeOf(quantity).parameters.toEqualTypeOf<[amount: string | number | Decimal, unit?: string]>()
  })

  it('issues and spans are readonly data', () => {
    expectTypeOf<Issue['path']>().toEqualTypeOf<readonly (string | number)[]>()
    expectTypeOf<Issue['span']>().toEqualTypeOf<Span | undefined>()
    const span: Span = { start: 0, end: 1 }
    // @ts-expect-error start is readonly
    span.start = 2
  })

  it('codes and styles are closed sets', () => {
    expectTypeOf<'QUANTITY_INCOMPATIBLE_UNITS'>().toExtend<ErrorCode>()
    expectTypeOf<'NUMBER_MALFORMED'>().toExtend<ErrorCode>()
    expectTypeOf<'SOMETHING_ELSE'>().not.toExtend<ErrorCode>()
    formatNumber(1, { style: 'financial' })
    // @ts-expect-error no such style
    formatNumber(1, { style: 'roman' })
    formatQuantity(parseQuantity('90%'), { style: 'chinese' })
    // @ts-expect-error formatQuantity has no financial style
    formatQuantity(parseQuantity('90%'), { style: 'financial' })
    expectTypeOf(describeUnit('亩').family).toEqualTypeOf<UnitFamily>()
    expectTypeOf(compareQuantities).returns.toEqualTypeOf<-1 | 0 | 1>()
  })
})
