// `yunwang plan` end to end, on fixtures whose plans were worked out by hand.
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {Ajv2020} from 'ajv/dist/2020.js'
import {describe, expect, it} from 'vitest'
import type {PlanCommandResult} from '../../src/commands/plan.js'
import {ROOT, runCli} from '../helpers/run-cli.js'
import {runInProcess, runJsonInProcess} from '../helpers/run-in-process.js'

const F = 'test/fixtures/plan'
const AS_OF = ['--as-of', '2026-12-01']
const plan = (args: string[]) => runJsonInProcess<PlanCommandResult>(['plan', ...args, ...AS_OF])
const ids = (r: PlanCommandResult) => r.waves.map(w => w.systems.map(s => s.id))

describe('plan: hand-computed cases', () => {
  it('a blackout pushes wave 2 to the day after it, the following waves follow on, and the network goes after the last move', async () => {
    const r = await plan([`${F}/blackout`])
    expect(r.code).toBe(0)
    const j = r.json
    expect(j.waves.map(w => [w.index, w.start, w.end])).toEqual([
      [1, '2027-01-04', '2027-01-17'],
      [2, '2027-01-26', '2027-02-08'],
      [3, '2027-02-09', '2027-02-22'],
      [4, '2027-02-23', '2027-03-08'],
    ])
    expect(j.waves[1].shiftedBy).toEqual({from: '2027-01-20', to: '2027-01-25', reason: '封网'})
    expect(ids(j)).toEqual([['a', 'b'], ['c', 'd'], ['e'], []])
    expect(j.waves.map(w => w.projectedRate)).toEqual([0.7, 0.9, 1, 1])
    expect(j.waves.map(w => w.networks)).toEqual([[{id: 'net-x', action: 'interconnect'}], [], [], [{id: 'net-x', action: 'decommission'}]])
    expect(j.waves[0].systems[0]).toEqual({id: 'a', from: 'dc', to: 'pc', group: 'a', action: 'migrate'})
    expect(j.lowerBound).toMatchObject({waves: 3, bySystems: 3, planned: 3, heldBack: []})
    expect(j.summary).toMatchObject({candidates: 5, groups: 5, placed: 5, unplaced: 0, migrationWaves: 3, rateBefore: 0.5, rateAfter: 1})
    expect(j.capacity).toEqual([{
      node: 'pc',
      capacity: {vcpu: 100, memoryGiB: 400, storageTiB: 40},
      freeAtStart: {vcpu: 80, memoryGiB: 320, storageTiB: 35},
      waves: [
        {wave: 1, before: {vcpu: 80, memoryGiB: 320, storageTiB: 35}, after: {vcpu: 72, memoryGiB: 288, storageTiB: 33}},
        {wave: 2, before: {vcpu: 72, memoryGiB: 288, storageTiB: 33}, after: {vcpu: 64, memoryGiB: 256, storageTiB: 31}},
        {wave: 3, before: {vcpu: 64, memoryGiB: 256, storageTiB: 31}, after: {vcpu: 60, memoryGiB: 240, storageTiB: 30}},
      ],
      freeAtEnd: {vcpu: 60, memoryGiB: 240, storageTiB: 30},
      shortfall: null,
    }])
  })

  it('groups larger than a per-wave limit (systems or vCPU) each get a wave of their own, with a warning', async () => {
    const r = await plan([`${F}/oversize`])
    expect(r.code).toBe(0)
    // The department cloud all of them leave closes in the wave after the last one: a wave of its own.
    expect(ids(r.json)).toEqual([['big1', 'big2', 'big3'], ['x', 'y'], ['z'], []])
    expect(r.json.waves.map(w => w.nodes)).toEqual([[], [], [], [{id: 'dc', action: 'close'}]])
    expect(r.json.waves.slice(0, 3).map(w => w.systems[0].group)).toEqual(['big', 'x', 'z'])
    expect(r.json.warnings.filter(w => w.code === 'OVERSIZE_GROUP').map(w => [w.subject, w.wave])).toEqual([['big', 1], ['z', 3]])
    expect(r.json.lowerBound).toMatchObject({waves: 3, oversize: 2, bySystems: 1, byVcpu: 1, planned: 3})
  })

  it('dependents-first reverses the order: x may not come after big', async () => {
    const r = await plan([`${F}/oversize`, '--order', 'dependents-first'])
    const waveOf = new Map(r.json.waves.flatMap(w => w.systems.map(s => [s.id, w.index] as const)))
    expect(waveOf.get('x')!).toBeLessThanOrEqual(waveOf.get('big1')!)
    expect(r.json.summary.migrationWaves).toBe(3)
  })

  it('places by region then province, reports unplaced, blocked networks, cross-boundary dependencies and the shortfall', async () => {
    const r = await plan([`${F}/networks`])
    expect(r.code).toBe(0)
    const j = r.json
    expect(ids(j)).toEqual([['late'], ['nj-a'], ['nj-b'], []])
    expect(j.waves.flatMap(w => w.systems.map(s => s.to))).toEqual(['pc', 'city-nj', 'pc'])
    expect(j.waves.map(w => w.networks.map(n => `${n.id}:${n.action}`))).toEqual([['net-q:interconnect'], ['net-p:interconnect'], [], ['net-p:decommission']])
    expect(j.waves.map(w => w.projectedRate)).toEqual([1 / 6, 2 / 6, 3 / 6, 3 / 6])
    expect(j.unplaced.map(u => [u.id, u.reason, u.nodes])).toEqual([['hi', 'no-eligible-node', []], ['huge', 'no-capacity', ['pc']]])
    expect(j.blockedNetworks).toEqual([{id: 'net-q', systems: ['keep'], classified: 1}])
    expect(j.crossBoundary).toEqual([{from: 'nj-b', to: 'keep'}])
    expect(j.summary.crossBoundaryClassified).toBe(1)
    expect(j.capacity.find(c => c.node === 'pc')!.shortfall).toEqual({vcpu: 69, memoryGiB: 276, storageTiB: 0})
    expect(j.capacity.find(c => c.node === 'city-nj')!.freeAtEnd).toEqual({vcpu: 0, memoryGiB: 0, storageTiB: 0})
    expect(j.warnings.filter(w => w.code === 'DEADLINE_MISSED').map(w => [w.subject, w.end])).toEqual([['late', '2027-01-31']])
    expect(JSON.stringify(j)).not.toContain('"sec"')
  })

  it('names classified systems only with --include-classified', async () => {
    const r = await plan([`${F}/networks`, '--include-classified'])
    expect(r.json.blockedNetworks).toEqual([{id: 'net-q', systems: ['keep', 'sec'], classified: 0}])
    expect(r.json.crossBoundary).toEqual([{from: 'nj-a', to: 'sec'}, {from: 'nj-b', to: 'keep'}])
    expect((await runInProcess(['plan', `${F}/networks`, ...AS_OF])).stdout).not.toMatch(/\bsec\b/)
  })

  it('--strict exits 1 on unplaced systems or missed deadlines, 0 when there are none', async () => {
    expect((await plan([`${F}/networks`, '--strict'])).code).toBe(1)
    expect((await plan([`${F}/blackout`, '--strict'])).code).toBe(0)
  })
})

