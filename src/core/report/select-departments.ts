// Which departments the report draws: those below the adoption target, worst first and at most
// DEPARTMENTS_SHOWN of them; the rest are counted (a province has over a hundred departments, most of
// them often at 100%, and a bar for each says nothing a count does not).
/** Bars in the report's department chart (and rows in its Markdown table). */
export const DEPARTMENTS_SHOWN = 30

export interface DepartmentSelection<T> {
  /** Below target, in the order given (worst first), at most DEPARTMENTS_SHOWN. */
  shown: T[]
  /** Below target but not shown. */
  belowMore: number
  /** At or above target. */
  atOrAbove: number
}

/** `groups` worst first, as `adoption` lists them; with no target, 100% is the target. */
export function selectDepartments<T extends {rate: number}>(groups: readonly T[], target: number | null, limit = DEPARTMENTS_SHOWN): DepartmentSelection<T> {
  const goal = target ?? 1
  const below = groups.filter(g => g.rate < goal)
  return {shown: below.slice(0, limit), belowMore: Math.max(0, below.length - limit), atOrAbove: groups.length - below.length}
}
