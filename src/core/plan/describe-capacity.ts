// The capacity view the cloud team budgets with: per node, free capacity before and after each wave that
// lands on it, and the shortfall (需扩容) for the groups that could not be placed for lack of room.
import type {Inventory} from '../inventory/model.js'
import type {NodePool} from './build-node-pool.js'
import type {MoveGroup, NodeCapacity, Resources} from './model.js'
import type {Schedule} from './schedule-waves.js'

const zero = (): Resources => ({vcpu: 0, memoryGiB: 0, storageTiB: 0})
const minus = (a: Resources, b: Resources): Resources => ({vcpu: a.vcpu - b.vcpu, memoryGiB: a.memoryGiB - b.memoryGiB, storageTiB: a.storageTiB - b.storageTiB})
const add = (a: Resources, b: Resources): void => {
  a.vcpu += b.vcpu
  a.memoryGiB += b.memoryGiB
  a.storageTiB += b.storageTiB
}

/** `pool` is the pool as it was before scheduling. */
export function describeCapacity(inv: Inventory, groups: MoveGroup[], schedule: Schedule, pool: NodePool): NodeCapacity[] {
  const landing = new Map<string, Map<number, Resources>>()
  for (const g of groups) {
    const c = schedule.node[g.index]
    const w = schedule.wave[g.index]
    if (!c || w === 0) continue
    const perWave = landing.get(c.node) ?? new Map<number, Resources>()
    const r = perWave.get(w) ?? zero()
    add(r, g.demand)
    perWave.set(w, r)
    landing.set(c.node, perWave)
  }
  const lacking = new Map<string, Resources>()
  for (const u of schedule.unplaced.values()) {
    if ((u.reason !== 'no-capacity' && u.reason !== 'target-capacity') || u.nodes.length === 0) continue
    const r = lacking.get(u.nodes[0]) ?? zero()
    add(r, u.need)
    lacking.set(u.nodes[0], r)
  }
  const ids = [...new Set([...landing.keys(), ...lacking.keys()])].sort()
  return ids.map(id => {
    const n = inv.node.get(id)!
    const start = pool.free.get(id) ?? null
    const capacity = n.capacity ? {vcpu: n.capacity.vcpu ?? 0, memoryGiB: n.capacity.memoryGiB ?? 0, storageTiB: n.capacity.storageTiB ?? 0} : null
    let free = start ? {...start} : null
    const waves = [...(landing.get(id) ?? new Map<number, Resources>())].sort((a, b) => a[0] - b[0]).map(([wave, used]) => {
      const before = free ?? zero()
      const after = minus(before, used)
      if (free) free = after
      return {wave, before, after}
    })
    const need = lacking.get(id)
    const shortfall = need && free
      ? {vcpu: Math.max(0, need.vcpu - free.vcpu), memoryGiB: Math.max(0, need.memoryGiB - free.memoryGiB), storageTiB: Math.max(0, need.storageTiB - free.storageTiB)}
      : null
    return {node: id, capacity, freeAtStart: start ? {...start} : null, waves: free ? waves : [], freeAtEnd: free, shortfall}
  })
}
