// Spawns bin/run.js as a user would, with a neutral environment (English, no colour, CI).
import {spawnSync} from 'node:child_process'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
export const BIN = join(ROOT, 'bin', 'run.js')

export interface CliResult {
  code: number | null
  stdout: string
  stderr: string
  ms: number
}

export function runCli(args: string[], options: {cwd?: string; env?: Record<string, string>; timeout?: number} = {}): CliResult {
  const started = Date.now()
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    encoding: 'utf8',
    timeout: options.timeout ?? 60_000,
    maxBuffer: 256 * 1024 * 1024,
    env: {PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...testCacheDir(), LANG: 'en_US.UTF-8', NO_COLOR: '1', CI: '1', ...options.env},
  })
  return {code: r.status, stdout: r.stdout, stderr: r.stderr, ms: Date.now() - started}
}

export function runJson<T = Record<string, unknown>>(args: string[], options: Parameters<typeof runCli>[1] = {}): CliResult & {json: T} {
  return withJson<T>(runCli([...args, '--json'], options))
}

/** A run's stdout parsed as the one JSON document it must be (spawned or in process alike). */
export function withJson<T>(r: CliResult): CliResult & {json: T} {
  let json: T
  try {
    json = JSON.parse(r.stdout) as T
  } catch {
    throw new Error(`not one JSON document on stdout (exit ${r.code}):\n${r.stdout.slice(0, 500)}\n${r.stderr.slice(0, 500)}`)
  }
  return {...r, json}
}

/** The parse cache of the test run (vitest.config.ts), never the user's own. */
export function testCacheDir(): Record<string, string> {
  const dir = process.env.YUNWANG_CACHE_DIR
  return dir === undefined ? {} : {YUNWANG_CACHE_DIR: dir}
}
