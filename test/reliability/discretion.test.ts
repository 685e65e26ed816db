// Classified (涉密) systems are counted, never named, in graph, plan and report output unless
// --include-classified is given, in every format; impact and diff hide them the same way;
// ipv6 and adoption leave them out of scope. The ids and names come from the inventory itself.
// A copy of examples/jiangsu is given two links that make classified systems relevant to a plan: a
// system that moves depends on sm-gongwen (a cross-boundary dependency), and sm-jiyao is attached
// to the private network net-ziran (which blocks its consolidation). sm-jiyao also gets an exemption,
// which check's exemption register (and the report's) must count and not name. sm-gongwen depends on
// plat-auth and sm-mingti provides identity: impact --rank and the report count them, never name them.
// check is run in every form, JUnit included: SEC-001's cases are nodes and networks, never classified systems.
// The commands run in this process, one at a time (test/helpers/run-in-process.ts): what is checked is
// their output, which is the binary's (test/e2e/run-in-process.test.ts).
import {cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {JSON_SCHEMA, dump, load} from 'js-yaml'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {loadInventory} from '../../src/io/load-inventory.js'
import {inflateEntry, zipEntries} from '../../src/io/read-zip.js'
import {runAll} from '../helpers/run-cli-async.js'
import {ROOT, type CliResult} from '../helpers/run-cli.js'
import {runInProcess} from '../helpers/run-in-process.js'

const AS_OF = '2026-06-30'
/** A baseline plan whose first wave lists a classified system: status counts it among the slipped, never names it. */
let BASELINE = ''
interface Flag {options?: string[]}
const manifest = JSON.parse(readFileSync(join(ROOT, 'oclif.manifest.json'), 'utf8')) as {commands: Record<string, {args: Record<string, unknown>; flags: Record<string, Flag>}>}
const has = (id: string) => id in manifest.commands

type Doc = {systems: Array<Record<string, unknown>>}
function edit(file: string, change: (d: Doc) => void): void {
  const d = load(readFileSync(file, 'utf8'), {schema: JSON_SCHEMA}) as Doc
  change(d)
  writeFileSync(file, dump(d, {schema: JSON_SCHEMA, lineWidth: -1}))
}
const system = (d: Doc, id: string) => d.systems.find(s => s.id === id)!

let scratch = ''
let inv = ''
let changed = ''
let secrets: string[] = []
const results = new Map<string, CliResult>()

/** Every format of a command (its --format options, or none) plus --json, as extra arguments. */
const formats = (id: string): string[][] => [...(manifest.commands[id].flags.format?.options ?? ['']).map(f => (f ? ['--format', f] : [])), ['--json']]
const hiddenRuns = (): Array<[string, string[]]> => {
  const out: Array<[string, string[]]> = []
  for (const f of formats('graph')) out.push(['graph', f], ['graph', ['--focus', 'czt-feishui', '--depth', '3', ...f]])
  for (const f of formats('plan')) out.push(['plan', f])
  out.push(['plan', ['--explain', 'czt-feishui']])
  for (const f of formats('impact')) out.push(['impact', ['czt-feishui', ...f]])
  for (const f of formats('impact')) out.push(['impact', ['--rank', ...f]])
  for (const f of formats('ipv6')) out.push(['ipv6', f])
  for (const s of manifest.commands.ipv6.flags.section.options ?? []) out.push(['ipv6', ['--section', s]])
  for (const f of formats('adoption')) out.push(['adoption', f])
  for (const b of manifest.commands.adoption.flags.by.options ?? []) out.push(['adoption', ['--by', b]])
  if (has('report')) for (const f of formats('report')) out.push(['report', f])
  if (has('status')) {
    for (const f of formats('status')) out.push(['status', [...f, '--baseline', BASELINE]])
    for (const b of manifest.commands.status.flags.by.options ?? []) out.push(['status', ['--by', b]])
  }
  for (const f of formats('check')) out.push(['check', f])
  for (const f of ['csv', 'markdown', 'xlsx']) out.push(['check', ['--section', 'exemptions', '--format', f]])
  // A city's slice holding a classified system (sm-guodong, moved to 常州市 below) that cz-wode depends on.
  for (const cmd of ['graph', 'plan', 'ipv6', 'adoption', 'report', 'status', 'check']) {
    if (has(cmd)) for (const f of formats(cmd)) out.push([cmd, ['--region', '320400', ...f]])
  }
  for (const f of formats('impact')) out.push(['impact', ['cz-wode', '--region', '320400', ...f]])
  // --by city (adoption's and status's come from their --by options above): the classified system's city
  // group is counted, never named; and the Changzhou pack, whose rules judge that city.
  for (const f of formats('ipv6')) out.push(['ipv6', ['--by', 'city', ...f]])
  for (const f of formats('check')) out.push(['check', ['--by', 'city', ...f]])
  for (const cmd of ['check', 'status', 'report']) if (has(cmd)) for (const f of formats(cmd)) out.push([cmd, ['--policy', 'changzhou', ...f]])
  return out
}
/** check with --include-classified: the register names the classified system's exemption. */
const checkShownRuns = (): string[][] => [[], ['--json'], ['--format', 'markdown'], ['--section', 'exemptions', '--format', 'csv'], ['--format', 'xlsx']]
const shownRuns = (): Array<[string, string[]]> => [
  ...formats('graph').map((f): [string, string[]] => ['graph', f]),
  // plan's csv is the table of moves only; a classified system never moves, so it has no place there.
  ...formats('plan').filter(f => f[1] !== 'csv').map((f): [string, string[]] => ['plan', f]),
  ...(has('report') ? formats('report').map((f): [string, string[]] => ['report', f]) : []),
  ...formats('impact').map((f): [string, string[]] => ['impact', ['czt-feishui', ...f]]),
]
const argv = (cmd: string, extra: string[], include: boolean, n: string) => {
  const out = 'out' in manifest.commands[cmd].flags ? ['--out', join(scratch, 'out', `${n}.txt`)] : []
  const [lead, rest] = cmd === 'impact' ? [[extra[0]], extra.slice(1)] : [[], extra]
  return [cmd, ...lead, inv, '--as-of', AS_OF, ...rest, ...out, ...(include ? ['--include-classified'] : [])]
}
/** A file's text; a workbook (--format xlsx, a zip) as the text of all its parts. */
function fileText(path: string): string {
  const buf = readFileSync(path)
  if (buf.subarray(0, 2).toString('latin1') !== 'PK') return buf.toString('utf8')
  const entries = zipEntries(buf)
  if (!Array.isArray(entries)) throw new Error(`${path}: ${JSON.stringify(entries)}`)
  return entries.map(e => {
    const data = inflateEntry(buf, e, 256 * 1024 * 1024)
    if (!Buffer.isBuffer(data)) throw new Error(`${path}: ${JSON.stringify(data)}`)
    return data.toString('utf8')
  }).join('\n')
}

/** Everything a run showed: stdout, stderr, and the file it wrote with --out, if any. */
const seen = (n: string, r: CliResult) => {
  let file = ''
  try {
    file = fileText(join(scratch, 'out', `${n}.txt`))
  } catch {}
  return r.stdout + r.stderr + file
}

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'yunwang-discreet-'))
  mkdirSync(join(scratch, 'out'))
  BASELINE = join(scratch, 'baseline.json')
  writeFileSync(BASELINE, JSON.stringify({waves: [{index: 1, start: '2026-01-05', end: '2026-02-01', systems: [{id: 'sm-gongwen', to: 'pc-main', action: 'migrate'}, {id: 'czt-feishui', to: 'pc-main', action: 'migrate'}]}]}))
  inv = join(scratch, 'jiangsu')
  cpSync(join(ROOT, 'examples/jiangsu'), inv, {recursive: true})
  edit(join(inv, 'systems/economy-regulation.yaml'), d => {
    const s = system(d, 'czt-feishui')
    // A data dependency on another department's classified system: DATA-001 fires and counts it.
    s.dependsOn = [...((s.dependsOn as unknown[]) ?? []), {system: 'sm-gongwen', kind: 'data'}]
  })
  edit(join(inv, 'systems/classified.yaml'), d => {
    const s = system(d, 'sm-jiyao')
    s.networks = ['net-classified', 'net-ziran']
    s.migration = {strategy: 'retain', exemption: {reason: '机要专用设施', approvedBy: '省政务办', until: '2026-08-31', document: '苏政办函〔2026〕1号', covers: ['cloud', 'network']}}
    // impact --rank and the report's shared platforms: a classified dependent of plat-auth, and a classified platform.
    const g = system(d, 'sm-gongwen')
    g.dependsOn = [...((g.dependsOn as unknown[]) ?? []), 'plat-auth']
    system(d, 'sm-mingti').provides = ['identity']
  })
  // A classified system of 常州市, depended on by one of the city's systems, for the --region runs.
  edit(join(inv, 'systems/classified.yaml'), d => {
    Object.assign(system(d, 'sm-guodong'), {region: '320400', level: 'city'})
  })
  edit(join(inv, 'systems/cities/changzhou.yaml'), d => {
    const s = system(d, 'cz-wode')
    s.dependsOn = [...((s.dependsOn as unknown[]) ?? []), 'sm-guodong']
  })
  // The snapshot diff compares with: one classified system moved, one gone, one new.
  changed = join(scratch, 'changed')
  cpSync(inv, changed, {recursive: true})
  edit(join(changed, 'systems/classified.yaml'), d => {
    system(d, 'sm-gaqingbao').resources = {vcpu: 128, memoryGiB: 512, storageTiB: 80}
    system(d, 'sm-mingti').hosting = {node: 'pc-main'}
    d.systems = d.systems.filter(s => s.id !== 'sm-shenji')
    d.systems.push({...system(d, 'sm-guodong'), id: 'sm-xinjian', name: '新建涉密测试系统'})
  })
  const before = loadInventory([inv], {cwd: ROOT})
  if (!before.ok) throw new Error('the edited copy of examples/jiangsu does not load')
  secrets = [...before.inventory.systems.filter(s => s.classified).flatMap(s => [s.id, s.name]), 'sm-xinjian', '新建涉密测试系统']
  const jobs: Array<() => Promise<void>> = []
  hiddenRuns().forEach(([cmd, extra], i) => jobs.push(async () => void results.set(`hide ${i}`, await runInProcess(argv(cmd, extra, false, `hide-${i}`)))))
  shownRuns().forEach(([cmd, extra], i) => jobs.push(async () => void results.set(`show ${i}`, await runInProcess(argv(cmd, extra, true, `show-${i}`)))))
  checkShownRuns().forEach((extra, i) => jobs.push(async () => void results.set(`check+ ${i}`, await runInProcess(argv('check', extra, true, `check-${i}`)))))
  for (const f of formats('diff')) {
    jobs.push(async () => void results.set(`diff ${f.join(' ')}`, await runInProcess(['diff', inv, changed, '--as-of', AS_OF, ...f])))
    jobs.push(async () => void results.set(`diff+ ${f.join(' ')}`, await runInProcess(['diff', inv, changed, '--as-of', AS_OF, ...f, '--include-classified'])))
  }
  for (const f of formats('diff')) jobs.push(async () => void results.set(`diff region ${f.join(' ')}`, await runInProcess(['diff', inv, changed, '--as-of', AS_OF, '--region', '320400', ...f])))
  jobs.push(async () => void results.set('adoption region', await runInProcess(['adoption', inv, '--as-of', AS_OF, '--region', '320400', '--json'])))
  jobs.push(async () => void results.set('impact classified', await runInProcess(['impact', 'sm-gongwen', inv, '--as-of', AS_OF])))
  jobs.push(async () => void results.set('impact unknown', await runInProcess(['impact', 'sm-nothere', inv, '--as-of', AS_OF])))
  jobs.push(async () => void results.set('explain classified', await runInProcess(['plan', inv, '--as-of', AS_OF, '--explain', 'sm-gongwen'])))
  jobs.push(async () => void results.set('explain unknown', await runInProcess(['plan', inv, '--as-of', AS_OF, '--explain', 'sm-nothere'])))
  await runAll(jobs, 1)
}, 600_000)

