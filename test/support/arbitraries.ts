/**
 * fast-check arbitraries shared by the property tests.
 */
import { fc } from '@fast-check/vitest'

/** A decimal as text: up to 16 integer digits, up to 6 decimals, either sign. */
export const decimalText: fc.Arbitrary<string> = fc
  .tuple(
    fc.boolean(),
    fc.bigInt({ min: 0n, max: 10n ** 16n - 1n }),
    fc.string({ unit: fc.constantFrom(...'0123456789'), maxLength: 6 }),
  )
  .map(([negative, integer, fraction]) => `${negative ? '-' : ''}${integer}${fraction === '' ? '' : `.${fraction}`}`)
