// The key figures at the top of the report, and the summary `report --json` returns: the same numbers
// `adoption`, `plan`, `ipv6` and `check` give (rates unrounded).
import type {AdoptionSummary} from '../adoption/summarize-adoption.js'
import type {ExemptionStatus} from '../rules/list-exemptions.js'
import type {SeverityCounts} from '../rules/run-check.js'
import type {ReportData} from './build-report.js'
import type {Coverage, CoverageKind} from './security-coverage.js'

/** Shared platforms the report lists (and `report --json` gives), most dependents first. */
export const REPORT_PLATFORMS = 20

export interface ReportFigures {
  adoption: Pick<AdoptionSummary, 'rate' | 'onCloud' | 'total' | 'adjustedRate' | 'exempt' | 'excluded' | 'oneCloudBuilt'> & {
    target: {rate: number; by: string | null; short: number | null; met: boolean | null}
  }
  plan: {
    /** Every wave entry, network-only waves included (as `plan --json` lists them). */
    waves: number
    /** Waves that move at least one system (the calendar's blue bars). */
    systemWaves: number
    /** Waves that move no system but networks or nodes (grey bars). */
    otherWaves: number
    /** Waves that move nothing: windows the plan waits through (dashed bars). */
    idleWaves: number
    /** The last wave that moves a system (plan's summary.migrationWaves). */
    migrationWaves: number
    lowerBound: number
    rateAfter: number
    unplaced: number
    targets: Array<{id: string; by: string; target: number; projected: number; met: boolean; passed: boolean}>
  }
  ipv6: {rate: number; counts: {ready: number; partial: number; blocked: number; unknown: number}; inScope: number; blockers: number}
  /** `withheld`: departments failing or warning over classified systems only, counted and not named. */
  check: {summary: SeverityCounts; departments: {pass: number; warn: number; fail: number}; withheld: {fail: number; warn: number}}
  /** The exemption register by status; `classified` counts classified systems' exemptions left unnamed. */
  exemptions: Record<ExemptionStatus, number> & {classified: number}
  /** 安全保障 over all departments; `stale` counts the listed out-of-date assessments, `staleClassified` the unnamed ones. */
  security: Record<CoverageKind, Coverage> & {stale: number; staleClassified: number}
  /** 共享平台: how many were ranked, how many classified ones were left out, and the first REPORT_PLATFORMS. */
  platforms: {ranked: number; classified: number; top: Array<{id: string; roles: string[]; dependents: number; offCloud: number; departments: number; onCloud: boolean}>}
  classified: number
}

export interface FailingDepartment {
  department: string
  counts: SeverityCounts
}

export function reportFigures(d: ReportData): ReportFigures {
  const a = d.adoption
  const target = 'short' in a.target
    ? {rate: a.target.rate, by: a.target.by, short: a.target.short, met: a.target.met}
    : {rate: a.target.rate, by: null, short: null, met: null}
  const departments = {pass: 0, warn: 0, fail: 0}
  for (const dep of d.check.departments) departments[dep.status]++
  const exemptions = {valid: 0, expiring: 0, expired: 0, classified: d.exemptions.classified}
  for (const e of d.exemptions.exemptions) exemptions[e.status]++
  return {
    adoption: {rate: a.rate, onCloud: a.onCloud, total: a.total, adjustedRate: a.adjustedRate, exempt: a.exempt, excluded: a.excluded, target, oneCloudBuilt: a.oneCloudBuilt},
    plan: {
      waves: d.plan.waves.length,
      ...countWaveKinds(d.plan.waves),
      migrationWaves: d.plan.summary.migrationWaves,
      lowerBound: d.plan.lowerBound.waves,
      rateAfter: d.plan.summary.rateAfter,
      unplaced: d.plan.unplaced.length,
      targets: d.targets.map(x => ({id: x.id, by: x.by, target: x.target, projected: x.projected, met: x.met, passed: x.passed})),
    },
    ipv6: {rate: d.ipv6.rate, counts: d.ipv6.counts, inScope: d.ipv6.inScope, blockers: d.ipv6.blockers.length},
    check: {summary: d.check.summary, departments, withheld: d.check.departmentsWithheld},
    exemptions,
    security: {...d.security.total, stale: d.security.stale.length, staleClassified: d.security.staleClassified},
    platforms: {
      ranked: d.platforms.rank.length,
      classified: d.platforms.classified.platforms,
      top: d.platforms.rank.slice(0, REPORT_PLATFORMS).map(p => ({id: p.id, roles: p.roles, dependents: p.dependents, offCloud: p.offCloud, departments: p.departments, onCloud: p.onCloud})),
    },
    classified: d.classified.count,
  }
}

export type WaveKind = 'systems' | 'other' | 'idle'

/** What a wave does: moves systems, only networks or nodes, or nothing. */
export function waveKind(w: {systems: unknown[]; networks: unknown[]; nodes: unknown[]; load: {systems: number}}): WaveKind {
  if (w.load.systems > 0 || w.systems.length > 0) return 'systems'
  return w.networks.length + w.nodes.length > 0 ? 'other' : 'idle'
}

function countWaveKinds(waves: Parameters<typeof waveKind>[0][]): {systemWaves: number; otherWaves: number; idleWaves: number} {
  const n = {systems: 0, other: 0, idle: 0}
  for (const w of waves) n[waveKind(w)]++
  return {systemWaves: n.systems, otherWaves: n.other, idleWaves: n.idle}
}

/**
 * Departments with a critical or error finding, most such findings first, then by name. Findings about
 * classified systems name no department without --include-classified, so a department failing over them
 * only is not here: `check.departmentsWithheld.fail` counts it.
 */
export function failingDepartments(d: ReportData): FailingDepartment[] {
  const serious = (c: SeverityCounts): number => c.critical + c.error
  return d.check.departments
    .filter(x => x.status === 'fail')
    .map(x => ({department: x.department, counts: x.counts}))
    .sort((a, b) => serious(b.counts) - serious(a.counts) || b.counts.critical - a.counts.critical || (a.department < b.department ? -1 : a.department > b.department ? 1 : 0))
}
