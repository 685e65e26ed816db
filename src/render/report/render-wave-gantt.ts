// The wave calendar as a Gantt chart: one row per wave, blackouts shaded across all rows. The time axis
// runs from the first of the month the plan starts in to the first of the month after it ends, so a
// single short wave still has month ticks and room beside its bar for its detail.
import type {WaveKind} from '../../core/report/report-figures.js'
import {addDays} from '../../core/dates.js'
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
  /** Moving systems: a solid bar; only networks or nodes: lighter; nothing: a dashed outline. */
  kind: WaveKind
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
const TICK_LABEL = 46

export function renderWaveGantt(waves: GanttWave[], blackouts: GanttBlackout[], o: {title: string}): string {
  const height = TOP + Math.max(1, waves.length) * ROW + 24
  const out: string[] = [`<svg id="chart-gantt" class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${height}" width="${W}" height="${height}" role="img" aria-label="${htmlText(o.title)}">`]
  if (waves.length === 0) {
    out.push('</svg>')
    return out.join('\n')
  }
  const from = `${waves[0].start.slice(0, 8)}01`
  const to = `${addDays(`${waves.at(-1)!.end.slice(0, 8)}01`, 31).slice(0, 8)}01`
  // Starting one day early puts the first of the first month among the ticks.
  const scale = dateScale(addDays(from, -1), to, LEFT, W - RIGHT)
  const bottom = TOP + waves.length * ROW
  for (const b of blackouts) {
    if (b.to < from || b.from > to) continue
    const x1 = scale.x(b.from < from ? from : b.from)
    const x2 = scale.x(b.to > to ? to : b.to)
    out.push(`<g class="blackout"><title>${htmlText(`${b.label}: ${b.from} – ${b.to}`)}</title><rect x="${num(x1)}" y="${TOP - 14}" width="${num(Math.max(2, x2 - x1))}" height="${bottom - TOP + 14}" fill="${COLOR.blackout}" stroke="#b0bec5" stroke-dasharray="3 2"/>`)
    out.push(`<text class="blackout-label" x="${num((x1 + x2) / 2)}" y="${TOP - 4}" text-anchor="middle">${htmlText(b.label)}</text></g>`)
  }
  // A month label is about TICK_LABEL wide; the last one, at the right edge, ends there, and a label that
  // would run into the one before it is left out (its grid line stays).
  let labelsEnd = Number.NEGATIVE_INFINITY
  for (const d of scale.ticks) {
    const x = scale.x(d)
    out.push(`<line class="grid" x1="${num(x)}" y1="${TOP}" x2="${num(x)}" y2="${bottom}"/>`)
    const atEdge = x > W - RIGHT - TICK_LABEL / 2
    const left = atEdge ? x - TICK_LABEL : x - TICK_LABEL / 2
    if (left < labelsEnd + 4) continue
    labelsEnd = left + TICK_LABEL
    out.push(`<text class="tick" x="${num(x)}" y="${bottom + 16}" text-anchor="${atEdge ? 'end' : 'middle'}">${d.slice(0, 7)}</text>`)
  }
  waves.forEach((w, i) => {
    const y = TOP + i * ROW
    const x1 = scale.x(w.start)
    const x2 = scale.x(w.end)
    const place = detailPlace(x1, x2, textWidth(w.detail, 12), w.kind)
    const bar = w.kind === 'idle'
      ? `<rect x="${num(x1)}" y="${y + 4}" width="${num(Math.max(2, x2 - x1))}" height="${ROW - 8}" rx="2" fill="none" stroke="${COLOR.neutral}" stroke-dasharray="4 3"/>`
      : `<rect x="${num(x1)}" y="${y + 4}" width="${num(Math.max(2, x2 - x1))}" height="${ROW - 8}" rx="2" fill="${w.kind === 'other' ? COLOR.neutral : COLOR.accent}"/>`
    out.push(
      `<g class="wave" data-index="${w.index}" data-kind="${w.kind}"><title>${htmlText(`${w.label}: ${w.start} – ${w.end} · ${w.detail}`)}</title>`,
      `<text class="label" x="${LEFT - 6}" y="${y + 16}" text-anchor="end">${htmlText(w.label)}</text>`,
      bar,
      `<text class="value${place.inside ? ' inside' : ''}" x="${num(place.x)}" y="${y + 16}" text-anchor="${place.anchor}">${htmlText(w.detail)}</text></g>`,
    )
  })
  out.push('</svg>')
  return out.join('\n')
}

/** The detail right of the bar if it fits, else left of it, else inside the bar (white on a solid one) — never over the wave's label. */
function detailPlace(x1: number, x2: number, width: number, kind: WaveKind): {x: number; anchor: 'start' | 'end'; inside: boolean} {
  if (x2 + 4 + width < W) return {x: x2 + 4, anchor: 'start', inside: false}
  if (x1 - 4 - width >= LEFT) return {x: x1 - 4, anchor: 'end', inside: false}
  return {x: x1 + 4, anchor: 'start', inside: kind !== 'idle'}
}
