// Everything the leadership report shows, computed by the same core functions as `adoption`, `plan`,
// `ipv6` and `check`, so that every number in the report equals the one those commands print.
import type {Lang} from '../../i18n/catalog.js'
import {type AdoptionSummary, summarizeAdoption} from '../adoption/summarize-adoption.js'
import {buildDependencyIndex} from '../graph/dependency-index.js'
import {type PlatformRank, rankPlatforms} from '../impact/rank-platforms.js'
import type {Inventory} from '../inventory/model.js'
import {type CityLeague, cityLeague} from '../league/city-league.js'
import {type Ipv6Result, computeIpv6Readiness} from '../ipv6/compute-ipv6-readiness.js'
import type {PrefixOverlapGroup} from '../ipv6/find-prefix-conflicts.js'
import {makePlan} from '../plan/make-plan.js'
import type {PlanResult, PlanTarget, ResolvedPlanConfig} from '../plan/model.js'
import type {Policy} from '../policy/model.js'
import {type ExemptionRegister, listExemptions} from '../rules/list-exemptions.js'
import {type CheckOutcome, runCheck} from '../rules/run-check.js'
import type {RuleContext} from '../rules/types.js'
import {type BaselineSummary, compareBaseline} from '../status/compare-baseline.js'
import {computeStatus} from '../status/compute-status.js'
import {type SecurityCoverage, securityCoverage} from './security-coverage.js'
import type {BaselinePlan, BaselineWave, StatusIndicator} from '../status/model.js'
import {sliceBaseline} from '../slice/slice-baseline.js'
import {sliceInventory} from '../slice/slice-inventory.js'
import {sliceIpv6} from '../slice/slice-ipv6.js'
import type {SliceMembers} from '../slice/slice-members.js'
import {slicePlan} from '../slice/slice-plan.js'

export interface ReportBlocker {
  kind: 'node' | 'network'
  id: string
  /** The node's or network's name, for people. */
  name: string
  blocks: number
}

export interface ReportData {
  asOf: string
  lang: Lang
  policy: {id: string; name: string}
  /** The `--region` slice the report is for (its title names it); null for the whole inventory. */
  region: {code: string; name: string} | null
  adoption: AdoptionSummary
  plan: PlanResult
  /** The plan's targets with the pack's words, and whether their date is already past the evaluation date. */
  targets: Array<PlanTarget & {label: string; passed: boolean}>
  /** The IPv6 result without its per-system lists (the report shows counts, blockers and overlaps). */
  ipv6: ReportIpv6
  /** The ranked IPv6 blockers with their names, at most `topBlockers`. */
  topBlockers: ReportBlocker[]
  /** The prefix-overlap groups with the most pairs (ties in address order), at most `topBlockers`. */
  topOverlaps: PrefixOverlapGroup[]
  /** The check's counts and department statuses: the report names no finding. */
  check: ReportCheck
  /** The exemption register as `check` gives it; classified systems' exemptions counted unless asked for. */
  exemptions: ExemptionRegister
  /** The pack's exemptionNoticeDays: what "expiring" means. */
  exemptionNoticeDays: number
  /** The scoreboard: every pack target with its status, as `status` gives it. */
  scoreboard: StatusIndicator[]
  /** With a baseline plan: each due wave planned against done, as `status --baseline` gives it. */
  baseline: {file: string; waves: BaselineWave[]; summary: BaselineSummary} | null
  /** 安全保障: assessment, DR and CII coverage by department, and the stale assessments. */
  security: SecurityCoverage
  /** 共享平台: the shared platforms ranked as `impact --rank` ranks them, with each role's name in the report's language. */
  platforms: PlatformRank & {roleLabels: Record<string, string>}
  /** The league table of cities (城市排名) on every computed indicator. */
  league: CityLeague
  /**
   * With `report --trend`: the indicators month by month from the inventory's git history (as `trend`
   * gives them), the months before the evaluation month only, and the last of them (the previous month).
   */
  history: ReportHistory | null
  /** Classified systems are counted; named (`systems`) only when the user asked for it. */
  classified: {count: number; systems: Array<{id: string; name: string; department: string}> | null}
}

/**
 * What the report keeps of `check` and `ipv6`: their lists per finding and per system (three million
 * findings and a million systems at a national inventory) are let go as soon as the figures that read
 * them are made, so that they are not held while the rest of the report is computed and rendered.
 */
export type ReportCheck = Pick<CheckOutcome, 'summary' | 'departments' | 'departmentsWithheld'>
export type ReportIpv6 = Omit<Ipv6Result, 'systems' | 'addressProblems' | 'conflicts'>

export interface ReportHistory {
  months: Array<{end: string; commit: string; indicators: Record<string, number | null>}>
  /** The last month before the evaluation month that has values: what 较上月 compares with. */
  previous: {end: string; indicators: Record<string, number | null>} | null
}

export interface ReportOptions {
  asOf: string
  lang: Lang
  plan: ResolvedPlanConfig
  regions: RuleContext['regions']
  includeClassified: boolean
  topBlockers?: number
  /** The league table's rows: the cities listed even without data (default none), and the name of a city group (default its code). */
  cities?: readonly string[]
  cityLabel?: (key: string) => string
  baseline?: {file: string; plan: BaselinePlan}
  /** A `--region` slice: every figure computed on the whole inventory, reported for the slice (see core/slice). */
  slice?: {members: SliceMembers; name: string}
  /** Trend periods (oldest first), read from the git history by `report --trend`. */
  history?: ReadonlyArray<{end: string; commit: string; indicators: Record<string, number | null>; error?: unknown}>
}

