// Assigns move groups to waves, wave by wave: each wave is filled from the groups that are ready (every
// group they must not precede is placed, and their pin or notBefore has come), most urgent first, up to
// the per-wave limits. Urgency: the earliest pin among the groups that must wait for this one, then the
// earliest deadline among them, then (in the "chain" pass) the heaviest chain of groups waiting behind it,
// then (in the "size" and "chain" passes) the largest share of a wave, then id.
import {NumberHeap} from './binary-heap.js'
import type {WaveCalendar} from './build-wave-calendar.js'
import {type Refusal, type Tier, claimCapacity, chooseNode, chooseTargetNode, tiersOf} from './choose-target-node.js'
import type {NodePool} from './build-node-pool.js'
import type {MoveGroup, NodeChoice, PlacementTrace, ResolvedPlanConfig, Unplacement} from './model.js'

export type SchedulePriority = 'deadline' | 'size' | 'chain'

export interface Schedule {
  priority: SchedulePriority
  /** Wave per group; 0 when unplaced. */
  wave: Int32Array
  node: Array<NodeChoice | undefined>
  unplaced: Map<number, Unplacement>
  trace: PlacementTrace[]
  /** The last wave holding a group (0 when none). */
  lastWave: number
}

/** How many groups that do not fit a wave are looked past before the wave is closed. */
const LOOKAHEAD = 256

export function isOversize(g: MoveGroup, config: ResolvedPlanConfig): boolean {
  return g.systems > config.maxSystemsPerWave || (config.maxVcpuPerWave !== undefined && g.demand.vcpu > config.maxVcpuPerWave)
}

/** Groups that must be in the same or an earlier wave than each group, per the plan's order. */
export function constraintEdges(groups: MoveGroup[], config: ResolvedPlanConfig): {before: number[][]; after: number[][]} {
  const dependents: number[][] = groups.map(() => [])
  for (const g of groups) for (const d of g.dependsOn) dependents[d].push(g.index)
  const deps = groups.map(g => g.dependsOn)
  return config.order === 'dependencies-first' ? {before: deps, after: dependents} : {before: dependents, after: deps}
}

export function releaseWave(g: MoveGroup, calendar: WaveCalendar): {wave: number; by?: 'pin' | 'notBefore'} {
  const byPin = g.pin ?? 1
  const byDate = g.notBefore === undefined ? 1 : calendar.firstWaveStartingOnOrAfter(g.notBefore)
  if (byPin <= 1 && byDate <= 1) return {wave: 1}
  return byDate > byPin ? {wave: byDate, by: 'notBefore'} : {wave: byPin, by: 'pin'}
}

/**
 * What every packing shares: the constraint edges, release waves, urgency, and the groups no node can
 * ever take (set aside before any packing; free capacity only shrinks, so this holds for all of them).
 */
export interface SchedulePrep {
  groups: MoveGroup[]
  config: ResolvedPlanConfig
  calendar: WaveCalendar
  before: number[][]
  after: number[][]
  release: Array<{wave: number; by?: 'pin' | 'notBefore'}>
  due: number[]
  deadline: string[]
  tail: number[]
  share: Float64Array
  /** Where each group looks for a node (tiersOf its region; none for a group with a targetNode). */
  tiers: Tier[][]
  /** Groups set aside before packing, in group order. */
  setAside: Map<number, Unplacement>
  /** The groups a packing may place (not set aside), ascending. */
  placeable: number[]
  /** Rank of each placeable group by pin, deadline, id (the "deadline" packing's order). */
  baseRank: Int32Array
  /** Placeable groups with the same inherited pin and deadline share a class; classes in rank order. */
  urgencyClass: Int32Array
}

export function prepareSchedule(groups: MoveGroup[], config: ResolvedPlanConfig, calendar: WaveCalendar, pool: NodePool): SchedulePrep {
  const n = groups.length
  const {before, after} = constraintEdges(groups, config)
  const release = groups.map(g => releaseWave(g, calendar))
  const {due, deadline, tail} = urgency(groups, before, after, config)
  const share = new Float64Array(n)
  for (let g = 0; g < n; g++) share[g] = shareOf(groups[g], config)
  // A group no node can take now never fits later (free capacity only shrinks), so it is set aside first.
  const setAside = new Map<number, Unplacement>()
  const placeable: number[] = []
  for (let g = 0; g < n; g++) {
    if (!groups[g].retireOnly) {
      const c = chooseTargetNode(pool, groups[g], Number.POSITIVE_INFINITY)
      if (!c.ok) {
        setAside.set(g, c.unplacement)
        continue
      }
    }
    placeable.push(g)
  }
  const base = placeable.slice().sort((a, b) => {
    if (due[a] !== due[b]) return due[a] - due[b]
    if (deadline[a] !== deadline[b]) return deadline[a] < deadline[b] ? -1 : 1
    const ia = groups[a].id
    const ib = groups[b].id
    if (ia !== ib) return ia < ib ? -1 : 1
    return a - b
  })
  const baseRank = new Int32Array(n).fill(n)
  const urgencyClass = new Int32Array(n)
  for (let k = 0, c = 0; k < base.length; k++) {
    const g = base[k]
    const p = base[k - 1]
    if (k > 0 && (due[g] !== due[p] || deadline[g] !== deadline[p])) c++
    baseRank[g] = k
    urgencyClass[g] = c
  }
  const tiers = groups.map(g => (g.targetNode === undefined ? tiersOf(pool, g.region) : []))
  return {groups, config, calendar, before, after, release, due, deadline, tail, share, tiers, setAside, placeable, baseRank, urgencyClass}
}

