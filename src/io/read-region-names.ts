// Region names (江苏省, 南京市, 南京, Nanjing) → GB/T 2260 codes, so that a survey that writes a city's
// name in the region column imports as its code.
import {valueKey} from '../core/import/import-fields.js'
import {loadRegionNames} from './load-regions.js'

export function readRegionNames(): Map<string, string> {
  const names = new Map<string, string>()
  for (const [code, r] of loadRegionNames()) {
    for (const name of [r.zh, r.en, r.zh.replace(/[省市]$/, '')]) {
      if (!names.has(valueKey(name))) names.set(valueKey(name), code)
    }
  }
  return names
}
