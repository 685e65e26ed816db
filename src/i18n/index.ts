// Every user-visible string, looked up by key in zh or en and filled with named values.
import type {Catalog, Lang} from './catalog.js'
import {adoption} from './messages/adoption.js'
import {check} from './messages/check.js'
import {common} from './messages/common.js'
import {diffMessages} from './messages/diff.js'
import {exportMessages} from './messages/export.js'
import {graph} from './messages/graph.js'
import {importMessages} from './messages/import.js'
import {initMessages} from './messages/init.js'
import {plan} from './messages/plan.js'
import {ipv6} from './messages/ipv6.js'
import {problems} from './messages/problems.js'
import {report} from './messages/report.js'
import {slice} from './messages/slice.js'
import {status} from './messages/status.js'
import {trend} from './messages/trend.js'
import {validate} from './messages/validate.js'

export type {Catalog, Lang} from './catalog.js'

/** One catalog per area; a key defined in two of them is reported by `duplicateKeys` (and its test). */
const catalogs = [
  common,
  slice,
  problems,
  validate,
  adoption,
  graph,
  check,
  importMessages,
  diffMessages,
  exportMessages,
  initMessages,
  plan,
  ipv6,
  report,
  status,
  trend,
] satisfies Catalog[]

type KeysOf<C> = C extends unknown ? keyof C & string : never

/** Every key of every catalog: `t` takes nothing else, so a misspelt key does not compile. */
export type MessageKey = KeysOf<(typeof catalogs)[number]>

const catalog: Readonly<Record<string, Record<Lang, string> | undefined>> = Object.assign({}, ...catalogs)

export function duplicateKeys(): string[] {
  const seen = new Set<string>()
  const twice = new Set<string>()
  for (const c of catalogs) {
    for (const k of Object.keys(c)) {
      if (seen.has(k)) twice.add(k)
      seen.add(k)
    }
  }
  return [...twice].sort()
}

/** Every entry as written in its catalog, for the test that zh and en hold the same keys. */
export function catalogEntries(): Array<[string, Partial<Record<Lang, unknown>>]> {
  return catalogs.flatMap(c => Object.entries(c)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
}

export function messageKeys(): MessageKey[] {
  return (Object.keys(catalog) as MessageKey[]).sort()
}

/** The part of the keys starting with `P` after it: `KeyAfter<'diff.col.'>` is 'id' | 'name' | … */
export type KeyAfter<P extends string> = MessageKey extends infer K ? (K extends `${P}${infer S}` ? S : never) : never

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(catalog, key)
}

/**
 * The text of `prefix + value` for a value that comes from data rather than code (a node type, a JSON type
 * name, a reason code): the value itself when no key names it, rather than a key printed to the user.
 */
export function labelFor(lang: Lang, prefix: string, value: string, values: Record<string, unknown> = {}): string {
  const key = `${prefix}${value}`
  return isMessageKey(key) ? t(lang, key, values) : value
}

/**
 * A message's text cut at its placeholders, once per text: even indexes the literal parts, odd ones the
 * placeholder names. A plan of 100,000 systems words tens of thousands of warnings and unplaced systems.
 */
const templates = new Map<string, string[]>()

function templateOf(text: string): string[] {
  let parts = templates.get(text)
  if (parts === undefined) templates.set(text, (parts = text.split(/\{(\w+)\}/)))
  return parts
}

export function t(lang: Lang, key: MessageKey, values: Record<string, unknown> = {}): string {
  const entry = catalog[key]
  if (!entry) return key
  const parts = templateOf(entry[lang])
  let out = parts[0]
  for (let i = 1; i < parts.length; i += 2) {
    const v = values[parts[i]]
    out += v === undefined ? `{${parts[i]}}` : Array.isArray(v) ? v.join(', ') : String(v)
    out += parts[i + 1]
  }
  return out
}

/**
 * zh for a LC_ALL/LC_MESSAGES/LANG starting with "zh" (LC_ALL wins, as in POSIX), else en. When none is
 * set (Windows has no LANG), the system locale decides: `Intl`'s default, e.g. zh-CN on Chinese Windows.
 * It is asked only then: the first `Intl` call initialises ICU's locale data, 15–20 ms of every start-up.
 */
export function langFromEnv(env: Record<string, string | undefined>, systemLocale?: string): Lang {
  const tag = env.LC_ALL || env.LC_MESSAGES || env.LANG || (systemLocale ?? Intl.DateTimeFormat().resolvedOptions().locale) || ''
  return tag.toLowerCase().startsWith('zh') ? 'zh' : 'en'
}
