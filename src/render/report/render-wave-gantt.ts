// The wave calendar as a Gantt chart: one row per wave, blackouts shaded across all rows.
import {COLOR} from './colors.js'
import {dateScale} from './date-scale.js'
import {htmlText} from '../escape/html-text.js'
import {num} from './svg-number.js'
import {textWidth} from './fit-text.js'

export interface GanttWave {
  index: number
  start: string
  end: string
  label: string
  /** Printed after the bar: "20 systems · 7 networks". */
  detail: string
  /** A wave that only moves networks is drawn lighter. */
  networksOnly: boolean
}

export interface GanttBlackout {
  from: string
  to: string
  label: string
}

const W = 760
const LEFT = 70
const RIGHT = 20
const TOP = 34
const ROW = 24

export function renderWaveGantt(waves: GanttWave[], blackouts: GanttBlackout[], o: {title: string}): string {
  const height = TOP + Math.max(1, waves.length) * ROW + 24
  const out: string[] = [`<svg id="chart-gantt" class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${height}" width="${W}" height="${height}" role="img" aria-label="${htmlText(o.title)}">`]
  if (waves.length === 0) {
    out.push('</svg>')
    return out.join('\n')
  }
  const from = waves[0].start
  const to = waves.at(-1)!.end
  const scale = dateScale(from, to, LEFT, W - RIGHT)
  const bottom = TOP + waves.length * ROW
  for (const b of blackouts) {
    if (b.to < from || b.from > to) continue
    const x1 = scale.x(b.from < from ? from : b.from)
    const x2 = scale.x(b.to > to ? to : b.to)
    out.push(`<g class="blackout"><title>${htmlText(`${b.label}: ${b.from} – ${b.to}`)}</title><rect x="${num(x1)}" y="${TOP - 14}" width="${num(Math.max(2, x2 - x1))}" height="${bottom - TOP + 14}" fill="${COLOR.blackout}" stroke="#b0bec5" stroke-dasharray="3 2"/>`)
    out.push(`<text class="blackout-label" x="${num((x1 + x2) / 2)}" y="${TOP - 4}" text-anchor="middle">${htmlText(b.label)}</text></g>`)
  }
  for (const d of scale.ticks) {
    const x = scale.x(d)
    out.push(`<line class="grid" x1="${num(x)}" y1="${TOP}" x2="${num(x)}" y2="${bottom}"/>`, `<text class="tick" x="${num(x)}" y="${bottom + 16}" text-anchor="middle">${d.slice(0, 7)}</text>`)
  }
  waves.forEach((w, i) => {
    const y = TOP + i * ROW
    const x1 = scale.x(w.start)
    const x2 = scale.x(w.end)
    const textRight = x2 + 4 + textWidth(w.detail, 12) < W
    out.push(
      `<g class="wave" data-index="${w.index}"><title>${htmlText(`${w.label}: ${w.start} – ${w.end} · ${w.detail}`)}</title>`,
      `<text class="label" x="${LEFT - 6}" y="${y + 16}" text-anchor="end">${htmlText(w.label)}</text>`,
      `<rect x="${num(x1)}" y="${y + 4}" width="${num(Math.max(2, x2 - x1))}" height="${ROW - 8}" rx="2" fill="${w.networksOnly ? COLOR.neutral : COLOR.accent}"/>`,
      `<text class="value" x="${num(textRight ? x2 + 4 : x1 - 4)}" y="${y + 16}" text-anchor="${textRight ? 'start' : 'end'}">${htmlText(w.detail)}</text></g>`,
    )
  })
  out.push('</svg>')
  return out.join('\n')
}
