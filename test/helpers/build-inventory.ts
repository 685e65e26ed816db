// Small in-memory inventories for pure tests: defaults applied as the loader would, records sorted by id.
import type {Inventory} from '../../src/core/inventory/model.js'
import {normalizeNetwork, normalizeNode, normalizeSystem} from '../../src/core/inventory/model.js'
import type * as S from '../../src/core/inventory/schema-types.js'

export type SystemInput = Partial<S.System> & {id: string}
export type NodeInput = Partial<S.Node> & {id: string}
export type NetworkInput = Partial<S.Network> & {id: string}

interface Defaults {
  department: string
  /** Region given to nodes that name none (the planner places by region). */
  nodeRegion?: string
}

const byId = <T extends {id: string}>(xs: T[]) => [...xs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))

export function makeInventory(
  parts: {systems?: SystemInput[]; nodes?: NodeInput[]; networks?: NetworkInput[]},
  defaults: Defaults = {department: '省甲厅'},
): Inventory {
  const systems = byId((parts.systems ?? []).map(s => normalizeSystem({
    name: s.id, department: defaults.department, level: 'province', region: '320000', hosting: {node: 'n-prov'}, ...s,
  } as S.System)))
  const nodes = byId((parts.nodes ?? [{id: 'n-prov', type: 'provincial-cloud', dualStack: true}])
    .map(n => normalizeNode({name: n.id, type: 'provincial-cloud', ...(defaults.nodeRegion ? {region: defaults.nodeRegion} : {}), ...n} as S.Node)))
  const networks = byId((parts.networks ?? []).map(n => normalizeNetwork({name: n.id, type: 'private', ...n} as S.Network)))
  return {
    systems, nodes, networks,
    system: new Map(systems.map(s => [s.id, s])),
    node: new Map(nodes.map(n => [n.id, n])),
    network: new Map(networks.map(n => [n.id, n])),
    origin: new Map(),
    files: [],
    measurements: [],
  }
}

/** The planner tests' positional form: nodes in province 320000 unless they say otherwise. */
export function buildTestInventory(systems: SystemInput[], nodes: NodeInput[], networks: NetworkInput[] = []): Inventory {
  return makeInventory({systems, nodes, networks}, {department: 'd', nodeRegion: '320000'})
}

/**
 * The adoption and graph tests' form: a system names its node with `node` (default `pc`); nodes
 * default to a provincial cloud `pc` and a self-built room `sb`; networks default to the extranet.
 */
export function makeSimpleInventory(spec: {
  systems: Array<SystemInput & {node?: string}>
  nodes?: NodeInput[]
  networks?: NetworkInput[]
}): Inventory {
  return makeInventory({
    systems: spec.systems.map(({node, ...s}) => ({hosting: {node: node ?? 'pc'}, ...s})),
    nodes: (spec.nodes ?? [{id: 'pc', type: 'provincial-cloud'}, {id: 'sb', type: 'self-built'}]).map(n => ({type: 'self-built', ...n})),
    networks: (spec.networks ?? []).map(n => ({type: 'extranet', ...n})),
  }, {department: '部门', nodeRegion: '320000'})
}
