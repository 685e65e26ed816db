// IPv6-only capable: ready, and everything it depends on transitively ready too — the measure behind
// the US federal IPv6-only 20/50/80% targets. Not-capable spreads from each system that is not ready
// to its dependents, breadth first over the compact index; cycles need no special care.
import type {DependencyIndex} from '../graph/dependency-index.js'

/** `ready[i]` is 1 for a ready system of the index; the result is 1 for each IPv6-only capable one. */
export function findIpv6OnlyCapable(index: DependencyIndex, ready: Uint8Array): Uint8Array {
  const n = index.ids.length
  const blocked = new Uint8Array(n)
  const queue = new Int32Array(n)
  let tail = 0
  for (let i = 0; i < n; i++) {
    if (ready[i] !== 1) {
      blocked[i] = 1
      queue[tail++] = i
    }
  }
  for (let head = 0; head < tail; head++) {
    const v = queue[head]
    for (let e = index.inStart[v]; e < index.inStart[v + 1]; e++) {
      const u = index.inTargets[e]
      if (blocked[u] === 0) {
        blocked[u] = 1
        queue[tail++] = u
      }
    }
  }
  const capable = new Uint8Array(n)
  for (let i = 0; i < n; i++) capable[i] = blocked[i] === 0 ? 1 : 0
  return capable
}
