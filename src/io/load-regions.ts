// Region names (GB/T 2260 code → zh/en) from the reference tables shipped in seeds/regions/, read once.
import {readFileSync, readdirSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {load} from './js-yaml.js'
import type {Localized} from '../core/policy/model.js'

export const REGION_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'seeds', 'regions')

interface RegionRow {
  code: string
  zh: string
  en: string
}

let cache: Map<string, Localized> | undefined

/** Every region of every shipped table; these files are ours, so they are read without the inventory's guards. */
export function loadRegionNames(): ReadonlyMap<string, Localized> {
  if (cache) return cache
  cache = new Map<string, Localized>()
  for (const file of readdirSync(REGION_DIR).filter(f => f.endsWith('.yaml')).sort()) {
    const doc = load(readFileSync(join(REGION_DIR, file), 'utf8')) as {province?: RegionRow; regions?: RegionRow[]}
    for (const r of [...(doc.province ? [doc.province] : []), ...(doc.regions ?? [])]) cache.set(r.code, {zh: r.zh, en: r.en})
  }
  return cache
}
