// A city pack (appliesTo) over Jiangsu's: the shipped Changzhou pack loads, judges Changzhou's subjects
// with its own version of the rules it lists and Jiangsu's for the rest, and Nanjing's by Jiangsu's alone.
import {describe, expect, it} from 'vitest'
import {YunwangError} from '../../../src/core/errors.js'
import {runCheck} from '../../../src/core/rules/run-check.js'
import {computeStatus} from '../../../src/core/status/compute-status.js'
import {resolvePlanConfig} from '../../../src/core/plan/resolve-plan-config.js'
import {loadPolicy} from '../../../src/io/load-policy.js'
import {makeInventory} from '../../helpers/build-inventory.js'
import {ROOT} from '../../helpers/run-cli.js'

const AS_OF = '2026-06-30'
const changzhou = loadPolicy('changzhou', ROOT)
const jiangsu = loadPolicy('jiangsu', ROOT)

// cz-x in a Changzhou county (武进区 320412) and nj-x in Nanjing, both in self-built rooms, each on a private
// network that has not started consolidation; cz-y on Changzhou's managed city cloud, cz-z (溧阳市 320481)
// on the provincial node, which lies outside Changzhou and still counts as the one cloud.
const inv = makeInventory({
  nodes: [
    {id: 'n-prov', type: 'provincial-cloud', region: '320000', dualStack: true},
    {id: 'cz-cloud', type: 'city-cloud', region: '320400', managed: true, dualStack: true},
    {id: 'cz-room', type: 'self-built', region: '320412', dualStack: true},
    {id: 'nj-room', type: 'self-built', region: '320100', dualStack: true},
  ],
  networks: [
    {id: 'p-cz', type: 'private', owner: '常州市武进区公安分局', dualStack: true, consolidation: {status: 'none'}},
    {id: 'p-nj', type: 'private', owner: '南京市公安局', dualStack: true, consolidation: {status: 'none'}},
  ],
  systems: [
    {id: 'cz-x', department: '常州市武进区公安分局', level: 'county', region: '320412', hosting: {node: 'cz-room'}, networks: ['p-cz']},
    {id: 'cz-y', department: '常州市政务办', level: 'city', region: '320400', hosting: {node: 'cz-cloud'}},
    {id: 'cz-z', department: '常州市溧阳市政务办', level: 'county', region: '320481', hosting: {node: 'n-prov'}},
    {id: 'nj-x', department: '南京市公安局', level: 'city', region: '320100', hosting: {node: 'nj-room'}, networks: ['p-nj']},
  ],
})
const check = (policy = changzhou) => runCheck(inv, policy, {asOf: AS_OF, lang: 'zh', regions: new Map()})
const about = (out: ReturnType<typeof check>, id: string) =>
  out.findings.filter(f => f.subject.id === id).map(f => [f.rule, f.pack, f.severity, f.source])

