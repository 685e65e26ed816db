#!/usr/bin/env node
// Writes a synthetic provincial inventory for benchmarking `yunwang plan`: N systems (default 100,000)
// across the 13 cities of Jiangsu, with dependency chains and cycles, explicit groups, pins, notBefore
// dates, deadlines, retire/retain strategies, exemptions, classified systems, private networks and a
// PlanConfig. Deterministic for a given N and seed.
//   node test/bench/generate-plan-inventory.mjs OUT_DIR [N] [SEED]
import {mkdirSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'

const [out, nArg, seedArg] = process.argv.slice(2)
if (!out) {
  process.stderr.write('usage: generate-plan-inventory.mjs OUT_DIR [N] [SEED]\n')
  process.exit(2)
}
const N = Number(nArg ?? 100_000)
let state = Number(seedArg ?? 20270104) >>> 0
const rand = () => {
  // mulberry32
  state = (state + 0x6d2b79f5) >>> 0
  let t = state
  t = Math.imul(t ^ (t >>> 15), t | 1)
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}
const pick = xs => xs[Math.floor(rand() * xs.length)]
const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1))
const q = s => JSON.stringify(s)

const CITIES = ['320100', '320200', '320300', '320400', '320500', '320600', '320700', '320800', '320900', '321000', '321100', '321200', '321300']
const REGIONS = ['320000', ...CITIES]
mkdirSync(join(out, 'systems'), {recursive: true})

// Nodes: the provincial cloud (x86 and xinchuang), one city cloud per city (all but two managed), department
// clouds and self-built rooms that systems leave, and a classified room.
const scale = N / 100_000
const nodes = [
  {id: 'pc-main', type: 'provincial-cloud', managed: true, region: '320000', mlpsCertified: 3, platform: 'x86', capacity: {vcpu: Math.round(900_000 * scale), memoryGiB: Math.round(3_600_000 * scale), storageTiB: Math.round(160_000 * scale)}},
  {id: 'pc-kylin', type: 'provincial-cloud', managed: true, region: '320000', mlpsCertified: 3, platform: 'xinchuang', capacity: {vcpu: Math.round(30_000 * scale), memoryGiB: Math.round(120_000 * scale), storageTiB: Math.round(8_000 * scale)}},
  ...CITIES.map((r, k) => ({id: `city-${r}`, type: 'city-cloud', managed: k < 11, region: r, mlpsCertified: k % 4 === 0 ? 2 : 3, platform: 'x86', capacity: {vcpu: Math.round(40_000 * scale), memoryGiB: Math.round(160_000 * scale), storageTiB: Math.round(8_000 * scale)}})),
  ...Array.from({length: 40}, (_, k) => ({id: `dept-${k}`, type: 'department-cloud', managed: false, region: '320000'})),
  ...CITIES.map(r => ({id: `room-${r}`, type: 'self-built', managed: false, region: r})),
  {id: 'secret-room', type: 'self-built', classified: true, region: '320000'},
]
const onCloud = nodes.filter(n => n.type === 'provincial-cloud' || (n.type === 'city-cloud' && n.managed))
const nodeLines = nodes.map(n => `  - {id: ${n.id}, name: ${n.id}, type: ${n.type}, managed: ${n.managed ?? false}, region: ${q(n.region)}${n.classified ? ', classified: true' : ''}${n.mlpsCertified ? `, mlpsCertified: ${n.mlpsCertified}` : ''}${n.platform ? `, platform: ${n.platform}` : ''}${n.capacity ? `, capacity: {vcpu: ${n.capacity.vcpu}, memoryGiB: ${n.capacity.memoryGiB}, storageTiB: ${n.capacity.storageTiB}}` : ''}}`)
writeFileSync(join(out, 'nodes.yaml'), `apiVersion: yunwang/v1\nkind: NodeInventory\nnodes:\n${nodeLines.join('\n')}\n`)

const NETS = 30
const netLines = Array.from({length: NETS}, (_, k) => `  - {id: net-${k}, name: 专网${k}, type: private, owner: 部门${k}, consolidation: {status: ${pick(['none', 'planned', 'in-progress', 'done'])}}}`)
writeFileSync(join(out, 'networks.yaml'), `apiVersion: yunwang/v1\nkind: NetworkInventory\nnetworks:\n  - {id: net-extranet, name: 电子政务外网, type: extranet, dualStack: true}\n${netLines.join('\n')}\n`)

