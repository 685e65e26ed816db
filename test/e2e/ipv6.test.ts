import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {Ajv2020} from 'ajv/dist/2020.js'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {ROOT, runCli, runJson} from '../helpers/run-cli.js'
import {runInProcess, runJsonInProcess} from '../helpers/run-in-process.js'

interface Ipv6Json {
  rate: number
  counts: {ready: number; partial: number; blocked: number; unknown: number}
  inScope: number
  excluded: {classified: number; retired: number; planned: number}
  ipv6OnlyCapable: {count: number; rate: number}
  systems: Array<{id: string; status: string; reasons: string[]; ipv6OnlyCapable: boolean}>
  blockers: Array<{kind: string; id: string; blocks: number; systems: string[]}>
  addressProblems: Array<{system: string; address: string; problem: string}>
  conflicts: Array<{a: string; b: string; prefixA: string; prefixB: string; family: string; relevant: boolean}>
  conflictCount: number
  conflictGroups: Array<{family: string; prefix: string; networks: string[]; pairs: number}>
  by?: string
  groups?: Array<{key: string; label: string; ready: number; total: number; rate: number}>
}

const FIXTURE = 'test/fixtures/ipv6'
const validateOutput = new Ajv2020({allErrors: true, strict: true}).compile(JSON.parse(readFileSync(join(ROOT, 'schemas/output/ipv6.schema.json'), 'utf8')))

describe('ipv6 on the hand-computed fixture', () => {
  let r: ReturnType<typeof runJson<Ipv6Json>>
  beforeAll(async () => {
    r = await runJsonInProcess<Ipv6Json>(['ipv6', FIXTURE])
  })

  it('counts and rates', () => {
    expect(r.code).toBe(0)
    expect(r.json.counts).toEqual({ready: 4, partial: 3, blocked: 4, unknown: 2})
    expect(r.json.inScope).toBe(13)
    expect(r.json.rate).toBe(4 / 13)
    expect(r.json.excluded).toEqual({classified: 1, retired: 1, planned: 1})
    expect(r.json.ipv6OnlyCapable).toEqual({count: 2, rate: 2 / 13})
  })

  it('statuses and reasons of every in-scope system, and no out-of-scope one', () => {
    expect(Object.fromEntries(r.json.systems.map(s => [s.id, [s.status, ...s.reasons].join(' ')]))).toEqual({
      a1: 'ready',
      a2: 'ready',
      a3: 'ready',
      a4: 'partial no-valid-address',
      a5: 'partial no-aaaa app-support-partial',
      a6: 'unknown app-support-unknown',
      a7: 'unknown no-ipv6-block',
      b1: 'blocked node-not-dual-stack:cloud-b',
      b2: 'blocked node-not-dual-stack:cloud-b network-not-dual-stack:p-old',
      b3: 'blocked network-not-dual-stack:p-old',
      b4: 'blocked node-not-dual-stack:dc-x',
      c1: 'partial no-valid-address',
      c2: 'ready',
    })
    expect(r.json.systems.filter(s => s.ipv6OnlyCapable).map(s => s.id)).toEqual(['a1', 'a2'])
    expect(r.stdout).not.toContain('x-secret')
  })

  it('ranks the blockers by systems blocked, then id', () => {
    expect(r.json.blockers).toEqual([
      {kind: 'node', id: 'cloud-b', blocks: 2, systems: ['b1', 'b2']},
      {kind: 'network', id: 'p-old', blocks: 2, systems: ['b2', 'b3']},
      {kind: 'node', id: 'dc-x', blocks: 1, systems: ['b4']},
    ])
  })

  it('lists each address problem with its code', () => {
    expect(r.json.addressProblems.map(p => `${p.system} ${p.address} ${p.problem}`)).toEqual([
      'a1 240e:6b0::1 duplicate',
      'a4 2001:db8::4 documentation',
      'a6 fe80::6 link-local',
      'b3 240e:6b0:0::1 duplicate',
      'b4 ::ffff:10.0.0.1 ipv4-mapped',
      'b4 not-an-ip malformed',
      'c1 240e:6b2::1 outside-prefix',
      'c2 fd00::1 ula',
      'c2 ff02::1 not-global-unicast',
    ])
  })

  it('lists the prefix conflicts, flagging those that hold up consolidation, without the classified network', () => {
    expect(r.json.conflicts.map(c => `${c.a} ${c.prefixA} ${c.b} ${c.prefixB} ${c.relevant}`)).toEqual([
      'ext 10.32.0.0/12 p-old 10.44.0.0/16 true',
      'p-b 172.20.0.0/16 p-c 172.20.64.0/18 true',
      'p-b 240e:6b1::/32 p-c 240e:6b1:10::/48 true',
      'p-b 172.20.0.0/16 p-done 172.20.128.0/24 false',
    ])
  })

  it('matches the output schema, here and on the example inventory, grouped or not', async () => {
    for (const out of [r.json, (await runJsonInProcess(['ipv6', FIXTURE, '--by', 'department'])).json, (await runJsonInProcess(['ipv6', 'examples/jiangsu', '--by', 'region'])).json]) {
      expect(validateOutput(out), JSON.stringify(validateOutput.errors)).toBe(true)
    }
  })

  it('gives the same bytes whatever the order of the files', async () => {
    const files = ['systems-b.yaml', 'networks.yaml', 'systems-a.yaml', 'nodes.yaml'].map(f => `${FIXTURE}/${f}`)
    expect((await runInProcess(['ipv6', ...files, '--json'])).stdout).toBe((await runInProcess(['ipv6', FIXTURE, '--json'])).stdout)
  })
})

