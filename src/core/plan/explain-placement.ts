// `plan --explain ID`: why a system landed in its wave, from what the scheduler recorded.
import type {Inventory} from '../inventory/model.js'
import {type OneCloudDefinition} from '../inventory/scope.js'
import {type NotCandidate, whyNotCandidate} from './find-candidates.js'
import type {PlanOutcome} from './make-plan.js'
import type {Blackout, NodeChoice, Resources, UnplacedReason} from './model.js'

export type Because =
  | {kind: 'first-wave'}
  | {kind: 'pin'; wave: number}
  | {kind: 'notBefore'; date: string; wave: number}
  | {kind: 'dependency'; group: string; wave: number; order: 'dependencies-first' | 'dependents-first'}
  | {kind: 'capacity'; from: number; to: number}
  | {kind: 'oversize'; systems: number; vcpu: number}
  | {kind: 'blackout'; blackout: Blackout}
  | {kind: 'onboarding'; wave: number}

export type Explanation =
  | {id: string; status: 'not-candidate'; reason: NotCandidate}
  | {id: string; status: 'unplaced'; group: string; members: string[]; reason: UnplacedReason; nodes: string[]; need: Resources}
  | {id: string; status: 'placed'; group: string; members: string[]; wave: number; start: string; end: string; action: 'migrate' | 'decommission'; node?: NodeChoice; because: Because[]}

/** undefined when the inventory has no such system. */
export function explainPlacement(inv: Inventory, outcome: PlanOutcome, id: string, asOf: string, oneCloud: OneCloudDefinition): Explanation | undefined {
  const s = inv.system.get(id)
  if (!s) return undefined
  const i = inv.systems.indexOf(s)
  const gi = outcome.groupOf[i]
  if (gi < 0) return {id, status: 'not-candidate', reason: whyNotCandidate(inv, s, asOf, oneCloud, outcome.onboarding) ?? 'out-of-scope'}
  const g = outcome.groups[gi]
  const members = g.members.map(m => inv.systems[m].id)
  const u = outcome.schedule.unplaced.get(gi)
  if (u) return {id, status: 'unplaced', group: g.id, members, reason: u.reason, nodes: u.nodes, need: u.need}
  const t = outcome.schedule.trace[gi]
  const window = outcome.calendar.window(t.wave)
  const because: Because[] = []
  if (t.releaseBy === 'pin') because.push({kind: 'pin', wave: t.release})
  if (t.releaseBy === 'notBefore') because.push({kind: 'notBefore', date: g.notBefore!, wave: t.release})
  if (t.waitedFor && t.waitedFor.wave === t.readyWave && t.readyWave > t.release) {
    because.push({kind: 'dependency', group: outcome.groups[t.waitedFor.group].id, wave: t.waitedFor.wave, order: outcome.result.config.order})
  }
  if (t.awaitedOnboarding !== undefined) because.push({kind: 'onboarding', wave: t.awaitedOnboarding})
  if (t.wave > t.readyWave) because.push({kind: 'capacity', from: t.readyWave, to: t.wave - 1})
  if (t.oversize) because.push({kind: 'oversize', systems: g.systems, vcpu: g.demand.vcpu})
  if (window.shiftedBy) because.push({kind: 'blackout', blackout: window.shiftedBy})
  if (because.length === 0) because.push({kind: 'first-wave'})
  const node = outcome.schedule.node[gi]
  return {
    id, status: 'placed', group: g.id, members, wave: t.wave, start: window.start, end: window.end,
    action: s.migration.strategy === 'retire' ? 'decommission' : 'migrate', ...(node ? {node} : {}), because,
  }
}
