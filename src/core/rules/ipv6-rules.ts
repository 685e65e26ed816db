// IPv6 rules (IPV6-001, IPV6-002): a dual-stack extranet backbone and IPv6-ready systems.
import {isInScope} from '../inventory/scope.js'
import {assessIpv6Readiness} from './ipv6-readiness.js'
import {type RuleFunction, checkEach} from './types.js'

/** An extranet network that is not dual-stack. */
export const ipv6001: RuleFunction = ctx =>
  checkEach(ctx, 'network', ctx.inv.networks.filter(n => n.type === 'extranet'), n => n.id, n =>
    n.dualStack ? undefined : {department: n.owner ?? null, data: {name: n.name, id: n.id}})

/** An in-scope system whose readiness is not `ready`. */
export const ipv6002: RuleFunction = ctx =>
  checkEach(ctx, 'system', ctx.inv.systems.filter(isInScope), s => s.id, s => {
    const r = assessIpv6Readiness(ctx.inv, s)
    if (r.status === 'ready') return undefined
    return {department: s.department, data: {name: s.name, id: s.id, status: r.status, blockers: r.blockers, invalidAddresses: r.invalidAddresses}}
  })
