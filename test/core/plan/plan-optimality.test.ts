// On small inventories, the plan's number of waves against the true optimum, found by exhaustive search
// over the generated case itself: the search knows the rules (move groups, dependency order, limits,
// oversize groups alone, notBefore) but uses none of the planner's code.
import {ONE_CLOUD} from '../../helpers/one-cloud.js'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {addDays} from '../../../src/core/dates.js'
import {makePlan} from '../../../src/core/plan/make-plan.js'
import type {ResolvedPlanConfig} from '../../../src/core/plan/model.js'
import {type SystemInput, buildTestInventory} from '../../helpers/build-inventory.js'

const AS_OF = '2026-12-01'
const START = '2027-01-04'
const WAVE_DAYS = 7

interface CaseSystem {
  deps: number[]
  vcpu: number
  group?: 'ga' | 'gb'
  /** Days after START. */
  notBefore?: number
  retire: boolean
}

interface Case {
  systems: CaseSystem[]
  maxSystemsPerWave: number
  maxVcpuPerWave?: number
  order: 'dependencies-first' | 'dependents-first'
}

/**
 * Move groups as the rules define them: systems that reach each other through dependencies, where systems
 * sharing a `migration.group` also reach each other both ways (so a cycle through a group merges it).
 */
function moveGroups(c: Case): number[][] {
  const n = c.systems.length
  const reach = Array.from({length: n}, (_, i) => Array.from({length: n}, (_, j) => i === j))
  c.systems.forEach((s, i) => {
    for (const d of s.deps) if (d !== i) reach[i][d] = true
    c.systems.forEach((t, j) => {
      if (s.group !== undefined && s.group === t.group) reach[i][j] = true
    })
  })
  for (let k = 0; k < n; k++) for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) if (reach[i][k] && reach[k][j]) reach[i][j] = true
  const groups: number[][] = []
  const seen = new Set<number>()
  for (let i = 0; i < n; i++) {
    if (seen.has(i)) continue
    const members = [...Array(n).keys()].filter(j => reach[i][j] && reach[j][i])
    for (const j of members) seen.add(j)
    groups.push(members)
  }
  return groups
}

/** The fewest waves (the last wave used) of any assignment of the case's move groups that keeps every rule. */
function optimum(c: Case): number {
  const groups = moveGroups(c)
  const n = groups.length
  if (n === 0) return 0
  const groupOf = new Map<number, number>()
  groups.forEach((members, g) => members.forEach(i => groupOf.set(i, g)))
  const systems = groups.map(m => m.length)
  const vcpu = groups.map(m => m.reduce((sum, i) => sum + (c.systems[i].retire ? 0 : c.systems[i].vcpu), 0))
  const alone = groups.map((_, g) => systems[g] > c.maxSystemsPerWave || (c.maxVcpuPerWave !== undefined && vcpu[g] > c.maxVcpuPerWave))
  // Wave w starts (w - 1) * WAVE_DAYS days after START; a group waits for the first wave starting on or after its latest notBefore.
  const release = groups.map(m => 1 + Math.ceil(Math.max(0, ...m.map(i => c.systems[i].notBefore ?? 0)) / WAVE_DAYS))
  // first[g] holds the groups that must be in the same wave as g or an earlier one.
  const first = groups.map(() => new Set<number>())
  c.systems.forEach((s, i) => {
    for (const d of s.deps) {
      const [a, b] = [groupOf.get(i)!, groupOf.get(d)!]
      if (a === b) continue
      if (c.order === 'dependencies-first') first[a].add(b)
      else first[b].add(a)
    }
  })
  const fits = (W: number): boolean => {
    const wave = new Array<number>(n).fill(0)
    const used = new Array<number>(W + 1).fill(0)
    const cpu = new Array<number>(W + 1).fill(0)
    const taken = new Array<boolean>(W + 1).fill(false)
    const orderKept = (g: number): boolean => {
      for (let h = 0; h < g; h++) {
        if (first[g].has(h) && wave[h] > wave[g]) return false
        if (first[h].has(g) && wave[g] > wave[h]) return false
      }
      return true
    }
    const place = (g: number): boolean => {
      if (g === n) return true
      for (let w = release[g]; w <= W; w++) {
        if (taken[w] || (alone[g] && used[w] > 0)) continue
        if (!alone[g] && (used[w] + systems[g] > c.maxSystemsPerWave || (c.maxVcpuPerWave !== undefined && cpu[w] + vcpu[g] > c.maxVcpuPerWave))) continue
        wave[g] = w
        if (!orderKept(g)) continue
        used[w] += systems[g]
        cpu[w] += vcpu[g]
        taken[w] = alone[g]
        if (place(g + 1)) return true
        used[w] -= systems[g]
        cpu[w] -= vcpu[g]
        taken[w] = false
      }
      wave[g] = 0
      return false
    }
    return place(0)
  }
  for (let W = 1; ; W++) if (fits(W)) return W
}

