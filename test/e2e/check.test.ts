import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {Ajv2020} from 'ajv/dist/2020.js'
import {XMLParser} from 'fast-xml-parser'
import {dump, load} from 'js-yaml'
import {describe, expect, it} from 'vitest'
import {ROOT} from '../helpers/run-cli.js'
import {runInProcess, runJsonInProcess} from '../helpers/run-in-process.js'

interface Finding {rule: string; severity: string; subject: {kind: string; id: string}; department: string | null; message: string; source: string; data: Record<string, unknown>}
interface CheckJson {
  findings: Finding[]
  summary: Record<string, number>
  departments: Array<{department: string; status: string; counts: Record<string, number>}>
  failed: boolean
  disabled: string[]
  notInPack: string[]
  rules: Array<{rule: string; checked: number; findings: number}>
  departmentsWithheld: {fail: number; warn: number}
}

const INV = 'test/fixtures/check/inventory'
const AS_OF = ['--as-of', '2026-06-30']
const check = (...args: string[]) => runJsonInProcess<CheckJson>(['check', INV, ...AS_OF, ...args])
const line = (f: Finding) => `${f.severity} ${f.rule} ${f.subject.kind}:${f.subject.id} ${f.department ?? '-'}`

// Worked out by hand from the fixture's comments (see the files under test/fixtures/check/inventory).
const EXPECTED = [
  // Classified systems are counted on the node or network they are on, in no department.
  'critical SEC-001 node:n-prov -',
  'critical SEC-001 network:net-inet -',
  'error CLOUD-001 system:a-dept 省甲厅',
  'error CLOUD-001 system:b-expired 省乙厅',
  'error CLOUD-002 system:a-dept 省甲厅',
  'error CLOUD-004 system:b-expired 省乙厅',
  'error CLOUD-005 system:b-planned 省乙厅',
  'error IPV6-001 network:net-ext-old -',
  'error NET-001 network:net-a 省甲厅',
  'error NET-001 network:net-c 省甲厅',
  'error NET-002 system:a-priv 省甲厅',
  'error SEC-002 system:a-dept 省甲厅',
  'warning CLOUD-003 node:n-wx -',
  'warning IPV6-002 system:a-dept 省甲厅',
  'warning IPV6-002 system:a-priv 省甲厅',
  'warning IPV6-002 system:b-exempt 省乙厅',
  'warning IPV6-002 system:b-expired 省乙厅',
  'warning IPV6-002 system:b-vertical 省乙厅',
  'warning IPV6-002 system:nj-svc2 南京市数据局',
  'warning SEC-003 system:a-dept 省甲厅',
  'warning SEC-004 system:a-dept 省甲厅',
  'warning SVC-001 department:省甲厅 省甲厅',
  'warning SVC-002 region:320100 -',
]

const counts = (critical: number, error: number, warning: number) => ({critical, error, warning, info: 0})

