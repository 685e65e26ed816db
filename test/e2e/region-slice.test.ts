// --region slices on test/fixtures/slice (as of 2026-12-02), worked by hand.
// In scope (non-classified, in service): p-auth p-data (320000, on pc-main); cz-a cz-d (320400, on the
// managed city cloud); cz-b cz-c (320400, in cz-room, off); wj-a (320412, in wj-room, off); wj-b (320412,
// on cz-cloud); nj-x (320100, in nj-room, off); nj-y (320100, on nj-cloud, not managed: off). cz-zz
// (320400) is classified. Whole: 5/10 on the cloud.
// The plan (whole): wave 1 moves cz-b and wj-a and onboards nj-cloud; nj-x is pinned to wave 2 and cz-c,
// which depends on it, waits for it (wave 2); wj-room closes in wave 2, cz-room and nj-room in wave 3.
import {cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {ROOT} from '../helpers/run-cli.js'
import {runInProcess, runJsonInProcess} from '../helpers/run-in-process.js'

const FIXTURE = 'test/fixtures/slice'
const AS_OF = '2026-12-02'

interface AdoptionJson {
  rate: number; onCloud: number; total: number
  excluded: {classified: number; retired: number; planned: number}
  groups: Array<{key: string; onCloud: number; total: number}>
  warnings: Array<{code: string}>
}
interface PlanJson {
  waves: Array<{index: number; systems: Array<{id: string; to: string | null}>; networks: Array<{id: string; action: string}>; nodes: Array<{id: string; action: string}>; projectedRate: number; load: {systems: number; vcpu: number}}>
  unplaced: unknown[]
  warnings: Array<{code: string}>
  summary: {candidates: number; groups: number; placed: number; rateBefore: number; rateAfter: number; onboardedNodes: number; closedNodes: number}
}
interface CheckJson {
  findings: Array<{rule: string; subject: {kind: string; id: string}}>
  summary: Record<string, number>
  departments: Array<{department: string; status: string}>
}
interface ErrorJson {error: {code: string; exitCode: number; candidates?: string[]}}

const run = <T>(command: string, ...args: string[]) => runJsonInProcess<T>([command, FIXTURE, '--as-of', AS_OF, ...args])
const adoption = (...args: string[]) => run<AdoptionJson>('adoption', ...args)
const plan = (...args: string[]) => run<PlanJson>('plan', ...args)
const check = (...args: string[]) => run<CheckJson>('check', ...args)
const waves = (p: PlanJson) => p.waves.map(w => [w.index, w.systems.map(s => s.id), w.networks.map(n => `${n.id}:${n.action}`), w.nodes.map(n => `${n.id}:${n.action}`), w.projectedRate])
/** Findings as rule → subject ids. */
const findings = (c: CheckJson) => {
  const out: Record<string, string[]> = {}
  for (const f of c.findings) (out[f.rule] ??= []).push(f.subject.id)
  for (const k of Object.keys(out)) out[k].sort()
  return out
}

const dirs: string[] = []
afterAll(() => {
  for (const d of dirs) rmSync(d, {recursive: true, force: true})
})

describe('--region: adoption', () => {
  it('province, city and county slices count their own systems', async () => {
    expect((await adoption('--region', '320000')).json).toMatchObject({rate: 0.5, onCloud: 5, total: 10, excluded: {classified: 1}})
    // 常州市 with 武进区: cz-a cz-d wj-b on; cz-b cz-c wj-a off; cz-zz classified.
    const city = (await adoption('--region', '320400')).json
    expect(city).toMatchObject({rate: 0.5, onCloud: 3, total: 6, excluded: {classified: 1, retired: 0, planned: 0}, warnings: []})
    expect(city.groups.map(g => [g.key, g.onCloud, g.total])).toEqual([
      ['常州市人力资源和社会保障局', 0, 2], ['武进区政务办', 0, 1], ['常州市政务办', 2, 2], ['武进区数据局', 1, 1],
    ])
    expect((await adoption('--region', '320412')).json).toMatchObject({rate: 0.5, onCloud: 1, total: 2, excluded: {classified: 0}})
    expect((await adoption('--region', '320100')).json).toMatchObject({rate: 0, onCloud: 0, total: 2})
  })

  it('a province slice is the whole inventory, byte for byte', async () => {
    const whole = await runInProcess(['adoption', FIXTURE, '--as-of', AS_OF, '--json'])
    const province = await runInProcess(['adoption', FIXTURE, '--as-of', AS_OF, '--json', '--region', '320000'])
    expect(province.stdout).toBe(whole.stdout)
  })

  it('a region may be given by name (常州市, 常州, Changzhou)', async () => {
    const byCode = await runInProcess(['adoption', FIXTURE, '--as-of', AS_OF, '--json', '--region', '320400'])
    for (const name of ['常州市', '常州', 'Changzhou']) {
      expect((await runInProcess(['adoption', FIXTURE, '--as-of', AS_OF, '--json', '--region', name])).stdout, name).toBe(byCode.stdout)
    }
  })
})

describe('--region: check', () => {
  it('keeps the findings about the slice\'s subjects, and sums them up for the slice', async () => {
    const city = (await check('--region', '320400')).json
    expect(findings(city)).toEqual({
      'CLOUD-001': ['cz-b', 'cz-c', 'wj-a'],
      'IPV6-002': ['cz-a', 'cz-b', 'cz-c', 'cz-d', 'wj-a', 'wj-b'],
      'NET-001': ['cz-private'],
      'NET-002': ['cz-b'],
      'SVC-001': ['常州市政务办'],
      'SVC-002': ['320400'],
      // No identity platform in this fixture: every service system lacks its auth dependency.
      'SVC-003': ['cz-a', 'cz-d', 'wj-a'],
    })
    expect(city.summary).toEqual({critical: 0, error: 5, warning: 11, info: 0})
    expect(city.departments.map(d => [d.department, d.status])).toEqual([
      ['常州市人力资源和社会保障局', 'fail'], ['常州市政务办', 'warn'], ['武进区政务办', 'fail'], ['武进区数据局', 'warn'],
    ])
  })

  it('a county slice has no city-level findings: neither the city\'s SVC-002 nor a department with no system there', async () => {
    const county = (await check('--region', '320412')).json
    expect(findings(county)).toEqual({'CLOUD-001': ['wj-a'], 'IPV6-002': ['wj-a', 'wj-b'], 'SVC-003': ['wj-a']})
    expect(county.summary).toEqual({critical: 0, error: 1, warning: 3, info: 0})
  })

  it('a node finding belongs to the node\'s region (CLOUD-003 on 南京市政务云)', async () => {
    const nanjing = findings((await check('--region', '320100')).json)
    expect(nanjing['CLOUD-003']).toEqual(['nj-cloud'])
    expect(nanjing['NET-001']).toEqual(['nj-private'])
    expect(findings((await check('--region', '320400')).json)['CLOUD-003']).toBeUndefined()
  })

  it('exit code follows the slice\'s findings', async () => {
    expect((await check('--region', '320481')).code).toBe(0)
    expect((await check('--region', '320400')).code).toBe(1)
  })
})

describe('--region: plan', () => {
  it('lists the slice\'s moves and milestones with the whole plan\'s wave numbers, projected for the slice', async () => {
    const city = (await plan('--region', '320400')).json
    expect(waves(city)).toEqual([
      [1, ['cz-b', 'wj-a'], ['cz-private:interconnect'], [], 5 / 6],
      [2, ['cz-c'], ['cz-private:decommission'], ['wj-room:close'], 1],
      [3, [], [], ['cz-room:close'], 1],
    ])
    expect(city.summary).toMatchObject({candidates: 3, groups: 3, placed: 3, rateBefore: 0.5, rateAfter: 1, onboardedNodes: 0, closedNodes: 2})
    expect(city.waves[0].load).toEqual({systems: 2, vcpu: 6})

    const county = (await plan('--region', '320412')).json
    expect(waves(county)).toEqual([
      [1, ['wj-a'], [], [], 1],
      [2, [], [], ['wj-room:close'], 1],
    ])
    const nanjing = (await plan('--region', '320100')).json
    expect(waves(nanjing)).toEqual([
      [1, [], [], ['nj-cloud:onboard'], 0.5],
      [2, ['nj-x'], ['nj-private:interconnect'], [], 1],
      [3, [], ['nj-private:decommission'], ['nj-room:close'], 1],
    ])
  })

  it('a slice\'s system still waits for its dependency outside the slice', async () => {
    // cz-c depends on nj-x (南京, pinned to wave 2): it moves in wave 2, not wave 1 with cz-b.
    const city = (await plan('--region', '320400')).json
    const waveOf = (p: PlanJson, id: string) => p.waves.find(w => w.systems.some(s => s.id === id))?.index
    const whole = (await plan()).json
    expect(waveOf(city, 'cz-c')).toBe(2)
    expect(waveOf(whole, 'nj-x')).toBe(2)
    expect(waveOf(city, 'nj-x')).toBeUndefined()
    // The same inventory without the dependency moves cz-c in wave 1: the wait is the dependency's.
    const dir = mkdtempSync(join(tmpdir(), 'yw-slice-'))
    dirs.push(dir)
    cpSync(join(ROOT, FIXTURE), dir, {recursive: true})
    const file = join(dir, 'systems.yaml')
    writeFileSync(file, readFileSync(file, 'utf8').replace(', dependsOn: [nj-x]', ''))
    const free = await runJsonInProcess<PlanJson>(['plan', dir, '--as-of', AS_OF, '--region', '320400'])
    expect(waveOf(free.json, 'cz-c')).toBe(1)
  })

  it('a province slice is the whole plan, byte for byte', async () => {
    const whole = await runInProcess(['plan', FIXTURE, '--as-of', AS_OF, '--json'])
    const province = await runInProcess(['plan', FIXTURE, '--as-of', AS_OF, '--json', '--region', '江苏省'])
    expect(province.stdout).toBe(whole.stdout)
  })
})

describe('--region: ipv6, status, graph, impact, diff, report', () => {
  it('ipv6: the slice\'s systems and the blockers as far as they hold them back', async () => {
    const r = await run<{rate: number; counts: Record<string, number>; inScope: number; blockers: Array<{id: string; blocks: number; systems: string[]}>}>('ipv6', '--region', '320400')
    expect(r.json).toMatchObject({rate: 0, inScope: 6, counts: {ready: 0, partial: 0, blocked: 3, unknown: 3}})
    expect(r.json.blockers.map(b => [b.id, b.blocks, b.systems])).toEqual([['cz-room', 2, ['cz-b', 'cz-c']], ['cz-private', 1, ['cz-b']], ['wj-room', 1, ['wj-a']]])
  })

  it('status: the indicators over the slice', async () => {
    const r = await run<{indicators: Array<{id: string; value: number | null; numerator: number | null; denominator: number | null}>}>('status', '--region', '320400')
    const byId = Object.fromEntries(r.json.indicators.map(i => [i.id, i]))
    expect(byId.adoption).toMatchObject({value: 0.5, numerator: 3, denominator: 6})
    // One city cloud node in the slice, managed; one private network (cz-private), not done.
    expect(byId['one-cloud-built']).toMatchObject({value: 1, numerator: 1, denominator: 1})
    expect(byId['private-networks']).toMatchObject({value: 0, numerator: 0, denominator: 1})
  })

  it('status --baseline: each due wave keeps the slice\'s systems, numbers unchanged', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'yw-slice-'))
    dirs.push(dir)
    const baseline = join(dir, 'baseline.json')
    writeFileSync(baseline, JSON.stringify({waves: [
      {index: 1, start: '2026-01-05', end: '2026-02-01', systems: [{id: 'nj-x', to: 'nj-cloud'}, {id: 'cz-b', to: 'cz-cloud'}]},
      {index: 2, start: '2026-02-02', end: '2026-03-01', systems: [{id: 'nj-y', to: 'pc-main'}]},
      {index: 3, start: '2026-03-02', end: '2026-03-29', systems: [{id: 'cz-c', to: 'cz-cloud'}, {id: 'wj-b', to: 'cz-cloud'}]},
    ]}))
    const r = await run<{waves: Array<{index: number; planned: number; done: number; slipped: string[]}>}>('status', '--baseline', baseline, '--region', '320400')
    // Wave 2 holds only 南京's nj-y: left out. wj-b is on cz-cloud already (done); cz-b and cz-c are not.
    expect(r.json.waves.map(w => [w.index, w.planned, w.done, w.slipped])).toEqual([[1, 1, 0, ['cz-b']], [3, 2, 1, ['cz-c']]])
  })

  it('graph: the slice\'s systems and the systems across its boundary they depend on', async () => {
    const county = await run<{nodes: Array<{id: string}>; edges: unknown[]}>('graph', '--region', '320412', '--format', 'json')
    expect(county.json.nodes.map(n => n.id)).toEqual(['wj-a', 'wj-b'])
    const city = await run<{nodes: Array<{id: string}>; classified: {systems: number}}>('graph', '--region', '320400', '--format', 'json')
    expect(city.json.nodes.map(n => n.id)).toEqual(['cz-a', 'cz-b', 'cz-c', 'cz-d', 'nj-x', 'p-auth', 'wj-a', 'wj-b'])
    expect(city.json.classified.systems).toBe(1)
  })

  it('impact: dependents reached through the whole graph, listed for the slice', async () => {
    const all = await runJsonInProcess<{dependents: Array<{id: string}>}>(['impact', 'p-auth', FIXTURE, '--as-of', AS_OF])
    expect(all.json.dependents.map(d => d.id)).toEqual(['cz-a'])
    const county = await runJsonInProcess<{dependents: unknown[]}>(['impact', 'p-auth', FIXTURE, '--as-of', AS_OF, '--region', '320412'])
    expect(county.json.dependents).toEqual([])
  })

  it('diff: moves and rates of the slice', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'yw-slice-'))
    dirs.push(dir)
    cpSync(join(ROOT, FIXTURE), dir, {recursive: true})
    const file = join(dir, 'systems.yaml')
    writeFileSync(file, readFileSync(file, 'utf8').replace('hosting: {node: cz-room}, networks: [cz-private]', 'hosting: {node: cz-cloud}, networks: [cz-private]').replace('hosting: {node: nj-room}', 'hosting: {node: pc-main}'))
    const r = await runJsonInProcess<{moved: Array<{id: string}>; rate: {before: number; after: number}}>(['diff', FIXTURE, dir, '--as-of', AS_OF, '--region', '320400'])
    expect(r.json.moved.map(m => m.id)).toEqual(['cz-b'])
    expect(r.json.rate).toEqual({before: 0.5, after: 4 / 6})
  })

  it('report: titled with the city\'s name; its departments, waves, nodes and networks only', async () => {
    const r = await runInProcess(['report', FIXTURE, '--as-of', AS_OF, '--region', '320400', '--format', 'markdown', '--lang', 'zh'])
    expect(r.code).toBe(0)
    expect(r.stdout.split('\n')[0]).toBe('# 常州市政务云网建设进展报告')
    for (const own of ['常州市人力资源和社会保障局', '武进区政务办', 'cz-room', 'cz-private', 'wj-room']) expect(r.stdout).toContain(own)
    for (const other of ['南京', 'nj-', '省大数据管理中心']) expect(r.stdout).not.toContain(other)
    // Its waves: 2 systems and cz-private in wave 1, cz-c with cz-private's and wj-room's end in wave 2, cz-room's in wave 3.
    expect(r.stdout).toContain('| 1 | 2027-01-04 | 2027-01-31 | 2 | 1 | 0 | 83.3% |')
    expect(r.stdout).toContain('| 3 | 2027-03-01 | 2027-03-28 | 0 | 0 | 1 | 100.0% |')
    expect(r.stdout).toContain('涉密系统 1 个')
    const en = await runInProcess(['report', FIXTURE, '--as-of', AS_OF, '--region', '320400', '--format', 'markdown', '--lang', 'en'])
    expect(en.stdout.split('\n')[0]).toBe('# Changzhou: government cloud and network progress report')
  })
})

