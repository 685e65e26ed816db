// Which systems the plan moves (SPEC §5): in scope, off the one cloud, no valid `cloud` exemption, strategy not `retain`.
import type {Inventory, SystemRecord} from '../inventory/model.js'
import {type OneCloudDefinition, isExempt, isInScope, isOnCloud} from '../inventory/scope.js'

export type NotCandidate = 'classified' | 'out-of-scope' | 'on-cloud' | 'exempt' | 'retain'

/** null when the system is a candidate, else why it is not. */
export function whyNotCandidate(inv: Inventory, s: SystemRecord, asOf: string, oneCloud: OneCloudDefinition): NotCandidate | null {
  if (s.classified) return 'classified'
  if (!isInScope(s)) return 'out-of-scope'
  if (isOnCloud(inv, s, oneCloud)) return 'on-cloud'
  if (isExempt(s, 'cloud', asOf)) return 'exempt'
  if (s.migration.strategy === 'retain') return 'retain'
  return null
}

/** One flag per system of `inv.systems` (same index). */
export function findCandidates(inv: Inventory, asOf: string, oneCloud: OneCloudDefinition): Uint8Array {
  const flags = new Uint8Array(inv.systems.length)
  inv.systems.forEach((s, i) => {
    if (whyNotCandidate(inv, s, asOf, oneCloud) === null) flags[i] = 1
  })
  return flags
}
