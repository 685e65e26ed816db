// Move groups: dependency cycles among candidates merged with explicit `migration.group`s.
// Merging explicit groups can close a cycle between groups (A in g depends on B, B on C, C in g); such a
// cycle could only ever share one wave, so it is merged too, which leaves the groups' graph acyclic.
import type {Inventory} from '../inventory/model.js'
import type {DependencyIndex} from '../graph/dependency-index.js'
import {stronglyConnectedComponents} from '../graph/strongly-connected-components.js'
import type {MoveGroup} from './model.js'

function makeUnionFind(n: number): {find: (x: number) => number; union: (a: number, b: number) => void} {
  const parent = new Int32Array(n)
  for (let i = 0; i < n; i++) parent[i] = i
  const find = (x: number): number => {
    let r = x
    while (parent[r] !== r) r = parent[r]
    while (parent[x] !== r) {
      const next = parent[x]
      parent[x] = r
      x = next
    }
    return r
  }
  // The smaller index becomes the root, so roots do not depend on the order of unions.
  const union = (a: number, b: number) => {
    const ra = find(a)
    const rb = find(b)
    if (ra < rb) parent[rb] = ra
    else if (rb < ra) parent[ra] = rb
  }
  return {find, union}
}

/** Groups listed by their smallest member (so by that member's id); `dependsOn` between groups forms a DAG. */
export function findMoveGroups(inv: Inventory, index: DependencyIndex, candidate: Uint8Array): MoveGroup[] {
  const n = inv.systems.length
  const uf = makeUnionFind(n)
  const scc = stronglyConnectedComponents({size: n, start: index.outStart, targets: index.outTargets}, v => candidate[v] === 1)
  for (const members of scc.components) for (let k = 1; k < members.length; k++) uf.union(members[0], members[k])
  const firstOfGroup = new Map<string, number>()
  for (let i = 0; i < n; i++) {
    const g = inv.systems[i].migration.group
    if (candidate[i] !== 1 || g === undefined) continue
    const first = firstOfGroup.get(g)
    if (first === undefined) firstOfGroup.set(g, i)
    else uf.union(first, i)
  }
  // Cycles between the merged groups: condense, find components again, merge.
  const rootList: number[] = []
  const slot = new Int32Array(n).fill(-1)
  for (let i = 0; i < n; i++) {
    if (candidate[i] !== 1) continue
    const r = uf.find(i)
    if (slot[r] === -1) {
      slot[r] = rootList.length
      rootList.push(r)
    }
  }
  const condensed = condense(n, index, candidate, i => slot[uf.find(i)], rootList.length)
  const second = stronglyConnectedComponents(condensed)
  const merged = new Set<number>()
  for (const comps of second.components) {
    if (comps.length < 2) continue
    for (let k = 1; k < comps.length; k++) uf.union(rootList[comps[0]], rootList[comps[k]])
    for (const c of comps) merged.add(uf.find(rootList[c]))
  }
  const groupOf = new Int32Array(n).fill(-1)
  const groups: MoveGroup[] = []
  for (let i = 0; i < n; i++) {
    if (candidate[i] !== 1) continue
    const r = uf.find(i)
    if (groupOf[r] === -1) {
      groupOf[r] = groups.length
      groups.push(emptyGroup(groups.length, merged.has(r)))
    }
    groupOf[i] = groupOf[r]
    groups[groupOf[i]].members.push(i)
  }
  for (const g of groups) describeGroup(inv, g)
  const edges = condense(n, index, candidate, i => groupOf[i], groups.length)
  for (const g of groups) g.dependsOn = Array.from(edges.targets.subarray(edges.start[g.index], edges.start[g.index + 1]))
  return groups
}

function emptyGroup(index: number, mergedCycle: boolean): MoveGroup {
  return {
    index, id: '', members: [], systems: 0, demand: {vcpu: 0, memoryGiB: 0, storageTiB: 0}, mlps: 0, xinchuangReady: true,
    region: '', retireOnly: true, dependsOn: [], mergedCycle,
  }
}

/** The graph between groups (deduplicated, targets ascending), in the CSR layout the SCC routine reads. */
function condense(n: number, index: DependencyIndex, candidate: Uint8Array, groupOf: (i: number) => number, size: number) {
  // Edges between different groups, counted per source group, then placed by counting sort.
  const count = new Int32Array(size + 1)
  let m = 0
  for (let i = 0; i < n; i++) {
    if (candidate[i] !== 1) continue
    const gi = groupOf(i)
    for (let e = index.outStart[i]; e < index.outStart[i + 1]; e++) {
      const j = index.outTargets[e]
      if (candidate[j] === 1 && groupOf(j) !== gi) {
        count[gi]++
        m++
      }
    }
  }
  const start = new Int32Array(size + 1)
  for (let g = 0; g < size; g++) start[g + 1] = start[g] + count[g]
  const fill = start.slice(0, size)
  const raw = new Int32Array(m)
  for (let i = 0; i < n; i++) {
    if (candidate[i] !== 1) continue
    const gi = groupOf(i)
    for (let e = index.outStart[i]; e < index.outStart[i + 1]; e++) {
      const j = index.outTargets[e]
      if (candidate[j] !== 1) continue
      const gj = groupOf(j)
      if (gj !== gi) raw[fill[gi]++] = gj
    }
  }
  // Each group's targets sorted (typed arrays sort numerically) and deduplicated, compacted in place.
  let out = 0
  for (let g = 0; g < size; g++) {
    const from = start[g]
    const to = start[g + 1]
    start[g] = out
    if (to - from > 1) raw.subarray(from, to).sort()
    for (let k = from; k < to; k++) if (k === from || raw[k] !== raw[k - 1]) raw[out++] = raw[k]
  }
  start[size] = out
  return {size, start, targets: raw.slice(0, out)}
}

function describeGroup(inv: Inventory, g: MoveGroup): void {
  const first = inv.systems[g.members[0]]
  // The smallest explicit group name, and whether every member is in the first member's region.
  let name: string | undefined
  let oneRegion = true
  for (const i of g.members) {
    const s = inv.systems[i]
    const m = s.migration
    g.systems++
    if (m.group !== undefined && (name === undefined || m.group < name)) name = m.group
    if (s.region !== first.region) oneRegion = false
    if (m.wave !== undefined) g.pin = Math.max(g.pin ?? 0, m.wave)
    if (m.notBefore !== undefined && (g.notBefore === undefined || m.notBefore > g.notBefore)) g.notBefore = m.notBefore
    if (m.deadline !== undefined && (g.deadline === undefined || m.deadline < g.deadline)) g.deadline = m.deadline
    if (m.targetNode !== undefined && g.targetNode === undefined) g.targetNode = m.targetNode
    if (m.strategy === 'retire') continue
    g.retireOnly = false
    g.demand.vcpu += s.resources?.vcpu ?? 0
    g.demand.memoryGiB += s.resources?.memoryGiB ?? 0
    g.demand.storageTiB += s.resources?.storageTiB ?? 0
    g.mlps = Math.max(g.mlps, s.mlps ?? 0)
    if (s.xinchuang !== 'ready') g.xinchuangReady = false
  }
  g.id = name ?? first.id
  // A group spanning regions has no one region to look in first, so it goes to the provincial level.
  g.region = oneRegion ? first.region : `${first.region.slice(0, 2)}0000`
}
