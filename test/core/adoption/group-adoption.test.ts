import {describe, expect, it} from 'vitest'
import {groupAdoption} from '../../../src/core/adoption/group-adoption.js'
import {countManagedNodes} from '../../../src/core/adoption/managed-nodes.js'
import {ONE_CLOUD} from '../../helpers/one-cloud.js'
import {makeSimpleInventory as makeInventory} from '../../helpers/build-inventory.js'

const inv = makeInventory({
  nodes: [{id: 'pc', type: 'provincial-cloud'}, {id: 'cc', type: 'city-cloud', managed: true}, {id: 'cu', type: 'city-cloud'}, {id: 'sb', type: 'self-built'}, {id: 'x', type: 'city-cloud', classified: true}],
  systems: [
    {id: 'a1', department: 'A', region: '320100', level: 'city', node: 'cc'},
    {id: 'a2', department: 'A', region: '320100', level: 'city', node: 'cu'},
    {id: 'b1', department: 'B', region: '320000', node: 'sb'},
    {id: 'c1', department: 'C', region: '320000', node: 'pc'},
    {id: 'c2', department: 'C', region: '320000', node: 'sb', classified: true},
    {id: 'd1', department: 'D', region: '320200', node: 'sb', status: 'planned'},
  ],
})
const o = {asOf: '2025-06-30', oneCloud: ONE_CLOUD}

describe('groupAdoption', () => {
  it('groups worst first, ties by key; a group with nothing in scope is left out; totals add up', () => {
    const groups = groupAdoption(inv, 'department', k => `dept ${k}`, o)
    expect(groups.map(g => [g.key, g.label, g.onCloud, g.total, g.rate])).toEqual([
      ['B', 'dept B', 0, 1, 0],
      ['A', 'dept A', 1, 2, 0.5],
      ['C', 'dept C', 1, 1, 1],
    ])
    expect(groups.reduce((n, g) => n + g.total, 0)).toBe(4)
  })

  it('node-type groups by the current hosting node type', () => {
    expect(groupAdoption(inv, 'node-type', k => k, o).map(g => [g.key, g.onCloud, g.total])).toEqual([
      ['self-built', 0, 1],
      ['city-cloud', 1, 2],
      ['provincial-cloud', 1, 1],
    ])
  })

  it('region and level group by the raw value', () => {
    expect(groupAdoption(inv, 'region', k => k, o).map(g => [g.key, g.total])).toEqual([['320000', 2], ['320100', 2]])
    expect(groupAdoption(inv, 'level', k => k, o).map(g => [g.key, g.total])).toEqual([['city', 2], ['province', 2]])
  })
})

describe('countManagedNodes', () => {
  it('counts non-classified city cloud nodes under management', () => {
    expect(countManagedNodes(inv, ONE_CLOUD)).toEqual({managed: 1, total: 2, rate: 0.5})
  })
})
