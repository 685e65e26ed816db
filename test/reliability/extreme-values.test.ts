// Values at the edges of what the formats allow: a plan that would run past 9999-12-31 must stop
// with a usage error (exit 2) instead of printing dates like "+010000-01".
import {cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {addDays} from '../../src/core/dates.js'
import {YunwangError} from '../../src/core/errors.js'
import {loadInventory} from '../../src/io/load-inventory.js'
import {ROOT, runCli, runJson} from '../helpers/run-cli.js'

const dirs: string[] = []
afterAll(() => {
  for (const d of dirs) rmSync(d, {recursive: true, force: true})
})

describe('dates at the end of the calendar', () => {
  it('addDays reaches 9999-12-31 and refuses to go past it', () => {
    expect(addDays('9999-12-30', 1)).toBe('9999-12-31')
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01')
    let caught: unknown
    try {
      addDays('9999-12-31', 1)
    } catch (error) {
      caught = error
    }
    expect(caught).toBeInstanceOf(YunwangError)
    expect((caught as YunwangError).code).toBe('DATE_OUT_OF_RANGE')
  })

  it('plan --start 9999-12-31 is a usage error, in JSON and in words, with no malformed date', () => {
    const r = runJson<{error: {code: string}}>(['plan', 'examples/jiangsu', '--start', '9999-12-31'])
    expect(r.code).toBe(2)
    expect(r.json.error.code).toBe('DATE_OUT_OF_RANGE')
    const h = runCli(['plan', 'examples/jiangsu', '--start', '9999-12-31', '--format', 'csv'])
    expect(h.code).toBe(2)
    expect(h.stdout).toBe('')
    expect(h.stderr).not.toMatch(/\+0\d{5}|\n\s+at /)
  })

  it('a PlanConfig that starts in 9999 is refused the same way', () => {
    const dir = mkdtempSync(join(tmpdir(), 'yw-far-'))
    dirs.push(dir)
    cpSync(join(ROOT, 'examples/jiangsu'), dir, {recursive: true})
    const plan = join(dir, 'plan.yaml')
    writeFileSync(plan, readFileSync(plan, 'utf8').replace(/^start: .*$/m, 'start: 9999-12-01'))
    const r = runJson<{error: {code: string}}>(['plan', dir])
    expect(r.code).toBe(2)
    expect(r.json.error.code).toBe('DATE_OUT_OF_RANGE')
  })
})

describe('numbers and dates bounded by what they can mean', () => {
  const project = (files: Record<string, string>) => {
    const dir = mkdtempSync(join(tmpdir(), 'yw-extreme-'))
    dirs.push(dir)
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text)
    return dir
  }
  const problems = (dir: string) => {
    const r = loadInventory([dir], {cwd: dir})
    return r.ok ? [] : r.problems.map(p => [p.code, p.position.file, p.position.pointer, p.position.line, p.position.column])
  }
  const nodes = (capacity: string) => `apiVersion: yunwang/v1\nkind: NodeInventory\nnodes:\n  - {id: pc, name: 省政务云, type: provincial-cloud, region: "320000", capacity: ${capacity}}\n`
  const systems = (resources: string) => `apiVersion: yunwang/v1\nkind: SystemInventory\nsystems:\n  - {id: s1, name: 系统, department: 省甲厅, level: province, region: "320000", hosting: {node: pc}, resources: ${resources}}\n`

  it('refuses resources near Number.MAX_VALUE, each at its value', () => {
    const nodeText = nodes('{vcpu: 1.7e308, memoryGiB: 1.7e308, storageTiB: 1.7e308}')
    const systemText = systems('{vcpu: 1.7e308, memoryGiB: 1e9, storageTiB: 1e8}')
    const dir = project({'nodes.yaml': nodeText, 'systems.yaml': systemText})
    // Columns of each value on line 4, in characters.
    const col = (text: string, key: string) => {
      const line = text.split('\n')[3]
      return [...line.slice(0, line.indexOf(`${key}: `) + key.length + 2)].length + 1
    }
    expect(problems(dir)).toEqual([
      ['OUT_OF_RANGE', 'nodes.yaml', '/nodes/0/capacity/vcpu', 4, col(nodeText, 'vcpu')],
      ['OUT_OF_RANGE', 'nodes.yaml', '/nodes/0/capacity/memoryGiB', 4, col(nodeText, 'memoryGiB')],
      ['OUT_OF_RANGE', 'nodes.yaml', '/nodes/0/capacity/storageTiB', 4, col(nodeText, 'storageTiB')],
      ['OUT_OF_RANGE', 'systems.yaml', '/systems/0/resources/vcpu', 4, col(systemText, 'vcpu')],
      ['OUT_OF_RANGE', 'systems.yaml', '/systems/0/resources/memoryGiB', 4, col(systemText, 'memoryGiB')],
      ['OUT_OF_RANGE', 'systems.yaml', '/systems/0/resources/storageTiB', 4, col(systemText, 'storageTiB')],
    ])
  })

  it('accepts the largest resources a node can have', () => {
    const dir = project({
      'nodes.yaml': nodes('{vcpu: 10000000, memoryGiB: 100000000, storageTiB: 10000000}'),
      'systems.yaml': systems('{vcpu: 10000000, memoryGiB: 100000000, storageTiB: 10000000}'),
    })
    expect(problems(dir)).toEqual([])
  })

  it('refuses plan limits and pinned waves past their maxima', () => {
    const dir = project({
      'plan.yaml': 'apiVersion: yunwang/v1\nkind: PlanConfig\nstart: 2027-01-04\nmaxSystemsPerWave: 1e300\nmaxVcpuPerWave: 1.7e308\n',
    })
    expect(problems(dir).map(p => p[2])).toEqual(['/maxSystemsPerWave', '/maxVcpuPerWave'])
  })

  it('refuses inventory dates before 1900-01-01 as BAD_DATE', () => {
    const dir = project({'plan.yaml': 'apiVersion: yunwang/v1\nkind: PlanConfig\nstart: 0000-01-03\n'})
    expect(problems(dir)).toEqual([['BAD_DATE', 'plan.yaml', '/start', 3, 8]])
  })

  it('--as-of before 1900-01-01 is a flag error (exit 2), as is --start', () => {
    for (const args of [['adoption', 'examples/jiangsu', '--as-of', '0000-01-01'], ['plan', 'examples/jiangsu', '--start', '1899-12-31']]) {
      const r = runJson<{error: {code: string}}>(args)
      expect(r.code).toBe(2)
      expect(r.json.error.code).toBe('BAD_FLAG')
    }
  })

  it('a plan starting on 1900-01-01 with one system per wave has well-formed dates', () => {
    const r = runJson<{waves: Array<{start: string; end: string}>}>(['plan', 'examples/jiangsu', '--start', '1900-01-01', '--max-systems-per-wave', '1', '--as-of', '1900-01-01'])
    expect(r.code).toBe(0)
    expect(r.json.waves.length).toBeGreaterThan(100)
    expect(r.json.waves.every(w => /^\d{4}-\d{2}-\d{2}$/.test(w.start) && /^\d{4}-\d{2}-\d{2}$/.test(w.end) && w.start >= '1900-01-01')).toBe(true)
  })
})
