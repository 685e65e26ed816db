// Region names (江苏省, 南京市, 南京, Nanjing, 东海县) → GB/T 2260 codes, so that a survey that writes a
// region's name in the region column imports as its code.
import {indexRegionNames} from '../core/region/index-region-names.js'
import {loadRegionTable} from './load-regions.js'

/** Only names that mean one division: 鼓楼区 (in 南京市 and 徐州市) must be written as a code. */
export function readRegionNames(): Map<string, string> {
  const names = new Map<string, string>()
  for (const [key, codes] of indexRegionNames(loadRegionTable())) if (codes.length === 1) names.set(key, codes[0])
  return names
}