function planWaves(c: Case) {
  const systems: SystemInput[] = c.systems.map((s, k) => ({
    id: `s${k}`, hosting: {node: 'dc'}, resources: {vcpu: s.vcpu, memoryGiB: 1, storageTiB: 0},
    dependsOn: s.deps.filter(d => d !== k).map(d => `s${d}`),
    migration: {strategy: s.retire ? 'retire' : 'rehost', ...(s.group ? {group: s.group} : {}), ...(s.notBefore === undefined ? {} : {notBefore: addDays(START, s.notBefore)})},
  }))
  const inv = buildTestInventory(systems, [{id: 'pc', type: 'provincial-cloud', mlpsCertified: 3}, {id: 'dc', type: 'self-built'}])
  const config: ResolvedPlanConfig = {
    start: START, waveDays: WAVE_DAYS, maxSystemsPerWave: c.maxSystemsPerWave, order: c.order, blackouts: [],
    ...(c.maxVcpuPerWave === undefined ? {} : {maxVcpuPerWave: c.maxVcpuPerWave}),
  }
  return makePlan(inv, config, {asOf: AS_OF, oneCloud: ONE_CLOUD}).result
}

const sys = (deps: number[] = [], more: Partial<CaseSystem> = {}): CaseSystem => ({deps, vcpu: 1, retire: false, ...more})

const caseArb = fc.integer({min: 2, max: 8}).chain(n =>
  fc.record({
    systems: fc.array(
      fc.record({
        deps: fc.uniqueArray(fc.integer({min: 0, max: n - 1}), {maxLength: 2}),
        vcpu: fc.integer({min: 1, max: 12}),
        group: fc.oneof({weight: 5, arbitrary: fc.constant(undefined)}, {weight: 1, arbitrary: fc.constantFrom('ga' as const, 'gb' as const)}),
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

describe('the exhaustive optimum', () => {
  it('counts waves by hand-checked rules', () => {
    const base = {maxSystemsPerWave: 1, order: 'dependencies-first' as const}
    // Three independent systems, one a wave.
    expect(optimum({...base, systems: [sys(), sys(), sys()]})).toBe(3)
    // A cycle moves as one group of two: oversize for one a wave, so alone in its wave.
    expect(optimum({...base, systems: [sys([1]), sys([0]), sys()]})).toBe(2)
    // Two systems of one migration.group with a third between them (a → b → c, c in a's group) are one group of three.
    expect(optimum({...base, maxSystemsPerWave: 3, systems: [sys([1], {group: 'ga'}), sys([2]), sys([], {group: 'ga'})]})).toBe(1)
    // Dependencies first: a chain may share a wave when the limit allows.
    expect(optimum({...base, maxSystemsPerWave: 3, systems: [sys([1]), sys([2]), sys()]})).toBe(1)
    // vCPU limit: 8 + 8 does not fit 10.
    expect(optimum({...base, maxSystemsPerWave: 3, maxVcpuPerWave: 10, systems: [sys([], {vcpu: 8}), sys([], {vcpu: 8})]})).toBe(2)
    // A retired system needs no vCPU but still takes a place in its wave.
    expect(optimum({...base, maxSystemsPerWave: 2, maxVcpuPerWave: 10, systems: [sys([], {vcpu: 8}), sys([], {vcpu: 8, retire: true})]})).toBe(1)
    // notBefore 8 days after the start: wave 2 starts on day 7, so wave 3.
    expect(optimum({...base, systems: [sys([], {notBefore: 8})]})).toBe(3)
    expect(optimum({...base, systems: [sys([], {notBefore: 7})]})).toBe(2)
    // Dependents first: the dependency waits for its dependent, which waits for day 14 (wave 3).
    expect(optimum({maxSystemsPerWave: 1, order: 'dependents-first', systems: [sys([1], {notBefore: 14}), sys()]})).toBe(4)
  })

  it('agrees with the planner where the answer is plain', () => {
    const c: Case = {maxSystemsPerWave: 2, order: 'dependencies-first', systems: [sys([1]), sys([2]), sys(), sys([], {notBefore: 20})]}
    expect(planWaves(c).summary.migrationWaves).toBe(optimum(c))
  })
})

describe('plan optimality on small inventories', () => {
  it('is at most one wave above the exhaustive optimum, and at it in 99% of cases; the lower bound never exceeds the optimum', () => {
    let above = 0
    let total = 0
    fc.assert(
      fc.property(caseArb, c => {
        const result = planWaves(c)
        expect(result.unplaced).toEqual([])
        const best = optimum(c)
        const ours = result.summary.migrationWaves
        expect(result.lowerBound.waves).toBeLessThanOrEqual(best)
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
