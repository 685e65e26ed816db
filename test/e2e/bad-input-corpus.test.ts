// Every bad input of the corpus, through every command that reads inventories: exit 2, the first
// problem placed exactly, one line per problem, no stack trace, done within seconds.
import {mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {load} from 'js-yaml'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {ROOT, runCli, runJson} from '../helpers/run-cli.js'

interface Case {
  name: string
  path: string
  file?: string
  generate?: 'huge' | 'symlink-loop' | 'none'
  code: string
  line: number
  column: number
  pointer?: string
}

const BAD = 'test/fixtures/bad'
const cases = load(readFileSync(join(ROOT, BAD, 'manifest.yaml'), 'utf8')) as Case[]
const manifest = JSON.parse(readFileSync(join(ROOT, 'oclif.manifest.json'), 'utf8')) as {commands: Record<string, unknown>}

/** Each command that reads inventory paths, with the arguments it needs around them. */
const COMMANDS: Array<[string, (path: string) => string[]]> = [
  ['validate', p => ['validate', p]],
  ['adoption', p => ['adoption', p]],
  ['impact', p => ['impact', 'plat-auth', p]],
  ['graph', p => ['graph', p]],
  ['plan', p => ['plan', p]],
  ['ipv6', p => ['ipv6', p]],
  ['check', p => ['check', p]],
  ['report', p => ['report', p, '--format', 'markdown']],
]
const commands = COMMANDS.filter(([id]) => id in manifest.commands)

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
})

afterAll(() => {
  // The temporary folder holds a 100 MB file; leave nothing behind.
  if (scratch) rmSync(scratch, {recursive: true, force: true})
})

describe.each(cases)('$name', c => {
  const where = () => (c.generate ? {cwd: scratch, path: c.path, file: c.file ?? c.path} : {cwd: ROOT, path: `${BAD}/${c.path}`, file: `${BAD}/${c.file ?? c.path}`})

  it('is placed exactly by validate --json', () => {
    const {cwd, path, file} = where()
    const r = runJson<{ok: boolean; errors: Array<{code: string; file: string; line: number; column: number; pointer: string}>}>(['validate', path], {cwd, timeout: 20_000})
    expect(r.code).toBe(2)
    expect(r.json.ok).toBe(false)
    const hit = r.json.errors.find(e => e.code === c.code && e.file === file && e.line === c.line && e.column === c.column)
    expect(hit, JSON.stringify(r.json.errors.slice(0, 5))).toBeDefined()
    if (c.pointer) expect(hit?.pointer).toBe(c.pointer)
  })

  it.each(commands)('%s exits 2 with one positioned line per problem and no stack trace', (_id, argv) => {
    const {cwd, path, file} = where()
    const r = runCli(argv(path), {cwd, timeout: 20_000})
    expect(r.code).toBe(2)
    const out = r.stdout + r.stderr
    expect(out).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/)
    expect(out).toContain(`${file}:${c.line}:${c.column}: `)
    const problemLines = out.split('\n').filter(l => /^[^\s:][^:]*:\d+:\d+: /.test(l))
    expect(problemLines.length).toBeGreaterThan(0)
    for (const l of problemLines) expect(l).toMatch(/\[[A-Z_]+\]/)
  })
})
