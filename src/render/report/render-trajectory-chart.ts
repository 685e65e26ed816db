// The adoption trajectory: today's rate, then the projected rate at the end of each planned wave,
// against the target rate and its date and the one-cloud-built date.
import {addDays} from '../../core/dates.js'
import {COLOR} from './colors.js'
import {dateScale} from './date-scale.js'
import {htmlText} from '../escape/html-text.js'
import {num} from './svg-number.js'

export interface TrajectoryPoint {
  date: string
  rate: number
  /** Tooltip, e.g. "wave 3 · 94.6%". */
  title: string
}

export interface TrajectoryOptions {
  title: string
  asOf: {date: string; rate: number; label: string}
  target: {rate: number; by: string; label: string} | null
  /** Further dated milestones (the one-cloud-built date). */
  milestones: Array<{date: string; label: string}>
  percent: (rate: number) => string
  /** The actual rate month by month before the evaluation date (from the git history), drawn up to it. */
  actual?: TrajectoryPoint[]
  /** Legend of the two lines, when there are actual points. */
  legend?: {actual: string; planned: string}
}

const W = 760
const H = 300
const LEFT = 52
const RIGHT = 20
const TOP = 46
const BOTTOM = 30

export function renderTrajectoryChart(points: TrajectoryPoint[], o: TrajectoryOptions): string {
  const actual = o.actual ?? []
  const dates = [o.asOf.date, ...actual.map(p => p.date), ...points.map(p => p.date), ...o.milestones.map(m => m.date), ...(o.target ? [o.target.by] : [])].sort()
  const from = addDays(dates[0], -20)
  const to = addDays(dates.at(-1)!, 20)
  const scale = dateScale(from, to, LEFT, W - RIGHT)
  const rates = [o.asOf.rate, ...actual.map(p => p.rate), ...points.map(p => p.rate), ...(o.target ? [o.target.rate] : [])]
  // The axis starts at a round tenth below the lowest rate, so a climb from 74% to 97% is visible; the tick says where it starts.
  const yMin = Math.max(0, Math.floor(rates.reduce((m, r) => Math.min(m, r)) * 10 - 1) / 10)
  const y = (rate: number): number => TOP + (H - TOP - BOTTOM) * (1 - (rate - yMin) / (1 - yMin))
  const out: string[] = [`<svg id="chart-trajectory" class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="${htmlText(o.title)}">`]
  for (let r = yMin; r <= 1.0001; r += 0.1) {
    out.push(`<line class="grid" x1="${LEFT}" y1="${num(y(r))}" x2="${W - RIGHT}" y2="${num(y(r))}"/>`, `<text class="tick" x="${LEFT - 6}" y="${num(y(r) + 4)}" text-anchor="end">${Math.round(r * 100)}%</text>`)
  }
  for (const d of scale.ticks) out.push(`<text class="tick" x="${num(scale.x(d))}" y="${H - BOTTOM + 16}" text-anchor="middle">${d.slice(0, 7)}</text>`)
  // Vertical markers carry their labels in rows at the top so that close dates do not overprint.
  const markers = [
    {date: o.asOf.date, label: o.asOf.label, cls: 'asof'},
    ...(o.target ? [{date: o.target.by, label: o.target.label, cls: 'target'}] : []),
    ...o.milestones.map(m => ({date: m.date, label: m.label, cls: 'milestone'})),
  ].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
  markers.forEach((m, i) => {
    const x = scale.x(m.date)
    const anchor = x > W - 200 ? 'end' : 'start'
    out.push(
      `<line class="marker ${m.cls}" x1="${num(x)}" y1="${TOP - 4 - (i % 3) * 13}" x2="${num(x)}" y2="${H - BOTTOM}"/>`,
      `<text class="marker-label" x="${num(anchor === 'end' ? x - 3 : x + 3)}" y="${TOP - 6 - (i % 3) * 13}" text-anchor="${anchor}">${htmlText(m.label)}</text>`,
    )
  })
  if (o.target) {
    const ty = y(o.target.rate)
    out.push(`<line class="target-line" x1="${LEFT}" y1="${num(ty)}" x2="${W - RIGHT}" y2="${num(ty)}" stroke="${COLOR.bad}"/>`)
  }
  if (actual.length > 0) {
    // What happened (solid, green) runs into the evaluation date; what is planned (blue) runs on from it.
    const seen = [...actual, {date: o.asOf.date, rate: o.asOf.rate, title: ''}]
    out.push(`<path class="actual" d="${seen.map((p, i) => `${i === 0 ? 'M' : 'L'}${num(scale.x(p.date))},${num(y(p.rate))}`).join(' ')}" fill="none" stroke="${COLOR.good}" stroke-width="2.5"/>`)
    for (const p of actual) out.push(`<g class="point actual"><title>${htmlText(p.title)}</title><circle cx="${num(scale.x(p.date))}" cy="${num(y(p.rate))}" r="3" fill="${COLOR.good}"/></g>`)
    if (o.legend) {
      out.push(`<g class="legend"><line x1="${LEFT + 8}" y1="${TOP + 8}" x2="${LEFT + 28}" y2="${TOP + 8}" stroke="${COLOR.good}" stroke-width="2.5"/><text class="marker-label" x="${LEFT + 32}" y="${TOP + 12}">${htmlText(o.legend.actual)}</text>`,
        `<line x1="${LEFT + 8}" y1="${TOP + 24}" x2="${LEFT + 28}" y2="${TOP + 24}" stroke="${COLOR.accent}" stroke-width="2"/><text class="marker-label" x="${LEFT + 32}" y="${TOP + 28}">${htmlText(o.legend.planned)}</text></g>`)
    }
  }
  const path = [{date: o.asOf.date, rate: o.asOf.rate, title: `${o.asOf.label}: ${o.percent(o.asOf.rate)}`}, ...points]
  const d = path.map((p, i) => `${i === 0 ? 'M' : 'L'}${num(scale.x(p.date))},${num(y(p.rate))}`).join(' ')
  out.push(`<path class="trajectory" d="${d}" fill="none" stroke="${COLOR.accent}" stroke-width="2"/>`)
  path.forEach((p, i) => {
    out.push(`<g class="${i === 0 ? 'point now' : 'point'}"><title>${htmlText(p.title)}</title><circle cx="${num(scale.x(p.date))}" cy="${num(y(p.rate))}" r="${i === 0 ? 5 : 3.5}" fill="${i === 0 ? COLOR.bad : COLOR.accent}"/></g>`)
  })
  const last = path.at(-1)!
  out.push(`<text class="value" x="${num(scale.x(last.date) - 4)}" y="${num(y(last.rate) + 16)}" text-anchor="end">${o.percent(last.rate)}</text>`)
  out.push(`<text class="value" x="${num(scale.x(o.asOf.date) + 8)}" y="${num(y(o.asOf.rate) + 4)}">${o.percent(o.asOf.rate)}</text>`)
  out.push('</svg>')
  return out.join('\n')
}
