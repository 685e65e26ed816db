// One stacked bar (parts of a whole) with a legend underneath, as inline SVG.
import {htmlText} from '../escape/html-text.js'
import {num} from './svg-number.js'

export interface StackSegment {
  key: string
  label: string
  count: number
  color: string
}

export function renderStackedBar(segments: StackSegment[], o: {id: string; title: string; width?: number; format: (count: number, total: number) => string}): string {
  const width = o.width ?? 760
  const total = segments.reduce((n, s) => n + s.count, 0)
  const barY = 4
  const barH = 30
  const legendY = barY + barH + 20
  const out: string[] = [`<svg id="${o.id}" class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${legendY + 10}" width="${width}" height="${legendY + 10}" role="img" aria-label="${htmlText(o.title)}">`]
  let x = 0
  for (const s of segments) {
    const w = total === 0 ? 0 : (width * s.count) / total
    const text = o.format(s.count, total)
    out.push(`<g class="segment" data-key="${htmlText(s.key)}"><title>${htmlText(`${s.label}: ${text}`)}</title><rect x="${num(x)}" y="${barY}" width="${num(w)}" height="${barH}" fill="${s.color}"/></g>`)
    if (w > 40) out.push(`<text class="in-bar" x="${num(x + w / 2)}" y="${barY + 20}" text-anchor="middle">${s.count}</text>`)
    x += w
  }
  const step = width / Math.max(1, segments.length)
  segments.forEach((s, i) => {
    const lx = i * step
    out.push(`<rect x="${num(lx)}" y="${legendY - 10}" width="12" height="12" fill="${s.color}"/>`, `<text class="legend" x="${num(lx + 17)}" y="${legendY}">${htmlText(`${s.label} ${o.format(s.count, total)}`)}</text>`)
  })
  out.push('</svg>')
  return out.join('\n')
}