writeFileSync(join(out, 'plan.yaml'), `apiVersion: yunwang/v1
kind: PlanConfig
start: 2027-01-04
waveDays: 14
maxSystemsPerWave: ${Math.max(20, Math.round(N / 50))}
maxVcpuPerWave: ${Math.max(2000, Math.round(N / 50) * 12)}
order: dependencies-first
blackouts:
  - {from: 2027-02-01, to: 2027-02-20, reason: 春节}
  - {from: 2027-10-01, to: 2027-10-08, reason: 国庆}
`)

const id = i => `sys-${String(i).padStart(7, '0')}`
const date = days => new Date(Date.UTC(2027, 0, 4) + days * 86_400_000).toISOString().slice(0, 10)
const PER_FILE = 10_000
for (let f = 0; f * PER_FILE < N; f++) {
  const lines = []
  for (let i = f * PER_FILE; i < Math.min(N, (f + 1) * PER_FILE); i++) {
    const region = pick(REGIONS)
    const classified = rand() < 0.02
    const off = rand() < 0.45
    const node = classified ? 'secret-room' : off ? (region === '320000' ? `dept-${int(0, 39)}` : pick([`room-${region}`, `dept-${int(0, 39)}`])) : pick(onCloud).id
    const deps = []
    const nd = rand() < 0.6 ? int(1, 3) : 0
    for (let k = 0; k < nd && i > 0; k++) {
      // Mostly on earlier systems nearby (departmental chains), sometimes a shared platform, rarely a later one (cycles).
      const j = rand() < 0.03 ? Math.min(N - 1, i + int(1, 5)) : rand() < 0.1 ? int(0, 50) : Math.max(0, i - int(1, 40))
      if (j !== i && !deps.includes(j)) deps.push(j)
    }
    const m = []
    const r = rand()
    if (r < 0.03) m.push('strategy: retire')
    else if (r < 0.05) m.push('strategy: retain')
    if (rand() < 0.01) m.push(`group: grp-${int(0, Math.max(1, Math.round(N / 400)))}`)
    if (rand() < 0.001) m.push(`wave: ${int(1, 30)}`)
    if (rand() < 0.005) m.push(`notBefore: ${date(int(0, 300))}`)
    if (rand() < 0.01) m.push(`deadline: ${date(int(60, 720))}`)
    if (rand() < 0.02) m.push('exemption: {reason: 垂管系统, approvedBy: 省政务办, until: 2028-12-31}')
    const nets = rand() < 0.2 ? [`net-${int(0, NETS - 1)}`] : []
    const vcpu = pick([2, 4, 4, 8, 8, 16, 32])
    lines.push(`  - {id: ${id(i)}, name: 系统${i}, department: 部门${i % 97}, level: ${region === '320000' ? 'province' : 'city'}, region: ${q(region)}, hosting: {node: ${node}}` +
      `${classified ? ', classified: true' : ''}, status: ${rand() < 0.03 ? 'retiring' : 'in-service'}, mlps: ${pick([1, 2, 2, 3, 3])}, xinchuang: ${pick(['ready', 'not-ready', 'unknown'])}` +
      `, resources: {vcpu: ${vcpu}, memoryGiB: ${vcpu * 4}, storageTiB: ${pick([0.5, 1, 2, 4])}}` +
      `${nets.length ? `, networks: [net-extranet, ${nets.join(', ')}]` : ', networks: [net-extranet]'}` +
      `${deps.length ? `, dependsOn: [${deps.map(id).join(', ')}]` : ''}${m.length ? `, migration: {${m.join(', ')}}` : ''}}`)
  }
  writeFileSync(join(out, 'systems', `systems-${String(f).padStart(3, '0')}.yaml`), `apiVersion: yunwang/v1\nkind: SystemInventory\nsystems:\n${lines.join('\n')}\n`)
}
process.stdout.write(`wrote ${N} systems, ${nodes.length} nodes, ${NETS + 1} networks to ${out}\n`)
