import {execFileSync} from 'node:child_process'
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {YunwangError} from '../../src/core/errors.js'
import {RULES} from '../../src/core/rules/registry.js'
import {loadPolicy} from '../../src/io/load-policy.js'
import {ROOT} from '../helpers/run-cli.js'

describe('loadPolicy', () => {
  it('loads the shipped pack with every implemented rule and its two declarative ones, enabled', () => {
    const p = loadPolicy(undefined, ROOT)
    expect(p.id).toBe('jiangsu')
    expect(p.rules.map(r => r.id)).toEqual([...Object.keys(RULES), 'DATA-001', 'SVC-003'].sort())
    expect(p.rules.every(r => r.enabled && r.subject === (r.provider ? 'system' : RULES[r.id].subject))).toBe(true)
    expect(p.rules.filter(r => r.provider).map(r => [r.id, r.provider])).toEqual([
      ['DATA-001', {role: 'data-exchange', dependency: 'data', appliesTo: 'all', require: 'every', crossDepartment: true}],
      ['SVC-003', {role: 'identity', dependency: 'auth', appliesTo: 'service-systems', require: 'some', crossDepartment: false}],
    ])
    expect(p.platformRoles.map(r => r.id)).toEqual(['data-exchange', 'identity', 'service-portal', 'unified-ops'])
    expect(p.assessments).toEqual({mlps: [{level: 3, days: 365}, {level: 4, days: 182}], crypto: {level: 3, days: 365}})
  })

  it('resolves extends relative to the extending file and applies overrides in order', () => {
    const p = loadPolicy('test/fixtures/check/packs/nested.yaml', ROOT)
    const rule = (id: string) => p.rules.find(r => r.id === id)!
    expect(p.id).toBe('nested')
    expect(rule('IPV6-002').enabled).toBe(false)
    expect(rule('SVC-002').severity).toBe('error')
    expect(rule('SEC-003').severity).toBe('error')
    expect(rule('SEC-003').message.zh).toContain('密评')
  })

  it('places an override of a rule the base lacks at its id', () => {
    try {
      loadPolicy('test/fixtures/check/packs/unknown-rule.yaml', ROOT)
      expect.unreachable()
    } catch (error) {
      const e = error as YunwangError
      expect(e.code).toBe('INVALID_INPUT')
      expect(e.problems.map(p => [p.code, p.position.line, p.position.column, p.data.near])).toEqual([['UNKNOWN_RULE', 7, 9, 'CLOUD-001']])
    }
  })

  const refusal = (file: string) => {
    try {
      loadPolicy(file, ROOT)
    } catch (error) {
      return (error as YunwangError).problems.map(p => [p.code, p.position.file, p.position.line, p.position.column])
    }
    return []
  }
  const PACKS = 'test/fixtures/check/packs'

  it.each([
    ['an absolute path', 'extends-absolute.yaml'],
    ['a path out of the pack folder', 'extends-escape.yaml'],
  ])('refuses extends naming %s at the extends line (BAD_EXTENDS), reading nothing', (_what, file) => {
    expect(refusal(`${PACKS}/${file}`)).toEqual([['BAD_EXTENDS', `${PACKS}/${file}`, 5, 10]])
  })

  it('refuses a cycle of extends at the extends that closes it (EXTENDS_CYCLE)', () => {
    expect(refusal(`${PACKS}/cycle-a.yaml`)).toEqual([['EXTENDS_CYCLE', `${PACKS}/cycle-b.yaml`, 5, 10]])
  })

  it('refuses a --policy that is not a regular file (NOT_A_FILE) instead of hanging on it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'yw-policy-fifo-'))
    execFileSync('mkfifo', [join(dir, 'pack.yaml')])
    try {
      expect(refusal(join(dir, 'pack.yaml')).map(p => p[0])).toEqual(['NOT_A_FILE'])
      expect(refusal('/dev/zero').map(p => p[0])).toEqual(['NOT_A_FILE'])
    } finally {
      rmSync(dir, {recursive: true, force: true})
    }
  })
})

describe('message templates are bounded', () => {
  const refusalOf = (message: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'yunwang-pack-'))
    try {
      writeFileSync(join(dir, 'pack.yaml'), `apiVersion: yunwang/v1\nkind: PolicyPack\nid: loud\nextends: jiangsu\nrules:\n  - id: CLOUD-001\n    message:\n      en: "${message}"\n`)
      loadPolicy(join(dir, 'pack.yaml'), ROOT)
      return []
    } catch (error) {
      return (error as YunwangError).problems.map(p => [p.code, p.position.pointer, p.position.line, p.position.column])
    } finally {
      rmSync(dir, {recursive: true, force: true})
    }
  }

  it('refuses a message repeating {name} 100,000 times, at the message', () => {
    expect(refusalOf('{name}'.repeat(100_000))).toEqual([['BAD_VALUE', '/rules/0/message/en', 8, 11]])
  })

  it('refuses a short message with more than 20 placeholders, and accepts 20', () => {
    expect(refusalOf('{name} '.repeat(21))).toEqual([['TOO_MANY_PLACEHOLDERS', '/rules/0/message/en', 8, 11]])
    expect(refusalOf('{name} '.repeat(20))).toEqual([])
  })
})