describe('the Changzhou pack', () => {
  it('loads over Jiangsu: Jiangsu\'s rules and targets whole, Changzhou\'s scoped to 320400', () => {
    expect(changzhou.id).toBe('jiangsu')
    expect(changzhou.rules).toEqual(jiangsu.rules)
    expect(changzhou.targets).toEqual(jiangsu.targets)
    const scoped = changzhou.scoped!
    expect([scoped.id, scoped.regions]).toEqual(['changzhou', ['320400']])
    expect(scoped.rules.map(r => [r.id, r.severity, r.enabled])).toEqual([['CLOUD-001', 'error', true], ['NET-001', 'error', true], ['SVC-002', 'warning', true]])
    // Five targets of 一、（二）: adoption, data sharing, data opening, 一网通办 100% and 60 一网统管 scenarios, by 2025.
    expect(scoped.targets.map(t => [t.id, t.metric, t.indicator ?? null, t.rate, t.unit, t.by, t.source.clause])).toEqual([
      ['changzhou-adoption', 'adoptionRate', null, 1, 'rate', '2025-12-31', '一、（二）'],
      ['changzhou-data-opening', 'reported', 'data-opening', 1, 'rate', '2025-12-31', '一、（二）'],
      ['changzhou-data-sharing', 'reported', 'data-sharing', 1, 'rate', '2025-12-31', '一、（二）'],
      ['changzhou-one-network-service', 'reported', 'one-network-service', 1, 'rate', '2025-12-31', '一、（二）'],
      ['changzhou-unified-ops-scenarios', 'reported', 'unified-ops-scenarios', 60, 'count', '2025-12-31', '一、（二）'],
    ])
  })

  it('judges a Changzhou system by both packs: Changzhou\'s CLOUD-001, Jiangsu\'s IPV6-002', () => {
    const out = check()
    expect(about(out, 'cz-x').map(x => x.slice(0, 3))).toEqual([
      ['CLOUD-001', 'changzhou', 'error'], ['NET-002', 'jiangsu', 'error'], ['IPV6-002', 'jiangsu', 'warning'],
    ])
    expect(about(out, 'cz-x').map(x => x[3])[0]).toBe('常政发〔2022〕82号 四、（一）')
    expect(out.findings.find(f => f.rule === 'CLOUD-001' && f.subject.id === 'cz-x')!.message).toContain('市级统建政务云')
    // The network a Changzhou system is attached to is Changzhou's subject: NET-001 from its pack.
    expect(about(out, 'p-cz').map(x => x.slice(0, 2))).toEqual([['NET-001', 'changzhou']])
  })

  it('judges a Nanjing system by Jiangsu\'s rules alone, exactly as --policy jiangsu does', () => {
    const out = check()
    expect(about(out, 'nj-x').map(x => x.slice(0, 2))).toEqual([['CLOUD-001', 'jiangsu'], ['NET-002', 'jiangsu'], ['IPV6-002', 'jiangsu']])
    expect(about(out, 'p-nj').map(x => x.slice(0, 2))).toEqual([['NET-001', 'jiangsu']])
    const plain = check(jiangsu)
    for (const id of ['nj-x', 'p-nj']) expect(about(out, id)).toEqual(about(plain, id))
    expect(out.findings.find(f => f.subject.id === 'nj-x' && f.rule === 'CLOUD-001')!.source).toBe('苏政发〔2022〕44号 二、6.')
    // Same number of findings as Jiangsu's pack: Changzhou's rules replace, never double, Jiangsu's.
    expect(out.findings.length).toBe(plain.findings.length)
  })

  it('a city pack switching a rule off or raising it changes it in the city only', () => {
    const out = check(loadPolicy('test/fixtures/city-packs/switch-off.yaml', ROOT))
    expect(about(out, 'cz-x').map(x => x.slice(0, 3))).toEqual([['CLOUD-001', 'city-switch', 'critical'], ['NET-002', 'jiangsu', 'error']])
    expect(about(out, 'nj-x').map(x => x.slice(0, 3))).toEqual([['CLOUD-001', 'jiangsu', 'error'], ['NET-002', 'jiangsu', 'error'], ['IPV6-002', 'jiangsu', 'warning']])
    expect(out.disabled).toEqual(['IPV6-002'])
  })

  it('measures its targets on Changzhou only: 2 of 3 systems on the cloud there, beside Jiangsu\'s 2 of 4', () => {
    const plan = resolvePlanConfig(undefined, {}, AS_OF)
    const status = computeStatus(inv, changzhou, {asOf: AS_OF, lang: 'en', label: k => k, plan, includeClassified: false})
    const line = (id: string) => status.indicators.find(x => x.id === id)!
    expect([line('adoption').numerator, line('adoption').denominator, line('adoption').scope]).toEqual([2, 4, undefined])
    expect([line('changzhou-adoption').numerator, line('changzhou-adoption').denominator, line('changzhou-adoption').scope]).toEqual([2, 3, ['320400']])
    expect(line('changzhou-adoption').status).toBe('overdue')
    expect(line('changzhou-unified-ops-scenarios').status).toBe('no-data')
  })
})

describe('city pack problems', () => {
  const problems = (file: string) => {
    try {
      loadPolicy(file, ROOT)
    } catch (error) {
      return (error as YunwangError).problems.map(p => [p.code, p.position.line, p.position.pointer])
    }
    return []
  }
  it('refuses a target with the id of a province target, at that id', () => {
    expect(problems('test/fixtures/city-packs/override-target.yaml')).toEqual([['SCOPED_TARGET_ID', 8, '/targets/0/id']])
  })
  it('refuses appliesTo without extends', () => {
    expect(problems('test/fixtures/city-packs/no-extends.yaml')).toEqual([['MISSING_FIELD', 2, '']])
  })
  it('refuses a city pack that sets what the province decides, at that field', () => {
    expect(problems('test/fixtures/city-packs/one-cloud.yaml')).toEqual([['SCOPED_FIELD', 7, '/exemptionNoticeDays']])
  })
  it('refuses a scoped pack over a scoped pack, at extends', () => {
    expect(problems('test/fixtures/city-packs/county.yaml')).toEqual([['SCOPED_BASE', 5, '/extends']])
  })
})
