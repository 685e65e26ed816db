// The Measurements kind as the loader reads it: records sorted, a duplicate (same indicator, month and
// scope) rejected at the second occurrence naming the first, and malformed records placed where they are.
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterEach, describe, expect, it} from 'vitest'
import {loadInventory} from '../../src/io/load-inventory.js'

let dir = ''
afterEach(() => rmSync(dir, {recursive: true, force: true}))

function load(files: Record<string, string>) {
  dir = mkdtempSync(join(tmpdir(), 'yunwang-measure-'))
  writeFileSync(join(dir, 'nodes.yaml'), 'apiVersion: yunwang/v1\nkind: NodeInventory\nnodes:\n  - {id: pc, name: pc, type: provincial-cloud}\n')
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text)
  return loadInventory([dir], {cwd: dir})
}
const HEAD = 'apiVersion: yunwang/v1\nkind: Measurements\nmeasurements:\n'

describe('Measurements', () => {
  it('loads records sorted by indicator, month and scope', () => {
    const r = load({'m.yaml': `${HEAD}  - {indicator: b, period: 2026-02, value: 3}\n  - {indicator: a, period: 2026-02, numerator: 1, denominator: 2, department: 甲}\n  - {indicator: a, period: 2026-01, value: 0.5}\n`})
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.inventory.measurements.map(m => [m.indicator, m.period, m.department ?? m.region ?? ''])).toEqual([['a', '2026-01', ''], ['a', '2026-02', '甲'], ['b', '2026-02', '']])
    expect(r.inventory.measurements[0].at).toEqual({file: 'm.yaml', pointer: '/measurements/2'})
  })

  it('rejects a duplicate at its second occurrence, across files, naming the first', () => {
    const r = load({
      'a.yaml': `${HEAD}  - {indicator: a, period: 2026-01, value: 0.5, region: "320100"}\n  - {indicator: a, period: 2026-01, value: 0.6}\n`,
      'b.yaml': `${HEAD}  - {indicator: a, period: 2026-02, value: 0.7, region: "320100"}\n  - {indicator: a, period: 2026-01, value: 0.9, region: "320100"}\n`,
    })
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.problems.map(p => [p.code, p.position.file, p.position.line, p.related?.file, p.related?.line])).toEqual([['DUPLICATE_MEASUREMENT', 'b.yaml', 5, 'a.yaml', 4]])
  })

  it('places a record with both forms of the figure, or both scopes, and a bad month', () => {
    const r = load({'m.yaml': `${HEAD}  - {indicator: a, period: 2026-01, value: 0.5, numerator: 1, denominator: 2}\n  - {indicator: a, period: 2026-02, numerator: 1}\n  - {indicator: a, period: 2026-03, value: 1, department: 甲, region: "320100"}\n  - {indicator: a, period: 2026-13, value: 1}\n`})
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.problems.map(p => [p.code, p.position.line, p.position.pointer])).toEqual([
      ['MEASUREMENT_SHAPE', 4, '/measurements/0'],
      ['MEASUREMENT_SHAPE', 5, '/measurements/1'],
      ['MEASUREMENT_SCOPE', 6, '/measurements/2/region'],
      ['BAD_VALUE', 7, '/measurements/3/period'],
    ])
  })
})
