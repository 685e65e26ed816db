// Runs many CLI invocations concurrently (a few at a time): the suites that compare hundreds of runs
// would take minutes one after another.
import {spawn} from 'node:child_process'
import {availableParallelism} from 'node:os'
import {BIN, type CliResult, ROOT} from './run-cli.js'

export function runCliAsync(args: string[], options: {cwd?: string; timeout?: number} = {}): Promise<CliResult> {
  const started = Date.now()
  return new Promise(resolve => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: options.cwd ?? ROOT,
      env: {PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LANG: 'en_US.UTF-8', NO_COLOR: '1', CI: '1'},
      timeout: options.timeout ?? 60_000,
    })
    const out: Buffer[] = []
    const err: Buffer[] = []
    child.stdout.on('data', (d: Buffer) => out.push(d))
    child.stderr.on('data', (d: Buffer) => err.push(d))
    child.on('close', code => resolve({code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), ms: Date.now() - started}))
  })
}

/** Runs every job, at most `limit` at a time, and returns the results in the jobs' order. */
export async function runAll<T>(jobs: Array<() => Promise<T>>, limit = Math.max(2, Math.min(8, availableParallelism()))): Promise<T[]> {
  const results: T[] = new Array(jobs.length)
  let next = 0
  const worker = async () => {
    while (next < jobs.length) {
      const i = next++
      results[i] = await jobs[i]()
    }
  }
  await Promise.all(Array.from({length: Math.min(limit, jobs.length)}, worker))
  return results
}
