import {cpSync, mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {ROOT, runCli} from '../helpers/run-cli.js'
import {runInProcess, runJsonInProcess} from '../helpers/run-in-process.js'
import {outputErrors} from '../helpers/output-schema.js'

interface ValidateJson {
  ok: boolean
  counts: {systems: number; nodes: number; networks: number}
  errors: Array<{file: string; line: number; column: number; pointer: string; code: string}>
}

describe('validate', () => {
  it('reports a typo at the field, a dangling reference at the reference, and a duplicate at the second occurrence', async () => {
    const r = await runJsonInProcess<ValidateJson>(['validate', 'test/fixtures/inventories/mistakes'])
    expect(r.code).toBe(2)
    expect(r.json.ok).toBe(false)
    const at = (code: string) => r.json.errors.filter(e => e.code === code).map(e => `${e.file}:${e.line}:${e.column} ${e.pointer}`)
    expect(at('UNKNOWN_FIELD')).toEqual(['test/fixtures/inventories/mistakes/systems.yaml:9:5 /systems/0/clasified'])
    expect(at('UNKNOWN_NODE')).toEqual(['test/fixtures/inventories/mistakes/systems.yaml:10:21 /systems/0/hosting/node'])
    expect(at('DUPLICATE_ID')).toEqual(['test/fixtures/inventories/mistakes/nodes.yaml:6:10 /nodes/2/id'])
  })

  it('prints one file:line:col line per problem and no stack trace', async () => {
    // Spawned: the real binary's exit status, and no stack trace reaching the user.
    const r = runCli(['validate', 'test/fixtures/inventories/mistakes'])
    expect(r.code).toBe(2)
    const lines = r.stdout.split('\n').filter(l => /^\S+:\d+:\d+: /.test(l))
    expect(lines.length).toBeGreaterThanOrEqual(3)
    expect(r.stdout + r.stderr).not.toMatch(/\n\s+at .+\(.*:\d+:\d+\)/)
  })
})

describe('validate on the bundled example', () => {
  it('is clean, with the counts', async () => {
    const r = await runJsonInProcess<ValidateJson>(['validate', 'examples/jiangsu'])
    expect(r.code).toBe(0)
    expect(r.json).toMatchObject({ok: true, counts: {systems: 316, nodes: 31, networks: 14}, errors: []})
  })
})

describe('paths, language and flags', () => {
  const dir = () => {
    const d = mkdtempSync(join(tmpdir(), 'yunwang-cwd-'))
    cpSync(join(ROOT, 'test/fixtures/inventories/defaults'), join(d, 'inv'), {recursive: true})
    return d
  }

  it('reads paths from yunwang.yaml when given none', async () => {
    const d = dir()
    writeFileSync(join(d, 'yunwang.yaml'), 'paths: [inv]\n')
    const r = await runJsonInProcess<ValidateJson>(['validate'], {cwd: d})
    expect(r.code).toBe(0)
    expect(r.json.counts.systems).toBe(1)
  })

  it('falls back to ./inventory', async () => {
    const d = dir()
    cpSync(join(d, 'inv'), join(d, 'inventory'), {recursive: true})
    expect((await runJsonInProcess<ValidateJson>(['validate'], {cwd: d})).json.counts.systems).toBe(1)
  })

  it('places a mistake in yunwang.yaml like any other', async () => {
    const d = dir()
    writeFileSync(join(d, 'yunwang.yaml'), 'paths: [inv]\npolcy: jiangsu\n')
    const r = await runJsonInProcess<{error: {code: string; errors: Array<{code: string; file: string; line: number; column: number}>}}>(['validate'], {cwd: d})
    expect(r.code).toBe(2)
    expect(r.json.error.errors[0]).toMatchObject({code: 'UNKNOWN_FIELD', file: 'yunwang.yaml', line: 2, column: 1})
  })

  it('speaks Chinese when LANG is zh_CN, and --lang overrides it', async () => {
    const zh = await runInProcess(['validate', 'test/fixtures/bad/unknown-field.yaml'], {env: {LANG: 'zh_CN.UTF-8'}})
    expect(zh.stdout).toContain('未知字段')
    const en = await runInProcess(['validate', 'test/fixtures/bad/unknown-field.yaml', '--lang', 'en'], {env: {LANG: 'zh_CN.UTF-8'}})
    expect(en.stdout).toContain('unknown field')
  })

  it('rejects a bad --as-of and an unknown flag with exit 2 and no stack trace', async () => {
    for (const [args, code] of [[['validate', 'examples/jiangsu', '--as-of', '2025-02-30'], 'BAD_FLAG'], [['validate', 'examples/jiangsu', '--no-such-flag'], 'UNKNOWN_FLAG']] as const) {
      // Spawned: the real binary's exit status, and no stack trace reaching the user.
      const r = runCli([...args])
      expect(r.code).toBe(2)
      expect(r.stderr).not.toMatch(/\n\s+at /)
      const j = await runJsonInProcess<{error: {code: string}}>([...args])
      expect(j.json.error.code).toBe(code)
    }
  })
})

describe('validate --json output schema', () => {
  it('holds for a valid and an invalid inventory', async () => {
    for (const path of ['examples/jiangsu', 'test/fixtures/inventories/mistakes']) {
      expect(outputErrors('validate', (await runJsonInProcess(['validate', path])).json)).toEqual([])
    }
  })
})
