#!/usr/bin/env node
// Benchmark of `yunwang trend` against one `validate` of the same inventory, in the same run:
//
//   node test/bench/trend-bench.mjs [--size N] [--commits N] [--change 0.05] [--dir DIR] [--runs N]
//
// Builds (or reuses, under DIR, default $TMPDIR/yunwang-trend-bench-SIZE) a git repository whose
// first-parent history holds COMMITS monthly commits of a SIZE-system inventory (generate-inventory.mjs,
// ~500 systems a file); each month a fixed share (--change) of the system files changes: a few of their
// systems move to the provincial cloud. Then it times, with the binary, `validate inventory` and
// `trend inventory --since FIRST-MONTH` (median of --runs each) and prints both and their ratio.
// Target: trend ≤ 3 × validate (each file content is parsed once however many commits hold it). Both cold
// (--no-cache); then trend once more with the parse cache a run before filled.
import {execFileSync, spawnSync} from 'node:child_process'
import {existsSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join, relative} from 'node:path'
import {fileURLToPath} from 'node:url'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const opts = {size: 100_000, commits: 24, change: 0.05, dir: '', runs: 3}
const argv = process.argv.slice(2)
for (let i = 0; i < argv.length; i++) {
  const a = argv[i]
  const v = argv[++i]
  if (a === '--size') opts.size = Number(v.replaceAll('_', ''))
  else if (a === '--commits') opts.commits = Number(v)
  else if (a === '--change') opts.change = Number(v)
  else if (a === '--dir') opts.dir = v
  else if (a === '--runs') opts.runs = Number(v)
  else {
    process.stderr.write('usage: node test/bench/trend-bench.mjs [--size N] [--commits N] [--change 0.05] [--dir DIR] [--runs N]\n')
    process.exit(2)
  }
}
const dir = opts.dir || join(tmpdir(), `yunwang-trend-bench-${opts.size}-${opts.commits}`)
const inv = join(dir, 'inventory')

/** Month i of the history: 24 months ending 2026-11. */
const month = i => {
  const m = 2026 * 12 + 10 - (opts.commits - 1) + i
  return `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`
}

function files(d) {
  return readdirSync(d, {withFileTypes: true}).flatMap(e => (e.isDirectory() ? files(join(d, e.name)) : [join(d, e.name)])).sort()
}

function build() {
  if (existsSync(join(dir, '.git'))) return
  execFileSync(process.execPath, [join(ROOT, 'test/bench/generate-inventory.mjs'), String(opts.size), inv], {stdio: 'inherit'})
  const git = (args, env = {}) => execFileSync('git', ['-c', 'commit.gpgsign=false', '-c', 'core.hooksPath=/dev/null', '-c', 'user.name=bench', '-c', 'user.email=bench@example.invalid', ...args], {cwd: dir, stdio: 'pipe', env: {...process.env, ...env}})
  git(['init', '-q'])
  const nodes = readFileSync(join(inv, 'nodes.yaml'), 'utf8')
  const cloud = /- id: (\S+)\n(?:\s+\w+: .*\n)*?\s+type: provincial-cloud/.exec(nodes)?.[1]
  if (!cloud) throw new Error('no provincial-cloud node in the generated inventory')
  const systemFiles = files(join(inv, 'systems'))
  const perMonth = Math.max(1, Math.round(systemFiles.length * opts.change))
  for (let i = 0; i < opts.commits; i++) {
    if (i > 0) {
      // A fixed, spread-out share of the files: the month's systems leave their node for the cloud.
      for (let k = 0; k < perMonth; k++) {
        const file = systemFiles[(i * 7919 + k * 104_729) % systemFiles.length]
        const text = readFileSync(file, 'utf8')
        let moved = 0
        writeFileSync(file, text.replace(/hosting: \{node: (?!pc-)[^}]+\}/g, m => (moved++ < 5 ? `hosting: {node: ${cloud}}` : m)))
      }
    }
    git(['add', '-A', '.'])
    const date = `${month(i)}-15T10:00:00+08:00`
    git(['commit', '-q', '--allow-empty', '-m', `month ${month(i)}`, '--date', date], {GIT_COMMITTER_DATE: date})
  }
}

/** CPU seconds (user + system) of a child where /usr/bin/time can say, else undefined. */
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined

/** The bench's own parse cache (never the user's). */
const CACHE_DIR = join(tmpdir(), `yunwang-trend-bench-cache-${process.pid}`)
process.on('exit', () => rmSync(CACHE_DIR, {recursive: true, force: true}))

/**
 * Median wall and CPU milliseconds of `runs` runs of the binary. CPU is the fair figure on a shared machine.
 * Cold (`--no-cache`) unless `warm`: then with the parse cache, filled by one run before (not measured).
 */
function time(args, warm = false) {
  const runs = []
  args = warm ? args : [...args, '--no-cache']
  const env = {...process.env, NO_COLOR: '1', CI: '1', YUNWANG_CACHE_DIR: CACHE_DIR}
  if (warm) spawnSync(process.execPath, [join(ROOT, 'bin/run.js'), ...args], {cwd: dir, env, stdio: 'ignore'})
  for (let r = 0; r < opts.runs; r++) {
    const start = process.hrtime.bigint()
    const cmd = [process.execPath, join(ROOT, 'bin/run.js'), ...args]
    const p = TIME ? spawnSync(TIME, ['-f', 'cpu %U %S', ...cmd], {cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 30})
      : spawnSync(cmd[0], cmd.slice(1), {cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 30})
    const ms = Number(process.hrtime.bigint() - start) / 1e6
    if (p.status !== 0) throw new Error(`${args.join(' ')}: exit ${p.status}\n${p.stderr.toString().slice(0, 2000)}`)
    const cpu = /cpu ([\d.]+) ([\d.]+)\s*$/.exec(p.stderr.toString())
    runs.push({ms, cpu: cpu ? (Number(cpu[1]) + Number(cpu[2])) * 1000 : undefined})
  }
  const median = xs => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]
  return {ms: median(runs.map(r => r.ms)), cpu: runs[0].cpu === undefined ? undefined : median(runs.map(r => r.cpu))}
}

build()
const name = relative(dir, inv)
const validate = time(['validate', name])
const trendArgs = ['trend', name, '--since', month(0), '--as-of', `${month(opts.commits - 1)}-30`, '--json']
const trend = time(trendArgs)
const warmTrend = time(trendArgs, true)
const sec = ms => `${(ms / 1000).toFixed(2)} s`
process.stdout.write(`trend bench: ${opts.size} systems, ${opts.commits} monthly commits, ${Math.round(opts.change * 100)}% of the files changed a month (medians of ${opts.runs})\n`)
process.stdout.write(`  wall: validate ${sec(validate.ms)}, trend ${sec(trend.ms)}: ${(trend.ms / validate.ms).toFixed(2)} ×\n`)
if (validate.cpu !== undefined && trend.cpu !== undefined) process.stdout.write(`  cpu:  validate ${sec(validate.cpu)}, trend ${sec(trend.cpu)}: ${(trend.cpu / validate.cpu).toFixed(2)} × (target ≤ 3 ×)\n`)
process.stdout.write(`  trend again, the parse cache filled by a run before: ${sec(warmTrend.ms)} wall${warmTrend.cpu === undefined ? '' : `, ${sec(warmTrend.cpu)} CPU`}\n`)
