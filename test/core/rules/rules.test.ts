import {describe, expect, it} from 'vitest'
import {RULES} from '../../../src/core/rules/registry.js'
import type {RuleContext} from '../../../src/core/rules/types.js'
import type {Inventory} from '../../../src/core/inventory/model.js'
import type {OneCloudDefinition} from '../../../src/core/inventory/scope.js'
import {ONE_CLOUD} from '../../helpers/one-cloud.js'
import {type NetworkInput, type NodeInput, type SystemInput, makeInventory} from '../../helpers/build-inventory.js'

const NODES: NodeInput[] = [
  {id: 'n-prov', type: 'provincial-cloud', dualStack: true, mlpsCertified: 3},
  {id: 'n-city', type: 'city-cloud', managed: true, region: '320100', dualStack: true},
  {id: 'n-city-off', type: 'city-cloud', managed: false, region: '320200', dualStack: true},
  {id: 'n-dept', type: 'department-cloud', mlpsCertified: 2},
  {id: 'n-ext', type: 'external', dualStack: true},
  {id: 'n-self', type: 'self-built'},
  {id: 'n-secret', type: 'self-built', classified: true},
]
const NETWORKS: NetworkInput[] = [
  {id: 'x', type: 'extranet', dualStack: true, prefixes: ['240e:1::/32']},
  {id: 'x-old', type: 'extranet'},
  {id: 'inet', type: 'internet', dualStack: true},
  {id: 'p', type: 'private', owner: '省甲厅', dualStack: true},
  {id: 'sec', type: 'classified'},
]

type Targets = RuleContext['targets']
interface Options {networks?: NetworkInput[]; nodes?: NodeInput[]; asOf?: string; oneCloud?: OneCloudDefinition; targets?: Targets; noticeDays?: number; includeClassified?: boolean}

function context(inv: Inventory, o: Options = {}): RuleContext {
  return {
    inv, asOf: o.asOf ?? '2026-06-30', oneCloud: o.oneCloud ?? ONE_CLOUD, exemptionNoticeDays: o.noticeDays ?? 90, targets: o.targets ?? [],
    regions: new Map([['320100', {zh: '南京市', en: 'Nanjing'}]]), includeClassified: o.includeClassified,
  }
}

/** The subject ids a rule fires on, over the given systems (and optional extra networks). */
function fires(rule: string, systems: SystemInput[], o: Options = {}): string[] {
  const inv = makeInventory({systems, nodes: o.nodes ?? NODES, networks: o.networks ?? NETWORKS})
  return RULES[rule].run(context(inv, o)).hits.map(h => h.subject.id)
}

type Cover = 'cloud' | 'network' | 'ipv6'
const exemption = (until: string, covers?: Cover[]) => ({exemption: {reason: 'r', approvedBy: 'a', until, ...(covers ? {covers: covers as [Cover, ...Cover[]]} : {})}})
const ready = {ipv6: {addresses: ['240e:1::1'], aaaa: true, appSupport: 'full' as const}}

describe('CLOUD-001 off the one cloud without a valid exemption', () => {
  it('fires for a system on a self-built node, an unmanaged city node, or with an expired exemption', () => {
    expect(fires('CLOUD-001', [
      {id: 'a', hosting: {node: 'n-self'}},
      {id: 'b', hosting: {node: 'n-city-off'}},
      {id: 'c', hosting: {node: 'n-dept'}, migration: exemption('2026-06-29')},
    ])).toEqual(['a', 'b', 'c'])
  })
  it('does not fire on the provincial cloud, a managed city node, with an exemption valid on the day, or out of scope', () => {
    expect(fires('CLOUD-001', [
      {id: 'a', hosting: {node: 'n-prov'}},
      {id: 'b', hosting: {node: 'n-city'}},
      {id: 'c', hosting: {node: 'n-dept'}, migration: exemption('2026-06-30')},
      {id: 'd', hosting: {node: 'n-self'}, classified: true},
      {id: 'e', hosting: {node: 'n-self'}, status: 'retired'},
      {id: 'f', hosting: {node: 'n-self'}, status: 'planned'},
    ])).toEqual([])
  })
})

