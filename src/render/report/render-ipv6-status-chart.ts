// IPv6 readiness of the in-scope systems: ready, partial, blocked, unknown as parts of one bar.
import {COLOR} from './colors.js'
import {renderStackedBar} from './render-stacked-bar.js'

export interface Ipv6StatusCounts {
  ready: number
  partial: number
  blocked: number
  unknown: number
}

export function renderIpv6StatusChart(counts: Ipv6StatusCounts, o: {title: string; label: (status: keyof Ipv6StatusCounts) => string; format: (count: number, total: number) => string}): string {
  const colors = {ready: COLOR.good, partial: COLOR.middle, blocked: COLOR.bad, unknown: COLOR.neutral}
  const order = ['ready', 'partial', 'blocked', 'unknown'] as const
  return renderStackedBar(order.map(k => ({key: k, label: o.label(k), count: counts[k], color: colors[k]})), {id: 'chart-ipv6-status', title: o.title, format: o.format})
}
