// The scoreboard's 较上月 cell: a target's value now against its indicator's value at the end of last
// month (from the git history), in percentage points for a rate and as a signed number for a count.
import type {ReportData} from '../../core/report/build-report.js'
import type {StatusIndicator} from '../../core/status/model.js'
import {indicatorKey} from '../../core/trend/trend-values.js'
import {pointsText} from '../trend.js'

export function changeText(d: ReportData, x: StatusIndicator): string {
  const before = d.history?.previous?.indicators[indicatorKey({metric: x.metric, indicator: x.indicator ?? undefined})]
  if (before === undefined || before === null || x.value === null) return '—'
  if (x.unit === 'rate') return pointsText(x.value - before)
  const delta = Math.round((x.value - before) * 100) / 100
  return delta > 0 ? `+${delta}` : delta < 0 ? `−${Math.abs(delta)}` : '0'
}
