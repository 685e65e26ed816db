// Reads inventory paths as they were at a git revision, in memory (`yunwang diff --git REV`): the
// files are listed with ls-tree and their blobs read through one `git cat-file --batch` process.
// Nothing is written to disk, so repository content can never choose where a file lands.
import {execFileSync, spawn} from 'node:child_process'
import {existsSync, realpathSync, statSync} from 'node:fs'
import {dirname, extname, join, posix, relative, resolve, sep} from 'node:path'
import {type Problem, YunwangError} from '../core/errors.js'
import {MAX_FILE_BYTES, type Source, decodeSource, tooLarge} from './read-source.js'

export interface GitSnapshot {
  /** The files at the revision, named relative to the working directory as the walker names them. */
  sources: Source[]
  /** Files that could not be taken (too large). */
  problems: Problem[]
}

const EXTENSIONS = new Set(['.yaml', '.yml', '.json'])
/** Listings and errors only; blobs come through cat-file's stream. */
const GIT_BUFFER = 64 * 1024 * 1024

/** A revision as a user types it (with `flag`, the option that gave it): never an option, never whitespace or control characters. */
export function checkRevision(rev: string, flag = '--git'): void {
  // eslint-disable-next-line no-control-regex
  if (rev === '' || rev.startsWith('-') || /[\s\u0000-\u001f\u007f]/.test(rev)) throw new YunwangError('BAD_REVISION', {rev: JSON.stringify(rev), flag})
}

/** Why a git step failed, as the error's `reason`: git's own text is English and goes in `detail` only. */
export type GitFailure = 'no-git' | 'no-repository' | 'no-revision' | 'failed'