describe('CLOUD-002 province-level systems on department or leased clouds', () => {
  it('fires on department-cloud and external nodes without a valid cloud exemption', () => {
    expect(fires('CLOUD-002', [
      {id: 'a', hosting: {node: 'n-dept'}},
      {id: 'b', hosting: {node: 'n-ext'}, migration: exemption('2026-06-29')},
      {id: 'c', hosting: {node: 'n-ext'}, migration: exemption('2030-01-01', ['network', 'ipv6'])},
    ])).toEqual(['a', 'b', 'c'])
  })
  it('does not fire with a valid cloud exemption, for a city-level system there, nor a province-level one on a self-built node', () => {
    expect(fires('CLOUD-002', [
      {id: 'a', level: 'city', hosting: {node: 'n-dept'}},
      {id: 'b', hosting: {node: 'n-self'}},
      {id: 'c', hosting: {node: 'n-ext'}, migration: exemption('2030-01-01')},
      {id: 'd', hosting: {node: 'n-dept'}, migration: exemption('2026-06-30', ['cloud', 'network'])},
    ])).toEqual([])
  })
  it('takes the department-cloud types from the pack, not from the code', () => {
    const systems: SystemInput[] = [{id: 'dept', hosting: {node: 'n-dept'}}, {id: 'ext', hosting: {node: 'n-ext'}}, {id: 'self', hosting: {node: 'n-self'}}]
    expect(fires('CLOUD-002', systems, {oneCloud: {...ONE_CLOUD, departmentCloudTypes: ['self-built']}})).toEqual(['self'])
    expect(fires('CLOUD-002', systems, {oneCloud: {...ONE_CLOUD, departmentCloudTypes: []}})).toEqual([])
  })
})

describe('CLOUD-003 unmanaged city cloud nodes', () => {
  it('fires on the unmanaged city node only, naming no department', () => {
    const inv = makeInventory({nodes: NODES})
    const hits = RULES['CLOUD-003'].run(context(inv)).hits
    expect(hits.map(h => [h.subject.kind, h.subject.id, h.department])).toEqual([['node', 'n-city-off', null]])
  })
  it('does not fire when every city node is managed', () => {
    expect(fires('CLOUD-003', [], {nodes: [{id: 'n-city', type: 'city-cloud', managed: true}]})).toEqual([])
  })
  it('takes the managed node types from the pack, and skips classified nodes', () => {
    const oneCloud = {...ONE_CLOUD, managedNodeTypes: ['self-built', 'external']}
    expect(fires('CLOUD-003', [], {oneCloud})).toEqual(['n-ext', 'n-self'])
    expect(fires('CLOUD-003', [], {oneCloud: {...ONE_CLOUD, managedNodeTypes: []}})).toEqual([])
  })
})

describe('CLOUD-004 expired exemptions', () => {
  it('fires the day after until, for a system still off the cloud', () => {
    expect(fires('CLOUD-004', [{id: 'a', hosting: {node: 'n-self'}, migration: exemption('2026-06-29')}])).toEqual(['a'])
  })
  it('does not fire on the until day, without an exemption, or once the system is on the cloud', () => {
    expect(fires('CLOUD-004', [
      {id: 'a', hosting: {node: 'n-self'}, migration: exemption('2026-06-30')},
      {id: 'b', hosting: {node: 'n-self'}},
      {id: 'c', hosting: {node: 'n-prov'}, migration: exemption('2025-01-01')},
    ])).toEqual([])
  })
})

describe('CLOUD-005 planned systems off the one cloud', () => {
  it('fires when the target node (else the hosting node) is off the cloud', () => {
    expect(fires('CLOUD-005', [
      {id: 'a', status: 'planned', hosting: {node: 'n-self'}},
      {id: 'b', status: 'planned', hosting: {node: 'n-prov'}, migration: {targetNode: 'n-dept'}},
    ])).toEqual(['a', 'b'])
  })
  it('does not fire for a cloud target, a valid exemption, a classified or an in-service system', () => {
    expect(fires('CLOUD-005', [
      {id: 'a', status: 'planned', hosting: {node: 'n-self'}, migration: {targetNode: 'n-city'}},
      {id: 'b', status: 'planned', hosting: {node: 'n-self'}, migration: exemption('2027-01-01')},
      {id: 'c', status: 'planned', classified: true, hosting: {node: 'n-self'}},
      {id: 'd', hosting: {node: 'n-self'}},
    ])).toEqual([])
  })
})

