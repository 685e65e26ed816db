// A pack written only as data adds a requires-provider rule of its own, and check applies it; the
// loader refuses what would make such a rule mean something else, at its file:line:column.
import {cpSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {runJsonInProcess} from '../helpers/run-in-process.js'

interface Finding {rule: string; severity: string; subject: {kind: string; id: string}; department: string | null; message: string; source: string; data: Record<string, unknown>}
interface CheckJson {findings: Finding[]; rules: Array<{rule: string; checked: number; findings: number}>; departments: Array<{department: string; status: string}>}
interface ErrorJson {error: {errors: Array<{file: string; line: number; column: number; code: string}>}}

const INV = 'test/fixtures/rules/inventory'
const pack = (name: string) => `test/fixtures/rules/packs/${name}.yaml`
const check = (name: string) => runJsonInProcess<CheckJson & ErrorJson>(['check', INV, '--as-of', '2026-06-30', '--policy', pack(name)])

describe('a requires-provider rule written only as pack data', () => {
  it('applies OPS-001 from the pack: b3 has no api dependency on the unified-ops platform, c4 only a data one', async () => {
    const r = await check('unified-ops')
    expect(r.code).toBe(1)
    const ops = r.json.findings.filter(f => f.rule === 'OPS-001')
    expect(ops.map(f => [f.subject.id, f.severity, f.department, f.source])).toEqual([
      ['b3', 'error', '省乙厅', '苏政发〔2022〕44号 四、14.'],
      ['c4', 'error', '省丙厅', '苏政发〔2022〕44号 四、14.'],
    ])
    // a3, b3 and c4 are level 3 or above; ops is the platform itself, d2 is level 2.
    expect(r.json.rules.find(x => x.rule === 'OPS-001')).toMatchObject({checked: 3, findings: 2})
    expect(r.json.departments.find(d => d.department === '省乙厅')?.status).toBe('fail')
  })

  it.each([
    ['unknown-role', 7, 11, 'UNKNOWN_ROLE'],
    ['provider-fields-on-code-rule', 7, 5, 'UNKNOWN_FIELD'],
    ['kind-on-code-rule', 6, 9, 'RULE_ID_TAKEN'],
    ['missing-role', 6, 5, 'MISSING_FIELD'],
  ] as const)('refuses %s at file:line:column with exit 2', async (name, line, column, code) => {
    const r = await check(name)
    expect(r.code).toBe(2)
    expect(r.json.error.errors.map(e => `${e.file}:${e.line}:${e.column} ${e.code}`)).toEqual([`${pack(name)}:${line}:${column} ${code}`])
  })
})

describe('roles in the inventory', () => {
  it('refuses a system that provides a role the pack does not name, at that role, with the nearest one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'yunwang-roles-'))
    cpSync(INV, dir, {recursive: true})
    const file = join(dir, 'systems.yaml')
    writeFileSync(file, readFileSync(file, 'utf8').replace('provides: [unified-ops]', 'provides: [unified-op]'))
    const r = await runJsonInProcess<ErrorJson & {error: {errors: Array<{hint: string}>}}>(['check', dir, '--as-of', '2026-06-30'])
    expect(r.code).toBe(2)
    expect(r.json.error.errors.map(e => [e.line, e.column, e.code])).toEqual([[7, 106, 'UNKNOWN_ROLE']])
    expect(r.json.error.errors[0].hint).toContain('unified-ops')
  })
})
