// Every clause of the adoption definition, each on the smallest inventory that shows it.
import {describe, expect, it} from 'vitest'
import {computeAdoption} from '../../../src/core/adoption/compute-adoption.js'
import {ONE_CLOUD} from '../../helpers/one-cloud.js'
import {type SystemInput, makeSimpleInventory as makeInventory} from '../../helpers/build-inventory.js'

type SystemSpec = SystemInput & {node?: string}

const NODES = [
  {id: 'pc', type: 'provincial-cloud' as const},
  {id: 'cc-managed', type: 'city-cloud' as const, managed: true},
  {id: 'cc-unmanaged', type: 'city-cloud' as const},
  {id: 'dc', type: 'department-cloud' as const, managed: true},
  {id: 'sb', type: 'self-built' as const},
]

function adoption(systems: SystemSpec[], asOf = '2025-06-30') {
  const inv = makeInventory({systems, nodes: NODES})
  return computeAdoption(inv, inv.systems, {asOf, oneCloud: ONE_CLOUD})
}

const exemption = (until: string) => ({migration: {exemption: {reason: 'r', approvedBy: 'a', until}}})

describe('computeAdoption', () => {
  it('rate is on-cloud over in-scope systems', () => {
    const r = adoption([{id: 'a', node: 'pc'}, {id: 'b', node: 'pc'}, {id: 'c', node: 'sb'}, {id: 'd', node: 'sb'}])
    expect(r).toMatchObject({onCloud: 2, total: 4, rate: 0.5, exempt: 0, adjustedRate: 0.5, empty: false})
  })

  it('classified systems are excluded, even on the cloud', () => {
    const r = adoption([{id: 'a', node: 'pc'}, {id: 's', node: 'pc', classified: true}, {id: 't', node: 'sb', classified: true}])
    expect(r).toMatchObject({onCloud: 1, total: 1, rate: 1, excluded: {classified: 2, retired: 0, planned: 0}})
  })

  it('retired systems are excluded', () => {
    const r = adoption([{id: 'a', node: 'pc'}, {id: 'r', node: 'sb', status: 'retired'}])
    expect(r).toMatchObject({onCloud: 1, total: 1, excluded: {classified: 0, retired: 1, planned: 0}})
  })

  it('planned systems are excluded', () => {
    const r = adoption([{id: 'a', node: 'sb'}, {id: 'p', node: 'pc', status: 'planned'}])
    expect(r).toMatchObject({onCloud: 0, total: 1, rate: 0, excluded: {classified: 0, retired: 0, planned: 1}})
  })

  it('a classified retired system counts once, as classified', () => {
    const r = adoption([{id: 'a', node: 'pc'}, {id: 's', node: 'sb', classified: true, status: 'retired'}])
    expect(r.excluded).toEqual({classified: 1, retired: 0, planned: 0})
  })

  it('retiring systems are in scope', () => {
    const r = adoption([{id: 'a', node: 'pc'}, {id: 'r', node: 'sb', status: 'retiring'}])
    expect(r).toMatchObject({onCloud: 1, total: 2, rate: 0.5})
  })

  it('a managed city cloud is the one cloud; an unmanaged one is not; department clouds never are', () => {
    const r = adoption([{id: 'm', node: 'cc-managed'}, {id: 'u', node: 'cc-unmanaged'}, {id: 'd', node: 'dc'}])
    expect(r).toMatchObject({onCloud: 1, total: 3})
  })

  it('an exemption valid on the evaluation date sets the system aside in adjustedRate only', () => {
    const r = adoption([{id: 'a', node: 'pc'}, {id: 'e', node: 'sb', ...exemption('2025-12-31')}, {id: 'o', node: 'sb'}])
    expect(r).toMatchObject({onCloud: 1, total: 3, exempt: 1, rate: 1 / 3, adjustedRate: 1 / 2})
  })

  it('an exemption is still valid on its until day and expired the day after', () => {
    const systems = [{id: 'a', node: 'pc'}, {id: 'e', node: 'sb', ...exemption('2025-06-30')}]
    expect(adoption(systems, '2025-06-30')).toMatchObject({exempt: 1, adjustedRate: 1})
    expect(adoption(systems, '2025-07-01')).toMatchObject({exempt: 0, adjustedRate: 0.5})
  })

  it('an exemption on a system already on the cloud does not count as exempt', () => {
    const r = adoption([{id: 'a', node: 'pc', ...exemption('2030-01-01')}, {id: 'o', node: 'sb'}])
    expect(r).toMatchObject({onCloud: 1, exempt: 0, adjustedRate: 0.5})
  })

  it('an exempt classified system counts only as classified', () => {
    const r = adoption([{id: 'a', node: 'pc'}, {id: 's', node: 'sb', classified: true, ...exemption('2030-01-01')}])
    expect(r).toMatchObject({total: 1, exempt: 0, excluded: {classified: 1, retired: 0, planned: 0}})
  })

  it('an empty scope gives rate 1, flagged empty, never a division by zero', () => {
    const r = adoption([{id: 's', node: 'sb', classified: true}, {id: 'p', node: 'sb', status: 'planned'}])
    expect(r).toMatchObject({onCloud: 0, total: 0, rate: 1, adjustedRate: 1, empty: true})
    expect(adoption([])).toMatchObject({rate: 1, adjustedRate: 1, empty: true})
  })

  it('all in-scope systems exempt gives adjustedRate 1', () => {
    const r = adoption([{id: 'e', node: 'sb', ...exemption('2030-01-01')}])
    expect(r).toMatchObject({rate: 0, adjustedRate: 1, exempt: 1, total: 1})
  })
})
