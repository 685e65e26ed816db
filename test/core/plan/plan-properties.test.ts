// The planner's invariants, stated once and tried on thousands of generated inventories.
import {ONE_CLOUD} from '../../helpers/one-cloud.js'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {computeAdoption} from '../../../src/core/adoption/compute-adoption.js'
import type {Inventory} from '../../../src/core/inventory/model.js'
import {makePlan} from '../../../src/core/plan/make-plan.js'
import type {PlanResult, ResolvedPlanConfig} from '../../../src/core/plan/model.js'
import {addDays} from '../../../src/core/dates.js'
import {type NetworkInput, type NodeInput, type SystemInput, buildTestInventory} from '../../helpers/build-inventory.js'

const AS_OF = '2026-12-01'
const REGIONS = ['320000', '320100', '320200'] as const

const onboardingArb = fc.constantFrom(undefined, undefined, {notBefore: '2027-02-15'}, {wave: 3}, {vacate: true})

const nodeArb: fc.Arbitrary<NodeInput[]> = fc
  .record({
    count: fc.integer({min: 1, max: 4}),
    oldCityMlps: fc.option(fc.constantFrom(2, 3), {nil: undefined}),
    onboarding: onboardingArb,
    specs: fc.array(
      fc.record({
        type: fc.constantFrom('provincial-cloud' as const, 'city-cloud' as const),
        region: fc.constantFrom(...REGIONS),
        mlps: fc.integer({min: 2, max: 4}),
        xin: fc.boolean(),
        cap: fc.option(fc.record({vcpu: fc.integer({min: 0, max: 400}), memoryGiB: fc.integer({min: 0, max: 1600}), storageTiB: fc.integer({min: 0, max: 80})}), {nil: undefined}),
      }),
      {minLength: 4, maxLength: 4},
    ),
  })
  .map(({count, specs, oldCityMlps, onboarding}) => [
    ...specs.slice(0, count).map((s, k): NodeInput => ({
      id: `cloud${k}`, type: s.type, managed: true, region: s.type === 'provincial-cloud' ? '320000' : s.region,
      mlpsCertified: s.mlps, platform: s.xin ? 'xinchuang' : 'x86', ...(s.cap ? {capacity: s.cap} : {}),
    })),
    {id: 'old-city', type: 'city-cloud', managed: false, region: '320100', ...(oldCityMlps === undefined ? {} : {mlpsCertified: oldCityMlps}), ...(onboarding ? {onboarding} : {})},
    // A disaster-recovery site with every certification and no capacity limit: tempting, and never a target.
    {id: 'dr', type: 'provincial-cloud', managed: true, role: 'dr', region: '320000', mlpsCertified: 5},
    {id: 'dept', type: 'department-cloud', region: '320000'},
    {id: 'secret', type: 'self-built', classified: true, region: '320000'},
  ])

/** undefined most of the time, a value once in `odds`. */
const rarely = <T>(arb: fc.Arbitrary<T>, odds: number): fc.Arbitrary<T | undefined> =>
  fc.oneof({weight: odds - 1, arbitrary: fc.constant(undefined)}, {weight: 1, arbitrary: arb})

const systemArb = (n: number, nodeIds: string[]) =>
  fc.array(
    fc.record({
      region: fc.constantFrom(...REGIONS),
      node: fc.constantFrom(...nodeIds, 'old-city', 'dept'),
      cls: fc.integer({min: 0, max: 19}),
      status: fc.constantFrom('in-service', 'in-service', 'in-service', 'in-service', 'retiring', 'retired', 'planned'),
      mlps: fc.option(fc.constantFrom(1, 2, 2, 3, 3, 4), {nil: undefined}),
      xin: fc.constantFrom('ready', 'ready', 'not-ready', 'unknown'),
      res: fc.option(fc.record({vcpu: fc.integer({min: 0, max: 40}), memoryGiB: fc.integer({min: 0, max: 160}), storageTiB: fc.integer({min: 0, max: 8})}), {nil: undefined}),
      deps: fc.uniqueArray(fc.integer({min: 0, max: n - 1}), {maxLength: 3}),
      strategy: fc.constantFrom('rehost', 'rehost', 'rehost', 'replatform', 'retire', 'retain'),
      group: rarely(fc.constantFrom('ga', 'gb', 'gc'), 4),
      pin: rarely(fc.integer({min: 1, max: 5}), 8),
      notBefore: rarely(fc.integer({min: 0, max: 150}), 8),
      deadline: rarely(fc.integer({min: 0, max: 200}), 6),
      exemptUntil: rarely(fc.constantFrom('2026-06-30', '2027-06-30'), 8),
      covers: fc.constantFrom(undefined, ['cloud'], ['network'], ['cloud', 'network'], ['ipv6']),
      target: rarely(fc.constantFrom('cloud0', 'cloud1', 'dr'), 12),
      nets: fc.uniqueArray(fc.constantFrom('net-a', 'net-b', 'net-c'), {maxLength: 2}),
    }),
    {minLength: n, maxLength: n},
  )

