// Every bad input of the corpus, through every command that reads inventories (diff gets it as both snapshots): exit 2, the first
// problem placed exactly, one line per problem, no stack trace, done within seconds (each run is
// killed after SECONDS and must have ended by itself before), Object.prototype untouched by the
// loader in this very process. Cases with an `exit` map are valid input with a compliance finding.
// Each case runs once through the real binary (the commands taken in turn, so every command is spawned
// on several cases): its exit status, no stack trace, and that the process ends by itself within
// SECONDS. Every case × command then runs in this process (test/helpers/run-in-process.ts), each run
// timed against the same SECONDS; those runs wait for the spawned one, so a case that hangs fails here
// instead of stopping the file.
import {execFileSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {load} from 'js-yaml'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {loadInventory} from '../../src/io/load-inventory.js'
import {readProjectConfig} from '../../src/io/project-config.js'
import {ROOT, runCli} from '../helpers/run-cli.js'
import {runInProcess, runJsonInProcess} from '../helpers/run-in-process.js'

interface Case {
  name: string
  path: string
  file?: string
  generate?: 'huge' | 'symlink-loop' | 'empty-dir' | 'none' | 'fifo' | 'device' | 'symlink-pairs' | 'device-project' | 'wide' | 'deep' | 'alias-characters'
  /** `path` is a project folder: commands run in it with no paths, so yunwang.yaml is what they read. */
  project?: boolean
  code?: string
  line?: number
  column?: number
  pointer?: string
  exit?: Record<string, number>
  finding?: {rule: string; severity: string; subject: string}
  hidden?: string[]
  discreet?: string[]
}

/** A run that takes longer than this is a hang as far as a CI job is concerned. */
const SECONDS = 20
const BAD = 'test/fixtures/bad'
const cases = load(readFileSync(join(ROOT, BAD, 'manifest.yaml'), 'utf8')) as Case[]
const manifest = JSON.parse(readFileSync(join(ROOT, 'oclif.manifest.json'), 'utf8')) as {commands: Record<string, {args: Record<string, unknown>; flags: Record<string, {required?: boolean; options?: string[]}>}>}
/** A flag a command cannot run without, given its first allowed value (e.g. a required --format). */
const required = (id: string) => Object.entries(manifest.commands[id].flags).flatMap(([name, f]) => (f.required && f.options ? [`--${name}`, f.options[0]] : []))

/** Arguments some commands need before the inventory paths; every other command takes paths only. */
const LEADING: Record<string, string[]> = {impact: ['plat-auth']}
/** Commands that compare two snapshots (args old and new) get the bad input on both sides. */
const twoSnapshots = (id: string) => 'old' in manifest.commands[id].args && 'new' in manifest.commands[id].args
/**
 * Flags a command cannot run without that take a free value: export writes its workbook to the scratch
 * folder (over the last one), so a case documented to pass still runs to its end.
 */
const WRITES: Record<string, () => string[]> = {export: () => ['--out', join(scratch, 'export.xlsx'), '--force']}
/**
 * trend reads the committed history, never the working tree: a bad file committed in the repository is a
 * period carrying the problem's code (exit 0), and one outside it is no history at all. Its own tests
 * (test/e2e/trend.test.ts) commit broken inventories and check both.
 */
const NOT_ON_FILES = new Set(['trend'])
const commands: Array<[string, (path: string | undefined) => string[]]> = Object.keys(manifest.commands)
  .filter(id => !id.includes(':') && !NOT_ON_FILES.has(id) && ('paths' in manifest.commands[id].args || twoSnapshots(id)))
  .sort()
  .map(id => [id, (p: string | undefined) => [...(p === undefined ? [id, ...(LEADING[id] ?? [])] : twoSnapshots(id) ? [id, p, p] : [id, ...(LEADING[id] ?? []), p]), ...required(id), ...(WRITES[id]?.() ?? [])]])

const expectedExit = (c: Case, id: string) => (c.exit ? (c.exit[id] ?? c.exit['*']) : 2)

let scratch = ''

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'yunwang-bad-'))
  // 100 MB of otherwise plausible YAML: refused by size before anything parses it.
  const row = '  - {id: n0000000, name: 节点, type: self-built}\n'
  const chunk = row.repeat(4096)
  const parts = ['apiVersion: yunwang/v1\nkind: NodeInventory\nnodes:\n']
  for (let size = 0; size < 100 * 1024 * 1024; size += Buffer.byteLength(chunk)) parts.push(chunk)
  writeFileSync(join(scratch, 'huge.yaml'), parts.join(''))
  mkdirSync(join(scratch, 'loop'))
  symlinkSync('.', join(scratch, 'loop', 'again'))
  mkdirSync(join(scratch, 'empty'))
  // Inputs that are not regular files: a FIFO no one writes to, a device that never ends.
  execFileSync('mkfifo', [join(scratch, 'fifo.yaml')])
  symlinkSync('/dev/zero', join(scratch, 'zero.yaml'))
  mkdirSync(join(scratch, 'zero-project'))
  symlinkSync('/dev/zero', join(scratch, 'zero-project', 'yunwang.yaml'))
  // 23 folders, each with two links to the next: 2^22 ways down to the one file at the bottom.
  for (let i = 0; i <= 22; i++) mkdirSync(join(scratch, 'pairs', `l${i}`), {recursive: true})
  for (let i = 0; i < 22; i++) for (const name of ['a', 'b']) symlinkSync(join('..', `l${i + 1}`), join(scratch, 'pairs', `l${i}`, name))
  writeFileSync(join(scratch, 'pairs', 'l22', 'nodes.yaml'), 'apiVersion: yunwang/v1\nkind: NodeInventory\nnodes:\n  - {id: n1, name: 节点, type: self-built, manged: true}\n')
  // 60 MiB of JSON, under the 64 MiB limit: one node whose name is a single 60 MiB string.
  const head = '{"apiVersion":"yunwang/v1","kind":"NodeInventory","nodes":[{"id":"n1","type":"self-built","name":"'
  writeFileSync(join(scratch, 'wide.json'), `${head}${'x'.repeat(60 * 1024 * 1024 - head.length - 4)}"}]}`)
  // JSON nested 1,000,000 deep: refused at the 65th level, as YAML is, before JSON.parse builds it.
  writeFileSync(join(scratch, 'deep.json'), `{"apiVersion":"yunwang/v1","kind":"NodeInventory","nodes":[${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}]}`)
  // A 2,000,000-character blackout reason aliased 999 times: within the alias count, 2 GB once expanded.
  writeFileSync(join(scratch, 'alias-characters.yaml'), [
    'apiVersion: yunwang/v1', 'kind: PlanConfig', 'start: 2027-01-04', 'blackouts:',
    `  - {from: 2027-02-01, to: 2027-02-02, reason: &r "${'x'.repeat(2_000_000)}"}`,
    ...Array.from({length: 999}, () => '  - {from: 2027-03-01, to: 2027-03-02, reason: *r}'), '',
  ].join('\n'))
})

