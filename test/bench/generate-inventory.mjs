#!/usr/bin/env node
// Writes a realistic, deterministic inventory of SIZE systems to OUTDIR, split across many files, for
// benchmarks (10k, 100k, 1M systems):
//
//   node test/bench/generate-inventory.mjs SIZE OUTDIR [--seed N] [--per-file N] [--json] [--force]
//
// --json writes the same records as .json files (the fast path for national inventories: JSON.parse is
// several times quicker than any YAML parser).
//
// What it holds, all drawn from a seeded PRNG (same SIZE and seed ⇒ byte-identical files):
// - the province (320000) and its 13 cities with counties; provincial, city and county departments;
// - nodes: provincial cloud (x86 and xinchuang), a cloud per city (most managed), department clouds,
//   self-built rooms, external clouds, classified rooms; networks: the extranet, the internet, a
//   classified network and private networks (some vertical, some with overlapping prefixes);
// - systems: ~20% provincial, ~50% city, ~30% county; ~2% classified, ~3% retired, ~2% planned,
//   ~1.5% retiring; exemptions valid and expired; IPv6 facts, resources, MLPS, crypto, DR;
// - dependencies with a long tail: shared provincial platforms (identity, population, licences …; the
//   identity, exchange and portal ones, and each city's three, say so with `provides`)
//   picked Zipf-like so the first ones have tens of thousands of dependents, city platforms, chains
//   inside a department, and a few back edges that close cycles;
// - a PlanConfig (plan.yaml).
// Files: nodes.yaml, networks.yaml, plan.yaml, systems/<region>/<level>-NNNN.yaml (≤ --per-file systems each).
import {existsSync, mkdirSync, readdirSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'

function usage(message) {
  if (message) process.stderr.write(`generate-inventory: ${message}\n`)
  process.stderr.write('usage: node test/bench/generate-inventory.mjs SIZE OUTDIR [--seed N] [--per-file N] [--json] [--force]\n')
  process.exit(2)
}

const argv = process.argv.slice(2)
const positional = []
const opts = {seed: 20251231, perFile: 500, force: false, json: false}
for (let i = 0; i < argv.length; i++) {
  const a = argv[i]
  if (a === '--seed') opts.seed = Number(argv[++i])
  else if (a === '--per-file') opts.perFile = Number(argv[++i])
  else if (a === '--force') opts.force = true
  else if (a === '--json') opts.json = true
  else if (a.startsWith('--')) usage(`unknown option ${a}`)
  else positional.push(a)
}
if (positional.length !== 2) usage()
const size = Number(positional[0].replaceAll('_', ''))
const outDir = positional[1]
if (!Number.isInteger(size) || size < 100) usage('SIZE must be a whole number ≥ 100')
if (!Number.isInteger(opts.seed) || !Number.isInteger(opts.perFile) || opts.perFile < 1) usage('--seed and --per-file take whole numbers')
if (existsSync(outDir) && readdirSync(outDir).length > 0 && !opts.force) usage(`${outDir} is not empty (add --force to write into it)`)

// mulberry32: small, fast and good enough to make inventories look varied.
function prng(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
const rand = prng(opts.seed)
const chance = p => rand() < p
const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1))
const pick = list => list[Math.floor(rand() * list.length)]
/** Zipf-like pick: index k chosen with weight 1/(k+1), so the head is picked far more than the tail. */
function zipf(n) {
  const h = Math.log(n + 1)
  return Math.min(n - 1, Math.floor(Math.exp(rand() * h) - 1))
}
const pad = (n, w) => String(n).padStart(w, '0')
const date = (y, m, d) => `${y}-${pad(m, 2)}-${pad(d, 2)}`