describe('NET-001 private networks not being consolidated', () => {
  const nets: NetworkInput[] = [
    {id: 'none', type: 'private', owner: '省甲厅'},
    {id: 'expired', type: 'private', consolidation: {status: 'none', exemption: exemption('2026-06-29').exemption}},
  ]
  it('fires for status none, with no or an expired exemption, attributed to the owner', () => {
    const inv = makeInventory({networks: nets})
    const hits = RULES['NET-001'].run(context(inv)).hits
    expect(hits.map(h => [h.subject.id, h.department])).toEqual([['expired', null], ['none', '省甲厅']])
  })
  it('does not fire for started, valid-exempt, vertical, classified-type or extranet networks', () => {
    expect(fires('NET-001', [], {networks: [
      {id: 'a', type: 'private', consolidation: {status: 'planned'}},
      {id: 'b', type: 'private', consolidation: {status: 'none', exemption: exemption('2026-06-30').exemption}},
      {id: 'c', type: 'private', vertical: true},
      {id: 'd', type: 'classified'},
      {id: 'e', type: 'extranet'},
    ]})).toEqual([])
  })
})

describe('NET-002 systems on a private network only', () => {
  it('fires for a system on a private network without the extranet', () => {
    expect(fires('NET-002', [{id: 'a', networks: ['p']}, {id: 'b', networks: ['p', 'inet']}])).toEqual(['a', 'b'])
  })
  it('does not fire with the extranet too, without a private network, or out of scope', () => {
    expect(fires('NET-002', [{id: 'a', networks: ['p', 'x']}, {id: 'b', networks: ['inet']}, {id: 'c', networks: ['p'], status: 'retired'}])).toEqual([])
  })
  it('ignores vertical networks, but not a non-vertical private network beside one', () => {
    const networks: NetworkInput[] = [...NETWORKS, {id: 'v', type: 'private', vertical: true}]
    const hits = (systems: SystemInput[]) => {
      const inv = makeInventory({systems, nodes: NODES, networks})
      return RULES['NET-002'].run(context(inv)).hits.map(h => [h.subject.id, h.data.network])
    }
    expect(hits([{id: 'a', networks: ['v']}, {id: 'b', networks: ['v', 'p']}])).toEqual([['b', ['p']]])
  })
})

describe('an exemption waives exactly what it covers', () => {
  // Off the cloud (department cloud), on a private network only, not IPv6-ready: every covered rule would fire.
  const base: SystemInput = {id: 's', hosting: {node: 'n-dept'}, networks: ['p']}
  const rules = ['CLOUD-001', 'CLOUD-002', 'NET-002', 'IPV6-002']
  const firing = (migration?: ReturnType<typeof exemption>) => rules.filter(r => fires(r, [{...base, ...(migration ? {migration} : {})}]).includes('s'))

  it('without an exemption, all four fire', () => {
    expect(firing()).toEqual(rules)
  })
  it('covers: [network] silences NET-002 and not CLOUD-001 or CLOUD-002', () => {
    expect(firing(exemption('2027-01-01', ['network']))).toEqual(['CLOUD-001', 'CLOUD-002', 'IPV6-002'])
  })
  it('covers: [cloud] (and the default) silences CLOUD-001 and CLOUD-002, not NET-002', () => {
    expect(firing(exemption('2027-01-01', ['cloud']))).toEqual(['NET-002', 'IPV6-002'])
    expect(firing(exemption('2027-01-01'))).toEqual(['NET-002', 'IPV6-002'])
  })
  it('covers: [ipv6] silences IPV6-002 only', () => {
    expect(firing(exemption('2027-01-01', ['ipv6']))).toEqual(['CLOUD-001', 'CLOUD-002', 'NET-002'])
  })
  it('covering all three silences all four while valid, on its last day too', () => {
    expect(firing(exemption('2026-06-30', ['cloud', 'network', 'ipv6']))).toEqual([])
  })
  it('an expired exemption silences nothing, whatever it covers', () => {
    expect(firing(exemption('2026-06-29', ['cloud', 'network', 'ipv6']))).toEqual(rules)
  })
  it('CLOUD-005 is waived by a cloud exemption only', () => {
    const planned: SystemInput = {id: 's', status: 'planned', hosting: {node: 'n-self'}}
    expect(fires('CLOUD-005', [{...planned, migration: exemption('2027-01-01', ['network', 'ipv6'])}])).toEqual(['s'])
    expect(fires('CLOUD-005', [{...planned, migration: exemption('2027-01-01', ['cloud'])}])).toEqual([])
  })
  it('CLOUD-004 fires for an expired cloud exemption only: one that never covered cloud leaves it to the rules it did cover', () => {
    expect(fires('CLOUD-004', [
      {id: 'a', hosting: {node: 'n-self'}, migration: exemption('2026-06-29', ['cloud', 'ipv6'])},
      {id: 'b', hosting: {node: 'n-self'}, migration: exemption('2026-06-29', ['network'])},
    ])).toEqual(['a'])
  })
})