afterAll(() => {
  // The temporary folder holds a 100 MB file; leave nothing behind.
  if (scratch) rmSync(scratch, {recursive: true, force: true})
})

it('covers every command that reads inventories', () => {
  expect(commands.map(([id]) => id)).toEqual(expect.arrayContaining(['adoption', 'check', 'diff', 'graph', 'impact', 'ipv6', 'plan', 'validate']))
  expect(cases.length).toBeGreaterThanOrEqual(58)
})

describe.each(cases)('$name', c => {
  /** The command this case is spawned through: the commands in turn, case after case. */
  const spawnedId = commands[cases.indexOf(c) % commands.length][0]
  /** Whether the spawned run ended by itself within SECONDS; a run in this process could not be stopped. */
  let endedInTime = false
  const where = (): {cwd: string; path: string | undefined; file: string} => {
    if (c.project) return {cwd: c.generate ? join(scratch, c.path) : join(ROOT, BAD, c.path), path: undefined, file: c.file ?? 'yunwang.yaml'}
    return c.generate ? {cwd: scratch, path: c.path, file: c.file ?? c.path} : {cwd: ROOT, path: `${BAD}/${c.path}`, file: `${BAD}/${c.file ?? c.path}`}
  }

  if (c.project) {
    it('is refused when yunwang.yaml is read in this process', () => {
      const {cwd} = where()
      let code: string | undefined
      try {
        readProjectConfig(cwd)
      } catch (error) {
        code = (error as {problems: Array<{code: string}>}).problems[0]?.code
      }
      expect(code).toBe(c.code)
    })
  }

  if (!c.project) it('leaves Object.prototype untouched when loaded in this process', () => {
    const {cwd, path = ''} = where()
    const before = Object.getOwnPropertyNames(Object.prototype).sort()
    const r = loadInventory([path], {cwd})
    expect(r.ok).toBe(c.exit !== undefined)
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.getPrototypeOf({})).toBe(Object.prototype)
  })

  it(`as a process (${spawnedId}): exits as documented within SECONDS, no stack trace`, () => {
    const {cwd, path, file} = where()
    const argv = commands.find(([id]) => id === spawnedId)![1]
    const r = runCli(argv(path), {cwd, timeout: SECONDS * 1000})
    expect(r.ms).toBeLessThan(SECONDS * 1000)
    expect(r.code).toBe(expectedExit(c, spawnedId))
    endedInTime = true
    const out = r.stdout + r.stderr
    expect(out).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/)
    if (c.exit) {
      if (c.discreet?.includes(spawnedId)) for (const secret of c.hidden ?? []) expect(out).not.toContain(secret)
      return
    }
    expect(out).toContain(`${file}:${c.line}:${c.column}: `)
  })

  it('is placed exactly by validate --json', async () => {
    expect(endedInTime, 'the spawned run did not end within SECONDS').toBe(true)
    const {cwd, path, file} = where()
    type Located = Array<{code: string; file: string; line: number; column: number; pointer: string}>
    const r = await runJsonInProcess<{ok: boolean; errors: Located; error?: {errors: Located}}>(['validate', ...(path === undefined ? [] : [path])], {cwd})
    expect(r.ms).toBeLessThan(SECONDS * 1000)
    expect(r.code).toBe(expectedExit(c, 'validate'))
    // A broken yunwang.yaml stops every command before it starts: the problems come as an error.
    if (c.project) r.json = {ok: false, errors: r.json.error?.errors ?? []}
    if (c.exit) {
      expect(r.json.ok).toBe(true)
      expect(r.json.errors).toEqual([])
      return
    }
    expect(r.json.ok).toBe(false)
    const hit = r.json.errors.find(e => e.code === c.code && e.file === file && e.line === c.line && e.column === c.column)
    expect(hit, JSON.stringify(r.json.errors.slice(0, 5))).toBeDefined()
    if (c.pointer) expect(hit?.pointer).toBe(c.pointer)
  })

  if (c.finding) {
    const finding = c.finding
    it(`check --json reports ${finding.rule} ${finding.severity} on ${finding.subject}`, async () => {
      expect(endedInTime, 'the spawned run did not end within SECONDS').toBe(true)
      const {cwd, path} = where()
      const r = await runJsonInProcess<{findings: Array<{rule: string; severity: string; subject: {id: string}}>}>(['check', ...(path === undefined ? [] : [path])], {cwd})
      expect(r.ms).toBeLessThan(SECONDS * 1000)
      expect(r.code).toBe(expectedExit(c, 'check'))
      expect(r.json.findings.filter(f => f.rule === finding.rule).map(f => [f.severity, f.subject.id])).toEqual([[finding.severity, finding.subject]])
    })
  }

  it.each(commands)(c.exit ? '%s exits as documented, no stack trace' : '%s exits 2 with one positioned line per problem and no stack trace', async (id, argv) => {
    expect(endedInTime, 'the spawned run did not end within SECONDS').toBe(true)
    const {cwd, path, file} = where()
    const r = await runInProcess(argv(path), {cwd})
    expect(r.ms).toBeLessThan(SECONDS * 1000)
    expect(r.code).toBe(expectedExit(c, id))
    const out = r.stdout + r.stderr
    expect(out).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/)
    if (c.exit) {
      if (c.discreet?.includes(id)) for (const secret of c.hidden ?? []) expect(out).not.toContain(secret)
      return
    }
    expect(out).toContain(`${file}:${c.line}:${c.column}: `)
    const problemLines = out.split('\n').filter(l => /^[^\s:][^:]*:\d+:\d+: /.test(l))
    expect(problemLines.length).toBeGreaterThan(0)
    for (const l of problemLines) expect(l).toMatch(/\[[A-Z_]+\]/)
  })
})
