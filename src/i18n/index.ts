// Every user-visible string, looked up by key in zh or en and filled with named values.
import type {Catalog, Lang} from './catalog.js'
import {common} from './messages/common.js'
import {ipv6} from './messages/ipv6.js'
import {problems} from './messages/problems.js'
import {validate} from './messages/validate.js'

export type {Catalog, Lang} from './catalog.js'

const catalog: Catalog = {...common, ...problems, ...validate, ...ipv6}

/** Registers a command's messages; a key defined twice is a defect, caught by the i18n test. */
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

/** zh for a LC_ALL/LANG starting with "zh", else en (SPEC §4). LC_ALL wins over LANG, as in POSIX. */
export function langFromEnv(env: Record<string, string | undefined>): Lang {
  const tag = env.LC_ALL || env.LC_MESSAGES || env.LANG || ''
  return tag.toLowerCase().startsWith('zh') ? 'zh' : 'en'
}
