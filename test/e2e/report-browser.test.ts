// The HTML report opened in a real browser (Debian's chromium, driven by playwright-core): the charts
// are there with one bar per department and one Gantt row per wave, labels fit, the page logs no error
// and asks the network for nothing. A screenshot lands in test-output/ for people to look at.
//
// Without /usr/bin/chromium: in CI (CI set) the test fails, since .ci/run installs it; on a developer
// machine it logs a note and asserts nothing more, so `npm test` still runs everywhere.
import {existsSync, mkdirSync} from 'node:fs'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {chromium} from 'playwright-core'
import {describe, expect, it} from 'vitest'
import {ROOT, runCli, runJson} from '../helpers/run-cli.js'

const CHROMIUM = '/usr/bin/chromium'
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
const OUT_DIR = join(ROOT, 'test-output')
const EX = 'examples/jiangsu'
const AS_OF = ['--as-of', '2026-11-21']
const BASELINE = 'examples/baselines/jiangsu-2026-07.json'

describe('report in a browser', () => {
  it('draws every chart, logs no error and makes no network request', {timeout: 120_000}, async () => {
    if (!existsSync(CHROMIUM)) {
      expect(process.env.CI, `${CHROMIUM} is missing: CI must install chromium (see .ci/run)`).toBeFalsy()
      console.warn(`report-browser: ${CHROMIUM} not installed; browser checks not run on this machine (apt-get install chromium fonts-noto-cjk)`)
      return
    }
    mkdirSync(OUT_DIR, {recursive: true})
    const file = join(OUT_DIR, 'report.html')
    expect(runCli(['report', EX, ...AS_OF, '--lang', 'zh', '--out', file, '--force', '--baseline', BASELINE]).code).toBe(0)
    const status = runJson<{indicators: Array<{status: string}>; waves: unknown[]}>(['status', EX, ...AS_OF, '--baseline', BASELINE]).json
    const adoption = runJson<{groups: Array<{rate: number}>; target: {rate: number}}>(['adoption', EX, ...AS_OF]).json
    const plan = runJson<{waves: unknown[]}>(['plan', EX, ...AS_OF]).json
    const ipv6 = runJson<{blockers: unknown[]}>(['ipv6', EX, ...AS_OF]).json
    const check = runJson<{departments: Array<{status: string}>; exemptions: Array<{status: string}>}>(['check', EX, ...AS_OF]).json

    const browser = await chromium.launch({executablePath: CHROMIUM, args: ARGS})
    try {
      const page = await browser.newPage({viewport: {width: 900, height: 1200}})
      const errors: string[] = []
      const requests: string[] = []
      const url = pathToFileURL(file).href
      page.on('console', m => {
        if (m.type() === 'error') errors.push(m.text())
      })
      page.on('pageerror', e => errors.push(e.message))
      page.on('request', r => {
        if (r.url() !== url) requests.push(r.url())
      })
      await page.goto(url, {waitUntil: 'load'})

      // The report opens with the scoreboard: one row per pack target, its status as class and colour.
      expect(await page.locator('body > section').first().getAttribute('id')).toBe('sec-scoreboard')
      expect(await page.locator('#scoreboard tbody tr').count()).toBe(status.indicators.length)
      expect(status.indicators.length).toBe(15)
      // Every figure of the scoreboard stays on one line (a number broken as "96." / "2%" misreads).
      expect(await page.evaluate(`[...document.querySelectorAll('#scoreboard td.num, #scoreboard td.basis, #scoreboard th')].filter(c => { const r = document.createRange(); r.selectNodeContents(c); return new Set([...r.getClientRects()].map(x => Math.round(x.top))).size > 1 }).length`)).toBe(0)
      expect(await page.locator('#scoreboard tbody tr.status-overdue').count()).toBe(status.indicators.filter(x => x.status === 'overdue').length)
      expect(await page.locator('#chart-baseline g.wave').count()).toBe(status.waves.length)
      // Departments below target only, worst first, at most 30; the rest are counted in a note.
      const below = adoption.groups.filter(g => g.rate < adoption.target.rate).length
      expect(adoption.groups.length).toBe(157)
      expect(below).toBeGreaterThan(30)
      expect(await page.locator('#sec-adoption svg.chart g.bar').count()).toBe(30)
      expect(await page.locator('#chart-gantt g.wave').count()).toBe(plan.waves.length)
      expect(await page.locator('#chart-gantt g.blackout').count()).toBe(2)
      expect(await page.locator('#chart-trajectory g.point').count()).toBe(plan.waves.length + 1)
      expect(await page.locator('#chart-trajectory .marker').count()).toBe(3)
      expect(await page.locator('#chart-ipv6-status g.segment').count()).toBe(4)
      expect(await page.locator('#chart-ipv6-blockers g.bar').count()).toBe(Math.min(10, ipv6.blockers.length))
      expect(await page.locator('#chart-compliance g.segment').count()).toBe(3)
      expect(await page.locator('#failing-departments tbody tr').count()).toBe(check.departments.filter(d => d.status === 'fail').length)
      // The exemption register: one row per exemption, the expiring ones shaded, and it fits the page.
      expect(await page.locator('#exemptions tbody tr').count()).toBe(check.exemptions.length)
      expect(await page.locator('#exemptions tbody tr.expiring').count()).toBe(check.exemptions.filter(e => e.status === 'expiring').length)
      expect(check.exemptions.filter(e => e.status === 'expiring').length).toBe(1)
      // Page expressions as strings: the tests are type-checked without the DOM library.
      expect(await page.evaluate(`getComputedStyle(document.querySelector('#exemptions tbody tr.expiring td')).backgroundColor`)).not.toBe('rgba(0, 0, 0, 0)')
      expect(await page.evaluate(`document.querySelector('#exemptions').getBoundingClientRect().right <= document.body.getBoundingClientRect().right + 1`)).toBe(true)

      // Estimated label widths must hold in a real font: no department label runs into its bar.
      const widest = await page.locator('#sec-adoption text.label').evaluateAll(els => Math.max(...els.map(e => (e as unknown as {getComputedTextLength: () => number}).getComputedTextLength())))
      expect(widest).toBeGreaterThan(50)
      expect(widest).toBeLessThanOrEqual(200)

      await page.screenshot({path: join(OUT_DIR, 'report.png'), fullPage: true})
      expect(errors).toEqual([])
      expect(requests).toEqual([])
    } finally {
      await browser.close()
    }
  })

  it('a city\'s report (--region 320500) is titled with its name and draws its own waves', {timeout: 120_000}, async () => {
    if (!existsSync(CHROMIUM)) {
      expect(process.env.CI, `${CHROMIUM} is missing: CI must install chromium (see .ci/run)`).toBeFalsy()
      return
    }
    mkdirSync(OUT_DIR, {recursive: true})
    const browser = await chromium.launch({executablePath: CHROMIUM, args: ARGS})
    try {
      for (const [code, title] of [['320500', '苏州市政务云网建设进展报告']]) {
        const file = join(OUT_DIR, `report-${code}.html`)
        expect(runCli(['report', EX, ...AS_OF, '--lang', 'zh', '--region', code, '--out', file, '--force']).code).toBe(0)
        const plan = runJson<{waves: Array<{index: number}>}>(['plan', EX, ...AS_OF, '--region', code]).json
        const page = await browser.newPage({viewport: {width: 900, height: 1200}})
        const errors: string[] = []
        page.on('pageerror', e => errors.push(e.message))
        await page.goto(pathToFileURL(file).href, {waitUntil: 'load'})
        expect(await page.locator('h1').textContent()).toBe(title)
        // Its waves with the whole plan's numbers, none of another city's.
        const drawn = await page.locator('#chart-gantt g.wave').evaluateAll(gs => gs.map(g => Number(g.getAttribute('data-index'))))
        expect(drawn).toEqual(plan.waves.map(w => w.index))
        expect(drawn.length).toBeGreaterThan(0)
        expect(drawn[0]).toBeGreaterThan(1)
        await page.screenshot({path: join(OUT_DIR, `report-${code}.png`), fullPage: true})
        expect(errors).toEqual([])
        await page.close()
      }
    } finally {
      await browser.close()
    }
  })
})
