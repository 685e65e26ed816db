// Compliance status of the departments: how many pass, warn and fail, as parts of one bar.
import {COLOR} from './colors.js'
import {renderStackedBar} from './render-stacked-bar.js'

export interface StatusCounts {
  pass: number
  warn: number
  fail: number
}

export function renderComplianceChart(counts: StatusCounts, o: {title: string; label: (status: keyof StatusCounts) => string; format: (count: number, total: number) => string}): string {
  const colors = {pass: COLOR.good, warn: COLOR.middle, fail: COLOR.bad}
  const order = ['pass', 'warn', 'fail'] as const
  return renderStackedBar(order.map(k => ({key: k, label: o.label(k), count: counts[k], color: colors[k]})), {id: 'chart-compliance', title: o.title, format: o.format})
}
