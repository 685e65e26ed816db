// The migration plan: move groups scheduled into waves under every PlanConfig constraint,
// target nodes and their capacity, city clouds onboarded (纳管) and rooms closed, private-network
// consolidation, projected adoption and the pack's targets at their dates, and how far the plan is from
// the lower bound and why.
import type {Inventory} from '../inventory/model.js'
import {type OneCloudDefinition, isOneCloudNode} from '../inventory/scope.js'
import {type AdoptionOptions, classifySystem, computeAdoption} from '../adoption/compute-adoption.js'
import {countConsolidatedNetworks} from '../adoption/consolidated-networks.js'
import {countManagedNodes} from '../adoption/managed-nodes.js'
import {buildDependencyIndex} from '../graph/dependency-index.js'
import type {PolicyTarget} from '../policy/model.js'
import {buildNodePool, copyNodePool} from './build-node-pool.js'
import {buildWaveCalendar, type WaveCalendar} from './build-wave-calendar.js'
import {computeLowerBound} from './compute-lower-bound.js'
import {findCandidates} from './find-candidates.js'
import {findMoveGroups} from './find-move-groups.js'
import {type Onboarding, findOnboarding, staysOnOnboardedNode} from './find-onboarding.js'
import {planNetworks} from './plan-networks.js'
import {type NodeMilestone, planNodeMilestones} from './plan-node-milestones.js'
import {type Packing, type Schedule, packWaves, prepareSchedule, toSchedule} from './schedule-waves.js'
import {describeCapacity} from './describe-capacity.js'
import {findHeldBack} from './find-held-back.js'
import type {MoveGroup, PlanResult, PlanTarget, PlanWarning, PlanWave, ResolvedPlanConfig} from './model.js'

export interface PlanOptions {
  asOf: string
  oneCloud: OneCloudDefinition
  includeClassified?: boolean
  /** The pack's targets; those whose metric the plan moves are projected to their dates. */
  targets?: ReadonlyArray<Pick<PolicyTarget, 'id' | 'metric' | 'rate' | 'by' | 'enabled'>>
  /**
   * The records the projection counts (a `--region` slice's, see core/slice/slice-inventory.ts): the plan
   * is made for the whole inventory, and `projectedRate`, the targets and the rates before and after are
   * the slice's. Default: the whole inventory.
   */
  scope?: Inventory
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
  onboarding: ReadonlyMap<string, Onboarding>
  nodeMilestones: NodeMilestone[]
}

const missedDeadlines = (groups: MoveGroup[], s: Packing, calendar: WaveCalendar) =>
  groups.filter(g => g.deadline !== undefined && s.wave[g.index] > 0 && calendar.window(s.wave[g.index]).end > g.deadline).length

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

type ProjectedMetric = PlanTarget['metric']
const PROJECTED_METRICS: readonly string[] = ['adoptionRate', 'managedNodeRate', 'privateNetworkConsolidation'] satisfies ProjectedMetric[]

