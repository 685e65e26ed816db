// A horizontal bar chart as inline SVG: one labelled row per item, drawn in the order given.
import {htmlText} from '../escape/html-text.js'
import {num} from './svg-number.js'
import {fitText} from './fit-text.js'

export interface BarRow {
  label: string
  /** Bar length as a fraction of the full scale, 0..1. */
  fraction: number
  /** Printed after the bar. */
  value: string
  color: string
  /** The tooltip: the full label and figures. */
  title: string
}

export interface BarChartOptions {
  id: string
  /** Accessible name of the chart. */
  title: string
  width?: number
  labelWidth?: number
  /** A dashed vertical line at this fraction of the scale, labelled. */
  marker?: {fraction: number; label: string}
  /** Tick labels at 0, 25, 50, 75, 100% of the scale; omitted when undefined. */
  ticks?: string[]
}

const ROW = 18
const FONT = 12

export function renderHorizontalBars(rows: BarRow[], o: BarChartOptions): string {
  const width = o.width ?? 760
  const labelWidth = o.labelWidth ?? 200
  const x0 = labelWidth + 8
  const barMax = width - x0 - 96
  const top = o.ticks || o.marker ? 22 : 4
  const height = top + rows.length * ROW + 6
  const out: string[] = [`<svg id="${o.id}" class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${htmlText(o.title)}">`]
  if (o.ticks) {
    o.ticks.forEach((tick, i) => {
      const x = x0 + (barMax * i) / (o.ticks!.length - 1)
      // The marker's own label gives its value; a tick under it would overprint.
      if (o.marker && Math.abs(x - (x0 + barMax * o.marker.fraction)) < 48) return
      out.push(`<line class="grid" x1="${num(x)}" y1="${top - 4}" x2="${num(x)}" y2="${height - 4}"/>`, `<text class="tick" x="${num(x)}" y="${top - 8}" text-anchor="middle">${htmlText(tick)}</text>`)
    })
  }
  rows.forEach((r, i) => {
    const y = top + i * ROW
    const fitted = fitText(r.label, labelWidth, FONT)
    const w = Math.max(0, Math.min(1, r.fraction)) * barMax
    out.push(
      `<g class="bar"><title>${htmlText(r.title)}</title>`,
      `<text class="label" x="${labelWidth}" y="${y + 13}" text-anchor="end">${htmlText(fitted.text)}</text>`,
      `<rect x="${x0}" y="${y + 3}" width="${num(Math.max(w, 1.5))}" height="${ROW - 5}" fill="${r.color}"/>`,
      `<text class="value" x="${num(x0 + w + 4)}" y="${y + 13}">${htmlText(r.value)}</text></g>`,
    )
  })
  if (o.marker) {
    const x = x0 + barMax * o.marker.fraction
    out.push(`<line class="marker" x1="${num(x)}" y1="${top - 4}" x2="${num(x)}" y2="${height - 4}"/>`, `<text class="marker-label" x="${num(x)}" y="${top - 8}" text-anchor="end">${htmlText(o.marker.label)}</text>`)
  }
  out.push('</svg>')
  return out.join('\n')
}
