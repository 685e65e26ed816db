// Runs a command inside the test process, as bin/run.js would run it in its own: oclif's `run` with
// the project's config (loaded once per test file), then oclif's own error handler for whatever the
// command throws. What the command writes to stdout and stderr is captured, and the exit code is the
// one the process would end with (process.exitCode, or the code oclif's handler would exit with).
// The environment is replaced for the run as runCli replaces it for the child (English, no colour,
// CI), and the working directory changed, then both restored; runs must not overlap (they share the
// process), so a test file runs them one after another.
//
// Spawn the binary (run-cli.ts) where the process is the point: its real exit status, that it ends by
// itself (a hang is killed after a timeout; here it would stop the test file), signals, and what a
// user's shell sees. test/e2e/run-in-process.test.ts compares both ways on a sample of cases.
import {format} from 'node:util'
import {Config, run} from '@oclif/core'
import {Exit, handle} from '@oclif/core/handle'
import {type CliResult, ROOT, testCacheDir, withJson} from './run-cli.js'

let config: Promise<Config> | undefined

/** The project's oclif config, loaded from the package root once per test file. */
export function cliConfig(): Promise<Config> {
  config ??= Config.load(ROOT)
  return config
}

type Write = typeof process.stdout.write

/** The environment runCli gives a child: only these variables, plus what the test adds. */
export function cliEnv(extra: Record<string, string> = {}): Record<string, string> {
  return {PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...testCacheDir(), LANG: 'en_US.UTF-8', NO_COLOR: '1', CI: '1', ...extra}
}

let running = false

export async function runInProcess(args: string[], options: {cwd?: string; env?: Record<string, string>} = {}): Promise<CliResult> {
  if (running) throw new Error('runInProcess: runs share the process and must not overlap')
  running = true
  try {
    return await runOnce(args, options, await cliConfig())
  } finally {
    running = false
  }
}

async function runOnce(args: string[], options: {cwd?: string; env?: Record<string, string>}, cfg: Config): Promise<CliResult> {
  const out: string[] = []
  const err: string[] = []
  const savedEnv = {...process.env}
  const savedCwd = process.cwd()
  const savedExitCode = process.exitCode
  const savedOut = process.stdout.write
  const savedErr = process.stderr.write
  const savedConsole = {log: console.log, info: console.info, warn: console.warn, error: console.error, debug: console.debug}
  const savedExit = Exit.exit
  const capture = (into: string[]): Write => ((chunk: string | Uint8Array, encoding?: unknown, cb?: unknown) => {
    into.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'))
    const done = typeof encoding === 'function' ? encoding : cb
    if (typeof done === 'function') queueMicrotask(() => (done as () => void)())
    return true
  }) as Write
  let exited: number | undefined
  const started = Date.now()
  // Taken before the environment is cleared: PATH and HOME come from the test process, as for a child.
  const env = cliEnv(options.env)
  try {
    for (const key of Object.keys(process.env)) delete process.env[key]
    Object.assign(process.env, env)
    process.chdir(options.cwd ?? ROOT)
    process.exitCode = undefined
    process.stdout.write = capture(out)
    process.stderr.write = capture(err)
    // oclif's ux (this.log, help, its error handler) writes through console; in a test worker console
    // is the runner's, so it is pointed at the captured streams as a process's console would be.
    console.log = console.info = (...a: unknown[]) => void process.stdout.write(`${format(...a)}\n`)
    console.warn = console.error = console.debug = (...a: unknown[]) => void process.stderr.write(`${format(...a)}\n`)
    // oclif's handler ends the process here; the run ends with that code instead (the handler returns).
    Exit.exit = ((code = 0) => {
      exited ??= code
    }) as typeof Exit.exit
    try {
      await run(args, cfg)
    } catch (error) {
      await handle(error as Error)
    }
    const code = exited ?? Number(process.exitCode ?? 0)
    return {code, stdout: out.join(''), stderr: err.join(''), ms: Date.now() - started}
  } finally {
    Exit.exit = savedExit
    Object.assign(console, savedConsole)
    process.stdout.write = savedOut
    process.stderr.write = savedErr
    process.exitCode = savedExitCode
    process.chdir(savedCwd)
    for (const key of Object.keys(process.env)) delete process.env[key]
    Object.assign(process.env, savedEnv)
  }
}

/** runInProcess with --json, the output parsed (as runJson does for a spawned run). */
export async function runJsonInProcess<T = Record<string, unknown>>(args: string[], options: Parameters<typeof runInProcess>[1] = {}): Promise<CliResult & {json: T}> {
  return withJson<T>(await runInProcess([...args, '--json'], options))
}