const shareOf = (g: MoveGroup, config: ResolvedPlanConfig): number => g.systems / config.maxSystemsPerWave + (config.maxVcpuPerWave ? g.demand.vcpu / config.maxVcpuPerWave : 0)

export function scheduleWaves(groups: MoveGroup[], config: ResolvedPlanConfig, calendar: WaveCalendar, pool: NodePool, priority: SchedulePriority): Schedule {
  const prep = prepareSchedule(groups, config, calendar, pool)
  return toSchedule(prep, packWaves(prep, pool, priority))
}

/**
 * A packing as the loop leaves it, in flat arrays: several are made and one is kept, so the per-group
 * objects of a Schedule (trace, unplacements) are made only for that one (toSchedule).
 */
export interface Packing {
  priority: SchedulePriority
  wave: Int32Array
  node: Array<NodeChoice | undefined>
  unplaced: Map<number, Readonly<Refusal>>
  readyWave: Int32Array
  /** The group waited for last and its wave; -1 when none. */
  waitedFor: Int32Array
  waitedWave: Int32Array
  oversize: Uint8Array
  /** The onboarding wave awaited; 0 when none. */
  awaited: Int32Array
  lastWave: number
}

export function toSchedule(prep: SchedulePrep, p: Packing): Schedule {
  const {groups, release} = prep
  const n = groups.length
  const trace: PlacementTrace[] = new Array(n)
  for (let g = 0; g < n; g++) {
    const r = release[g]
    const t: PlacementTrace = r.by ? {release: r.wave, releaseBy: r.by, readyWave: p.readyWave[g], wave: p.wave[g], oversize: p.oversize[g] === 1} : {release: r.wave, readyWave: p.readyWave[g], wave: p.wave[g], oversize: p.oversize[g] === 1}
    if (p.waitedFor[g] >= 0) t.waitedFor = {group: p.waitedFor[g], wave: p.waitedWave[g]}
    if (p.awaited[g] > 0) t.awaitedOnboarding = p.awaited[g]
    trace[g] = t
  }
  const unplaced = new Map<number, Unplacement>()
  for (const [g, r] of p.unplaced) {
    const grp = groups[g]
    unplaced.set(g, prep.setAside.get(g) ?? {reason: r.reason, nodes: r.nodes.slice(), need: grp.demand, mlps: grp.mlps, region: grp.region})
  }
  return {priority: p.priority, wave: p.wave, node: p.node, unplaced, trace, lastWave: p.lastWave}
}

