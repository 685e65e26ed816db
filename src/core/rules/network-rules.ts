// 一张网 rules (NET-001, NET-002): private networks folded into the e-government extranet.
import {hasValidExemption, isInScope} from '../inventory/scope.js'
import {type RuleFunction, checkEach} from './types.js'

/**
 * A non-classified private network whose consolidation has not started, without a valid exemption.
 * Nationally managed vertical networks (国家垂管专网, `vertical: true`) are not checked: they are run by a
 * ministry down to the county, so a province cannot fold them into its extranet (the provincial
 * documents speak of the departments' own 业务专网). The Jiangsu pack says so in NET-001's note.
 */
export const net001: RuleFunction = ctx =>
  checkEach(ctx, 'network', ctx.inv.networks.filter(n => n.type === 'private' && !n.vertical), n => n.id, n => {
    if (n.consolidation.status !== 'none' || hasValidExemption(n.consolidation.exemption, ctx.asOf)) return undefined
    return {department: n.owner ?? null, data: {name: n.name, id: n.id}}
  })

/** An in-scope system on a private network and not on the extranet. */
export const net002: RuleFunction = ctx =>
  checkEach(ctx, 'system', ctx.inv.systems.filter(isInScope), s => s.id, s => {
    const nets = s.networks.map(id => ctx.inv.network.get(id)).filter(n => n !== undefined)
    const privates = nets.filter(n => n.type === 'private')
    if (privates.length === 0 || nets.some(n => n.type === 'extranet')) return undefined
    return {department: s.department, data: {name: s.name, id: s.id, network: privates.map(n => n.id)}, words: {network: privates.map(n => n.name)}}
  })
