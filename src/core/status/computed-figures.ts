// The indicators computed from the inventory, each as numerator ÷ denominator (docs/definitions.md), overall
// and, where the metric has a per-subject value, per department or region.
import {computeAdoption} from '../adoption/compute-adoption.js'
import {consolidationCount, countConsolidatedNetworks} from '../adoption/consolidated-networks.js'
import {groupAdoption} from '../adoption/group-adoption.js'
import {countManagedNodes, isManagedType} from '../adoption/managed-nodes.js'
import type {Inventory} from '../inventory/model.js'
import {type OneCloudDefinition, isInScope} from '../inventory/scope.js'
import {computeIpv6Readiness} from '../ipv6/compute-ipv6-readiness.js'
import type {TargetMetric} from '../policy/model.js'
import type {StatusBy} from './model.js'

export type ComputedMetric = Exclude<TargetMetric, 'reported'>

export interface Counted {
  numerator: number
  denominator: number
}

export interface GroupCounted extends Counted {
  key: string
}

export interface ComputedFigures {
  overall: Counted
  /** Absent when the metric has no per-subject value for this grouping. */
  groups?: GroupCounted[]
}

export interface ComputeOptions {
  asOf: string
  oneCloud: OneCloudDefinition
  by?: StatusBy
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/** Tallies numerator and denominator per key; keys in sorted order. */
class Tally {
  private readonly counts = new Map<string, Counted>()
  add(key: string, hit: boolean): void {
    const c = this.counts.get(key) ?? {numerator: 0, denominator: 0}
    c.denominator++
    if (hit) c.numerator++
    this.counts.set(key, c)
  }
  groups(): GroupCounted[] {
    return [...this.counts].map(([key, c]) => ({key, ...c})).sort((a, b) => cmp(a.key, b.key))
  }
}

function managedNodes(inv: Inventory, o: ComputeOptions): ComputedFigures {
  const c = countManagedNodes(inv, o.oneCloud)
  const overall = {numerator: c.managed, denominator: c.total}
  if (o.by !== 'region') return {overall}
  const tally = new Tally()
  for (const n of inv.nodes) {
    if (isManagedType(n, o.oneCloud) && n.region !== undefined) tally.add(n.region, n.managed)
  }
  return {overall, groups: tally.groups()}
}

function privateNetworks(inv: Inventory, o: ComputeOptions): ComputedFigures {
  const c = countConsolidatedNetworks(inv, o.asOf)
  const overall = {numerator: c.done, denominator: c.total}
  if (o.by !== 'department') return {overall}
  const tally = new Tally()
  for (const n of inv.networks) {
    const count = consolidationCount(n, o.asOf)
    if (count !== undefined && n.owner !== undefined) tally.add(n.owner, count === 'done')
  }
  return {overall, groups: tally.groups()}
}

function extranetDualStack(inv: Inventory): ComputedFigures {
  const extranets = inv.networks.filter(n => n.type === 'extranet')
  return {overall: {numerator: extranets.filter(n => n.dualStack).length, denominator: extranets.length}}
}

function ipv6Readiness(inv: Inventory, o: ComputeOptions): ComputedFigures {
  const by = o.by
  const r = computeIpv6Readiness(inv, by ? {groupBy: {by, key: s => (by === 'department' ? s.department : s.region), label: k => k}} : {})
  const overall = {numerator: r.counts.ready, denominator: r.inScope}
  if (!r.groups) return {overall}
  return {overall, groups: r.groups.map(g => ({key: g.key, numerator: g.ready, denominator: g.total})).sort((a, b) => cmp(a.key, b.key))}
}

/** 一部门一系统: of the departments with an in-scope service system, those with exactly one. */
function oneDepartmentOneSystem(inv: Inventory): ComputedFigures {
  const perDepartment = new Map<string, number>()
  for (const s of inv.systems) if (s.serviceSystem && isInScope(s)) perDepartment.set(s.department, (perDepartment.get(s.department) ?? 0) + 1)
  let one = 0
  for (const n of perDepartment.values()) if (n === 1) one++
  return {overall: {numerator: one, denominator: perDepartment.size}}
}

function adoption(inv: Inventory, o: ComputeOptions): ComputedFigures {
  const options = {asOf: o.asOf, oneCloud: o.oneCloud}
  const c = computeAdoption(inv, inv.systems, options)
  const overall = {numerator: c.onCloud, denominator: c.total}
  if (!o.by) return {overall}
  const groups = groupAdoption(inv, o.by, k => k, options).map(g => ({key: g.key, numerator: g.onCloud, denominator: g.total}))
  return {overall, groups: groups.sort((a, b) => cmp(a.key, b.key))}
}

export function computedFigures(inv: Inventory, metric: ComputedMetric, o: ComputeOptions): ComputedFigures {
  switch (metric) {
    case 'adoptionRate': return adoption(inv, o)
    case 'managedNodeRate': return managedNodes(inv, o)
    case 'privateNetworkConsolidation': return privateNetworks(inv, o)
    case 'extranetDualStack': return extranetDualStack(inv)
    case 'ipv6Readiness': return ipv6Readiness(inv, o)
    default: return oneDepartmentOneSystem(inv)
  }
}
