// On small inventories, the plan's number of waves against the true optimum, found by exhaustive search.
import {ONE_CLOUD} from '../../helpers/one-cloud.js'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {addDays} from '../../../src/core/dates.js'
import {makePlan} from '../../../src/core/plan/make-plan.js'
import type {MoveGroup, ResolvedPlanConfig} from '../../../src/core/plan/model.js'
import {buildWaveCalendar} from '../../../src/core/plan/build-wave-calendar.js'
import {constraintEdges, isOversize, releaseWave} from '../../../src/core/plan/schedule-waves.js'
import {type SystemInput, buildTestInventory} from '../../helpers/build-inventory.js'

const AS_OF = '2026-12-01'

/** The fewest waves any valid assignment needs (dependency order, limits, oversize alone, notBefore). */
function optimum(groups: MoveGroup[], config: ResolvedPlanConfig): number {
  const calendar = buildWaveCalendar(config)
  const release = groups.map(g => releaseWave(g, calendar).wave)
  const {before} = constraintEdges(groups, config)
  const n = groups.length
  if (n === 0) return 0
  const fits = (W: number): boolean => {
    const wave = new Array<number>(n).fill(0)
    const systems = new Array<number>(W + 1).fill(0)
    const vcpu = new Array<number>(W + 1).fill(0)
    const alone = new Array<boolean>(W + 1).fill(false)
    const go = (k: number): boolean => {
      if (k === n) return groups.every(g => before[g.index].every(p => wave[p] <= wave[g.index]))
      const g = groups[k]
      const big = isOversize(g, config)
      for (let w = release[k]; w <= W; w++) {
        if (alone[w]) continue
        if (big ? systems[w] > 0 : systems[w] + g.systems > config.maxSystemsPerWave || (config.maxVcpuPerWave !== undefined && vcpu[w] + g.demand.vcpu > config.maxVcpuPerWave)) continue
        if (before[k].some(p => p < k && wave[p] > w)) continue
        if (groups.some((h, j) => j < k && before[j].includes(k) && wave[j] < w)) continue
        wave[k] = w
        systems[w] += g.systems
        vcpu[w] += g.demand.vcpu
        if (big) alone[w] = true
        if (go(k + 1)) return true
        if (big) alone[w] = false
        systems[w] -= g.systems
        vcpu[w] -= g.demand.vcpu
      }
      wave[k] = 0
      return false
    }
    return go(0)
  }
  for (let W = 1; ; W++) if (fits(W)) return W
}

const caseArb = fc.integer({min: 2, max: 8}).chain(n =>
  fc.record({
    systems: fc.array(
      fc.record({
        deps: fc.uniqueArray(fc.integer({min: 0, max: n - 1}), {maxLength: 2}),
        vcpu: fc.integer({min: 1, max: 12}),
        group: fc.oneof({weight: 5, arbitrary: fc.constant(undefined)}, {weight: 1, arbitrary: fc.constantFrom('ga', 'gb')}),
        notBefore: fc.oneof({weight: 5, arbitrary: fc.constant(undefined)}, {weight: 1, arbitrary: fc.integer({min: 0, max: 40})}),
        retire: fc.boolean().map(b => b && n % 3 === 0),
      }),
      {minLength: n, maxLength: n},
    ),
    maxSystemsPerWave: fc.integer({min: 1, max: 3}),
    maxVcpuPerWave: fc.option(fc.integer({min: 6, max: 20}), {nil: undefined}),
    order: fc.constantFrom('dependencies-first' as const, 'dependents-first' as const),
  }),
)

describe('plan optimality on small inventories', () => {
  it('is at most one wave above the exhaustive optimum, and at it in 99% of cases; the lower bound never exceeds the optimum', () => {
    let above = 0
    let total = 0
    fc.assert(
      fc.property(caseArb, c => {
        const systems: SystemInput[] = c.systems.map((s, k) => ({
          id: `s${k}`, hosting: {node: 'dc'}, resources: {vcpu: s.vcpu, memoryGiB: 1, storageTiB: 0},
          dependsOn: s.deps.filter(d => d !== k).map(d => `s${d}`),
          migration: {strategy: s.retire ? 'retire' : 'rehost', ...(s.group ? {group: s.group} : {}), ...(s.notBefore === undefined ? {} : {notBefore: addDays('2027-01-04', s.notBefore)})},
        }))
        const inv = buildTestInventory(systems, [{id: 'pc', type: 'provincial-cloud', mlpsCertified: 3}, {id: 'dc', type: 'self-built'}])
        const config: ResolvedPlanConfig = {
          start: '2027-01-04', waveDays: 7, maxSystemsPerWave: c.maxSystemsPerWave, order: c.order, blackouts: [],
          ...(c.maxVcpuPerWave === undefined ? {} : {maxVcpuPerWave: c.maxVcpuPerWave}),
        }
        const outcome = makePlan(inv, config, {asOf: AS_OF, oneCloud: ONE_CLOUD})
        const best = optimum(outcome.groups, config)
        const ours = outcome.result.summary.migrationWaves
        expect(outcome.result.lowerBound.waves).toBeLessThanOrEqual(best)
        expect(ours).toBeGreaterThanOrEqual(best)
        total++
        expect(ours).toBeLessThanOrEqual(best + 1)
        if (ours > best) above++
      }),
      {numRuns: 1500, seed: 7},
    )
    // Bin packing under precedence is NP-hard; the greedy passes miss the optimum by one wave in rare cases.
    expect(above).toBeLessThanOrEqual(total / 100)
  })
})
