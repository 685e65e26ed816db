// The scoreboard's types: one indicator per pack target, its value against the target and date, and
// (with a baseline plan) each due wave planned against done.
import type {TargetMetric} from '../policy/model.js'
import type {WarningJson} from '../warning.js'
import type {BaselineSummary} from './compare-baseline.js'

export type IndicatorStatus = 'met' | 'on-track' | 'behind' | 'overdue' | 'no-data'
/** Worst first: the order of the scoreboard. */
export const STATUS_ORDER: readonly IndicatorStatus[] = ['overdue', 'behind', 'no-data', 'on-track', 'met']
export type StatusBy = 'department' | 'region' | 'city'
export const STATUS_BYS = ['department', 'region', 'city'] as const

/** A figure with the counts it rests on; numerator and denominator are null for a reported value or count. */
export interface Figure {
  value: number
  numerator: number | null
  denominator: number | null
}

export interface StatusGroup {
  key: string
  label: string
  value: number | null
  numerator: number | null
  denominator: number | null
  /** The reported month the value comes from (reported indicators only). */
  period: string | null
  status: IndicatorStatus
  /** With `--by city`: the city's place on this indicator (core/league); null with no data, and for the province's own group. */
  rank?: number | null
}

export interface StatusIndicator {
  /** The pack target's id: one line per target. */
  id: string
  label: string
  kind: 'computed' | 'reported'
  metric: TargetMetric
  /** The Measurements indicator id (reported only). */
  indicator: string | null
  unit: 'rate' | 'count'
  value: number | null
  numerator: number | null
  denominator: number | null
  target: number
  by: string
  status: IndicatorStatus
  /** The plan's projection of the metric at `by` (the metrics the plan moves), else null. */
  projected: number | null
  /** "苏政发〔2022〕44号 一、3." */
  source: string
  /** The reported month the value comes from (reported only). */
  period: string | null
  /** Per department or region, with `--by`, for the indicators that have a per-subject value. */
  groups?: StatusGroup[]
  /** A city pack's target (appliesTo): the regions it is measured on; absent for the pack's whole inventory. */
  scope?: string[]
}

export interface StatusWarning {
  code: 'EMPTY_DENOMINATOR'
  /** The target concerned. */
  target: string
  [key: string]: string | number
}

export interface BaselineWave {
  index: number
  start: string
  end: string
  planned: number
  done: number
  /** Systems of the wave that have not arrived (classified ones only counted, in `slippedClassified`). */
  slipped: string[]
  slippedClassified: number
}

/** A saved `plan --json`, as much of it as the comparison reads. */
export interface BaselinePlan {
  asOf?: string
  waves: Array<{index: number; start: string; end: string; systems: Array<{id: string; to?: string | null; action?: string}>}>
}

/** The `--json` result of `yunwang status`. */
export interface StatusResult {
  asOf: string
  by: StatusBy | null
  indicators: StatusIndicator[]
  /** Only with --baseline: each wave of the baseline due by asOf. */
  waves?: BaselineWave[]
  baseline?: {file: string; summary: BaselineSummary}
  warnings: WarningJson[]
  /** Targets at or below --fail-on (0 without it); the exit code is 1 when any. */
  failing: number
}
