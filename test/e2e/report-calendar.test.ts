// The report's "waves planned" card counts what the wave calendar draws, and the department chart draws
// the departments below target (worst first, at most 30) and counts the rest.
import {readFileSync, mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {runCli, runJson} from '../helpers/run-cli.js'

const work = mkdtempSync(join(tmpdir(), 'yunwang-report-calendar-'))
afterAll(() => rmSync(work, {recursive: true, force: true}))
const AS_OF = ['--as-of', '2026-11-21', '--lang', 'en']

interface Figures {plan: {waves: number; systemWaves: number; otherWaves: number; idleWaves: number; migrationWaves: number}}
interface PlanJson {waves: Array<{systems: unknown[]; networks: unknown[]; nodes: unknown[]; load: {systems: number}}>; summary: {migrationWaves: number}}

function report(inv: string, name: string): {html: string; figures: Figures} {
  const out = join(work, `${name}.html`)
  const r = runJson<Figures>(['report', inv, ...AS_OF, '--out', out])
  expect(r.code).toBe(0)
  return {html: readFileSync(out, 'utf8'), figures: r.json}
}
const count = (s: string, re: RegExp) => (s.match(re) ?? []).length

describe('report: waves card and calendar', () => {
  for (const inv of ['examples/jiangsu', 'test/fixtures/report/one-wave']) {
    it(`${inv}: the card's waves are the calendar's rows, split as the calendar colours them`, () => {
      const plan = runJson<PlanJson>(['plan', inv, ...AS_OF]).json
      const {html, figures} = report(inv, inv.replaceAll('/', '-'))
      const gantt = html.slice(html.indexOf('id="chart-gantt"'), html.indexOf('</svg>', html.indexOf('id="chart-gantt"')))
      expect(count(gantt, /<g class="wave"/g)).toBe(figures.plan.waves)
      expect(figures.plan.waves).toBe(plan.waves.length)
      expect(count(gantt, /data-kind="systems"/g)).toBe(figures.plan.systemWaves)
      expect(count(gantt, /data-kind="other"/g)).toBe(figures.plan.otherWaves)
      expect(count(gantt, /data-kind="idle"/g)).toBe(figures.plan.idleWaves)
      expect(figures.plan.systemWaves).toBe(plan.waves.filter(w => w.load.systems > 0).length)
      expect(figures.plan.idleWaves).toBe(plan.waves.filter(w => w.load.systems + w.networks.length + w.nodes.length === 0).length)
      expect(figures.plan.migrationWaves).toBe(plan.summary.migrationWaves)
    })
  }

  it('one-wave fixture: one row in the calendar', () => {
    const {figures} = report('test/fixtures/report/one-wave', 'one')
    expect(figures.plan).toMatchObject({waves: 1, systemWaves: 1, otherWaves: 0, idleWaves: 0, migrationWaves: 1})
  })
})

describe('report: department chart', () => {
  it('examples/jiangsu: bars for the departments below target, worst first, at most 30; the rest counted', () => {
    const adoption = runJson<{groups: Array<{label: string; rate: number}>; target: {rate: number}}>(['adoption', 'examples/jiangsu', ...AS_OF]).json
    const below = adoption.groups.filter(g => g.rate < adoption.target.rate)
    expect(below.length).toBeGreaterThan(30)
    const {html} = report('examples/jiangsu', 'departments')
    const section = html.slice(html.indexOf('id="sec-adoption"'), html.indexOf('</section>', html.indexOf('id="sec-adoption"')))
    const bars = [...section.matchAll(/<g class="bar"><title>([^<]*)<\/title>/g)].map(m => m[1])
    expect(bars).toHaveLength(30)
    below.slice(0, 30).forEach((g, i) => expect(bars[i].startsWith(`${g.label}:`)).toBe(true))
    const rest = /<p class="note" id="departments-rest">([^<]*)<\/p>/.exec(section)?.[1] ?? ''
    expect(rest).toContain(String(below.length - 30))
    expect(rest).toContain(String(adoption.groups.length - below.length))
  })

  it('markdown: the same 30 rows', () => {
    const md = runCli(['report', 'examples/jiangsu', ...AS_OF, '--format', 'markdown', '--out', '-']).stdout
    const part = md.slice(md.indexOf('## Cloud adoption by department'), md.indexOf('\n## ', md.indexOf('## Cloud adoption by department') + 5))
    expect(count(part, /^\| (?!department|---)/gm)).toBe(30)
  })
})
