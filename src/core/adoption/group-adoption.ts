// The adoption rate per group (department, region, city, level or hosting-node type), each group counted
// exactly like the whole, listed worst first.
import {cityGroupOfSystem, isProvinceCode} from '../inventory/city-group.js'
import type {Inventory, SystemRecord} from '../inventory/model.js'
import {rankByRate} from '../league/rank-by-rate.js'
import {type AdoptionOptions, classifySystem} from './compute-adoption.js'

export type GroupBy = 'department' | 'region' | 'city' | 'level' | 'node-type'
export const GROUP_BYS = ['department', 'region', 'city', 'level', 'node-type'] as const

export interface AdoptionGroup {
  key: string
  label: string
  onCloud: number
  total: number
  rate: number
  exempt: number
  adjustedRate: number
  /** With `--by city`: the city's place in the league (see core/league); null for the province's own group. */
  rank?: number | null
}

export function groupKey(inv: Inventory, s: SystemRecord, by: GroupBy): string {
  switch (by) {
    case 'department': return s.department
    case 'region': return s.region
    case 'city': return cityGroupOfSystem(s)
    case 'level': return s.level
    default: return inv.node.get(s.hosting.node)?.type ?? ''
  }
}

/**
 * Groups with at least one system in scope; sorted by rate ascending, then key. By city, a league: each
 * city ranked on its rate (best first, ties sharing a rank), the province's own group last and unranked.
 */
export function groupAdoption(inv: Inventory, by: GroupBy, label: (key: string) => string, o: AdoptionOptions): AdoptionGroup[] {
  // One pass, each system classified once and tallied under its key (computeAdoption's counts, per group).
  const tallies = new Map<string, {onCloud: number; total: number; exempt: number}>()
  for (const s of inv.systems) {
    const k = groupKey(inv, s, by)
    let t = tallies.get(k)
    if (!t) tallies.set(k, (t = {onCloud: 0, total: 0, exempt: 0}))
    const c = classifySystem(inv, s, o)
    if (c === 'classified' || c === 'retired' || c === 'planned') continue
    t.total++
    if (c === 'on') t.onCloud++
    else if (c === 'exempt') t.exempt++
  }
  const groups: AdoptionGroup[] = []
  for (const [key, {onCloud, total, exempt}] of tallies) {
    if (total === 0) continue
    groups.push({key, label: label(key), onCloud, total, rate: onCloud / total, exempt, adjustedRate: total - exempt === 0 ? 1 : onCloud / (total - exempt)})
  }
  const byKey = (a: AdoptionGroup, b: AdoptionGroup) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)
  if (by !== 'city') return groups.sort((a, b) => a.rate - b.rate || byKey(a, b))
  const ranks = rankByRate(groups.map(g => ({numerator: g.onCloud, denominator: g.total, competes: !isProvinceCode(g.key)})))
  groups.forEach((g, i) => (g.rank = ranks[i]))
  const place = (g: AdoptionGroup) => g.rank ?? Number.POSITIVE_INFINITY
  return groups.sort((a, b) => place(a) - place(b) || byKey(a, b))
}
