/**
 * @internal The doors of the renderers: a report of `scoreEvaluation` and options read as own properties, each bad value
 * an OPTION_INVALID issue.
 *
 * @module
 */
import type { Issue } from '../errors.js'
import type { Locale } from '../messages/locale.js'
import { received, shown } from '../indicators/received.js'
import { isRecord, own } from '../own.js'
import { isScoreReport } from '../scoring/trusted.js'
import type { ScoreReport } from '../scoring/types.js'
import { optionIssue, ReportError, reportIssue } from './report-error.js'

/** @internal Options as the doors read them: own properties only. */
export type Options = Readonly<Record<string, unknown>>

const LOCALES: readonly Locale[] = ['zh-CN', 'zh', 'en']


/** @internal The report, or a ReportError. */
export function readReport(value: unknown): ScoreReport {
  if (!isScoreReport(value)) throw new ReportError([reportIssue('REPORT_INVALID', { received: received(value) })])
  return value
}

/** @internal The options object (none is `{}`), or a ReportError. */
export function readOptions(value: unknown, required: boolean): Options {
  if (value === undefined && !required) return {}
  if (!isRecord(value)) throw new ReportError([optionIssue('options', received(value), ['object'])])
  return value as Options
}

/** @internal The locale option. */
export function readLocale(options: Options, issues: Issue[]): Locale {
  const locale = own(options, 'locale')
  if (locale === undefined) return 'zh-CN'
  if (typeof locale === 'string' && (LOCALES as readonly string[]).includes(locale)) return locale as Locale
  issues.push(optionIssue('locale', shown(locale), LOCALES))
  return 'zh-CN'
}

/** @internal A boolean option (absent is false). */
export function readFlag(options: Options, name: string, issues: Issue[]): boolean {
  const value = own(options, name)
  if (value === undefined || typeof value === 'boolean') return value === true
  issues.push(optionIssue(name, shown(value), ['true', 'false']))
  return false
}

/** @internal A text option. */
export function readText(options: Options, name: string, issues: Issue[]): string | undefined {
  const value = own(options, name)
  if (value === undefined || typeof value === 'string') return value
  issues.push(optionIssue(name, received(value), ['string']))
  return undefined
}

/** @internal Throw the issues found, if any. */
export function refuse(issues: readonly Issue[]): void {
  if (issues.length > 0) throw new ReportError(issues as [Issue, ...Issue[]])
}