/** One packing with `priority`; `pool` is consumed (its free capacity is claimed). */
export function packWaves(prep: SchedulePrep, pool: NodePool, priority: SchedulePriority): Packing {
  const {groups, config, before, after, release, tail, share, placeable, baseRank, urgencyClass} = prep
  const n = groups.length
  // Urgency never changes while scheduling, so groups are ranked once and the heaps hold ranks. Only groups
  // that can enter the heaps (those not set aside) need a rank. Order: the inherited pin and deadline, then
  // (chain) the heaviest chain, then (chain, size) the largest share, then id: the base rank settles the
  // first and last, so the packings differ only in between.
  let rank = baseRank
  if (priority !== 'deadline') {
    const ranked = placeable.slice().sort((a, b) => {
      if (urgencyClass[a] !== urgencyClass[b]) return urgencyClass[a] - urgencyClass[b]
      if (priority === 'chain' && tail[a] !== tail[b]) return tail[b] - tail[a]
      if (share[a] !== share[b]) return share[b] - share[a]
      return baseRank[a] - baseRank[b]
    })
    rank = new Int32Array(n).fill(n)
    for (let k = 0; k < ranked.length; k++) rank[ranked[k]] = k
  }
  const byRank = new Int32Array(placeable.length)
  for (const g of placeable) byRank[rank[g]] = g
  const wave = new Int32Array(n)
  const node: Array<NodeChoice | undefined> = new Array(n)
  const unplaced = new Map<number, Readonly<Refusal>>(prep.setAside)
  const readyWave = new Int32Array(n)
  const waitedFor = new Int32Array(n).fill(-1)
  const waitedWave = new Int32Array(n)
  const oversized = new Uint8Array(n)
  const awaited = new Int32Array(n)
  const waiting = new Int32Array(n)
  for (let g = 0; g < n; g++) waiting[g] = before[g].length
  // `ready` holds ranks; `pending` holds readyWave × width + rank, so it pops by wave, then rank.
  const width = placeable.length
  const ready = new NumberHeap()
  const pending = new NumberHeap()
  const pushReady = (g: number) => ready.push(rank[g])
  const pushPending = (g: number) => pending.push(readyWave[g] * width + rank[g])
  const popReady = () => byRank[ready.pop()!]
  const popPending = () => byRank[pending.pop()! % width]
  const pendingWave = () => Math.floor(pending.peek()! / width)
  let current = 1
  let left = n

  const becomeReady = (g: number, atWave: number) => {
    const r = Math.max(release[g].wave, atWave, 1)
    readyWave[g] = r
    if (r <= current) pushReady(g)
    else pushPending(g)
  }
  const settle = (g: number, atWave: number, placed: boolean) => {
    left--
    for (const s of after[g]) {
      if (placed && (waitedFor[s] < 0 || waitedWave[s] <= atWave)) {
        waitedFor[s] = g
        waitedWave[s] = atWave
      }
      if (--waiting[s] === 0 && !unplaced.has(s)) becomeReady(s, atWave)
    }
  }

  for (const g of unplaced.keys()) {
    left--
    for (const s of after[g]) waiting[s]--
  }
  for (const g of placeable) if (waiting[g] === 0) becomeReady(g, 1)

  let lastWave = 0
  while (left > 0) {
    while (pending.size > 0 && pendingWave() <= current) pushReady(popPending())
    if (ready.size === 0) {
      if (pending.size === 0) break
      current = pendingWave()
      continue
    }
    let systems = 0
    let vcpu = 0
    let closed = false
    let misses = 0
    const deferred: number[] = []
    while (ready.size > 0 && !closed && misses < LOOKAHEAD) {
      const g = popReady()
      const grp = groups[g]
      const oversize = isOversize(grp, config)
      const fitsWave = oversize ? systems === 0 : systems + grp.systems <= config.maxSystemsPerWave && (config.maxVcpuPerWave === undefined || vcpu + grp.demand.vcpu <= config.maxVcpuPerWave)
      if (!fitsWave) {
        deferred.push(g)
        misses++
        continue
      }
      if (!grp.retireOnly) {
        const c = chooseNode(pool, grp, current, prep.tiers[g])
        if (!('via' in c)) {
          // A node that fits may join the pool later (纳管 in a later wave): wait for it.
          const later = pool.growsAt.find(w => w > current)
          if (later !== undefined && 'via' in chooseNode(pool, grp, Number.POSITIVE_INFINITY, prep.tiers[g])) {
            readyWave[g] = later
            awaited[g] = later
            pushPending(g)
            continue
          }
          unplaced.set(g, c)
          settle(g, current, false)
          continue
        }
        node[g] = c
        claimCapacity(pool, c.node, grp.demand)
      }
      wave[g] = current
      if (oversize) oversized[g] = 1
      lastWave = current
      systems += grp.systems
      vcpu += grp.demand.vcpu
      if (oversize || systems >= config.maxSystemsPerWave) closed = true
      settle(g, current, true)
    }
    for (const g of deferred) pushReady(g)
    current++
  }
  return {priority, wave, node, unplaced, readyWave, waitedFor, waitedWave, oversize: oversized, awaited, lastWave}
}

/**
 * A group inherits the earliest pin and the earliest deadline of every group that cannot come before it,
 * so what those need is served first.
 */
function urgency(groups: MoveGroup[], before: number[][], after: number[][], config: ResolvedPlanConfig): {due: number[]; deadline: string[]; tail: number[]} {
  const n = groups.length
  const due = groups.map(g => g.pin ?? Number.POSITIVE_INFINITY)
  // '~' sorts after every date, so groups without a deadline come last.
  const deadline = groups.map(g => g.deadline ?? '~')
  // The share of a wave that this group and the longest chain of groups that must wait for it need.
  const own = groups.map(g => shareOf(g, config))
  const tail = [...own]
  const outstanding = Int32Array.from(after.map(a => a.length))
  const queue: number[] = []
  for (let g = 0; g < n; g++) if (outstanding[g] === 0) queue.push(g)
  for (let k = 0; k < queue.length; k++) {
    const g = queue[k]
    for (const p of before[g]) {
      if (due[g] < due[p]) due[p] = due[g]
      if (deadline[g] < deadline[p]) deadline[p] = deadline[g]
      if (own[p] + tail[g] > tail[p]) tail[p] = own[p] + tail[g]
      if (--outstanding[p] === 0) queue.push(p)
    }
  }
  return {due, deadline, tail}
}
