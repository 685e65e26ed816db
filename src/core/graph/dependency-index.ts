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

/** Built once per list of systems: `report` asks for it twice (the plan, the platform ranking). Read only. */
const built = new WeakMap<Inventory['systems'], DependencyIndex>()

export function buildDependencyIndex(inv: Pick<Inventory, 'systems'>): DependencyIndex {
  let index = built.get(inv.systems)
  if (index === undefined) built.set(inv.systems, (index = build(inv.systems)))
  return index
}

function build(systems: Inventory['systems']): DependencyIndex {
  const n = systems.length
  const ids: string[] = new Array(n)
  const indexOf = new Map<string, number>()
  let declared = 0
  for (let i = 0; i < n; i++) {
    const s = systems[i]
    ids[i] = s.id
    indexOf.set(s.id, i)
    declared += s.dependsOn.length
  }
  const outStart = new Int32Array(n + 1)
  const inCount = new Int32Array(n + 1)
  // Out-targets in declaration order, duplicates and self-edges dropped: `seen[j] === i + 1` marks j as
  // already listed for system i (one stamp array instead of a set per system).
  let outTargets = new Int32Array(declared)
  const seen = new Int32Array(n)
  let m = 0
  for (let i = 0; i < n; i++) {
    outStart[i] = m
    const deps = systems[i].dependsOn
    for (let k = 0; k < deps.length; k++) {
      const j = indexOf.get(deps[k].system)
      if (j === undefined || j === i || seen[j] === i + 1) continue
      seen[j] = i + 1
      outTargets[m++] = j
      inCount[j]++
    }
  }
  outStart[n] = m
  if (m < declared) outTargets = outTargets.slice(0, m)
  const inStart = new Int32Array(n + 1)
  for (let i = 0; i < n; i++) inStart[i + 1] = inStart[i] + inCount[i]
  const fill = inStart.slice(0, n)
  const inTargets = new Int32Array(m)
  for (let i = 0; i < n; i++) for (let e = outStart[i]; e < outStart[i + 1]; e++) inTargets[fill[outTargets[e]]++] = i
  return {ids, indexOf, outStart, outTargets, inStart, inTargets}
}
