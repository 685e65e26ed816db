// Small in-memory inventories for pure tests: defaults applied as the loader would, records sorted by id.
import type {Inventory} from '../../src/core/inventory/model.js'
import {normalizeNetwork, normalizeNode, normalizeSystem} from '../../src/core/inventory/model.js'
import type * as S from '../../src/core/inventory/schema-types.js'

export type SystemInput = Partial<S.System> & {id: string}
export type NodeInput = Partial<S.Node> & {id: string}
export type NetworkInput = Partial<S.Network> & {id: string}

const byId = <T extends {id: string}>(xs: T[]) => [...xs].sort((a, b) => (a.id < b.id ? -1 : 1))

export function makeInventory(parts: {systems?: SystemInput[]; nodes?: NodeInput[]; networks?: NetworkInput[]}): Inventory {
  const systems = byId((parts.systems ?? []).map(s => normalizeSystem({
    name: s.id, department: '省甲厅', level: 'province', region: '320000', hosting: {node: 'n-prov'}, ...s,
  } as S.System)))
  const nodes = byId((parts.nodes ?? [{id: 'n-prov', type: 'provincial-cloud', dualStack: true}]).map(n => normalizeNode({name: n.id, type: 'provincial-cloud', ...n} as S.Node)))
  const networks = byId((parts.networks ?? []).map(n => normalizeNetwork({name: n.id, type: 'private', ...n} as S.Network)))
  return {
    systems, nodes, networks,
    system: new Map(systems.map(s => [s.id, s])),
    node: new Map(nodes.map(n => [n.id, n])),
    network: new Map(networks.map(n => [n.id, n])),
    origin: new Map(),
    files: [],
  }
}
