// Which checked subjects lie in a city pack's regions (`appliesTo`), by the `--region` slice's rule: a
// system or node by its region, a network when a system in the regions is attached to it, a department
// when it has a system there, a region finding by its code.
import {inRegion} from '../inventory/city-group.js'
import type {Inventory} from '../inventory/model.js'
import type {Subject} from './types.js'

export function scopedSubjects(inv: Inventory, regions: readonly string[]): (s: Subject) => boolean {
  const inside = (code: string | undefined) => code !== undefined && regions.some(r => inRegion(code, r))
  const networks = new Set<string>()
  const departments = new Set<string>()
  for (const s of inv.systems) {
    if (!inside(s.region)) continue
    departments.add(s.department)
    for (const n of s.networks) networks.add(n)
  }
  return s => {
    switch (s.kind) {
      case 'system': return inside(inv.system.get(s.id)?.region)
      case 'node': return inside(inv.node.get(s.id)?.region)
      case 'network': return networks.has(s.id)
      case 'department': return departments.has(s.id)
      default: return inside(s.id)
    }
  }
}
