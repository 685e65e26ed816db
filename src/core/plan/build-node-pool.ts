// The one-cloud nodes a plan may fill and what is free on each: capacity minus what hosted systems use now.
import type {Inventory, NodeRecord} from '../inventory/model.js'
import {type OneCloudDefinition, isOneCloudNode} from '../inventory/scope.js'
import type {Resources} from './model.js'

export interface NodePool {
  /** Free capacity per node id; null when the node states no capacity (taken as unlimited). */
  free: Map<string, Resources | null>
  /** Non-classified one-cloud nodes per region code, sorted by id. */
  byRegion: Map<string, NodeRecord[]>
  node: ReadonlyMap<string, NodeRecord>
}

export function buildNodePool(inv: Inventory, oneCloud: OneCloudDefinition): NodePool {
  const free = new Map<string, Resources | null>()
  for (const n of inv.nodes) free.set(n.id, n.capacity ? {vcpu: n.capacity.vcpu ?? 0, memoryGiB: n.capacity.memoryGiB ?? 0, storageTiB: n.capacity.storageTiB ?? 0} : null)
  for (const s of inv.systems) {
    // Retired systems no longer hold capacity; planned ones will, so they are counted.
    if (s.status === 'retired' || !s.resources) continue
    const f = free.get(s.hosting.node)
    if (!f) continue
    f.vcpu -= s.resources.vcpu ?? 0
    f.memoryGiB -= s.resources.memoryGiB ?? 0
    f.storageTiB -= s.resources.storageTiB ?? 0
  }
  const byRegion = new Map<string, NodeRecord[]>()
  for (const n of inv.nodes) {
    if (n.classified || n.region === undefined || !isOneCloudNode(n, oneCloud)) continue
    const list = byRegion.get(n.region) ?? []
    list.push(n)
    byRegion.set(n.region, list)
  }
  return {free, byRegion, node: inv.node}
}

export function copyNodePool(pool: NodePool): NodePool {
  return {...pool, free: new Map([...pool.free].map(([k, v]) => [k, v ? {...v} : null]))}
}
