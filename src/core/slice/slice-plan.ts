// A plan made for the whole inventory, reported for a slice: waves list only the slice's moves and
// milestones (wave numbers unchanged; a wave with nothing of the slice is left out), and the lists and
// counts are the slice's; the plan's length (migrationWaves, lowerBound) stays the whole plan's. Projections, targets and cross-boundary dependencies are already the slice's
// when the plan was made with the slice as its scope (make-plan.ts `scope`).
import type {PlanOutcome} from '../plan/make-plan.js'
import type {PlanResult, PlanWave} from '../plan/model.js'
import type {Inventory} from '../inventory/model.js'
import type {SliceMembers} from './slice-members.js'

export function slicePlan(inv: Inventory, outcome: PlanOutcome, m: SliceMembers): PlanResult {
  const plan = outcome.result
  if (m.all) return plan
  const vcpuOf = (id: string) => inv.system.get(id)?.resources?.vcpu ?? 0
  const waves: PlanWave[] = []
  for (const w of plan.waves) {
    const systems = w.systems.filter(s => m.systems.has(s.id))
    const networks = w.networks.filter(n => m.networks.has(n.id))
    const nodes = w.nodes.filter(n => m.nodes.has(n.id))
    if (systems.length + networks.length + nodes.length === 0) continue
    const vcpu = systems.reduce((sum, s) => sum + (s.action === 'migrate' ? vcpuOf(s.id) : 0), 0)
    waves.push({...w, systems, networks, nodes, load: {systems: systems.length, vcpu}})
  }
  const groups = outcome.groups.filter(g => g.members.some(i => m.systems.has(inv.systems[i].id)))
  const groupIds = new Set(groups.map(g => g.id))
  const unplaced = plan.unplaced.filter(u => m.systems.has(u.id))
  const nodeMilestones = waves.flatMap(w => w.nodes)
  return {
    ...plan,
    waves,
    unplaced,
    warnings: plan.warnings.filter(w => w.subject === undefined || w.code === 'TARGET_MISSED' || w.code === 'TARGET_PASSED' ||
      groupIds.has(w.subject) || m.systems.has(w.subject) || m.nodes.has(w.subject)),
    capacity: plan.capacity.filter(c => m.nodes.has(c.node)),
    blockedNetworks: plan.blockedNetworks.filter(n => m.networks.has(n.id)),
    blockedNodes: plan.blockedNodes.filter(n => m.nodes.has(n.id)),
    vertical: plan.vertical.filter(id => m.networks.has(id)),
    summary: {
      ...plan.summary,
      candidates: groups.reduce((n, g) => n + g.members.filter(i => m.systems.has(inv.systems[i].id)).length, 0),
      groups: groups.length,
      placed: waves.reduce((n, w) => n + w.systems.filter(s => s.action === 'migrate').length, 0),
      decommissioned: waves.reduce((n, w) => n + w.systems.filter(s => s.action === 'decommission').length, 0),
      unplaced: unplaced.length,
      onboardedNodes: nodeMilestones.filter(n => n.action === 'onboard').length,
      closedNodes: nodeMilestones.filter(n => n.action === 'close').length,
    },
  }
}