describe('--region: an empty slice and a bad region', () => {
  it('a slice with no systems is an empty scope with its warning, never a division error', async () => {
    // 溧阳市 (320481) has no record in the fixture.
    const a = await adoption('--region', '320481')
    expect(a.code).toBe(0)
    expect(a.json).toMatchObject({rate: 1, onCloud: 0, total: 0, groups: []})
    expect(a.json.warnings.map(w => w.code)).toEqual(['EMPTY_SCOPE'])
    const p = await plan('--region', '320481')
    expect(p.json.waves).toEqual([])
    expect(p.json.warnings.map(w => w.code)).toContain('EMPTY_SCOPE')
    const i = await run<{rate: number; warnings: Array<{code: string}>}>('ipv6', '--region', '320481')
    expect(i.json.rate).toBe(1)
    expect(i.json.warnings.map(w => w.code)).toEqual(['EMPTY_SCOPE'])
    const s = await run<{indicators: Array<{id: string; value: number | null}>; warnings: Array<{code: string}>}>('status', '--region', '320481')
    expect(s.code).toBe(0)
    expect(s.json.indicators.find(x => x.id === 'adoption')?.value).toBe(1)
    expect(s.json.warnings.map(w => w.code)).toContain('EMPTY_DENOMINATOR')
    const r = await runInProcess(['report', FIXTURE, '--as-of', AS_OF, '--region', '320481', '--format', 'markdown'])
    expect(r.code).toBe(0)
  })

  it('an unknown code is a usage error (exit 2) with the closest codes', async () => {
    const r = await adoption('--region', '320499')
    expect(r.code).toBe(2)
    const e = (r.json as unknown as ErrorJson).error
    expect(e.code).toBe('UNKNOWN_REGION')
    expect(e.exitCode).toBe(2)
    expect(e.candidates?.[0]).toMatch(/^320400 /)
    const far = await adoption('--region', '999999')
    expect((far.json as unknown as ErrorJson).error.code).toBe('UNKNOWN_REGION')
    expect((await adoption('--region', '常洲市')).json).toMatchObject({error: {code: 'UNKNOWN_REGION', candidates: ['320400 常州市']}})
    const human = await runInProcess(['adoption', FIXTURE, '--region', '32O400'])
    expect(human.code).toBe(2)
    expect(human.stderr).not.toMatch(/\n\s+at /)
  })

  it('a name two regions share is a usage error that lists both codes', async () => {
    const r = await adoption('--region', '鼓楼区')
    expect(r.code).toBe(2)
    expect((r.json as unknown as ErrorJson).error).toMatchObject({code: 'AMBIGUOUS_REGION', candidates: [expect.stringMatching(/^320106 /), expect.stringMatching(/^320302 /)]})
  })

  it('every reading command takes --region, validate does not', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'oclif.manifest.json'), 'utf8')) as {commands: Record<string, {flags: Record<string, unknown>}>}
    const taking = Object.keys(manifest.commands).filter(id => 'region' in manifest.commands[id].flags).sort()
    expect(taking).toEqual(expect.arrayContaining(['adoption', 'check', 'diff', 'graph', 'impact', 'ipv6', 'plan', 'report', 'status']))
    expect(taking).not.toContain('validate')
    expect(taking).not.toContain('import')
    expect(taking).not.toContain('init')
  })
})
