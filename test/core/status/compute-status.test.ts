// The scoreboard computed by hand on small inventories: every metric's numerator and denominator, the
// statuses before and after each target's date, on-track from the plan's projection, and --by groups.
import {describe, expect, it} from 'vitest'
import type {MeasurementRecord} from '../../../src/core/inventory/model.js'
import {resolvePlanConfig} from '../../../src/core/plan/resolve-plan-config.js'
import type {Policy, PolicyTarget, TargetMetric} from '../../../src/core/policy/model.js'
import {computeStatus} from '../../../src/core/status/compute-status.js'
import type {StatusBy} from '../../../src/core/status/model.js'
import {makeInventory} from '../../helpers/build-inventory.js'
import {ONE_CLOUD} from '../../helpers/one-cloud.js'

function target(id: string, metric: TargetMetric, rate: number, by: string, extra: Partial<PolicyTarget> = {}): PolicyTarget {
  return {id, metric, rate, unit: 'rate', by, label: {zh: id, en: id}, enabled: true, source: {doc: 'd', clause: '一、1.', quote: 'q'}, ...extra}
}
function policy(targets: PolicyTarget[]): Policy {
  return {id: 't', name: {zh: 't', en: 't'}, sources: [{id: 'd', number: '测试〔2026〕1号', title: 't'}], oneCloud: ONE_CLOUD, exemptionNoticeDays: 90, platformRoles: [], assessments: {mlps: []}, targets, rules: []}
}

/**
 * Department A: a1 on the provincial cloud, a2 in a self-built room (a service system), a3 on the managed
 * city cloud (a service system). Department B: b1 off the cloud (a service system), b2 classified,
 * b3 retired. In scope: a1 a2 a3 b1 → adoption 2/4. Service systems: A has 2, B has 1 → 1/2.
 * Nodes of the managed type: city-a managed, city-b not, city-c classified → 1/2.
 * Private networks: p1 done, p2 none, p3 vertical, p4 planned but validly exempt → 1/2.
 * Extranets: x1 dual stack, x2 not → 1/2. IPv6: only a1 is ready (dual-stack node, full support) → 1/4.
 */
function inventory() {
  return makeInventory({
    nodes: [
      {id: 'pc', type: 'provincial-cloud', dualStack: true, region: '320000', capacity: {vcpu: 100, memoryGiB: 100, storageTiB: 100}},
      {id: 'sb', type: 'self-built', region: '320000'},
      {id: 'city-a', type: 'city-cloud', managed: true, region: '320100'},
      {id: 'city-b', type: 'city-cloud', region: '320200'},
      {id: 'city-c', type: 'city-cloud', classified: true, region: '320300'},
    ],
    networks: [
      {id: 'p1', type: 'private', owner: 'A', consolidation: {status: 'done'}},
      {id: 'p2', type: 'private', owner: 'B'},
      {id: 'p3', type: 'private', owner: 'B', vertical: true},
      {id: 'p4', type: 'private', owner: 'B', consolidation: {status: 'planned', exemption: {reason: 'r', approvedBy: 'x', until: '2030-01-01'}}},
      {id: 'x1', type: 'extranet', dualStack: true},
      {id: 'x2', type: 'extranet'},
    ],
    systems: [
      {id: 'a1', department: 'A', region: '320100', hosting: {node: 'pc'}, ipv6: {addresses: ['240e::1'], aaaa: true, appSupport: 'full'}},
      {id: 'a2', department: 'A', region: '320100', hosting: {node: 'sb'}, serviceSystem: true},
      {id: 'a3', department: 'A', region: '320100', hosting: {node: 'city-a'}, serviceSystem: true},
      {id: 'b1', department: 'B', region: '320200', hosting: {node: 'sb'}, serviceSystem: true},
      {id: 'b2', department: 'B', region: '320200', hosting: {node: 'city-c'}, classified: true},
      {id: 'b3', department: 'B', region: '320200', hosting: {node: 'sb'}, status: 'retired'},
    ],
  })
}

const TARGETS = [
  target('adoption', 'adoptionRate', 1, '2026-06-30'),
  target('managed', 'managedNodeRate', 0.5, '2026-06-30'),
  target('networks', 'privateNetworkConsolidation', 1, '2026-06-30'),
  target('extranet', 'extranetDualStack', 1, '2026-06-30'),
  target('ipv6', 'ipv6Readiness', 0.2, '2026-06-30'),
  target('one-system', 'oneDepartmentOneSystem', 1, '2026-06-30'),
]

