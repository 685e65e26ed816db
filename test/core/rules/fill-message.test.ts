// A pack message names a bounded number of list items, whatever the list's length: SVC-001 over a
// department with 100,000 service systems gives a sentence of ten names and a count, and the check
// table wraps that sentence, not a multi-megabyte one.
import {describe, expect, it} from 'vitest'
import {fillMessage} from '../../../src/core/rules/fill-message.js'
import {runCheck} from '../../../src/core/rules/run-check.js'
import {listExemptions} from '../../../src/core/rules/list-exemptions.js'
import {loadPolicy} from '../../../src/io/load-policy.js'
import {renderCheckTable} from '../../../src/render/check.js'
import {makeInventory} from '../../helpers/build-inventory.js'
import {ROOT} from '../../helpers/run-cli.js'

const names = (n: number) => Array.from({length: n}, (_, i) => `s${String(i).padStart(6, '0')}`)

describe('fillMessage', () => {
  it('names every item of a short list', () => {
    expect(fillMessage('{x}', {x: names(10)}, 'en')).toBe(names(10).join(', '))
  })

  it('cuts a filled message at 4,000 characters', () => {
    const filled = fillMessage('{a} {a} {a}', {a: 'x'.repeat(3000)}, 'en')
    expect(filled.length).toBeLessThanOrEqual(4000)
    expect(filled.startsWith('x'.repeat(3000))).toBe(true)
  })

  it('names the first ten items of a long list and counts the rest', () => {
    const en = fillMessage('{x}', {x: names(11)}, 'en')
    const zh = fillMessage('{x}', {x: names(11)}, 'zh')
    expect(en.startsWith(`${names(10).join(', ')}`)).toBe(true)
    expect(en).not.toContain('s000010')
    expect(en).toMatch(/\b1\b/)
    expect(zh.startsWith(names(10).join('、'))).toBe(true)
    expect(zh).not.toContain('s000010')
  })
})

describe('SVC-001 over 100,000 service systems of one department', () => {
  it('keeps every id in the data, names ten in the message, and the table draws it', () => {
    const n = 100_000
    const inv = makeInventory({systems: names(n).map(id => ({id, serviceSystem: true}))})
    const jiangsu = loadPolicy('jiangsu', ROOT)
    const policy = {...jiangsu, rules: jiangsu.rules.filter(r => r.id === 'SVC-001')}
    const outcome = runCheck(inv, policy, {asOf: '2026-06-30', lang: 'en', regions: new Map()})
    expect(outcome.findings).toHaveLength(1)
    const f = outcome.findings[0]
    expect(f.data).toMatchObject({count: n})
    expect((f.data as {systems: string[]}).systems).toHaveLength(n)
    expect(f.message).toContain('s000009')
    expect(f.message).not.toContain('s000010')
    expect(f.message).toContain(String(n - 10))
    expect(f.message.length).toBeLessThan(1000)
    const register = listExemptions(inv, {asOf: '2026-06-30', noticeDays: 30, includeClassified: false})
    const table = renderCheckTable({outcome, register, noticeDays: 30, lang: 'en', asOf: '2026-06-30', policy: 'jiangsu', failOn: 'error'})
    expect(table).toContain('SVC-001')
    expect(table.length).toBeLessThan(20_000)
  })
})
