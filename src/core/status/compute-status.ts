// The scoreboard: every enabled pack target, computed from the inventory or rolled up from Measurements,
// with its status at the evaluation date; worst first. The plan runs only when a target it moves is
// neither met nor overdue (its projection decides on-track against behind).
import type {Lang} from '../../i18n/catalog.js'
import type {Inventory, MeasurementRecord} from '../inventory/model.js'
import {isProvinceCode} from '../inventory/city-group.js'
import {rankByRate} from '../league/rank-by-rate.js'
import {makePlan} from '../plan/make-plan.js'
import type {ResolvedPlanConfig} from '../plan/model.js'
import {type Policy, type PolicyTarget, citationText} from '../policy/model.js'
import {type ComputedFigures, type ComputedMetric, computedFigures} from './computed-figures.js'
import {indicatorStatus} from './indicator-status.js'
import {STATUS_ORDER, type StatusBy, type StatusGroup, type StatusIndicator, type StatusWarning} from './model.js'
import {groupMeasurements, rollUpMeasurements} from './roll-up-measurements.js'
import {scopedInventory} from './scoped-inventory.js'

export interface StatusOptions {
  asOf: string
  lang: Lang
  by?: StatusBy
  /** The name a person reads for a group key (a region's name). */
  label: (key: string) => string
  /** The plan the projections come from. */
  plan: ResolvedPlanConfig
  includeClassified: boolean
  /** With `by: 'city'`: every city to list, with no data where it has none (the region table's cities). */
  cities?: readonly string[]
  /** Projections already made (the report's plan): used instead of planning again. */
  projections?: ReadonlyArray<{id: string; projected: number}>
  /** A `--region` slice's records (core/slice/slice-inventory.ts): the indicators are the slice's, the plan behind the projections the whole inventory's. */
  scope?: Inventory
}

export interface StatusOutcome {
  indicators: StatusIndicator[]
  warnings: StatusWarning[]
}

const PROJECTED: readonly string[] = ['adoptionRate', 'managedNodeRate', 'privateNetworkConsolidation']
const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)
const rank = (x: {status: StatusIndicator['status']}) => STATUS_ORDER.indexOf(x.status)

function ratio(numerator: number, denominator: number): number {
  return denominator === 0 ? 1 : numerator / denominator
}

export function computeStatus(inv: Inventory, policy: Policy, o: StatusOptions): StatusOutcome {
  const scope = o.scope ?? inv
  const targets = policy.targets.filter(t => t.enabled)
  const warnings: StatusWarning[] = []
  const figures = new Map<string, ComputedFigures>()
  const figuresOf = (metric: ComputedMetric) => {
    let f = figures.get(metric)
    if (!f) figures.set(metric, (f = computedFigures(scope, metric, {asOf: o.asOf, oneCloud: policy.oneCloud, by: o.by})))
    return f
  }
  const measurements = new Map<string, MeasurementRecord[]>()
  for (const m of scope.measurements) {
    const list = measurements.get(m.indicator)
    if (list) list.push(m)
    else measurements.set(m.indicator, [m])
  }
  const month = o.asOf.slice(0, 7)

  const lines = targets.map(t => (t.metric === 'reported' ? reportedLine(t, measurements.get(t.indicator ?? '') ?? [], month, o, policy, warnings) : computedLine(t, figuresOf(t.metric), o, policy, warnings)))

  // On-track needs the plan's projection at the target's date: plan only when some line waits on it.
  const waiting = lines.filter(l => l.status === 'behind' && PROJECTED.includes(l.metric))
  if (waiting.length > 0) {
    const projected = o.projections ?? makePlan(inv, o.plan, {asOf: o.asOf, oneCloud: policy.oneCloud, includeClassified: o.includeClassified, targets: waiting.map(l => targets.find(t => t.id === l.id)!), ...(o.scope ? {scope: o.scope} : {})}).result.targets
    for (const l of waiting) {
      const p = projected.find(x => x.id === l.id)
      if (!p) continue
      l.projected = p.projected
      l.status = indicatorStatus(l.value, l.target, l.by, o.asOf, p.projected)
    }
  }
  lines.push(...scopedLines(inv, policy, o, warnings))
  lines.sort((a, b) => rank(a) - rank(b) || cmp(a.by, b.by) || cmp(a.id, b.id))
  return {indicators: lines, warnings}
}

/**
 * A city pack's targets, each measured on the pack's regions only (a `--region` slice of them: systems and
 * nodes there, networks attached to those systems, Measurements reported for the pack's own codes); the
 * plan that projects them is made on the whole inventory, as for a slice.
 */
