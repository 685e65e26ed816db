// One period's figures: every indicator of the pack evaluated on an inventory as of a date, keyed by
// what it measures (the computed metric, or the Measurements indicator), through the scoreboard's code.
import type {Lang} from '../../i18n/catalog.js'
import type {Inventory} from '../inventory/model.js'
import type {ResolvedPlanConfig} from '../plan/model.js'
import type {Policy, PolicyTarget} from '../policy/model.js'
import {computeStatus} from '../status/compute-status.js'
import type {StatusBy} from '../status/model.js'
import type {TrendIndicator} from './model.js'

/** An indicator's key: targets at several dates of one measure (data sharing 95%, 97%, 100%) share it. */
export function indicatorKey(t: Pick<PolicyTarget, 'metric' | 'indicator'>): string {
  return t.metric === 'reported' ? t.indicator ?? '' : t.metric
}

/** The computed metrics in the order a trend shows them: the headline first. */
const COMPUTED_ORDER: readonly string[] = ['adoptionRate', 'managedNodeRate', 'privateNetworkConsolidation', 'extranetDualStack', 'ipv6Readiness', 'oneDepartmentOneSystem']

/** The pack's indicators, each once: the computed ones, then the reported ones by id. */
export function trendIndicators(policy: Policy, lang: Lang): TrendIndicator[] {
  const seen = new Map<string, TrendIndicator>()
  for (const t of policy.targets) {
    if (!t.enabled) continue
    const id = indicatorKey(t)
    if (!seen.has(id)) seen.set(id, {id, label: t.label[lang], ...(t.name ? {name: t.name[lang]} : {}), unit: t.unit})
  }
  const rank = (id: string) => (COMPUTED_ORDER.includes(id) ? COMPUTED_ORDER.indexOf(id) : COMPUTED_ORDER.length)
  return [...seen.values()].sort((a, b) => rank(a.id) - rank(b.id) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}

/** Whether an indicator is computed from the inventory (else reported in Measurements). */
export const isComputedIndicator = (id: string): boolean => COMPUTED_ORDER.includes(id)

/** The key of `name`: an indicator key itself, or a target id of the pack. */
export function resolveIndicator(policy: Policy, name: string): string | undefined {
  const targets = policy.targets.filter(t => t.enabled)
  if (targets.some(t => indicatorKey(t) === name)) return name
  const byId = targets.find(t => t.id === name)
  return byId ? indicatorKey(byId) : undefined
}

export interface TrendValuesOptions {
  asOf: string
  lang: Lang
  plan: ResolvedPlanConfig
  by?: StatusBy
  /** The indicator whose groups are wanted (with `by`). */
  indicator?: string
  includeClassified: boolean
}

export function trendValues(inv: Inventory, policy: Policy, o: TrendValuesOptions): {indicators: Record<string, number | null>; groups?: Record<string, number>} {
  // Values only: statuses are not part of a trend, so no projection is needed and the plan never runs.
  const status = computeStatus(inv, policy, {asOf: o.asOf, lang: o.lang, by: o.by, label: k => k, plan: o.plan, includeClassified: o.includeClassified, projections: []})
  const indicators: Record<string, number | null> = {}
  const order = trendIndicators(policy, o.lang).map(x => x.id)
  const byKey = new Map<string, (typeof status.indicators)[number]>()
  for (const t of policy.targets) {
    if (!t.enabled) continue
    const line = status.indicators.find(x => x.id === t.id)
    if (line && !byKey.has(indicatorKey(t))) byKey.set(indicatorKey(t), line)
  }
  for (const id of order) indicators[id] = byKey.get(id)?.value ?? null
  if (o.by === undefined || o.indicator === undefined) return {indicators}
  const groups: Record<string, number> = {}
  for (const g of [...(byKey.get(o.indicator)?.groups ?? [])].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))) {
    if (g.value !== null) groups[g.key] = g.value
  }
  return {indicators, groups}
}
