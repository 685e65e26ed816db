// 一朵云 rules (CLOUD-001 … CLOUD-006): where systems run, where new ones are to be built, and the
// exemptions that let a system stay off the cloud. A system's exemption waives a rule only when it
// covers `cloud`; node types come from the pack (`oneCloud`), never from here.
import {daysBetween} from '../dates.js'
import type {NetworkRecord, NodeRecord, SystemRecord} from '../inventory/model.js'
import {exemptionCovers, hasValidExemption, isExempt, isOneCloudNode} from '../inventory/scope.js'
import {type RuleContext, type RuleFunction, type RuleHit, type RuleResult, checkEach, inScopeSystems, regionWords} from './types.js'

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

const inScope = inScopeSystems

/** Off the one cloud without a valid `cloud` exemption. */
export const cloud001: RuleFunction = ctx =>
  checkEach(ctx, 'system', inScope(ctx), s => s.id, s => {
    const node = ctx.inv.node.get(s.hosting.node)
    if (isOneCloudNode(node, ctx.oneCloud) || isExempt(s, 'cloud', ctx.asOf)) return undefined
    return {department: s.department, ...nodeFacts(s, node)}
  })

/** A province-level system on a cloud a department built or leased (the pack's `departmentCloudTypes`), without a valid `cloud` exemption. */
export const cloud002: RuleFunction = ctx =>
  checkEach(ctx, 'system', inScope(ctx).filter(s => s.level === 'province'), s => s.id, s => {
    const node = ctx.inv.node.get(s.hosting.node)
    if (!node || !ctx.oneCloud.departmentCloudTypes.includes(node.type) || isExempt(s, 'cloud', ctx.asOf)) return undefined
    return {department: s.department, ...nodeFacts(s, node)}
  })

/**
 * A non-classified node of a type the pack brings under unified management (`managedNodeTypes`; Jiangsu:
 * city clouds) that is not managed yet. A node belongs to no one department: the city runs it.
 */
export const cloud003: RuleFunction = ctx =>
  checkEach(ctx, 'node', ctx.inv.nodes.filter(n => ctx.oneCloud.managedNodeTypes.includes(n.type) && !n.classified), n => n.id, n =>
    n.managed ? undefined : {department: null, data: {name: n.name, id: n.id, region: n.region ?? ''}, words: {region: n.region ? regionWords(ctx, n.region) : '—'}})

/**
 * An expired `cloud` exemption of a system that is still off the cloud. An expired exemption on a system
 * that has since moved onto the cloud no longer matters, and the message ("now counts as off the cloud")
 * would be untrue, so it does not fire there; nor for an exemption that never covered `cloud` (the rules
 * it did cover fire again on their own, and the exemption register shows it expired).
 */
export const cloud004: RuleFunction = ctx =>
  checkEach(ctx, 'system', inScope(ctx).filter(s => s.migration.exemption !== undefined && exemptionCovers(s.migration.exemption).includes('cloud')), s => s.id, s => {
    const until = s.migration.exemption!.until
    if (hasValidExemption(s.migration.exemption, ctx.asOf) || isOneCloudNode(ctx.inv.node.get(s.hosting.node), ctx.oneCloud)) return undefined
    return {department: s.department, data: {name: s.name, id: s.id, until}}
  })

/** A planned non-classified system whose intended node (migration.targetNode, else hosting.node) is off the one cloud, without a valid `cloud` exemption. */
export const cloud005: RuleFunction = ctx =>
  checkEach(ctx, 'system', ctx.inv.systems.filter(s => s.status === 'planned' && !s.classified), s => s.id, s => {
    const node = ctx.inv.node.get(s.migration.targetNode ?? s.hosting.node)
    if (isOneCloudNode(node, ctx.oneCloud) || isExempt(s, 'cloud', ctx.asOf)) return undefined
    const facts = nodeFacts(s, node)
    return {department: s.department, data: {...facts.data, node: node?.id ?? ''}, words: facts.words}
  })

interface ExemptionFacts {
  until: string
  approvedBy: string
  document?: string
}

/** Days left on a valid exemption that runs out within the notice period, else undefined. */
function daysLeftIfSoon(ctx: RuleContext, e: ExemptionFacts): number | undefined {
  if (!hasValidExemption(e, ctx.asOf)) return undefined
  const days = daysBetween(ctx.asOf, e.until)
  return days <= ctx.exemptionNoticeDays ? days : undefined
}

function expiringFacts(subject: {id: string; name: string}, e: ExemptionFacts, days: number, covers: readonly string[]): Pick<RuleHit, 'data' | 'words'> {
  return {
    data: {name: subject.name, id: subject.id, until: e.until, days, approvedBy: e.approvedBy, document: e.document ?? '', covers: [...covers]},
    words: {document: e.document ?? '—'},
  }
}

/** Systems whose exemption still matters to a rule: not classified (discretion), not retired. */
const exemptSystems = (ctx: RuleContext): SystemRecord[] => ctx.inv.systems.filter(s => !s.classified && s.status !== 'retired' && s.migration.exemption !== undefined)

/** Private networks whose consolidation exemption still matters: not vertical (never consolidated by the province), not done. */
const exemptNetworks = (ctx: RuleContext): NetworkRecord[] =>
  ctx.inv.networks.filter(n => n.type === 'private' && !n.vertical && n.consolidation.status !== 'done' && n.consolidation.exemption !== undefined)

/**
 * A valid exemption that runs out within the pack's notice period (`exemptionNoticeDays`): renew it or
 * migrate in time. Both kinds of exemption are watched — a system's `migration.exemption` and a private
 * network's `consolidation.exemption` — since either lapsing turns into errors (CLOUD-001/002, NET-001/002/003,
 * IPV6-002) on the day after `until`. The last valid day (0 days left) still warns; an expired one no longer
 * does (CLOUD-004 reports an expired cloud exemption).
 */
export const cloud006: RuleFunction = ctx => {
  const systems = checkEach(ctx, 'system', exemptSystems(ctx), s => s.id, s => {
    const e = s.migration.exemption!
    const days = daysLeftIfSoon(ctx, e)
    return days === undefined ? undefined : {department: s.department, ...expiringFacts(s, e, days, exemptionCovers(e))}
  })
  const networks = checkEach(ctx, 'network', exemptNetworks(ctx), n => n.id, n => {
    const e = n.consolidation.exemption!
    const days = daysLeftIfSoon(ctx, e)
    return days === undefined ? undefined : {department: n.owner ?? null, ...expiringFacts(n, e, days, ['network'])}
  })
  return mergeResults(systems, networks)
}

function mergeResults(a: RuleResult, b: RuleResult): RuleResult {
  return {checked: a.checked + b.checked, subjects: [...a.subjects, ...b.subjects], hits: [...a.hits, ...b.hits]}
}