const configArb: fc.Arbitrary<ResolvedPlanConfig> = fc.record({
  waveDays: fc.integer({min: 3, max: 30}),
  maxSystemsPerWave: fc.integer({min: 1, max: 6}),
  maxVcpuPerWave: fc.option(fc.integer({min: 8, max: 80}), {nil: undefined}),
  order: fc.constantFrom('dependencies-first' as const, 'dependents-first' as const),
  blackouts: fc.array(fc.record({at: fc.integer({min: 0, max: 150}), len: fc.integer({min: 0, max: 20})}), {maxLength: 3}),
}).map(c => ({
  start: '2027-01-04',
  waveDays: c.waveDays,
  maxSystemsPerWave: c.maxSystemsPerWave,
  ...(c.maxVcpuPerWave === undefined ? {} : {maxVcpuPerWave: c.maxVcpuPerWave}),
  order: c.order,
  blackouts: c.blackouts.map(b => ({from: addDays('2027-01-04', b.at), to: addDays('2027-01-04', b.at + b.len)})),
}))

interface Case {
  systems: SystemInput[]
  nodes: NodeInput[]
  networks: NetworkInput[]
  config: ResolvedPlanConfig
}

const caseArb: fc.Arbitrary<Case> = fc.integer({min: 1, max: 16}).chain(n =>
  nodeArb.chain(nodes =>
    fc.record({
      raw: systemArb(n, nodes.map(x => x.id)),
      config: configArb,
      netStatus: fc.array(fc.constantFrom('none', 'planned', 'in-progress', 'done'), {minLength: 3, maxLength: 3}),
      vertical: fc.boolean(),
    }).map(({raw, config, netStatus, vertical}) => {
      const day = (d: number) => addDays('2027-01-04', d)
      const systems = raw.map((r, k): SystemInput => ({
        id: `s${String(k).padStart(2, '0')}`,
        region: r.region,
        hosting: {node: r.cls === 0 ? 'secret' : r.node},
        classified: r.cls === 0,
        status: r.status as SystemInput['status'],
        ...(r.mlps === undefined ? {} : {mlps: r.mlps}),
        xinchuang: r.xin as SystemInput['xinchuang'],
        ...(r.res ? {resources: r.res} : {}),
        dependsOn: r.deps.filter(d => d !== k).map(d => `s${String(d).padStart(2, '0')}`),
        networks: r.nets,
        migration: {
          strategy: r.strategy as 'rehost',
          ...(r.group ? {group: r.group} : {}),
          ...(r.pin ? {wave: r.pin} : {}),
          ...(r.notBefore === undefined ? {} : {notBefore: day(r.notBefore)}),
          ...(r.deadline === undefined ? {} : {deadline: day(r.deadline)}),
          ...(r.exemptUntil ? {exemption: {reason: 'r', approvedBy: 'a', until: r.exemptUntil, ...(r.covers ? {covers: r.covers as ['cloud']} : {})}} : {}),
          ...(r.target && nodes.some(x => x.id === r.target) ? {targetNode: r.target} : {}),
        },
      }))
      const networks: NetworkInput[] = ['net-a', 'net-b', 'net-c'].map((id, k) => ({id, type: 'private', ...(vertical && k === 2 ? {vertical: true} : {}), consolidation: {status: netStatus[k] as 'none'}}))
      return {systems, nodes, networks, config}
    }),
  ),
)

/** The unmanaged city cloud is onboarded (纳管) unless it is to be vacated. */
const onboarded = (inv: Inventory, nodeId: string) => nodeId === 'old-city' && inv.node.get(nodeId)!.onboarding?.vacate !== true
const exceedsCertification = (inv: Inventory, s: Inventory['systems'][number]) => {
  const cert = inv.node.get(s.hosting.node)!.mlpsCertified
  return cert !== undefined && s.mlps !== undefined && s.mlps > cert
}
const exemptFrom = (s: Inventory['systems'][number], what: string) =>
  s.migration.exemption !== undefined && s.migration.exemption.until >= AS_OF && (s.migration.exemption.covers ?? ['cloud']).includes(what as 'cloud')