describe('plan: configuration', () => {
  it('flags override the PlanConfig file, --blackout replaces its blackouts', async () => {
    const r = await plan([`${F}/blackout`, '--max-systems-per-wave', '5', '--start', '2027-01-18', '--wave-days', '7', '--blackout', '2027-01-18..2027-01-19'])
    expect(r.json.config).toEqual({start: '2027-01-18', waveDays: 7, maxSystemsPerWave: 5, order: 'dependencies-first', blackouts: [{from: '2027-01-18', to: '2027-01-19'}]})
    expect(r.json.waves.map(w => [w.start, w.systems.length])).toEqual([['2027-01-20', 5], ['2027-01-27', 0]])
  })

  it('--config reads a PlanConfig file; without any, the defaults start on --as-of', async () => {
    const withFile = await plan([`${F}/oversize/systems.yaml`, `${F}/oversize/nodes.yaml`, '--config', `${F}/blackout/plan.yaml`])
    expect(withFile.json.config.start).toBe('2027-01-04')
    expect(withFile.json.config.maxSystemsPerWave).toBe(2)
    const none = await plan([`${F}/oversize/systems.yaml`, `${F}/oversize/nodes.yaml`])
    expect(none.json.config).toEqual({start: '2026-12-01', waveDays: 28, maxSystemsPerWave: 20, order: 'dependencies-first', blackouts: []})
    expect(none.json.summary.migrationWaves).toBe(1)
  })

  it('bad configuration is a usage error: exit 2, one line, no stack', async () => {
    // Spawned: the real binary's exit status, and no stack trace reaching the user.
    const bad = runCli(['plan', `${F}/blackout`, '--config', `${F}/bad-config.yaml`, ...AS_OF])
    expect(bad.code).toBe(2)
    expect(bad.stderr + bad.stdout).toMatch(/bad-config\.yaml:4:\d+/)
    expect((await runInProcess(['plan', `${F}/blackout`, '--config', `${F}/blackout/nodes.yaml`])).code).toBe(2)
    expect((await runInProcess(['plan', `${F}/blackout`, '--blackout', '2027-02-10..2027-02-01'])).code).toBe(2)
    expect((await runInProcess(['plan', `${F}/blackout`, '--start', '2027-02-30'])).code).toBe(2)
    expect((await runInProcess(['plan', `${F}/blackout`, '--max-vcpu-per-wave', '-3'])).code).toBe(2)
    const missing = await runJsonInProcess(['plan', `${F}/blackout`, '--explain', 'nope'])
    expect(missing.code).toBe(2)
    expect((missing.json as {error: {code: string}}).error.code).toBe('NOT_FOUND_ID')
  })
})