describe('NET-003 private-network consolidation overdue', () => {
  const TARGET = {metric: 'privateNetworkConsolidation' as const, rate: 1, by: '2026-03-31', enabled: true}
  const net = (id: string, consolidation: NetworkInput['consolidation'], extra: Partial<NetworkInput> = {}): NetworkInput => ({id, type: 'private', owner: '省甲厅', consolidation, ...extra})
  const run = (networks: NetworkInput[], o: Options = {}) => {
    const inv = makeInventory({networks})
    return RULES['NET-003'].run(context(inv, o)).hits.map(h => [h.subject.id, h.department, h.data.deadline, h.data.missed])
  }

  it('fires the day after its own deadline, not on it or before', () => {
    const nets = [net('a', {status: 'in-progress', deadline: '2026-06-29'}), net('b', {status: 'planned', deadline: '2026-06-30'}), net('c', {status: 'planned', deadline: '2026-07-01'})]
    expect(run(nets)).toEqual([['a', '省甲厅', '2026-06-29', 'deadline']])
  })
  it('fires after the pack target\'s by date, not on it, and names the earlier date passed', () => {
    const nets = [net('a', {status: 'planned', deadline: '2027-12-31'}), net('b', {status: 'in-progress'}), net('c', {status: 'planned', deadline: '2026-01-31'})]
    expect(run(nets, {targets: [TARGET]})).toEqual([['a', '省甲厅', '2026-03-31', 'target'], ['b', '省甲厅', '2026-03-31', 'target'], ['c', '省甲厅', '2026-01-31', 'deadline']])
    expect(run(nets, {targets: [TARGET], asOf: '2026-03-31'})).toEqual([['c', '省甲厅', '2026-01-31', 'deadline']])
  })
  it('ignores disabled targets, targets below 100% and other metrics', () => {
    const nets = [net('a', {status: 'planned'})]
    expect(run(nets, {targets: [{...TARGET, enabled: false}, {...TARGET, rate: 0.8}, {...TARGET, metric: 'adoptionRate'}]})).toEqual([])
  })
  it('does not fire for vertical, done, not-started, validly exempt or non-private networks', () => {
    const late = {deadline: '2025-01-01'}
    const nets = [
      net('vertical', {status: 'planned', ...late}, {vertical: true}),
      net('done', {status: 'done', ...late}),
      net('none', {status: 'none', ...late}),
      net('exempt', {status: 'in-progress', ...late, exemption: exemption('2026-06-30').exemption}),
      net('classified', {status: 'planned', ...late}, {type: 'classified'}),
    ]
    expect(run(nets, {targets: [TARGET]})).toEqual([])
  })
  it('fires once the network\'s exemption has expired', () => {
    expect(run([net('a', {status: 'in-progress', deadline: '2025-01-01', exemption: exemption('2026-06-29').exemption})]).map(h => h[0])).toEqual(['a'])
  })
})

