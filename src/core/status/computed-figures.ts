// The indicators computed from the inventory, each as numerator ÷ denominator (docs/definitions.md), overall
// and, where the metric has a per-subject value, per department or region; per city, every metric has one
// (a network counts for each city with a system attached to it, as in a `--region` slice).
import {computeAdoption} from '../adoption/compute-adoption.js'
import {consolidationCount, countConsolidatedNetworks} from '../adoption/consolidated-networks.js'
import {groupAdoption} from '../adoption/group-adoption.js'
import {countManagedNodes, isManagedType} from '../adoption/managed-nodes.js'
import {cityGroupOfRegion, cityGroupOfSystem} from '../inventory/city-group.js'
import type {Inventory, NetworkRecord, SystemRecord} from '../inventory/model.js'
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

/** The city groups of the systems attached to each network (any status, classified included: a slice's networks). */
function networkCities(inv: Inventory): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>()
  for (const s of inv.systems) {
    for (const id of s.networks) {
      let set = out.get(id)
      if (!set) out.set(id, (set = new Set()))
      set.add(cityGroupOfSystem(s))
    }
  }
  return out
}

/** Tallies each network for every city it reaches. */
function tallyNetworksByCity(inv: Inventory, counts: (n: NetworkRecord) => boolean | undefined): GroupCounted[] {
  const cities = networkCities(inv)
  const tally = new Tally()
  for (const n of inv.networks) {
    const hit = counts(n)
    if (hit === undefined) continue
    for (const city of cities.get(n.id) ?? []) tally.add(city, hit)
  }
  return tally.groups()
}

function managedNodes(inv: Inventory, o: ComputeOptions): ComputedFigures {
  const c = countManagedNodes(inv, o.oneCloud)
  const overall = {numerator: c.managed, denominator: c.total}
  if (o.by !== 'region' && o.by !== 'city') return {overall}
  const tally = new Tally()
  for (const n of inv.nodes) {
    if (isManagedType(n, o.oneCloud) && n.region !== undefined) tally.add(o.by === 'city' ? cityGroupOfRegion(n.region) : n.region, n.managed)
  }
  return {overall, groups: tally.groups()}
}

function privateNetworks(inv: Inventory, o: ComputeOptions): ComputedFigures {
  const c = countConsolidatedNetworks(inv, o.asOf)
  const overall = {numerator: c.done, denominator: c.total}
  if (o.by === 'city') {
    return {overall, groups: tallyNetworksByCity(inv, n => {
      const count = consolidationCount(n, o.asOf)
      return count === undefined ? undefined : count === 'done'
    })}
  }
  if (o.by !== 'department') return {overall}
  const tally = new Tally()
  for (const n of inv.networks) {
    const count = consolidationCount(n, o.asOf)
    if (count !== undefined && n.owner !== undefined) tally.add(n.owner, count === 'done')
  }
  return {overall, groups: tally.groups()}
}

function extranetDualStack(inv: Inventory, o: ComputeOptions): ComputedFigures {
  const extranets = inv.networks.filter(n => n.type === 'extranet')
  const overall = {numerator: extranets.filter(n => n.dualStack).length, denominator: extranets.length}
  if (o.by !== 'city') return {overall}
  return {overall, groups: tallyNetworksByCity(inv, n => (n.type === 'extranet' ? n.dualStack : undefined))}
}

function ipv6Readiness(inv: Inventory, o: ComputeOptions): ComputedFigures {
  const by = o.by
  const key = by === 'department' ? (s: SystemRecord) => s.department : by === 'city' ? cityGroupOfSystem : (s: SystemRecord) => s.region
  const r = computeIpv6Readiness(inv, by ? {groupBy: {by, key, label: k => k}} : {})
  const overall = {numerator: r.counts.ready, denominator: r.inScope}
  if (!r.groups) return {overall}
  return {overall, groups: r.groups.map(g => ({key: g.key, numerator: g.ready, denominator: g.total})).sort((a, b) => cmp(a.key, b.key))}
}

/**
 * 一部门一系统: of the departments with an in-scope service system, those with exactly one. Per city: a
 * department's service systems in that city (a department working in two cities counts in each).
 */
function oneDepartmentOneSystem(inv: Inventory, o: ComputeOptions): ComputedFigures {
  const perDepartment = new Map<string, number>()
  const perCity = new Map<string, number>()
  for (const s of inv.systems) {
    if (!s.serviceSystem || !isInScope(s)) continue
    perDepartment.set(s.department, (perDepartment.get(s.department) ?? 0) + 1)
    // A key no department name or code can hold: a NUL between the city and the department.
    const key = `${cityGroupOfSystem(s)}\u0000${s.department}`
    perCity.set(key, (perCity.get(key) ?? 0) + 1)
  }
  let one = 0
  for (const n of perDepartment.values()) if (n === 1) one++
  const overall = {numerator: one, denominator: perDepartment.size}
  if (o.by !== 'city') return {overall}
  const tally = new Tally()
  for (const [key, n] of perCity) tally.add(key.slice(0, key.indexOf('\u0000')), n === 1)
  return {overall, groups: tally.groups()}
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
    case 'extranetDualStack': return extranetDualStack(inv, o)
    case 'ipv6Readiness': return ipv6Readiness(inv, o)
    default: return oneDepartmentOneSystem(inv, o)
  }
}