/**
 * The league in a slice's report: ranked among all cities (computed on the whole), reported for the slice —
 * a city's report shows its own row and places, a county's none (a county is not ranked among cities).
 */
function sliceLeague(league: CityLeague, m: SliceMembers | undefined): CityLeague {
  if (!m || m.all) return league
  return {...league, rows: m.slice.level === 'city' ? league.rows.filter(r => r.key === m.slice.code) : []}
}

export function buildReport(inv: Inventory, policy: Policy, o: ReportOptions): ReportData {
  const m = o.slice?.members
  const scope = m ? sliceInventory(inv, m) : inv
  const adoption = summarizeAdoption(scope, policy, {asOf: o.asOf, lang: o.lang, by: 'department', label: key => key})
  const planned = makePlan(inv, o.plan, {asOf: o.asOf, oneCloud: policy.oneCloud, includeClassified: o.includeClassified, targets: policy.targets, ...(m ? {scope} : {})})
  const plan = m ? slicePlan(inv, planned, m) : planned.result
  const {ipv6, check, security} = checkFigures(inv, policy, o)
  const classified = scope.systems.filter(s => s.classified)
  const status = computeStatus(inv, policy, {asOf: o.asOf, lang: o.lang, label: key => key, plan: o.plan, includeClassified: o.includeClassified, projections: plan.targets, ...(m ? {scope} : {})})
  const baselinePlan = o.baseline && m ? sliceBaseline(o.baseline.plan, m) : o.baseline?.plan
  const baseline = o.baseline && baselinePlan ? {file: o.baseline.file, ...compareBaseline(inv, baselinePlan, {asOf: o.asOf, oneCloud: policy.oneCloud, includeClassified: o.includeClassified})} : null
  return {
    asOf: o.asOf,
    lang: o.lang,
    policy: policy.scoped ? {id: policy.scoped.id, name: policy.scoped.name[o.lang]} : {id: policy.id, name: policy.name[o.lang]},
    region: o.slice && m ? {code: m.slice.code, name: o.slice.name} : null,
    adoption,
    plan,
    targets: plan.targets.map(x => ({...x, label: policy.targets.find(p => p.id === x.id)?.label[o.lang] ?? x.id, passed: x.by < o.asOf})),
    ipv6,
    topBlockers: ipv6.blockers.slice(0, o.topBlockers ?? 10).map(b => ({
      kind: b.kind,
      id: b.id,
      name: (b.kind === 'node' ? inv.node.get(b.id)?.name : inv.network.get(b.id)?.name) ?? b.id,
      blocks: b.blocks,
    })),
    topOverlaps: ipv6.conflictGroups.map((g, i) => ({g, i})).sort((x, y) => y.g.pairs - x.g.pairs || x.i - y.i).slice(0, o.topBlockers ?? 10).map(x => x.g),
    check,
    exemptions: listExemptions(scope, {asOf: o.asOf, noticeDays: policy.exemptionNoticeDays, includeClassified: o.includeClassified}),
    exemptionNoticeDays: policy.exemptionNoticeDays,
    scoreboard: status.indicators,
    baseline,
    security,
    platforms: {
      ...rankPlatforms(inv, buildDependencyIndex(inv), {asOf: o.asOf, oneCloud: policy.oneCloud, includeClassified: o.includeClassified}),
      roleLabels: Object.fromEntries(policy.platformRoles.map(r => [r.id, r.label[o.lang]])),
    },
    league: sliceLeague(cityLeague(inv, {asOf: o.asOf, oneCloud: policy.oneCloud, cities: o.cities ?? [], label: o.cityLabel ?? (key => key)}), m),
    history: o.history ? reportHistory(o.history, o.asOf) : null,
    classified: {
      count: classified.length,
      systems: o.includeClassified ? classified.map(s => ({id: s.id, name: s.name, department: s.department})) : null,
    },
  }
}

/** IPv6 readiness, the check and the security coverage read off its findings; of the lists, only what the report shows. */
function checkFigures(inv: Inventory, policy: Policy, o: ReportOptions): {ipv6: ReportIpv6; check: ReportCheck; security: SecurityCoverage} {
  const m = o.slice?.members
  const wholeIpv6 = computeIpv6Readiness(inv)
  const sliced = m ? sliceIpv6(inv, wholeIpv6, m) : wholeIpv6
  const check = runCheck(inv, policy, {asOf: o.asOf, lang: o.lang, regions: o.regions, includeClassified: o.includeClassified, ipv6: wholeIpv6.systems, ...(m ? {slice: m} : {})})
  const {systems: _systems, addressProblems: _problems, conflicts: _conflicts, ...ipv6} = sliced
  return {
    ipv6,
    check: {summary: check.summary, departments: check.departments, departmentsWithheld: check.departmentsWithheld},
    security: securityCoverage(inv, check, {asOf: o.asOf, includeClassified: o.includeClassified}),
  }
}

/** The months before the evaluation month (the month in progress is the inventory itself). */
function reportHistory(periods: NonNullable<ReportOptions['history']>, asOf: string): ReportHistory {
  const month = `${asOf.slice(0, 7)}-01`
  const months = periods.filter(p => p.end < month).map(p => ({end: p.end, commit: p.commit, indicators: p.indicators}))
  const last = [...months].reverse().find(m => Object.keys(m.indicators).length > 0)
  return {months, previous: last ? {end: last.end, indicators: last.indicators} : null}
}