export function makePlan(inv: Inventory, config: ResolvedPlanConfig, options: PlanOptions): PlanOutcome {
  const {asOf, oneCloud} = options
  const includeClassified = options.includeClassified ?? false
  const index = buildDependencyIndex(inv)
  const calendar = buildWaveCalendar(config)
  const onboarding = findOnboarding(inv, oneCloud, calendar)
  const candidate = findCandidates(inv, asOf, oneCloud, onboarding)
  const groups = findMoveGroups(inv, index, candidate)
  const groupOf = new Int32Array(inv.systems.length).fill(-1)
  for (const g of groups) for (const i of g.members) groupOf[i] = g.index
  const pool = buildNodePool(inv, oneCloud, onboarding)

  // Three packings: urgency first, heaviest chain first, largest first; the best wins, the earlier on a tie.
  // What the three share (edges, urgency, the groups no node can ever take) is worked out once.
  const prep = prepareSchedule(groups, config, calendar, pool)
  const schedules = (['deadline', 'chain', 'size'] as const).map(p => packWaves(prep, copyNodePool(pool), p))
  // Each packing scored once (counting missed deadlines walks every group).
  const scores = schedules.map(s => [s.unplaced.size, s.lastWave, missedDeadlines(groups, s, calendar)])
  let chosen = 0
  for (let i = 1; i < schedules.length; i++) {
    const a = scores[chosen]
    const b = scores[i]
    const k = a.findIndex((v, j) => v !== b[j])
    if (k >= 0 && b[k] < a[k]) chosen = i
  }
  const schedule = toSchedule(prep, schedules[chosen])

  const warnings: PlanWarning[] = []
  for (const g of groups) groupWarnings(inv, g, schedule, config, calendar, oneCloud, onboarding, warnings)
  onboardWarnings(inv, onboarding, candidate, warnings)

  const leaves = new Int32Array(inv.systems.length)
  const stays = new Uint8Array(inv.systems.length)
  inv.systems.forEach((s, i) => {
    const g = groupOf[i]
    if (g >= 0 && schedule.wave[g] > 0) leaves[i] = schedule.wave[g]
    else if (s.status !== 'retired' && s.status !== 'planned') {
      const node = inv.node.get(s.hosting.node)
      if (isOneCloudNode(node, oneCloud)) return
      // A system left on a node being onboarded is on the cloud from then on; it keeps nothing alive.
      if (!(node && onboarding.has(node.id) && !s.classified && staysOnOnboardedNode(node, s.mlps))) stays[i] = 1
    }
  })
  const networks = planNetworks(inv, asOf, leaves, stays, includeClassified)
  const nodes = planNodeMilestones(inv, oneCloud, onboarding, leaves, includeClassified)
  const latest = (w: number, m: {wave: number}) => Math.max(w, m.wave)
  const lastWave = nodes.milestones.reduce(latest, networks.milestones.reduce(latest, schedule.lastWave))

  const byWave: number[][] = Array.from({length: lastWave + 1}, () => [])
  for (const g of groups) if (schedule.wave[g.index] > 0) byWave[schedule.wave[g.index]].push(g.index)
  const netByWave: Array<PlanWave['networks']> = Array.from({length: lastWave + 1}, () => [])
  for (const m of networks.milestones) netByWave[m.wave].push({id: m.network, action: m.action})
  const nodeByWave: Array<PlanWave['nodes']> = Array.from({length: lastWave + 1}, () => [])
  for (const m of nodes.milestones) nodeByWave[m.wave].push({id: m.node, action: m.action})

  // The projection, wave by wave: each system's node and class are updated where they change, with the
  // same definition computeAdoption uses, so the last wave's rate is the plan's final rate.
  const scope = options.scope ?? inv
  const scopeIds = scope === inv ? undefined : new Set(scope.systems.map(s => s.id))
  const counted = scopeIds ? Uint8Array.from(inv.systems, s => (scopeIds.has(s.id) ? 1 : 0)) : undefined
  const adoption = computeAdoption(inv, scope.systems, {asOf, oneCloud})
  const onboarded = new Set<string>()
  const closed = new Set<string>()
  const decommissioned = new Set<string>()
  const nodeNow = inv.systems.map(s => s.hosting.node)
  const gone = new Uint8Array(inv.systems.length)
  // One options object for every call (the system at hand in `at`), not a new one per system and wave.
  let at = 0
  const classOptions: AdoptionOptions = {asOf, oneCloud, onboarded, nodeOf: () => nodeNow[at], gone: () => gone[at] === 1}
  const classOf = (i: number) => {
    at = i
    return classifySystem(inv, inv.systems[i], classOptions)
  }
  // The systems on each node being onboarded (the only nodes whose systems the loop looks up by node).
  const hostedBy = new Map<string, number[]>()
  if (onboarding.size > 0) {
    for (const id of onboarding.keys()) hostedBy.set(id, [])
    for (let i = 0; i < inv.systems.length; i++) hostedBy.get(inv.systems[i].hosting.node)?.push(i)
  }
  let onCloud = adoption.onCloud
  let total = adoption.total
  const count = (i: number, sign: 1 | -1) => {
    if (counted && counted[i] === 0) return
    const c = classOf(i)
    if (c === 'on') onCloud += sign
    if (c === 'on' || c === 'exempt' || c === 'off') total += sign
  }
  const metrics = (): Record<ProjectedMetric, number> => ({
    adoptionRate: total === 0 ? 1 : onCloud / total,
    managedNodeRate: countManagedNodes(scope, oneCloud, {onboarded, closed}).rate,
    privateNetworkConsolidation: countConsolidatedNetworks(scope, asOf, decommissioned).rate,
  })
  const atWave: Array<Record<ProjectedMetric, number>> = [metrics()]

  const waves: PlanWave[] = []
  for (let w = 1; w <= lastWave; w++) {
    const window = calendar.window(w)
    for (const m of nodeByWave[w]) {
      if (m.action === 'close') {
        closed.add(m.id)
        continue
      }
      const here = (hostedBy.get(m.id) ?? []).filter(i => nodeNow[i] === m.id)
      for (const i of here) count(i, -1)
      onboarded.add(m.id)
      for (const i of here) count(i, 1)
    }
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
        count(i, -1)
        if (retire) gone[i] = 1
        else nodeNow[i] = to!
        count(i, 1)
      }
    }
    for (const n of netByWave[w]) if (n.action === 'decommission') decommissioned.add(n.id)
    systems.sort((a, b) => cmp(a.id, b.id))
    const nets = netByWave[w].sort((a, b) => cmp(a.id, b.id) || cmp(b.action, a.action))
    const nodeList = nodeByWave[w].sort((a, b) => cmp(a.id, b.id))
    atWave.push(metrics())
    waves.push({
      index: w, start: window.start, end: window.end, systems, networks: nets, nodes: nodeList,
      projectedRate: atWave[w].adoptionRate,
      load: {systems: systems.length, vcpu},
      ...(window.shiftedBy ? {shiftedBy: window.shiftedBy} : {}),
    })
  }

  const unplaced: PlanResult['unplaced'] = []
  for (const [gi, u] of schedule.unplaced) warnings.push({code: 'UNPLACED', subject: groups[gi].id, data: {reason: u.reason, nodes: u.nodes, systems: groups[gi].systems}})
  // Listed in inventory order, which is id order, so the sort below finds them in order already.
  for (let i = 0; i < inv.systems.length; i++) {
    const gi = groupOf[i]
    const u = gi >= 0 ? schedule.unplaced.get(gi) : undefined
    if (u) unplaced.push({id: inv.systems[i].id, group: groups[gi].id, reason: u.reason, nodes: u.nodes, need: u.need, mlps: u.mlps, region: u.region})
  }
  unplaced.sort((a, b) => cmp(a.id, b.id))

  const crossBoundary: PlanResult['crossBoundary'] = []
  let crossBoundaryClassified = 0
  inv.systems.forEach((s, i) => {
    if (leaves[i] === 0 || s.migration.strategy === 'retire') return
    for (const d of s.dependsOn) {
      const j = index.indexOf.get(d.system)
      if (j === undefined || stays[j] !== 1) continue
      // In a slice, a dependency crossing the cloud boundary is the slice's when either end is.
      if (counted && counted[i] === 0 && counted[j] === 0) continue
      if (inv.systems[j].classified && !includeClassified) crossBoundaryClassified++
      else crossBoundary.push({from: s.id, to: d.system})
    }
  })
  crossBoundary.sort((a, b) => cmp(a.from, b.from) || cmp(a.to, b.to))

  const targets = projectTargets(options.targets ?? [], waves, atWave)
  planWarnings(config, asOf, targets, warnings)

  const release = schedule.trace.map(t => t.release)
  const placedGroups = groups.filter(g => !schedule.unplaced.has(g.index))
  const bound = computeLowerBound(placedGroups, release, config)
  if (adoption.empty) warnings.push({code: 'EMPTY_SCOPE', data: {}})

  let placed = 0
  let placedOrRetired = 0
  for (const w of waves) {
    placedOrRetired += w.systems.length
    for (const x of w.systems) if (x.action === 'migrate') placed++
  }
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
    blockedNodes: nodes.blocked,
    vertical: networks.vertical,
    targets,
    summary: {
      candidates: groups.reduce((n, g) => n + g.systems, 0),
      groups: groups.length,
      placed,
      decommissioned: placedOrRetired - placed,
      unplaced: unplaced.length,
      migrationWaves: schedule.lastWave,
      rateBefore: adoption.rate,
      rateAfter: atWave[lastWave].adoptionRate,
      crossBoundaryClassified,
      onboardedNodes: onboarding.size,
      closedNodes: nodes.milestones.length - onboarding.size,
    },
  }
  return {result, groups, groupOf, candidate, schedule, calendar, onboarding, nodeMilestones: nodes.milestones}
}

