// `yunwang report`: the figures equal those of adoption, plan, ipv6 and check on the same input; the
// Markdown carries them; classified systems stay unnamed; --out is atomic and never clobbers; output is
// byte-identical run to run.
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {Ajv2020} from 'ajv/dist/2020.js'
import {describe, expect, it} from 'vitest'
import {ROOT} from '../helpers/run-cli.js'
import {runInProcess, runJsonInProcess} from '../helpers/run-in-process.js'

const EX = 'examples/jiangsu'
const AS_OF = ['--as-of', '2026-11-21']
const CLASSIFIED = [
  ['sm-gongwen', '涉密公文处理系统'],
  ['sm-jiyao', '机要通信管理系统'],
  ['sm-gaqingbao', '公安情报研判系统'],
  ['sm-mingti', '国家教育考试命题管理系统'],
  ['sm-shenji', '涉密审计数据分析系统'],
  ['sm-guodong', '国民经济动员信息系统'],
]
const pct = (r: number): string => `${(Math.round(r * 1000) / 10).toFixed(1)}%`

interface ReportJson {
  asOf: string
  out: string | null
  format: string
  adoption: {rate: number; onCloud: number; total: number; adjustedRate: number; exempt: number; excluded: Record<string, number>; target: {rate: number; by: string | null; short: number | null; met: boolean | null}; oneCloudBuilt: unknown}
  plan: {waves: number; systemWaves: number; otherWaves: number; idleWaves: number; migrationWaves: number; lowerBound: number; rateAfter: number; unplaced: number; targets: Array<{id: string; by: string; target: number; projected: number; met: boolean; passed: boolean}>}
  ipv6: {rate: number; counts: Record<string, number>; inScope: number; blockers: number}
  check: {summary: Record<string, number>; departments: Record<string, number>; withheld: {fail: number; warn: number}}
  exemptions: Record<string, number>
  classified: number
}

