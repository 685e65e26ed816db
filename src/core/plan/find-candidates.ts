// Which systems the plan moves: in scope, off the one cloud, no valid `cloud` exemption, strategy
// not `retain`, and not on a node the plan onboards (纳管) unless its MLPS level exceeds that node's.
import type {Inventory, SystemRecord} from '../inventory/model.js'
import {type OneCloudDefinition, isExempt, isInScope, isOnCloud} from '../inventory/scope.js'
import {type Onboarding, staysOnOnboardedNode} from './find-onboarding.js'

export type NotCandidate = 'classified' | 'out-of-scope' | 'on-cloud' | 'exempt' | 'retain' | 'onboarded'

/** null when the system is a candidate, else why it is not. */
export function whyNotCandidate(inv: Inventory, s: SystemRecord, asOf: string, oneCloud: OneCloudDefinition, onboarding: ReadonlyMap<string, Onboarding>): NotCandidate | null {
  if (s.classified) return 'classified'
  if (!isInScope(s)) return 'out-of-scope'
  if (isOnCloud(inv, s, oneCloud)) return 'on-cloud'
  if (isExempt(s, 'cloud', asOf)) return 'exempt'
  if (s.migration.strategy === 'retain') return 'retain'
  const node = inv.node.get(s.hosting.node)
  if (node && onboarding.has(node.id) && staysOnOnboardedNode(node, s.mlps)) return 'onboarded'
  return null
}

/** One flag per system of `inv.systems` (same index). */
export function findCandidates(inv: Inventory, asOf: string, oneCloud: OneCloudDefinition, onboarding: ReadonlyMap<string, Onboarding>): Uint8Array {
  const flags = new Uint8Array(inv.systems.length)
  inv.systems.forEach((s, i) => {
    if (whyNotCandidate(inv, s, asOf, oneCloud, onboarding) === null) flags[i] = 1
  })
  return flags
}
