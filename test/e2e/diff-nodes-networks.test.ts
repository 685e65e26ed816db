// `diff` beyond systems: nodes and networks added, removed and changed, in --json and in Markdown.
import {cpSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {outputErrors} from '../helpers/output-schema.js'
import {runInProcess, runJsonInProcess} from '../helpers/run-in-process.js'

interface Records {
  added: string[]
  removed: string[]
  changed: Array<{id: string; fields: string[]}>
}
interface DiffJson {
  nodes: Records & {classified: number}
  networks: Records & {classified: number}
}

const networks = (lines: string[]) => ['apiVersion: yunwang/v1', 'kind: NetworkInventory', 'networks:', ...lines, ''].join('\n')
let dir = ''
let OLD = ''
let NEW = ''
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'yunwang-diff-nn-'))
  OLD = join(dir, 'old')
  NEW = join(dir, 'new')
  cpSync('test/fixtures/diff/old', OLD, {recursive: true})
  cpSync('test/fixtures/diff/new', NEW, {recursive: true})
  writeFileSync(join(OLD, 'networks.yaml'), networks([
    '  - {id: net-a, name: 部门专网甲, type: private, consolidation: {status: none}}',
    '  - {id: net-gone, name: 已撤销专网, type: private}',
  ]))
  writeFileSync(join(NEW, 'networks.yaml'), networks([
    '  - {id: net-a, name: 部门专网甲, type: private, dualStack: true, consolidation: {status: done}}',
    '  - {id: net-new, name: 新专网, type: private}',
  ]))
})
afterAll(() => rmSync(dir, {recursive: true, force: true}))

const AS_OF = ['--as-of', '2026-01-01']

describe('diff: nodes and networks', () => {
  it('lists nodes and networks added, removed and changed in --json; a classified node is counted, not named', async () => {
    const r = await runJsonInProcess<DiffJson>(['diff', OLD, NEW, ...AS_OF])
    expect(r.code).toBe(0)
    // city-b became managed; secret-room-2 (classified) is new.
    expect(r.json.nodes).toEqual({added: [], removed: [], changed: [{id: 'city-b', fields: ['managed']}], classified: 1})
    expect(r.json.networks).toEqual({added: ['net-new'], removed: ['net-gone'], changed: [{id: 'net-a', fields: ['consolidation', 'dualStack']}], classified: 0})
    expect(outputErrors('diff', r.json)).toEqual([])
    const all = await runJsonInProcess<DiffJson>(['diff', OLD, NEW, ...AS_OF, '--include-classified'])
    expect(all.json.nodes).toEqual({added: ['secret-room-2'], removed: [], changed: [{id: 'city-b', fields: ['managed']}], classified: 0})
  })

  it('prints node and network sections in Markdown without naming classified nodes', async () => {
    const md = await runInProcess(['diff', OLD, NEW, ...AS_OF, '--format', 'markdown', '--lang', 'en'])
    expect(md.code).toBe(0)
    expect(md.stdout).toContain('### Nodes changed (1)')
    expect(md.stdout).toContain('| city-b | 徐州市政务云 | managed: false → true |')
    expect(md.stdout).toContain('### Networks added (1)')
    expect(md.stdout).toContain('| net-a | 部门专网甲 | consolidation: status=none → status=done; dualStack: false → true |')
    expect(md.stdout).toContain('Classified nodes (not named; --include-classified lists them): 1')
    expect(md.stdout).not.toContain('secret-room-2')
    const table = await runInProcess(['diff', OLD, NEW, ...AS_OF, '--lang', 'zh'])
    expect(table.stdout).toContain('节点变化（1）')
    expect(table.stdout).not.toContain('secret-room-2')
  })
})
