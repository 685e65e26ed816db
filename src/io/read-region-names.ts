// Region names (江苏省, 南京市, 南京, Nanjing) → GB/T 2260 codes, from seeds/regions, so that a survey
// that writes a city's name in the region column imports as its code.
import {readFileSync, readdirSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {load} from 'js-yaml'
import {valueKey} from '../core/import/import-fields.js'

const REGION_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'seeds', 'regions')

interface Region {code: string; zh: string; en: string}
interface RegionTable {province?: Region; regions?: Region[]}

export function readRegionNames(): Map<string, string> {
  const names = new Map<string, string>()
  for (const file of readdirSync(REGION_DIR).filter(f => f.endsWith('.yaml')).sort()) {
    const table = load(readFileSync(join(REGION_DIR, file), 'utf8')) as RegionTable
    for (const r of [...(table.province ? [table.province] : []), ...(table.regions ?? [])]) {
      for (const name of [r.zh, r.en, r.zh.replace(/[省市]$/, '')]) {
        if (!names.has(valueKey(name))) names.set(valueKey(name), r.code)
      }
    }
  }
  return names
}
