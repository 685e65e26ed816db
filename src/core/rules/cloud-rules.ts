// 一朵云 rules (CLOUD-001 … CLOUD-005): where systems run and where new ones are to be built.
import type {NodeRecord, SystemRecord} from '../inventory/model.js'
import {hasValidExemption, isInScope, isOneCloudNode} from '../inventory/scope.js'
import {type RuleContext, type RuleFunction, type RuleHit, checkEach, regionWords} from './types.js'

/** How a node type reads in a message; the inventory's raw type stays in `data`. */
const NODE_TYPE_WORDS: Record<string, {zh: string; en: string}> = {
  'provincial-cloud': {zh: '省政务云节点', en: 'provincial cloud node'},
  'city-cloud': {zh: '设区市政务云节点', en: 'city cloud node'},
  'department-cloud': {zh: '部门云', en: 'department cloud'},
  'self-built': {zh: '自建机房', en: 'self-built machine room'},
  external: {zh: '外租云', en: 'leased external cloud'},
}

function nodeFacts(s: SystemRecord, node: NodeRecord | undefined): Pick<RuleHit, 'data' | 'words'> {
  return {
    data: {name: s.name, id: s.id, department: s.department, node: node?.id ?? s.hosting.node, nodeType: node?.type ?? ''},
    words: {node: node?.name ?? s.hosting.node, ...(node ? {nodeType: NODE_TYPE_WORDS[node.type] ?? node.type} : {})},
  }
}

const inScope = (ctx: RuleContext) => ctx.inv.systems.filter(isInScope)

/** Off the one cloud without a valid exemption. */
export const cloud001: RuleFunction = ctx =>
  checkEach(ctx, 'system', inScope(ctx), s => s.id, s => {
    const node = ctx.inv.node.get(s.hosting.node)
    if (isOneCloudNode(node, ctx.oneCloud) || hasValidExemption(s.migration.exemption, ctx.asOf)) return undefined
    return {department: s.department, ...nodeFacts(s, node)}
  })

/** A province-level system on a department cloud or a leased (external) cloud. */
export const cloud002: RuleFunction = ctx =>
  checkEach(ctx, 'system', inScope(ctx).filter(s => s.level === 'province'), s => s.id, s => {
    const node = ctx.inv.node.get(s.hosting.node)
    if (node?.type !== 'department-cloud' && node?.type !== 'external') return undefined
    return {department: s.department, ...nodeFacts(s, node)}
  })

/** A city cloud node not under unified management. A node belongs to no one department: the city runs it. */
export const cloud003: RuleFunction = ctx =>
  checkEach(ctx, 'node', ctx.inv.nodes.filter(n => n.type === 'city-cloud' && !n.classified), n => n.id, n =>
    n.managed ? undefined : {department: null, data: {name: n.name, id: n.id, region: n.region ?? ''}, words: {region: n.region ? regionWords(ctx, n.region) : '—'}})

/**
 * An expired exemption of a system that is still off the cloud. An expired exemption on a system that
 * has since moved onto the cloud no longer matters, and the message ("now counts as off the cloud")
 * would be untrue, so it does not fire there.
 */
export const cloud004: RuleFunction = ctx =>
  checkEach(ctx, 'system', inScope(ctx).filter(s => s.migration.exemption !== undefined), s => s.id, s => {
    const until = s.migration.exemption!.until
    if (hasValidExemption(s.migration.exemption, ctx.asOf) || isOneCloudNode(ctx.inv.node.get(s.hosting.node), ctx.oneCloud)) return undefined
    return {department: s.department, data: {name: s.name, id: s.id, until}}
  })

/** A planned non-classified system whose intended node (migration.targetNode, else hosting.node) is off the one cloud. */
export const cloud005: RuleFunction = ctx =>
  checkEach(ctx, 'system', ctx.inv.systems.filter(s => s.status === 'planned' && !s.classified), s => s.id, s => {
    const node = ctx.inv.node.get(s.migration.targetNode ?? s.hosting.node)
    if (isOneCloudNode(node, ctx.oneCloud) || hasValidExemption(s.migration.exemption, ctx.asOf)) return undefined
    const facts = nodeFacts(s, node)
    return {department: s.department, data: {...facts.data, node: node?.id ?? ''}, words: facts.words}
  })
