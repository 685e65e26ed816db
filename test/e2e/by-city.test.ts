// `--by city` on test/fixtures/city (as of 2026-06-30), every figure counted by hand from the fixture:
// county codes roll up to their city (320115 → 南京市 320100, 320412 → 常州市 320400, 320724 → 连云港市
// 320700); province-level systems form the province's own group (320000), prov-c included although it is
// registered in Nanjing; the classified cz-secret is out of scope and unnamed.
import {describe, expect, it} from 'vitest'
import {outputErrors} from '../helpers/output-schema.js'
import {runInProcess, runJsonInProcess} from '../helpers/run-in-process.js'

const INV = 'test/fixtures/city'
const AT = ['--as-of', '2026-06-30']

interface Group {key: string; label: string; onCloud?: number; total?: number; numerator?: number | null; denominator?: number | null; value?: number | null; rank?: number | null}

describe('--by city', () => {
  it('adoption: counties count in their city, province-level systems in their own group, cities ranked', async () => {
    const r = await runJsonInProcess<{by: string; onCloud: number; total: number; groups: Group[]}>(['adoption', INV, '--by', 'city', ...AT])
    expect(r.code).toBe(0)
    expect(outputErrors('adoption', r.json)).toEqual([])
    expect([r.json.onCloud, r.json.total]).toEqual([7, 10])
    // 南京 nj-a, nj-b on; 常州 cz-a, cz-b on; 连云港 lyg-c on, lyg-a (unmanaged city cloud) and lyg-b off;
    // province prov-a, prov-c on, prov-b off. Nanjing and Changzhou tie at 100%: both first, the next is third.
    expect(r.json.groups.map(g => [g.key, g.onCloud, g.total, g.rank])).toEqual([
      ['320100', 2, 2, 1], ['320400', 2, 2, 1], ['320700', 1, 3, 3], ['320000', 2, 3, null],
    ])
    expect(r.json.groups.map(g => g.label)).toEqual(['Nanjing', 'Changzhou', 'Lianyungang', 'Jiangsu Province (province level)'])
    const zh = await runJsonInProcess<{groups: Group[]}>(['adoption', INV, '--by', 'city', ...AT, '--lang', 'zh'])
    expect(zh.json.groups.map(g => g.label)).toEqual(['南京市', '常州市', '连云港市', '江苏省（省本级）'])
  })

  it('status: every computed indicator per city, all thirteen cities listed, ranks shared on ties, no rank without data', async () => {
    const r = await runJsonInProcess<{by: string; indicators: Array<{id: string; groups?: Group[]}>}>(['status', INV, '--by', 'city', ...AT])
    expect(outputErrors('status', r.json)).toEqual([])
    const line = (id: string) => r.json.indicators.find(x => x.id === id)!.groups!
    const ranked = (id: string) => line(id).filter(g => g.denominator !== null).map(g => [g.key, g.numerator, g.denominator, g.rank])
    expect(ranked('adoption')).toEqual([['320100', 2, 2, 1], ['320400', 2, 2, 1], ['320700', 1, 3, 3], ['320000', 2, 3, null]])
    // City cloud nodes by the node's region: 南京 and 常州 managed, 连云港 not; the province has none.
    expect(ranked('one-cloud-built')).toEqual([['320100', 1, 1, 1], ['320400', 1, 1, 1], ['320700', 0, 1, 3]])
    // A network counts for each city with a system attached: p-cz (done) in 常州, p-lyg (none) in 连云港,
    // p-prov (planned) in the province's group.
    expect(ranked('private-networks')).toEqual([['320400', 1, 1, 1], ['320700', 0, 1, 2], ['320000', 0, 1, null]])
    // 常州: 常州市政务办 and 常州市武进区政务办 each run one service system.
    expect(ranked('one-department-one-system')).toEqual([['320100', 1, 1, 1], ['320400', 2, 2, 1], ['320700', 1, 1, 1], ['320000', 1, 1, null]])
    // The ten cities without systems are listed after the ranked ones, in code order, without a value or a rank.
    const adoption = line('adoption')
    expect(adoption.length).toBe(14)
    expect(adoption.slice(3, 13).map(g => [g.key, g.value, g.rank])).toEqual(
      ['320200', '320300', '320500', '320600', '320800', '320900', '321000', '321100', '321200', '321300'].map(k => [k, null, null]))
    expect(adoption[13].key).toBe('320000')
  })

  it('ipv6 groups by city', async () => {
    const r = await runJsonInProcess<{by: string; groups: Array<{key: string; total: number}>}>(['ipv6', INV, '--by', 'city', ...AT])
    expect(outputErrors('ipv6', r.json)).toEqual([])
    expect(r.json.groups.map(g => [g.key, g.total])).toEqual([['320000', 3], ['320100', 2], ['320400', 2], ['320700', 3]])
  })

  it('check: the status of each city, a finding counted in every city its subject is in', async () => {
    const r = await runJsonInProcess<{cities: Array<{key: string; status: string; counts: Record<string, number>}>}>(['check', INV, '--by', 'city', ...AT, '--fail-on', 'critical'])
    expect(r.code).toBe(0)
    expect(outputErrors('check', r.json)).toEqual([])
    const row = (key: string) => {
      const c = r.json.cities.find(x => x.key === key)!
      return [c.status, c.counts.critical, c.counts.error, c.counts.warning]
    }
    // 连云港: CLOUD-001 lyg-a, lyg-b; NET-001 p-lyg (attached to lyg-a); NET-002 lyg-a; warnings CLOUD-003
    // lyg-cloud (region 320700) and IPV6-002 on lyg-a, lyg-b, lyg-c (the county's systems included).
    // With no identity platform in the fixture, SVC-003 warns on every service system (lyg-b, cz-a, cz-b, nj-a, prov-a).
    expect(row('320700')).toEqual(['fail', 0, 4, 5])
    // 常州: IPV6-002 on cz-a and cz-b, SVC-002 on 320400 (a city and a county service system).
    expect(row('320400')).toEqual(['warn', 0, 0, 5])
    expect(row('320100')).toEqual(['warn', 0, 0, 3])
    // The province's group: CLOUD-001 and NET-002 on prov-b, NET-003 on p-prov; IPV6-002 on prov-a, prov-b, prov-c.
    expect(row('320000')).toEqual(['fail', 0, 3, 4])
    expect(r.json.cities.map(c => c.key)).toEqual(['320000', '320100', '320400', '320700'])
    const plain = await runJsonInProcess<Record<string, unknown>>(['check', INV, ...AT, '--fail-on', 'critical'])
    expect('cities' in plain.json).toBe(false)
  })

  it('prints the rank in the table, and never the classified system', async () => {
    const r = await runInProcess(['adoption', INV, '--by', 'city', ...AT])
    expect(r.stdout).toMatch(/│\s+3 │ Lianyungang\s+│ 320700 │/)
    for (const args of [['adoption'], ['status'], ['ipv6'], ['check', '--format', 'markdown'], ['check']]) {
      const out = await runInProcess([...args, INV, '--by', 'city', ...AT])
      expect(out.stdout + out.stderr).not.toMatch(/cz-secret|涉密系统/)
    }
  })
})

