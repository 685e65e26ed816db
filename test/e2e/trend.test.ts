// `yunwang trend` on generated repositories: period boundaries in UTC+8, first-parent history, carried
// periods, a broken commit, renames, a shallow clone, one parse per blob and refused option injection.
import {execFileSync} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {Ajv2020} from 'ajv/dist/2020.js'
import {afterEach, describe, expect, it} from 'vitest'
import type {TrendResult} from '../../src/core/trend/model.js'
import {loadPolicy} from '../../src/io/load-policy.js'
import {collectTrend} from '../../src/io/collect-trend.js'
import {GitHistory} from '../../src/io/git-history.js'
import {CommitLoader} from '../../src/io/load-commit.js'
import {openParseCache} from '../../src/io/parse-cache.js'
import {TestRepo, smallInventory} from '../helpers/git-repo.js'
import {ROOT, withJson} from '../helpers/run-cli.js'
import {runInProcess, runJsonInProcess} from '../helpers/run-in-process.js'

const repos: TestRepo[] = []
const scratch: string[] = []
afterEach(() => {
  for (const r of repos.splice(0)) r.remove()
  for (const d of scratch.splice(0)) rmSync(d, {recursive: true, force: true})
})

function repo(): TestRepo {
  const r = new TestRepo('yw-trend-')
  repos.push(r)
  return r
}

async function trend(r: TestRepo, args: string[]) {
  const run = await runJsonInProcess<TrendResult & {error?: {code: string}}>(['trend', 'inv', ...args], {cwd: r.dir})
  return run
}

const adoption = (t: TrendResult) => t.periods.map(p => [p.end, p.indicators.adoptionRate ?? null])

