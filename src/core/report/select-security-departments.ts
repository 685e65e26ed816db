// Which departments the security table shows: those with the most systems not covered first (then by
// name), at most `limit`, so a national inventory's report stays readable; the rest are counted.
import {COVERAGE_KINDS, type DepartmentCoverage} from './security-coverage.js'

/** Systems of a department that some measure counts but does not cover (a system may count more than once). */
export function securityGaps(d: DepartmentCoverage): number {
  let gaps = 0
  for (const kind of COVERAGE_KINDS) {
    const c = d.coverage[kind]
    if (c) gaps += c.total - c.covered
  }
  return gaps
}

export function selectSecurityDepartments(departments: readonly DepartmentCoverage[], limit: number): {shown: DepartmentCoverage[]; more: number} {
  const sorted = [...departments].sort((a, b) => securityGaps(b) - securityGaps(a) || (a.department < b.department ? -1 : a.department > b.department ? 1 : 0))
  return {shown: sorted.slice(0, limit), more: Math.max(0, sorted.length - limit)}
}