afterAll(() => {
  if (scratch) rmSync(scratch, {recursive: true, force: true})
})

describe('discretion', () => {
  it('knows the secrets it guards (the classified systems of the inventory)', () => {
    expect(secrets).toEqual(expect.arrayContaining(['sm-gongwen', '涉密公文处理系统', 'sm-jiyao']))
    expect(secrets.length).toBe(14)
  })

  it.each(hiddenRuns().map(([cmd, extra], i) => [`${cmd} ${extra.join(' ')}`, i] as const))('%s names no classified system', (_label, i) => {
    const r = results.get(`hide ${i}`)!
    expect(r.code === 0 || r.code === 1, r.stderr).toBe(true)
    const text = seen(`hide-${i}`, r)
    for (const s of secrets) expect(text.includes(s), `${s} appears`).toBe(false)
  })

  it.each(shownRuns().map(([cmd, extra], i) => [`${cmd} ${extra.join(' ')}`, i] as const))('%s --include-classified names them', (label, i) => {
    const r = results.get(`show ${i}`)!
    expect(r.code === 0 || r.code === 1, r.stderr).toBe(true)
    const text = seen(`show-${i}`, r)
    // czt-feishui depends on sm-gongwen: the graph, the plan (cross-boundary) and impact all show it.
    expect(text).toContain('sm-gongwen')
    if (label.startsWith('graph') || label.startsWith('plan --json')) expect(text).toContain('sm-jiyao')
  })

  it('a city slice counts its classified system and names none, in diff too', () => {
    const a = JSON.parse(results.get('adoption region')!.stdout) as {excluded: {classified: number}}
    expect(a.excluded.classified).toBe(1)
    for (const f of formats('diff')) {
      const r = results.get(`diff region ${f.join(' ')}`)!
      expect(r.code).toBe(0)
      for (const s of secrets) expect(r.stdout + r.stderr, `${s} in diff --region ${f.join(' ')}`).not.toContain(s)
    }
  })

  it('check counts the classified exemption and names it with --include-classified', () => {
    const hidden = results.get(`hide ${hiddenRuns().findIndex(([cmd, extra]) => cmd === 'check' && extra.join(' ') === '--json')}`)!
    expect((JSON.parse(hidden.stdout) as {exemptionsClassified: number}).exemptionsClassified).toBe(1)
    checkShownRuns().forEach((extra, i) => {
      const r = results.get(`check+ ${i}`)!
      expect(r.code === 0 || r.code === 1, r.stderr).toBe(true)
      expect(seen(`check-${i}`, r), `check ${extra.join(' ')}`).toContain('sm-jiyao')
    })
  })

  it('DATA-001 on czt-feishui counts its classified data source and names it with --include-classified', () => {
    type Finding = {rule: string; subject: {id: string}; message: string; data: {count: number; systems: string[]; classified: number}}
    const hidden = results.get(`hide ${hiddenRuns().findIndex(([cmd, extra]) => cmd === 'check' && extra.join(' ') === '--json')}`)!
    const f = (JSON.parse(hidden.stdout) as {findings: Finding[]}).findings.find(x => x.rule === 'DATA-001' && x.subject.id === 'czt-feishui')!
    expect([f.data.count, f.data.systems, f.data.classified]).toEqual([1, [], 1])
    const shown = results.get(`check+ ${checkShownRuns().findIndex(extra => extra.join(' ') === '--json')}`)!
    const g = (JSON.parse(shown.stdout) as {findings: Finding[]}).findings.find(x => x.rule === 'DATA-001' && x.subject.id === 'czt-feishui')!
    expect([g.data.systems, g.data.classified]).toEqual([['sm-gongwen'], 0])
    expect(g.message).toContain('涉密公文处理系统')
  })

  it('diff hides the classified systems that changed, and shows them with --include-classified', () => {
    for (const f of formats('diff')) {
      const hidden = results.get(`diff ${f.join(' ')}`)!
      const shown = results.get(`diff+ ${f.join(' ')}`)!
      expect(hidden.code).toBe(0)
      for (const s of secrets) expect(hidden.stdout + hidden.stderr, `${s} in diff ${f.join(' ')}`).not.toContain(s)
      expect(shown.stdout).toContain('sm-xinjian')
      expect(shown.stdout).toContain('sm-shenji')
    }
  })

  it.each(['impact', 'explain'])('%s on a classified id without --include-classified answers as for an id that does not exist', what => {
    const secret = results.get(`${what} classified`)!
    const unknown = results.get(`${what} unknown`)!
    expect(secret.code).toBe(2)
    expect(unknown.code).toBe(2)
    expect(secret.stdout + secret.stderr.replaceAll('sm-gongwen', 'sm-nothere')).toBe(unknown.stdout + unknown.stderr)
    expect(secret.stdout + secret.stderr).not.toContain('涉密公文处理系统')
  })
})
