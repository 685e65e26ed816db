// The definitions every rate rests on: scope, the one cloud, valid exemptions and what they cover.
import type {Inventory, NodeRecord, SystemRecord} from './model.js'

/**
 * Which node types count as the one cloud, which are brought under management (纳管) and which are closed
 * once emptied. The policy pack supplies all of them (`oneCloud` in the pack); nothing here names a province.
 */
export interface OneCloudDefinition {
  /** Node types that always count as the one cloud. */
  nodeTypes: string[]
  /** Node types that count once `managed: true`; the plan onboards the unmanaged ones. */
  managedNodeTypes: string[]
  /** Node types closed (关停/腾退) once their last system has left. */
  closeNodeTypes: string[]
  /** Clouds a department built or leased for itself (CLOUD-002 for province-level systems). */
  departmentCloudTypes: string[]
}

/** In scope for rates: not classified, and in service or retiring. */
export function isInScope(s: SystemRecord): boolean {
  return !s.classified && (s.status === 'in-service' || s.status === 'retiring')
}

export function isOneCloudNode(n: NodeRecord | undefined, def: OneCloudDefinition): boolean {
  if (!n) return false
  return def.nodeTypes.includes(n.type) || (n.managed && def.managedNodeTypes.includes(n.type))
}

export function isOnCloud(inv: Inventory, s: SystemRecord, def: OneCloudDefinition): boolean {
  return isOneCloudNode(inv.node.get(s.hosting.node), def)
}

/** An exemption is valid while its `until` is on or after the evaluation date (dates compare as strings). */
export function hasValidExemption(exemption: {until: string} | undefined, asOf: string): boolean {
  return exemption !== undefined && exemption.until >= asOf
}

/** The obligations a system's exemption can waive. */
export type ExemptionCover = 'cloud' | 'network' | 'ipv6'
export const EXEMPTION_COVERS: readonly ExemptionCover[] = ['cloud', 'network', 'ipv6']

/** What an exemption waives: `covers`, or `cloud` alone when it says nothing. */
export function exemptionCovers(exemption: {covers?: ExemptionCover[]}): readonly ExemptionCover[] {
  return exemption.covers ?? ['cloud']
}

/** A valid exemption of this system that covers `what` (it waives exactly what it covers). */
export function isExempt(s: SystemRecord, what: ExemptionCover, asOf: string): boolean {
  const e = s.migration.exemption
  return e !== undefined && hasValidExemption(e, asOf) && exemptionCovers(e).includes(what)
}