// ---- YAML output: block style, strings quoted as JSON (valid YAML) unless plainly safe ----
const PLAIN = /^[a-z][a-z0-9._-]*$/
function scalar(v) {
  if (typeof v === 'number' || typeof v === 'boolean') return String(v)
  if (PLAIN.test(v) && !/^(true|false|null|yes|no|on|off|y|n)$/i.test(v)) return v
  return JSON.stringify(v)
}
const isScalar = v => v === null || typeof v !== 'object'
function flow(v) {
  if (isScalar(v)) return scalar(v)
  if (Array.isArray(v)) return `[${v.map(flow).join(', ')}]`
  return `{${Object.entries(v).map(([k, x]) => `${k}: ${flow(x)}`).join(', ')}}`
}
/** Small objects and arrays inline, like people write them; larger objects as blocks. */
function block(obj, indent) {
  const sp = ' '.repeat(indent)
  const lines = []
  for (const [k, v] of Object.entries(obj)) {
    if (v === undefined) continue
    const inline = isScalar(v) || Array.isArray(v) || Object.values(v).every(isScalar) || flow(v).length < 90
    lines.push(inline ? `${sp}${k}: ${flow(v)}` : `${sp}${k}:\n${block(v, indent + 2)}`)
  }
  return lines.join('\n')
}
function listDocument(kind, key, records, header) {
  if (opts.json) return `${JSON.stringify({apiVersion: 'yunwang/v1', kind, [key]: records}, null, 1)}\n`
  const items = records.map(r => {
    const body = block(r, 4)
    return `  - ${body.slice(4)}`
  })
  return `${header ? `# ${header}\n` : ''}apiVersion: yunwang/v1\nkind: ${kind}\n${key}:\n${items.join('\n')}\n`
}
function write(rel, text) {
  const file = join(outDir, opts.json ? rel.replace(/\.yaml$/, '.json') : rel)
  mkdirSync(join(file, '..'), {recursive: true})
  writeFileSync(file, text)
}

// ---- geography ----
const CITIES = [
  ['320100', '南京市', 'nj'], ['320200', '无锡市', 'wx'], ['320300', '徐州市', 'xz'], ['320400', '常州市', 'cz'],
  ['320500', '苏州市', 'sz'], ['320600', '南通市', 'nt'], ['320700', '连云港市', 'lyg'], ['320800', '淮安市', 'ha'],
  ['320900', '盐城市', 'yc'], ['321000', '扬州市', 'yz'], ['321100', '镇江市', 'zj'], ['321200', '泰州市', 'tz'], ['321300', '宿迁市', 'sq'],
].map(([code, name, slug]) => ({code, name, slug, counties: Array.from({length: int(4, 10)}, (_, i) => ({code: `${code.slice(0, 4)}${pad(i + 2, 2)}`, name: `${name.slice(0, -1)}第${i + 1}区县`}))}))

const PROVINCE_DEPTS = [
  '省政务办', '省大数据管理中心', '省发展改革委', '省教育厅', '省科技厅', '省工业和信息化厅', '省公安厅', '省民政厅', '省司法厅', '省财政厅',
  '省人力资源社会保障厅', '省自然资源厅', '省生态环境厅', '省住房城乡建设厅', '省交通运输厅', '省水利厅', '省农业农村厅', '省商务厅',
  '省文化和旅游厅', '省卫生健康委', '省退役军人厅', '省应急管理厅', '省审计厅', '省国资委', '省市场监管局', '省体育局', '省统计局',
  '省医保局', '省林业局', '省粮食和储备局', '省药监局', '省信访局', '省档案馆', '省税务局', '省地方金融监管局', '省人民政府办公厅',
]
const CITY_DEPT_KINDS = [
  '政务办', '大数据管理局', '公安局', '教育局', '人力资源和社会保障局', '卫生健康委员会', '住房公积金管理中心', '城市管理局',
  '民政局', '财政局', '自然资源和规划局', '生态环境局', '交通运输局', '市场监督管理局', '应急管理局', '文化广电和旅游局', '医疗保障局', '农业农村局',
]
const COUNTY_DEPT_KINDS = ['政务办', '公安分局', '教育局', '人社局', '卫健局', '市场监管局', '民政局', '城管局']
const SYSTEM_KINDS = ['业务管理系统', '审批系统', '监管平台', '数据共享平台', '公共服务平台', '综合办公系统', '指挥调度系统', '信息采集系统', '档案管理系统', '移动应用']

