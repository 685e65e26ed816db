// Which inventory a command reads: the paths it is given, else yunwang.yaml's, else ./inventory.
import {cpSync, mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {ROOT, runJson} from '../helpers/run-cli.js'

/** one/ holds the system `bare`; two/ also `extra`, which depends on it. */
function project(): string {
  const d = mkdtempSync(join(tmpdir(), 'yunwang-paths-'))
  cpSync(join(ROOT, 'test/fixtures/inventories/defaults'), join(d, 'one'), {recursive: true})
  cpSync(join(ROOT, 'test/fixtures/inventories/defaults'), join(d, 'two'), {recursive: true})
  writeFileSync(join(d, 'two', 'extra.yaml'), [
    'apiVersion: yunwang/v1',
    'kind: SystemInventory',
    'systems:',
    '  - {id: extra, name: 依赖系统, department: 省政务办, level: province, region: "320000", hosting: {node: pc}, dependsOn: [bare]}',
    '',
  ].join('\n'))
  return d
}

type AdoptionJson = {total: number}
type ImpactJson = {dependents: Array<{id: string}>}

describe('inventory paths', () => {
  it('reads the paths given, over yunwang.yaml', () => {
    const d = project()
    writeFileSync(join(d, 'yunwang.yaml'), 'paths: [two]\n')
    expect(runJson<AdoptionJson>(['adoption', 'one'], {cwd: d}).json.total).toBe(1)
    const impact = runJson<ImpactJson>(['impact', 'bare', 'one'], {cwd: d})
    expect(impact.code).toBe(0)
    expect(impact.json.dependents).toEqual([])
  })

  it('reads the paths of yunwang.yaml when given none', () => {
    const d = project()
    writeFileSync(join(d, 'yunwang.yaml'), 'paths: [two]\n')
    expect(runJson<AdoptionJson>(['adoption'], {cwd: d}).json.total).toBe(2)
    expect(runJson<ImpactJson>(['impact', 'bare'], {cwd: d}).json.dependents.map(x => x.id)).toEqual(['extra'])
  })

  // (validate: see validate.test.ts.) Without yunwang.yaml's paths each would look for ./inventory, which
  // does not exist here (exit 2); check exits 1 on its findings.
  it.each([['ipv6'], ['check'], ['graph', '--format', 'json'], ['plan'], ['report']])('%s reads the paths of yunwang.yaml too', (...args) => {
    const d = project()
    writeFileSync(join(d, 'yunwang.yaml'), 'paths: [two]\n')
    expect(runJson(args, {cwd: d}).code).toBe(args[0] === 'check' ? 1 : 0)
  })

  it('falls back to ./inventory', () => {
    const d = project()
    cpSync(join(d, 'two'), join(d, 'inventory'), {recursive: true})
    expect(runJson<AdoptionJson>(['adoption'], {cwd: d}).json.total).toBe(2)
    expect(runJson<ImpactJson>(['impact', 'bare'], {cwd: d}).json.dependents.map(x => x.id)).toEqual(['extra'])
  })
})