describe('--policy changzhou', () => {
  it('validates with the pack, and refuses a city pack that rewrites a province target (exit 2, at its line)', async () => {
    expect((await runInProcess(['validate', INV, '--policy', 'changzhou'])).code).toBe(0)
    const bad = await runJsonInProcess<{error: {code: string; errors: Array<{code: string; line: number; column: number}>}}>(['validate', INV, '--policy', 'test/fixtures/city-packs/override-target.yaml'])
    expect(bad.code).toBe(2)
    expect(bad.json.error.errors.map(e => [e.code, e.line, e.column])).toEqual([['SCOPED_TARGET_ID', 8, 10]])
  })

  it('check names the city pack, and each finding its pack: SVC-002 on 320400 is Changzhou\'s', async () => {
    const r = await runJsonInProcess<{policy: string; findings: Array<{rule: string; pack: string; subject: {id: string}; source: string}>}>(['check', INV, '--policy', 'changzhou', ...AT, '--fail-on', 'critical'])
    expect(outputErrors('check', r.json)).toEqual([])
    expect(r.json.policy).toBe('changzhou')
    expect(r.json.findings.filter(f => f.pack === 'changzhou').map(f => [f.rule, f.subject.id, f.source])).toEqual([['SVC-002', '320400', '常政发〔2022〕82号 二、（一）']])
    expect(r.json.findings.filter(f => f.subject.id === 'lyg-a').every(f => f.pack === 'jiangsu')).toBe(true)
  })

  it('status lists Changzhou\'s targets measured on Changzhou: 2 of 2 systems on the cloud', async () => {
    const r = await runJsonInProcess<{indicators: Array<{id: string; numerator: number | null; denominator: number | null; scope?: string[]}>}>(['status', INV, '--policy', 'changzhou', ...AT])
    expect(outputErrors('status', r.json)).toEqual([])
    const line = r.json.indicators.find(x => x.id === 'changzhou-adoption')!
    expect([line.numerator, line.denominator, line.scope]).toEqual([2, 2, ['320400']])
    expect(r.json.indicators.find(x => x.id === 'adoption')!.scope).toBeUndefined()
  })
})

