// The report's security section (安全保障): per department, how many systems that need an MLPS
// assessment, a cryptography assessment, off-site DR or CII protection have it, and which assessments
// are out of date. Read off the findings of `check` (SEC-003 … SEC-008), so the report and `check`
// can never disagree, and the assessment periods are the pack's, not a second copy here.
import {daysBetween} from '../dates.js'
import type {Inventory, SystemRecord} from '../inventory/model.js'
import {isInScope} from '../inventory/scope.js'
import type {CheckOutcome} from '../rules/run-check.js'

/** `covered` of `total`; null when the pack did not run the rules the measure rests on. */
export type Coverage = {covered: number; total: number} | null

export type CoverageKind = 'mlps' | 'crypto' | 'dr' | 'cii'
export const COVERAGE_KINDS: readonly CoverageKind[] = ['mlps', 'crypto', 'dr', 'cii']

/**
 * What each measure counts (in-scope systems), and the rules whose findings make a system not covered:
 * - mlps (等保测评): MLPS level ≥ 3, with a current assessment (no SEC-005);
 * - crypto (密评): level ≥ 3, with a passed and current cryptography assessment (no SEC-003, no SEC-006);
 * - dr (异地灾备): level ≥ 3, with disaster recovery that is off-site (no SEC-004, no SEC-007);
 * - cii (关基): `cii: true`, at MLPS level 3 or above (no SEC-008).
 */
export const COVERAGE_RULES: Record<CoverageKind, readonly string[]> = {
  mlps: ['SEC-005'],
  crypto: ['SEC-003', 'SEC-006'],
  dr: ['SEC-004', 'SEC-007'],
  cii: ['SEC-008'],
}

/** The rules whose findings the measures read. */
const READ: ReadonlySet<string> = new Set(Object.values(COVERAGE_RULES).flat())

export interface DepartmentCoverage {
  department: string
  coverage: Record<CoverageKind, Coverage>
}

export interface StaleAssessment {
  id: string
  name: string
  department: string
  /** `mlps` (等保测评, SEC-005) or `crypto` (密评, SEC-006). */
  kind: 'mlps' | 'crypto'
  mlps: number
  /** The last assessment's date; null when none is recorded. */
  assessed: string | null
  /** Days from that assessment to the evaluation date; null when none is recorded. */
  days: number | null
}

export interface SecurityCoverage {
  /** Departments with at least one system any measure counts, sorted by name. */
  departments: DepartmentCoverage[]
  total: Record<CoverageKind, Coverage>
  /** Out-of-date or missing assessments, oldest first (missing ones first of all), then by id. */
  stale: StaleAssessment[]
  /** Classified systems among the stale, counted and not named (zero with includeClassified). */
  staleClassified: number
}

export function securityCoverage(inv: Inventory, check: CheckOutcome, o: {asOf: string; includeClassified: boolean}): SecurityCoverage {
  const ran = new Set(check.rules.map(r => r.rule))
  const hitBy = new Map<string, Set<string>>()
  for (const f of check.findings) {
    // Only the rules a measure rests on (a check of 100,000 systems has 300,000 findings, most of other rules).
    if (!READ.has(f.rule) || f.subject.kind !== 'system') continue
    let ids = hitBy.get(f.rule)
    if (!ids) hitBy.set(f.rule, (ids = new Set()))
    ids.add(f.subject.id)
  }
  const hit = (rules: readonly string[], id: string) => rules.some(r => hitBy.get(r)?.has(id))
  const evaluated = (kind: CoverageKind) => COVERAGE_RULES[kind].every(r => ran.has(r))
  const counts = (s: SystemRecord, kind: CoverageKind) => (kind === 'cii' ? s.cii : (s.mlps ?? 0) >= 3)

  const empty = (): Record<CoverageKind, Coverage> =>
    Object.fromEntries(COVERAGE_KINDS.map(k => [k, evaluated(k) ? {covered: 0, total: 0} : null])) as Record<CoverageKind, Coverage>
  const total = empty()
  const byDepartment = new Map<string, Record<CoverageKind, Coverage>>()
  for (const s of inv.systems) {
    if (!isInScope(s)) continue
    for (const kind of COVERAGE_KINDS) {
      if (!counts(s, kind)) continue
      let d = byDepartment.get(s.department)
      if (!d) byDepartment.set(s.department, (d = empty()))
      const covered = hit(COVERAGE_RULES[kind], s.id) ? 0 : 1
      for (const c of [d[kind], total[kind]]) {
        if (c === null) continue
        c.total++
        c.covered += covered
      }
    }
  }

  const stale: StaleAssessment[] = []
  let staleClassified = 0
  for (const [rule, kind] of [['SEC-005', 'mlps'], ['SEC-006', 'crypto']] as const) {
    for (const id of hitBy.get(rule) ?? []) {
      const s = inv.system.get(id)
      if (!s) continue
      if (s.classified && !o.includeClassified) {
        staleClassified++
        continue
      }
      const assessed = (kind === 'mlps' ? s.mlpsAssessed : s.cryptoAssessed) ?? null
      stale.push({id, name: s.name, department: s.department, kind, mlps: s.mlps ?? 0, assessed, days: assessed === null ? null : daysBetween(assessed, o.asOf)})
    }
  }
  stale.sort((a, b) => (a.assessed === b.assessed ? 0 : a.assessed === null ? -1 : b.assessed === null ? 1 : a.assessed < b.assessed ? -1 : 1)
    || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0))

  const departments = [...byDepartment].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([department, coverage]) => ({department, coverage}))
  return {departments, total, stale, staleClassified}
}
