// Region names (GB/T 2260 code → zh/en) from the reference tables shipped in seeds/regions/.
import {readFileSync, readdirSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {load} from 'js-yaml'
import type {Localized} from '../core/policy/model.js'

export const REGION_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'seeds', 'regions')

interface RegionRow {
  code: string
  zh: string
  en: string
}

/** Every region of every shipped table; these files are ours, so they are read without the inventory's guards. */
export function loadRegionNames(dir: string = REGION_DIR): Map<string, Localized> {
  const names = new Map<string, Localized>()
  for (const file of readdirSync(dir).filter(f => f.endsWith('.yaml')).sort()) {
    const doc = load(readFileSync(join(dir, file), 'utf8')) as {province?: RegionRow; regions?: RegionRow[]}
    for (const r of [...(doc.province ? [doc.province] : []), ...(doc.regions ?? [])]) names.set(r.code, {zh: r.zh, en: r.en})
  }
  return names
}
