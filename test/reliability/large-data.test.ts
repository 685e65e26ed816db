// Data size never becomes call-stack depth: 130,000 systems depending on one platform go through the
// human output of impact, ipv6 and plan, and the renderers that take one row or point per record, in
// process (a spread of a large array into a call overflows V8's stack at about 120,000 arguments).
import {describe, expect, it} from 'vitest'
import {buildDependencyIndex} from '../../src/core/graph/dependency-index.js'
import {computeImpact} from '../../src/core/impact/compute-impact.js'
import type {Inventory} from '../../src/core/inventory/model.js'
import {computeIpv6Readiness} from '../../src/core/ipv6/compute-ipv6-readiness.js'
import {makePlan} from '../../src/core/plan/make-plan.js'
import {resolvePlanConfig} from '../../src/core/plan/resolve-plan-config.js'
import {loadPolicy} from '../../src/io/load-policy.js'
import {renderImpact} from '../../src/render/impact.js'
import {renderIpv6} from '../../src/render/ipv6.js'
import {renderPlan} from '../../src/render/plan.js'
import {renderBlockerChart} from '../../src/render/report/render-blocker-chart.js'
import {renderTrajectoryChart} from '../../src/render/report/render-trajectory-chart.js'
import {textTable} from '../../src/render/text-table.js'
import {type SystemInput, makeInventory} from '../helpers/build-inventory.js'
import {ROOT} from '../helpers/run-cli.js'

const N = 130_000
const asOf = '2026-12-01'
// Seconds each on an idle machine; the bound leaves room for a busy one.
const SLOW = 240_000

function starInventory(): Inventory {
  const systems: SystemInput[] = [{id: 'plat', name: '平台', hosting: {node: 'sb'}, resources: {vcpu: 4, memoryGiB: 8, storageTiB: 1}}]
  for (let i = 0; i < N; i++) {
    systems.push({id: `s${String(i).padStart(6, '0')}`, name: `系统${i}`, department: `厅${i % 50}`, hosting: {node: 'sb'}, dependsOn: ['plat'], resources: {vcpu: 1, memoryGiB: 2, storageTiB: 1}})
  }
  return makeInventory({
    systems,
    nodes: [
      {id: 'pc', type: 'provincial-cloud', managed: true, region: '320000', mlpsCertified: 3, dualStack: true, capacity: {vcpu: 1e7, memoryGiB: 1e8, storageTiB: 1e7}},
      {id: 'sb', type: 'self-built', region: '320000'},
    ],
  })
}

describe(`${N.toLocaleString('en')} systems depending on one platform`, () => {
  const inv = starInventory()
  const policy = loadPolicy(undefined, ROOT)

  it('impact lists every dependent in its table', () => {
    const result = computeImpact(inv, buildDependencyIndex(inv), 'plat', {asOf, oneCloud: policy.oneCloud, includeClassified: false})
    expect(result.dependents).toHaveLength(N)
    const out = renderImpact(result, 'table', 'en')
    expect(out).toContain('s129999')
  }, SLOW)

  it('ipv6 renders its tables', () => {
    const out = renderIpv6(computeIpv6Readiness(inv, {}), {lang: 'en', format: 'table'})
    expect(out).toContain('s129999')
  }, SLOW)

  it('plan renders its tables', () => {
    const config = resolvePlanConfig({apiVersion: 'yunwang/v1', kind: 'PlanConfig', start: '2027-01-04', waveDays: 28, maxSystemsPerWave: 200_000}, {}, asOf)
    const {result} = makePlan(inv, config, {asOf, oneCloud: policy.oneCloud, includeClassified: false, targets: policy.targets})
    const out = renderPlan(result, 'table', 'en')
    expect(out).toContain('s129999')
  }, SLOW)
})

describe('renderers given one item per record', () => {
  it('a text table of 130,000 rows sizes its columns', () => {
    const rows = Array.from({length: N}, (_, i) => [String(i), i === N - 1 ? 'the longest cell of all' : 'x'])
    const lines = textTable([['n', 'text'], ...rows]).split('\n')
    expect(lines).toHaveLength(N + 5)
    expect(lines[0]).toBe(`┌${'─'.repeat(8)}┬${'─'.repeat(25)}┐`)
  })

  it('the blocker chart scales 130,000 bars to the longest', () => {
    const blockers = Array.from({length: N}, (_, i) => ({kind: 'node', id: `n${i}`, name: `n${i}`, blocks: i + 1}))
    const svg = renderBlockerChart(blockers, {title: 't', systems: n => String(n)})
    expect(svg).toContain(`n${N - 1}: ${N}`)
  })

  it('the trajectory chart takes 130,000 waves', () => {
    const points = Array.from({length: N}, (_, i) => ({date: '2027-01-04', rate: 0.5 + (i / N) * 0.4, title: `wave ${i + 1}`}))
    const svg = renderTrajectoryChart(points, {title: 't', asOf: {date: asOf, rate: 0.42, label: 'now'}, target: null, milestones: [], percent: r => `${r}`})
    // The axis starts a tenth below the lowest rate (42%).
    expect(svg).toContain('>30%</text>')
  })
})
