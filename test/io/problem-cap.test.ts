// A file with more schema problems than are reported stops being checked once the cap is passed: the
// first 500 problems and TOO_MANY_ERRORS come back quickly, whatever the number of broken records.
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {MAX_PROBLEMS, loadInventory} from '../../src/io/load-inventory.js'
import {runJson} from '../helpers/run-cli.js'

const dirs: string[] = []
afterAll(() => {
  for (const d of dirs) rmSync(d, {recursive: true, force: true})
})

function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'yunwang-cap-'))
  dirs.push(d)
  return d
}

const system = (i: number, patch: Record<string, unknown> = {}) =>
  ({id: `s${i}`, name: `系统${i}`, department: '省甲厅', level: 'province', region: '320000', hosting: {node: 'pc'}, ...patch})

const nodes = {apiVersion: 'yunwang/v1', kind: 'NodeInventory', nodes: [{id: 'pc', name: '省政务云', type: 'provincial-cloud'}]}

describe('the problem cap', () => {
  it('150,000 schema problems in one file: the first 500, then TOO_MANY_ERRORS, in seconds', () => {
    const dir = tempDir()
    const systems = Array.from({length: 150_000}, (_, i) => system(i, {level: 'nation'}))
    writeFileSync(join(dir, 'systems.json'), JSON.stringify({apiVersion: 'yunwang/v1', kind: 'SystemInventory', systems}, null, 1))
    writeFileSync(join(dir, 'nodes.json'), JSON.stringify(nodes))
    const started = process.cpuUsage()
    const r = loadInventory([dir], {cwd: dir})
    const used = process.cpuUsage(started)
    // Processor time, not wall time, so that a busy machine does not fail the test (minutes before the cap stopped early).
    const seconds = (used.user + used.system) / 1e6
    if (r.ok) throw new Error('expected problems')
    expect(r.problems).toHaveLength(MAX_PROBLEMS + 1)
    expect(r.problems.slice(0, MAX_PROBLEMS).map(p => `${p.code} ${p.position.pointer}`))
      .toEqual(Array.from({length: MAX_PROBLEMS}, (_, i) => `BAD_VALUE /systems/${i}/level`))
    // One key per line, ten lines a system from line 5: system i's level is on line 9 + 10i.
    expect(r.problems[MAX_PROBLEMS - 1].position.line).toBe(9 + 10 * (MAX_PROBLEMS - 1))
    expect(r.problems.at(-1)!.code).toBe('TOO_MANY_ERRORS')
    expect(seconds).toBeLessThan(20)
  }, 240_000)

  it('past the cap, later records and files are not checked, and references into them still resolve', () => {
    const dir = tempDir()
    // a.json: s0 depends on s1000, a record after the cap; 600 broken records before it.
    const first = [system(0, {dependsOn: ['s1000']}), ...Array.from({length: 600}, (_, i) => system(i + 1, {level: 'nation'})), system(1000)]
    writeFileSync(join(dir, 'a.json'), JSON.stringify({apiVersion: 'yunwang/v1', kind: 'SystemInventory', systems: first}))
    writeFileSync(join(dir, 'b.json'), JSON.stringify({apiVersion: 'yunwang/v1', kind: 'SystemInventory', systems: [system(2000, {level: 'nation'})]}))
    writeFileSync(join(dir, 'nodes.json'), JSON.stringify(nodes))
    const r = loadInventory([dir], {cwd: dir})
    if (r.ok) throw new Error('expected problems')
    expect(r.problems).toHaveLength(MAX_PROBLEMS + 1)
    expect(r.problems.filter(p => p.code === 'UNKNOWN_SYSTEM')).toEqual([])
    expect(r.problems.slice(0, MAX_PROBLEMS).every(p => p.position.file === 'a.json' && p.code === 'BAD_VALUE')).toBe(true)
    expect(r.problems.at(-1)!.code).toBe('TOO_MANY_ERRORS')
  })

  it('validate says so with exit 2', () => {
    const dir = tempDir()
    const systems = Array.from({length: 2000}, (_, i) => system(i, {level: 'nation'}))
    writeFileSync(join(dir, 'systems.json'), JSON.stringify({apiVersion: 'yunwang/v1', kind: 'SystemInventory', systems}))
    const r = runJson<{errors: Array<{code: string}>}>(['validate', dir])
    expect(r.code).toBe(2)
    expect(r.json.errors).toHaveLength(MAX_PROBLEMS + 1)
    expect(r.json.errors.at(-1)!.code).toBe('TOO_MANY_ERRORS')
  })
})
