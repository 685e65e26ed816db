// The records a slice reports on: systems and nodes whose region is in it, networks attached to a system
// in it, and the departments that have a system in it.
import type {Inventory} from '../inventory/model.js'
import type {Subject} from '../rules/types.js'
import type {RegionSlice} from './region-slice.js'

export interface SliceMembers {
  slice: RegionSlice
  /** Province slices hold everything: callers may skip filtering altogether. */
  all: boolean
  systems: ReadonlySet<string>
  nodes: ReadonlySet<string>
  networks: ReadonlySet<string>
  departments: ReadonlySet<string>
}

export function sliceMembers(inv: Inventory, slice: RegionSlice): SliceMembers {
  const systems = new Set<string>()
  const networks = new Set<string>()
  const departments = new Set<string>()
  for (const s of inv.systems) {
    if (!slice.has(s.region)) continue
    systems.add(s.id)
    departments.add(s.department)
    for (const n of s.networks) networks.add(n)
  }
  const nodes = new Set(inv.nodes.filter(n => slice.has(n.region)).map(n => n.id))
  if (slice.level === 'province') for (const n of inv.networks) networks.add(n.id)
  return {slice, all: slice.level === 'province', systems, nodes, networks, departments}
}

/**
 * Whether a finding's subject is in the slice: a system, node or network that is; a department with a
 * system in the slice (its finding counts that department's systems); a region whose code is in the slice
 * (a city's finding shows in its city's and the province's slices, not in a county's).
 */
export function subjectInSlice(m: SliceMembers, s: Subject): boolean {
  if (m.all) return true
  switch (s.kind) {
    case 'system': return m.systems.has(s.id)
    case 'node': return m.nodes.has(s.id)
    case 'network': return m.networks.has(s.id)
    case 'department': return m.departments.has(s.id)
    case 'region': return m.slice.has(s.id)
  }
}
