// Every user-visible string, looked up by key in zh or en and filled with named values.
import type {Catalog, Lang} from './catalog.js'
import {adoption} from './messages/adoption.js'
import {check} from './messages/check.js'
import {common} from './messages/common.js'
import {diffMessages} from './messages/diff.js'
import {graph} from './messages/graph.js'
import {importMessages} from './messages/import.js'
import {initMessages} from './messages/init.js'
import {plan} from './messages/plan.js'
import {ipv6} from './messages/ipv6.js'
import {problems} from './messages/problems.js'
import {report} from './messages/report.js'
import {status} from './messages/status.js'
import {validate} from './messages/validate.js'

export type {Catalog, Lang} from './catalog.js'

/** One catalog per area; a key defined in two of them is reported by `duplicateKeys` (and its test). */
const catalogs: Catalog[] = [
  common,
  problems,
  validate,
  adoption,
  graph,
  check,
  importMessages,
  diffMessages,
  initMessages,
  plan,
  ipv6,
  report,
  status,
]

const catalog: Catalog = Object.assign({}, ...catalogs) as Catalog

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

export function messageKeys(): string[] {
  return Object.keys(catalog).sort()
}

export function t(lang: Lang, key: string, values: Record<string, unknown> = {}): string {
  const entry = catalog[key]
  if (!entry) return key
  return entry[lang].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = values[name]
    if (v === undefined) return whole
    return Array.isArray(v) ? v.join(', ') : String(v)
  })
}

/** zh for a LC_ALL/LANG starting with "zh", else en. LC_ALL wins over LANG, as in POSIX. */
export function langFromEnv(env: Record<string, string | undefined>): Lang {
  const tag = env.LC_ALL || env.LC_MESSAGES || env.LANG || ''
  return tag.toLowerCase().startsWith('zh') ? 'zh' : 'en'
}
