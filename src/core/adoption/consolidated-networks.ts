// The private-network consolidation rate: non-classified, non-vertical private networks
// whose consolidation is `done`, over those not validly exempt (`done` ones included).
import type {Inventory, NetworkRecord} from '../inventory/model.js'
import {hasValidExemption} from '../inventory/scope.js'

/**
 * How a network counts in the rate: `done`, `open` (in the denominator only), or undefined when it does
 * not count (not private, vertical, or validly exempt and not done). `decommissioned` holds networks a
 * plan has decommissioned by then: they count as done.
 */
export function consolidationCount(n: NetworkRecord, asOf: string, decommissioned: ReadonlySet<string> = new Set()): 'done' | 'open' | undefined {
  if (n.type !== 'private' || n.vertical) return undefined
  if (n.consolidation.status === 'done' || decommissioned.has(n.id)) return 'done'
  return hasValidExemption(n.consolidation.exemption, asOf) ? undefined : 'open'
}

export function countConsolidatedNetworks(inv: Inventory, asOf: string, decommissioned: ReadonlySet<string> = new Set()): {done: number; total: number; rate: number} {
  let done = 0
  let total = 0
  for (const n of inv.networks) {
    const count = consolidationCount(n, asOf, decommissioned)
    if (count === undefined) continue
    total++
    if (count === 'done') done++
  }
  return {done, total, rate: total === 0 ? 1 : done / total}
}
