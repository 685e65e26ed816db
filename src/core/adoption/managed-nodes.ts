// The one-cloud-built measure: of the node types the one cloud takes in by management (纳管, city
// clouds in Jiangsu), how many are under unified management.
import type {Inventory} from '../inventory/model.js'
import type {OneCloudDefinition} from '../inventory/scope.js'

export function countManagedNodes(inv: Inventory, oneCloud: OneCloudDefinition): {managed: number; total: number; rate: number} {
  let managed = 0
  let total = 0
  for (const n of inv.nodes) {
    if (n.classified || !oneCloud.managedNodeTypes.includes(n.type)) continue
    total++
    if (n.managed) managed++
  }
  return {managed, total, rate: total === 0 ? 1 : managed / total}
}