function isCandidate(inv: Inventory, id: string): boolean {
  const s = inv.system.get(id)!
  const node = inv.node.get(s.hosting.node)!
  const onCloud = node.type === 'provincial-cloud' || (node.type === 'city-cloud' && node.managed)
  const staysOnboarded = onboarded(inv, node.id) && !exceedsCertification(inv, s)
  return !s.classified && (s.status === 'in-service' || s.status === 'retiring') && !onCloud && !exemptFrom(s, 'cloud') && s.migration.strategy !== 'retain' && !staysOnboarded
}

function reach(inv: Inventory, from: string, candidates: Set<string>): Set<string> {
  const seen = new Set([from])
  const stack = [from]
  while (stack.length > 0) {
    for (const d of inv.system.get(stack.pop()!)!.dependsOn) {
      if (candidates.has(d.system) && !seen.has(d.system)) {
        seen.add(d.system)
        stack.push(d.system)
      }
    }
  }
  return seen
}

function checkInvariants(inv: Inventory, config: ResolvedPlanConfig, r: PlanResult): void {
  const candidates = new Set(inv.systems.filter(s => isCandidate(inv, s.id)).map(s => s.id))
  const waveOf = new Map<string, number>()
  const entry = new Map<string, PlanResult['waves'][number]['systems'][number]>()
  for (const w of r.waves) for (const s of w.systems) {
    expect(waveOf.has(s.id), `${s.id} twice`).toBe(false)
    waveOf.set(s.id, w.index)
    entry.set(s.id, s)
  }
  const unplaced = new Set(r.unplaced.map(u => u.id))
  // Each candidate exactly once, placed or unplaced; nothing else.
  expect(r.unplaced.length).toBe(unplaced.size)
  for (const id of unplaced) expect(waveOf.has(id)).toBe(false)
  expect(new Set([...waveOf.keys(), ...unplaced])).toEqual(candidates)
  // Groups together: one label, one wave (or all unplaced); explicit groups and cycles share a label.
  const labelWave = new Map<string, number>()
  for (const id of candidates) {
    const label = entry.get(id)?.group ?? r.unplaced.find(u => u.id === id)!.group
    const w = waveOf.get(id) ?? 0
    if (labelWave.has(label)) expect(labelWave.get(label), `group ${label}`).toBe(w)
    labelWave.set(label, w)
  }
  const labelOf = (id: string) => entry.get(id)?.group ?? r.unplaced.find(u => u.id === id)!.group
  const ids = [...candidates]
  for (const a of ids) {
    const ra = reach(inv, a, candidates)
    for (const b of ids) {
      if (a >= b) continue
      const ga = inv.system.get(a)!.migration.group
      if ((ga !== undefined && ga === inv.system.get(b)!.migration.group) || (ra.has(b) && reach(inv, b, candidates).has(a))) expect(labelOf(a)).toBe(labelOf(b))
    }
  }
  // Dependency order between placed candidates.
  for (const a of ids) {
    for (const d of inv.system.get(a)!.dependsOn) {
      const wa = waveOf.get(a)
      const wb = waveOf.get(d.system)
      if (wa === undefined || wb === undefined) continue
      if (config.order === 'dependencies-first') expect(wa, `${a} -> ${d.system}`).toBeGreaterThanOrEqual(wb)
      else expect(wa, `${a} -> ${d.system}`).toBeLessThanOrEqual(wb)
    }
  }
  // Per-wave limits, except a wave holding a single oversize group.
  for (const w of r.waves) {
    const labels = new Set(w.systems.map(s => s.group))
    const vcpu = w.systems.filter(s => s.action === 'migrate').reduce((n, s) => n + (inv.system.get(s.id)!.resources?.vcpu ?? 0), 0)
    expect(w.load.vcpu).toBe(vcpu)
    if (labels.size > 1 || (w.systems.length <= config.maxSystemsPerWave && (config.maxVcpuPerWave === undefined || vcpu <= config.maxVcpuPerWave))) {
      expect(w.systems.length).toBeLessThanOrEqual(config.maxSystemsPerWave)
      if (config.maxVcpuPerWave !== undefined) expect(vcpu).toBeLessThanOrEqual(config.maxVcpuPerWave)
    } else {
      expect(r.warnings.some(x => x.code === 'OVERSIZE_GROUP' && x.subject === [...labels][0])).toBe(true)
    }
  }
  // Calendar: consecutive windows of waveDays, none overlapping a blackout.
  let prevEnd = addDays(config.start, -1)
  r.waves.forEach((w, k) => {
    expect(w.index).toBe(k + 1)
    expect(w.start > prevEnd).toBe(true)
    expect(w.end).toBe(addDays(w.start, config.waveDays - 1))
    for (const b of config.blackouts) expect(w.start > b.to || w.end < b.from, `wave ${w.index} overlaps ${b.from}..${b.to}`).toBe(true)
    prevEnd = w.end
  })
  // Pins (unless a warning says why not), notBefore, deadlines warned.
  for (const id of waveOf.keys()) {
    const s = inv.system.get(id)!
    const w = r.waves[waveOf.get(id)! - 1]
    if (s.migration.notBefore) expect(w.start >= s.migration.notBefore).toBe(true)
    if (s.migration.deadline && w.end > s.migration.deadline) expect(r.warnings.some(x => x.code === 'DEADLINE_MISSED' && x.subject === entry.get(id)!.group)).toBe(true)
    if (s.migration.wave !== undefined && s.migration.wave !== w.index) expect(r.warnings.some(x => (x.code === 'PIN_MOVED' || x.code === 'PIN_CONFLICT') && x.subject === entry.get(id)!.group)).toBe(true)
  }
  // Target nodes: one-cloud (or the named target), certified, platform, capacity never exceeded.
  const used = new Map<string, {vcpu: number; memoryGiB: number; storageTiB: number}>()
  for (const s of inv.systems) {
    if (s.status === 'retired' || !s.resources) continue
    const u = used.get(s.hosting.node) ?? {vcpu: 0, memoryGiB: 0, storageTiB: 0}
    u.vcpu += s.resources.vcpu ?? 0
    u.memoryGiB += s.resources.memoryGiB ?? 0
    u.storageTiB += s.resources.storageTiB ?? 0
    used.set(s.hosting.node, u)
  }
  const landed = new Map<string, {vcpu: number; memoryGiB: number; storageTiB: number}>()
  for (const [id, e] of entry) {
    const s = inv.system.get(id)!
    if (s.migration.strategy === 'retire') {
      expect(e.to).toBeNull()
      continue
    }
    const node = inv.node.get(e.to!)!
    expect(node.classified).toBe(false)
    expect(node.mlpsCertified ?? 0).toBeGreaterThanOrEqual(s.mlps ?? 0)
    if (node.platform === 'xinchuang') expect(s.xinchuang).toBe('ready')
    const l = landed.get(node.id) ?? {vcpu: 0, memoryGiB: 0, storageTiB: 0}
    l.vcpu += s.resources?.vcpu ?? 0
    l.memoryGiB += s.resources?.memoryGiB ?? 0
    l.storageTiB += s.resources?.storageTiB ?? 0
    landed.set(node.id, l)
  }
  for (const [id, l] of landed) {
    const cap = inv.node.get(id)!.capacity
    if (!cap) continue
    const u = used.get(id) ?? {vcpu: 0, memoryGiB: 0, storageTiB: 0}
    if (l.vcpu > 0) expect(u.vcpu + l.vcpu).toBeLessThanOrEqual(cap.vcpu ?? 0)
    if (l.memoryGiB > 0) expect(u.memoryGiB + l.memoryGiB).toBeLessThanOrEqual(cap.memoryGiB ?? 0)
    if (l.storageTiB > 0) expect(u.storageTiB + l.storageTiB).toBeLessThanOrEqual(cap.storageTiB ?? 0)
  }
  // Projected rate: what computeAdoption gives once each wave is done; monotone; final as everything moved.
  let prev = computeAdoption(inv, inv.systems, {asOf: AS_OF, oneCloud: ONE_CLOUD}).rate
  expect(r.summary.rateBefore).toBe(prev)
  const onboardWave = new Map(r.waves.flatMap(w => w.nodes.filter(n => n.action === 'onboard').map(n => [n.id, w.index] as const)))
  const onboardedBy = (wave: number) => new Set([...onboardWave].filter(([, w]) => w <= wave).map(([id]) => id))
  for (const w of r.waves) {
    const done = (id: string) => (waveOf.get(id) ?? Number.POSITIVE_INFINITY) <= w.index
    const expected = computeAdoption(inv, inv.systems, {oneCloud: ONE_CLOUD, onboarded: onboardedBy(w.index),
      asOf: AS_OF,
      nodeOf: s => (done(s.id) && entry.get(s.id)!.to ? entry.get(s.id)!.to! : s.hosting.node),
      gone: s => done(s.id) && entry.get(s.id)!.action === 'decommission',
    }).rate
    expect(w.projectedRate).toBeCloseTo(expected, 12)
    // Monotone, except where a system on a node onboarded earlier (so already counted on the cloud) is decommissioned.
    const leavesOnboarded = w.systems.some(x => x.action === 'decommission' && (onboardWave.get(x.from) ?? Number.POSITIVE_INFINITY) <= w.index)
    if (!leavesOnboarded) expect(w.projectedRate).toBeGreaterThanOrEqual(prev - 1e-12)
    prev = w.projectedRate
  }
  const final = computeAdoption(inv, inv.systems, {oneCloud: ONE_CLOUD, onboarded: onboardedBy(Number.POSITIVE_INFINITY),
    asOf: AS_OF,
    nodeOf: s => entry.get(s.id)?.to ?? s.hosting.node,
    gone: s => entry.get(s.id)?.action === 'decommission',
  }).rate
  expect(r.summary.rateAfter).toBeCloseTo(final, 12)
  if (r.waves.length > 0) expect(r.waves[r.waves.length - 1].projectedRate).toBeCloseTo(final, 12)
  // Networks: interconnect in or before the first move, decommission after the last, blocked when a system stays.
  for (const net of inv.networks) {
    const actions = r.waves.flatMap(w => w.networks.filter(n => n.id === net.id).map(n => ({wave: w.index, action: n.action})))
    // A vertical network belongs to its ministry: never a milestone, never blocked, always listed.
    expect(r.vertical.includes(net.id)).toBe(net.vertical)
    if (net.consolidation.status === 'done' || net.vertical) {
      expect(actions).toEqual([])
      expect(r.blockedNetworks.some(b => b.id === net.id)).toBe(false)
      continue
    }
    const attached = inv.systems.filter(s => s.networks.includes(net.id))
    const moves = attached.map(s => waveOf.get(s.id)).filter((w): w is number => w !== undefined)
    const inter = actions.find(a => a.action === 'interconnect')!
    expect(inter).toBeDefined()
    if (moves.length > 0) expect(inter.wave).toBeLessThanOrEqual(Math.min(...moves))
    const active = (s: Inventory['systems'][number]) => s.status === 'in-service' || s.status === 'retiring'
    const stays = attached.filter(s => active(s) && (
      (!waveOf.has(s.id) && !isOnCloudNode(inv, s.hosting.node) && !(onboarded(inv, s.hosting.node) && !s.classified && !exceedsCertification(inv, s)))
      || (exemptFrom(s, 'network') && s.migration.strategy !== 'retire')))
    const dec = actions.find(a => a.action === 'decommission')
    const blocked = r.blockedNetworks.find(b => b.id === net.id)
    if (stays.length > 0) {
      expect(dec).toBeUndefined()
      expect(blocked).toBeDefined()
      expect(blocked!.systems.length + blocked!.classified).toBe(stays.length)
      expect(blocked!.systems.every(id => !inv.system.get(id)!.classified)).toBe(true)
    } else {
      expect(blocked).toBeUndefined()
      expect(dec!.wave).toBeGreaterThan(Math.max(inter.wave, ...moves))
    }
  }
  // Nodes: 纳管 keeps a node's systems where they are unless they exceed its certification; no group
  // lands on a node before it is onboarded, nor ever on a DR site; a room closes only after every system
  // it hosts has left, and one a system stays on is blocked instead.
  for (const [id, e] of entry) {
    const s = inv.system.get(id)!
    if (onboardWave.has(s.hosting.node)) expect(exceedsCertification(inv, s), `${id} moved off an onboarded node`).toBe(true)
    if (e.to !== null) {
      expect(e.to).not.toBe('dr')
      if (onboardWave.has(e.to)) expect(waveOf.get(id)!).toBeGreaterThanOrEqual(onboardWave.get(e.to)!)
    }
  }
  expect([...onboardWave.keys()]).toEqual(onboarded(inv, 'old-city') ? ['old-city'] : [])
  const closeWave = new Map(r.waves.flatMap(w => w.nodes.filter(n => n.action === 'close').map(n => [n.id, w.index] as const)))
  for (const node of inv.nodes) {
    const closable = !node.classified && (node.type === 'department-cloud' || node.type === 'self-built' || (node.id === 'old-city' && node.onboarding?.vacate === true))
    const hosted = inv.systems.filter(s => s.hosting.node === node.id && (s.status === 'in-service' || s.status === 'retiring'))
    const staying = hosted.filter(s => !waveOf.has(s.id))
    const blocked = r.blockedNodes.find(b => b.id === node.id)
    if (!closable) {
      expect(closeWave.has(node.id) || blocked !== undefined, node.id).toBe(false)
    } else if (staying.length > 0) {
      expect(closeWave.has(node.id)).toBe(false)
      expect(blocked!.systems.length + blocked!.classified).toBe(staying.length)
    } else {
      expect(blocked).toBeUndefined()
      for (const s of hosted) expect(closeWave.get(node.id)!, `${node.id} closes before ${s.id} leaves`).toBeGreaterThan(waveOf.get(s.id)!)
      if (hosted.length === 0) expect(closeWave.get(node.id)).toBe(1)
    }
  }
  // Lower bound never above the plan; no classified system named anywhere.
  expect(r.lowerBound.waves).toBeLessThanOrEqual(r.summary.migrationWaves)
  const text = JSON.stringify(r)
  for (const s of inv.systems) if (s.classified) expect(text.includes(`"${s.id}"`), s.id).toBe(false)
}

