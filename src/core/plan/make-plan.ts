// The migration plan (SPEC §5): move groups scheduled into waves under every PlanConfig constraint,
// target nodes and their capacity, private-network consolidation, projected adoption, and how far the
// plan is from the lower bound and why.
import type {Inventory} from '../inventory/model.js'
import {type OneCloudDefinition, isOneCloudNode} from '../inventory/scope.js'
import {classifySystem, computeAdoption} from '../adoption/compute-adoption.js'
import {buildDependencyIndex} from '../graph/dependency-index.js'
import {buildNodePool, copyNodePool} from './build-node-pool.js'
import {buildWaveCalendar, type WaveCalendar} from './build-wave-calendar.js'
import {computeLowerBound} from './compute-lower-bound.js'
import {findCandidates} from './find-candidates.js'
import {findMoveGroups} from './find-move-groups.js'
import {planNetworks} from './plan-networks.js'
import {type Schedule, scheduleWaves} from './schedule-waves.js'
import {describeCapacity} from './describe-capacity.js'
import {findHeldBack} from './find-held-back.js'
import type {MoveGroup, PlanResult, PlanWarning, PlanWave, ResolvedPlanConfig} from './model.js'

export interface PlanOptions {
  asOf: string
  oneCloud: OneCloudDefinition
  includeClassified?: boolean
}

/** The plan and what was computed on the way (for `--explain` and tests). */
export interface PlanOutcome {
  result: PlanResult
  groups: MoveGroup[]
  /** Group index per system; -1 for systems that are not candidates. */
  groupOf: Int32Array
  candidate: Uint8Array
  schedule: Schedule
  calendar: WaveCalendar
}

const missedDeadlines = (groups: MoveGroup[], s: Schedule, calendar: WaveCalendar) =>
  groups.filter(g => g.deadline !== undefined && s.wave[g.index] > 0 && calendar.window(s.wave[g.index]).end > g.deadline).length

export function makePlan(inv: Inventory, config: ResolvedPlanConfig, options: PlanOptions): PlanOutcome {
  const oneCloud = options.oneCloud
  const includeClassified = options.includeClassified ?? false
  const {asOf} = options
  const index = buildDependencyIndex(inv)
  const candidate = findCandidates(inv, asOf, oneCloud)
  const groups = findMoveGroups(inv, index, candidate)
  const groupOf = new Int32Array(inv.systems.length).fill(-1)
  for (const g of groups) for (const i of g.members) groupOf[i] = g.index
  const calendar = buildWaveCalendar(config)
  const pool = buildNodePool(inv, oneCloud)

  // Three packings: urgency first, heaviest chain first, largest first; the best wins, the earlier on a tie.
  const schedules = (['deadline', 'chain', 'size'] as const).map(p => scheduleWaves(groups, config, calendar, copyNodePool(pool), p))
  const score = (s: Schedule) => [s.unplaced.size, s.lastWave, missedDeadlines(groups, s, calendar)]
  const schedule = schedules.reduce((best, s) => {
    const a = score(best)
    const b = score(s)
    for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return b[k] < a[k] ? s : best
    return best
  })

  const warnings: PlanWarning[] = []
  for (const g of groups) groupWarnings(inv, g, schedule, config, calendar, oneCloud, warnings)

  const leaves = new Int32Array(inv.systems.length)
  const stays = new Uint8Array(inv.systems.length)
  inv.systems.forEach((s, i) => {
    const g = groupOf[i]
    if (g >= 0 && schedule.wave[g] > 0) leaves[i] = schedule.wave[g]
    else if (s.status !== 'retired' && s.status !== 'planned' && !isOneCloudNode(inv.node.get(s.hosting.node), oneCloud)) stays[i] = 1
  })
  const networks = planNetworks(inv, asOf, leaves, stays, includeClassified)
  const lastWave = networks.milestones.reduce((w, m) => Math.max(w, m.wave), schedule.lastWave)

  const waves: PlanWave[] = []
  const adoption = computeAdoption(inv, inv.systems, {asOf, oneCloud})
  let onCloud = adoption.onCloud
  let total = adoption.total
  const byWave: number[][] = Array.from({length: lastWave + 1}, () => [])
  for (const g of groups) if (schedule.wave[g.index] > 0) byWave[schedule.wave[g.index]].push(g.index)
  const netByWave: Array<PlanWave['networks']> = Array.from({length: lastWave + 1}, () => [])
  for (const m of networks.milestones) netByWave[m.wave].push({id: m.network, action: m.action})
  for (let w = 1; w <= lastWave; w++) {
    const window = calendar.window(w)
    const systems: PlanWave['systems'] = []
    let vcpu = 0
    for (const gi of byWave[w]) {
      const g = groups[gi]
      vcpu += g.demand.vcpu
      for (const i of g.members) {
        const s = inv.systems[i]
        const retire = s.migration.strategy === 'retire'
        const to = retire ? null : schedule.node[gi]!.node
        systems.push({id: s.id, from: s.hosting.node, to, group: g.id, action: retire ? 'decommission' : 'migrate'})
        // The same definitions as computeAdoption, applied to the one system that changes.
        const before = classifySystem(inv, s, {asOf, oneCloud})
        const after = classifySystem(inv, s, {asOf, oneCloud, nodeOf: () => to ?? s.hosting.node, gone: () => retire})
        if (before === 'on') onCloud--
        if (after === 'on') onCloud++
        if (after === 'retired') total--
      }
    }
    systems.sort((a, b) => (a.id < b.id ? -1 : 1))
    const nets = netByWave[w].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : a.action < b.action ? 1 : -1))
    waves.push({
      index: w, start: window.start, end: window.end, systems, networks: nets,
      projectedRate: total === 0 ? 1 : onCloud / total,
      load: {systems: systems.length, vcpu},
      ...(window.shiftedBy ? {shiftedBy: window.shiftedBy} : {}),
    })
  }

  const unplaced: PlanResult['unplaced'] = []
  for (const [gi, u] of schedule.unplaced) {
    for (const i of groups[gi].members) unplaced.push({id: inv.systems[i].id, group: groups[gi].id, reason: u.reason, nodes: u.nodes, need: u.need, mlps: u.mlps, region: u.region})
    warnings.push({code: 'UNPLACED', subject: groups[gi].id, data: {reason: u.reason, nodes: u.nodes, systems: groups[gi].systems}})
  }
  unplaced.sort((a, b) => (a.id < b.id ? -1 : 1))

  const crossBoundary: PlanResult['crossBoundary'] = []
  let crossBoundaryClassified = 0
  inv.systems.forEach((s, i) => {
    if (leaves[i] === 0 || s.migration.strategy === 'retire') return
    for (const d of s.dependsOn) {
      const j = index.indexOf.get(d.system)
      if (j === undefined || stays[j] !== 1) continue
      if (inv.systems[j].classified && !includeClassified) crossBoundaryClassified++
      else crossBoundary.push({from: s.id, to: d.system})
    }
  })
  crossBoundary.sort((a, b) => (a.from !== b.from ? (a.from < b.from ? -1 : 1) : a.to < b.to ? -1 : a.to > b.to ? 1 : 0))

  const release = schedule.trace.map(t => t.release)
  const placedGroups = groups.filter(g => !schedule.unplaced.has(g.index))
  const bound = computeLowerBound(placedGroups, release, config)
  const final = computeAdoption(inv, inv.systems, {
    asOf, oneCloud,
    nodeOf: s => {
      const g = groupOf[index.indexOf.get(s.id)!]
      return g >= 0 && schedule.node[g] ? schedule.node[g]!.node : s.hosting.node
    },
    gone: s => {
      const g = groupOf[index.indexOf.get(s.id)!]
      return g >= 0 && schedule.wave[g] > 0 && s.migration.strategy === 'retire'
    },
  })
  if (adoption.empty) warnings.push({code: 'EMPTY_SCOPE', data: {}})

  const result: PlanResult = {
    asOf,
    config,
    waves,
    unplaced,
    crossBoundary,
    warnings: sortWarnings(warnings),
    lowerBound: {...bound, planned: schedule.lastWave, heldBack: schedule.lastWave > bound.waves ? findHeldBack(groups, schedule) : []},
    capacity: describeCapacity(inv, groups, schedule, pool),
    blockedNetworks: networks.blocked,
    summary: {
      candidates: groups.reduce((n, g) => n + g.systems, 0),
      groups: groups.length,
      placed: waves.reduce((n, w) => n + w.systems.filter(s => s.action === 'migrate').length, 0),
      decommissioned: waves.reduce((n, w) => n + w.systems.filter(s => s.action === 'decommission').length, 0),
      unplaced: unplaced.length,
      migrationWaves: schedule.lastWave,
      rateBefore: adoption.rate,
      rateAfter: final.rate,
      crossBoundaryClassified,
    },
  }
  return {result, groups, groupOf, candidate, schedule, calendar}
}

