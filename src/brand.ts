/**
 * A private mark on an object the library made: a field that only the code holding the brand can read, stamped on the
 * object itself (a class whose base constructor returns the object it is given, so that the subclass adds its private
 * field to that object).
 *
 * The mark is invisible to JSON, `Object.keys`, `Reflect.ownKeys`, spreading, `structuredClone` and deep equality, is
 * never copied, and costs about a tenth of adding the object to a WeakSet or WeakMap (which is what it replaces: the
 * WeakSet took a tenth of the time of reading "≥95%"). An engine that refuses a private field on a frozen object (a TC39
 * proposal would) falls back to a WeakMap.
 *
 * @module
 */

/** @internal A brand: stamp an object with a value, read it back. */
export interface Brand<V> {
  /** Stamp `target` with `value` (once: a second stamp keeps the first value). */
  readonly stamp: (target: object, value: V) => void
  /** The value `target` was stamped with, or undefined. */
  readonly read: (target: object) => V | undefined
}

/** @internal A new brand, its own private field. */
export function brand<V>(): Brand<V> {
  class Given {
    constructor(target: object) {
      return target
    }
  }
  class Stamped extends Given {
    #value: V
    constructor(target: object, value: V) {
      super(target)
      this.#value = value
    }

    static read(target: object): V | undefined {
      return #value in target ? (target as Stamped).#value : undefined
    }
  }
  // made on the first refusal only: while the engine stamps, reading a mark is one private-field test
  let fallback: WeakMap<object, V> | undefined
  return {
    stamp(target: object, value: V): void {
      if (Stamped.read(target) !== undefined || fallback?.has(target) === true) return
      try {
        new Stamped(target, value)
      } catch {
        ;(fallback ??= new WeakMap()).set(target, value)
      }
    },
    read(target: object): V | undefined {
      const value = Stamped.read(target)
      return value !== undefined || fallback === undefined ? value : fallback.get(target)
    },
  }
}
