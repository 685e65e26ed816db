// Reads the region table (seeds/regions/NAME.yaml: GB/T 2260 codes with zh and en names) that labels
// regions in tables and reports; the pack's own table when it has one, else Jiangsu's.
import {existsSync, readFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {load} from 'js-yaml'
import type {Lang} from '../i18n/catalog.js'

export const REGION_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'seeds', 'regions')

interface RegionEntry {
  code: string
  zh: string
  en: string
}

export interface RegionTable {
  province: RegionEntry
  regions: RegionEntry[]
}

export function loadRegions(name: string): RegionTable {
  const file = /^[a-z0-9-]+$/.test(name) && existsSync(join(REGION_DIR, `${name}.yaml`)) ? join(REGION_DIR, `${name}.yaml`) : join(REGION_DIR, 'jiangsu.yaml')
  const raw = load(readFileSync(file, 'utf8')) as RegionTable
  return {province: raw.province, regions: raw.regions}
}

/**
 * The name a person reads for a region code: the table's name; a code below a listed city (a county
 * or district) as "city code"; else the code itself.
 */
export function regionLabeller(table: RegionTable, lang: Lang): (code: string) => string {
  const byCode = new Map([table.province, ...table.regions].map(r => [r.code, r[lang]]))
  return code => {
    const exact = byCode.get(code)
    if (exact) return exact
    const city = byCode.get(`${code.slice(0, 4)}00`)
    return city ? `${city} ${code}` : code
  }
}
