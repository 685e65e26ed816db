// The private-network consolidation rate: non-classified, non-vertical private networks
// whose consolidation is `done`, over those not validly exempt (`done` ones included).
import type {Inventory} from '../inventory/model.js'
import {hasValidExemption} from '../inventory/scope.js'

/** `decommissioned` holds networks a plan has decommissioned by then: they count as done. */
export function countConsolidatedNetworks(inv: Inventory, asOf: string, decommissioned: ReadonlySet<string> = new Set()): {done: number; total: number; rate: number} {
  let done = 0
  let total = 0
  for (const n of inv.networks) {
    if (n.type !== 'private' || n.vertical) continue
    const isDone = n.consolidation.status === 'done' || decommissioned.has(n.id)
    if (!isDone && hasValidExemption(n.consolidation.exemption, asOf)) continue
    total++
    if (isDone) done++
  }
  return {done, total, rate: total === 0 ? 1 : done / total}
}