describe('check on the hand-computed fixture', async () => {
  const r = await check()

  it('finds exactly the expected findings, in severity, rule, subject order', () => {
    expect(r.json.findings.map(line)).toEqual(EXPECTED)
  })

  it('sums them up and gives every department with in-scope systems a status', () => {
    expect(r.json.summary).toEqual(counts(2, 10, 11))
    expect(r.json.departments).toEqual([
      {department: '南京市政务办', status: 'pass', counts: counts(0, 0, 0)},
      {department: '南京市数据局', status: 'warn', counts: counts(0, 0, 1)},
      {department: '省丙厅', status: 'pass', counts: counts(0, 0, 0)},
      {department: '省乙厅', status: 'fail', counts: counts(0, 3, 3)},
      {department: '省甲厅', status: 'fail', counts: counts(0, 6, 5)},
    ])
    expect(r.json.notInPack).toEqual([])
    expect(r.json.disabled).toEqual([])
    // 省丁厅 has classified systems only: it fails over SEC-001, which names no department.
    expect(r.json.departmentsWithheld).toEqual({fail: 1, warn: 0})
  })

  it('names the classified systems and their department with --include-classified', async () => {
    const shown = (await check('--include-classified')).json
    expect(shown.findings.filter(f => f.rule === 'SEC-001').map(line)).toEqual(['critical SEC-001 system:s-bad-net 省丁厅', 'critical SEC-001 system:s-bad-node 省丁厅'])
    expect(shown.findings.find(f => f.subject.id === 's-bad-node')!.data).toMatchObject({id: 's-bad-node', count: 1, node: 'n-prov'})
    expect(shown.departments.find(d => d.department === '省丁厅')).toEqual({department: '省丁厅', status: 'fail', counts: counts(2, 0, 0)})
    expect(shown.departmentsWithheld).toEqual({fail: 0, warn: 0})
    expect(shown.rules.find(x => x.rule === 'SEC-001')).toMatchObject({checked: 3, findings: 2})
  })

  it('counts the classified systems on each node and network without naming them', async () => {
    const sec = r.json.findings.filter(f => f.rule === 'SEC-001')
    expect(sec.map(f => f.data)).toEqual([{count: 1, node: 'n-prov', network: []}, {count: 1, node: '', network: ['net-inet']}])
    expect(sec[0].message).toContain('省政务云')
    // Every non-classified node (5) and every extranet or internet network (3) is looked at.
    expect(r.json.rules.find(x => x.rule === 'SEC-001')).toMatchObject({checked: 8, findings: 2})
    const zh = (await runInProcess(['check', INV, ...AS_OF, '--lang', 'zh'])).stdout
    expect(zh).toContain('另有 1 个部门')
    expect(zh).not.toContain('省丁厅')
  })

  it('fills messages with the facts and cites the clause', () => {
    const f = r.json.findings.find(x => x.rule === 'CLOUD-004')!
    expect(f.data.until).toBe('2026-01-31')
    expect(f.message).toContain('2026-01-31')
    expect(f.source).toBe('常政发〔2022〕82号 四、（一）')
    const sec = r.json.findings.find(x => x.rule === 'SEC-002')!
    expect(sec.data).toMatchObject({mlps: 3, certified: 2, node: 'n-dept'})
    expect(sec.source).toBe('苏政发〔2022〕44号 五、16.')
  })

  it('validates against schemas/output/check.schema.json', async () => {
    const schema = JSON.parse(readFileSync(join(ROOT, 'schemas/output/check.schema.json'), 'utf8')) as object
    const validate = new Ajv2020({strict: true}).compile(schema)
    for (const out of [r.json, (await check('--department', '省甲厅')).json, (await check('--policy', 'test/fixtures/check/packs/custom.yaml')).json]) {
      expect(validate(out), JSON.stringify(validate.errors)).toBe(true)
    }
  })

  it.each([
    // [department, critical, error, warning]: exit codes per --fail-on
    [undefined, 1, 1, 1],
    ['省甲厅', 0, 1, 1],
    ['南京市数据局', 0, 0, 1],
    ['省丙厅', 0, 0, 0],
  ] as const)('exit codes for --department %s', async (department, critical, error, warning) => {
    const narrow = department ? ['--department', department] : []
    expect((await check(...narrow, '--fail-on', 'critical')).code).toBe(critical)
    expect((await check(...narrow, '--fail-on', 'error')).code).toBe(error)
    expect((await check(...narrow, '--fail-on', 'warning')).code).toBe(warning)
    expect((await check(...narrow)).code).toBe(error)
  })

  it('narrows findings, summary and departments to one department', async () => {
    const d = (await check('--department', '省乙厅')).json
    expect(d.findings.map(line)).toEqual(EXPECTED.filter(l => l.endsWith(' 省乙厅')))
    expect(d.summary).toEqual(counts(0, 3, 3))
    expect(d.departments.map(x => x.department)).toEqual(['省乙厅'])
  })

  it('refuses an unknown department with exit 2 and a did-you-mean', async () => {
    const bad = await runInProcess(['check', INV, '--department', '省甲'])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('"省甲厅"')
    expect((await runInProcess(['check', INV, '--fail-on', 'info'])).code).toBe(2)
    expect((await runInProcess(['check', 'test/fixtures/inventories/mistakes'])).code).toBe(2)
  })

  it('gives byte-identical output whatever the order of files and records', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'yunwang-check-'))
    for (const f of ['nodes', 'networks', 'systems']) {
      const doc = load(readFileSync(join(ROOT, INV, `${f}.yaml`), 'utf8')) as Record<string, unknown[]>
      const list = doc[f].reverse()
      const half = Math.floor(list.length / 2)
      writeFileSync(join(dir, `b-${f}.yaml`), dump({...doc, [f]: list.slice(0, half)}))
      writeFileSync(join(dir, `a-${f}.yaml`), dump({...doc, [f]: list.slice(half)}))
    }
    for (const format of ['table', 'csv', 'junit']) {
      expect((await runInProcess(['check', dir, ...AS_OF, '--format', format])).stdout).toBe((await runInProcess(['check', INV, ...AS_OF, '--format', format])).stdout)
    }
  })
})

