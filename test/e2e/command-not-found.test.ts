import {describe, expect, it} from 'vitest'
import {runCli, runJson} from '../helpers/run-cli.js'

type ErrorJson = {error: {code: string; exitCode: number; suggestion?: string; message: string}}

describe('a mistyped command', () => {
  it('gets the nearest command as a suggestion, exit 2, without asking', () => {
    const r = runJson<ErrorJson>(['adoptoin'], {timeout: 20_000})
    expect(r.code).toBe(2)
    expect(r.json.error.code).toBe('UNKNOWN_COMMAND')
    expect(r.json.error.exitCode).toBe(2)
    expect(r.json.error.suggestion).toBe('adoption')
    expect(r.json.error.message).toContain('adoption')
  })

  it('prints one line on stderr in either language, nothing on stdout', () => {
    for (const lang of ['en', 'zh']) {
      const r = runCli(['adoptoin', '--lang', lang], {timeout: 20_000})
      expect(r.code).toBe(2)
      expect(r.stdout).toBe('')
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1)
      expect(r.stderr).toContain('adoption')
    }
    const zh = runCli(['adoptoin'], {env: {LANG: 'zh_CN.UTF-8'}})
    const en = runCli(['adoptoin'], {env: {LANG: 'en_US.UTF-8'}})
    expect(zh.stderr).not.toBe(en.stderr)
    expect(zh.stderr).toBe(runCli(['adoptoin', '--lang', 'zh']).stderr)
  })

  it('offers nothing when no command is close', () => {
    const r = runJson<ErrorJson>(['xyzzy'])
    expect(r.code).toBe(2)
    expect(r.json.error.code).toBe('UNKNOWN_COMMAND')
    expect(r.json.error.suggestion).toBeUndefined()
  })
})
