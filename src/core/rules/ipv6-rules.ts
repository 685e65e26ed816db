// IPv6 rules (IPV6-001, IPV6-002): a dual-stack extranet backbone and IPv6-ready systems. Readiness is
// the one `yunwang ipv6` computes, so the rule and the command can never disagree.
import {isExempt} from '../inventory/scope.js'
import {systemReadiness} from '../ipv6/compute-ipv6-readiness.js'
import {type RuleFunction, checkEach} from './types.js'

/** An extranet network that is not dual-stack. */
export const ipv6001: RuleFunction = ctx =>
  checkEach(ctx, 'network', ctx.inv.networks.filter(n => n.type === 'extranet'), n => n.id, n =>
    n.dualStack ? undefined : {department: n.owner ?? null, data: {name: n.name, id: n.id}})

/** An in-scope system whose readiness is not `ready`, without a valid `ipv6` exemption. */
export const ipv6002: RuleFunction = ctx => {
  if (ctx.ipv6) {
    return checkEach(ctx, 'system', ctx.ipv6, r => r.id, r => {
      if (r.status === 'ready') return undefined
      const s = ctx.inv.system.get(r.id)!
      if (isExempt(s, 'ipv6', ctx.asOf)) return undefined
      return {department: s.department, data: {name: s.name, id: s.id, status: r.status, reasons: r.reasons}}
    })
  }
  return checkEach(ctx, 'system', systemReadiness(ctx.inv), r => r.system.id, r => {
    if (r.status === 'ready') return undefined
    const s = r.system
    if (isExempt(s, 'ipv6', ctx.asOf)) return undefined
    return {department: s.department, data: {name: s.name, id: s.id, status: r.status, reasons: r.reasons}}
  })
}
