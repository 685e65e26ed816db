// diff beyond systems: nodes and networks added, removed and changed; classified nodes counted, not named.
import {describe, expect, it} from 'vitest'
import {diffInventories} from '../../../src/core/diff/diff-inventories.js'
import {makeInventory} from '../../helpers/build-inventory.js'
import {ONE_CLOUD} from '../../helpers/one-cloud.js'

const before = makeInventory({
  nodes: [
    {id: 'n-prov', type: 'provincial-cloud', managed: true},
    {id: 'city-a', type: 'city-cloud', managed: false, capacity: {vcpu: 100}},
    {id: 'room-old', type: 'self-built'},
    {id: 'secret-1', type: 'self-built', classified: true},
  ],
  networks: [
    {id: 'net-a', consolidation: {status: 'none'}},
    {id: 'net-gone'},
    {id: 'net-secret', type: 'classified'},
  ],
})
const after = makeInventory({
  nodes: [
    {id: 'n-prov', type: 'provincial-cloud', managed: true},
    {id: 'city-a', type: 'city-cloud', managed: true, capacity: {vcpu: 200}},
    {id: 'city-new', type: 'city-cloud'},
    {id: 'secret-1', type: 'self-built', classified: true, managed: true},
  ],
  networks: [
    {id: 'net-a', consolidation: {status: 'done'}},
    {id: 'net-new'},
  ],
})

describe('diffInventories: nodes and networks', () => {
  const d = diffInventories(before, after, {asOf: '2026-01-01', oneCloud: ONE_CLOUD})

  it('lists nodes added, removed and changed, sorted by id, classified ones only counted', () => {
    expect(d.nodes).toEqual({added: ['city-new'], removed: ['room-old'], changed: [{id: 'city-a', fields: ['capacity', 'managed']}], classified: 1})
  })

  it('lists networks added, removed and changed, networks of type classified only counted', () => {
    expect(d.networks).toEqual({added: ['net-new'], removed: ['net-gone'], changed: [{id: 'net-a', fields: ['consolidation']}], classified: 1})
  })

  it('names classified nodes with includeClassified', () => {
    const all = diffInventories(before, after, {asOf: '2026-01-01', oneCloud: ONE_CLOUD, includeClassified: true})
    expect(all.nodes.changed.map(c => c.id)).toEqual(['city-a', 'secret-1'])
    expect(all.nodes.classified).toBe(0)
    expect(all.networks).toMatchObject({removed: ['net-gone', 'net-secret'], classified: 0})
  })

  it('keeps the system lists as they were', () => {
    expect([d.added, d.removed, d.moved, d.changed]).toEqual([[], [], [], []])
  })
})
