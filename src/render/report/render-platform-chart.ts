// The shared platforms as bars: one row per platform, its dependents split into on the cloud (green)
// and off it (red), longest first, with a legend, as inline SVG.
import {htmlText} from '../escape/html-text.js'
import {COLOR} from './colors.js'
import {fitText} from './fit-text.js'
import {num} from './svg-number.js'

export interface PlatformBar {
  label: string
  onCloud: number
  offCloud: number
  /** Printed after the bar. */
  value: string
  /** The tooltip: the full name and figures. */
  title: string
}

const ROW = 18
const FONT = 12

export function renderPlatformChart(rows: PlatformBar[], o: {title: string; legend: {on: string; off: string}; width?: number; labelWidth?: number}): string {
  const width = o.width ?? 760
  const labelWidth = o.labelWidth ?? 220
  const x0 = labelWidth + 8
  const barMax = width - x0 - 150
  const top = 4
  const legendY = top + rows.length * ROW + 20
  const height = legendY + 8
  const max = rows.reduce((m, r) => Math.max(m, r.onCloud + r.offCloud), 1)
  const out = [`<svg id="chart-platforms" class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${htmlText(o.title)}">`]
  rows.forEach((r, i) => {
    const y = top + i * ROW
    const on = (barMax * r.onCloud) / max
    const off = (barMax * r.offCloud) / max
    out.push(
      `<g class="bar"><title>${htmlText(r.title)}</title>`,
      `<text class="label" x="${labelWidth}" y="${y + 13}" text-anchor="end">${htmlText(fitText(r.label, labelWidth, FONT).text)}</text>`,
      `<rect class="on" x="${x0}" y="${y + 3}" width="${num(on)}" height="${ROW - 5}" fill="${COLOR.good}"/>`,
      `<rect class="off" x="${num(x0 + on)}" y="${y + 3}" width="${num(off)}" height="${ROW - 5}" fill="${COLOR.bad}"/>`,
      `<text class="value" x="${num(x0 + on + off + 4)}" y="${y + 13}">${htmlText(r.value)}</text></g>`,
    )
  })
  out.push(
    `<rect x="${x0}" y="${legendY - 10}" width="12" height="12" fill="${COLOR.good}"/>`, `<text class="legend" x="${x0 + 17}" y="${legendY}">${htmlText(o.legend.on)}</text>`,
    `<rect x="${x0 + 220}" y="${legendY - 10}" width="12" height="12" fill="${COLOR.bad}"/>`, `<text class="legend" x="${x0 + 237}" y="${legendY}">${htmlText(o.legend.off)}</text>`,
    '</svg>',
  )
  return out.join('\n')
}