describe('CLOUD-006 exemptions running out within the notice period', () => {
  // As of 2026-06-30 with 90 days' notice, 2026-09-28 is the last date that warns.
  it('fires from the last valid day up to notice days ahead, with the days left; not one day later, not once expired', () => {
    const systems: SystemInput[] = [
      {id: 'today', hosting: {node: 'n-self'}, migration: exemption('2026-06-30')},
      {id: 'edge', hosting: {node: 'n-self'}, migration: exemption('2026-09-28', ['ipv6'])},
      {id: 'later', hosting: {node: 'n-self'}, migration: exemption('2026-09-29')},
      {id: 'expired', hosting: {node: 'n-self'}, migration: exemption('2026-06-29')},
    ]
    const inv = makeInventory({systems, nodes: NODES, networks: NETWORKS})
    const hits = RULES['CLOUD-006'].run(context(inv)).hits
    expect(hits.map(h => [h.subject.kind, h.subject.id, h.data.days, h.data.covers])).toEqual([['system', 'edge', 90, ['ipv6']], ['system', 'today', 0, ['cloud']]])
  })
  it('follows the pack\'s notice days', () => {
    const systems: SystemInput[] = [{id: 'a', migration: exemption('2026-07-10')}]
    expect(fires('CLOUD-006', systems, {noticeDays: 10})).toEqual(['a'])
    expect(fires('CLOUD-006', systems, {noticeDays: 9})).toEqual([])
  })
  it('watches private networks\' consolidation exemptions, attributed to the owner', () => {
    const soon = exemption('2026-08-01').exemption
    const networks: NetworkInput[] = [
      {id: 'p-soon', type: 'private', owner: '省乙厅', consolidation: {status: 'none', exemption: soon}},
      {id: 'p-vertical', type: 'private', vertical: true, consolidation: {status: 'none', exemption: soon}},
      {id: 'p-done', type: 'private', consolidation: {status: 'done', exemption: soon}},
      {id: 'p-far', type: 'private', consolidation: {status: 'none', exemption: exemption('2027-08-01').exemption}},
    ]
    const inv = makeInventory({networks})
    const hits = RULES['CLOUD-006'].run(context(inv)).hits
    expect(hits.map(h => [h.subject.kind, h.subject.id, h.department, h.data.days])).toEqual([['network', 'p-soon', '省乙厅', 32]])
  })
  it('leaves out classified and retired systems', () => {
    expect(fires('CLOUD-006', [
      {id: 'secret', classified: true, hosting: {node: 'n-secret'}, migration: exemption('2026-07-01')},
      {id: 'gone', status: 'retired', migration: exemption('2026-07-01')},
      {id: 'planned', status: 'planned', hosting: {node: 'n-self'}, migration: exemption('2026-07-01')},
    ])).toEqual(['planned'])
  })
})

describe('IPV6-001 extranet not dual-stack', () => {
  it('fires for the extranet without dualStack', () => {
    expect(fires('IPV6-001', [])).toEqual(['x-old'])
  })
  it('does not fire for a dual-stack extranet or a non-extranet', () => {
    expect(fires('IPV6-001', [], {networks: [{id: 'x', type: 'extranet', dualStack: true}, {id: 'p', type: 'private'}]})).toEqual([])
  })
})

describe('IPV6-002 systems not IPv6-ready', () => {
  it('fires for blocked, unknown and partial systems', () => {
    expect(fires('IPV6-002', [
      {id: 'blocked', hosting: {node: 'n-dept'}, networks: ['x'], ...ready},
      {id: 'unknown', networks: ['x']},
      {id: 'partial', networks: ['x'], ipv6: {addresses: ['240e:1::1'], aaaa: false, appSupport: 'full'}},
    ])).toEqual(['blocked', 'partial', 'unknown'])
  })
  it('does not fire for a ready system, an out-of-scope one, or one with a valid ipv6 exemption', () => {
    expect(fires('IPV6-002', [
      {id: 'a', networks: ['x'], ...ready},
      {id: 'b', status: 'planned'},
      {id: 'c', networks: ['x'], migration: exemption('2026-06-30', ['ipv6'])},
    ])).toEqual([])
  })
})