// ---- nodes ----
const nodes = []
const addNode = n => (nodes.push(n), n.id)
const PROVINCIAL_CLOUD = [
  addNode({id: 'pc-x86-a', name: '省政务云（主节点）', type: 'provincial-cloud', region: '320000', mlpsCertified: 4, dualStack: true, platform: 'x86', capacity: {vcpu: 400000, memoryGiB: 1600000, storageTiB: 60000}}),
  addNode({id: 'pc-x86-b', name: '省政务云（灾备节点）', type: 'provincial-cloud', region: '320000', mlpsCertified: 4, dualStack: true, platform: 'x86', capacity: {vcpu: 200000, memoryGiB: 800000, storageTiB: 30000}}),
  addNode({id: 'pc-xc', name: '省政务云信创节点', type: 'provincial-cloud', region: '320000', mlpsCertified: 3, dualStack: true, platform: 'xinchuang', capacity: {vcpu: 100000, memoryGiB: 400000, storageTiB: 15000}}),
]
const CLASSIFIED_NODES = [addNode({id: 'cls-province', name: '省级涉密机房', type: 'self-built', classified: true, region: '320000', mlpsCertified: 5})]
const cityCloud = new Map()
const citySelfBuilt = new Map()
for (const c of CITIES) {
  const managed = chance(0.75)
  cityCloud.set(c.code, addNode({id: `${c.slug}-cloud`, name: `${c.name}政务云`, type: 'city-cloud', managed, region: c.code, mlpsCertified: 3, dualStack: chance(0.7), capacity: {vcpu: 60000, memoryGiB: 240000, storageTiB: 8000}}))
  citySelfBuilt.set(c.code, Array.from({length: 3}, (_, i) => addNode({id: `${c.slug}-room-${i + 1}`, name: `${c.name}自建机房${i + 1}`, type: 'self-built', region: c.code, mlpsCertified: int(2, 3), dualStack: chance(0.3)})))
  CLASSIFIED_NODES.push(addNode({id: `${c.slug}-cls`, name: `${c.name}涉密机房`, type: 'self-built', classified: true, region: c.code, mlpsCertified: 5}))
}
const deptCloud = new Map()
const provinceSelfBuilt = []
PROVINCE_DEPTS.forEach((d, i) => {
  if (i % 6 === 3) deptCloud.set(d, addNode({id: `dept-cloud-${pad(i, 2)}`, name: `${d}部门云`, type: 'department-cloud', region: '320000', mlpsCertified: 3, dualStack: chance(0.4)}))
  if (i % 3 === 0) provinceSelfBuilt.push(addNode({id: `prov-room-${pad(i, 2)}`, name: `${d}自建机房`, type: 'self-built', region: '320000', mlpsCertified: int(2, 3)}))
})
const EXTERNAL = [addNode({id: 'ext-cloud-1', name: '外租公有云一', type: 'external', region: '320000', mlpsCertified: 3}), addNode({id: 'ext-cloud-2', name: '外租公有云二', type: 'external', region: '320000', mlpsCertified: 2})]

// ---- networks ----
const networks = [
  {id: 'net-extranet', name: '江苏省电子政务外网', type: 'extranet', dualStack: true, prefixes: ['10.0.0.0/9', '2409:8a00::/32']},
  {id: 'net-internet', name: '互联网出口', type: 'internet', dualStack: true},
  {id: 'net-classified', name: '涉密网', type: 'classified'},
]
const privateNets = new Map()
PROVINCE_DEPTS.forEach((d, i) => {
  if (i % 2 !== 0) return
  const id = `net-private-${pad(i, 2)}`
  const status = pick(['none', 'none', 'planned', 'in-progress', 'done'])
  // Every fifth network reuses its neighbour's IPv4 block: the overlaps a consolidation must re-address.
  const second = i % 10 === 0 && i > 0 ? i - 2 : i
  networks.push({
    id, name: `${d}业务专网`, type: 'private', owner: d, vertical: i % 8 === 0, dualStack: chance(0.2),
    prefixes: [`172.${16 + (second % 16)}.${second * 4}.0/22`, ...(chance(0.3) ? [`2409:8a00:${(0x100 + i).toString(16)}::/48`] : [])],
    consolidation: status === 'none' ? {status} : {status, deadline: date(int(2025, 2028), int(1, 12), 28)},
  })
  privateNets.set(d, id)
})

