// The adoption rate per group (department, region, level or hosting-node type), each group counted
// exactly like the whole, listed worst first.
import type {Inventory, SystemRecord} from '../inventory/model.js'
import {type AdoptionOptions, computeAdoption} from './compute-adoption.js'

export type GroupBy = 'department' | 'region' | 'level' | 'node-type'
export const GROUP_BYS = ['department', 'region', 'level', 'node-type'] as const

export interface AdoptionGroup {
  key: string
  label: string
  onCloud: number
  total: number
  rate: number
  exempt: number
  adjustedRate: number
}

export function groupKey(inv: Inventory, s: SystemRecord, by: GroupBy): string {
  switch (by) {
    case 'department': return s.department
    case 'region': return s.region
    case 'level': return s.level
    default: return inv.node.get(s.hosting.node)?.type ?? ''
  }
}

/** Groups with at least one system in scope; sorted by rate ascending, then key. */
export function groupAdoption(inv: Inventory, by: GroupBy, label: (key: string) => string, o: AdoptionOptions): AdoptionGroup[] {
  const members = new Map<string, SystemRecord[]>()
  for (const s of inv.systems) {
    const k = groupKey(inv, s, by)
    let list = members.get(k)
    if (!list) members.set(k, (list = []))
    list.push(s)
  }
  const groups: AdoptionGroup[] = []
  for (const [key, systems] of members) {
    const c = computeAdoption(inv, systems, o)
    if (c.empty) continue
    groups.push({key, label: label(key), onCloud: c.onCloud, total: c.total, rate: c.rate, exempt: c.exempt, adjustedRate: c.adjustedRate})
  }
  return groups.sort((a, b) => a.rate - b.rate || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
}