describe('SVC-001 one service system per department', () => {
  it('fires for a department with two in-scope service systems', () => {
    expect(fires('SVC-001', [{id: 'a', serviceSystem: true}, {id: 'b', serviceSystem: true}])).toEqual(['省甲厅'])
  })
  it('does not count retired, planned or classified service systems, nor other departments', () => {
    expect(fires('SVC-001', [
      {id: 'a', serviceSystem: true},
      {id: 'b', serviceSystem: true, status: 'retired'},
      {id: 'c', serviceSystem: true, status: 'planned'},
      {id: 'd', serviceSystem: true, classified: true},
      {id: 'e', serviceSystem: true, department: '省乙厅'},
    ])).toEqual([])
  })
})

describe('SVC-002 one platform per city', () => {
  it('fires for a region with two in-scope city-level service systems, across departments', () => {
    expect(fires('SVC-002', [
      {id: 'a', level: 'city', region: '320100', serviceSystem: true},
      {id: 'b', level: 'city', region: '320100', serviceSystem: true, department: '南京市数据局'},
    ])).toEqual(['320100'])
  })
  it('counts a city with its counties: a county service system beside the city\'s fires on the city code', () => {
    const inv = makeInventory({systems: [
      {id: 'a', level: 'city', region: '320700', serviceSystem: true},
      {id: 'b', level: 'county', region: '320722', serviceSystem: true},
      {id: 'c', level: 'county', region: '320100', serviceSystem: true},
    ], nodes: NODES, networks: NETWORKS})
    const r = RULES['SVC-002'].run({...context(inv), listSubjects: true})
    expect(r.hits.map(h => [h.subject.kind, h.subject.id, h.data.count, h.data.systems, h.department])).toEqual([['region', '320700', 2, ['a', 'b'], null]])
    // Checked: the cities with an in-scope city- or county-level system (320100 has one, 320700 two).
    expect(r.subjects.map(s => s.id)).toEqual(['320100', '320700'])
    expect(r.checked).toBe(2)
  })
  it('fires for two county service systems of one city, in different counties', () => {
    expect(fires('SVC-002', [
      {id: 'a', level: 'county', region: '320481', serviceSystem: true},
      {id: 'b', level: 'county', region: '320412', serviceSystem: true},
    ])).toEqual(['320400'])
  })
  it('does not count province-level systems, systems at the province\'s own code, out-of-scope ones, or other cities', () => {
    expect(fires('SVC-002', [
      {id: 'a', level: 'city', region: '320100', serviceSystem: true},
      {id: 'c', level: 'province', region: '320100', serviceSystem: true},
      {id: 'd', level: 'city', region: '320200', serviceSystem: true},
      {id: 'e', level: 'county', region: '320000', serviceSystem: true},
      {id: 'f', level: 'city', region: '320000', serviceSystem: true},
      {id: 'g', level: 'county', region: '320115', serviceSystem: true, status: 'retired'},
      {id: 'h', level: 'county', region: '320115', serviceSystem: true, classified: true},
      {id: 'i', level: 'county', region: '320115', serviceSystem: true, status: 'planned'},
      {id: 'j', level: 'county', region: '320115'},
    ])).toEqual([])
  })
})