// ---- departments and where their systems live ----
const departments = []
for (const d of PROVINCE_DEPTS) departments.push({name: d, level: 'province', region: '320000', city: undefined, weight: 6})
for (const c of CITIES) {
  for (const k of CITY_DEPT_KINDS) departments.push({name: `${c.name}${k}`, level: 'city', region: c.code, city: c, weight: 3})
  for (const county of c.counties) for (const k of COUNTY_DEPT_KINDS) departments.push({name: `${county.name}${k}`, level: 'county', region: county.code, city: c, weight: 1})
}
departments.forEach((d, i) => (d.code = `d${pad(i, 4)}`))

// Shared platforms first: they are what the long tail depends on.
const PLATFORMS = [
  ['plat-auth', '统一身份认证平台'], ['plat-population', '人口基础信息库'], ['plat-license', '电子证照库'], ['plat-legal-person', '法人单位基础信息库'],
  ['plat-exchange', '数据共享交换平台'], ['plat-seal', '电子印章系统'], ['plat-pay', '统一公共支付平台'], ['plat-sms', '统一短信平台'],
  ['plat-map', '地理信息公共服务平台'], ['plat-credit', '公共信用信息平台'], ['plat-oneweb', '一网通办总门户'], ['plat-evaluate', '好差评系统'],
  ['plat-archive', '电子档案系统'], ['plat-video', '视频共享平台'], ['plat-iot', '物联感知平台'], ['plat-ai', '人工智能中台'],
  ['plat-log', '日志审计平台'], ['plat-gis', '时空大数据平台'], ['plat-form', '统一表单引擎'], ['plat-msg', '统一消息中心'],
]

const systems = []
const kinds = ['api', 'data', 'auth']
function makeSystem(id, name, dept, extra = {}) {
  return {id, name, department: dept.name, level: dept.level, region: dept.region, ...extra}
}
// The shared-platform roles (provides) of the provincial platforms and of each city's three.
const PLATFORM_ROLES = {'plat-auth': ['identity'], 'plat-exchange': ['data-exchange'], 'plat-oneweb': ['service-portal'], auth: ['identity'], exchange: ['data-exchange'], zwfw: ['service-portal']}
for (const [id, name] of PLATFORMS) {
  systems.push(makeSystem(id, name, departments[1], {serviceSystem: id === 'plat-oneweb', provides: PLATFORM_ROLES[id], mlps: 3, crypto: 'passed', disasterRecovery: true,
    hosting: {node: PROVINCIAL_CLOUD[0]}, networks: ['net-extranet', 'net-internet'], resources: {vcpu: 256, memoryGiB: 1024, storageTiB: 40},
    ipv6: {addresses: [`2409:8a00:1::${(systems.length + 1).toString(16)}`], aaaa: true, appSupport: 'full'}, xinchuang: 'ready'}))
}
const cityPlatforms = new Map()
for (const c of CITIES) {
  const dept = departments.find(d => d.name === `${c.name}大数据管理局`)
  const ids = []
  for (const [suffix, label] of [['auth', '统一身份认证分平台'], ['exchange', '数据共享交换分平台'], ['zwfw', '一体化政务服务平台']]) {
    const id = `${c.slug}-plat-${suffix}`
    systems.push(makeSystem(id, `${c.name}${label}`, dept, {serviceSystem: suffix === 'zwfw', provides: PLATFORM_ROLES[suffix], mlps: 3, hosting: {node: cityCloud.get(c.code)}, networks: ['net-extranet'],
      dependsOn: [suffix === 'auth' ? {system: 'plat-auth', kind: 'auth'} : {system: 'plat-exchange', kind: 'data'}], resources: {vcpu: 64, memoryGiB: 256, storageTiB: 10}}))
    ids.push(id)
  }
  cityPlatforms.set(c.code, ids)
}