describe('plan --explain', () => {
  it('says which full wave and which blackout put a system where it is', async () => {
    const r = await plan([`${F}/blackout`, '--explain', 'c'])
    expect(r.json.explanation).toMatchObject({
      id: 'c', status: 'placed', wave: 2, start: '2027-01-26', node: {node: 'pc', via: 'region'},
      because: [{kind: 'capacity', from: 1, to: 1}, {kind: 'blackout', blackout: {from: '2027-01-20', to: '2027-01-25'}}],
    })
  })

  it('names the dependency it waited for, and why a system is not moved or not placed', async () => {
    expect((await plan([`${F}/networks`, '--explain', 'nj-b'])).json.explanation).toMatchObject({
      status: 'placed', wave: 3, node: {node: 'pc', via: 'province', full: ['city-nj']},
      because: [{kind: 'dependency', group: 'nj-a', wave: 2}, {kind: 'capacity', from: 2, to: 2}],
    })
    // x could have shared wave 1 with big (same wave is allowed), but big, over the limit, took it alone.
    expect((await plan([`${F}/oversize`, '--explain', 'x'])).json.explanation).toMatchObject({because: [{kind: 'capacity', from: 1, to: 1}]})
    expect((await plan([`${F}/networks`, '--explain', 'keep'])).json.explanation).toEqual({id: 'keep', status: 'not-candidate', reason: 'retain'})
    expect((await plan([`${F}/networks`, '--explain', 'hi'])).json.explanation).toMatchObject({status: 'unplaced', reason: 'no-eligible-node'})
    const text = await runInProcess(['plan', `${F}/blackout`, '--explain', 'c', ...AS_OF])
    expect(text.code).toBe(0)
    expect(text.stdout.split('\n')[0]).toContain('wave 2')
  })
})

describe('plan output', () => {
  const schema = JSON.parse(readFileSync(join(ROOT, 'schemas/output/plan.schema.json'), 'utf8'))
  const validate = new Ajv2020({allErrors: true, strict: false}).compile(schema)

  it.each([[`${F}/blackout`], [`${F}/oversize`], [`${F}/networks`], ['examples/jiangsu']])('--json of %s matches schemas/output/plan.schema.json', async path => {
    const r = await plan([path])
    expect(validate(r.json), JSON.stringify(validate.errors)).toBe(true)
  })

  it('--explain output matches the schema too', async () => {
    const r = await plan([`${F}/networks`, '--explain', 'nj-b'])
    expect(validate(r.json), JSON.stringify(validate.errors)).toBe(true)
  })

  it('is the same in every format and order, byte for byte, and csv has one row per item', async () => {
    const a = await runInProcess(['plan', 'examples/jiangsu', ...AS_OF, '--format', 'csv'])
    const b = await runInProcess(['plan', 'examples/jiangsu/systems', 'examples/jiangsu/plan.yaml', 'examples/jiangsu/networks.yaml', 'examples/jiangsu/nodes.yaml', ...AS_OF, '--format', 'csv'])
    expect(a.code).toBe(0)
    expect(b.stdout).toBe(a.stdout)
    const j = (await plan(['examples/jiangsu'])).json
    const items = j.waves.reduce((n, w) => n + w.systems.length + w.networks.length + w.nodes.length, 0)
    expect(a.stdout.trimEnd().split('\r\n').length).toBe(items + 1)
    const zh = await runInProcess(['plan', `${F}/blackout`, ...AS_OF, '--lang', 'zh', '--format', 'markdown'])
    expect(zh.stdout).toContain('| 批次 |')
  })
})
