// Security rules (SEC-001 … SEC-004): classified separation, MLPS certification, 密评 and off-site DR.
import {isInScope} from '../inventory/scope.js'
import {type RuleFunction, checkEach} from './types.js'

/** A classified system (any status but retired) on a non-classified node or attached to the extranet or internet. */
export const sec001: RuleFunction = ctx =>
  checkEach(ctx, 'system', ctx.inv.systems.filter(s => s.classified && s.status !== 'retired'), s => s.id, s => {
    const node = ctx.inv.node.get(s.hosting.node)
    const open = s.networks.map(id => ctx.inv.network.get(id)).filter(n => n !== undefined && (n.type === 'extranet' || n.type === 'internet'))
    const badNode = node !== undefined && !node.classified
    if (!badNode && open.length === 0) return undefined
    // Classified systems are named by id only; the pack's message does not use {name}.
    return {
      department: s.department,
      data: {id: s.id, node: badNode ? node.id : '', network: open.map(n => n!.id)},
      words: {node: badNode ? node.name : '—', network: open.length > 0 ? open.map(n => n!.name) : '—'},
    }
  })

/** An in-scope system whose MLPS level exceeds its node's certification. A node with no certification given is not judged. */
export const sec002: RuleFunction = ctx =>
  checkEach(ctx, 'system', ctx.inv.systems.filter(s => isInScope(s) && s.mlps !== undefined), s => s.id, s => {
    const node = ctx.inv.node.get(s.hosting.node)
    if (node?.mlpsCertified === undefined || s.mlps! <= node.mlpsCertified) return undefined
    return {department: s.department, data: {name: s.name, id: s.id, mlps: s.mlps!, node: node.id, certified: node.mlpsCertified}, words: {node: node.name}}
  })

const level3 = (ctx: Parameters<RuleFunction>[0]) => ctx.inv.systems.filter(s => isInScope(s) && (s.mlps ?? 0) >= 3)

/** Level 3 or above without a passed commercial-cryptography assessment. */
export const sec003: RuleFunction = ctx =>
  checkEach(ctx, 'system', level3(ctx), s => s.id, s =>
    s.crypto === 'passed' ? undefined : {department: s.department, data: {name: s.name, id: s.id, mlps: s.mlps!, crypto: s.crypto}})

/** Level 3 or above without off-site disaster recovery. */
export const sec004: RuleFunction = ctx =>
  checkEach(ctx, 'system', level3(ctx), s => s.id, s =>
    s.disasterRecovery ? undefined : {department: s.department, data: {name: s.name, id: s.id, mlps: s.mlps!}})
