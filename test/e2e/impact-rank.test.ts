// `impact --rank` on test/fixtures/rank (expectations worked out in its systems.yaml header).
import {describe, expect, it} from 'vitest'
import {runInProcess, runJsonInProcess} from '../helpers/run-in-process.js'

const RANK = 'test/fixtures/rank'
const AS_OF = '2026-06-30'
interface Ranked {id: string; name: string; roles: string[]; dependents: number; direct: number; offCloud: number; departments: number; classified: number; onCloud: boolean; state: string}
interface RankJson {rank: Ranked[]; classified: {platforms: number}}
const HIDDEN = ['sm-x', 'sm-plat', '机要收文系统', '机要认证平台']

describe('impact --rank', () => {
  it('ranks the shared platforms by transitive dependents, with those off the cloud and their departments', async () => {
    const r = await runJsonInProcess<RankJson>(['impact', '--rank', RANK, '--as-of', AS_OF])
    expect(r.code).toBe(0)
    expect(r.json.rank.map(p => [p.id, p.roles, p.dependents, p.direct, p.offCloud, p.departments, p.classified, p.onCloud])).toEqual([
      ['idp', ['identity'], 5, 3, 3, 4, 1, true],
      ['exch', ['data-exchange'], 3, 2, 2, 3, 1, false],
      ['amber', ['service-portal'], 0, 0, 0, 0, 0, true],
      ['lone', ['unified-ops'], 0, 0, 0, 0, 0, true],
    ])
    expect(r.json.classified).toEqual({platforms: 1})
  })

  it('counts classified dependents and platforms without naming them, in every format', async () => {
    for (const format of [['--json'], ['--format', 'table'], ['--format', 'csv'], ['--format', 'markdown']]) {
      const r = await runInProcess(['impact', '--rank', RANK, '--as-of', AS_OF, ...format])
      expect(r.code, format.join(' ')).toBe(0)
      for (const hidden of HIDDEN) expect(r.stdout + r.stderr, `${format.join(' ')} ${hidden}`).not.toContain(hidden)
    }
    const all = await runJsonInProcess<RankJson>(['impact', '--rank', RANK, '--as-of', AS_OF, '--include-classified'])
    expect(all.json.rank.map(p => p.id)).toEqual(['idp', 'exch', 'amber', 'lone', 'sm-plat'])
    expect(all.json.classified).toEqual({platforms: 0})
  })

  it('prints the rank in the table with the role names of the pack, and CSV rows in rank order', async () => {
    const zh = await runInProcess(['impact', '--rank', RANK, '--as-of', AS_OF, '--lang', 'zh'])
    expect(zh.stdout).toContain('统一身份认证平台')
    const csv = await runInProcess(['impact', '--rank', RANK, '--as-of', AS_OF, '--format', 'csv', '--lang', 'en'])
    const lines = csv.stdout.replace(/^\uFEFF/, '').trim().split(/\r?\n/)
    expect(lines).toHaveLength(5)
    expect(lines.slice(1).map(l => l.split(',').slice(0, 2))).toEqual([['1', 'idp'], ['2', 'exch'], ['3', 'amber'], ['4', 'lone']])
    expect(lines[1].split(',').slice(-5)).toEqual(['5', '3', '3', '4', '1'])
  })

  it('gives the same bytes whatever the order of the files', async () => {
    const a = await runInProcess(['impact', '--rank', `${RANK}/systems.yaml`, `${RANK}/nodes.yaml`, '--as-of', AS_OF, '--json'])
    const b = await runInProcess(['impact', '--rank', `${RANK}/nodes.yaml`, `${RANK}/systems.yaml`, '--as-of', AS_OF, '--json'])
    expect(a.stdout).toBe(b.stdout)
  })

  it('without --rank an id is required: exit 2 with MISSING_ARGUMENT', async () => {
    const r = await runJsonInProcess<{error: {code: string}}>(['impact'])
    expect(r.code).toBe(2)
    expect(r.json.error.code).toBe('MISSING_ARGUMENT')
  })

  it('an inventory with no platform ranks none', async () => {
    const r = await runJsonInProcess<RankJson>(['impact', '--rank', 'test/fixtures/graph/small'])
    expect(r.code).toBe(0)
    expect(r.json).toEqual({rank: [], classified: {platforms: 0}})
  })
})
