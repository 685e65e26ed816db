// Builds an Inventory in memory, as the loader would (defaults applied, records sorted by id, maps by id).
import type {Inventory, NetworkRecord, NodeRecord, SystemRecord} from '../../src/core/inventory/model.js'
import {normalizeNetwork, normalizeNode, normalizeSystem} from '../../src/core/inventory/model.js'
import type * as S from '../../src/core/inventory/schema-types.js'

const byId = <T extends {id: string}>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

export type SystemInput = Partial<S.System> & {id: string; hosting: {node: string}}
export type NodeInput = Partial<S.Node> & {id: string; type: S.Node['type']}
export type NetworkInput = Partial<S.Network> & {id: string; type: S.Network['type']}

export function buildTestInventory(systems: SystemInput[], nodes: NodeInput[], networks: NetworkInput[] = []): Inventory {
  const sys: SystemRecord[] = systems
    .map(s => normalizeSystem({name: s.id, department: 'd', level: 'province', region: '320000', ...s} as S.System))
    .sort(byId)
  const nds: NodeRecord[] = nodes.map(n => normalizeNode({name: n.id, region: '320000', ...n} as S.Node)).sort(byId)
  const nets: NetworkRecord[] = networks.map(n => normalizeNetwork({name: n.id, ...n} as S.Network)).sort(byId)
  return {
    systems: sys,
    nodes: nds,
    networks: nets,
    system: new Map(sys.map(s => [s.id, s])),
    node: new Map(nds.map(n => [n.id, n])),
    network: new Map(nets.map(n => [n.id, n])),
    origin: new Map(),
    files: [],
  }
}
