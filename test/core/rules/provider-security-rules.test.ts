// Hand-computed cases for the shared-platform rules (SVC-003, DATA-001: the Jiangsu pack's
// requires-provider rules, evaluated from the pack's data) and the security rules SEC-004 … SEC-008.
import {describe, expect, it} from 'vitest'
import type {Inventory} from '../../../src/core/inventory/model.js'
import type {Policy} from '../../../src/core/policy/model.js'
import {RULES} from '../../../src/core/rules/registry.js'
import {runCheck} from '../../../src/core/rules/run-check.js'
import type {RuleContext} from '../../../src/core/rules/types.js'
import {loadPolicy} from '../../../src/io/load-policy.js'
import {type NodeInput, type SystemInput, makeInventory} from '../../helpers/build-inventory.js'
import {ONE_CLOUD} from '../../helpers/one-cloud.js'
import {ROOT} from '../../helpers/run-cli.js'

const AS_OF = '2026-06-30'
const jiangsu: Policy = loadPolicy(undefined, ROOT)
const only = (id: string): Policy => ({...jiangsu, rules: jiangsu.rules.filter(r => r.id === id)})

/** The findings of one pack rule over these systems, as `subject` ids, through the real check. */
function check(rule: string, systems: SystemInput[], o: {includeClassified?: boolean} = {}) {
  const inv = makeInventory({systems})
  return runCheck(inv, only(rule), {asOf: AS_OF, lang: 'en', regions: new Map(), includeClassified: o.includeClassified}).findings
}
const fires = (rule: string, systems: SystemInput[]) => check(rule, systems).map(f => f.subject.id)

const NODES: NodeInput[] = [
  {id: 'n-prov', type: 'provincial-cloud', region: '320000'},
  {id: 'nj-main', type: 'city-cloud', managed: true, region: '320100'},
  {id: 'nj-jiangning', type: 'self-built', region: '320115'},
  {id: 'wx-dr', type: 'city-cloud', managed: true, role: 'dr', region: '320200'},
  {id: 'no-region', type: 'self-built'},
]
function context(inv: Inventory): RuleContext {
  return {inv, asOf: AS_OF, oneCloud: ONE_CLOUD, exemptionNoticeDays: 90, targets: [], regions: new Map([['320100', {zh: '南京市', en: 'Nanjing'}]]), assessments: jiangsu.assessments}
}
function sec(rule: string, systems: SystemInput[]) {
  return RULES[rule].run(context(makeInventory({systems, nodes: NODES})))
}
const secFires = (rule: string, systems: SystemInput[]) => sec(rule, systems).hits.map(h => h.subject.id)

describe('SVC-003: a service system signs in through the unified identity platform (pack data)', () => {
  const idp: SystemInput = {id: 'idp', department: '省大数据管理中心', provides: ['identity']}
  it('does not fire with an auth dependency on a system that provides identity', () => {
    expect(fires('SVC-003', [idp, {id: 'svc', serviceSystem: true, dependsOn: [{system: 'idp', kind: 'auth'}]}])).toEqual([])
  })
  it('fires without one: no dependency, an auth dependency elsewhere, a plain or api dependency on the platform, or a retired platform', () => {
    expect(fires('SVC-003', [
      idp,
      {id: 'own-login', provides: []},
      {id: 'old-idp', provides: ['identity'], status: 'retired'},
      {id: 's-none', serviceSystem: true},
      {id: 's-elsewhere', serviceSystem: true, dependsOn: [{system: 'own-login', kind: 'auth'}]},
      {id: 's-plain', serviceSystem: true, dependsOn: ['idp']},
      {id: 's-api', serviceSystem: true, dependsOn: [{system: 'idp', kind: 'api'}]},
      {id: 's-retired-idp', serviceSystem: true, dependsOn: [{system: 'old-idp', kind: 'auth'}]},
    ])).toEqual(['s-api', 's-elsewhere', 's-none', 's-plain', 's-retired-idp'])
  })
  it('looks only at in-scope service systems, and not at an identity platform itself', () => {
    const r = runCheck(makeInventory({systems: [
      {...idp, serviceSystem: true},
      {id: 'not-service'},
      {id: 'retired', serviceSystem: true, status: 'retired'},
      {id: 'secret', serviceSystem: true, classified: true},
      {id: 'svc', serviceSystem: true},
    ]}), only('SVC-003'), {asOf: AS_OF, lang: 'en', regions: new Map()})
    expect(r.rules[0]).toMatchObject({rule: 'SVC-003', checked: 1, findings: 1})
    expect(r.findings.map(f => [f.subject.id, f.department, f.severity, f.source])).toEqual([['svc', '省甲厅', 'warning', '苏政办发〔2023〕18号 三、9.']])
  })
})

