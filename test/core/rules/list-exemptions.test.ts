import {describe, expect, it} from 'vitest'
import {listExemptions} from '../../../src/core/rules/list-exemptions.js'
import {makeInventory} from '../../helpers/build-inventory.js'

const approval = (until: string, extra: Record<string, unknown> = {}) => ({reason: 'r', approvedBy: '省政务办', until, ...extra})

// As of 2026-12-02 with 90 days' notice: 2027-03-02 is the last "expiring" day (90 days), 2026-12-01 expired (-1).
const inv = makeInventory({
  nodes: [{id: 'n-prov', type: 'provincial-cloud'}, {id: 'n-self', type: 'self-built'}],
  systems: [
    {id: 'a-far', hosting: {node: 'n-self'}, migration: {exemption: approval('2027-03-03', {document: '苏政办函〔2025〕37号', approvedOn: '2025-03-14', covers: ['cloud', 'network']})}},
    {id: 'b-edge', hosting: {node: 'n-self'}, migration: {exemption: approval('2027-03-02', {covers: ['ipv6']})}},
    {id: 'c-today', department: '省乙厅', hosting: {node: 'n-self'}, migration: {exemption: approval('2026-12-02')}},
    {id: 'd-gone', hosting: {node: 'n-self'}, status: 'retired', migration: {exemption: approval('2026-12-01')}},
    {id: 'e-secret', hosting: {node: 'n-self'}, classified: true, migration: {exemption: approval('2026-12-31')}},
    {id: 'f-none', hosting: {node: 'n-self'}},
  ],
  networks: [
    {id: 'p-old', type: 'private', owner: '省乙厅', consolidation: {status: 'none', exemption: approval('2025-12-02')}},
    {id: 'p-ownerless', type: 'private', consolidation: {status: 'planned', exemption: approval('2027-03-03')}},
  ],
})
const row = (e: ReturnType<typeof listExemptions>['exemptions'][number]) => [e.kind, e.id, e.until, e.daysLeft, e.status]

describe('listExemptions', () => {
  const all = listExemptions(inv, {asOf: '2026-12-02', noticeDays: 90})

  it('lists every system and network exemption, sorted by until then id, with days left and status', () => {
    expect(all.exemptions.map(row)).toEqual([
      ['network', 'p-old', '2025-12-02', -365, 'expired'],
      ['system', 'd-gone', '2026-12-01', -1, 'expired'],
      ['system', 'c-today', '2026-12-02', 0, 'expiring'],
      ['system', 'b-edge', '2027-03-02', 90, 'expiring'],
      ['system', 'a-far', '2027-03-03', 91, 'valid'],
      ['network', 'p-ownerless', '2027-03-03', 91, 'valid'],
    ])
  })

  it('carries covers (cloud by default; a network exemption covers network), document, approval date and department', () => {
    const by = new Map(all.exemptions.map(e => [e.id, e]))
    expect(by.get('a-far')).toMatchObject({covers: ['cloud', 'network'], document: '苏政办函〔2025〕37号', approvedOn: '2025-03-14', department: '省甲厅'})
    expect(by.get('c-today')).toMatchObject({covers: ['cloud'], document: null, approvedOn: null, department: '省乙厅'})
    expect(by.get('p-old')).toMatchObject({covers: ['network'], department: '省乙厅'})
    expect(by.get('p-ownerless')?.department).toBeNull()
  })

  it('counts classified systems\' exemptions without naming them, unless asked to', () => {
    expect(all.classified).toBe(1)
    expect(all.exemptions.map(e => e.id)).not.toContain('e-secret')
    const named = listExemptions(inv, {asOf: '2026-12-02', noticeDays: 90, includeClassified: true})
    expect(named.classified).toBe(0)
    expect(named.exemptions.find(e => e.id === 'e-secret')).toMatchObject({daysLeft: 29, status: 'expiring'})
  })

  it('narrows to a department: its systems and the networks it owns', () => {
    const mine = listExemptions(inv, {asOf: '2026-12-02', noticeDays: 90, department: '省乙厅'})
    expect(mine.exemptions.map(e => e.id)).toEqual(['p-old', 'c-today'])
    expect(mine.classified).toBe(0)
    expect(listExemptions(inv, {asOf: '2026-12-02', noticeDays: 90, department: '省甲厅'}).classified).toBe(1)
  })

  it('follows the notice period', () => {
    const short = listExemptions(inv, {asOf: '2026-12-02', noticeDays: 0})
    expect(short.exemptions.filter(e => e.status === 'expiring').map(e => e.id)).toEqual(['c-today'])
  })
})
