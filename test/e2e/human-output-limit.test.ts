// Human output stays a summary on a large inventory: each long list shows its first rows and counts the
// rest; --all (and CSV, and --json) give every row. Measured on a generated 1,000-system inventory, where
// the full lists already run to hundreds or thousands of lines.
import {spawnSync} from 'node:child_process'
import {mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {ROOT, runCli, runJson} from '../helpers/run-cli.js'

const work = mkdtempSync(join(tmpdir(), 'yunwang-limit-'))
const INV = join(work, 'inv')
/** What a default human answer may take at any size: summaries, the first 20 rows of each list, counts. */
const SCREENFULS = 300

beforeAll(() => {
  const g = spawnSync(process.execPath, [join(ROOT, 'test', 'bench', 'generate-inventory.mjs'), '1000', INV, '--seed', '7'], {encoding: 'utf8'})
  if (g.status !== 0) throw new Error(g.stderr)
}, 120_000)
afterAll(() => rmSync(work, {recursive: true, force: true}))

const lines = (s: string): string[] => s.split('\n').filter(l => l !== '')
const AS_OF = ['--as-of', '2026-06-30', '--lang', 'en']

describe('human output on 1,000 systems', () => {
  it.each([
    ['plan', []],
    ['check', []],
    ['ipv6', []],
    ['adoption', []],
    ['impact', ['plat-auth']],
  ] as const)('%s prints a bounded summary by default and every row with --all', (command, extra) => {
    const short = runCli([command, ...extra, INV, ...AS_OF])
    const all = runCli([command, ...extra, INV, ...AS_OF, '--all'])
    expect(short.code === 0 || short.code === 1).toBe(true)
    expect(all.code).toBe(short.code)
    expect(lines(short.stdout).length).toBeLessThan(SCREENFULS)
    expect(lines(all.stdout).length).toBeGreaterThan(lines(short.stdout).length)
  })

  it('plan: --all lists every system of every wave; the default the first 20, and --format csv all', () => {
    const json = runJson(['plan', INV, ...AS_OF]).json as {waves: Array<{systems: Array<{id: string}>}>}
    const ids = json.waves.flatMap(w => w.systems.map(s => s.id))
    expect(ids.length).toBeGreaterThan(40)
    const rowsOf = (out: string) => ids.filter(id => out.includes(`│ ${id} `)).length
    expect(rowsOf(runCli(['plan', INV, ...AS_OF]).stdout)).toBe(20)
    expect(rowsOf(runCli(['plan', INV, ...AS_OF, '--all']).stdout)).toBe(ids.length)
    const csv = runCli(['plan', INV, ...AS_OF, '--format', 'csv']).stdout
    expect(ids.every(id => csv.includes(`,${id},`))).toBe(true)
  })

  it('plan: an unplaced system is listed once, in "Unplaced systems", not again among the warnings', () => {
    const fixture = join(ROOT, 'test', 'fixtures', 'plan', 'networks')
    const r = runJson(['plan', fixture, ...AS_OF]).json as {
      unplaced: Array<{id: string}>
      warnings: Array<{code: string}>
      blockedNetworks: Array<{systems: string[]}>
      blockedNodes: Array<{systems: string[]}>
      crossBoundary: Array<{from: string; to: string}>
    }
    expect(r.unplaced.length).toBeGreaterThan(0)
    expect(r.warnings.filter(w => w.code === 'UNPLACED').length).toBeGreaterThan(0)
    const out = lines(runCli(['plan', fixture, ...AS_OF, '--all']).stdout)
    for (const u of r.unplaced) {
      // Its row in "Unplaced systems", plus one line for each list of networks, nodes or dependencies naming it.
      const lists = [...r.blockedNetworks, ...r.blockedNodes].filter(b => b.systems.includes(u.id)).length + r.crossBoundary.filter(c => c.from === u.id || c.to === u.id).length
      const word = new RegExp(`(^|[^\\w-])${u.id}($|[^\\w-])`)
      expect(out.filter(l => word.test(l)).length).toBe(1 + lists)
    }
  })

  it('check: the default keeps the most severe findings; --all and csv have them all', () => {
    const json = runJson(['check', INV, ...AS_OF]).json as {findings: Array<{severity: string; subject: {id: string}; rule: string}>}
    expect(json.findings.length).toBeGreaterThan(40)
    const csv = lines(runCli(['check', INV, ...AS_OF, '--format', 'csv']).stdout)
    expect(csv.length).toBe(json.findings.length + 1)
    const worst = json.findings.filter(f => f.severity === 'critical').length
    const short = runCli(['check', INV, ...AS_OF]).stdout
    const criticalRows = lines(short).filter(l => /^│ critical /.test(l)).length
    expect(criticalRows).toBe(Math.min(20, worst))
  })

  it('impact: every dependent with --all, the nearest 20 by default', () => {
    const json = runJson(['impact', 'plat-auth', INV, ...AS_OF]).json as {dependents: Array<{id: string}>}
    expect(json.dependents.length).toBeGreaterThan(40)
    const count = (out: string) => json.dependents.filter(d => out.includes(` ${d.id} `)).length
    expect(count(runCli(['impact', 'plat-auth', INV, ...AS_OF]).stdout)).toBe(20)
    expect(count(runCli(['impact', 'plat-auth', INV, ...AS_OF, '--all']).stdout)).toBe(json.dependents.length)
  })
})
