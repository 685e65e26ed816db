import {describe, expect, it} from 'vitest'
import {runCli, runJson} from '../helpers/run-cli.js'

interface ValidateJson {
  ok: boolean
  counts: {systems: number; nodes: number; networks: number}
  errors: Array<{file: string; line: number; column: number; pointer: string; code: string}>
}

describe('validate', () => {
  it('reports a typo at the field, a dangling reference at the reference, and a duplicate at the second occurrence', () => {
    const r = runJson<ValidateJson>(['validate', 'test/fixtures/inventories/mistakes'])
    expect(r.code).toBe(2)
    expect(r.json.ok).toBe(false)
    const at = (code: string) => r.json.errors.filter(e => e.code === code).map(e => `${e.file}:${e.line}:${e.column} ${e.pointer}`)
    expect(at('UNKNOWN_FIELD')).toEqual(['test/fixtures/inventories/mistakes/systems.yaml:9:5 /systems/0/clasified'])
    expect(at('UNKNOWN_NODE')).toEqual(['test/fixtures/inventories/mistakes/systems.yaml:10:21 /systems/0/hosting/node'])
    expect(at('DUPLICATE_ID')).toEqual(['test/fixtures/inventories/mistakes/nodes.yaml:6:10 /nodes/2/id'])
  })

  it('prints one file:line:col line per problem and no stack trace', () => {
    const r = runCli(['validate', 'test/fixtures/inventories/mistakes'])
    expect(r.code).toBe(2)
    const lines = r.stdout.split('\n').filter(l => /^\S+:\d+:\d+: /.test(l))
    expect(lines.length).toBeGreaterThanOrEqual(3)
    expect(r.stdout + r.stderr).not.toMatch(/\n\s+at .+\(.*:\d+:\d+\)/)
  })
})