describe('DATA-001: data from another department goes through the exchange platform (pack data)', () => {
  const base: SystemInput[] = [
    {id: 'exchange', department: '省大数据管理中心', provides: ['data-exchange']},
    {id: 'b-db', name: '乙库', department: '省乙厅'},
    {id: 'a-db', name: '甲库', department: '省甲厅'},
  ]
  it('fires for a direct data dependency on another department, not through the exchange, and not within the department', () => {
    const f = check('DATA-001', [
      ...base,
      {id: 'direct', dependsOn: [{system: 'b-db', kind: 'data'}]},
      {id: 'via-exchange', dependsOn: [{system: 'exchange', kind: 'data'}]},
      {id: 'same-dept', dependsOn: [{system: 'a-db', kind: 'data'}]},
      {id: 'api-only', dependsOn: [{system: 'b-db', kind: 'api'}]},
    ])
    expect(f.map(x => [x.subject.id, x.department, x.data.count, x.data.systems])).toEqual([['direct', '省甲厅', 1, ['b-db']]])
    expect(f[0].message).toContain('乙库')
  })
  it('counts every point-to-point source once, and names a classified one only with includeClassified', () => {
    const systems: SystemInput[] = [
      ...base,
      {id: 'c-secret', name: '丙涉密库', department: '省丙厅', classified: true},
      {id: 'mixed', dependsOn: [{system: 'b-db', kind: 'data'}, {system: 'b-db', kind: 'data'}, {system: 'c-secret', kind: 'data'}, {system: 'exchange', kind: 'data'}]},
    ]
    const [hidden] = check('DATA-001', systems)
    expect([hidden.data.count, hidden.data.systems, hidden.data.classified]).toEqual([2, ['b-db'], 1])
    expect(hidden.message).not.toContain('丙涉密库')
    expect(JSON.stringify(hidden)).not.toContain('c-secret')
    const [shown] = check('DATA-001', systems, {includeClassified: true})
    expect([shown.data.count, shown.data.systems, shown.data.classified]).toEqual([2, ['b-db', 'c-secret'], 0])
  })
})

describe('SEC-005: MLPS assessment more than 365 days (level 3) or 182 days (level 4+) before the evaluation date', () => {
  it('keeps 365 and 182 days, fires at 366 and 183, and when none is recorded', () => {
    expect(secFires('SEC-005', [
      {id: 'l3-365', mlps: 3, mlpsAssessed: '2025-06-30'},
      {id: 'l3-366', mlps: 3, mlpsAssessed: '2025-06-29'},
      {id: 'l4-182', mlps: 4, mlpsAssessed: '2025-12-30'},
      {id: 'l4-183', mlps: 4, mlpsAssessed: '2025-12-29'},
      {id: 'l5-183', mlps: 5, mlpsAssessed: '2025-12-29'},
      {id: 'l3-none', mlps: 3},
      {id: 'l3-future', mlps: 3, mlpsAssessed: '2026-07-01'},
    ])).toEqual(['l3-366', 'l3-none', 'l4-183', 'l5-183'])
  })
  it('checks only in-scope systems at a level with a period, and gives the age and period', () => {
    const r = sec('SEC-005', [{id: 'l2', mlps: 2}, {id: 'none'}, {id: 'gone', mlps: 3, status: 'retired'}, {id: 'l3', mlps: 3, mlpsAssessed: '2025-06-29'}])
    expect(r.checked).toBe(1)
    expect(r.hits[0].data).toEqual({name: 'l3', id: 'l3', mlps: 3, assessed: '2025-06-29', age: 366, period: 365})
  })
})

describe('SEC-006: 密评 more than 365 days old at level 3+ with crypto passed', () => {
  it('keeps 365 days, fires at 366 and when none is recorded; failed or no 密评 is SEC-003, not this', () => {
    expect(secFires('SEC-006', [
      {id: 'd365', mlps: 3, crypto: 'passed', cryptoAssessed: '2025-06-30'},
      {id: 'd366', mlps: 4, crypto: 'passed', cryptoAssessed: '2025-06-29'},
      {id: 'none', mlps: 3, crypto: 'passed'},
      {id: 'failed', mlps: 3, crypto: 'failed'},
      {id: 'l2', mlps: 2, crypto: 'passed'},
    ])).toEqual(['d366', 'none'])
  })
})

describe('SEC-007: the DR node in the same city as the hosting node', () => {
  it('fires for a DR copy in the same city (a county of it included), not in another city', () => {
    const r = sec('SEC-007', [
      {id: 'same-city', hosting: {node: 'nj-main'}, disasterRecovery: {node: 'nj-jiangning'}},
      {id: 'other-city', hosting: {node: 'nj-main'}, disasterRecovery: {node: 'wx-dr'}},
      {id: 'unplaced', hosting: {node: 'nj-main'}, disasterRecovery: {node: 'no-region'}},
      {id: 'flag-only', hosting: {node: 'nj-main'}, disasterRecovery: true},
    ])
    expect(r.checked).toBe(3)
    expect(r.hits.map(h => [h.subject.id, h.data.node, h.data.drNode, h.data.region])).toEqual([['same-city', 'nj-main', 'nj-jiangning', '320100']])
    expect(r.hits[0].words?.region).toEqual({zh: '南京市', en: 'Nanjing'})
  })
  it('SEC-004 counts disasterRecovery {node} as having DR', () => {
    expect(secFires('SEC-004', [
      {id: 'node', mlps: 3, hosting: {node: 'nj-main'}, disasterRecovery: {node: 'wx-dr'}},
      {id: 'no-dr', mlps: 3},
    ])).toEqual(['no-dr'])
  })
})

describe('SEC-008: critical information infrastructure below MLPS level 3', () => {
  it('fires at level 2 and with no level, not at level 3 nor for a system that is not cii', () => {
    expect(secFires('SEC-008', [
      {id: 'cii-2', cii: true, mlps: 2},
      {id: 'cii-3', cii: true, mlps: 3},
      {id: 'cii-none', cii: true},
      {id: 'plain-2', mlps: 2},
    ])).toEqual(['cii-2', 'cii-none'])
  })
})
