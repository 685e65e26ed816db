// The definitions every rate rests on (SPEC §5): scope, the one cloud, valid exemptions.
import type {Inventory, NodeRecord, SystemRecord} from './model.js'

/** Which node types count as the one cloud; the policy pack supplies these (Jiangsu below). */
export interface OneCloudDefinition {
  nodeTypes: string[]
  managedNodeTypes: string[]
}

export const JIANGSU_ONE_CLOUD: OneCloudDefinition = {nodeTypes: ['provincial-cloud'], managedNodeTypes: ['city-cloud']}

/** In scope for rates: not classified, and in service or retiring. */
export function isInScope(s: SystemRecord): boolean {
  return !s.classified && (s.status === 'in-service' || s.status === 'retiring')
}

export function isOneCloudNode(n: NodeRecord | undefined, def: OneCloudDefinition = JIANGSU_ONE_CLOUD): boolean {
  if (!n) return false
  return def.nodeTypes.includes(n.type) || (n.managed && def.managedNodeTypes.includes(n.type))
}

export function isOnCloud(inv: Inventory, s: SystemRecord, def: OneCloudDefinition = JIANGSU_ONE_CLOUD): boolean {
  return isOneCloudNode(inv.node.get(s.hosting.node), def)
}

/** An exemption is valid while its `until` is on or after the evaluation date (dates compare as strings). */
export function hasValidExemption(exemption: {until: string} | undefined, asOf: string): boolean {
  return exemption !== undefined && exemption.until >= asOf
}
