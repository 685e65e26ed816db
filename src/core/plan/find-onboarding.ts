// 纳管: every unmanaged, non-classified node of a type the pack brings under
// unified management, unless it is to be vacated, becomes a one-cloud node in wave 1, in the first wave
// starting on or after its `onboarding.notBefore`, or in its pinned `onboarding.wave` (the later of the two).
import type {Inventory, NodeRecord} from '../inventory/model.js'
import type {OneCloudDefinition} from '../inventory/scope.js'
import type {WaveCalendar} from './build-wave-calendar.js'

export interface Onboarding {
  wave: number
  by: 'first-wave' | 'notBefore' | 'pin'
}

/** Whether the plan brings this node under management (at some wave). */
export function isOnboardable(n: NodeRecord, oneCloud: OneCloudDefinition): boolean {
  return !n.classified && !n.managed && oneCloud.managedNodeTypes.includes(n.type) && n.onboarding?.vacate !== true
}

/** Whether the plan empties and closes this node. */
export function isClosable(n: NodeRecord, oneCloud: OneCloudDefinition): boolean {
  if (n.classified || isOnboardable(n, oneCloud)) return false
  if (n.onboarding?.vacate === true && !n.managed && oneCloud.managedNodeTypes.includes(n.type)) return true
  return oneCloud.closeNodeTypes.includes(n.type) && !oneCloud.nodeTypes.includes(n.type)
}

/** The onboarding wave of each node the plan brings under management, by node id. */
export function findOnboarding(inv: Inventory, oneCloud: OneCloudDefinition, calendar: WaveCalendar): Map<string, Onboarding> {
  const out = new Map<string, Onboarding>()
  for (const n of inv.nodes) {
    if (!isOnboardable(n, oneCloud)) continue
    const byDate = n.onboarding?.notBefore === undefined ? 1 : calendar.firstWaveStartingOnOrAfter(n.onboarding.notBefore)
    const byPin = n.onboarding?.wave ?? 1
    if (byDate <= 1 && byPin <= 1) out.set(n.id, {wave: 1, by: 'first-wave'})
    else out.set(n.id, byDate > byPin ? {wave: byDate, by: 'notBefore'} : {wave: byPin, by: 'pin'})
  }
  return out
}

/**
 * Systems on a node being onboarded stay where they are (纳管, not migration) unless their MLPS level
 * exceeds the node's certification; a node with no certification stated is not judged (as SEC-002).
 */
export function staysOnOnboardedNode(n: NodeRecord, mlps: number | undefined): boolean {
  return n.mlpsCertified === undefined || mlps === undefined || mlps <= n.mlpsCertified
}
