// test/fixtures/graph/small as of 2025-06-30, worked by hand: in scope a b c d e f g k (8); on cloud a b c (3);
// exempt e (its until is the as-of day); excluded: j classified, h retired, i planned.
import {describe, expect, it} from 'vitest'
import {runInProcess, runJsonInProcess} from '../helpers/run-in-process.js'

const SMALL = 'test/fixtures/graph/small'

interface AdoptionJson {
  rate: number; onCloud: number; total: number; adjustedRate: number; exempt: number
  excluded: {classified: number; retired: number; planned: number}
  target: {rate: number; by: string | null; short?: number; passed?: boolean; perMonth?: number | null; monthsLeft?: number}
  oneCloudBuilt: {by: string; managed: number; total: number} | null
  groups: Array<{key: string; label: string; onCloud: number; total: number; rate: number}>
  warnings: Array<{code: string; message: string}>
}

const adoption = (...args: string[]) => runJsonInProcess<AdoptionJson>(['adoption', SMALL, '--as-of', '2025-06-30', ...args])
const groups = (r: {json: AdoptionJson}) => r.json.groups.map(g => [g.key, g.label, g.onCloud, g.total])

describe('adoption', () => {
  it('counts the rate by the definition, against the target', async () => {
    const r = await adoption()
    expect(r.code).toBe(0)
    expect(r.json).toMatchObject({rate: 3 / 8, onCloud: 3, total: 8, exempt: 1, adjustedRate: 3 / 7, excluded: {classified: 1, retired: 1, planned: 1}})
    expect(r.json.target).toMatchObject({rate: 1, by: '2025-12-31', short: 5, passed: false, monthsLeft: 7, perMonth: 1})
    expect(r.json.oneCloudBuilt).toEqual({by: '2027-12-31', managed: 1, total: 2, rate: 0.5})
    expect(r.json.warnings).toEqual([])
  })

  it('the day after the exemption ends it no longer counts; after the target date no pace is given', async () => {
    const r = await runJsonInProcess<AdoptionJson>(['adoption', SMALL, '--as-of', '2026-01-01'])
    expect(r.json).toMatchObject({exempt: 0, adjustedRate: 3 / 8, rate: 3 / 8})
    expect(r.json.target).toMatchObject({short: 5, passed: true, perMonth: null})
  })

  it('defaults to --by department, worst first, ties by key', async () => {
    expect(groups(await adoption())).toEqual([
      ['部门丁', '部门丁', 0, 1],
      ['部门乙', '部门乙', 1, 3],
      ['部门丙', '部门丙', 1, 2],
      ['部门甲', '部门甲', 1, 2],
    ])
  })

  it('--by region labels codes from the region table, in the chosen language', async () => {
    expect(groups(await adoption('--by', 'region'))).toEqual([
      ['320102', 'Xuanwu District, Nanjing', 0, 1],
      ['320200', 'Wuxi', 0, 1],
      ['320000', 'Jiangsu Province', 2, 5],
      ['320100', 'Nanjing', 1, 1],
    ])
    expect(groups(await adoption('--by', 'region', '--lang', 'zh'))[1]).toEqual(['320200', '无锡市', 0, 1])
  })

  it('--by level and --by node-type (the current hosting node type)', async () => {
    expect(groups(await adoption('--by', 'level')).map(g => [g[0], g[2], g[3]])).toEqual([['county', 0, 1], ['province', 2, 5], ['city', 1, 2]])
    expect(groups(await adoption('--by', 'node-type')).map(g => [g[0], g[2], g[3]])).toEqual([
      ['department-cloud', 0, 2], ['self-built', 0, 2], ['city-cloud', 1, 2], ['provincial-cloud', 2, 2],
    ])
  })

  it('an empty scope gives rate 1 with a warning, exit 0', async () => {
    const r = await runJsonInProcess<AdoptionJson>(['adoption', 'test/fixtures/graph/empty', '--as-of', '2025-06-30'])
    expect(r.code).toBe(0)
    expect(r.json).toMatchObject({rate: 1, adjustedRate: 1, total: 0, onCloud: 0, excluded: {classified: 1, retired: 0, planned: 1}, groups: []})
    expect(r.json.warnings.map(w => w.code)).toEqual(['EMPTY_SCOPE'])
    const human = await runInProcess(['adoption', 'test/fixtures/graph/empty', '--as-of', '2025-06-30'])
    expect(human.code).toBe(0)
    expect(human.stderr).toMatch(/100%/)
  })

  it('prints percentages with one decimal, worst first; csv and markdown too', async () => {
    const table = await runInProcess(['adoption', SMALL, '--as-of', '2025-06-30'])
    expect(table.stdout).toContain('37.5%')
    expect(table.stdout).toContain('42.9%')
    expect(table.stdout.indexOf('部门丁')).toBeLessThan(table.stdout.indexOf('部门甲'))
    const csv = await runInProcess(['adoption', SMALL, '--as-of', '2025-06-30', '--format', 'csv'])
    expect(csv.stdout.startsWith('\uFEFF')).toBe(true)
    expect(csv.stdout.split('\r\n')[1]).toBe('部门丁,0,1,0.0%,1,0')
    const md = await runInProcess(['adoption', SMALL, '--as-of', '2025-06-30', '--format', 'markdown', '--by', 'level'])
    expect(md.stdout.split('\n').find(l => l.startsWith('| county'))).toBe('| county | 0 | 1 | 0.0% | 1 | 0 |')
  })

  it('rejects an unknown --by with exit 2', async () => {
    expect((await runInProcess(['adoption', SMALL, '--by', 'county'])).code).toBe(2)
  })

  it('reads the bundled example', async () => {
    const r = await runJsonInProcess<AdoptionJson>(['adoption', 'examples/jiangsu', '--as-of', '2025-06-30'])
    expect(r.code).toBe(0)
    expect(r.json.groups.reduce((n, g) => n + g.total, 0)).toBe(r.json.total)
    expect(r.json.groups.reduce((n, g) => n + g.onCloud, 0)).toBe(r.json.onCloud)
  })
})