/** Each pack target the plan moves, at the last wave ending on or before its date (the current value when none does). */
function projectTargets(targets: NonNullable<PlanOptions['targets']>, waves: PlanWave[], atWave: Array<Record<ProjectedMetric, number>>): PlanTarget[] {
  const out: PlanTarget[] = []
  for (const t of targets) {
    if (!t.enabled || !PROJECTED_METRICS.includes(t.metric)) continue
    const metric = t.metric as ProjectedMetric
    let wave = 0
    for (const w of waves) if (w.end <= t.by) wave = w.index
    const projected = atWave[wave][metric]
    out.push({id: t.id, metric, by: t.by, target: t.rate, projected, wave, met: projected >= t.rate})
  }
  return out.sort((a, b) => cmp(a.by, b.by) || cmp(a.id, b.id))
}

/** 纳管 keeps systems where they are, except those above the node's certification: they still move. */
function onboardWarnings(inv: Inventory, onboarding: ReadonlyMap<string, Onboarding>, candidate: Uint8Array, out: PlanWarning[]): void {
  const above = new Map<string, number>()
  inv.systems.forEach((s, i) => {
    if (candidate[i] === 1 && onboarding.has(s.hosting.node)) above.set(s.hosting.node, (above.get(s.hosting.node) ?? 0) + 1)
  })
  for (const [node, count] of above) {
    const n = inv.node.get(node)!
    out.push({code: 'ONBOARD_MLPS', subject: node, data: {node, count, certified: n.mlpsCertified ?? 0, wave: onboarding.get(node)!.wave}})
  }
}

