// Classified systems are counted, never named, by every command in every format, errors and hints
// included, unless --include-classified; a classified id and an unknown id get the same answer. The
// inventory, test/fixtures/discretion/before, gives each classified system an id one letter away from
// a real one and ties it into every relation (see its systems.yaml); a copy edited here is the
// snapshot `diff` compares with, and a copy with misspelt references is the input every command
// refuses. import and init read no inventory and are left out.
// The commands run in this process, one at a time (test/helpers/run-in-process.ts): what is checked is
// their output, which is the binary's (test/e2e/run-in-process.test.ts).
import {cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {runAll} from '../helpers/run-cli-async.js'
import {ROOT, type CliResult} from '../helpers/run-cli.js'
import {runInProcess} from '../helpers/run-in-process.js'

const AS_OF = '2026-06-30'
const BEFORE = join(ROOT, 'test/fixtures/discretion/before')
interface Flag {options?: string[]}
const manifest = JSON.parse(readFileSync(join(ROOT, 'oclif.manifest.json'), 'utf8')) as {commands: Record<string, {flags: Record<string, Flag>}>}

/** The classified systems' ids and names, 省保密局 (whose only system is classified) and the one the later snapshot adds. */
const SECRETS = [
  'czt-feishul', '财政机要文电系统', 'czt-zhifv', '涉密资金监管系统', 'czt-piaojv', '涉密票证管理系统', 'bm-dingmi', '定密管理系统', '省保密局',
  'czt-zhifw', '涉密新建系统',
]

let scratch = ''
let after = ''
let broken = ''
const results = new Map<string, CliResult>()

// A workbook goes to a file only; discretion.test.ts unpacks the workbooks and searches them.
const formats = (id: string): string[][] => [...(manifest.commands[id].flags.format?.options ?? ['']).filter(f => f !== 'xlsx').map(f => (f ? ['--format', f] : [])), ['--json'], ['--lang', 'zh']]
const options = (id: string, flag: string): string[][] => (manifest.commands[id].flags[flag]?.options ?? []).map(o => [`--${flag}`, o])

/** Every command line that reads the inventory, with no --include-classified: [label, argv]. */
function quietRuns(): Array<[string, string[]]> {
  const on = (cmd: string, extra: string[], lead: string[] = []): [string, string[]] => [`${cmd} ${[...lead, ...extra].join(' ')}`.trim(), [cmd, ...lead, BEFORE, '--as-of', AS_OF, ...extra]]
  const runs: Array<[string, string[]]> = []
  for (const f of formats('validate')) runs.push(on('validate', f))
  for (const f of [...formats('check'), ...options('check', 'section'), ['--section', 'exemptions', '--format', 'csv'], ['--format', 'junit', '--fail-on', 'warning']]) runs.push(on('check', f))
  for (const f of [...formats('graph'), ...options('graph', 'cluster')]) runs.push(on('graph', f))
  for (const f of formats('graph')) runs.push(on('graph', ['--focus', 'czt-feishui', '--depth', '3', ...f]))
  for (const f of formats('plan')) runs.push(on('plan', f))
  for (const id of ['czt-feishui', 'czt-zhifu', 'czt-piaoju', 'sb-caizheng', 'pc-main']) runs.push(on('plan', ['--explain', id]))
  runs.push(on('plan', ['--explain', 'czt-feishui', '--json']))
  for (const f of formats('impact')) runs.push(on('impact', f, ['czt-feishui']))
  for (const id of ['czt-zhifu', 'czt-piaoju']) runs.push(on('impact', ['--json'], [id]))
  for (const f of [...formats('ipv6'), ...options('ipv6', 'section'), ...options('ipv6', 'by')]) runs.push(on('ipv6', f))
  for (const f of [...formats('adoption'), ...options('adoption', 'by')]) runs.push(on('adoption', f))
  for (const f of formats('report')) runs.push(on('report', f))
  return runs
}

/** An id asked about directly: a classified one, a typo nearest a classified one, and an unknown one that is a typo of a real one. */
const ASKED: Array<[string, (id: string) => string[]]> = [
  ['impact', id => ['impact', id, BEFORE]],
  ['graph --focus', id => ['graph', BEFORE, '--focus', id]],
  ['plan --explain', id => ['plan', BEFORE, '--as-of', AS_OF, '--explain', id]],
]
const asked = (label: string, id: string, extra: string[]) => `${label} ${id} ${extra.join(' ')}`

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'yunwang-near-misses-'))
  // The later snapshot: czt-feishul moves onto the provincial cloud, czt-piaojv is gone, czt-zhifw is new.
  after = join(scratch, 'after')
  cpSync(BEFORE, after, {recursive: true})
  const systems = readFileSync(join(BEFORE, 'systems.yaml'), 'utf8')
  const piaojv = systems.slice(systems.indexOf('  - id: czt-piaojv'), systems.indexOf('  - id: bm-dingmi'))
  const feishul = systems.slice(systems.indexOf('  - id: czt-feishul'), systems.indexOf('  - id: czt-zhifv'))
  writeFileSync(join(after, 'systems.yaml'), systems
    .replace(piaojv, '')
    .replace(feishul, feishul.replace('node: cr-secret', 'node: pc-main') + feishul.replace('czt-feishul', 'czt-zhifw').replace('财政机要文电系统', '涉密新建系统')))
  // References misspelt so that a classified system or node is the nearest id.
  broken = join(scratch, 'broken')
  cpSync(BEFORE, broken, {recursive: true})
  writeFileSync(join(broken, 'systems.yaml'), systems
    .replace('dependsOn: [czt-feishul, czt-zhifu]', 'dependsOn: [czt-feishvl, czt-zhifu, bm-dingmj]')
    .replace('hosting: {node: pc-main}\n    networks: [net-extranet]\n    resources: {vcpu: 8', 'hosting: {node: cr-secre}\n    networks: [net-extranet]\n    resources: {vcpu: 8'))

  const jobs: Array<() => Promise<void>> = []
  const job = (key: string, argv: string[]) => jobs.push(async () => void results.set(key, await runInProcess(argv)))
  for (const [label, argv] of quietRuns()) {
    job(`quiet ${label}`, argv)
    if (SHOWN.includes(label)) job(`shown ${label}`, [...argv, '--include-classified'])
  }
  for (const f of formats('diff')) {
    job(`diff ${f.join(' ')}`, ['diff', BEFORE, after, '--as-of', AS_OF, ...f])
    job(`diff+ ${f.join(' ')}`, ['diff', BEFORE, after, '--as-of', AS_OF, ...f, '--include-classified'])
  }
  for (const [label, argv] of ASKED) {
    for (const extra of EXTRAS) {
      // czt-feishul is classified; czt-feishuk is unknown, and both are one letter from czt-feishui.
      for (const id of ['czt-feishul', 'czt-feishuk', 'czt-feishvl', 'bm-dingmi', 'bm-dingmj']) job(asked(label, id, extra), [...argv(id), ...extra])
      job(`${asked(label, 'czt-feishvl', extra)} +`, [...argv('czt-feishvl'), ...extra, '--include-classified'])
    }
  }
  job('plan --explain cr-secret', ['plan', BEFORE, '--as-of', AS_OF, '--explain', 'cr-secret'])
  job('plan --explain cr-secreu', ['plan', BEFORE, '--as-of', AS_OF, '--explain', 'cr-secreu'])
  for (const d of ['省保密局', '省保密居']) job(`check --department ${d}`, ['check', BEFORE, '--as-of', AS_OF, '--department', d])
  job('check --department 省保密居 +', ['check', BEFORE, '--as-of', AS_OF, '--department', '省保密居', '--include-classified'])
  // Every reading command meets the same problems through the same loader: a few of them, in both forms, suffice.
  for (const cmd of ['validate', 'check', 'graph', 'impact', 'plan']) {
    const lead = cmd === 'impact' ? ['czt-feishui'] : []
    for (const extra of cmd === 'validate' ? [[], ['--json']] : [[]]) job(`broken ${cmd} ${extra.join(' ')}`, [cmd, ...lead, broken, '--as-of', AS_OF, ...extra])
  }
  job('broken diff', ['diff', BEFORE, broken, '--as-of', AS_OF])
  await runAll(jobs, 1)
}, 600_000)

