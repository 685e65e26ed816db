// Every `warnings` array of every command's --json output has one shape: {code, message, ...data}, with a
// stable upper-case code and the facts of the warning as fields of their own.
import {describe, expect, it} from 'vitest'
import {outputErrors} from '../helpers/output-schema.js'
import {runJson} from '../helpers/run-cli.js'

type Warning = Record<string, unknown>
const AS_OF = ['--as-of', '2025-06-30']

const runs: Array<[string, string[], string[]]> = [
  ['adoption', ['adoption', 'test/fixtures/graph/empty', ...AS_OF], ['EMPTY_SCOPE']],
  ['ipv6', ['ipv6', 'test/fixtures/graph/empty', ...AS_OF], ['EMPTY_SCOPE']],
  ['plan', ['plan', 'test/fixtures/graph/empty', ...AS_OF], ['EMPTY_SCOPE', 'TARGET_PASSED']],
  ['plan', ['plan', 'test/fixtures/plan/oversize', ...AS_OF], ['OVERSIZE_GROUP']],
]

describe.each(runs)('%s %j', (command, argv, expected) => {
  it('lists warnings as {code, message, ...data}, and its output schema says so', () => {
    const r = runJson<{warnings: Warning[]}>(argv)
    expect(r.code).toBe(0)
    expect(r.json.warnings.map(w => w.code)).toEqual(expect.arrayContaining(expected))
    for (const w of r.json.warnings) {
      expect(Object.keys(w).slice(0, 2)).toEqual(['code', 'message'])
      expect(w.code).toMatch(/^[A-Z][A-Z0-9_]*$/)
      expect(typeof w.message).toBe('string')
      expect(w.message).not.toBe('')
      expect(w).not.toHaveProperty('data')
    }
    expect(outputErrors(command, r.json)).toEqual([])
  })
})

it('a plan warning carries its facts at the top level', () => {
  const r = runJson<{warnings: Warning[]}>(['plan', 'test/fixtures/plan/oversize', ...AS_OF])
  expect(r.json.warnings.filter(w => w.code === 'OVERSIZE_GROUP').map(w => [w.subject, w.wave])).toEqual([['big', 1], ['z', 3]])
})
