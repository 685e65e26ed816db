// IPv6 readiness computed on the whole inventory (dependencies, duplicate addresses and prefix
// conflicts look across the slice's boundary), reported for a slice: its in-scope systems, the blockers
// as far as they hold back its systems, its address problems, and the prefix conflicts that involve one
// of its networks.
import type {Inventory, SystemRecord} from '../inventory/model.js'
import {isInScope} from '../inventory/scope.js'
import type {Ipv6Counts, Ipv6Group, Ipv6Options, Ipv6Result} from '../ipv6/compute-ipv6-readiness.js'
import {findPrefixConflicts} from '../ipv6/find-prefix-conflicts.js'
import type {SliceMembers} from './slice-members.js'

const compare = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0)

export function sliceIpv6(inv: Inventory, whole: Ipv6Result, m: SliceMembers, o: Ipv6Options = {}): Ipv6Result {
  if (m.all) return whole
  const systems = whole.systems.filter(s => m.systems.has(s.id))
  const counts: Ipv6Counts = {ready: 0, partial: 0, blocked: 0, unknown: 0}
  for (const s of systems) counts[s.status]++
  const excluded = {classified: 0, retired: 0, planned: 0}
  for (const s of inv.systems) {
    if (!m.systems.has(s.id) || isInScope(s)) continue
    if (s.classified) excluded.classified++
    else if (s.status === 'retired') excluded.retired++
    else excluded.planned++
  }
  const blockers = whole.blockers
    .map(b => ({...b, systems: b.systems.filter(id => m.systems.has(id))}))
    .filter(b => b.systems.length > 0)
    .map(b => ({...b, blocks: b.systems.length}))
    .sort((x, y) => y.blocks - x.blocks || compare(x.id, y.id) || compare(x.kind, y.kind))
  const mine = (c: {a: string; b: string}) => m.networks.has(c.a) || m.networks.has(c.b)
  const conflicts = whole.conflicts.filter(mine)
  // When the whole list was capped, the slice's pairs are counted again, every one.
  const conflictCount = whole.conflictCount > whole.conflicts.length
    ? findPrefixConflicts(inv.networks.filter(n => n.type !== 'classified'), {maxPairs: Number.MAX_SAFE_INTEGER}).pairs.filter(mine).length
    : conflicts.length
  const total = systems.length
  const capable = systems.filter(s => s.ipv6OnlyCapable).length
  const result: Ipv6Result = {
    rate: total === 0 ? 1 : counts.ready / total,
    counts,
    inScope: total,
    excluded,
    ipv6OnlyCapable: {count: capable, rate: total === 0 ? 1 : capable / total},
    systems,
    blockers,
    addressProblems: whole.addressProblems.filter(p => m.systems.has(p.system)),
    conflicts,
    conflictCount,
    conflictGroups: whole.conflictGroups.filter(g => g.networks.some(id => m.networks.has(id))),
    warnings: total === 0 ? [{code: 'EMPTY_SCOPE'}] : [],
  }
  if (o.groupBy) {
    const groups = new Map<string, Ipv6Group>()
    for (const r of systems) {
      const s = inv.system.get(r.id) as SystemRecord
      const key = o.groupBy.key(s)
      let g = groups.get(key)
      if (!g) groups.set(key, (g = {key, label: o.groupBy.label(key), ready: 0, partial: 0, blocked: 0, unknown: 0, total: 0, rate: 0}))
      g.total++
      g[r.status]++
    }
    result.by = o.groupBy.by
    result.groups = [...groups.values()].map(g => ({...g, rate: g.ready / g.total})).sort((x, y) => compare(x.key, y.key))
  }
  return result
}