// Department weights decide how many systems each has; a cumulative table picks a department in O(log n).
const cumulative = []
let acc = 0
for (const d of departments) cumulative.push((acc += d.weight))
function pickDepartment() {
  const x = rand() * acc
  let lo = 0
  let hi = cumulative.length - 1
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (cumulative[mid] > x) hi = mid
    else lo = mid + 1
  }
  return departments[lo]
}

function hostingFor(dept, classified, status) {
  if (classified) return dept.city ? `${dept.city.slug}-cls` : 'cls-province'
  if (status === 'planned') return chance(0.8) ? pick(PROVINCIAL_CLOUD) : dept.city ? pick(citySelfBuilt.get(dept.city.code)) : pick(provinceSelfBuilt)
  const r = rand()
  if (dept.level === 'province') {
    if (r < 0.62) return chance(0.9) ? PROVINCIAL_CLOUD[int(0, 1)] : PROVINCIAL_CLOUD[2]
    if (r < 0.77 && deptCloud.has(dept.name)) return deptCloud.get(dept.name)
    if (r < 0.95) return pick(provinceSelfBuilt)
    return pick(EXTERNAL)
  }
  if (r < (dept.level === 'city' ? 0.65 : 0.45)) return cityCloud.get(dept.city.code)
  if (r < 0.7) return PROVINCIAL_CLOUD[0]
  return pick(citySelfBuilt.get(dept.city.code))
}

const perDept = new Map()
const remaining = size - systems.length
for (let n = 0; n < remaining; n++) {
  const dept = pickDepartment()
  const list = perDept.get(dept.code) ?? []
  perDept.set(dept.code, list)
  const id = `${dept.code}-${pad(list.length + 1, 4)}`
  const classified = chance(0.02)
  const r = rand()
  const status = r < 0.03 ? 'retired' : r < 0.05 ? 'planned' : r < 0.065 ? 'retiring' : 'in-service'
  const node = hostingFor(dept, classified, status)
  const dependsOn = []
  const seen = new Set()
  const dep = (system, kind) => {
    if (seen.has(system) || system === id) return
    seen.add(system)
    dependsOn.push(kind ? {system, kind} : system)
  }
  if (!classified) {
    if (chance(0.75)) dep(PLATFORMS[zipf(PLATFORMS.length)][0], pick(kinds))
    if (chance(0.25)) dep(PLATFORMS[zipf(PLATFORMS.length)][0])
    if (dept.city && chance(0.45)) dep(pick(cityPlatforms.get(dept.city.code)), chance(0.5) ? pick(kinds) : undefined)
  }
  // Chains inside a department, mostly to recent systems, so some run long.
  if (list.length > 0 && chance(0.45)) dep(list[Math.max(0, list.length - 1 - zipf(Math.min(list.length, 50)))].id, chance(0.3) ? 'data' : undefined)
  const system = makeSystem(id, `${dept.name.replace(/^省/, '')}${pick(SYSTEM_KINDS)}${list.length + 1}`, dept, {
    classified: classified || undefined,
    status: status === 'in-service' ? undefined : status,
    serviceSystem: chance(0.02) || undefined,
    mlps: int(1, 10) <= 6 ? int(2, 3) : pick([1, 4]),
    crypto: pick(['passed', 'failed', 'none', 'none']),
    disasterRecovery: chance(0.35),
    hosting: {node},
    networks: classified ? ['net-classified'] : [...(chance(0.9) ? ['net-extranet'] : []), ...(privateNets.has(dept.name) && chance(0.4) ? [privateNets.get(dept.name)] : []), ...(chance(0.1) ? ['net-internet'] : [])],
    dependsOn: dependsOn.length > 0 ? dependsOn : undefined,
    resources: {vcpu: pick([4, 8, 8, 16, 16, 32, 64]), memoryGiB: pick([16, 32, 64, 128]), storageTiB: pick([1, 2, 5, 10])},
    ipv6: chance(0.6) ? {addresses: chance(0.7) ? [`2409:8a00:${int(1, 0xfff).toString(16)}::${int(1, 0xffff).toString(16)}`] : [], aaaa: chance(0.5), appSupport: pick(['full', 'partial', 'none', 'unknown'])} : undefined,
    xinchuang: pick(['ready', 'not-ready', 'unknown']),
  })
  if (!classified) {
    const migration = {}
    if (chance(0.04)) migration.strategy = pick(['replatform', 'refactor', 'repurchase', 'retire', 'retain'])
    if (chance(0.03)) migration.exemption = {reason: pick(['国家垂管系统', '特殊安全要求', '硬件绑定设备']), approvedBy: '省政务办', until: date(int(2024, 2027), int(1, 12), int(1, 28))}
    if (chance(0.05)) migration.deadline = date(int(2026, 2028), int(1, 12), 28)
    if (chance(0.02)) migration.group = `grp-${dept.code}`
    if (Object.keys(migration).length > 0) system.migration = migration
  }
  list.push(system)
  systems.push(system)
}
// A few back edges close cycles: about one department in eight gets one.
for (const list of perDept.values()) {
  if (list.length < 3 || !chance(0.125)) continue
  const a = list[int(0, Math.floor(list.length / 2))]
  const b = list[int(Math.floor(list.length / 2) + 1, list.length - 1)]
  if (a.classified !== b.classified) continue
  a.dependsOn = [...(a.dependsOn ?? []), b.id]
}

