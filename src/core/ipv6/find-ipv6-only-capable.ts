// IPv6-only capable: ready, and everything it depends on transitively ready too — the measure behind
// the US federal IPv6-only 20/50/80% targets. Only a ready system can be capable, so the walk covers the
// ready systems' own dependencies alone: a ready system depending on a system that is not ready is
// blocked, and blocked spreads breadth first to the ready systems depending on it; cycles need no special
// care. Dependencies on systems the inventory lacks, and on the system itself, are ignored, as in the
// dependency index.
import type {Inventory} from '../inventory/model.js'

/**
 * `ready[i]` is 1 for a ready system of `inv.systems` (in its order); the result is 1 for each IPv6-only
 * capable one.
 */
export function findIpv6OnlyCapable(inv: Pick<Inventory, 'systems' | 'system'>, ready: Uint8Array): Uint8Array {
  const {systems} = inv
  const readyAt = new Map<string, number>()
  for (let i = 0; i < systems.length; i++) if (ready[i] === 1) readyAt.set(systems[i].id, i)
  const blocked = new Uint8Array(systems.length)
  const queue: number[] = []
  // The ready systems depending on each ready system, by position.
  const dependents = new Map<number, number[]>()
  for (const i of readyAt.values()) {
    const s = systems[i]
    for (const d of s.dependsOn) {
      if (d.system === s.id) continue
      const j = readyAt.get(d.system)
      if (j === undefined) {
        if (blocked[i] === 0 && inv.system.has(d.system)) {
          blocked[i] = 1
          queue.push(i)
        }
        continue
      }
      const list = dependents.get(j)
      if (list) list.push(i)
      else dependents.set(j, [i])
    }
  }
  for (let head = 0; head < queue.length; head++) {
    for (const u of dependents.get(queue[head]) ?? []) {
      if (blocked[u] === 0) {
        blocked[u] = 1
        queue.push(u)
      }
    }
  }
  const capable = new Uint8Array(systems.length)
  for (const i of readyAt.values()) capable[i] = blocked[i] === 0 ? 1 : 0
  return capable
}