function groupWarnings(inv: Inventory, g: MoveGroup, s: Schedule, config: ResolvedPlanConfig, calendar: WaveCalendar, oneCloud: OneCloudDefinition, out: PlanWarning[]): void {
  const members = g.members.map(i => inv.systems[i])
  const pins = [...new Set(members.map(m => m.migration.wave).filter((w): w is number => w !== undefined))].sort((a, b) => a - b)
  if (pins.length > 1) out.push({code: 'PIN_CONFLICT', subject: g.id, data: {pins: pins.map(String), wave: g.pin!}})
  const targets = [...new Set(members.map(m => m.migration.targetNode).filter((t): t is string => t !== undefined))]
  if (targets.length > 1) out.push({code: 'TARGET_CONFLICT', subject: g.id, data: {nodes: targets, node: g.targetNode!}})
  if (g.targetNode !== undefined && !g.retireOnly && !isOneCloudNode(inv.node.get(g.targetNode), oneCloud)) out.push({code: 'TARGET_NOT_ONE_CLOUD', subject: g.id, data: {node: g.targetNode}})
  const wave = s.wave[g.index]
  if (wave === 0) return
  if (s.trace[g.index].oversize) out.push({code: 'OVERSIZE_GROUP', subject: g.id, data: {wave, systems: g.systems, vcpu: g.demand.vcpu, maxSystems: config.maxSystemsPerWave, ...(config.maxVcpuPerWave === undefined ? {} : {maxVcpu: config.maxVcpuPerWave})}})
  if (g.pin !== undefined && wave !== g.pin) out.push({code: 'PIN_MOVED', subject: g.id, data: {pin: g.pin, wave}})
  const end = calendar.window(wave).end
  if (g.deadline !== undefined && end > g.deadline) out.push({code: 'DEADLINE_MISSED', subject: g.id, data: {deadline: g.deadline, wave, end}})
}

function sortWarnings(ws: PlanWarning[]): PlanWarning[] {
  return ws.sort((a, b) => (a.code !== b.code ? (a.code < b.code ? -1 : 1) : (a.subject ?? '') < (b.subject ?? '') ? -1 : (a.subject ?? '') > (b.subject ?? '') ? 1 : 0))
}

