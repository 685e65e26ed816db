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

/** Systems within `depth` dependency steps of the focus, following dependencies out and dependents in (not mixing the two). */
function neighbourhood(index: DependencyIndex, id: string, depth: number): Set<string> {
  const start = index.indexOf.get(id)!
  const found = new Set<string>([id])
  for (const direction of ['dependencies', 'dependents'] as const) {
    for (const v of reachable(index, start, direction, depth).keys()) found.add(index.ids[v])
  }
  return found
}

function sliceWithBoundary(index: DependencyIndex, slice: ReadonlySet<string>): Set<string> {
  const found = new Set(slice)
  for (const id of slice) {
    const start = index.indexOf.get(id)
    if (start === undefined) continue
    for (const direction of ['dependencies', 'dependents'] as const) {
      for (const v of reachable(index, start, direction, 1).keys()) found.add(index.ids[v])
    }
  }
  return found
}

export function selectGraphView(inv: Inventory, index: DependencyIndex, o: ViewOptions): GraphView {
  const focused = o.focus ? neighbourhood(index, o.focus.id, o.focus.depth) : undefined
  const sliced = o.slice ? sliceWithBoundary(index, o.slice) : undefined
  const inView = focused && sliced ? new Set([...focused].filter(id => sliced.has(id))) : focused ?? sliced
  const shown = (id: string) => inView === undefined || inView.has(id)
  const named = (id: string) => o.includeClassified || !inv.system.get(id)!.classified

  const nodes: ViewSystem[] = []
  let hiddenSystems = 0
  for (const s of inv.systems) {
    if (!shown(s.id)) continue
    if (!named(s.id)) {
      hiddenSystems++
      continue
    }
    const node = inv.node.get(s.hosting.node)
    nodes.push({
      id: s.id, name: s.name, department: s.department, region: s.region, level: s.level, status: s.status,
      hostingNode: s.hosting.node, nodeType: node?.type ?? '', state: systemState(inv, s, o),
      cluster: o.clusterBy === 'node' ? s.hosting.node : s.department,
    })
  }

  const edges: ViewEdge[] = []
  let hiddenEdges = 0
  // Sources come in id order (the index follows the sorted systems); targets are sorted per source.
  const targets: number[] = []
  for (let i = 0; i < index.ids.length; i++) {
    const source = index.ids[i]
    if (!shown(source) || index.outStart[i] === index.outStart[i + 1]) continue
    targets.length = 0
    for (let e = index.outStart[i]; e < index.outStart[i + 1]; e++) if (shown(index.ids[index.outTargets[e]])) targets.push(index.outTargets[e])
    if (targets.length === 0) continue
    targets.sort((a, b) => (index.ids[a] < index.ids[b] ? -1 : index.ids[a] > index.ids[b] ? 1 : 0))
    const sourceNamed = named(source)
    // The first declaration of a dependency gives its kind, as the index keeps the first; a map, not a
    // search per edge, so a system with 100,000 dependencies costs 100,000 steps, not their square.
    const kindOf = new Map<string, DependencyKind | null>()
    for (const d of inv.system.get(source)!.dependsOn) if (!kindOf.has(d.system)) kindOf.set(d.system, d.kind ?? null)
    for (const t of targets) {
      const target = index.ids[t]
      if (!sourceNamed || !named(target)) {
        hiddenEdges++
        continue
      }
      edges.push({source, target, kind: kindOf.get(target) ?? null})
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
    const ids = members.map(v => index.ids[v])
    if (!ids.some(id => shown(id) && named(id))) continue
    const visible = ids.filter(named)
    cycles.push({systems: visible, classified: ids.length - visible.length})
  }

  return {focus: o.focus ?? null, clusterBy: o.clusterBy, nodes, edges, clusters, cycles, classified: {systems: hiddenSystems, edges: hiddenEdges}}
}
