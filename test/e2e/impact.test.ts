// test/fixtures/graph/small: a→b, a→c, c→d, d→c, j→b, k→j; j is classified.
import {describe, expect, it} from 'vitest'
import {runInProcess, runJsonInProcess} from '../helpers/run-in-process.js'

const SMALL = 'test/fixtures/graph/small'
interface Entry {id: string; department: string; onCloud: boolean; distance: number}
interface ImpactJson {id: string; dependents: Entry[]; dependencies: Entry[]; classified: {dependents: number; dependencies: number}}

describe('impact', () => {
  it('lists dependents and dependencies transitively, sorted, with department and cloud state', async () => {
    const r = await runJsonInProcess<ImpactJson>(['impact', 'a-portal', SMALL, '--as-of', '2025-06-30'])
    expect(r.code).toBe(0)
    expect(r.json.id).toBe('a-portal')
    expect(r.json.dependents).toEqual([])
    expect(r.json.dependencies.map(e => [e.id, e.department, e.onCloud, e.distance])).toEqual([
      ['b-auth', '部门乙', true, 1], ['c-data', '部门丙', true, 1], ['d-legacy', '部门甲', false, 2],
    ])
  })

  it('counts classified systems without naming them, unless --include-classified', async () => {
    const r = await runJsonInProcess<ImpactJson>(['impact', 'b-auth', SMALL])
    expect(r.json.dependents.map(e => e.id)).toEqual(['a-portal', 'k-report'])
    expect(r.json.classified).toEqual({dependents: 1, dependencies: 0})
    expect(r.stdout).not.toContain('j-secret')
    const human = await runInProcess(['impact', 'b-auth', SMALL])
    expect(human.stdout).not.toContain('j-secret')
    expect(human.stdout).not.toContain('机要系统')
    const all = await runJsonInProcess<ImpactJson>(['impact', 'b-auth', SMALL, '--include-classified'])
    expect(all.json.dependents.map(e => e.id)).toEqual(['a-portal', 'j-secret', 'k-report'])
  })

  it('an unknown id exits 2 with NOT_FOUND_ID and the nearest id', async () => {
    const r = await runJsonInProcess<{error: {code: string; message: string}}>(['impact', 'b-auht', SMALL])
    expect(r.code).toBe(2)
    expect(r.json.error.code).toBe('NOT_FOUND_ID')
    expect(r.json.error.message).toContain('"b-auth"')
    const human = await runInProcess(['impact', 'b-auht', SMALL])
    expect(human.code).toBe(2)
    expect(human.stderr.trim().split('\n')).toHaveLength(1)
  })

  it('a classified id is unknown without --include-classified, and never suggested', async () => {
    const r = await runJsonInProcess<{error: {code: string; message: string}}>(['impact', 'j-secret', SMALL])
    expect(r.code).toBe(2)
    expect(r.json.error.code).toBe('NOT_FOUND_ID')
    const near = await runJsonInProcess<{error: {message: string}}>(['impact', 'j-secrat', SMALL])
    expect(near.json.error.message).not.toContain('"j-secret"')
    expect((await runJsonInProcess(['impact', 'j-secret', SMALL, '--include-classified'])).code).toBe(0)
  })

  it('prints tables nearest first', async () => {
    const r = await runInProcess(['impact', 'c-data', SMALL, '--format', 'csv'])
    expect(r.code).toBe(0)
    expect(r.stdout.split('\r\n').filter(Boolean).slice(1).map(l => l.split(',').slice(0, 3).join(','))).toEqual([
      'dependents,1,a-portal', 'dependents,1,d-legacy', 'dependencies,1,d-legacy',
    ])
  })
})