function isOnCloudNode(inv: Inventory, id: string): boolean {
  const n = inv.node.get(id)!
  return n.type === 'provincial-cloud' || (n.type === 'city-cloud' && n.managed)
}

function shuffled<T>(xs: T[], seed: number): T[] {
  const a = [...xs]
  let x = Math.abs(seed) % 2147483648 || 1
  for (let i = a.length - 1; i > 0; i--) {
    x = (x * 1103515245 + 12345) % 2147483648
    const j = x % (i + 1)
    ;[a[i], a[j]] = [a[j], a[i]]
  }
  return a
}

describe('plan invariants (property-based)', () => {
  it('generates plans worth checking: most with waves, some with unplaced groups, oversize groups, gaps to the bound', () => {
    const seen = {waves: 0, multi: 0, unplaced: 0, oversize: 0, aboveBound: 0}
    fc.assert(fc.property(caseArb, c => {
      const r = makePlan(buildTestInventory(c.systems, c.nodes, c.networks), c.config, {asOf: AS_OF, oneCloud: ONE_CLOUD}).result
      if (r.summary.migrationWaves > 0) seen.waves++
      if (r.summary.migrationWaves > 2) seen.multi++
      if (r.unplaced.length > 0) seen.unplaced++
      if (r.warnings.some(w => w.code === 'OVERSIZE_GROUP')) seen.oversize++
      if (r.lowerBound.planned > r.lowerBound.waves) seen.aboveBound++
    }), {numRuns: 1000, seed: 42})
    expect(seen.waves).toBeGreaterThan(500)
    expect(seen.multi).toBeGreaterThan(100)
    expect(seen.unplaced).toBeGreaterThan(50)
    expect(seen.oversize).toBeGreaterThan(20)
    expect(seen.aboveBound).toBeGreaterThan(0)
  })

  it('hold on thousands of generated inventories', () => {
    fc.assert(
      fc.property(caseArb, c => {
        const inv = buildTestInventory(c.systems, c.nodes, c.networks)
        const r = makePlan(inv, c.config, {asOf: AS_OF, oneCloud: ONE_CLOUD}).result
        checkInvariants(inv, c.config, r)
      }),
      {numRuns: 2500},
    )
  })

  it('give the identical plan whatever the order of records, lists and blackouts', () => {
    fc.assert(
      fc.property(caseArb, fc.integer({min: 1, max: 1_000_000}), (c, seed) => {
        const a = makePlan(buildTestInventory(c.systems, c.nodes, c.networks), c.config, {asOf: AS_OF, oneCloud: ONE_CLOUD}).result
        const systems = shuffled(c.systems, seed).map((s, k) => ({...s, dependsOn: shuffled(s.dependsOn ?? [], seed + k), networks: shuffled(s.networks ?? [], seed - k)}))
        const config = {...c.config, blackouts: shuffled(c.config.blackouts, seed)}
        const b = makePlan(buildTestInventory(systems, shuffled(c.nodes, seed + 1), shuffled(c.networks, seed + 2)), config, {asOf: AS_OF, oneCloud: ONE_CLOUD}).result
        expect(JSON.parse(JSON.stringify({...b, config: a.config}))).toEqual(JSON.parse(JSON.stringify(a)))
        expect(JSON.stringify({...b, config: a.config})).toBe(JSON.stringify(a))
      }),
      {numRuns: 1000},
    )
  })
})
