#!/usr/bin/env node
// Builds a git repository holding examples/jiangsu as it grew over twelve months (December 2025 to
// November 2026): provincial systems migrating off department clouds and self-built rooms, city cloud
// nodes brought under management, private networks consolidated, monthly measurements reported. The
// last commit is examples/jiangsu as it is; the earlier ones are derived from it, so the history always
// matches the example. Dates, authors and messages are fixed: the same folder gives the same hashes.
// Run: node scripts/build-example-history.mjs DIR [--force]   (DIR must not exist or be empty; --force empties it)
//      then: yunwang trend DIR/inventory --since 2025-12 --as-of 2026-12-02
import {execFileSync} from 'node:child_process'
import {cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs'
import {dirname, join, relative} from 'node:path'
import {fileURLToPath} from 'node:url'
import {dump, load} from 'js-yaml'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
const SOURCE = join(ROOT, 'examples/jiangsu')

/** Month 0 is 2025-12, month 11 is 2026-11 (the example's own state). */
const MONTHS = Array.from({length: 12}, (_, i) => {
  const m = 11 + i
  return `${2025 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`
})

/** The month each city cloud node was brought under management (纳管); absent: managed all along, or not yet. */
const ONBOARDED = {'city-sz': 2, 'city-wx': 3, 'city-xz': 5, 'city-cz': 6, 'city-nt': 8, 'city-yc': 9, 'city-yz': 10, 'city-zj': 11}

/** Networks' consolidation before the month it reached its present status. */
const NETWORK_STEPS = {
  'net-weijian': [[7, 'in-progress']],
  'net-jiaotong': [[4, 'planned']],
  'net-scjg': [[5, 'none'], [9, 'planned']],
}

/** Where a department file's systems ran before they moved to the provincial cloud. */
const FORMER_NODE = {
  'systems/economy-regulation.yaml': ['sb-caizheng', 'sb-shuiwu'],
  'systems/social-services.yaml': ['dc-renshe', 'dc-weijian', 'sb-jiaoyu'],
  'systems/resources-environment.yaml': ['dc-ziran', 'sb-jiaotong', 'sb-shuili'],
  'systems/public-security-justice.yaml': ['dc-gongan', 'sb-sifa'],
}

const AUTHORS = [
  ['Provincial big data centre', 'inventory@dsj.example.gov.cn'],
  ['Cloud operations team', 'cloud-ops@dsj.example.gov.cn'],
]

function files(dir) {
  return readdirSync(dir, {withFileTypes: true}).flatMap(e => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)])).sort()
}

/** The moving systems of a file: every second one on pc-main, each given a month and a former node. */
function movers(rel, doc) {
  const former = FORMER_NODE[rel]
  if (!former) return new Map()
  const out = new Map()
  const onCloud = doc.systems.filter(s => s.hosting?.node === 'pc-main' && (s.status ?? 'in-service') === 'in-service' && !s.classified)
  onCloud.forEach((s, i) => {
    if (i % 2 === 0) out.set(s.id, {month: 1 + ((i / 2) % 11), node: former[(i / 2) % former.length]})
  })
  return out
}

/** The file's document in month `m`, or undefined when it is as in the example. */
function asOfMonth(rel, doc, m) {
  const copy = structuredClone(doc)
  let changed = false
  if (Array.isArray(copy.systems)) {
    const moving = movers(rel, doc)
    for (const s of copy.systems) {
      const move = moving.get(s.id)
      if (move && m < move.month) {
        s.hosting = {...s.hosting, node: move.node}
        changed = true
      }
    }
  }
  if (Array.isArray(copy.nodes)) {
    for (const n of copy.nodes) {
      const month = ONBOARDED[n.id]
      if (month !== undefined && m < month) {
        n.managed = false
        changed = true
      }
    }
  }
  if (Array.isArray(copy.networks)) {
    for (const n of copy.networks) {
      for (const [until, status] of NETWORK_STEPS[n.id] ?? []) {
        if (m < until) {
          n.consolidation = {...n.consolidation, status}
          changed = true
          break
        }
      }
    }
  }
  if (Array.isArray(copy.measurements)) {
    const kept = copy.measurements.filter(r => r.period <= MONTHS[m])
    changed ||= kept.length !== copy.measurements.length
    copy.measurements = kept
  }
  return changed ? copy : undefined
}