function planWarnings(config: ResolvedPlanConfig, asOf: string, targets: PlanTarget[], out: PlanWarning[]): void {
  if (config.start < asOf) out.push({code: 'START_IN_PAST', data: {start: config.start, asOf}})
  for (const t of targets) {
    if (!t.met) out.push({code: 'TARGET_MISSED', subject: t.id, data: {metric: t.metric, by: t.by, target: t.target, projected: t.projected}})
    if (t.by < config.start) out.push({code: 'TARGET_PASSED', subject: t.id, data: {metric: t.metric, by: t.by, start: config.start}})
  }
}

function groupWarnings(
  inv: Inventory, g: MoveGroup, s: Schedule, config: ResolvedPlanConfig, calendar: WaveCalendar, oneCloud: OneCloudDefinition, onboarding: ReadonlyMap<string, Onboarding>, out: PlanWarning[],
): void {
  // Conflicts need two members that differ; most groups are one system, so the lists are made only then.
  let pinned: number | undefined
  let pinsDiffer = false
  let targeted: string | undefined
  let targetsDiffer = false
  for (const i of g.members) {
    const m = inv.systems[i].migration
    if (m.wave !== undefined) {
      if (pinned === undefined) pinned = m.wave
      else if (m.wave !== pinned) pinsDiffer = true
    }
    if (m.targetNode !== undefined) {
      if (targeted === undefined) targeted = m.targetNode
      else if (m.targetNode !== targeted) targetsDiffer = true
    }
  }
  if (pinsDiffer || targetsDiffer) {
    const members = g.members.map(i => inv.systems[i])
    const pins = [...new Set(members.map(m => m.migration.wave).filter((w): w is number => w !== undefined))].sort((a, b) => a - b)
    if (pins.length > 1) out.push({code: 'PIN_CONFLICT', subject: g.id, data: {pins: pins.map(String), wave: g.pin!}})
    const targets = [...new Set(members.map(m => m.migration.targetNode).filter((t): t is string => t !== undefined))]
    if (targets.length > 1) out.push({code: 'TARGET_CONFLICT', subject: g.id, data: {nodes: targets, node: g.targetNode!}})
  }
  if (g.targetNode !== undefined && !g.retireOnly && !isOneCloudNode(inv.node.get(g.targetNode), oneCloud) && !onboarding.has(g.targetNode)) out.push({code: 'TARGET_NOT_ONE_CLOUD', subject: g.id, data: {node: g.targetNode}})
  const wave = s.wave[g.index]
  if (wave === 0) return
  if (s.trace[g.index].oversize) out.push({code: 'OVERSIZE_GROUP', subject: g.id, data: {wave, systems: g.systems, vcpu: g.demand.vcpu, maxSystems: config.maxSystemsPerWave, ...(config.maxVcpuPerWave === undefined ? {} : {maxVcpu: config.maxVcpuPerWave})}})
  if (g.pin !== undefined && wave !== g.pin) out.push({code: 'PIN_MOVED', subject: g.id, data: {pin: g.pin, wave}})
  const end = calendar.window(wave).end
  if (g.deadline !== undefined && end > g.deadline) out.push({code: 'DEADLINE_MISSED', subject: g.id, data: {deadline: g.deadline, wave, end}})
}

function sortWarnings(ws: PlanWarning[]): PlanWarning[] {
  return ws.sort((a, b) => cmp(a.code, b.code) || cmp(a.subject ?? '', b.subject ?? ''))
}