describe('check with a custom pack', () => {
  it('switches IPV6-002 off and raises SVC-002 to an error', async () => {
    const r = await check('--policy', 'test/fixtures/check/packs/custom.yaml')
    expect(r.json.disabled).toEqual(['IPV6-002'])
    expect(r.json.findings.filter(f => f.rule === 'IPV6-002')).toEqual([])
    expect(r.json.findings.find(f => f.rule === 'SVC-002')?.severity).toBe('error')
    expect(r.json.findings.map(line)).toEqual(EXPECTED.filter(l => !l.includes('IPV6-002')).map(l => (l.includes('SVC-002') ? l.replace('warning', 'error') : l))
      .sort((a, b) => ['critical', 'error', 'warning'].indexOf(a.split(' ')[0]) - ['critical', 'error', 'warning'].indexOf(b.split(' ')[0])))
    expect(r.json.summary).toEqual(counts(2, 11, 4))
    expect(r.json.departments.find(d => d.department === '南京市数据局')?.status).toBe('pass')
    expect((await check('--policy', 'test/fixtures/check/packs/custom.yaml', '--department', '南京市数据局', '--fail-on', 'warning')).code).toBe(0)
  })

  it.each([
    ['bad-severity', 7, 15, 'BAD_VALUE'],
    ['unknown-field', 7, 5, 'UNKNOWN_FIELD'],
    ['unknown-rule', 7, 9, 'UNKNOWN_RULE'],
    ['new-rule', 6, 9, 'UNKNOWN_RULE'],
  ] as const)('refuses %s with file:line:column and exit 2', async (pack, line, column, code) => {
    const file = `test/fixtures/check/packs/${pack}.yaml`
    const r = await runJsonInProcess<{error: {errors: Array<{file: string; line: number; column: number; code: string}>}}>(['check', INV, '--policy', file])
    expect(r.code).toBe(2)
    expect(r.json.error.errors.map(e => `${e.file}:${e.line}:${e.column} ${e.code}`)).toEqual([`${file}:${line}:${column} ${code}`])
  })
})