describe('the report\'s city league table', () => {
  it('ranks every city on every computed indicator, ties shared, no data and the province group unranked', async () => {
    const r = await runInProcess(['report', INV, '--format', 'markdown', ...AT, '--lang', 'en'])
    expect(r.code).toBe(0)
    const section = r.stdout.slice(r.stdout.indexOf('## City league table'), r.stdout.indexOf('## IPv6'))
    const rows = section.split('\n').filter(l => /^\| .* \| \d{6} \|/.test(l)).map(l => l.split('|').slice(1, -1).map(c => c.trim()))
    // Columns: adoption, managed city cloud nodes, private networks, extranet dual stack, IPv6 readiness, one department one system.
    expect(rows.slice(0, 3)).toEqual([
      ['Nanjing', '320100', '100.0% (1)', '100.0% (1)', '—', '100.0% (1)', '0.0% (1)', '100.0% (1)'],
      ['Changzhou', '320400', '100.0% (1)', '100.0% (1)', '100.0% (1)', '100.0% (1)', '0.0% (1)', '100.0% (1)'],
      ['Lianyungang', '320700', '33.3% (3)', '0.0% (3)', '0.0% (2)', '100.0% (1)', '0.0% (1)', '100.0% (1)'],
    ])
    // The ten cities without systems, in code order, then the province's own group, its values unranked.
    expect(rows.length).toBe(14)
    expect(rows.slice(3, 13).every(row => row.slice(2).every(c => c === '—'))).toBe(true)
    expect(rows[13]).toEqual(['Jiangsu Province (province level)', '320000', '66.7%', '—', '0.0%', '100.0%', '0.0%', '100.0%'])
    // A city's report (--region) keeps its own row, with its places among all the cities; a county's has none.
    const city = await runInProcess(['report', INV, '--format', 'markdown', ...AT, '--lang', 'en', '--region', '320700'])
    const own = city.stdout.split('\n').filter(l => /^\| .* \| \d{6} \|/.test(l) && l.includes('%'))
    expect(own).toEqual(['| Lianyungang | 320700 | 33.3% (3) | 0.0% (3) | 0.0% (2) | 100.0% (1) | 0.0% (1) | 100.0% (1) |'])
    const county = await runInProcess(['report', INV, '--format', 'markdown', ...AT, '--lang', 'en', '--region', '320724'])
    expect(county.stdout).not.toContain('## City league table')
    const html = await runInProcess(['report', INV, '--format', 'html', ...AT])
    expect(html.stdout).toContain('<section class="part" id="sec-league">')
    expect(html.stdout).toContain('<td class="num">33.3% (3)</td>')
  })
})
