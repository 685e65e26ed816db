import {describe, expect, it} from 'vitest'
import {computeIpv6Readiness} from '../../../src/core/ipv6/compute-ipv6-readiness.js'
import {compareFindings, departmentStatus, failsAt, runCheck} from '../../../src/core/rules/run-check.js'
import {loadPolicy} from '../../../src/io/load-policy.js'
import {makeInventory} from '../../helpers/build-inventory.js'
import {ROOT} from '../../helpers/run-cli.js'

const jiangsu = loadPolicy('jiangsu', ROOT)

describe('runCheck', () => {
  const inv = makeInventory({
    nodes: [{id: 'n-prov', type: 'provincial-cloud', dualStack: true}, {id: 'n-self', type: 'self-built', dualStack: true}],
    systems: [{id: 'a', hosting: {node: 'n-self'}}, {id: 'b', department: '省乙厅', ipv6: {addresses: ['240e::1'], aaaa: true, appSupport: 'full'}}],
  })

  it('runs only the rules the pack lists and enables, and says which implemented rules it left out', () => {
    const policy = {...jiangsu, rules: jiangsu.rules.filter(r => r.id.startsWith('CLOUD-')).map(r => (r.id === 'CLOUD-002' ? {...r, enabled: false} : r))}
    const out = runCheck(inv, policy, {asOf: '2026-06-30', lang: 'en', regions: new Map()})
    expect(out.rules.map(r => r.rule)).toEqual(['CLOUD-001', 'CLOUD-003', 'CLOUD-004', 'CLOUD-005', 'CLOUD-006'])
    expect(out.disabled).toEqual(['CLOUD-002'])
    expect(out.notInPack).toEqual(['IPV6-001', 'IPV6-002', 'NET-001', 'NET-002', 'NET-003', 'SEC-001', 'SEC-002', 'SEC-003', 'SEC-004', 'SEC-005', 'SEC-006', 'SEC-007', 'SEC-008', 'SVC-001', 'SVC-002'])
    expect(out.findings.map(f => `${f.rule} ${f.subject.id}`)).toEqual(['CLOUD-001 a'])
  })

  it('takes the severity from the pack and lists passing departments', () => {
    const policy = {...jiangsu, rules: jiangsu.rules.map(r => (r.id === 'CLOUD-001' ? {...r, severity: 'info' as const} : r))}
    const out = runCheck(inv, policy, {asOf: '2026-06-30', lang: 'zh', regions: new Map()})
    expect(out.findings.filter(f => f.rule === 'CLOUD-001').map(f => f.severity)).toEqual(['info'])
    expect(out.departments.map(d => `${d.department} ${d.status}`)).toEqual(['省乙厅 pass', '省甲厅 warn'])
  })
})

describe('findings', () => {
  const inv = makeInventory({
    nodes: [{id: 'n-prov', type: 'provincial-cloud', dualStack: true}, {id: 'n-self', type: 'self-built', dualStack: false}],
    systems: [
      {id: 'z', hosting: {node: 'n-self'}},
      {id: 'a', department: '省乙厅', hosting: {node: 'n-self'}, mlps: 3},
      {id: 'm', department: '省乙厅', ipv6: {addresses: ['240e::1'], aaaa: true, appSupport: 'full'}},
    ],
  })
  const check = (o = {}) => runCheck(inv, jiangsu, {asOf: '2026-06-30', lang: 'en', regions: new Map(), ...o})

  it('come in the order compareFindings gives, and read as plain records in JSON', () => {
    const {findings} = check()
    expect(findings.length).toBeGreaterThan(3)
    expect(findings.map(f => `${f.rule} ${f.subject.id}`)).toEqual([...findings].sort(compareFindings).map(f => `${f.rule} ${f.subject.id}`))
    const json = JSON.parse(JSON.stringify(findings[0]))
    expect(Object.keys(json)).toEqual(['rule', 'pack', 'severity', 'subject', 'department', 'message', 'source', 'title', 'hint', 'data'])
    expect(json.message).toBe(findings[0].message)
    expect(json.hint).toBe(findings[0].hint)
  })

  it('are the same when the caller gives the IPv6 readiness it computed', () => {
    const given = check({ipv6: computeIpv6Readiness(inv).systems})
    expect(JSON.stringify(given)).toBe(JSON.stringify(check()))
    expect(given.findings.filter(f => f.rule === 'IPV6-002').map(f => f.subject.id)).toEqual(['a', 'z'])
  })
})

describe('statuses and thresholds', () => {
  const c = (critical: number, error: number, warning: number, info = 0) => ({critical, error, warning, info})
  it('fails with a critical or error, warns with only warnings, passes otherwise (info included)', () => {
    expect([c(1, 0, 0), c(0, 1, 3), c(0, 0, 2), c(0, 0, 0, 5)].map(departmentStatus)).toEqual(['fail', 'fail', 'warn', 'pass'])
  })
  it('fails at or above --fail-on', () => {
    expect([failsAt(c(0, 0, 1), 'error'), failsAt(c(0, 0, 1), 'warning'), failsAt(c(0, 1, 0), 'critical'), failsAt(c(1, 0, 0), 'critical')]).toEqual([false, true, false, true])
  })
})
