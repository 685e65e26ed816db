// Adoption by department: one bar per department, worst first, coloured against the target.
import {COLOR} from './colors.js'
import {type BarChartOptions, renderHorizontalBars} from './render-horizontal-bars.js'

export interface DepartmentRate {
  label: string
  onCloud: number
  total: number
  rate: number
}

/** Rows per SVG: a chunk fits one A4 page when printed, so a long list breaks between charts, not through bars. */
export const DEPARTMENTS_PER_CHART = 45

/** One chart per DEPARTMENTS_PER_CHART departments, each with its own axis; ids chart-adoption, chart-adoption-2, … */
export function renderDepartmentChart(groups: DepartmentRate[], o: {title: string; target: number | null; targetLabel: string; percent: (rate: number) => string}): string {
  const charts: string[] = []
  for (let i = 0; i === 0 || i < groups.length; i += DEPARTMENTS_PER_CHART) {
    const n = i / DEPARTMENTS_PER_CHART + 1
    charts.push(renderChunk(groups.slice(i, i + DEPARTMENTS_PER_CHART), n === 1 ? 'chart-adoption' : `chart-adoption-${n}`, o))
  }
  return charts.join('\n')
}

function renderChunk(groups: DepartmentRate[], id: string, o: {title: string; target: number | null; targetLabel: string; percent: (rate: number) => string}): string {
  const target = o.target ?? 1
  const color = (rate: number): string => (rate >= target ? COLOR.good : rate >= 0.5 ? COLOR.middle : COLOR.bad)
  const options: BarChartOptions = {id, title: o.title, ticks: ['0%', '25%', '50%', '75%', '100%']}
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
