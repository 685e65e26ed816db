import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {loadInventory} from '../../src/io/load-inventory.js'

const NODES = 'apiVersion: yunwang/v1\nkind: NodeInventory\nnodes:\n  - {id: pc, name: 主节点, type: provincial-cloud, region: "320000"}\n  - {id: dr, name: 灾备, type: provincial-cloud, role: dr, region: "320800"}\n'

function load(systems: string) {
  const dir = mkdtempSync(join(tmpdir(), 'yunwang-sec-'))
  writeFileSync(join(dir, 'nodes.yaml'), NODES)
  writeFileSync(join(dir, 'systems.yaml'), `apiVersion: yunwang/v1\nkind: SystemInventory\nsystems:\n${systems}`)
  return loadInventory([dir], {cwd: dir})
}
const sys = (extra: string) => `  - id: a\n    name: 甲\n    department: 省甲厅\n    level: province\n    region: "320000"\n    hosting: {node: pc}\n${extra}`

describe('System security and shared-platform fields', () => {
  it('applies defaults: no roles, not cii, no DR, no assessment dates', () => {
    const r = load(sys(''))
    if (!r.ok) throw new Error(JSON.stringify(r.problems))
    const s = r.inventory.system.get('a')!
    expect([s.provides, s.cii, s.disasterRecovery, s.disasterRecoveryNode, s.mlpsAssessed, s.cryptoAssessed]).toEqual([[], false, false, undefined, undefined, undefined])
  })

  it('reads disasterRecovery {node} as having DR at that node, and keeps the roles as written', () => {
    const r = load(sys('    disasterRecovery: {node: dr}\n    provides: [identity, data-exchange]\n    cii: true\n    mlpsAssessed: 2026-01-31\n    cryptoAssessed: 2025-12-01\n'))
    if (!r.ok) throw new Error(JSON.stringify(r.problems))
    const s = r.inventory.system.get('a')!
    expect([s.provides, s.cii, s.disasterRecovery, s.disasterRecoveryNode, s.mlpsAssessed, s.cryptoAssessed]).toEqual([['identity', 'data-exchange'], true, true, 'dr', '2026-01-31', '2025-12-01'])
  })

  it('places a DR node that does not resolve at the reference, with the nearest id', () => {
    const r = load(sys('    disasterRecovery: {node: dx}\n'))
    if (r.ok) throw new Error('expected a problem')
    expect(r.problems.map(p => [p.code, p.position.line, p.position.column, p.position.pointer, p.data.near])).toEqual([['UNKNOWN_NODE', 10, 30, '/systems/0/disasterRecovery/node', 'dr']])
  })

  it('refuses dates out of range, {nodes} for {node} under disasterRecovery and a malformed role', () => {
    const r = load(sys('    mlpsAssessed: 1899-12-31\n    cryptoAssessed: 2026-02-30\n    disasterRecovery: {nodes: dr}\n    provides: [Identity]\n'))
    if (r.ok) throw new Error('expected problems')
    expect(r.problems.map(p => [p.code, p.position.line, p.position.pointer])).toEqual([
      ['BAD_DATE', 10, '/systems/0/mlpsAssessed'],
      ['BAD_DATE', 11, '/systems/0/cryptoAssessed'],
      ['MISSING_FIELD', 12, '/systems/0/disasterRecovery'],
      ['UNKNOWN_FIELD', 12, '/systems/0/disasterRecovery/nodes'],
      ['BAD_VALUE', 13, '/systems/0/provides/0'],
    ])
  })
})
