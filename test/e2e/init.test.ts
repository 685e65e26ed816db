import {mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, posix} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {outputErrors} from '../helpers/output-schema.js'
import {ROOT, runCli, runJson} from '../helpers/run-cli.js'

const dirs: string[] = []
const tmp = () => {
  const d = mkdtempSync(join(tmpdir(), 'yw-init-'))
  dirs.push(d)
  return d
}
afterAll(() => {
  for (const d of dirs) rmSync(d, {recursive: true, force: true})
})

const SCHEMAS = ['common', 'network-inventory', 'node-inventory', 'plan-config', 'project-config', 'system-inventory'].map(s => `.yunwang/schemas/${s}.schema.json`)
const FILES = [...SCHEMAS, 'inventory/networks.yaml', 'inventory/nodes.yaml', 'inventory/plan.yaml', 'inventory/systems.yaml', 'yunwang.yaml']
const YAML_FILES = FILES.filter(f => f.endsWith('.yaml'))

describe('init', () => {
  it('writes a starter that validate, run there with no paths, accepts', () => {
    const dir = tmp()
    const r = runJson<{dir: string; files: string[]}>(['init', 'starter'], {cwd: dir})
    expect(r.code).toBe(0)
    expect(r.json.files).toEqual(FILES.map(f => join('starter', f)))
    expect(outputErrors('init', r.json)).toEqual([])
    const v = runJson<{ok: boolean; counts: Record<string, number>}>(['validate'], {cwd: join(dir, 'starter')})
    expect(v.code).toBe(0)
    expect(v.json.ok).toBe(true)
    expect(v.json.counts).toEqual({systems: 4, nodes: 3, networks: 3})
    for (const f of YAML_FILES) {
      const first = readFileSync(join(dir, 'starter', f), 'utf8').split('\n')[0]
      expect(first).toMatch(/^# yaml-language-server: \$schema=\S+\.schema\.json$/)
    }
  })

  it('writes $schema paths inside the project, the same on every machine, to schemas it copies there', () => {
    const dir = tmp()
    expect(runJson(['init', 'a/b/starter'], {cwd: dir}).code).toBe(0)
    const root = join(dir, 'a', 'b', 'starter')
    for (const f of YAML_FILES) {
      const target = /\$schema=(\S+)/.exec(readFileSync(join(root, f), 'utf8'))?.[1] ?? ''
      expect(posix.normalize(posix.join(posix.dirname(f), target))).toMatch(/^\.yunwang\/schemas\/[a-z-]+\.schema\.json$/)
      expect(readFileSync(join(root, posix.dirname(f), target), 'utf8')).toBe(readFileSync(join(ROOT, 'schemas', posix.basename(target)), 'utf8'))
    }
  })

  it('leaves the language to each user: yunwang.yaml sets no lang, whatever the creator\'s locale', () => {
    const dir = tmp()
    expect(runJson(['init', 'starter'], {cwd: dir, env: {LANG: 'zh_CN.UTF-8'}}).code).toBe(0)
    expect(readFileSync(join(dir, 'starter', 'yunwang.yaml'), 'utf8')).not.toMatch(/^\s*lang:/m)
    const r = runJson<{error: {code: string; message: string}}>(['impact', 'no-such-system'], {cwd: join(dir, 'starter'), env: {LANG: 'en_US.UTF-8'}})
    expect(r.json.error.code).toBe('NOT_FOUND_ID')
    expect(r.json.error.message).toMatch(/^[\x20-\x7e]+$/)
  })

  it('writes a PlanConfig that starts on the first Monday from the evaluation date, so its plan is not in the past', () => {
    const dir = tmp()
    expect(runJson(['init', 'starter', '--as-of', '2026-12-02'], {cwd: dir}).code).toBe(0)
    const plan = readFileSync(join(dir, 'starter', 'inventory', 'plan.yaml'), 'utf8')
    expect(plan).toMatch(/^start: 2026-12-07\b/m)
    expect(plan).toMatch(/\{from: 2027-10-01, to: 2027-10-07/)
    const r = runJson<{warnings: Array<{code: string}>; waves: unknown[]}>(['plan', '--as-of', '2026-12-02'], {cwd: join(dir, 'starter')})
    expect(r.code).toBe(0)
    expect(r.json.warnings.map(w => w.code)).not.toContain('START_IN_PAST')
  })

  it.each([
    ['bad YAML', 'paths: [inventory\nlang: zh\n'],
    ['a schema error', 'paths: 3\nlang: klingon\n'],
    ['a path outside the project', 'paths: [/]\n'],
  ])('repairs a yunwang.yaml with %s with --force', (_, broken) => {
    const dir = tmp()
    writeFileSync(join(dir, 'yunwang.yaml'), broken)
    expect(runJson(['validate'], {cwd: dir}).code).toBe(2)
    const refused = runJson<{error: {code: string}}>(['init'], {cwd: dir})
    expect(refused.code).toBe(2)
    expect(refused.json.error.code).toBe('WRITE_EXISTS')
    expect(readFileSync(join(dir, 'yunwang.yaml'), 'utf8')).toBe(broken)
    expect(runJson(['init', '--force'], {cwd: dir}).code).toBe(0)
    expect(runJson(['validate'], {cwd: dir}).code).toBe(0)
  })

  it('writes into the working directory by default, and never overwrites without --force', () => {
    const dir = tmp()
    writeFileSync(join(dir, 'yunwang.yaml'), 'paths: [mine]\n')
    const r = runJson<{error: {code: string}}>(['init'], {cwd: dir, env: {}})
    expect(r.code).toBe(2)
    expect(r.json.error.code).toBe('WRITE_EXISTS')
    expect(readdirSync(dir)).toEqual(['yunwang.yaml'])
    expect(readFileSync(join(dir, 'yunwang.yaml'), 'utf8')).toBe('paths: [mine]\n')
    expect(runCli(['init', '--force'], {cwd: dir}).code).toBe(0)
    expect(runCli(['validate'], {cwd: dir}).code).toBe(0)
  })
})
