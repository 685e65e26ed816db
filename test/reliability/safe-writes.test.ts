// Every file yunwang writes (import --out, init, report --out) is written whole or not at all and
// never over an existing file without --force. The writers are found in
// oclif.manifest.json (a command with --out or --force), so a new one cannot be left out; and no
// source file but src/io/write-output.ts writes files (diff --git reads a revision in memory).
// Commands run in this process (test/helpers/run-in-process.ts); the runs that check exit 2 with
// no stack trace are spawned.
import {cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, relative} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {ROOT, runCli} from '../helpers/run-cli.js'
import {runInProcess, runJsonInProcess} from '../helpers/run-in-process.js'

interface Writer {
  /** Arguments to write into `target` (relative to the working directory). */
  argv: (target: string) => string[]
  /** The files one run writes under `target`. */
  files: (target: string) => string[]
}
const WRITERS: Record<string, Writer> = {
  import: {argv: t => ['import', join(dir, 'survey.csv'), '--kind', 'systems', '--inventory', join(ROOT, 'examples/jiangsu'), '--out', t], files: t => [join(t, 'systems.yaml')]},
  init: {argv: t => ['init', t], files: t => [...['common', 'network-inventory', 'node-inventory', 'plan-config', 'project-config', 'system-inventory'].map(s => `.yunwang/schemas/${s}.schema.json`), 'inventory/networks.yaml', 'inventory/nodes.yaml', 'inventory/plan.yaml', 'inventory/systems.yaml', 'yunwang.yaml'].map(f => join(t, f))},
  report: {argv: t => ['report', join(ROOT, 'examples/jiangsu'), '--as-of', '2026-06-30', '--format', 'markdown', '--out', t], files: t => [t]},
  // The commands whose tables go to a file with --out (a workbook with --format xlsx).
  adoption: {argv: t => ['adoption', join(ROOT, 'examples/jiangsu'), '--as-of', '2026-06-30', '--format', 'xlsx', '--out', t], files: t => [t]},
  check: {argv: t => ['check', join(ROOT, 'examples/jiangsu'), '--as-of', '2026-06-30', '--fail-on', 'critical', '--format', 'csv', '--out', t], files: t => [t]},
  impact: {argv: t => ['impact', 'plat-auth', join(ROOT, 'examples/jiangsu'), '--as-of', '2026-06-30', '--format', 'xlsx', '--out', t], files: t => [t]},
  ipv6: {argv: t => ['ipv6', join(ROOT, 'examples/jiangsu'), '--as-of', '2026-06-30', '--format', 'markdown', '--out', t], files: t => [t]},
  plan: {argv: t => ['plan', join(ROOT, 'examples/jiangsu'), '--as-of', '2026-06-30', '--format', 'xlsx', '--out', t], files: t => [t]},
  status: {argv: t => ['status', join(ROOT, 'examples/jiangsu'), '--as-of', '2026-06-30', '--format', 'xlsx', '--out', t], files: t => [t]},
  export: {argv: t => ['export', join(ROOT, 'examples/jiangsu'), '--kind', 'systems', '--department', '省人力资源社会保障厅', '--as-of', '2026-06-30', '--out', `${t}.xlsx`], files: t => [`${t}.xlsx`]},
}
const manifest = JSON.parse(readFileSync(join(ROOT, 'oclif.manifest.json'), 'utf8')) as {commands: Record<string, {flags: Record<string, unknown>}>}
const writers = Object.keys(manifest.commands).filter(id => 'out' in manifest.commands[id].flags || 'force' in manifest.commands[id].flags).sort()

let dir = ''
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'yw-safe-'))
  writeFileSync(join(dir, 'survey.csv'), '系统名称,责任单位,行政级别,行政区划代码,等保级别,部署节点,是否涉密,运行状态\n统一身份认证平台甲,省政务办,省级,320000,三级,pc-main,否,在用\n业务系统乙,省某厅,省级,320000,二级,pc-main,否,在用\n')
})
afterAll(() => {
  if (dir) rmSync(dir, {recursive: true, force: true})
})

const tree = (d: string): string[] => readdirSync(d, {withFileTypes: true}).flatMap(e => (e.isDirectory() ? tree(join(d, e.name)).map(f => join(e.name, f)) : [e.name])).sort()

it('knows how to drive every command that writes files', () => {
  expect(writers).toEqual(expect.arrayContaining(['import', 'init']))
  for (const id of writers) expect(WRITERS[id], `no write test for ${id}`).toBeDefined()
})

