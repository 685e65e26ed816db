// `check --by city`: each city's (and the province's own group's) compliance status. A finding counts for
// every city its subject is in, as in a `--region` slice: a system or node in its city, a network in each
// city with a system attached to it, a department in each city where it has in-scope systems, a region
// finding (SVC-002) in the city it names.
import {cityGroupOfRegion, cityGroupOfSystem} from '../inventory/city-group.js'
import type {Inventory} from '../inventory/model.js'
import {isInScope} from '../inventory/scope.js'
import {type DepartmentStatus, type Finding, type SeverityCounts, departmentStatus, zeroCounts} from './run-check.js'

export interface CitySummary {
  /** The city's code, or the province's code for the province-level group. */
  key: string
  label: string
  status: DepartmentStatus
  counts: SeverityCounts
}

/** Every group with in-scope systems and every group a finding reaches, in code order. */
export function summarizeCities(inv: Inventory, findings: readonly Finding[], label: (key: string) => string): CitySummary[] {
  const counts = new Map<string, SeverityCounts>()
  const departmentCities = new Map<string, Set<string>>()
  const networkCities = new Map<string, Set<string>>()
  const add = (map: Map<string, Set<string>>, key: string, city: string) => {
    const set = map.get(key)
    if (set) set.add(city)
    else map.set(key, new Set([city]))
  }
  for (const s of inv.systems) {
    const city = cityGroupOfSystem(s)
    for (const n of s.networks) add(networkCities, n, city)
    if (!isInScope(s)) continue
    if (!counts.has(city)) counts.set(city, zeroCounts())
    add(departmentCities, s.department, city)
  }
  const citiesOf = (f: Finding): Iterable<string> => {
    const {kind, id} = f.subject
    if (kind === 'system') {
      const s = inv.system.get(id)
      return s ? [cityGroupOfSystem(s)] : []
    }
    if (kind === 'node') {
      const region = inv.node.get(id)?.region
      return region === undefined ? [] : [cityGroupOfRegion(region)]
    }
    if (kind === 'network') return networkCities.get(id) ?? []
    if (kind === 'department') return departmentCities.get(id) ?? []
    return [cityGroupOfRegion(id)]
  }
  for (const f of findings) {
    for (const city of citiesOf(f)) {
      const c = counts.get(city) ?? zeroCounts()
      c[f.severity]++
      counts.set(city, c)
    }
  }
  return [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([key, c]) => ({key, label: label(key), status: departmentStatus(c), counts: c}))
}
