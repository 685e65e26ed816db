// The part of the dependency graph an export shows: all systems, or a focus system's neighbourhood;
// each system with its state and cluster; cycles (future move groups); classified systems counted, not named.
// Works on the compact DependencyIndex: a graphology graph of a national inventory (1M systems) takes
// tens of seconds to build, most of it inserting edges on hub vertices with tens of thousands of dependents.
import type {DependencyKind, Inventory} from '../inventory/model.js'
import type {OneCloudDefinition} from '../inventory/scope.js'
import type {DependencyIndex} from './dependency-index.js'
import {findCycles} from './find-cycles.js'
import {reachable} from './reachable.js'
import {type SystemState, systemState} from './system-state.js'

export type ClusterBy = 'department' | 'node'

export interface ViewSystem {
  id: string
  name: string
  department: string
  region: string
  level: string
  status: string
  hostingNode: string
  nodeType: string
  state: SystemState
  cluster: string
}

export interface ViewEdge {
  source: string
  target: string
  kind: DependencyKind | null
}

export interface ViewCycle {
  /** Named members, sorted. */
  systems: string[]
  /** Classified members left unnamed. */
  classified: number
}

export interface GraphView {
  focus: {id: string; depth: number} | null
  clusterBy: ClusterBy
  nodes: ViewSystem[]
  edges: ViewEdge[]
  clusters: Array<{key: string; label: string; size: number}>
  cycles: ViewCycle[]
  /** Classified systems and their dependency edges within the view that were left out. */
  classified: {systems: number; edges: number}
}

export interface ViewOptions {
  asOf: string
  oneCloud: OneCloudDefinition
  includeClassified: boolean
  clusterBy: ClusterBy
  focus?: {id: string; depth: number}
  /**
   * A `--region` slice's systems: the view holds them and the systems across the slice's boundary that
   * they depend on or that depend on them (one step), so that every dependency of the slice shows.
   */
  slice?: ReadonlySet<string>
}

/** Marks the systems within `depth` dependency steps of the focus, following dependencies out and dependents in (not mixing the two). */
function neighbourhood(index: DependencyIndex, id: string, depth: number): Uint8Array {
  const start = index.indexOf.get(id)!
  const found = new Uint8Array(index.ids.length)
  found[start] = 1
  for (const direction of ['dependencies', 'dependents'] as const) {
    for (const v of reachable(index, start, direction, depth).keys()) found[v] = 1
  }
  return found
}

/** Marks the slice's systems and those one step from them, either way. */
function sliceWithBoundary(index: DependencyIndex, slice: ReadonlySet<string>): Uint8Array {
  const found = new Uint8Array(index.ids.length)
  for (const id of slice) {
    const start = index.indexOf.get(id)
    if (start === undefined) continue
    found[start] = 1
    for (const direction of ['dependencies', 'dependents'] as const) {
      for (const v of reachable(index, start, direction, 1).keys()) found[v] = 1
    }
  }
  return found
}

/** The kind of the first declaration of each dependency (a map only for long lists, so 100,000 dependencies cost 100,000 steps, not their square). */
function kindsOf(dependsOn: ReadonlyArray<{system: string; kind?: DependencyKind}>): (target: string) => DependencyKind | null {
  if (dependsOn.length <= 16) return target => dependsOn.find(d => d.system === target)?.kind ?? null
  const kind = new Map<string, DependencyKind | null>()
  for (const d of dependsOn) if (!kind.has(d.system)) kind.set(d.system, d.kind ?? null)
  return target => kind.get(target) ?? null
}

// Positions in the index are positions in `inv.systems` (both in id order), so every per-system test below
// reads an array, not a map keyed by id.
export function selectGraphView(inv: Inventory, index: DependencyIndex, o: ViewOptions): GraphView {
  const n = index.ids.length
  const focused = o.focus ? neighbourhood(index, o.focus.id, o.focus.depth) : undefined
  const sliced = o.slice ? sliceWithBoundary(index, o.slice) : undefined
  const inView = focused && sliced ? focused.map((x, i) => x & sliced[i]) : focused ?? sliced
  const shown = (v: number) => inView === undefined || inView[v] === 1
  const named = new Uint8Array(n)
  for (let i = 0; i < n; i++) named[i] = o.includeClassified || !inv.systems[i].classified ? 1 : 0

  const nodes: ViewSystem[] = []
  let hiddenSystems = 0
  for (let i = 0; i < n; i++) {
    if (!shown(i)) continue
    if (named[i] === 0) {
      hiddenSystems++
      continue
    }
    const s = inv.systems[i]
    const node = inv.node.get(s.hosting.node)
    nodes.push({
      id: s.id, name: s.name, department: s.department, region: s.region, level: s.level, status: s.status,
      hostingNode: s.hosting.node, nodeType: node?.type ?? '', state: systemState(inv, s, o),
      cluster: o.clusterBy === 'node' ? s.hosting.node : s.department,
    })
  }

  const edges: ViewEdge[] = []
  let hiddenEdges = 0
  // Sources come in id order, and so do targets sorted by position; the index keeps a dependency's first
  // declaration, and so its kind.
  const targets: number[] = []
  for (let i = 0; i < n; i++) {
    if (!shown(i) || index.outStart[i] === index.outStart[i + 1]) continue
    targets.length = 0
    for (let e = index.outStart[i]; e < index.outStart[i + 1]; e++) if (shown(index.outTargets[e])) targets.push(index.outTargets[e])
    if (targets.length === 0) continue
    if (targets.length > 1) targets.sort((a, b) => a - b)
    const source = index.ids[i]
    const sourceNamed = named[i] === 1
    const kindOf = kindsOf(inv.systems[i].dependsOn)
    for (const t of targets) {
      if (!sourceNamed || named[t] === 0) {
        hiddenEdges++
        continue
      }
      const target = index.ids[t]
      edges.push({source, target, kind: kindOf(target)})
    }
  }

  const sizes = new Map<string, number>()
  for (const n of nodes) sizes.set(n.cluster, (sizes.get(n.cluster) ?? 0) + 1)
  const clusters = [...sizes].sort(([a], [b]) => (a < b ? -1 : 1)).map(([key, size]) => ({
    key, size, label: o.clusterBy === 'node' ? inv.node.get(key)?.name ?? key : key,
  }))

  // Cycles of the whole graph that touch the view, so a focus never shows half a move group as a whole one.
  const cycles: ViewCycle[] = []
  for (const members of findCycles(index)) {
    if (!members.some(v => shown(v) && named[v] === 1)) continue
    const visible = members.filter(v => named[v] === 1).map(v => index.ids[v])
    cycles.push({systems: visible, classified: members.length - visible.length})
  }

  return {focus: o.focus ?? null, clusterBy: o.clusterBy, nodes, edges, clusters, cycles, classified: {systems: hiddenSystems, edges: hiddenEdges}}
}
