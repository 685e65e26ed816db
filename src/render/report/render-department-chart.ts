// Adoption by department: one bar per department, worst first, coloured against the target.
import {COLOR} from './colors.js'
import {type BarChartOptions, renderHorizontalBars} from './render-horizontal-bars.js'

export interface DepartmentRate {
  label: string
  onCloud: number
  total: number
  rate: number
}

export function renderDepartmentChart(groups: DepartmentRate[], o: {title: string; target: number | null; targetLabel: string; percent: (rate: number) => string}): string {
  const target = o.target ?? 1
  const color = (rate: number): string => (rate >= target ? COLOR.good : rate >= 0.5 ? COLOR.middle : COLOR.bad)
  const options: BarChartOptions = {id: 'chart-adoption', title: o.title, ticks: ['0%', '25%', '50%', '75%', '100%']}
  if (o.target !== null) options.marker = {fraction: o.target, label: o.targetLabel}
  return renderHorizontalBars(
    groups.map(g => ({
      label: g.label,
      fraction: g.rate,
      value: `${o.percent(g.rate)} ${g.onCloud}/${g.total}`,
      color: color(g.rate),
      title: `${g.label}: ${o.percent(g.rate)} (${g.onCloud}/${g.total})`,
    })),
    options,
  )
}
