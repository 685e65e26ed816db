// oclif's own usage errors (unknown flag, bad value, missing argument) as yunwang errors: a stable code,
// the flag and value as data, one line in zh or en, and a whole message under --json.
import {describe, expect, it} from 'vitest'
import {runCli, runJson} from '../helpers/run-cli.js'

type ErrorJson = {error: {code: string; message: string; exitCode: number; flag?: string; value?: string; flags?: string[]; args?: string[]; options?: string[]; suggestion?: string}}

const INV = 'examples/jiangsu'

const cases: Array<{name: string; argv: string[]; code: string; data: Partial<ErrorJson['error']>}> = [
  {name: 'a value that is not an integer', argv: ['plan', INV, '--wave-days', 'abc'], code: 'BAD_FLAG', data: {flag: 'wave-days', value: 'abc'}},
  {name: 'an integer out of range', argv: ['plan', INV, '--wave-days', '0'], code: 'BAD_FLAG', data: {flag: 'wave-days', value: '0'}},
  {name: 'a value not among the options', argv: ['adoption', INV, '--by', 'nothing'], code: 'BAD_FLAG', data: {flag: 'by', value: 'nothing', options: ['department', 'region', 'city', 'level', 'node-type']}},
  {name: 'a bad --lang', argv: ['validate', INV, '--lang', 'fr'], code: 'BAD_FLAG', data: {flag: 'lang', value: 'fr', options: ['zh', 'en']}},
  {name: 'a flag without its value', argv: ['plan', INV, '--wave-days'], code: 'BAD_FLAG', data: {flag: 'wave-days'}},
  {name: 'an unknown flag', argv: ['validate', INV, '--no-such-flag'], code: 'UNKNOWN_FLAG', data: {flags: ['--no-such-flag']}},
  {name: 'a misspelt flag', argv: ['plan', INV, '--wave-dayz', '5'], code: 'UNKNOWN_FLAG', data: {flags: ['--wave-dayz'], suggestion: '--wave-days'}},
  {name: 'a missing argument', argv: ['impact'], code: 'MISSING_ARGUMENT', data: {args: ['id']}},
  {name: 'an argument too many', argv: ['init', 'a', 'b'], code: 'UNEXPECTED_ARGUMENT', data: {args: ['b']}},
]

describe.each(cases)('$name', ({argv, code, data}) => {
  it('is a coded error with its data, exit 2, and a whole one-line message', () => {
    const r = runJson<ErrorJson>(argv)
    expect(r.code).toBe(2)
    expect(r.json.error.code).toBe(code)
    expect(r.json.error.exitCode).toBe(2)
    expect(r.json.error).toMatchObject(data)
    expect(r.json.error.message).not.toMatch(/\n/)
    for (const v of Object.values(data).flat()) expect(r.json.error.message).toContain(v)
  })

  it('prints one line on stderr, different in zh and en', () => {
    const en = runCli(argv, {env: {LANG: 'en_US.UTF-8'}})
    const zh = runCli(argv, {env: {LANG: 'zh_CN.UTF-8'}})
    for (const r of [en, zh]) {
      expect(r.code).toBe(2)
      expect(r.stdout).toBe('')
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1)
    }
    expect(zh.stderr).not.toBe(en.stderr)
    expect(zh.stderr).toMatch(/[\u4e00-\u9fff]/)
  })
})
