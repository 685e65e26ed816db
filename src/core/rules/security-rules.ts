// Security rules (SEC-001 … SEC-004): classified separation, MLPS certification, 密评 and off-site DR.
import type {SystemRecord} from '../inventory/model.js'
import {isInScope} from '../inventory/scope.js'
import {type RuleFunction, checkEach} from './types.js'

/**
 * A classified system (any status but retired) on a non-classified node or attached to the extranet or
 * internet. Classified systems are counted, never named, unless `includeClassified`: the rule then
 * checks places, every non-classified node and every extranet or internet network, and a finding is
 * about the place with the number of classified systems on it, attributed to no department (naming
 * the department would point at its classified system); the departments it leaves unnamed go in
 * `withheld`. With `includeClassified` a finding is about each system, in its department.
 */
export const sec001: RuleFunction = ctx => {
  const misplaced = ctx.inv.systems.filter(s => s.classified && s.status !== 'retired').map(s => {
    const node = ctx.inv.node.get(s.hosting.node)
    const open = s.networks.map(id => ctx.inv.network.get(id)).filter(n => n !== undefined && (n.type === 'extranet' || n.type === 'internet'))
    return {s, node: node !== undefined && !node.classified ? node : undefined, open: open.map(n => n!)}
  })
  if (ctx.includeClassified) {
    const place = new Map(misplaced.map(m => [m.s.id, m]))
    return checkEach(ctx, 'system', misplaced.map(m => m.s), s => s.id, s => {
      const {node, open} = place.get(s.id)!
      if (!node && open.length === 0) return undefined
      return {
        department: s.department,
        data: {id: s.id, count: 1, node: node?.id ?? '', network: open.map(n => n.id)},
        words: {node: node?.name ?? '—', network: open.length > 0 ? open.map(n => n.name) : '—'},
      }
    })
  }
  const onNode = new Map<string, SystemRecord[]>()
  const onNetwork = new Map<string, SystemRecord[]>()
  const add = (m: Map<string, SystemRecord[]>, id: string, s: SystemRecord) => m.set(id, [...(m.get(id) ?? []), s])
  for (const m of misplaced) {
    if (m.node) add(onNode, m.node.id, m.s)
    for (const n of m.open) add(onNetwork, n.id, m.s)
  }
  const departmentsOf = (systems: SystemRecord[]) => [...new Set(systems.map(s => s.department))].sort()
  const nodes = checkEach(ctx, 'node', ctx.inv.nodes.filter(n => !n.classified), n => n.id, n => {
    const on = onNode.get(n.id)
    if (!on) return undefined
    return {department: null, withheld: departmentsOf(on), data: {count: on.length, node: n.id, network: []}, words: {node: n.name, network: '—'}}
  })
  const networks = checkEach(ctx, 'network', ctx.inv.networks.filter(n => n.type === 'extranet' || n.type === 'internet'), n => n.id, n => {
    const on = onNetwork.get(n.id)
    if (!on) return undefined
    return {department: null, withheld: departmentsOf(on), data: {count: on.length, node: '', network: [n.id]}, words: {node: '—', network: [n.name]}}
  })
  return {checked: nodes.checked + networks.checked, subjects: [...nodes.subjects, ...networks.subjects], hits: [...nodes.hits, ...networks.hits]}
}

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
