// 一部门一系统、一市一平台 (SVC-001, SVC-002): one government-service system per department, one platform per city.
import type {SystemRecord} from '../inventory/model.js'
import {isProvinceCode} from '../inventory/city-group.js'
import {cityOf} from '../region/city-of.js'
import {type RuleFunction, checkEach, inScopeSystems, regionWords} from './types.js'

function groupBy(systems: SystemRecord[], key: (s: SystemRecord) => string): Array<[string, SystemRecord[]]> {
  const groups = new Map<string, SystemRecord[]>()
  for (const s of systems) {
    const list = groups.get(key(s))
    if (list) list.push(s)
    else groups.set(key(s), [s])
  }
  return [...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
}

/** Departments with in-scope systems are checked; more than one in-scope service system fires. */
export const svc001: RuleFunction = ctx => {
  const scoped = inScopeSystems(ctx)
  const services = new Map(groupBy(scoped.filter(s => s.serviceSystem), s => s.department))
  return checkEach(ctx, 'department', groupBy(scoped, s => s.department).map(([d]) => d), d => d, d => {
    const list = services.get(d) ?? []
    if (list.length <= 1) return undefined
    return {department: d, data: {department: d, count: list.length, systems: list.map(s => s.id)}, words: {systems: list.map(s => s.name)}}
  })
}

/**
 * Cities (a city code and its counties; the province's own code is no city) with an in-scope city- or
 * county-level system are checked; more than one in-scope city- or county-level service system in the
 * city fires, on the city's code. The finding belongs to no one department: the city government has to act.
 */
export const svc002: RuleFunction = ctx => {
  const local = inScopeSystems(ctx).filter(s => (s.level === 'city' || s.level === 'county') && !isProvinceCode(s.region))
  const cityKey = (s: SystemRecord) => cityOf(s.region)
  const services = new Map(groupBy(local.filter(s => s.serviceSystem), cityKey))
  return checkEach(ctx, 'region', groupBy(local, cityKey).map(([r]) => r), r => r, r => {
    const list = services.get(r) ?? []
    if (list.length <= 1) return undefined
    return {department: null, data: {region: r, count: list.length, systems: list.map(s => s.id)}, words: {region: regionWords(ctx, r), systems: list.map(s => s.name)}}
  })
}