export function git(args: string[], cwd: string, failure: GitFailure, data: Record<string, string> = {}): string {
  try {
    // --literal-pathspecs: inventory paths are file names, never pathspec magic such as ":(glob)".
    return execFileSync('git', ['--literal-pathspecs', ...args], {cwd, maxBuffer: GIT_BUFFER, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8'})
  } catch (error) {
    const e = error as {stderr?: string; message: string; code?: string}
    if (e.code === 'ENOENT') throw new YunwangError('GIT_FAILED', {reason: 'no-git', ...data})
    throw new YunwangError('GIT_FAILED', {reason: failure, ...data, detail: e.stderr?.trim().split('\n')[0] || e.message})
  }
}

/** The folder of the first inventory path (or its nearest existing parent): the repository is the one it lives in. */
export function anchorDir(path: string): string {
  let p = path
  while (!existsSync(p) && dirname(p) !== p) p = dirname(p)
  return existsSync(p) && statSync(p).isDirectory() ? p : dirname(p)
}

/**
 * The path with links resolved as far as it exists (git names the top level by its real path, and a
 * path deleted since the revision still has a real parent), so that a checkout reached through a
 * link is not taken for a path outside the repository.
 */
export function realPath(path: string): string {
  let p = path
  while (!existsSync(p) && dirname(p) !== p) p = dirname(p)
  return join(realpathSync(p), relative(p, path))
}

export async function gitSnapshot(rev: string, paths: string[], cwd: string): Promise<GitSnapshot> {
  checkRevision(rev)
  const full = paths.map(p => realPath(resolve(cwd, p)))
  const here = realPath(cwd)
  const top = realPath(git(['rev-parse', '--show-toplevel'], anchorDir(full[0] ?? here), 'no-repository', {path: relative(here, anchorDir(full[0] ?? here)) || '.'}).trim())
  const commit = git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`], top, 'no-revision', {rev}).trim()
  const specs = full.map(p => {
    const rel = relative(top, p)
    if (rel.startsWith('..') || rel.startsWith(sep) || /^[a-zA-Z]:/.test(rel)) throw new YunwangError('GIT_PATH_OUTSIDE_REPO', {path: relative(here, p) || '.', repo: top})
    return rel.split(sep).join(posix.sep) || '.'
  })
  const explicit = new Set(specs)
  // -l adds each blob's size, so that an oversized file is refused before it is read.
  const listing = git(['ls-tree', '-r', '-z', '-l', '--full-tree', '--end-of-options', commit, '--', ...specs], top, 'failed', {rev})
  const wanted: Array<{oid: string; file: string}> = []
  const problems: Problem[] = []
  for (const entry of listing.split('\0')) {
    const m = /^(\d+) (\w+) ([0-9a-f]+) +(\S+)\t(.*)$/s.exec(entry)
    // Symbolic links (120000) and submodules are not inventory files at a revision.
    if (!m || m[2] !== 'blob' || m[1] === '120000') continue
    const name = m[5]
    const segments = name.split('/')
    const chosen = explicit.has(name) || (EXTENSIONS.has(extname(name).toLowerCase()) && !segments.some(s => s.startsWith('.') || s === 'node_modules'))
    if (!chosen) continue
    const file = relative(here, join(top, ...segments))
    if (Number(m[4]) > MAX_FILE_BYTES) problems.push(tooLarge(file, Number(m[4])))
    else wanted.push({oid: m[3], file})
  }
  const blobs = await catBlobs(wanted.map(w => w.oid), top)
  const sources: Source[] = []
  wanted.forEach((w, i) => {
    const src = decodeSource(w.file, blobs[i])
    if ('code' in src) problems.push(src)
    else sources.push(src)
  })
  return {sources, problems}
}

/** Reads blobs by object id through one `git cat-file --batch` process, in the order asked. */
async function catBlobs(oids: string[], cwd: string): Promise<Buffer[]> {
  if (oids.length === 0) return []
  const reader = new GitObjectReader(cwd)
  try {
    const objects = await Promise.all(oids.map(oid => reader.read(oid)))
    return objects.map((o, i) => {
      if (o.type !== 'blob' || o.content === undefined) throw new YunwangError('GIT_FAILED', {reason: 'failed', detail: `cat-file ${oids[i]}`})
      return o.content
    })
  } finally {
    reader.close()
  }
}

/** One object as `git cat-file --batch` gives it; `content` is absent when the object is missing or past the size limit. */
export interface GitObject {
  oid: string
  type: string
  size: number
  content?: Buffer
}

/**
 * One long-lived `git cat-file --batch` process: objects are asked for by id (any number in flight)
 * and answered in order. Content past `limit` bytes is skipped as it streams, never held.
 */
export class GitObjectReader {
  private readonly child
  private readonly waiting: Array<{oid: string; done: (o: GitObject) => void; fail: (e: Error) => void}> = []
  private failure: Error | undefined
  private stderr = ''
  /** The object being received: its header, the bytes still to come, and where they go. */
  private current: {object: GitObject; left: number; at: number} | undefined
  private pending: Buffer = Buffer.alloc(0)

  constructor(cwd: string, private readonly limit = MAX_FILE_BYTES) {
    this.child = spawn('git', ['cat-file', '--batch'], {cwd, stdio: ['pipe', 'pipe', 'pipe']})
    this.child.stdout.on('data', (d: Buffer) => this.receive(d))
    this.child.stderr.on('data', (d: Buffer) => {
      this.stderr += d.toString('utf8')
    })
    this.child.on('error', error => this.stop(new YunwangError('GIT_FAILED', (error as NodeJS.ErrnoException).code === 'ENOENT' ? {reason: 'no-git'} : {reason: 'failed', detail: error.message})))
    this.child.on('close', () => this.stop(new YunwangError('GIT_FAILED', {reason: 'failed', detail: `cat-file: ${this.stderr.trim().split('\n')[0] || 'ended early'}`})))
    this.child.stdin.on('error', () => {})
  }

  /** The object `oid` (a full object id). */
  read(oid: string): Promise<GitObject> {
    if (this.failure) return Promise.reject(this.failure)
    return new Promise((done, fail) => {
      this.waiting.push({oid, done, fail})
      this.child.stdin.write(`${oid}\n`)
    })
  }

  close(): void {
    this.child.stdin.end()
  }

  private stop(error: Error): void {
    this.failure ??= error
    for (const w of this.waiting.splice(0)) w.fail(this.failure)
  }

  private receive(chunk: Buffer): void {
    let data = this.pending.length > 0 ? Buffer.concat([this.pending, chunk]) : chunk
    this.pending = Buffer.alloc(0)
    while (data.length > 0) {
      const cur = this.current
      if (cur) {
        // The object's bytes, then the newline cat-file puts after them.
        const take = Math.min(cur.left, data.length)
        const body = Math.min(take, cur.object.size - cur.at)
        if (cur.object.content && body > 0) data.copy(cur.object.content, cur.at, 0, body)
        cur.at += take
        cur.left -= take
        data = data.subarray(take)
        if (cur.left === 0) {
          this.current = undefined
          this.waiting.shift()?.done(cur.object)
        }
        continue
      }
      const eol = data.indexOf(0x0a)
      if (eol === -1) {
        this.pending = Buffer.from(data)
        return
      }
      const header = data.subarray(0, eol).toString('utf8')
      data = data.subarray(eol + 1)
      const m = /^([0-9a-f]+) (\S+) (\d+)$/.exec(header)
      if (!m) {
        // "<oid> missing" (or ambiguous): no content follows.
        const oid = header.split(' ')[0]
        this.waiting.shift()?.done({oid, type: 'missing', size: 0})
        continue
      }
      const size = Number(m[3])
      const object: GitObject = {oid: m[1], type: m[2], size, ...(size <= this.limit ? {content: Buffer.allocUnsafe(size)} : {})}
      this.current = {object, left: size + 1, at: 0}
    }
  }
}
