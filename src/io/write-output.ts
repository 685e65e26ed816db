// Every file yunwang writes goes through here. Each is written to a temporary file beside its target
// (`.NAME.yunwang-PID-RANDOM.tmp`), flushed and renamed into place, so a write killed at any point
// leaves the old file whole; temporary files a killed run left behind are removed by the next write
// to the same target once they are an hour old. Only a regular file is ever replaced, never a link,
// folder, FIFO or device, and never without --force.
import {randomBytes} from 'node:crypto'
import {closeSync, fsyncSync, lstatSync, mkdirSync, openSync, readFileSync, readdirSync, renameSync, rmSync, unlinkSync, writeSync} from 'node:fs'
import {basename, dirname, join, resolve} from 'node:path'
import {YunwangError} from '../core/errors.js'
import {fileType} from './read-source.js'

export interface OutputFile {
  /** Path as the user named it (relative to cwd, or absolute). */
  path: string
  content: string | Buffer
}

export interface WriteOptions {
  cwd: string
  force?: boolean
}

/** A temporary file of a killed run is this old before the next write removes it. */
export const STALE_TEMP_MS = 60 * 60 * 1000

const tempPattern = (name: string) => new RegExp(`^\\.${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.yunwang-\\d+-[0-9a-f]{12}\\.tmp$`)

/** Why a target cannot be written, or what it holds now (undefined: nothing there). */
function checkTarget(path: string, full: string, force: boolean): Buffer | undefined {
  let st
  try {
    st = lstatSync(full)
  } catch {
    return undefined
  }
  // A link is refused even with --force: writing through it would land wherever it points.
  if (st.isSymbolicLink()) throw new YunwangError('WRITE_SYMLINK', {path})
  if (!st.isFile()) throw new YunwangError('WRITE_NOT_A_FILE', {path, type: fileType(st)})
  if (!force) throw new YunwangError('WRITE_EXISTS', {path})
  return readFileSync(full)
}

function removeStaleTemps(full: string, now: number): void {
  const dir = dirname(full)
  const pattern = tempPattern(basename(full))
  let names: string[]
  try {
    names = readdirSync(dir)
  } catch {
    return
  }
  for (const name of names) {
    if (!pattern.test(name)) continue
    try {
      const st = lstatSync(join(dir, name))
      if (st.isFile() && now - st.mtimeMs > STALE_TEMP_MS) unlinkSync(join(dir, name))
    } catch {
      // Gone already, or another run's: it is not ours to insist on.
    }
  }
}

/**
 * Writes one file atomically: temporary file beside it ('wx': never an existing path), fsync, rename.
 * `durable: false` (a cache entry, which may be lost but never half-written) skips the fsync; `mode`:
 * the new file's permissions before the umask (0o600 for a cache entry, which may hold classified records).
 */
export function writeAtomic(full: string, content: string | Buffer, {durable = true, mode = 0o644} = {}): void {
  const temp = join(dirname(full), `.${basename(full)}.yunwang-${process.pid}-${randomBytes(6).toString('hex')}.tmp`)
  const fd = openSync(temp, 'wx', mode)
  try {
    const buf = typeof content === 'string' ? Buffer.from(content, 'utf8') : content
    for (let at = 0; at < buf.length; ) at += writeSync(fd, buf, at, buf.length - at)
    if (durable) fsyncSync(fd)
    closeSync(fd)
    renameSync(temp, full)
  } catch (error) {
    try {
      closeSync(fd)
    } catch {
      // Closed above already.
    }
    rmSync(temp, {force: true})
    throw error
  }
}

/**
 * Writes every file or none: all targets are checked before the first byte is written, so that a
 * refusal (exit 2) leaves the directory as it was; and when a write fails part-way, the files already
 * written are removed (or given back their old content) and the folders made for them removed.
 */
export function writeOutputs(files: OutputFile[], options: WriteOptions): string[] {
  const full = files.map(f => resolve(options.cwd, f.path))
  const old = files.map((f, i) => checkTarget(f.path, full[i], options.force ?? false))
  const done: number[] = []
  const made: string[] = []
  const now = Date.now()
  files.forEach((f, i) => {
    try {
      const created = mkdirSync(dirname(full[i]), {recursive: true})
      if (created) made.push(created)
      removeStaleTemps(full[i], now)
      writeAtomic(full[i], f.content)
      done.push(i)
    } catch (error) {
      undo(done, full, old, made)
      // Where the user asked us to write is the problem (a file in the way, no permission): exit 2.
      throw new YunwangError('WRITE_FAILED', {path: f.path, errno: (error as NodeJS.ErrnoException).code ?? 'EIO'})
    }
  })
  return files.map(f => f.path)
}

function undo(done: number[], full: string[], old: Array<Buffer | undefined>, made: string[]): void {
  for (const i of done.reverse()) {
    try {
      const before = old[i]
      if (before === undefined) unlinkSync(full[i])
      else writeAtomic(full[i], before)
    } catch {
      // Best effort: the error that stopped the write is the one to report.
    }
  }
  for (const dir of made.reverse()) rmSync(dir, {recursive: true, force: true})
}

export function writeOutput(path: string, content: string | Buffer, options: WriteOptions): string {
  return writeOutputs([{path, content}], options)[0]
}
