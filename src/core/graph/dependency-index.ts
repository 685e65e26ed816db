// A compact, integer-indexed view of the system dependency graph for the hot loops (components,
// transitive closure, scheduling): CSR adjacency in typed arrays, built in one pass.
import type {Inventory} from '../inventory/model.js'

export interface DependencyIndex {
  /** System ids in inventory order (sorted), so index order is deterministic. */
  ids: string[]
  indexOf: ReadonlyMap<string, number>
  /** Out-edges (what a system depends on): targets of i are outTargets[outStart[i] .. outStart[i+1]). */
  outStart: Int32Array
  outTargets: Int32Array
  /** In-edges (who depends on a system), same layout. */
  inStart: Int32Array
  inTargets: Int32Array
}

export function buildDependencyIndex(inv: Pick<Inventory, 'systems'>): DependencyIndex {
  const ids = inv.systems.map(s => s.id)
  const indexOf = new Map(ids.map((id, i) => [id, i]))
  const n = ids.length
  const outStart = new Int32Array(n + 1)
  const inCount = new Int32Array(n + 1)
  const edges: number[] = []
  inv.systems.forEach((s, i) => {
    outStart[i] = edges.length / 2
    const seen = new Set<number>()
    for (const d of s.dependsOn) {
      const j = indexOf.get(d.system)
      if (j === undefined || j === i || seen.has(j)) continue
      seen.add(j)
      edges.push(i, j)
      inCount[j]++
    }
  })
  const m = edges.length / 2
  outStart[n] = m
  const outTargets = new Int32Array(m)
  for (let e = 0; e < m; e++) outTargets[e] = edges[2 * e + 1]
  const inStart = new Int32Array(n + 1)
  for (let i = 0; i < n; i++) inStart[i + 1] = inStart[i] + inCount[i]
  const fill = inStart.slice(0, n)
  const inTargets = new Int32Array(m)
  for (let e = 0; e < m; e++) inTargets[fill[edges[2 * e + 1]]++] = edges[2 * e]
  return {ids, indexOf, outStart, outTargets, inStart, inTargets}
}