function run(asOf: string, targets = TARGETS, options: {by?: StatusBy; measurements?: MeasurementRecord[]; start?: string} = {}) {
  const inv = inventory()
  inv.measurements = options.measurements ?? []
  // The plan starts long after the targets: no wave ends by their dates, so the projection is the current value.
  const plan = resolvePlanConfig({apiVersion: 'yunwang/v1', kind: 'PlanConfig', start: options.start ?? '2027-01-04', waveDays: 28}, {}, asOf)
  return computeStatus(inv, policy(targets), {asOf, lang: 'en', by: options.by, label: k => `L${k}`, plan, includeClassified: false})
}
const line = (r: ReturnType<typeof run>, id: string) => r.indicators.find(x => x.id === id)!

describe('computed indicators', () => {
  it('count each metric by its definition', () => {
    const r = run('2026-01-01')
    const counts = Object.fromEntries(r.indicators.map(x => [x.id, [x.numerator, x.denominator, x.value]]))
    expect(counts).toEqual({
      adoption: [2, 4, 0.5],
      managed: [1, 2, 0.5],
      networks: [1, 2, 0.5],
      extranet: [1, 2, 0.5],
      ipv6: [1, 4, 0.25],
      'one-system': [1, 2, 0.5],
    })
    expect(r.indicators.every(x => x.kind === 'computed' && x.source === '测试〔2026〕1号 一、1.')).toBe(true)
  })

  it('are met, behind before the date and overdue after it; worst first', () => {
    const before = run('2026-01-01')
    expect(before.indicators.map(x => [x.id, x.status])).toEqual([
      ['adoption', 'behind'], ['extranet', 'behind'], ['networks', 'behind'], ['one-system', 'behind'],
      ['ipv6', 'met'], ['managed', 'met'],
    ])
    const after = run('2026-07-01')
    expect(after.indicators.map(x => [x.id, x.status])).toEqual([
      ['adoption', 'overdue'], ['extranet', 'overdue'], ['networks', 'overdue'], ['one-system', 'overdue'],
      ['ipv6', 'met'], ['managed', 'met'],
    ])
    // The target's own date still counts as before it.
    expect(line(run('2026-06-30'), 'adoption').status).toBe('behind')
  })

  it('are on track when the plan projects the target met by its date', () => {
    // Wave 1 (2026-02-02 – 2026-03-01) moves a2 and b1 onto pc and onboards city-b: adoption 4/4, managed 2/2.
    const targets = [target('adoption', 'adoptionRate', 1, '2026-06-30'), target('managed', 'managedNodeRate', 1, '2026-06-30'), target('adoption-early', 'adoptionRate', 1, '2026-02-15')]
    const r = run('2026-01-01', targets, {start: '2026-02-02'})
    expect(r.indicators.map(x => [x.id, x.status, x.projected])).toEqual([
      ['adoption-early', 'behind', 0.5],
      ['adoption', 'on-track', 1],
      ['managed', 'on-track', 1],
    ])
  })

  it('give an empty denominator the value 1 with a warning', () => {
    const r = run('2026-01-01', [target('svc', 'oneDepartmentOneSystem', 1, '2026-06-30')])
    expect(line(r, 'svc').value).toBe(0.5)
    const inv = makeInventory({systems: []})
    const plan = resolvePlanConfig(undefined, {}, '2026-01-01')
    const empty = computeStatus(inv, policy([target('svc', 'oneDepartmentOneSystem', 1, '2026-06-30')]), {asOf: '2026-01-01', lang: 'en', label: k => k, plan, includeClassified: false})
    expect([empty.indicators[0].value, empty.indicators[0].status]).toEqual([1, 'met'])
    expect(empty.warnings).toEqual([{code: 'EMPTY_DENOMINATOR', target: 'svc'}])
  })

  it('are grouped by department and by region where the metric has a per-subject value', () => {
    const byDept = run('2026-01-01', TARGETS, {by: 'department'})
    expect(line(byDept, 'adoption').groups!.map(g => [g.key, g.numerator, g.denominator, g.status])).toEqual([['B', 0, 1, 'behind'], ['A', 2, 3, 'behind']])
    expect(line(byDept, 'networks').groups!.map(g => [g.key, g.numerator, g.denominator])).toEqual([['B', 0, 1], ['A', 1, 1]])
    expect(line(byDept, 'managed').groups).toBeUndefined()
    expect(line(byDept, 'extranet').groups).toBeUndefined()
    const byRegion = run('2026-01-01', TARGETS, {by: 'region'})
    expect(line(byRegion, 'managed').groups!.map(g => [g.key, g.label, g.numerator, g.denominator, g.status])).toEqual([['320200', 'L320200', 0, 1, 'behind'], ['320100', 'L320100', 1, 1, 'met']])
    expect(line(byRegion, 'ipv6').groups!.map(g => [g.key, g.numerator, g.denominator])).toEqual([['320200', 0, 1], ['320100', 1, 3]])
    expect(line(byRegion, 'networks').groups).toBeUndefined()
  })
})

