// The one-cloud-built measure: of the node types the one cloud takes in by management (纳管, city
// clouds in Jiangsu), how many are under unified management.
import type {Inventory, NodeRecord} from '../inventory/model.js'
import type {OneCloudDefinition} from '../inventory/scope.js'

/** A node the measure counts: not classified, of a type the one cloud takes in by management. */
export function isManagedType(n: NodeRecord, oneCloud: OneCloudDefinition): boolean {
  return !n.classified && oneCloud.managedNodeTypes.includes(n.type)
}

/**
 * In a plan's projection, `onboarded` nodes count as managed and `closed` ones leave the count
 * (a vacated city cloud that has been emptied and shut no longer needs managing).
 */
export function countManagedNodes(
  inv: Inventory, oneCloud: OneCloudDefinition, projection: {onboarded?: ReadonlySet<string>; closed?: ReadonlySet<string>} = {},
): {managed: number; total: number; rate: number} {
  let managed = 0
  let total = 0
  for (const n of inv.nodes) {
    if (!isManagedType(n, oneCloud) || projection.closed?.has(n.id)) continue
    total++
    if (n.managed || projection.onboarded?.has(n.id)) managed++
  }
  return {managed, total, rate: total === 0 ? 1 : managed / total}
}
