/**
 * Reading a deduction written in a table's 评分标准 ("每超过一个百分点扣0.5分，扣完为止", "每少一项扣1分", "每发生1起扣2分")
 * as a rule: per points off each step of shortfall, excess or occurrence, floor 0. Anything else is not a deduction, and
 * the indicator is scored by the policy's default rule.
 *
 * @module
 */
import { D, type Decimal } from '../../numbers/decimal.js'
import { safeParseNumber } from '../../numbers/parse-number.js'
import { normalizeWidth } from '../../numbers/normalize.js'
import { lookup } from '../../own.js'
import { describeUnit } from '../../quantities/unit.js'
import { DEDUCTION_REFERENCES, DEDUCTION_VERBS, PERCENT_POINT_UNITS } from '../lexicon/deduction-words.js'

/** @internal A deduction read from criteria text. */
export interface DeductionReading {
  readonly direction: 'short' | 'over' | 'count'
  readonly step: Decimal
  /** The step counts percentage points of a % target. */
  readonly points: boolean
  /** The step's unit as written ("人", "万元", "天"; '' when none or a counter such as 项 or 起 that any count takes). */
  readonly unit: string
  readonly per: Decimal
  /** At most this many points off ("最多扣5分", "扣完3分为止"). */
  readonly cap?: Decimal
  /** No points below this actual value, in the unit written ("低于85%不得分"). */
  readonly zeroBelow?: { readonly value: Decimal; readonly unit: string; readonly text: string }
}

const VERBS = /*@__PURE__*/ Object.keys(DEDUCTION_VERBS).sort((a, b) => b.length - a.length)

// 每 [verb] [reference] [number] [个] [unit] 扣(除)? number 分 — numbers in digits or Chinese numerals
const SHAPE = /(?:每|(?=发现|出现|发生))([^扣，,；;。]{0,24}?)扣(?:除|减)?\s*([0-9.]+|[零〇一二两三四五六七八九十半]+)\s*分/u
// the step: a number, a unit, and with a unit the thing it counts ("每发现一个问题", "每少一项工作", "每超支1万元")
const STEP_NUMBER = /^([0-9.]+|[一二两三四五六七八九十]+)?\s*/u
// "最多扣5分", "最高扣3分", "扣完3分为止"
const CAP = /(?:最多|最高|至多|累计最多)扣(?:除)?\s*([0-9.]+|[一二两三四五六七八九十]+)\s*分|扣完\s*([0-9.]+|[一二两三四五六七八九十]+)\s*分为止/u
// "低于85%不得分", "不足60%的不得分", "低于80%得0分"
const FLOOR = /(?:低于|不足|少于)\s*([0-9.]+)\s*(%|个百分点)?\s*(?:的)?(?:不得分|得0分|计0分|不计分)/u
const COUNTERS = '个项起次处件人例家户名宗篇份所套台场天日月'
const NOUN = /^[\u4e00-\u9fff]{0,14}$/u

/** The step's unit at the start of `rest` and what follows it; undefined when `rest` does not start with one. */
function stepUnit(rest: string): { unit: string; after: string } | undefined {
  for (const p of PERCENT_POINT_UNITS) if (rest.startsWith(p)) return { unit: p, after: rest.slice(p.length) }
  for (const length of [3, 2, 1]) {
    const candidate = rest.slice(0, length)
    if (candidate.length < length) continue
    const counter = length === 1 ? COUNTERS.includes(candidate) : length === 2 && candidate[0] === '万' && COUNTERS.includes(candidate[1] ?? '')
    if (counter || (!/[0-9]/u.test(candidate) && describeUnit(candidate).catalogued)) return { unit: candidate, after: rest.slice(length) }
  }
  return undefined
}

function number(text: string): Decimal | undefined {
  if (text === '半') return new D('0.5')
  const r = safeParseNumber(text)
  return r.success && r.data.gt(0) ? r.data : undefined
}

/** @internal Read criteria text as a deduction; undefined when it is not one. */
export function readDeduction(criteria: string): DeductionReading | undefined {
  const text = normalizeWidth(criteria).replace(/\s+/gu, '')
  const m = SHAPE.exec(text)
  if (m === null) return undefined
  let rest = m[1] ?? ''
  const per = number(m[2] ?? '')
  if (per === undefined) return undefined
  let direction: 'short' | 'over' | 'count' = 'count'
  const verb = VERBS.find((v) => rest.startsWith(v))
  if (verb !== undefined) {
    direction = lookup(DEDUCTION_VERBS, verb) ?? 'count'
    rest = rest.slice(verb.length)
  } else if (rest !== '' && !/^[0-9一二两三四五六七八九十]|^[个项起次处件]/u.test(rest)) return undefined
  const reference = DEDUCTION_REFERENCES.find((r) => rest.startsWith(r))
  if (reference !== undefined) rest = rest.slice(reference.length)
  const s = STEP_NUMBER.exec(rest) as RegExpExecArray
  const step = s[1] === undefined ? new D(1) : number(s[1])
  if (step === undefined) return undefined
  const tail = rest.slice(s[0].length)
  const found = tail === '' ? { unit: '', after: '' } : stepUnit(tail)
  if (found === undefined || !NOUN.test(found.after)) return undefined
  const unit = found.unit
  const points = PERCENT_POINT_UNITS.includes(unit)
  const reading: DeductionReading = { direction, step, points, per, unit: points ? '' : unit }
  const capText = CAP.exec(text)
  const cap = capText === null ? undefined : number(capText[1] ?? capText[2] ?? '')
  const floorText = FLOOR.exec(text)
  const floor = floorText === null ? undefined : number(floorText[1] ?? '')
  return {
    ...reading,
    ...(cap === undefined ? {} : { cap }),
    ...(floor === undefined || floorText === null ? {} : { zeroBelow: { value: floor, unit: floorText[2] ?? '', text: floorText[0] } }),
  }
}
