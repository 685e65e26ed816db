import {bfsFromNode} from 'graphology-traversal'
import {describe, expect, it} from 'vitest'
import {buildDependencyIndex} from '../../../src/core/graph/dependency-index.js'
import {buildInventoryGraph, inventoryGraph, vertexKey} from '../../../src/core/graph/inventory-graph.js'
import {reachable} from '../../../src/core/graph/reachable.js'
import {makeSimpleInventory as makeInventory} from '../../helpers/build-inventory.js'

const inv = makeInventory({
  networks: [{id: 'ext'}, {id: 'priv', type: 'private'}],
  systems: [
    {id: 'a', networks: ['ext', 'priv'], dependsOn: [{system: 'b', kind: 'api'}, 'c', 'c']},
    {id: 'b', dependsOn: ['c']},
    {id: 'c', node: 'sb', dependsOn: ['d']},
    {id: 'd', dependsOn: ['c']},
    {id: 'pc', node: 'sb'},
  ],
})

describe('buildInventoryGraph', () => {
  it('has systems, nodes and networks as typed vertices (a node and a system may share an id)', () => {
    const g = buildInventoryGraph(inv)
    expect(g.order).toBe(5 + 2 + 2)
    expect(g.getNodeAttributes(vertexKey('system', 'pc'))).toEqual({kind: 'system', id: 'pc'})
    expect(g.getNodeAttributes(vertexKey('node', 'pc'))).toEqual({kind: 'node', id: 'pc'})
  })

  it('has dependsOn (with kind, duplicates once), hostedOn and attachedTo edges', () => {
    const g = buildInventoryGraph(inv)
    const count = (type: string) => g.filterEdges((_e, attr) => attr.type === type).length
    expect([count('dependsOn'), count('hostedOn'), count('attachedTo')]).toEqual([5, 5, 2])
    const ab = g.edges(vertexKey('system', 'a'), vertexKey('system', 'b'))
    expect(g.getEdgeAttributes(ab[0])).toEqual({type: 'dependsOn', kind: 'api'})
  })

  it('is built once per inventory', () => {
    expect(inventoryGraph(inv)).toBe(inventoryGraph(inv))
  })
})

describe('reachable', () => {
  it('gives the fewest steps to every dependency and dependent, through cycles, and stops at a depth', () => {
    const index = buildDependencyIndex(inv)
    const named = (m: Map<number, number>) => Object.fromEntries([...m].map(([v, d]) => [index.ids[v], d]))
    expect(named(reachable(index, index.indexOf.get('a')!, 'dependencies'))).toEqual({b: 1, c: 1, d: 2})
    expect(named(reachable(index, index.indexOf.get('c')!, 'dependents'))).toEqual({a: 1, b: 1, d: 1})
    expect(named(reachable(index, index.indexOf.get('d')!, 'dependents', 1))).toEqual({c: 1})
  })

  it('agrees with graphology-traversal on the typed graph', () => {
    const index = buildDependencyIndex(inv)
    const g = buildInventoryGraph(inv)
    const viaGraphology = new Map<string, number>()
    bfsFromNode(g, vertexKey('system', 'd'), (_k, attr, depth) => {
      if (attr.kind !== 'system') return true
      if (attr.id !== 'd') viaGraphology.set(attr.id, depth)
    }, {mode: 'inbound'})
    const ours = reachable(index, index.indexOf.get('d')!, 'dependents')
    expect(Object.fromEntries([...ours].map(([v, d]) => [index.ids[v], d]))).toEqual(Object.fromEntries(viaGraphology))
  })
})