describe('ipv6 --by', () => {
  it('groups by department with counts and rates', async () => {
    const g = (await runJsonInProcess<Ipv6Json>(['ipv6', FIXTURE, '--by', 'department'])).json
    expect(g.by).toBe('department')
    expect(g.groups?.map(x => `${x.key} ${x.ready}/${x.total}`)).toEqual(['南京市数据局 1/2', '省乙厅 0/4', '省甲厅 3/7'])
  })

  it('groups by region with the names from the region table, in the chosen language', async () => {
    const en = (await runJsonInProcess<Ipv6Json>(['ipv6', FIXTURE, '--by', 'region'])).json
    expect(en.groups?.map(x => `${x.key} ${x.label} ${x.ready}/${x.total}`)).toEqual(['320000 Jiangsu Province 3/11', '320100 Nanjing 1/2'])
    const zh = (await runJsonInProcess<Ipv6Json>(['ipv6', FIXTURE, '--by', 'region', '--lang', 'zh'])).json
    expect(zh.groups?.map(x => x.label)).toEqual(['江苏省', '南京市'])
  })
})

describe('ipv6 human output', () => {
  it('prints a csv of one table: the systems, or the chosen section', async () => {
    const systems = await runInProcess(['ipv6', FIXTURE, '--format', 'csv'])
    expect(systems.code).toBe(0)
    const rows = systems.stdout.trimEnd().split('\r\n')
    expect(rows).toHaveLength(14)
    expect(rows[1]).toBe('a1,ready,yes,')
    const blockers = (await runInProcess(['ipv6', FIXTURE, '--format', 'csv', '--section', 'blockers'])).stdout.trimEnd().split('\r\n')
    expect(blockers.slice(1)).toEqual(['node,cloud-b,2,b1 b2', 'network,p-old,2,b2 b3', 'node,dc-x,1,b4'])
  })

  it('prints markdown sections and zh text', async () => {
    const md = await runInProcess(['ipv6', FIXTURE, '--format', 'markdown', '--lang', 'zh'])
    expect(md.code).toBe(0)
    expect(md.stdout).toContain('| b2 | 受阻 | 否 | 所在节点 cloud-b 未实现双栈；接入网络 p-old 未实现双栈 |')
    expect(md.stdout.match(/^## /gm)).toHaveLength(5)
  })

  it('rejects an unknown --by with exit 2 and no stack trace', () => {
    // Spawned: the real binary's exit status, and no stack trace reaching the user.
    const bad = runCli(['ipv6', FIXTURE, '--by', 'county'])
    expect(bad.code).toBe(2)
    expect(bad.stdout + bad.stderr).not.toMatch(/\n\s+at /)
  })
})

describe('ipv6 when 3,000 networks claim one prefix', () => {
  // 4,498,500 pairs: counted and grouped, the list capped at 1,000.
  const n = 3000
  const ids = Array.from({length: n}, (_, i) => `net-${String(i).padStart(4, '0')}`)
  let dir: string
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'yunwang-overlap-'))
    writeFileSync(join(dir, 'networks.json'), JSON.stringify({
      apiVersion: 'yunwang/v1', kind: 'NetworkInventory',
      networks: ids.map(id => ({id, name: id, type: 'private', prefixes: ['10.0.0.0/8']})),
    }))
  })
  afterAll(() => rmSync(dir, {recursive: true, force: true}))

  it('gives the overlap group and the pair count, the pair list capped, in the output schema', () => {
    const r = runJson<Ipv6Json>(['ipv6', dir])
    expect(r.code).toBe(0)
    expect(r.json.conflictCount).toBe((n * (n - 1)) / 2)
    expect(r.json.conflicts).toHaveLength(1000)
    expect(r.json.conflictGroups).toEqual([{family: 'ipv4', prefix: '10.0.0.0/8', networks: ids, pairs: (n * (n - 1)) / 2}])
    expect(validateOutput(r.json), JSON.stringify(validateOutput.errors)).toBe(true)
  })

  it('prints the group with its first networks, and says on stderr when a csv of pairs is capped', () => {
    const md = runCli(['ipv6', dir, '--format', 'markdown', '--section', 'overlaps'])
    expect(md.code).toBe(0)
    expect(md.stdout).toContain(`| 10.0.0.0/8 | ${ids.slice(0, 8).join(' ')} … 3000 in all | 4498500 |`)
    const csv = runCli(['ipv6', dir, '--format', 'csv', '--section', 'conflicts'])
    expect(csv.code).toBe(0)
    expect(csv.stdout.trimEnd().split('\r\n')).toHaveLength(1001)
    expect(csv.stderr).toContain('4498500')
    const groups = runCli(['ipv6', dir, '--format', 'csv', '--section', 'overlaps']).stdout.trimEnd().split('\r\n')
    expect(groups.slice(1)).toEqual([`10.0.0.0/8,${ids.join(' ')},4498500`])
  })
})