const m = (x: Partial<MeasurementRecord> & {indicator: string; period: string}): MeasurementRecord => ({at: {file: 'm.yaml', pointer: ''}, ...x})

describe('reported indicators', () => {
  const reported = [
    target('share', 'reported', 0.95, '2026-06-30', {indicator: 'share'}),
    target('scenes', 'reported', 30, '2026-06-30', {indicator: 'scenes', unit: 'count'}),
  ]
  it('take the overall record of the latest month not after the evaluation month', () => {
    const measurements = [
      m({indicator: 'share', period: '2026-04', value: 0.9}),
      m({indicator: 'share', period: '2026-05', numerator: 96, denominator: 100}),
      m({indicator: 'share', period: '2026-05', numerator: 10, denominator: 40, department: 'A'}),
      m({indicator: 'share', period: '2026-07', value: 0.5}),
      m({indicator: 'scenes', period: '2026-03', value: 31}),
    ]
    const r = run('2026-05-31', reported, {measurements})
    expect([line(r, 'share').value, line(r, 'share').numerator, line(r, 'share').denominator, line(r, 'share').period, line(r, 'share').status]).toEqual([0.96, 96, 100, '2026-05', 'met'])
    expect([line(r, 'scenes').value, line(r, 'scenes').numerator, line(r, 'scenes').period, line(r, 'scenes').status]).toEqual([31, null, '2026-03', 'met'])
    expect(line(r, 'share').kind).toBe('reported')
    // In April only April's record counts.
    expect([line(run('2026-04-30', reported, {measurements}), 'share').value, line(run('2026-04-30', reported, {measurements}), 'share').status]).toEqual([0.9, 'behind'])
  })

  it('sum numerators and denominators when the month has no overall record', () => {
    const measurements = [
      m({indicator: 'share', period: '2026-05', value: 0.99}),
      m({indicator: 'share', period: '2026-06', numerator: 45, denominator: 50, department: 'A'}),
      m({indicator: 'share', period: '2026-06', numerator: 30, denominator: 50, region: '320100'}),
    ]
    const r = run('2026-07-15', reported, {measurements})
    expect([line(r, 'share').numerator, line(r, 'share').denominator, line(r, 'share').value, line(r, 'share').period, line(r, 'share').status]).toEqual([75, 100, 0.75, '2026-06', 'overdue'])
  })

  it('have no data when a record of that month has only a value, or there is no record yet', () => {
    const measurements = [
      m({indicator: 'share', period: '2026-06', numerator: 45, denominator: 50, department: 'A'}),
      m({indicator: 'share', period: '2026-06', value: 0.8, department: 'B'}),
      m({indicator: 'scenes', period: '2026-08', value: 40}),
    ]
    const r = run('2026-06-15', reported, {measurements})
    expect([line(r, 'share').value, line(r, 'share').status, line(r, 'scenes').value, line(r, 'scenes').status]).toEqual([null, 'no-data', null, 'no-data'])
    expect(r.indicators.map(x => x.status)).toEqual(['no-data', 'no-data'])
  })

  it('are grouped per department from each department\'s latest record', () => {
    const measurements = [
      m({indicator: 'share', period: '2026-04', numerator: 99, denominator: 100, department: 'B'}),
      m({indicator: 'share', period: '2026-05', numerator: 45, denominator: 50, department: 'A'}),
      m({indicator: 'share', period: '2026-06', value: 0.97, region: '320100'}),
    ]
    const r = run('2026-06-15', reported, {measurements, by: 'department'})
    expect(line(r, 'share').groups!.map(g => [g.key, g.value, g.period, g.status])).toEqual([['A', 0.9, '2026-05', 'behind'], ['B', 0.99, '2026-04', 'met']])
  })
})
