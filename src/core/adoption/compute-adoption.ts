// The cloud-adoption rate exactly as docs/definitions.md defines it: in-scope systems on the one cloud over all
// in-scope systems, and the adjusted rate that sets validly exempt systems aside.
import type {Inventory, SystemRecord} from '../inventory/model.js'
import {type OneCloudDefinition, isExempt, isOneCloudNode} from '../inventory/scope.js'

export interface AdoptionCounts {
  onCloud: number
  total: number
  exempt: number
  /** onCloud / total; 1 when nothing is in scope (see `empty`). */
  rate: number
  /** onCloud / (total − exempt); 1 when that is zero. */
  adjustedRate: number
  excluded: {classified: number; retired: number; planned: number}
  empty: boolean
}

export interface AdoptionOptions {
  asOf: string
  oneCloud: OneCloudDefinition
  /** Where a system runs, when not where the inventory says (a plan's projection). */
  nodeOf?: (s: SystemRecord) => string
  /** Systems to leave out of everything (a plan's completed decommissions). */
  gone?: (s: SystemRecord) => boolean
  /** Nodes a plan has brought under management (纳管) by then: they count as the one cloud. */
  onboarded?: ReadonlySet<string>
}

export function classifySystem(inv: Inventory, s: SystemRecord, o: AdoptionOptions): 'classified' | 'retired' | 'planned' | 'on' | 'exempt' | 'off' {
  if (s.classified) return 'classified'
  if (s.status === 'retired' || o.gone?.(s)) return 'retired'
  if (s.status === 'planned') return 'planned'
  const node = inv.node.get(o.nodeOf ? o.nodeOf(s) : s.hosting.node)
  if (isOneCloudNode(node, o.oneCloud) || (node !== undefined && o.onboarded?.has(node.id))) return 'on'
  // Only an exemption from the cloud obligation sets a system aside in the adjusted rate.
  return isExempt(s, 'cloud', o.asOf) ? 'exempt' : 'off'
}

export function computeAdoption(inv: Inventory, systems: Iterable<SystemRecord>, o: AdoptionOptions): AdoptionCounts {
  let onCloud = 0
  let total = 0
  let exempt = 0
  const excluded = {classified: 0, retired: 0, planned: 0}
  for (const s of systems) {
    const c = classifySystem(inv, s, o)
    if (c === 'classified' || c === 'retired' || c === 'planned') {
      excluded[c]++
      continue
    }
    total++
    if (c === 'on') onCloud++
    else if (c === 'exempt') exempt++
  }
  return {
    onCloud,
    total,
    exempt,
    rate: total === 0 ? 1 : onCloud / total,
    adjustedRate: total - exempt === 0 ? 1 : onCloud / (total - exempt),
    excluded,
    empty: total === 0,
  }
}
