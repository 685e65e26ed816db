// Reads the region table (seeds/regions/NAME.yaml: GB/T 2260 codes with zh/en names) used to label regions.
import {readFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {load} from 'js-yaml'
import type {Lang} from '../i18n/catalog.js'

export const REGIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'seeds', 'regions')

interface RegionEntry {
  code: string
  zh: string
  en: string
}

/** Region name for a code in the given language; an unknown code is shown as itself. */
export type RegionLabeler = (code: string, lang: Lang) => string

export function loadRegionLabels(name = 'jiangsu'): RegionLabeler {
  const doc = load(readFileSync(join(REGIONS_DIR, `${name}.yaml`), 'utf8')) as {province?: RegionEntry; regions?: RegionEntry[]}
  const byCode = new Map<string, RegionEntry>()
  for (const r of [...(doc.province ? [doc.province] : []), ...(doc.regions ?? [])]) byCode.set(String(r.code), r)
  return (code, lang) => byCode.get(code)?.[lang] ?? code
}
