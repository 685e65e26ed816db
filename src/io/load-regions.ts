// The administrative divisions (GB/T 2260 code → zh/en name, level, parent) from the reference tables
// shipped in seeds/regions/, read once.
import {readFileSync, readdirSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {load} from './js-yaml.js'
import type {Localized} from '../core/policy/model.js'
import type {CountyKind, Region, RegionTable} from '../core/region/model.js'

export const REGION_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'seeds', 'regions')

interface RegionRow {
  code: string
  zh: string
  en: string
  kind?: CountyKind
  counties?: RegionRow[]
}

let table: Map<string, Region> | undefined
let names: Map<string, Localized> | undefined

/** Every division of every shipped table; these files are ours, so they are read without the inventory's guards. */
export function loadRegionTable(): RegionTable {
  if (table) return table
  table = new Map<string, Region>()
  const add = (r: RegionRow, level: Region['level'], parent?: string) =>
    table!.set(r.code, {code: r.code, name: {zh: r.zh, en: r.en}, level, ...(parent ? {parent} : {}), ...(r.kind ? {kind: r.kind} : {})})
  for (const file of readdirSync(REGION_DIR).filter(f => f.endsWith('.yaml')).sort()) {
    const doc = load(readFileSync(join(REGION_DIR, file), 'utf8')) as {province?: RegionRow; regions?: RegionRow[]}
    if (doc.province) add(doc.province, 'province')
    for (const city of doc.regions ?? []) {
      add(city, 'city', doc.province?.code)
      for (const county of city.counties ?? []) add(county, 'county', city.code)
    }
  }
  return table
}

/** Every division's name by code (province, cities, counties). */
export function loadRegionNames(): ReadonlyMap<string, Localized> {
  if (names) return names
  names = new Map([...loadRegionTable()].map(([code, r]) => [code, r.name]))
  return names
}
