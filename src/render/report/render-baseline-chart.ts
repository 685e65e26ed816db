// The baseline chart: one row per wave due, the planned systems as a pale bar and those done over it in
// green, so a slipped wave shows as the pale part left over.
import {htmlText} from '../escape/html-text.js'
import {COLOR} from './colors.js'
import {num} from './svg-number.js'

export interface BaselineRow {
  label: string
  planned: number
  done: number
  /** Printed after the bar, e.g. "12/20". */
  value: string
  title: string
}

const ROW = 20
const WIDTH = 760
const LABEL = 190

export function renderBaselineChart(rows: BaselineRow[], o: {title: string; legend: {planned: string; done: string}}): string {
  const max = Math.max(1, ...rows.map(r => r.planned))
  const x0 = LABEL + 8
  const barMax = WIDTH - x0 - 80
  const top = 22
  const height = top + rows.length * ROW + 6
  const out = [`<svg id="chart-baseline" class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-label="${htmlText(o.title)}">`]
  out.push(`<rect x="${x0}" y="4" width="10" height="10" fill="#cfd8dc"/><text class="legend" x="${x0 + 14}" y="13">${htmlText(o.legend.planned)}</text>`)
  out.push(`<rect x="${x0 + 120}" y="4" width="10" height="10" fill="${COLOR.good}"/><text class="legend" x="${x0 + 134}" y="13">${htmlText(o.legend.done)}</text>`)
  rows.forEach((r, i) => {
    const y = top + i * ROW
    const planned = (r.planned / max) * barMax
    const done = (r.done / max) * barMax
    out.push(`<g class="wave"><title>${htmlText(r.title)}</title>`,
      `<text x="${LABEL}" y="${num(y + 13)}" text-anchor="end">${htmlText(r.label)}</text>`,
      `<rect class="planned" x="${x0}" y="${num(y + 3)}" width="${num(planned)}" height="14" fill="#cfd8dc"/>`,
      `<rect class="done" x="${x0}" y="${num(y + 3)}" width="${num(done)}" height="14" fill="${COLOR.good}"/>`,
      `<text class="value" x="${num(x0 + Math.max(planned, 1) + 6)}" y="${num(y + 13)}">${htmlText(r.value)}</text></g>`)
  })
  out.push('</svg>')
  return out.join('')
}