describe('report --json', async () => {
  const report = await runJsonInProcess<ReportJson>(['report', EX, ...AS_OF])
  const adoption = (await runJsonInProcess<Record<string, unknown> & {target: Record<string, unknown>}>(['adoption', EX, ...AS_OF])).json
  const plan = (await runJsonInProcess<{waves: Array<{projectedRate: number; load: {systems: number}; networks: unknown[]; nodes: unknown[]}>; unplaced: unknown[]; lowerBound: {waves: number}; summary: {migrationWaves: number; rateAfter: number}; targets: Array<{id: string; metric: string; by: string; target: number; projected: number; wave: number; met: boolean}>}>(['plan', EX, ...AS_OF])).json
  const ipv6 = (await runJsonInProcess<{rate: number; counts: Record<string, number>; inScope: number; blockers: unknown[]}>(['ipv6', EX, ...AS_OF])).json
  const check = (await runJsonInProcess<{summary: Record<string, number>; departments: Array<{status: string}>; exemptions: Array<{status: string}>; exemptionsClassified: number; departmentsWithheld: {fail: number; warn: number}}>(['check', EX, ...AS_OF])).json

  it('writes the report to stdout with --out -, which --json cannot share', async () => {
    const r = await runInProcess(['report', EX, ...AS_OF, '--format', 'markdown', '--out', '-'])
    expect(r.code).toBe(0)
    expect(r.stdout).toBe((await runInProcess(['report', EX, ...AS_OF, '--format', 'markdown'])).stdout)
    const both = await runJsonInProcess<{error: {code: string}}>(['report', EX, ...AS_OF, '--out', '-'])
    expect(both.code).toBe(2)
    expect(both.json.error.code).toBe('BAD_FLAG')
  })

  it('refuses a folder as --out, even with --force (WRITE_NOT_A_FILE, exit 2)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'yw-report-dir-'))
    const r = await runJsonInProcess<{error: {code: string}}>(['report', EX, ...AS_OF, '--out', dir, '--force'])
    rmSync(dir, {recursive: true, force: true})
    expect(r.code).toBe(2)
    expect(r.json.error.code).toBe('WRITE_NOT_A_FILE')
  })

  it('exits 0 and writes nothing without --out', () => {
    expect(report.code).toBe(0)
    expect(report.json.out).toBeNull()
    expect(report.json.format).toBe('html')
  })

  it('gives the numbers of adoption --json', () => {
    const a = report.json.adoption
    for (const k of ['rate', 'onCloud', 'total', 'adjustedRate', 'exempt', 'excluded', 'oneCloudBuilt'] as const) expect(a[k], k).toEqual(adoption[k])
    expect(a.target).toEqual({rate: adoption.target.rate, by: adoption.target.by, short: adoption.target.short, met: adoption.target.met})
    // Worked out from the example: 220 of 296 on the one cloud; 2025-12-31 target 100% is 76 short.
    expect([a.onCloud, a.total, a.target.short, report.json.classified]).toEqual([220, 296, 76, 6])
  })

  it('gives the numbers of plan, ipv6 and check --json', () => {
    expect(report.json.plan).toEqual({
      waves: plan.waves.length,
      systemWaves: plan.waves.filter(w => w.load.systems > 0).length,
      otherWaves: plan.waves.filter(w => w.load.systems === 0 && w.networks.length + w.nodes.length > 0).length,
      idleWaves: plan.waves.filter(w => w.load.systems + w.networks.length + w.nodes.length === 0).length,
      migrationWaves: plan.summary.migrationWaves,
      lowerBound: plan.lowerBound.waves,
      rateAfter: plan.summary.rateAfter,
      unplaced: plan.unplaced.length,
      targets: plan.targets.map(x => ({...x, passed: x.by < report.json.asOf})).map(({metric: _m, wave: _w, ...x}) => x),
    })
    expect(report.json.ipv6).toEqual({rate: ipv6.rate, counts: ipv6.counts, inScope: ipv6.inScope, blockers: ipv6.blockers.length})
    expect(report.json.check.summary).toEqual(check.summary)
    const count = (s: string): number => check.departments.filter(d => d.status === s).length
    expect(report.json.check.departments).toEqual({pass: count('pass'), warn: count('warn'), fail: count('fail')})
    expect(report.json.check.withheld).toEqual(check.departmentsWithheld)
    const exemptions = (s: string): number => check.exemptions.filter(e => e.status === s).length
    expect(report.json.exemptions).toEqual({valid: exemptions('valid'), expiring: exemptions('expiring'), expired: exemptions('expired'), classified: check.exemptionsClassified})
    // As of 2026-11-21: sz-gjj expired; jtt-lianwang (2027-01-31) 71 days from its end; five more valid.
    expect(report.json.exemptions).toEqual({valid: 5, expiring: 1, expired: 1, classified: 0})
  })

  it('holds the targets to their dates: both passed ones missed, the one-cloud date met by the plan', () => {
    expect(report.json.plan.targets.map(x => [x.id, x.met, x.passed])).toEqual([
      ['private-networks', false, true], ['adoption', false, true], ['one-cloud-built', true, false],
    ])
  })

  it('matches schemas/output/report.schema.json', async () => {
    const ajv = new Ajv2020({allErrors: true, strict: true})
    const validate = ajv.compile(JSON.parse(readFileSync(join(ROOT, 'schemas', 'output', 'report.schema.json'), 'utf8')) as object)
    expect(validate(report.json), JSON.stringify(validate.errors)).toBe(true)
    const md = await runJsonInProcess(['report', 'test/fixtures/report/hostile', '--as-of', '2025-06-30', '--format', 'markdown'])
    expect(validate(md.json), JSON.stringify(validate.errors)).toBe(true)
  })

  it('markdown carries the same figures, one table row per wave and per department', async () => {
    const r = await runInProcess(['report', EX, ...AS_OF, '--format', 'markdown'])
    expect(r.code).toBe(0)
    const md = r.stdout
    const a = report.json.adoption
    expect(md).toContain(`| Cloud-adoption rate | ${pct(a.rate)}`)
    expect(md).toContain(`| On cloud / in scope | ${a.onCloud}/${a.total} |`)
    expect(md).toContain(`| Adjusted rate (exemptions set aside) | ${pct(a.adjustedRate)} `)
    const p = report.json.plan
    expect(md).toContain(`| Waves planned | ${p.waves} (${p.systemWaves} move systems, ${p.otherWaves} only networks or nodes, ${p.idleWaves} nothing; systems move until wave ${p.migrationWaves} (lower bound ${p.lowerBound});`)
    expect(md).toContain(`| IPv6 readiness rate | ${pct(ipv6.rate)} `)
    const s = check.summary
    expect(md).toContain(`${s.critical} critical · ${s.error} error · ${s.warning} warning · ${s.info} info`)
    const waveRows = md.split('\n').filter(l => /^\| \d+ \| \d{4}-\d{2}-\d{2} \|/.test(l))
    expect(waveRows).toHaveLength(plan.waves.length)
    waveRows.forEach((row, i) => expect(row.endsWith(`| ${pct(plan.waves[i].projectedRate)} |`)).toBe(true))
    // The departments below target, worst first, at most 30 (test/e2e/report-calendar.test.ts has the rest).
    const groups = (adoption.groups as Array<{key: string; rate: number}>)
    const target = (adoption as unknown as {target: {rate: number}}).target.rate
    for (const g of groups.filter(x => x.rate < target).slice(0, 30)) expect(md).toContain(`| ${g.key} |`)
    expect(md).toContain('## Exemptions')
    expect(md).toContain('| **expiring** | system jtt-lianwang | ')
    expect(md.split('\n').filter(l => /^\| (\*\*)?(valid|expiring|expired)(\*\*)? \| (system|network) /.test(l))).toHaveLength(7)
  })
})

