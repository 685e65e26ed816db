// The in-process runner (test/helpers/run-in-process.ts) against the real binary: the same exit code,
// stdout and stderr, byte for byte, on a sample of what the suites run with it — success, findings,
// bad input, oclif's own errors, help, a thrown error, a folder as working directory, another
// language — so the suites that use it cannot drift from what bin/run.js does. And it leaves the test
// process as it found it.
import {execFileSync} from 'node:child_process'
import {cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {ROOT, runCli} from '../helpers/run-cli.js'
import {runInProcess, runJsonInProcess} from '../helpers/run-in-process.js'

const BAD = 'test/fixtures/bad'
const dirs: string[] = []
afterAll(() => {
  for (const d of dirs) rmSync(d, {recursive: true, force: true})
})

const SAMPLE: Array<{name: string; args: string[]; cwd?: string; env?: Record<string, string>}> = [
  {name: 'validate on the example', args: ['validate', 'examples/jiangsu']},
  {name: 'validate --json on the example', args: ['validate', 'examples/jiangsu', '--json']},
  {name: 'check with findings (exit 1)', args: ['check', 'test/fixtures/check/inventory', '--as-of', '2026-06-30']},
  {name: 'check --json with findings', args: ['check', 'test/fixtures/check/inventory', '--as-of', '2026-06-30', '--json']},
  {name: 'plan on the example', args: ['plan', 'examples/jiangsu', '--as-of', '2026-06-30']},
  {name: 'graph mermaid', args: ['graph', 'examples/jiangsu', '--format', 'mermaid']},
  {name: 'bad input, positioned', args: ['validate', `${BAD}/duplicate-key.yaml`]},
  {name: 'bad input --json', args: ['plan', `${BAD}/bad-date.yaml`, '--json']},
  {name: 'a missing path', args: ['validate', 'no/such/folder']},
  {name: 'an unknown flag (oclif parse error)', args: ['validate', 'examples/jiangsu', '--no-such-flag']},
  {name: 'a bad --as-of (thrown in init)', args: ['check', 'examples/jiangsu', '--as-of', '2026-02-30']},
  {name: 'a bad option value', args: ['graph', 'examples/jiangsu', '--format', 'nope']},
  {name: 'an unknown command (oclif handler)', args: ['no-such-command']},
  {name: 'help', args: ['--help']},
  {name: 'a command help', args: ['plan', '--help']},
  {name: 'version', args: ['--version']},
  {name: 'Chinese from LANG', args: ['validate', `${BAD}/unknown-field.yaml`], env: {LANG: 'zh_CN.UTF-8'}},
  {name: 'a project folder as working directory', args: ['validate'], cwd: join(ROOT, 'examples', 'jiangsu')},
]

describe.each(SAMPLE)('$name: in process as spawned', ({args, cwd, env}) => {
  it('same exit code, stdout and stderr', async () => {
    const spawned = runCli(args, {cwd, env})
    const inProcess = await runInProcess(args, {cwd, env})
    expect(spawned.code).not.toBeNull()
    expect({code: inProcess.code, stdout: inProcess.stdout, stderr: inProcess.stderr})
      .toEqual({code: spawned.code, stdout: spawned.stdout, stderr: spawned.stderr})
  })
})

it('writes the same files as the binary (init in an empty folder)', async () => {
  const a = mkdtempSync(join(tmpdir(), 'yunwang-inproc-'))
  const b = mkdtempSync(join(tmpdir(), 'yunwang-inproc-'))
  dirs.push(a, b)
  const spawned = runCli(['init', '--as-of', '2026-01-01'], {cwd: a})
  const inProcess = await runInProcess(['init', '--as-of', '2026-01-01'], {cwd: b})
  expect(inProcess.code).toBe(spawned.code)
  expect(inProcess.stdout.replaceAll(b, '<dir>')).toBe(spawned.stdout.replaceAll(a, '<dir>'))
  expect(readdirSync(b).sort()).toEqual(readdirSync(a).sort())
})

it('gives the command the same PATH and HOME (diff --git runs git)', async () => {
  const repo = mkdtempSync(join(tmpdir(), 'yunwang-inproc-'))
  dirs.push(repo)
  const git = (...args: string[]) => execFileSync('git', args, {cwd: repo, stdio: 'pipe'})
  git('init', '-q')
  git('config', 'user.email', 'ci@example.invalid')
  git('config', 'user.name', 'ci')
  cpSync(join(ROOT, 'test/fixtures/diff/old'), join(repo, 'inventory'), {recursive: true})
  writeFileSync(join(repo, 'yunwang.yaml'), 'paths: [inventory]\n')
  git('add', '.')
  git('commit', '-qm', 'old')
  rmSync(join(repo, 'inventory'), {recursive: true})
  cpSync(join(ROOT, 'test/fixtures/diff/new'), join(repo, 'inventory'), {recursive: true})
  const spawned = runCli(['diff', '--git', 'HEAD', '--as-of', '2026-06-30'], {cwd: repo})
  const inProcess = await runInProcess(['diff', '--git', 'HEAD', '--as-of', '2026-06-30'], {cwd: repo})
  expect(spawned.code).toBe(0)
  expect({code: inProcess.code, stdout: inProcess.stdout, stderr: inProcess.stderr})
    .toEqual({code: spawned.code, stdout: spawned.stdout, stderr: spawned.stderr})
})

it('leaves the process as it found it: exit code, working directory, environment, streams', async () => {
  const env = {...process.env}
  const cwd = process.cwd()
  const write = process.stdout.write
  const r = await runInProcess(['validate', `${BAD}/duplicate-key.yaml`], {env: {EXTRA_FOR_THE_RUN: '1'}})
  expect(r.code).toBe(2)
  expect(process.exitCode ?? 0).toBe(0)
  expect(process.cwd()).toBe(cwd)
  expect({...process.env}).toEqual(env)
  expect(process.stdout.write).toBe(write)
  const ok = await runJsonInProcess<{ok: boolean}>(['validate', 'examples/jiangsu'])
  expect([ok.code, ok.json.ok]).toEqual([0, true])
})

it('refuses overlapping runs (they share the process)', async () => {
  const first = runInProcess(['validate', 'examples/jiangsu'])
  await expect(runInProcess(['validate', 'examples/jiangsu'])).rejects.toThrow(/overlap/)
  expect((await first).code).toBe(0)
})
