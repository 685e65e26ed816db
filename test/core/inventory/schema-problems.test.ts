// A value the schema refuses for its length (or its shape) names the limit in its fix hint, in both
// languages, instead of an empty "allowed:" list.
import {describe, expect, it} from 'vitest'
import {schemaProblems} from '../../../src/core/inventory/schema-problems.js'
import {documentValidator} from '../../../src/io/load-schemas.js'
import {problemMessage} from '../../../src/render/problems.js'

function systemProblems(patch: Record<string, unknown>) {
  const doc = {
    apiVersion: 'yunwang/v1', kind: 'SystemInventory',
    systems: [{id: 's1', name: '系统', department: '省甲厅', level: 'province', region: '320000', hosting: {node: 'pc'}, ...patch}],
  }
  const validate = documentValidator('SystemInventory')
  expect(validate(doc)).toBe(false)
  return schemaProblems('systems.yaml', doc, [...(validate.errors ?? [])])
}

describe('BAD_VALUE hints say what is allowed', () => {
  it('a name over 200 characters: the hint gives the limit', () => {
    const [p, ...rest] = systemProblems({name: '长'.repeat(201)})
    expect(rest).toEqual([])
    expect(p.code).toBe('BAD_VALUE')
    expect(p.position.pointer).toBe('/systems/0/name')
    expect(p.data).toMatchObject({rule: 'maxLength', limit: '200'})
    for (const lang of ['zh', 'en'] as const) {
      const {hint} = problemMessage(p, lang)
      expect(hint).toContain('200')
      expect(hint).not.toMatch(/[:：]\s*$/)
    }
  })

  it('an empty department: the hint gives the least length', () => {
    const [p] = systemProblems({department: ''})
    expect(p.code).toBe('BAD_VALUE')
    expect(p.position.pointer).toBe('/systems/0/department')
    expect(p.data).toMatchObject({rule: 'minLength', limit: '1'})
    for (const lang of ['zh', 'en'] as const) expect(problemMessage(p, lang).hint).toContain('1')
  })

  it('an IPv6 address over 64 characters: the limit is that of the field', () => {
    const [p] = systemProblems({ipv6: {addresses: ['2001:db8::1'.padEnd(65, '0')]}})
    expect(p.code).toBe('BAD_VALUE')
    expect(p.position.pointer).toBe('/systems/0/ipv6/addresses/0')
    expect(p.data).toMatchObject({rule: 'maxLength', limit: '64'})
    for (const lang of ['zh', 'en'] as const) expect(problemMessage(p, lang).hint).toContain('64')
  })

  it('a value out of an enumeration still lists the allowed values', () => {
    const [p] = systemProblems({level: 'nation'})
    expect(p.code).toBe('BAD_VALUE')
    expect(p.data.allowed).toEqual(['province', 'city', 'county'])
    expect(problemMessage(p, 'en').hint).toContain('province, city, county')
  })
})
