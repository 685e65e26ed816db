import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {loadInventory} from '../../src/io/load-inventory.js'
import {ROOT} from '../helpers/run-cli.js'

const fixture = (p: string) => join('test/fixtures/bad', p)

describe('loadInventory', () => {
  it('leaves Object.prototype untouched by __proto__ and constructor keys', () => {
    for (const file of ['proto-keys.yaml', 'proto-keys.json']) {
      const r = loadInventory([fixture(file)], {cwd: ROOT})
      expect(r.ok).toBe(false)
      expect(Object.hasOwn(Object.prototype, 'polluted')).toBe(false)
      expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    }
  })

  it('reports every problem of a file, not only the first', () => {
    const r = loadInventory(['test/fixtures/bad/dangling-refs'], {cwd: ROOT})
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.problems.map(p => p.code)).toEqual(['UNKNOWN_NODE', 'UNKNOWN_NETWORK', 'UNKNOWN_SYSTEM', 'UNKNOWN_NODE'])
  })

  it('names the first definition of a duplicate id with its own position', () => {
    const r = loadInventory(['test/fixtures/bad/duplicate-ids'], {cwd: ROOT})
    if (r.ok) throw new Error('expected problems')
    const [dup] = r.problems
    expect(dup.code).toBe('DUPLICATE_ID')
    expect(dup.related).toMatchObject({file: fixture('duplicate-ids/a-nodes.yaml'), line: 5, column: 10})
  })

  it('gives the same inventory whatever the order of files and records', () => {
    const dir = mkdtempSync(join(tmpdir(), 'yunwang-order-'))
    const header = 'apiVersion: yunwang/v1\nkind: SystemInventory\nsystems:\n'
    const rec = (id: string) => `  - {id: ${id}, name: 系统${id}, department: 省政务办, level: province, region: "320000", hosting: {node: pc}, dependsOn: [${id === 'a' ? 'b' : 'a'}]}\n`
    writeFileSync(join(dir, 'n.yaml'), 'apiVersion: yunwang/v1\nkind: NodeInventory\nnodes: [{id: pc, name: 主节点, type: provincial-cloud}]\n')
    writeFileSync(join(dir, '1.yaml'), header + rec('a') + rec('c'))
    writeFileSync(join(dir, '2.yaml'), header + rec('b'))
    const first = loadInventory([dir], {cwd: dir})
    writeFileSync(join(dir, '1.yaml'), header + rec('b'))
    writeFileSync(join(dir, '2.yaml'), header + rec('c') + rec('a'))
    const second = loadInventory([dir], {cwd: dir})
    if (!first.ok || !second.ok) throw new Error('expected a valid inventory')
    expect(JSON.stringify(second.inventory.systems)).toBe(JSON.stringify(first.inventory.systems))
    expect(first.inventory.systems.map(s => s.id)).toEqual(['a', 'b', 'c'])
  })

  it('never writes to its inputs', () => {
    const before = readFileSync(join(ROOT, fixture('crlf.yaml')))
    loadInventory([fixture('crlf.yaml')], {cwd: ROOT})
    expect(readFileSync(join(ROOT, fixture('crlf.yaml'))).equals(before)).toBe(true)
  })

  it('applies the documented defaults', () => {
    const r = loadInventory(['test/fixtures/inventories/defaults'], {cwd: ROOT})
    if (!r.ok) throw new Error(JSON.stringify(r.problems))
    const s = r.inventory.system.get('bare')!
    expect(s).toMatchObject({classified: false, status: 'in-service', serviceSystem: false, crypto: 'none', disasterRecovery: false, networks: [], dependsOn: [], xinchuang: 'unknown', migration: {strategy: 'rehost'}})
    expect(r.inventory.node.get('pc')).toMatchObject({managed: false, classified: false, dualStack: false, platform: 'x86'})
    expect(r.inventory.network.get('net')).toMatchObject({vertical: false, dualStack: false, prefixes: [], consolidation: {status: 'none'}})
  })
})