describe('report: classified systems', () => {
  for (const format of ['html', 'markdown']) {
    it(`${format}: counted, never named without --include-classified`, async () => {
      const r = await runInProcess(['report', EX, ...AS_OF, '--format', format, '--lang', 'zh'])
      expect(r.code).toBe(0)
      for (const [id, name] of CLASSIFIED) {
        expect(r.stdout).not.toContain(id)
        expect(r.stdout).not.toContain(name)
      }
      expect(r.stdout).toContain('涉密系统 6 个')
    })
    it(`${format}: named with --include-classified`, async () => {
      const r = await runInProcess(['report', EX, ...AS_OF, '--format', format, '--include-classified'])
      expect(r.code).toBe(0)
      for (const [id, name] of CLASSIFIED) {
        expect(r.stdout).toContain(id)
        expect(r.stdout).toContain(name)
      }
    })
  }
})

describe('report: output', () => {
  it('is byte-identical run to run, and the HTML is self-contained', async () => {
    const args = ['report', EX, ...AS_OF, '--lang', 'zh']
    const a = (await runInProcess(args)).stdout
    const b = (await runInProcess(args)).stdout
    expect(a).toBe(b)
    expect(a.startsWith('<!DOCTYPE html>')).toBe(true)
    expect(a).not.toMatch(/<script|<link|@import|url\(|https?:\/\/(?!www\.w3\.org\/2000\/svg)/)
    expect(a).toContain('@media print')
  })

  it('escapes inventory strings in HTML and SVG and cuts long department names with a tooltip', async () => {
    const r = await runInProcess(['report', 'test/fixtures/report/hostile', '--as-of', '2025-06-30', '--lang', 'zh'])
    expect(r.code).toBe(0)
    expect(r.stdout).not.toContain('<script')
    expect(r.stdout).toContain('&lt;script&gt;alert(1)&lt;/script&gt;部门&amp;甲&#39;')
    expect(r.stdout).toContain('自建&lt;机房&gt;&amp;&quot;x&quot;')
    expect(r.stdout).toContain('<title>江苏省某某某某某某某某某某某某某某某某某某某某管理服务中心（长名称）: ')
    expect(r.stdout).toMatch(/>江苏省某+…<\/text>/)
    // The exemption register: a file number with markup in it stays text.
    expect(r.stdout).not.toContain('<img')
    expect(r.stdout).toContain('<td>&lt;img src=x onerror=alert(2)&gt;〔2025〕1号</td>')
    const md = await runInProcess(['report', 'test/fixtures/report/hostile', '--as-of', '2025-06-30', '--format', 'markdown'])
    expect(md.stdout).not.toContain('<script')
    expect(md.stdout).not.toContain('<img')
    expect(md.stdout).toContain('&lt;script&gt;')
  })

  it('--out writes the file, refuses to overwrite without --force (exit 2), overwrites with it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'yunwang-report-'))
    const out = join(dir, 'r.md')
    const first = await runJsonInProcess<{out: string}>(['report', EX, ...AS_OF, '--format', 'markdown', '--out', out])
    expect(first.code).toBe(0)
    expect(first.json.out).toBe(out)
    expect(readFileSync(out, 'utf8')).toBe((await runInProcess(['report', EX, ...AS_OF, '--format', 'markdown'])).stdout)
    writeFileSync(out, 'keep me')
    const again = await runInProcess(['report', EX, ...AS_OF, '--out', out])
    expect(again.code).toBe(2)
    expect(again.stdout).toBe('')
    expect(readFileSync(out, 'utf8')).toBe('keep me')
    const forced = await runInProcess(['report', EX, ...AS_OF, '--out', out, '--force'])
    expect(forced.code).toBe(0)
    expect(readFileSync(out, 'utf8').startsWith('<!DOCTYPE html>')).toBe(true)
  })

  it('bad flags exit 2', async () => {
    expect((await runInProcess(['report', EX, '--format', 'pdf'])).code).toBe(2)
    expect((await runInProcess(['report', EX, '--as-of', '2026-02-30'])).code).toBe(2)
  })
})