describe('SEC-001 classified systems on open nodes or networks', () => {
  const misplaced: SystemInput[] = [
    {id: 'a', classified: true, department: '省丁厅', hosting: {node: 'n-prov'}, networks: ['sec']},
    {id: 'b', classified: true, department: '省戊厅', hosting: {node: 'n-secret'}, networks: ['inet']},
    {id: 'c', classified: true, department: '省丁厅', status: 'planned', hosting: {node: 'n-secret'}, networks: ['x']},
    {id: 'd', classified: true, department: '省丁厅', hosting: {node: 'n-prov'}, networks: ['x']},
  ]
  it('fires on a non-classified node, or on the extranet or internet, in any status but retired (with includeClassified)', () => {
    expect(fires('SEC-001', misplaced, {includeClassified: true})).toEqual(['a', 'b', 'c', 'd'])
  })
  it('without includeClassified, counts them on each node and network, in no department', () => {
    const inv = makeInventory({systems: misplaced, nodes: NODES, networks: NETWORKS})
    const r = RULES['SEC-001'].run({...context(inv), listSubjects: true})
    expect(r.hits.map(h => [h.subject.kind, h.subject.id, h.data.count, h.department, h.withheld])).toEqual([
      ['node', 'n-prov', 2, null, ['省丁厅']],
      ['network', 'inet', 1, null, ['省戊厅']],
      ['network', 'x', 2, null, ['省丁厅']],
    ])
    // Every non-classified node and every extranet or internet network is a subject; no system is.
    expect(r.checked).toBe(NODES.length - 1 + 3)
    expect(r.subjects.every(s => s.kind !== 'system')).toBe(true)
    expect(JSON.stringify(r.hits)).not.toMatch(/"[abcd]"/)
  })
  it('does not fire on a classified node and network, when retired, or for non-classified systems', () => {
    const quiet: SystemInput[] = [
      {id: 'a', classified: true, hosting: {node: 'n-secret'}, networks: ['sec']},
      {id: 'b', classified: true, status: 'retired', hosting: {node: 'n-prov'}, networks: ['inet']},
      {id: 'c', hosting: {node: 'n-prov'}, networks: ['inet']},
    ]
    expect(fires('SEC-001', quiet)).toEqual([])
    expect(fires('SEC-001', quiet, {includeClassified: true})).toEqual([])
  })
})

describe('SEC-002 MLPS above the node certification', () => {
  it('fires when mlps exceeds mlpsCertified', () => {
    expect(fires('SEC-002', [{id: 'a', mlps: 4}, {id: 'b', mlps: 3, hosting: {node: 'n-dept'}}])).toEqual(['a', 'b'])
  })
  it('does not fire at the certified level, without mlps, or on a node with no certification', () => {
    expect(fires('SEC-002', [{id: 'a', mlps: 3}, {id: 'b'}, {id: 'c', mlps: 5, hosting: {node: 'n-self'}}])).toEqual([])
  })
})

describe('SEC-003 level 3+ without a passed 密评', () => {
  it('fires for mlps 3 with crypto none or failed', () => {
    expect(fires('SEC-003', [{id: 'a', mlps: 3}, {id: 'b', mlps: 4, crypto: 'failed'}])).toEqual(['a', 'b'])
  })
  it('does not fire when passed, below level 3, or out of scope', () => {
    expect(fires('SEC-003', [{id: 'a', mlps: 3, crypto: 'passed'}, {id: 'b', mlps: 2}, {id: 'c', mlps: 3, status: 'retired'}])).toEqual([])
  })
})

describe('SEC-004 level 3+ without off-site disaster recovery', () => {
  it('fires for mlps 3 without disasterRecovery', () => {
    expect(fires('SEC-004', [{id: 'a', mlps: 3}])).toEqual(['a'])
  })
  it('does not fire with disaster recovery or below level 3', () => {
    expect(fires('SEC-004', [{id: 'a', mlps: 3, disasterRecovery: true}, {id: 'b', mlps: 2}])).toEqual([])
  })
})

describe('the registry', () => {
  it('implements exactly the rules of the documented table (SVC-003 and DATA-001 are pack data, not code)', () => {
    expect(Object.keys(RULES).sort()).toEqual([
      'CLOUD-001', 'CLOUD-002', 'CLOUD-003', 'CLOUD-004', 'CLOUD-005', 'CLOUD-006', 'IPV6-001', 'IPV6-002', 'NET-001', 'NET-002', 'NET-003',
      'SEC-001', 'SEC-002', 'SEC-003', 'SEC-004', 'SEC-005', 'SEC-006', 'SEC-007', 'SEC-008', 'SVC-001', 'SVC-002',
    ])
  })
})
