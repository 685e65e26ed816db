// `yunwang status` end to end on the example: the scoreboard as of 2026-12-02, --fail-on for CI, the
// baseline, and a Measurements record the pack does not know placed at its line.
import {cpSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {runCli, runJson} from '../helpers/run-cli.js'
import {runInProcess, runJsonInProcess} from '../helpers/run-in-process.js'

interface Json {
  indicators: Array<{id: string; status: string; value: number | null; numerator: number | null; denominator: number | null; period: string | null}>
  waves: Array<{index: number; planned: number; done: number; slipped: string[]}>
  failing: number
  error?: {code: string; errors: Array<{code: string; file: string; line: number; pointer: string}>}
}

const scratch = mkdtempSync(join(tmpdir(), 'yunwang-status-'))
afterAll(() => rmSync(scratch, {recursive: true, force: true}))

describe('status', () => {
  it('lists at most 20 groups a target by default, every group with --all or csv', async () => {
    const args = ['status', 'examples/jiangsu', '--as-of', '2026-12-02', '--by', 'department']
    const json = await runJsonInProcess<{indicators: Array<{groups?: unknown[]}>}>(args)
    const groups = json.json.indicators.map(x => x.groups?.length ?? 0)
    expect(Math.max(...groups)).toBeGreaterThan(20)
    const rowsOf = (out: string) => out.split('\n').filter(l => /│\s+└ /.test(l)).length
    const cut = await runInProcess(args)
    const all = await runInProcess([...args, '--all'])
    // Each target shows min(20, n) groups, plus one "… +N" row when some are left out.
    expect(rowsOf(cut.stdout)).toBe(groups.reduce((n, g) => n + Math.min(20, g) + (g > 20 ? 1 : 0), 0))
    expect(rowsOf(all.stdout)).toBe(groups.reduce((n, g) => n + g, 0))
    const csv = await runInProcess([...args, '--format', 'csv'])
    expect(csv.stdout.trimEnd().split('\n').length).toBe(1 + groups.length + groups.reduce((n, g) => n + g, 0))
  })

  it('scores every target of the example, fails on overdue, and compares the baseline', () => {
    const r = runJson<Json>(['status', 'examples/jiangsu', '--as-of', '2026-12-02', '--fail-on', 'overdue', '--baseline', 'examples/baselines/jiangsu-2026-07.json'])
    expect(r.code).toBe(1)
    const by = Object.fromEntries(r.json.indicators.map(x => [x.id, x]))
    expect(r.json.indicators.map(x => x.status)).toEqual(['overdue', 'overdue', 'overdue', 'overdue', 'overdue', 'overdue', 'no-data', 'no-data', 'on-track', 'met', 'met', 'met', 'met', 'met', 'met'])
    expect(r.json.failing).toBe(6)
    // Overall record of 2026-11; sums of the departments' November records; value-only regions: no data.
    expect([by['data-sharing-2025'].numerator, by['data-sharing-2025'].denominator, by['data-sharing-2025'].period]).toEqual([17720, 18260, '2026-11'])
    expect([by['data-opening-2025'].numerator, by['data-opening-2025'].denominator, by['data-opening-2023'].status]).toEqual([1258, 1320, 'met'])
    expect([by['data-sharing-2023'].status, by['data-sharing-2025'].status]).toEqual(['met', 'overdue'])
    expect([by['one-network-service-2025'].status, by['data-scenarios-2025'].value, by['data-scenarios-2022'].status]).toEqual(['no-data', 86, 'met'])
    expect(r.json.waves.map(w => [w.index, w.planned, w.done])).toEqual([[1, 20, 1], [2, 20, 4], [3, 9, 0], [4, 0, 0], [5, 0, 0]])
  })

  it('counts a classified system among the slipped, and names it only with --include-classified', () => {
    const baseline = join(scratch, 'baseline.json')
    writeFileSync(baseline, JSON.stringify({waves: [{index: 1, start: '2026-01-05', end: '2026-02-01', systems: [{id: 'sm-gongwen', to: 'pc-main', action: 'migrate'}, {id: 'czt-feishui', to: 'pc-main', action: 'migrate'}]}]}))
    const hidden = runCli(['status', 'examples/jiangsu', '--as-of', '2026-12-02', '--baseline', baseline])
    expect(hidden.code).toBe(0)
    expect(hidden.stdout.includes('sm-gongwen')).toBe(false)
    expect(hidden.stdout.includes('czt-feishui')).toBe(true)
    const shown = runJson<{waves: Array<{slipped: string[]; slippedClassified: number}>}>(['status', 'examples/jiangsu', '--as-of', '2026-12-02', '--baseline', baseline, '--include-classified'])
    expect(shown.json.waves.map(w => [w.slipped, w.slippedClassified])).toEqual([[['czt-feishui', 'sm-gongwen'], 0]])
  })

  it('places a Measurements record of an indicator the pack does not declare', () => {
    const inv = join(scratch, 'jiangsu')
    cpSync('examples/jiangsu', inv, {recursive: true})
    writeFileSync(join(inv, 'more.yaml'), 'apiVersion: yunwang/v1\nkind: Measurements\nmeasurements:\n  - {indicator: data-shraing, period: 2026-11, value: 0.9}\n')
    const r = runJson<Json>(['status', inv, '--as-of', '2026-12-02'])
    expect(r.code).toBe(2)
    expect(r.json.error!.errors.map(e => [e.code, e.line, e.pointer])).toEqual([['UNKNOWN_INDICATOR', 4, '/measurements/0/indicator']])
  })
})