describe('check output formats', () => {
  const parser = new XMLParser({ignoreAttributes: false, attributeNamePrefix: '', isArray: name => ['testsuite', 'testcase'].includes(name)})
  type Case = {name: string; classname: string; failure?: {type: string}; 'system-out'?: string}
  const junit = async (...args: string[]) => {
    const r = await runInProcess(['check', INV, ...AS_OF, '--format', 'junit', ...args])
    const doc = parser.parse(r.stdout) as {testsuites: {tests: string; failures: string; testsuite: Array<{name: string; tests: string; failures: string; testcase?: Case[]}>}}
    return {code: r.code, root: doc.testsuites}
  }

  it('writes JUnit XML: one suite per rule, one case per rule and subject, failures at or above --fail-on', async () => {
    const {code, root} = await junit()
    expect(code).toBe(1)
    expect(root.testsuite).toHaveLength(23)
    // Subjects checked, per rule in id order, counted by hand from the fixture. CLOUD-006 looks at the
    // exemptions of b-exempt, b-expired, net-b and net-c; NET-003 finds no consolidation under way.
    // DATA-001 looks at the 10 in-scope systems, SEC-005 at a-ok, a-dept and b-exempt (level 3+),
    // SEC-006 at a-ok and b-exempt (passed 密评), SEC-007 and SEC-008 at none (no DR node, no cii), and
    // SVC-003 at the four in-scope service systems.
    expect(root.testsuite.map(s => Number(s.tests))).toEqual([10, 7, 2, 2, 2, 4, 10, 2, 10, 3, 10, 0, 8, 4, 3, 3, 3, 2, 0, 0, 5, 2, 4])
    expect(Number(root.tests)).toBe(96)
    expect(Number(root.failures)).toBe(12)
    const cases = root.testsuite.flatMap(s => s.testcase ?? [])
    expect(cases).toHaveLength(96)
    expect(cases.filter(c => c.failure)).toHaveLength(12)
    expect(cases.filter(c => c['system-out']?.startsWith('[warning]'))).toHaveLength(11)
    expect(cases.find(c => c.classname === 'yunwang.SEC-001' && c.name === 'node n-prov')?.failure?.type).toBe('critical')
    expect(cases.some(c => c.name.includes('s-bad') || c.name.includes('s-ok'))).toBe(false)
    expect(Number((await junit('--fail-on', 'warning')).root.failures)).toBe(23)
    expect(Number((await junit('--fail-on', 'critical')).root.failures)).toBe(2)
  })

  it('writes CSV with one row per finding and Markdown with the department table', async () => {
    const csv = (await runInProcess(['check', INV, ...AS_OF, '--format', 'csv'])).stdout.trimEnd().split('\r\n')
    expect(csv[0]).toBe('\uFEFFdepartment,severity,rule,subject_kind,subject,message,source,hint')
    expect(csv).toHaveLength(EXPECTED.length + 1)
    const md = (await runInProcess(['check', INV, ...AS_OF, '--format', 'markdown'])).stdout
    expect(md).toMatch(/^## Compliance check/)
    expect(md).toContain('| 省甲厅 | fail | 0 | 6 | 5 | 0 |')
  })

  it('prints the human table in zh and en, grouped by department', async () => {
    const en = await runInProcess(['check', INV, ...AS_OF])
    expect(en.stdout).toContain('省甲厅 — fail')
    expect(en.stdout).toContain('23 finding(s): 2 critical, 10 error, 11 warning, 0 info')
    const zh = await runInProcess(['check', INV, ...AS_OF, '--lang', 'zh'])
    expect(zh.stdout).toContain('省甲厅 — 不合规')
    expect(zh.stdout).toContain('23 条发现')
  })
})

describe('exemptions with scope on examples/jiangsu', async () => {
  interface Exemption {kind: string; id: string; covers: string[]; document: string | null; approvedOn: string | null; until: string; daysLeft: number; status: string}
  type Json = CheckJson & {exemptions: Exemption[]; exemptionsClassified: number}
  const EX = ['check', 'examples/jiangsu', '--as-of', '2026-12-02']
  const r = await runJsonInProcess<Json>(EX)
  const subjects = (rule: string) => r.json.findings.filter(f => f.rule === rule).map(f => f.subject.id)

  it('no longer fails 省公安厅 on gat-huzheng: its exemption covers cloud and network, and net-gaz is a vertical network', async () => {
    expect(r.json.findings.filter(f => f.subject.id === 'gat-huzheng').map(f => f.rule)).toEqual(['IPV6-002'])
    // 省公安厅's other systems on its department cloud still fail it (CLOUD-001 and CLOUD-002, four each).
    expect(r.json.departments.find(d => d.department === '省公安厅')?.counts).toEqual(counts(0, 8, 7))
  })

  it('NET-002 fires only for systems on a non-vertical private network alone, not for nyt-dongyi (network exemption) nor jtt-lianwang\'s cloud-only cover', () => {
    expect(subjects('NET-002')).toEqual(['jtt-lianwang', 'scj-jiliang', 'slt-gongcheng'])
    expect(subjects('IPV6-002')).not.toContain('nyt-dongyi')
    expect(subjects('CLOUD-001')).not.toContain('jtt-lianwang')
  })

  it('NET-003 finds the four consolidations under way past the 2023-12-31 target, CLOUD-006 the exemption 60 days from its end', () => {
    const net3 = r.json.findings.filter(f => f.rule === 'NET-003')
    expect(net3.map(f => [f.subject.id, f.department, f.data.deadline, f.data.missed])).toEqual([
      ['net-jiaotong', '省交通运输厅', '2023-12-31', 'target'],
      ['net-jiaoyu', '省教育厅', '2023-12-31', 'target'],
      ['net-scjg', '省市场监管局', '2023-12-31', 'target'],
      ['net-shuili', '省水利厅', '2023-12-31', 'target'],
    ])
    const c6 = r.json.findings.filter(f => f.rule === 'CLOUD-006')
    expect(c6.map(f => [f.subject.id, f.severity, f.data.days, f.data.document])).toEqual([['jtt-lianwang', 'warning', 60, '苏政办函〔2026〕8号']])
  })

  it('lists every exemption of the example in the register, by until, with hand-counted days left', async () => {
    expect(r.json.exemptions.map(e => [e.kind, e.id, e.until, e.daysLeft, e.status])).toEqual([
      ['system', 'sz-gjj', '2025-06-30', -520, 'expired'],
      ['system', 'jtt-lianwang', '2027-01-31', 60, 'expiring'],
      ['system', 'gat-huzheng', '2027-12-31', 394, 'valid'],
      ['network', 'net-nongye', '2027-12-31', 394, 'valid'],
      ['system', 'nyt-dongyi', '2027-12-31', 394, 'valid'],
      ['system', 'yb-jiesuan', '2028-06-30', 576, 'valid'],
      ['system', 'sws-etax', '2028-12-31', 760, 'valid'],
    ])
    expect(r.json.exemptions.find(e => e.id === 'gat-huzheng')).toMatchObject({covers: ['cloud', 'network'], document: '苏政办函〔2025〕37号', approvedOn: '2025-03-14'})
    expect(r.json.exemptionsClassified).toBe(0)
    expect((await runJsonInProcess<Json>([...EX, '--department', '省农业农村厅'])).json.exemptions.map(e => e.id)).toEqual(['net-nongye', 'nyt-dongyi'])
  })

  it('validates against the output schema, and prints the register in every human form', async () => {
    const schema = JSON.parse(readFileSync(join(ROOT, 'schemas/output/check.schema.json'), 'utf8')) as object
    const validate = new Ajv2020({strict: true}).compile(schema)
    expect(validate(r.json), JSON.stringify(validate.errors)).toBe(true)
    const zh = (await runInProcess([...EX, '--lang', 'zh'])).stdout
    expect(zh).toContain('例外登记')
    expect(zh).toContain('例外 7 项：有效 5、90 天内到期 1、已过期 1')
    expect((await runInProcess([...EX, '--section', 'findings'])).stdout).not.toContain('Exemption register')
    const csv = (await runInProcess([...EX, '--section', 'exemptions', '--format', 'csv'])).stdout.trimEnd().split('\r\n')
    expect(csv[0]).toBe('\uFEFFkind,id,name,department,covers,reason,approved_by,document,approved_on,until,days_left,status')
    expect(csv.slice(1).map(l => l.split(',')[1])).toEqual(['sz-gjj', 'jtt-lianwang', 'gat-huzheng', 'net-nongye', 'nyt-dongyi', 'yb-jiesuan', 'sws-etax'])
    const md = (await runInProcess([...EX, '--format', 'markdown', '--section', 'exemptions'])).stdout
    expect(md).toContain('### Exemption register')
    expect(md).toContain('| **expiring** | 2027-01-31 | 60 |')
  })
})