function scopedLines(inv: Inventory, policy: Policy, o: StatusOptions, warnings: StatusWarning[]): StatusIndicator[] {
  const scoped = policy.scoped
  if (!scoped) return []
  const targets = scoped.targets.filter(t => t.enabled)
  if (targets.length === 0) return []
  const inner: Policy = {...policy, targets, scoped: undefined}
  const r = computeStatus(inv, inner, {...o, scope: scopedInventory(inv, scoped.regions), projections: undefined})
  warnings.push(...r.warnings)
  return r.indicators.map(l => ({...l, scope: scoped.regions}))
}

function base(t: PolicyTarget, o: StatusOptions, policy: Policy): Omit<StatusIndicator, 'kind' | 'value' | 'numerator' | 'denominator' | 'status' | 'period'> {
  return {
    id: t.id,
    label: t.label[o.lang],
    metric: t.metric,
    indicator: t.indicator ?? null,
    unit: t.unit,
    target: t.rate,
    by: t.by,
    projected: null,
    source: citationText(policy, t.source),
  }
}

/** Worst first; by city, a league: every city listed, ranked best first, cities without data, then the province's own group, last. */
function sortGroups(groups: StatusGroup[], t: PolicyTarget, o: StatusOptions): StatusGroup[] {
  if (o.by !== 'city') return groups.sort((a, b) => rank(a) - rank(b) || (a.value ?? -1) - (b.value ?? -1) || cmp(a.key, b.key))
  const keys = new Set(groups.map(g => g.key))
  // Every city is a row of the league once the indicator has a value for any of them.
  for (const key of groups.length > 0 ? o.cities ?? [] : []) {
    if (!keys.has(key)) groups.push({key, label: o.label(key), value: null, numerator: null, denominator: null, period: null, status: indicatorStatus(null, t.rate, t.by, o.asOf, null)})
  }
  const ranks = rankByRate(groups.map(g => ({
    numerator: g.numerator ?? g.value ?? 0,
    denominator: g.value === null ? 0 : g.denominator ?? 1,
    competes: !isProvinceCode(g.key),
  })))
  groups.forEach((g, i) => (g.rank = ranks[i]))
  const place = (g: StatusGroup) => g.rank ?? (isProvinceCode(g.key) ? Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER - 1)
  return groups.sort((a, b) => place(a) - place(b) || cmp(a.key, b.key))
}

function computedLine(t: PolicyTarget, f: ComputedFigures, o: StatusOptions, policy: Policy, warnings: StatusWarning[]): StatusIndicator {
  const {numerator, denominator} = f.overall
  if (denominator === 0) warnings.push({code: 'EMPTY_DENOMINATOR', target: t.id})
  const value = ratio(numerator, denominator)
  const line: StatusIndicator = {
    ...base(t, o, policy),
    kind: 'computed',
    value,
    numerator,
    denominator,
    status: indicatorStatus(value, t.rate, t.by, o.asOf, null),
    period: null,
  }
  if (f.groups) {
    line.groups = sortGroups(f.groups.filter(g => g.denominator > 0).map(g => {
      const v = g.numerator / g.denominator
      return {key: g.key, label: o.label(g.key), value: v, numerator: g.numerator, denominator: g.denominator, period: null, status: indicatorStatus(v, t.rate, t.by, o.asOf, null)}
    }), t, o)
  }
  return line
}

function reportedLine(t: PolicyTarget, records: MeasurementRecord[], month: string, o: StatusOptions, policy: Policy, warnings: StatusWarning[]): StatusIndicator {
  const r = rollUpMeasurements(records, month)
  if (r?.empty) warnings.push({code: 'EMPTY_DENOMINATOR', target: t.id})
  const line: StatusIndicator = {
    ...base(t, o, policy),
    kind: 'reported',
    value: r?.value ?? null,
    numerator: r?.numerator ?? null,
    denominator: r?.denominator ?? null,
    status: indicatorStatus(r?.value ?? null, t.rate, t.by, o.asOf, null),
    period: r?.period ?? null,
  }
  if (o.by) {
    const groups = groupMeasurements(records, month, o.by)
    line.groups = sortGroups([...groups].map(([key, g]) => ({
      key, label: o.label(key), value: g.value, numerator: g.numerator, denominator: g.denominator, period: g.period,
      status: indicatorStatus(g.value, t.rate, t.by, o.asOf, null),
    })), t, o)
  }
  return line
}