describe('trend', () => {
  it('puts a commit at 23:30 UTC+8 on the last day in that month, and one at 00:30 UTC+8 on the 1st in the next', async () => {
    const r = repo()
    r.write(smallInventory([]))
    const jan = r.commit('2026-01-31T23:30:00+08:00')
    r.write(smallInventory(['a']))
    // 2026-01-31T16:30Z: still January in UTC, February in China.
    const feb = r.commit('2026-02-01T00:30:00+08:00')
    const {code, json} = await trend(r, ['--since', '2026-01', '--as-of', '2026-02-28'])
    expect(code).toBe(0)
    expect(json.periods.map(p => [p.end, p.commit, p.carried])).toEqual([['2026-01-31', jan, false], ['2026-02-28', feb, false]])
    expect(adoption(json)).toEqual([['2026-01-31', 0], ['2026-02-28', 0.25]])
  })

  it('follows the first parent only: a side-branch commit inside a merge is no period\'s commit', async () => {
    const r = repo()
    r.write(smallInventory([]))
    r.commit('2026-01-10T10:00:00+08:00')
    r.git('checkout', '-q', '-b', 'side')
    r.write(smallInventory(['a', 'b', 'c']))
    const side = r.commit('2026-02-20T10:00:00+08:00')
    r.git('checkout', '-q', 'main')
    r.write({...smallInventory(['a']), 'inv/notes.txt': 'x'})
    const main = r.commit('2026-02-05T10:00:00+08:00')
    r.git('-c', 'user.name=T', '-c', 'user.email=t@example.invalid', 'merge', '-q', '--no-ff', '-X', 'theirs', 'side', '-m', 'merge')
    // Re-date the merge into March (amend keeps the parents).
    r.commit('2026-03-10T10:00:00+08:00', 'merge', ['--amend'])
    const {json} = await trend(r, ['--since', '2026-02', '--as-of', '2026-03-31'])
    expect(json.periods[0].commit).toBe(main)
    expect(json.periods[0].commit).not.toBe(side)
    expect(adoption(json)).toEqual([['2026-02-28', 0.25], ['2026-03-31', 0.75]])
  })

  it('carries the previous commit into a month without one, leaves out months before the first commit', async () => {
    const r = repo()
    r.write(smallInventory(['a']))
    const jan = r.commit('2026-01-15T09:00:00+08:00')
    r.write(smallInventory(['a', 'b']))
    const mar = r.commit('2026-03-02T09:00:00+08:00')
    const {json} = await trend(r, ['--since', '2025-11', '--as-of', '2026-03-31'])
    expect(json.periods.map(p => [p.end, p.commit, p.carried])).toEqual([['2026-01-31', jan, false], ['2026-02-28', jan, true], ['2026-03-31', mar, false]])
    expect(adoption(json).map(x => x[1])).toEqual([0.25, 0.25, 0.5])
    expect(json.warnings).toEqual([])
  })

  it('ends the current period at the evaluation date and reads quarters', async () => {
    const r = repo()
    r.write(smallInventory(['a']))
    r.commit('2026-01-15T09:00:00+08:00')
    r.write(smallInventory(['a', 'b', 'c']))
    r.commit('2026-05-02T09:00:00+08:00')
    const {json} = await trend(r, ['--since', '2026-02', '--every', 'quarter', '--as-of', '2026-05-10'])
    expect(adoption(json)).toEqual([['2026-03-31', 0.25], ['2026-05-10', 0.75]])
  })

  it('gives a commit whose inventory does not load its problem\'s code, and reads the later ones', async () => {
    const r = repo()
    r.write(smallInventory(['a']))
    r.commit('2026-01-15T09:00:00+08:00')
    r.write(smallInventory(['a'], {systems: '  - {id: e, name: 系统e, department: D3, level: province, region: "320000", hosting: {node: nowhere}}\n'}))
    const broken = r.commit('2026-02-15T09:00:00+08:00')
    r.write(smallInventory(['a', 'b', 'c', 'd']))
    r.commit('2026-03-15T09:00:00+08:00')
    const {code, json} = await trend(r, ['--since', '2026-01', '--as-of', '2026-03-31'])
    expect(code).toBe(0)
    expect(json.periods[1]).toMatchObject({end: '2026-02-28', commit: broken, indicators: {}, error: {code: 'UNKNOWN_NODE', file: 'inv/systems.yaml', line: 8, problems: 1}})
    expect(adoption(json)).toEqual([['2026-01-31', 0.25], ['2026-02-28', null], ['2026-03-31', 1]])
    const human = await runInProcess(['trend', 'inv', '--since', '2026-01', '--as-of', '2026-03-31'], {cwd: r.dir})
    expect(human.code).toBe(0)
    expect(human.stdout).toContain('UNKNOWN_NODE')
  })

  it('reads renamed files, and parses each blob once however many commits and names hold it', async () => {
    const r = repo()
    const inv = smallInventory(['a'])
    r.write(inv)
    r.commit('2026-01-15T09:00:00+08:00')
    // February renames the systems file; March changes only the nodes' file name again and adds a file.
    r.git('mv', 'inv/systems.yaml', 'inv/systems-renamed.yaml')
    r.commit('2026-02-15T09:00:00+08:00')
    mkdirSync(join(r.dir, 'inv/all'))
    r.git('mv', 'inv/nodes.yaml', 'inv/all/nodes.yaml')
    r.write({'inv/more.yaml': 'apiVersion: yunwang/v1\nkind: SystemInventory\nsystems:\n  - {id: f, name: 系统f, department: D3, level: province, region: "320000", hosting: {node: pc}}\n'})
    r.commit('2026-03-15T09:00:00+08:00')
    const parsed: string[] = []
    const out = await collectTrend(['inv'], {
      cwd: r.dir, rev: 'HEAD', since: '2026-01', every: 'month', asOf: '2026-03-31', lang: 'en', policy: loadPolicy(undefined, r.dir), includeClassified: false,
      onParse: oid => parsed.push(oid),
    })
    expect(out.periods.map(p => p.indicators.adoptionRate)).toEqual([0.25, 0.25, 0.4])
    // Three blobs in all: systems, nodes and the March file.
    expect(parsed).toHaveLength(3)
    expect(new Set(parsed).size).toBe(3)
  })

  it('reads blobs parsed in an earlier run from the parse cache, with the same result; a broken blob is parsed every time', async () => {
    const r = repo()
    r.write(smallInventory(['a']))
    r.commit('2026-01-15T09:00:00+08:00')
    r.write(smallInventory(['a', 'b']))
    r.write({'inv/broken.yaml': 'apiVersion: yunwang/v1\nkind: SystemInventory\nsystems:\n  - {id: x, name: 坏, level: nowhere}\n'})
    r.commit('2026-02-15T09:00:00+08:00')
    const cacheDir = mkdtempSync(join(tmpdir(), 'yw-trend-cache-'))
    scratch.push(cacheDir)
    const run = async () => {
      const parsed: string[] = []
      const out = await collectTrend(['inv'], {
        cwd: r.dir, rev: 'HEAD', since: '2026-01', every: 'month', asOf: '2026-02-28', lang: 'en', policy: loadPolicy(undefined, r.dir), includeClassified: false,
        onParse: oid => parsed.push(oid), cache: openParseCache(cacheDir, 'test'),
      })
      return {parsed, out: JSON.stringify(out)}
    }
    const first = await run()
    const second = await run()
    expect(second.out).toBe(first.out)
    expect(first.parsed.length).toBeGreaterThan(1)
    // Only the broken blob is parsed again: it is never kept.
    expect(second.parsed).toHaveLength(1)
  })

  it('explains a shallow clone that cuts history before --since (SHALLOW_CLONE), and reads what it has', async () => {
    const r = repo()
    r.write(smallInventory([]))
    r.commit('2026-01-15T09:00:00+08:00')
    r.write(smallInventory(['a', 'b']))
    const last = r.commit('2026-02-15T09:00:00+08:00')
    const clone = mkdtempSync(join(tmpdir(), 'yw-shallow-'))
    scratch.push(clone)
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${r.dir}`, join(clone, 'c')], {stdio: 'pipe'})
    const run = await runJsonInProcess<TrendResult>(['trend', 'inv', '--since', '2026-01', '--as-of', '2026-02-28'], {cwd: join(clone, 'c')})
    expect(run.code).toBe(0)
    expect(run.json.warnings.map(w => w.code)).toEqual(['SHALLOW_CLONE'])
    expect(run.json.periods.map(p => [p.end, p.commit])).toEqual([['2026-02-28', last]])
    // A full clone, or a since after the cut, warns of nothing.
    const after = await runJsonInProcess<TrendResult>(['trend', 'inv', '--since', '2026-02', '--as-of', '2026-02-28'], {cwd: join(clone, 'c')})
    expect(after.json.warnings).toEqual([])
  })

  it('splits an indicator by department: one value per department and period', async () => {
    const r = repo()
    r.write(smallInventory(['a']))
    r.commit('2026-01-15T09:00:00+08:00')
    r.write(smallInventory(['a', 'b', 'c']))
    r.commit('2026-02-15T09:00:00+08:00')
    const {json} = await trend(r, ['--since', '2026-01', '--as-of', '2026-02-28', '--by', 'department', '--indicator', 'adoptionRate'])
    expect(json.indicator).toBe('adoptionRate')
    expect(json.periods.map(p => p.groups)).toEqual([{D1: 0.5, D2: 0}, {D1: 1, D2: 0.5}])
    const csv = await runInProcess(['trend', 'inv', '--since', '2026-01', '--as-of', '2026-02-28', '--by', 'department', '--format', 'csv'], {cwd: r.dir})
    expect(csv.stdout.replace(/^\uFEFF/, '').trim().split(/\r?\n/).slice(1)).toEqual(['D2,0,0.5,0.5', 'D1,0.5,1,0.5'])
  })

  it.each([
    [['--rev', '--output=pwned'], 'BAD_REVISION'],
    [['--rev=-c core.pager=touch pwned'], 'BAD_REVISION'],
    [['--rev', 'no-such-revision'], 'GIT_FAILED'],
    [['--since', '2026-13'], 'BAD_FLAG'],
    [['--since', '2026-1'], 'BAD_FLAG'],
    [['--by', 'department', '--indicator', 'extranetDualStack'], 'BAD_FLAG'],
    [['--indicator', 'no-such'], 'BAD_FLAG'],
    [['--', '--output=pwned'], 'BAD_FLAG'],
    [['--', '-c', 'core.pager=touch pwned'], 'BAD_FLAG'],
  ])('refuses %j with exit 2 (%s) and writes nothing', async (args, expected) => {
    const r = repo()
    r.write(smallInventory([]))
    r.commit('2026-01-15T09:00:00+08:00')
    // --json before the arguments: after `--` everything is a path.
    const run = withJson<{error: {code: string}}>(await runInProcess(['trend', 'inv', '--json', '--as-of', '2026-01-31', ...args], {cwd: r.dir}))
    expect(run.code).toBe(2)
    expect(run.json.error.code).toBe(expected)
    expect(existsSync(join(r.dir, 'pwned'))).toBe(false)
  })

  it('refuses paths outside the repository and runs outside git with exit 2', async () => {
    const r = repo()
    r.write(smallInventory([]))
    r.commit('2026-01-15T09:00:00+08:00')
    const outside = mkdtempSync(join(tmpdir(), 'yw-nogit-'))
    scratch.push(outside)
    const run = await runJsonInProcess<{error: {code: string}}>(['trend', join(r.dir, 'inv'), outside, '--as-of', '2026-01-31'], {cwd: r.dir})
    expect(run.json.error.code).toBe('GIT_PATH_OUTSIDE_REPO')
    const none = await runJsonInProcess<{error: {code: string}}>(['trend', outside, '--as-of', '2026-01-31'], {cwd: outside})
    expect([none.code, none.json.error.code]).toEqual([2, 'GIT_FAILED'])
  })
})

describe('trend of the example history', () => {
  it('builds twelve monthly commits of examples/jiangsu, the last one the example itself; the output keeps trend.schema.json', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'yw-example-history-'))
    scratch.push(dir)
    execFileSync(process.execPath, [join(ROOT, 'scripts/build-example-history.mjs'), join(dir, 'repo')], {stdio: 'pipe'})
    const log = execFileSync('git', ['log', '--format=%cI', '--first-parent'], {cwd: join(dir, 'repo'), encoding: 'utf8'}).trim().split('\n')
    expect(log).toHaveLength(12)
    expect(log.at(-1)).toBe('2025-12-20T10:00:00+08:00')
    const run = await runJsonInProcess<TrendResult>(['trend', 'repo/inventory', '--since', '2025-12', '--as-of', '2026-12-02'], {cwd: dir})
    expect(run.code).toBe(0)
    // Same history, same bytes: a second run (in JSON and as a table) repeats the first.
    const again = await runJsonInProcess<TrendResult>(['trend', 'repo/inventory', '--since', '2025-12', '--as-of', '2026-12-02'], {cwd: dir})
    expect(again.stdout).toBe(run.stdout)
    const table = ['trend', 'repo/inventory', '--since', '2025-12', '--as-of', '2026-12-02', '--lang', 'zh']
    const shown = (await runInProcess(table, {cwd: dir})).stdout
    expect(shown).toBe((await runInProcess(table, {cwd: dir})).stdout)
    // A reported indicator's column is headed by the pack's short name, not its Measurements id.
    const head = shown.split('\n').find(l => l.includes('上云率'))!
    expect(head).toContain('公共数据按需共享率')
    expect(head).not.toContain('data-sharing')
    const schema = JSON.parse(readFileSync(join(ROOT, 'schemas/output/trend.schema.json'), 'utf8')) as object
    const validate = new Ajv2020({allErrors: true, strict: true}).compile(schema)
    expect(validate(run.json), JSON.stringify(validate.errors)).toBe(true)
    expect(run.json.periods.map(p => p.end)).toEqual(['2025-12-31', '2026-01-31', '2026-02-28', '2026-03-31', '2026-04-30', '2026-05-31', '2026-06-30', '2026-07-31', '2026-08-31', '2026-09-30', '2026-10-31', '2026-11-30', '2026-12-02'])
    // The adoption rate never falls, rises over the year, and ends where `adoption` puts the example.
    const rates = run.json.periods.map(p => p.indicators.adoptionRate as number)
    expect(rates.every((r, i) => i === 0 || r >= rates[i - 1])).toBe(true)
    const now = await runJsonInProcess<{rate: number}>(['adoption', 'examples/jiangsu', '--as-of', '2026-12-02'])
    expect(rates.at(-1)).toBe(now.json.rate)
    expect(rates[0]).toBeLessThan(now.json.rate)
    // Each commit's inventory, updated from the one before, is the one a full build of it gives.
    const history = GitHistory.open('HEAD', ['repo/inventory'], dir)
    try {
      const loader = new CommitLoader(history, {cwd: dir})
      for (const c of [...history.commits].reverse()) {
        const updated = await loader.load(c.tree)
        const full = await new CommitLoader(history, {cwd: dir}).load(c.tree)
        expect(updated.ok && full.ok).toBe(true)
        if (!updated.ok || !full.ok) continue
        expect(updated.inventory.systems).toEqual(full.inventory.systems)
        expect(new Map([...updated.inventory.origin].sort())).toEqual(new Map([...full.inventory.origin].sort()))
        expect(updated.inventory.files).toEqual(full.inventory.files)
      }
    } finally {
      history.close()
    }
  })
})

describe('trend discretion', () => {
  it('never names a classified system, in any format, even when its record breaks a commit', async () => {
    const r = repo()
    const secret = '  - {id: sm-secret-x, name: 机要密件系统, department: 省机要局, level: province, region: "320000", classified: true, hosting: {node: sb}}\n'
    r.write(smallInventory(['a'], {systems: secret}))
    r.commit('2026-01-15T09:00:00+08:00')
    r.write(smallInventory(['a'], {systems: secret.replace('node: sb', 'node: sm-node-gone')}))
    r.commit('2026-02-15T09:00:00+08:00')
    for (const extra of [[], ['--format', 'csv'], ['--format', 'markdown'], ['--json'], ['--by', 'department'], ['--by', 'department', '--json']]) {
      const run = await runInProcess(['trend', 'inv', '--since', '2026-01', '--as-of', '2026-02-28', ...extra], {cwd: r.dir})
      expect(run.code).toBe(0)
      for (const s of ['sm-secret-x', '机要密件系统', 'sm-node-gone']) expect(run.stdout + run.stderr).not.toContain(s)
    }
  })
})

describe('report --trend', () => {
  it('adds the change on last month to the scoreboard and the actual monthly rate to the trajectory chart', async () => {
    const r = repo()
    r.write(smallInventory([]))
    r.commit('2026-01-15T09:00:00+08:00')
    r.write(smallInventory(['a']))
    r.commit('2026-02-15T09:00:00+08:00')
    // Uncommitted: the working tree is what the report reads now (3 of 4 on the cloud, 75%).
    r.write(smallInventory(['a', 'b', 'c']))
    const md = await runInProcess(['report', 'inv', '--trend', '--as-of', '2026-03-10', '--format', 'markdown'], {cwd: r.dir})
    expect(md.code).toBe(0)
    const row = md.stdout.split('\n').find(l => l.includes('Cloud-adoption rate of non-classified systems'))!
    // Last month's end (2026-02-28) read 25%: +50 points.
    expect(row.split('|').map(c => c.trim()).at(-2)).toBe('+50.0')
    const html = await runInProcess(['report', 'inv', '--trend', '--as-of', '2026-03-10', '--out', '-'], {cwd: r.dir})
    expect(html.code).toBe(0)
    expect(html.stdout.match(/<g class="point actual">/g)).toHaveLength(2)
    const plain = await runInProcess(['report', 'inv', '--as-of', '2026-03-10', '--format', 'markdown'], {cwd: r.dir})
    expect(plain.stdout).not.toContain('vs last month')
  })
})
