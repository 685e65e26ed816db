#!/usr/bin/env node
// Writes a large, deterministic inventory for timing `yunwang ipv6`: systems with IPv6 facts (some
// addresses wrong on purpose), networks with overlapping IPv4/IPv6 prefixes, a sparse dependency graph.
//   node test/bench/generate-ipv6-inventory.mjs --systems 100000 --networks 5000 --seed 1 --out /tmp/ipv6-100k
import {mkdirSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {parseArgs} from 'node:util'

const {values} = parseArgs({
  options: {
    systems: {type: 'string', default: '100000'},
    networks: {type: 'string', default: '5000'},
    nodes: {type: 'string', default: '300'},
    seed: {type: 'string', default: '1'},
    out: {type: 'string'},
  },
})
if (!values.out) {
  process.stderr.write('usage: generate-ipv6-inventory.mjs --out DIR [--systems N] [--networks N] [--nodes N] [--seed N]\n')
  process.exit(2)
}
const SYSTEMS = Number(values.systems)
const NETWORKS = Number(values.networks)
const NODES = Number(values.nodes)

// mulberry32: small, fast, and the same sequence on every platform for a given seed.
let state = Number(values.seed) >>> 0
function random() {
  state = (state + 0x6d2b79f5) >>> 0
  let t = state
  t = Math.imul(t ^ (t >>> 15), t | 1)
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}
const int = n => Math.floor(random() * n)
const pick = xs => xs[int(xs.length)]
const chance = p => random() < p
const hex = n => n.toString(16)

const REGIONS = ['320000', '320100', '320200', '320300', '320400', '320500', '320600', '320700', '320800', '320900', '321000', '321100', '321200', '321300']
const DEPARTMENTS = Array.from({length: 60}, (_, i) => `部门${String(i + 1).padStart(2, '0')}`)
const NODE_TYPES = ['provincial-cloud', 'city-cloud', 'department-cloud', 'self-built', 'external']

const nodes = Array.from({length: NODES}, (_, i) => ({
  id: `node-${String(i).padStart(4, '0')}`,
  name: `节点${i}`,
  type: pick(NODE_TYPES),
  region: pick(REGIONS),
  dualStack: chance(0.8),
}))

// Network 0 is the extranet; the rest are private networks. Each network k owns 240e:<k>::/32 for IPv6
// (when it lists IPv6 at all) and an IPv4 block drawn from a small pool, so overlaps happen.
const networks = [{id: 'net-00000', name: '电子政务外网', type: 'extranet', dualStack: true, prefixes: ['10.0.0.0/10', '240e:0::/32']}]
for (let k = 1; k < NETWORKS; k++) {
  const prefixes = []
  const v4 = int(3)
  if (v4 === 0) prefixes.push(`10.${int(256)}.${int(16) * 16}.0/${20 + int(5)}`)
  else if (v4 === 1) prefixes.push(`172.${16 + int(16)}.${int(256)}.0/24`)
  else prefixes.push(`192.168.${int(256)}.0/${24 + int(3)}`)
  if (chance(0.6)) prefixes.push(`240e:${hex(k)}::/32`)
  networks.push({
    id: `net-${String(k).padStart(5, '0')}`,
    name: `业务专网${k}`,
    type: 'private',
    owner: pick(DEPARTMENTS),
    dualStack: chance(0.7),
    prefixes,
    consolidation: {status: pick(['none', 'planned', 'in-progress', 'done'])},
  })
}

const systems = []
for (let i = 0; i < SYSTEMS; i++) {
  const id = `sys-${String(i).padStart(6, '0')}`
  const attached = chance(0.9) ? [networks[0].id] : []
  if (chance(0.4)) attached.push(networks[1 + int(NETWORKS - 1)].id)
  const s = {
    id,
    name: `系统${i}`,
    department: pick(DEPARTMENTS),
    level: pick(['province', 'city', 'county']),
    region: pick(REGIONS),
    hosting: {node: pick(nodes).id},
  }
  if (chance(0.01)) s.classified = true
  else if (chance(0.03)) s.status = pick(['retired', 'planned', 'retiring'])
  if (attached.length > 0) s.networks = attached
  if (chance(0.85)) {
    const addresses = []
    const count = int(3)
    for (let a = 0; a < count; a++) {
      const net = attached.length > 0 ? pick(attached) : networks[0].id
      const k = Number(net.slice(4))
      const roll = random()
      if (roll < 0.9) addresses.push(`240e:${hex(k)}:${hex(int(65536))}::${hex(1 + int(65535))}`)
      else if (roll < 0.92) addresses.push('2001:db8::1')
      else if (roll < 0.94) addresses.push(`fe80::${hex(1 + int(65535))}`)
      else if (roll < 0.96) addresses.push(`fd00::${hex(1 + int(65535))}`)
      else if (roll < 0.98) addresses.push(`240e:ffff:${hex(int(65536))}::1`)
      else addresses.push('not-an-address')
    }
    s.ipv6 = {addresses, aaaa: chance(0.7), appSupport: pick(['full', 'full', 'full', 'partial', 'none', 'unknown'])}
  }
  if (i > 0 && chance(0.6)) {
    const deps = new Set()
    const n = 1 + int(3)
    for (let d = 0; d < n; d++) deps.add(`sys-${String(int(i)).padStart(6, '0')}`)
    s.dependsOn = [...deps].sort()
  }
  systems.push(s)
}

mkdirSync(values.out, {recursive: true})
const write = (file, doc) => writeFileSync(join(values.out, file), JSON.stringify(doc))
write('nodes.json', {apiVersion: 'yunwang/v1', kind: 'NodeInventory', nodes})
write('networks.json', {apiVersion: 'yunwang/v1', kind: 'NetworkInventory', networks})
const PER_FILE = 20000
for (let f = 0; f * PER_FILE < systems.length; f++) {
  write(`systems-${String(f).padStart(3, '0')}.json`, {apiVersion: 'yunwang/v1', kind: 'SystemInventory', systems: systems.slice(f * PER_FILE, (f + 1) * PER_FILE)})
}
process.stderr.write(`wrote ${systems.length} systems, ${networks.length} networks, ${nodes.length} nodes to ${values.out}\n`)
