// The one-cloud nodes a plan may fill, from which wave, and what is free on each: capacity minus what hosted
// systems use now. Nodes the plan onboards join from their onboarding wave; disaster-recovery sites never do.
import type {Inventory, NodeRecord} from '../inventory/model.js'
import {type OneCloudDefinition, isOneCloudNode} from '../inventory/scope.js'
import type {Onboarding} from './find-onboarding.js'
import type {Resources} from './model.js'

export interface NodePool {
  /** Free capacity per node id; null when the node states no capacity (taken as unlimited). */
  free: Map<string, Resources | null>
  /** Non-classified production one-cloud nodes (and nodes being onboarded) per region code, sorted by id. */
  byRegion: Map<string, NodeRecord[]>
  node: ReadonlyMap<string, NodeRecord>
  /** The first wave a node being onboarded may receive groups; nodes not listed may from wave 1. */
  availableFrom: ReadonlyMap<string, number>
  /** The onboarding waves after wave 1, ascending: when the pool grows. */
  growsAt: number[]
  /**
   * Where a group of each region looks, in order (its county, its city, the province), with those tiers'
   * nodes; filled as regions are first asked for (core/plan/choose-target-node.ts), shared by copies.
   */
  tiers: Map<string, Array<{via: 'region' | 'province'; nodes: NodeRecord[]; from: Int32Array}>>
  /** `free` by node record (the same objects): the scheduler's loop looks nodes up by record, not by id. */
  freeOf: Map<NodeRecord, Resources | null>
}

export function buildNodePool(inv: Inventory, oneCloud: OneCloudDefinition, onboarding: ReadonlyMap<string, Onboarding>): NodePool {
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
    if (n.classified || n.region === undefined || n.role === 'dr' || !(isOneCloudNode(n, oneCloud) || onboarding.has(n.id))) continue
    const list = byRegion.get(n.region) ?? []
    list.push(n)
    byRegion.set(n.region, list)
  }
  const availableFrom = new Map([...onboarding].map(([id, o]) => [id, o.wave]))
  const growsAt = [...new Set(availableFrom.values())].filter(w => w > 1).sort((a, b) => a - b)
  return {free, byRegion, node: inv.node, availableFrom, growsAt, tiers: new Map(), freeOf: freeByRecord(inv.nodes, free)}
}

export function copyNodePool(pool: NodePool): NodePool {
  const free = new Map([...pool.free].map(([k, v]) => [k, v ? {...v} : null]))
  return {...pool, free, freeOf: freeByRecord(pool.freeOf.keys(), free)}
}

function freeByRecord(nodes: Iterable<NodeRecord>, free: Map<string, Resources | null>): Map<NodeRecord, Resources | null> {
  const out = new Map<NodeRecord, Resources | null>()
  for (const n of nodes) {
    const f = free.get(n.id)
    if (f !== undefined) out.set(n, f)
  }
  return out
}
