// An indicator's status at the evaluation date: met, overdue, on track by the plan's projection, or behind.
import type {IndicatorStatus} from './model.js'

/** Floating-point noise (0.95 from 1805/1900) never turns a met target into a missed one. */
const EPSILON = 1e-9

export function indicatorStatus(value: number | null, target: number, by: string, asOf: string, projected: number | null): IndicatorStatus {
  if (value === null) return 'no-data'
  if (value >= target - EPSILON) return 'met'
  if (asOf > by) return 'overdue'
  if (projected !== null && projected >= target - EPSILON) return 'on-track'
  return 'behind'
}