const MESSAGES = [
  '清单基线：各部门摸底清查结果入库',
  '苏州市云节点纳管；省财政厅、省人社厅首批系统迁移上云',
  '无锡市云节点纳管；更新系统部署节点',
  '省交通运输厅专网开始整合；系统迁移上云',
  '徐州市云节点纳管；省市场监管局专网列入整合计划',
  '常州市云节点纳管；系统迁移上云',
  '系统迁移上云；更新部署节点',
  '南通市云节点纳管；省卫生健康委专网整合完成',
  '盐城市云节点纳管；省市场监管局专网开始整合',
  '扬州市云节点纳管；上报9月公共数据共享率',
  '镇江市云节点纳管；上报10月指标；系统迁移上云',
  '上报11月指标；清单与 examples/jiangsu 一致',
]

function main() {
  const args = process.argv.slice(2)
  const force = args.includes('--force')
  const [out, ...rest] = args.filter(a => a !== '--force')
  if (!out || rest.length > 0 || out.startsWith('-')) {
    process.stderr.write('usage: node scripts/build-example-history.mjs DIR [--force]\n')
    process.exit(2)
  }
  if (existsSync(out) && readdirSync(out).length > 0) {
    if (!force) {
      process.stderr.write(`${out} exists and is not empty (--force empties it)\n`)
      process.exit(2)
    }
    rmSync(out, {recursive: true, force: true})
  }
  mkdirSync(out, {recursive: true})
  const git = (args, env = {}) => execFileSync('git', ['-c', 'commit.gpgsign=false', '-c', 'core.hooksPath=/dev/null', ...args], {cwd: out, stdio: ['ignore', 'pipe', 'pipe'], env: {...process.env, ...env}})
  git(['init', '-q'])
  git(['symbolic-ref', 'HEAD', 'refs/heads/main'])
  const sources = files(SOURCE).map(file => ({rel: relative(SOURCE, file), text: readFileSync(file, 'utf8')}))
  const docs = new Map(sources.filter(s => /\.ya?ml$/.test(s.rel)).map(s => [s.rel, load(s.text)]))
  MONTHS.forEach((month, m) => {
    const inv = join(out, 'inventory')
    rmSync(inv, {recursive: true, force: true})
    for (const s of sources) {
      const target = join(inv, s.rel)
      mkdirSync(dirname(target), {recursive: true})
      const earlier = docs.has(s.rel) ? asOfMonth(s.rel, docs.get(s.rel), m) : undefined
      if (earlier) writeFileSync(target, dump(earlier, {lineWidth: -1, noRefs: true}))
      else cpSync(join(SOURCE, s.rel), target)
    }
    git(['add', '-A', '.'])
    // The 20th of each month, 10:00 China Standard Time; author and committer alike.
    const date = `${month}-20T10:00:00+08:00`
    const [name, email] = AUTHORS[m % AUTHORS.length]
    git(['-c', `user.name=${name}`, '-c', `user.email=${email}`, 'commit', '-q', '--allow-empty', '-m', MESSAGES[m], '--date', date], {GIT_COMMITTER_DATE: date, GIT_COMMITTER_NAME: name, GIT_COMMITTER_EMAIL: email, GIT_AUTHOR_NAME: name, GIT_AUTHOR_EMAIL: email})
  })
  process.stdout.write(`${out}: ${MONTHS.length} commits, ${MONTHS[0]} to ${MONTHS.at(-1)}\n`)
}

main()
