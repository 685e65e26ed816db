// Distance to a target rate by its date: how many more systems must be on the one cloud, and the pace
// that implies from the evaluation date.
import type {PolicyTarget} from '../policy/model.js'

export interface TargetProgress {
  id: string
  rate: number
  by: string
  /** Systems still to move onto the one cloud for `rate` to reach the target (0 when met). */
  short: number
  met: boolean
  /** The target date is before the evaluation date. */
  passed: boolean
  /** Calendar months from the evaluation date's month to the target's month, both counted; 0 once passed. */
  monthsLeft: number
  /** Systems a month to meet the target on time: ceil(short / monthsLeft); null once passed or met. */
  perMonth: number | null
}

/** Months counted whole: evaluating on 2025-06-15 for 2025-12-31 leaves June to December, 7 months. */
export function monthsLeft(asOf: string, by: string): number {
  if (by < asOf) return 0
  const month = (d: string) => Number(d.slice(0, 4)) * 12 + Number(d.slice(5, 7))
  return month(by) - month(asOf) + 1
}

export function targetProgress(target: Pick<PolicyTarget, 'id' | 'rate' | 'by'>, counts: {onCloud: number; total: number}, asOf: string): TargetProgress {
  // The tolerance keeps a target such as 0.9 × 10 at 9 systems, not 10 from floating-point noise.
  const needed = Math.ceil(target.rate * counts.total - 1e-9)
  const short = Math.max(0, needed - counts.onCloud)
  const passed = target.by < asOf
  const months = monthsLeft(asOf, target.by)
  return {
    id: target.id,
    rate: target.rate,
    by: target.by,
    short,
    met: short === 0,
    passed,
    monthsLeft: months,
    perMonth: short === 0 || passed ? null : Math.ceil(short / months),
  }
}
