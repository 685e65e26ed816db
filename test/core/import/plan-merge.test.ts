import {describe, expect, it} from 'vitest'
import {type ExistingRecord, planMerge} from '../../../src/core/import/plan-merge.js'
import {normalizeSystem} from '../../../src/core/inventory/model.js'
import type * as S from '../../../src/core/inventory/schema-types.js'

const sys = (extra: Record<string, unknown> = {}) => ({id: 'a', name: '甲', department: '省甲厅', level: 'province', region: '320000', hosting: {node: 'n1'}, ...extra})
const existing = (record: Record<string, unknown>): Map<string, ExistingRecord> => new Map([[String(record.id), {key: String(record.id), file: 'f.yaml', index: 0, record, classified: false}]])
const fields = new Set(['id', 'name', 'department', 'level', 'region', 'classified', 'status', 'hosting.node', 'networks', 'dependsOn', 'migration.strategy', 'migration.exemption.reason', 'disasterRecovery'])

describe('planMerge', () => {
  it('a default written out equals the default left out', () => {
    const plan = planMerge({kind: 'systems', sheet: [sys({classified: false, status: 'in-service', migration: {strategy: 'rehost'}})], fields, existing: existing(sys()), expected: ['a']})
    expect(plan.updates).toEqual([])
  })
  it('a dependency written as an id equals {system: id}', () => {
    const plan = planMerge({kind: 'systems', sheet: [sys({dependsOn: ['b', {system: 'c', kind: 'api'}]})], fields, existing: existing(sys({dependsOn: [{system: 'b'}, {system: 'c', kind: 'api'}]})), expected: ['a']})
    expect(plan.updates).toEqual([])
  })
  it('a cleared cell removes the field; a changed one sets it; fields without a column are left alone', () => {
    const old = sys({networks: ['x'], migration: {exemption: {reason: 'r', approvedBy: 'b', until: '2027-01-01'}}, mlps: 3})
    const plan = planMerge({kind: 'systems', sheet: [sys({name: '乙', migration: {exemption: {reason: 'r2'}}})], fields, existing: existing(old), expected: ['a']})
    expect(plan.updates).toEqual([{key: 'a', file: 'f.yaml', index: 0, classified: false, changes: [{path: 'name', value: '乙'}, {path: 'networks'}, {path: 'migration.exemption.reason', value: 'r2'}]}])
  })
  it('a value the sheet cannot show is not removed by its blank cell', () => {
    const old = sys({disasterRecovery: {node: 'dr'}})
    const plan = planMerge({kind: 'systems', sheet: [sys()], fields, existing: existing(old), expected: ['a'], shown: (_s, v) => typeof v === 'boolean'})
    expect(plan.updates).toEqual([])
  })
  it('an inventory record\'s disaster-recovery node (kept beside `disasterRecovery: true`) is compared and changed like any field', () => {
    const record = normalizeSystem(sys({disasterRecovery: {node: 'dr1'}}) as unknown as S.System) as unknown as Record<string, unknown>
    const withNode = new Set([...fields, 'disasterRecovery.node'])
    const same = planMerge({kind: 'systems', sheet: [sys({disasterRecovery: {node: 'dr1'}})], fields: withNode, existing: existing(record), expected: ['a']})
    expect(same.updates).toEqual([])
    const moved = planMerge({kind: 'systems', sheet: [sys({disasterRecovery: {node: 'dr2'}})], fields: withNode, existing: existing(record), expected: ['a']})
    expect(moved.updates.map(u => u.changes)).toEqual([[{path: 'disasterRecovery.node', value: 'dr2'}]])
  })

  it('lists new rows and the expected rows that are missing', () => {
    const plan = planMerge({kind: 'systems', sheet: [sys({id: 'new'})], fields, existing: existing(sys()), expected: ['a', 'z']})
    expect(plan.additions.map(a => a.key)).toEqual(['new'])
    expect(plan.missing).toEqual(['a', 'z'])
  })
})

describe('planMerge lists', () => {
  it('an empty list written out equals a blank cell', () => {
    const plan = planMerge({kind: 'systems', sheet: [sys()], fields: new Set([...fields, 'ipv6.addresses']), existing: existing(sys({ipv6: {addresses: [], aaaa: true}})), expected: ['a']})
    expect(plan.updates).toEqual([])
  })
})
