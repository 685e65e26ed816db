// The wave calendar with one wave (a small plan): month ticks on both sides, and the wave's detail kept
// clear of its label and inside the chart.
import {describe, expect, it} from 'vitest'
import {renderWaveGantt} from '../../../src/render/report/render-wave-gantt.js'
import {textWidth} from '../../../src/render/report/fit-text.js'

const LEFT = 70
const WIDTH = 760

function detailBox(svg: string): {from: number; to: number} {
  const m = /<text class="value[^"]*" x="([\d.]+)" y="[\d.]+" text-anchor="(start|end)">([^<]*)<\/text>/.exec(svg)
  if (!m) throw new Error('no detail text')
  const x = Number(m[1])
  const w = textWidth(m[3], 12)
  return m[2] === 'start' ? {from: x, to: x + w} : {from: x - w, to: x}
}

describe('renderWaveGantt with a single wave', () => {
  for (const [start, end] of [['2026-03-02', '2026-03-29'], ['2026-01-05', '2026-02-01'], ['2026-06-01', '2026-06-01']] as const) {
    it(`${start}..${end}: detail clear of the label and inside the chart, month ticks drawn`, () => {
      const svg = renderWaveGantt([{index: 1, start, end, label: 'Wave 1', detail: '6 systems · 0 networks · 0 nodes', kind: 'systems'}], [], {title: 't'})
      const box = detailBox(svg)
      expect(box.from).toBeGreaterThanOrEqual(LEFT)
      expect(box.to).toBeLessThanOrEqual(WIDTH)
      expect((svg.match(/<text class="tick"/g) ?? []).length).toBeGreaterThanOrEqual(2)
    })
  }

  it('a wave that moves nothing is drawn as an outline, not as a bar', () => {
    const svg = renderWaveGantt([{index: 1, start: '2026-03-02', end: '2026-03-29', label: 'Wave 1', detail: '-', kind: 'idle'}], [], {title: 't'})
    expect(svg).toContain('data-kind="idle"')
    expect(svg).toMatch(/<rect [^>]*fill="none"[^>]*stroke-dasharray/)
  })
})
