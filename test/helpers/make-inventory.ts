// Builds an Inventory in memory from partial records, with the defaults the loader applies, for pure tests.
import type {Inventory} from '../../src/core/inventory/model.js'
import {normalizeNetwork, normalizeNode, normalizeSystem} from '../../src/core/inventory/model.js'
import type * as S from '../../src/core/inventory/schema-types.js'

export type SystemSpec = Partial<S.System> & {id: string; node?: string}
export type NodeSpec = Partial<S.Node> & {id: string}

export function makeInventory(spec: {systems: SystemSpec[]; nodes?: NodeSpec[]; networks?: Array<Partial<S.Network> & {id: string}>}): Inventory {
  const systems = spec.systems
    .map(({node, ...s}) => normalizeSystem({name: s.id, department: '部门', level: 'province', region: '320000', hosting: {node: node ?? 'pc'}, ...s} as S.System))
    .sort((a, b) => (a.id < b.id ? -1 : 1))
  const nodes = (spec.nodes ?? [{id: 'pc', type: 'provincial-cloud'}, {id: 'sb', type: 'self-built'}])
    .map(n => normalizeNode({name: n.id, type: 'self-built', region: '320000', ...n} as S.Node))
    .sort((a, b) => (a.id < b.id ? -1 : 1))
  const networks = (spec.networks ?? []).map(n => normalizeNetwork({name: n.id, type: 'extranet', ...n} as S.Network))
  return {
    systems, nodes, networks,
    system: new Map(systems.map(s => [s.id, s])),
    node: new Map(nodes.map(n => [n.id, n])),
    network: new Map(networks.map(n => [n.id, n])),
    origin: new Map(),
    files: [],
  }
}
