// `--by city` groups of GB/T 2260 codes: a county rolls up to its city (core/region/city-of.ts); a
// province's own code (xx0000) is no city. `--by city`, the league table and SVC-002 rest on these.
import {cityOf} from '../region/city-of.js'
import type {SystemRecord} from './model.js'

/** The province a code belongs to: its first two digits + "0000". */
export function provinceOf(code: string): string {
  return `${code.slice(0, 2)}0000`
}

/** Whether the code is a province's own (xx0000). */
export function isProvinceCode(code: string): boolean {
  return /^\d{2}0000$/.test(code)
}

/**
 * A system's `--by city` group: province-level systems (level `province`, or registered at the province's
 * own code) form the province's group, keyed by the province code; every other system counts in its city.
 */
export function cityGroupOfSystem(s: Pick<SystemRecord, 'level' | 'region'>): string {
  return s.level === 'province' ? provinceOf(s.region) : cityOf(s.region)
}

/** A node's (or any region code's) group: its city, or the province's group for a province's own code. */
export function cityGroupOfRegion(code: string): string {
  return cityOf(code)
}