afterAll(() => {
  if (scratch) rmSync(scratch, {recursive: true, force: true})
})

const EXTRAS = [[], ['--json']]
/** The runs repeated with --include-classified: one human form and --json of each command that has it, and the forms that differ in what they list. */
const SHOWN = [
  'graph --format dot', 'graph --json', 'graph --focus czt-feishui --depth 3 --format dot', 'check --format table', 'check --json', 'check --format junit',
  'check --section exemptions --format csv', 'report --format markdown', 'report --format html', 'impact czt-feishui --format table', 'impact czt-feishui --json',
  'impact czt-zhifu --json', 'impact czt-piaoju --json', 'plan --json',
]
/** Commands that have --include-classified, and what each must then name. */
const SHOWN_COMMANDS: Record<string, string[]> = {
  graph: ['czt-feishul', 'czt-zhifv'],
  plan: [],
  impact: [],
  check: [],
  report: ['czt-feishul', '财政机要文电系统', 'bm-dingmi', '省保密局'],
}

const text = (r: CliResult) => r.stdout + r.stderr
const leaks = (r: CliResult) => SECRETS.filter(s => text(r).includes(s))

describe('discretion on near-miss ids', () => {
  it.each(quietRuns().map(([label]) => label))('%s names no classified system', label => {
    const r = results.get(`quiet ${label}`)!
    expect(r.code === 0 || r.code === 1, r.stderr).toBe(true)
    expect(leaks(r)).toEqual([])
  })

  it('diff hides the classified systems that moved, went and came, and names them with --include-classified', () => {
    for (const f of formats('diff')) {
      const quiet = results.get(`diff ${f.join(' ')}`)!
      const shown = results.get(`diff+ ${f.join(' ')}`)!
      expect(quiet.code, quiet.stderr).toBe(0)
      expect(leaks(quiet)).toEqual([])
      for (const s of ['czt-feishul', 'czt-piaojv', 'czt-zhifw']) expect(shown.stdout, `${s} in diff ${f.join(' ')}`).toContain(s)
    }
  })

  it('answers a classified id exactly as an unknown id one letter away from the same real id', () => {
    for (const [label] of ASKED) {
      for (const extra of EXTRAS) {
        const secret = results.get(asked(label, 'czt-feishul', extra))!
        const unknown = results.get(asked(label, 'czt-feishuk', extra))!
        expect(secret.code, `${label} ${extra.join(' ')}`).toBe(2)
        expect(text(secret).replaceAll('czt-feishul', 'czt-feishuk'), `${label} ${extra.join(' ')}`).toBe(text(unknown))
        expect(text(unknown)).toContain('czt-feishui')
        const alone = results.get(asked(label, 'bm-dingmi', extra))!
        expect(alone.code).toBe(2)
        expect(text(alone).replaceAll('bm-dingmi', 'bm-dingmj')).toBe(text(results.get(asked(label, 'bm-dingmj', extra))!))
      }
    }
    const node = results.get('plan --explain cr-secret')!
    expect(node.code).toBe(2)
    expect(text(node).replaceAll('cr-secret', 'cr-secreu')).toBe(text(results.get('plan --explain cr-secreu')!))
  })

  it('never offers a classified id as a hint, and offers it with --include-classified', () => {
    for (const [label] of ASKED) {
      for (const extra of EXTRAS) {
        for (const id of ['czt-feishul', 'czt-feishuk', 'czt-feishvl', 'bm-dingmi', 'bm-dingmj']) {
          const r = results.get(asked(label, id, extra))!
          expect(r.code).toBe(2)
          expect(JSON.stringify(leaks(r).filter(s => s !== id)), `${label} ${id} ${extra.join(' ')}`).toBe('[]')
        }
        const shown = results.get(`${asked(label, 'czt-feishvl', extra)} +`)!
        expect(shown.code).toBe(2)
        expect(text(shown), `${label} ${extra.join(' ')} --include-classified`).toContain('czt-feishul')
      }
    }
  })

  it('check --department treats a department known only by classified systems as unknown, and never suggests it', () => {
    const known = results.get('check --department 省保密局')!
    const typo = results.get('check --department 省保密居')!
    expect(known.code).toBe(2)
    expect(typo.code).toBe(2)
    expect(text(known).replaceAll('省保密局', '省保密居')).toBe(text(typo))
    expect(text(typo)).not.toContain('省保密局')
    expect(text(results.get('check --department 省保密居 +')!)).toContain('省保密局')
  })

  it('refuses misspelt references with exit 2 and hints that name no classified system or node', () => {
    for (const key of [...results.keys()].filter(k => k.startsWith('broken '))) {
      const r = results.get(key)!
      expect(r.code, key).toBe(2)
      expect(leaks(r), key).toEqual([])
      expect(text(r), key).not.toContain('cr-secret')
    }
    expect(text(results.get('broken validate ')!)).toContain('czt-feishvl')
  })

  it.each(SHOWN)('%s --include-classified names them where they belong', label => {
    expect(quietRuns().map(([l]) => l)).toContain(label)
    const r = results.get(`shown ${label}`)!
    expect(r.code === 0 || r.code === 1, r.stderr).toBe(true)
    const cmd = label.split(' ')[0]
    const want = [...SHOWN_COMMANDS[cmd]]
    if (cmd === 'check') {
      // Findings name bm-dingmi (SEC-001); the register names czt-zhifv's exemption (not in JUnit, nor in CSV without --section exemptions).
      const section = label.includes('--section exemptions') ? 'exemptions' : label.includes('--section findings') ? 'findings' : undefined
      if (section !== 'exemptions') want.push('bm-dingmi', ...(label.includes('junit') ? [] : ['省保密局']))
      if (section === 'exemptions' || (section === undefined && !label.includes('junit') && !label.includes('csv'))) want.push('czt-zhifv')
    }
    if (cmd === 'report' && label.includes('--json')) want.length = 0
    if (label.startsWith('impact czt-feishui')) want.push('czt-feishul', 'czt-zhifv')
    if (label.startsWith('impact czt-zhifu')) want.push('czt-zhifv')
    if (label.startsWith('impact czt-piaoju')) want.push('czt-piaojv')
    if (label === 'plan --json') want.push('czt-zhifv')
    for (const s of want) expect(text(r), s).toContain(s)
  })
})
