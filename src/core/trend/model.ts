// The types of `yunwang trend`: one entry per period end, the inventory committed by then and its
// indicators evaluated as of that end.
import type {WarningJson} from '../warning.js'
import type {TrendEvery} from './period-ends.js'

/** Where a commit's inventory failed to load: the first problem, placed, and how many there were. */
export interface TrendError {
  code: string
  file: string
  line: number
  column: number
  problems: number
}

export interface TrendPeriod {
  /** The period's last day (YYYY-MM-DD, UTC+8); the evaluation date for the current period. */
  end: string
  /** The full hash of the commit the period reads. */
  commit: string
  /** That commit's committer date (UTC+8). */
  committed: string
  /** True when no commit fell in the period, so the previous period's commit is read again. */
  carried: boolean
  /** Indicator id → value (a rate in [0, 1] or a count), null without data; empty when the inventory did not load. */
  indicators: Record<string, number | null>
  /** With --by: group key → value of the --indicator, for the groups that have one. */
  groups?: Record<string, number>
  error?: TrendError
}

export interface TrendIndicator {
  id: string
  label: string
  /** A reported indicator's short name from the pack, for column headers. */
  name?: string
  unit: 'rate' | 'count'
}

/** The `--json` result of `yunwang trend`. */
export interface TrendResult {
  asOf: string
  since: string
  every: TrendEvery
  /** The indicators of the pack, in the pack's order: computed metrics by name, reported ones by Measurements id. */
  indicatorList: TrendIndicator[]
  /** With --by: the grouping and the indicator grouped. */
  by: 'department' | 'region' | null
  indicator: string | null
  periods: TrendPeriod[]
  /** The committer date (UTC+8) of the oldest commit the history holds; null without one. */
  first: string | null
  warnings: WarningJson[]
}
