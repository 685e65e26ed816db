// The report's chart functions: one element per item, escaped text, labels cut to fit, stable output.
import {describe, expect, it} from 'vitest'
import {dateScale} from '../../../src/render/report/date-scale.js'
import {htmlText} from '../../../src/render/escape/html-text.js'
import {fitText, textWidth} from '../../../src/render/report/fit-text.js'
import {DEPARTMENTS_PER_CHART, renderDepartmentChart} from '../../../src/render/report/render-department-chart.js'
import {renderTrajectoryChart} from '../../../src/render/report/render-trajectory-chart.js'
import {renderWaveGantt} from '../../../src/render/report/render-wave-gantt.js'

const count = (s: string, re: RegExp): number => s.match(re)?.length ?? 0
const pct = (r: number): string => `${(r * 100).toFixed(1)}%`

describe('htmlText and fitText', () => {
  it('escapes the five markup characters', () => {
    expect(htmlText(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;')
  })

  it('measures CJK as one em and Latin as about half', () => {
    expect(textWidth('省公安厅', 12)).toBe(48)
    expect(textWidth('ab', 10)).toBeCloseTo(11.6)
  })

  it('cuts a label that does not fit and says so', () => {
    expect(fitText('省公安厅', 48, 12)).toEqual({text: '省公安厅', cut: false})
    const f = fitText('江苏省某某某某管理服务中心', 60, 12)
    expect(f.cut).toBe(true)
    expect(f.text).toBe('江苏省某…')
    expect(textWidth(f.text, 12)).toBeLessThanOrEqual(60)
  })
})

describe('renderDepartmentChart', () => {
  const groups = Array.from({length: 50}, (_, i) => ({label: `部门${String(i).padStart(2, '0')}<&>`, onCloud: i, total: 50, rate: i / 50}))

  it('draws one bar per department, split into page-sized charts, escaped', () => {
    const svg = renderDepartmentChart(groups, {title: 't', target: 1, targetLabel: '目标 100%', percent: pct})
    expect(count(svg, /<g class="bar">/g)).toBe(50)
    expect(count(svg, /<svg /g)).toBe(Math.ceil(50 / DEPARTMENTS_PER_CHART))
    expect(svg).toContain('id="chart-adoption"')
    expect(svg).toContain('id="chart-adoption-2"')
    expect(svg).not.toContain('<&>')
    expect(svg).toContain('部门49&lt;&amp;&gt;')
  })

  it('keeps a cut name whole in the tooltip', () => {
    const long = '江苏省某某某某某某某某某某某某某某某某某某某某管理服务中心'
    const svg = renderDepartmentChart([{label: long, onCloud: 1, total: 2, rate: 0.5}], {title: 't', target: null, targetLabel: '', percent: pct})
    expect(svg).toContain(`<title>${long}: 50.0% (1/2)</title>`)
    expect(svg).toMatch(/>江苏省某+…<\/text>/)
    expect(svg).not.toContain('class="marker"')
  })

  it('still draws an empty chart for no departments', () => {
    const svg = renderDepartmentChart([], {title: 't', target: 1, targetLabel: '', percent: pct})
    expect(count(svg, /<svg /g)).toBe(1)
    expect(count(svg, /<g class="bar">/g)).toBe(0)
  })
})

describe('renderWaveGantt', () => {
  const waves = [
    {index: 1, start: '2027-01-04', end: '2027-01-31', label: '第 1 批', detail: '20 个系统', kind: 'systems' as const},
    {index: 2, start: '2027-02-21', end: '2027-03-20', label: '第 2 批', detail: '0 个系统', kind: 'other' as const},
  ]

  it('one row per wave, blackouts inside the calendar shaded, others left out', () => {
    const svg = renderWaveGantt(waves, [{from: '2027-02-01', to: '2027-02-20', label: '春节'}, {from: '2028-10-01', to: '2028-10-08', label: '国庆'}], {title: 't'})
    expect(count(svg, /<g class="wave"/g)).toBe(2)
    expect(count(svg, /<g class="blackout">/g)).toBe(1)
    expect(svg).toContain('春节')
    expect(svg).not.toContain('国庆')
  })

  it('places bars in date order along the axis', () => {
    const svg = renderWaveGantt(waves, [], {title: 't'})
    const xs = [...svg.matchAll(/<rect x="([\d.]+)" y="[\d.]+" width="[\d.]+" height="16" rx="2"/g)].map(m => Number(m[1]))
    expect(xs).toHaveLength(2)
    // The axis starts on the first of the month: 2027-01-04 is three days in.
    expect(xs[0]).toBeGreaterThan(70)
    expect(xs[0]).toBeLessThan(100)
    expect(xs[1]).toBeGreaterThan(xs[0])
  })
})

describe('renderTrajectoryChart', () => {
  it('a point for now and one per wave, markers for the target and milestones, byte-stable', () => {
    const args: Parameters<typeof renderTrajectoryChart> = [
      [{date: '2027-01-31', rate: 0.81, title: 'w1'}, {date: '2027-03-20', rate: 0.9, title: 'w2'}],
      {title: 't', asOf: {date: '2026-11-21', rate: 0.74, label: 'now'}, target: {rate: 1, by: '2025-12-31', label: 'target'}, milestones: [{date: '2027-12-31', label: 'built'}], percent: pct},
    ]
    const svg = renderTrajectoryChart(...args)
    expect(count(svg, /<g class="point/g)).toBe(3)
    expect(count(svg, /class="marker /g)).toBe(3)
    expect(svg).toContain('class="target-line"')
    // The past target date lies left of the as-of marker.
    const x = (cls: string): number => Number(new RegExp(`class="marker ${cls}" x1="([\\d.]+)"`).exec(svg)![1])
    expect(x('target')).toBeLessThan(x('asof'))
    expect(x('asof')).toBeLessThan(x('milestone'))
    expect(renderTrajectoryChart(...args)).toBe(svg)
  })
})

describe('dateScale', () => {
  it('maps the ends to the ends and thins month ticks to fit', () => {
    const s = dateScale('2026-01-01', '2027-12-31', 0, 730)
    expect(s.x('2026-01-01')).toBe(0)
    expect(s.x('2027-12-31')).toBe(730)
    expect(s.ticks.length).toBeLessThanOrEqual(14)
    expect(s.ticks.every(d => d.endsWith('-01'))).toBe(true)
  })
})