// ---- write ----
mkdirSync(outDir, {recursive: true})
write('nodes.yaml', listDocument('NodeInventory', 'nodes', nodes.map(n => Object.fromEntries(Object.entries(n).filter(([, v]) => v !== undefined))), `${nodes.length} hosting nodes (generated, seed ${opts.seed})`))
write('networks.yaml', listDocument('NetworkInventory', 'networks', networks, `${networks.length} networks (generated, seed ${opts.seed})`))
const planConfig = {apiVersion: 'yunwang/v1', kind: 'PlanConfig', start: '2026-01-05', waveDays: 28, maxSystemsPerWave: Math.max(20, Math.ceil(size / 200)), order: 'dependencies-first', blackouts: [{from: '2026-02-10', to: '2026-02-25', reason: '春节'}]}
if (opts.json) write('plan.yaml', `${JSON.stringify(planConfig, null, 1)}\n`)
else write('plan.yaml', `apiVersion: yunwang/v1\nkind: PlanConfig\nstart: "2026-01-05"\nwaveDays: 28\nmaxSystemsPerWave: ${Math.max(20, Math.ceil(size / 200))}\norder: dependencies-first\nblackouts:\n  - {from: "2026-02-10", to: "2026-02-25", reason: 春节}\n`)
const byFile = new Map()
for (const s of systems) {
  const key = `${s.region.slice(0, 4)}00/${s.level}`
  let list = byFile.get(key)
  if (!list) byFile.set(key, (list = []))
  list.push(Object.fromEntries(Object.entries(s).filter(([, v]) => v !== undefined)))
}
let files = 0
for (const [key, list] of [...byFile].sort(([a], [b]) => (a < b ? -1 : 1))) {
  for (let i = 0; i < list.length; i += opts.perFile) {
    write(`systems/${key}-${pad(i / opts.perFile + 1, 4)}.yaml`, listDocument('SystemInventory', 'systems', list.slice(i, i + opts.perFile)))
    files++
  }
}
process.stderr.write(`generate-inventory: ${systems.length} systems, ${nodes.length} nodes, ${networks.length} networks, ${departments.length} departments in ${files + 3} files under ${outDir}\n`)
