// The part of the dependency graph an export shows: all systems, or a focus system's neighbourhood;
// each system with its state and cluster; cycles (future move groups); classified systems counted, not named.
import {bfsFromNode} from 'graphology-traversal'
import type {DependencyKind, Inventory} from '../inventory/model.js'
import type {OneCloudDefinition} from '../inventory/scope.js'
import {buildDependencyIndex} from './dependency-index.js'
import {findCycles} from './find-cycles.js'
import {type InventoryGraph, vertexKey} from './inventory-graph.js'
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
}

/** Systems within `depth` dependency steps of the focus, following dependencies out and dependents in (not mixing the two). */
function neighbourhood(graph: InventoryGraph, id: string, depth: number): Set<string> {
  const found = new Set<string>()
  for (const mode of ['outbound', 'inbound'] as const) {
    bfsFromNode(graph, vertexKey('system', id), (key, attr, d) => {
      if (attr.kind !== 'system') return true
      found.add(attr.id)
      return d >= depth
    }, {mode})
  }
  return found
}

export function selectGraphView(inv: Inventory, graph: InventoryGraph, o: ViewOptions): GraphView {
  const inView = o.focus ? neighbourhood(graph, o.focus.id, o.focus.depth) : undefined
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
  graph.forEachEdge((_e, attr, _source, _target, sAttr, tAttr) => {
    if (attr.type !== 'dependsOn' || !shown(sAttr.id) || !shown(tAttr.id)) return
    if (!named(sAttr.id) || !named(tAttr.id)) {
      hiddenEdges++
      return
    }
    edges.push({source: sAttr.id, target: tAttr.id, kind: attr.kind ?? null})
  })
  edges.sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : a.target < b.target ? -1 : a.target > b.target ? 1 : 0))

  const sizes = new Map<string, number>()
  for (const n of nodes) sizes.set(n.cluster, (sizes.get(n.cluster) ?? 0) + 1)
  const clusters = [...sizes].sort(([a], [b]) => (a < b ? -1 : 1)).map(([key, size]) => ({
    key, size, label: o.clusterBy === 'node' ? inv.node.get(key)?.name ?? key : key,
  }))

  // Cycles of the whole graph that touch the view, so a focus never shows half a move group as a whole one.
  const index = buildDependencyIndex(inv)
  const cycles: ViewCycle[] = []
  for (const members of findCycles(index)) {
    const ids = members.map(v => index.ids[v])
    if (!ids.some(id => shown(id) && named(id))) continue
    const visible = ids.filter(named)
    cycles.push({systems: visible, classified: ids.length - visible.length})
  }

  return {focus: o.focus ?? null, clusterBy: o.clusterBy, nodes, edges, clusters, cycles, classified: {systems: hiddenSystems, edges: hiddenEdges}}
}
