import {describe, expect, it} from 'vitest'
import {runCli} from '../helpers/run-cli.js'

describe('a mistyped command', () => {
  it('gets the nearest command as a suggestion, exit 2, one line on stderr, without asking', () => {
    for (const argv of [['adoptoin'], ['adoptoin', 'examples/jiangsu', '--json'], ['plna', 'examples/jiangsu']]) {
      const r = runCli(argv, {timeout: 20_000})
      expect(r.code).toBe(2)
      expect(r.stdout).toBe('')
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1)
      expect(r.stderr).toContain(argv[0] === 'plna' ? '"plan"' : '"adoption"')
      expect(r.stderr).not.toContain('examples/jiangsu')
    }
  })

  it('speaks zh and en, by --lang or the environment', () => {
    const zh = runCli(['adoptoin'], {env: {LANG: 'zh_CN.UTF-8'}})
    const en = runCli(['adoptoin'], {env: {LANG: 'en_US.UTF-8'}})
    expect(zh.stderr).not.toBe(en.stderr)
    expect(zh.stderr).toMatch(/[\u4e00-\u9fff]/)
    expect(runCli(['adoptoin', '--lang', 'zh']).stderr).toBe(zh.stderr)
    expect(runCli(['adoptoin', '--lang=en'], {env: {LANG: 'zh_CN.UTF-8'}}).stderr).toBe(en.stderr)
  })

  it('offers nothing when no command is close', () => {
    const r = runCli(['xyzzy'])
    expect(r.code).toBe(2)
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1)
    expect(r.stderr).toContain('xyzzy')
    expect(r.stderr).not.toMatch(/"(adoption|check|diff|graph|impact|import|init|ipv6|plan|report|validate)"/)
  })
})
