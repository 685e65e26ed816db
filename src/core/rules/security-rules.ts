// Security rules (SEC-001 … SEC-008): classified separation, MLPS certification, 密评, off-site DR,
// assessments kept current, and critical information infrastructure at level 3 or above.
import {daysBetween} from '../dates.js'
import type {SystemRecord} from '../inventory/model.js'
import {type MessageKey, t} from '../../i18n/index.js'
import {type Fact, type RuleFunction, checkEach, inScopeSystems, regionWords} from './types.js'

const both = (key: MessageKey): Fact => ({zh: t('zh', key), en: t('en', key)})

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
  checkEach(ctx, 'system', inScopeSystems(ctx).filter(s => s.mlps !== undefined), s => s.id, s => {
    const node = ctx.inv.node.get(s.hosting.node)
    if (node?.mlpsCertified === undefined || s.mlps! <= node.mlpsCertified) return undefined
    return {department: s.department, data: {name: s.name, id: s.id, mlps: s.mlps!, node: node.id, certified: node.mlpsCertified}, words: {node: node.name}}
  })

const level3 = (ctx: Parameters<RuleFunction>[0]) => inScopeSystems(ctx).filter(s => (s.mlps ?? 0) >= 3)

/** Level 3 or above without a passed commercial-cryptography assessment. */
export const sec003: RuleFunction = ctx =>
  checkEach(ctx, 'system', level3(ctx), s => s.id, s =>
    s.crypto === 'passed' ? undefined : {department: s.department, data: {name: s.name, id: s.id, mlps: s.mlps!, crypto: s.crypto}})

/** Level 3 or above without off-site disaster recovery (`true`, or a `{node}` holding the copy). */
export const sec004: RuleFunction = ctx =>
  checkEach(ctx, 'system', level3(ctx), s => s.id, s =>
    s.disasterRecovery ? undefined : {department: s.department, data: {name: s.name, id: s.id, mlps: s.mlps!}})

/**
 * Whether an assessment is stale on the evaluation date: never made, or made more than `days` days
 * before it (asOf − assessed > days, in calendar days). Made exactly `days` days before is still current;
 * a date after the evaluation date is not stale.
 */
function staleness(assessed: string | undefined, asOf: string, days: number): {stale: boolean; data: Record<string, string | number>; words: Record<string, Fact>} {
  if (assessed === undefined) return {stale: true, data: {assessed: '', period: days}, words: {assessed: both('check.fact.notRecorded'), age: '—'}}
  const age = daysBetween(assessed, asOf)
  return {stale: age > days, data: {assessed, age, period: days}, words: {}}
}

/** The MLPS assessment period of a level: the pack's entry with the highest level at or below it. */
function mlpsPeriod(periods: ReadonlyArray<{level: number; days: number}>, level: number): number | undefined {
  let best: {level: number; days: number} | undefined
  for (const p of periods) if (p.level <= level && (best === undefined || p.level > best.level)) best = p
  return best?.days
}

/** 等保测评 not current: in-scope systems whose level has a period in the pack (Jiangsu: 365 days at level 3, 182 at 4 and 5). */
export const sec005: RuleFunction = ctx => {
  const periods = ctx.assessments?.mlps ?? []
  const due = inScopeSystems(ctx).filter(s => s.mlps !== undefined && mlpsPeriod(periods, s.mlps) !== undefined)
  return checkEach(ctx, 'system', due, s => s.id, s => {
    const st = staleness(s.mlpsAssessed, ctx.asOf, mlpsPeriod(periods, s.mlps!)!)
    return st.stale ? {department: s.department, data: {name: s.name, id: s.id, mlps: s.mlps!, ...st.data}, words: st.words} : undefined
  })
}

/** 密评 not current: in-scope systems at the pack's level or above whose assessment passed (Jiangsu: level 3, 365 days). */
export const sec006: RuleFunction = ctx => {
  const period = ctx.assessments?.crypto
  if (!period) return {checked: 0, subjects: [], hits: []}
  const due = inScopeSystems(ctx).filter(s => (s.mlps ?? 0) >= period.level && s.crypto === 'passed')
  return checkEach(ctx, 'system', due, s => s.id, s => {
    const st = staleness(s.cryptoAssessed, ctx.asOf, period.days)
    return st.stale ? {department: s.department, data: {name: s.name, id: s.id, mlps: s.mlps!, ...st.data}, words: st.words} : undefined
  })
}

/** The city a region code lies in: its first four digits (a county rolls up to its city). */
const cityOf = (region: string): string => `${region.slice(0, 4)}00`

/**
 * Disaster recovery that is not off-site: the DR node and the hosting node lie in the same city (the
 * first four digits of their regions are equal). Systems whose DR node is named are checked; a node
 * without a region cannot be placed, and is not judged.
 */
export const sec007: RuleFunction = ctx =>
  checkEach(ctx, 'system', inScopeSystems(ctx).filter(s => s.disasterRecoveryNode !== undefined), s => s.id, s => {
    const host = ctx.inv.node.get(s.hosting.node)
    const dr = ctx.inv.node.get(s.disasterRecoveryNode!)
    if (host?.region === undefined || dr?.region === undefined || cityOf(host.region) !== cityOf(dr.region)) return undefined
    const city = cityOf(host.region)
    return {
      department: s.department,
      data: {name: s.name, id: s.id, node: host.id, drNode: dr.id, region: city},
      words: {node: host.name, drNode: dr.name, region: regionWords(ctx, city)},
    }
  })

/** Critical information infrastructure below MLPS level 3, or with no level recorded. */
export const sec008: RuleFunction = ctx =>
  checkEach(ctx, 'system', inScopeSystems(ctx).filter(s => s.cii), s => s.id, s => {
    if (s.mlps !== undefined && s.mlps >= 3) return undefined
    const words: Record<string, Fact> = s.mlps === undefined ? {mlps: both('check.fact.notGraded')} : {}
    return {department: s.department, data: {name: s.name, id: s.id, mlps: s.mlps ?? ''}, words}
  })