it('writes files only through src/io/write-output.ts (standard output through write-stdout.ts)', async () => {
  const sources = (d: string): string[] => readdirSync(d, {withFileTypes: true}).flatMap(e => (e.isDirectory() ? sources(join(d, e.name)) : e.name.endsWith('.ts') ? [join(d, e.name)] : []))
  const writing = sources(join(ROOT, 'src'))
    // Opening to read (read-source's non-blocking open) is not writing; opening with a write flag is.
    .filter(f => /\b(writeFileSync|writeFile|appendFileSync|appendFile|createWriteStream|copyFileSync|renameSync|writeSync)\s*\(|\bopenSync\([^)]*(['"][wa]|O_WRONLY|O_RDWR|O_CREAT)/.test(readFileSync(f, 'utf8')))
    .map(f => relative(ROOT, f))
    .sort()
  expect(writing).toEqual(['src/io/write-output.ts', 'src/io/write-stdout.ts'])
  // write-stdout writes standard output (descriptor 1) and nothing else.
  const stdout = readFileSync(join(ROOT, 'src/io/write-stdout.ts'), 'utf8')
  expect([...stdout.matchAll(/\bwriteSync\(([^,]*),/g)].map(m => m[1])).toEqual(['1'])
  expect(stdout).not.toMatch(/\b(writeFileSync|writeFile|appendFileSync|appendFile|createWriteStream|copyFileSync|renameSync|openSync)\s*\(/)
  // write-output writes a temporary file beside the target, then renames it into place.
  expect(readFileSync(join(ROOT, 'src/io/write-output.ts'), 'utf8')).toMatch(/renameSync\(temp, full\)/)
})

describe.each(writers.map(id => [id] as const))('%s', id => {
  it('writes whole files and leaves no temporary file behind', async () => {
    const cwd = mkdtempSync(join(dir, `${id}-`))
    const w = WRITERS[id]
    const r = await runInProcess(w.argv('target'), {cwd})
    expect(r.code, r.stderr).toBe(0)
    const written = w.files('target')
    for (const f of written) expect(statSync(join(cwd, f)).size).toBeGreaterThan(0)
    expect(tree(cwd)).toEqual([...written].sort())
  })

  it('refuses to overwrite without --force (exit 2, WRITE_EXISTS, nothing touched), and overwrites with it', async () => {
    const cwd = mkdtempSync(join(dir, `${id}-`))
    const w = WRITERS[id]
    expect((await runInProcess(w.argv('target'), {cwd})).code).toBe(0)
    const written = w.files('target')
    // A hand edit in the last file only: the refusal must come before any file is written.
    writeFileSync(join(cwd, written.at(-1)!), 'hand-edited\n')
    const before = written.map(f => readFileSync(join(cwd, f)))
    const refused = await runJsonInProcess<{error: {code: string}}>(w.argv('target'), {cwd})
    expect(refused.code).toBe(2)
    expect(refused.json.error.code).toBe('WRITE_EXISTS')
    // Spawned: the real binary's exit status, and no stack trace reaching the user.
    const human = runCli(w.argv('target'), {cwd})
    expect(human.code).toBe(2)
    expect(human.stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/)
    written.forEach((f, i) => expect(readFileSync(join(cwd, f)).equals(before[i]), f).toBe(true))
    expect(tree(cwd)).toEqual([...written].sort())
    const forced = await runInProcess([...w.argv('target'), '--force'], {cwd})
    expect(forced.code).toBe(0)
    expect(readFileSync(join(cwd, written.at(-1)!), 'utf8')).not.toBe('hand-edited\n')
    expect(tree(cwd)).toEqual([...written].sort())
  })

  it('does not write into a path where a file stands in for a folder, and says so with exit 2', () => {
    const cwd = mkdtempSync(join(dir, `${id}-`))
    writeFileSync(join(cwd, 'blocker'), 'x\n')
    // Spawned: the real binary's exit status, and no stack trace reaching the user.
    const r = runCli(WRITERS[id].argv(join('blocker', 'target')), {cwd})
    expect(r.code).toBe(2)
    expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/)
    expect(readFileSync(join(cwd, 'blocker'), 'utf8')).toBe('x\n')
  })
})

it('a command that reads never writes into the inventory folder', async () => {
  const inv = mkdtempSync(join(dir, 'inv-'))
  cpSync(join(ROOT, 'examples/jiangsu'), inv, {recursive: true})
  const snapshot = () => tree(inv).map(f => `${f} ${readFileSync(join(inv, f)).toString('base64')}`)
  const before = snapshot()
  for (const id of Object.keys(manifest.commands).filter(c => !writers.includes(c) && !c.includes(':') && !['help', 'autocomplete', 'diff'].includes(c))) {
    const args = id === 'impact' ? ['impact', 'plat-auth', inv] : [id, inv]
    await runInProcess([...args, '--as-of', '2026-06-30'])
  }
  await runInProcess(['diff', inv, inv])
  expect(snapshot()).toEqual(before)
  expect(existsSync(join(inv, '.yunwang'))).toBe(false)
})
