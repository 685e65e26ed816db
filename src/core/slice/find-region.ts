// What `--region` names: a GB/T 2260 code of the region table, or a division's name (常州市, 常州,
// Changzhou, 东海县) that names exactly one division; otherwise the closest codes and names to suggest.
import {valueKey} from '../import/import-fields.js'
import {indexRegionNames} from '../region/index-region-names.js'
import type {RegionTable} from '../region/model.js'
import {nearest} from '../text/nearest.js'

export type FoundRegion =
  | {ok: true; code: string}
  | {ok: false; reason: 'unknown'; suggestions: string[]}
  | {ok: false; reason: 'ambiguous'; codes: string[]}

/** A code or name → its code; an unknown one with up to three suggestions ("320400 常州市"), an ambiguous name with every code it names. */
export function findRegion(table: RegionTable, input: string): FoundRegion {
  const text = input.trim()
  if (table.has(text)) return {ok: true, code: text}
  const names = indexRegionNames(table)
  const codes = names.get(valueKey(text))
  if (codes?.length === 1) return {ok: true, code: codes[0]}
  if (codes) return {ok: false, reason: 'ambiguous', codes}
  return {ok: false, reason: 'unknown', suggestions: suggest(table, names, text)}
}

const describe = (table: RegionTable, code: string) => `${code} ${table.get(code)!.name.zh}`

function suggest(table: RegionTable, names: Map<string, string[]>, text: string): string[] {
  const out: string[] = []
  if (/^\d+$/.test(text)) {
    // A code's city when its first four digits name one (3204, 320499 → 320400), then the nearest code by edit distance.
    const city = `${text.slice(0, 4)}00`
    if (text.length >= 4 && table.has(city)) out.push(city)
    const near = nearest(text, table.keys())
    if (near && !out.includes(near)) out.push(near)
  } else {
    const near = nearest(valueKey(text), names.keys())
    if (near) out.push(...names.get(near)!)
  }
  return out.slice(0, 3).map(code => describe(table, code))
}
