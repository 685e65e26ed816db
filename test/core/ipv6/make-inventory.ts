// A small in-memory inventory for core tests: defaults applied and records sorted as the loader does.
import {type Inventory, normalizeNetwork, normalizeNode, normalizeSystem} from '../../../src/core/inventory/model.js'
import type * as S from '../../../src/core/inventory/schema-types.js'

type SystemInput = Partial<S.System> & {id: string}

export function sys(id: string, over: Partial<S.System> = {}): SystemInput {
  return {id, ...over}
}

export function makeInventory(input: {systems: SystemInput[]; nodes?: Array<Partial<S.Node> & {id: string}>; networks?: Array<Partial<S.Network> & {id: string}>}): Inventory {
  const byId = <T extends {id: string}>(a: T, b: T): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  const systems = input.systems
    .map(s => normalizeSystem({name: s.id, department: 'd1', level: 'province', region: '320000', hosting: {node: 'n-ds'}, ...s}))
    .sort(byId)
  const nodes = [{id: 'n-ds', dualStack: true}, ...(input.nodes ?? [])]
    .map(n => normalizeNode({name: n.id, type: 'provincial-cloud', ...n}))
    .sort(byId)
  const networks = (input.networks ?? []).map(n => normalizeNetwork({name: n.id, type: 'private', ...n})).sort(byId)
  return {
    systems,
    nodes,
    networks,
    system: new Map(systems.map(s => [s.id, s])),
    node: new Map(nodes.map(n => [n.id, n])),
    network: new Map(networks.map(n => [n.id, n])),
    origin: new Map(),
    measurements: [],
    files: [],
  }
}
