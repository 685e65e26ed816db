// 一张网 rules (NET-001 … NET-003): private networks folded into the e-government extranet.
// Nationally managed vertical networks (国家垂管专网, `vertical: true`) are left out of all three: they
// are run by a ministry down to the county, so a province can neither fold them into its extranet nor
// require the systems on them to leave them (the provincial documents speak of the departments' own
// 业务专网). The Jiangsu pack says so in the rules' notes.
import type {NetworkRecord} from '../inventory/model.js'
import {hasValidExemption, isExempt} from '../inventory/scope.js'
import {type RuleContext, type RuleFunction, checkEach, inScopeSystems} from './types.js'

/** A private network the province consolidates: not vertical (a `classified` network is another type). */
const consolidable = (ctx: RuleContext): NetworkRecord[] => ctx.inv.networks.filter(n => n.type === 'private' && !n.vertical)

/** A non-classified private network whose consolidation has not started, without a valid exemption. */
export const net001: RuleFunction = ctx =>
  checkEach(ctx, 'network', consolidable(ctx), n => n.id, n => {
    if (n.consolidation.status !== 'none' || hasValidExemption(n.consolidation.exemption, ctx.asOf)) return undefined
    return {department: n.owner ?? null, data: {name: n.name, id: n.id}}
  })

/** An in-scope system on a non-vertical private network and not on the extranet, without a valid `network` exemption. */
export const net002: RuleFunction = ctx =>
  checkEach(ctx, 'system', inScopeSystems(ctx), s => s.id, s => {
    const nets = s.networks.map(id => ctx.inv.network.get(id)).filter(n => n !== undefined)
    const privates = nets.filter(n => n.type === 'private' && !n.vertical)
    if (privates.length === 0 || nets.some(n => n.type === 'extranet') || isExempt(s, 'network', ctx.asOf)) return undefined
    return {department: s.department, data: {name: s.name, id: s.id, network: privates.map(n => n.id)}, words: {network: privates.map(n => n.name)}}
  })

/**
 * The date by which the pack wants every private network consolidated: the earliest `by` of its enabled
 * `privateNetworkConsolidation` targets that ask for all of them (rate 1). A partial target (say 80%)
 * does not make any one network late, so it sets no date here.
 */
export function privateNetworkTargetDate(ctx: RuleContext): string | undefined {
  const dates = ctx.targets.filter(t => t.enabled && t.metric === 'privateNetworkConsolidation' && t.rate >= 1).map(t => t.by).sort()
  return dates[0]
}

/**
 * A consolidation that is under way (`planned` or `in-progress`) but late: the evaluation date is after the
 * network's own `deadline`, or after the pack's private-network target date. `deadline` in the finding is
 * the earlier of the dates that have passed (late since then); `missed` says whose date it is.
 */
export const net003: RuleFunction = ctx => {
  const targetBy = privateNetworkTargetDate(ctx)
  return checkEach(ctx, 'network', consolidable(ctx).filter(n => n.consolidation.status === 'planned' || n.consolidation.status === 'in-progress'), n => n.id, n => {
    if (hasValidExemption(n.consolidation.exemption, ctx.asOf)) return undefined
    const passed: Array<{date: string; missed: 'deadline' | 'target'}> = []
    if (n.consolidation.deadline !== undefined && n.consolidation.deadline < ctx.asOf) passed.push({date: n.consolidation.deadline, missed: 'deadline'})
    if (targetBy !== undefined && targetBy < ctx.asOf) passed.push({date: targetBy, missed: 'target'})
    if (passed.length === 0) return undefined
    const first = passed.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.missed < b.missed ? -1 : 1))[0]
    return {
      department: n.owner ?? null,
      data: {
        name: n.name, id: n.id, status: n.consolidation.status, deadline: first.date, missed: first.missed,
        ...(n.consolidation.deadline === undefined ? {} : {networkDeadline: n.consolidation.deadline}),
        ...(targetBy === undefined ? {} : {targetBy}),
      },
    }
  })
}
