// The first-parent history of a revision and the inventory files of each of its commits, read from git
// objects only (never the working tree): one `git rev-list` for the commits and their committer dates,
// and one long-lived `git cat-file --batch` for every tree and blob. Trees are parsed once per run.
import {extname, join, posix, relative, sep} from 'node:path'
import {YunwangError} from '../core/errors.js'
import {chinaDate} from '../core/trend/period-ends.js'
import {GitObjectReader, anchorDir, checkRevision, git, realPath} from './git-snapshot.js'
import {resolve} from 'node:path'

export interface HistoryCommit {
  commit: string
  tree: string
  /** The committer date as a calendar date in China Standard Time (UTC+8). */
  date: string
}

/** A file at a commit: its name as messages give it (relative to the working directory) and its blob. */
export interface CommitFile {
  file: string
  oid: string
}

interface TreeEntry {
  mode: string
  name: string
  oid: string
}

const EXTENSIONS = new Set(['.yaml', '.yml', '.json'])

export class GitHistory {
  /** Newest first, as `git rev-list --first-parent` lists them. */
  readonly commits: HistoryCommit[]
  /** The repository is a shallow clone: history may stop before its first commit. */
  readonly shallow: boolean
  private readonly reader: GitObjectReader
  private readonly trees = new Map<string, Promise<TreeEntry[]>>()
  private readonly here: string

  private constructor(readonly top: string, private readonly specs: string[], commits: HistoryCommit[], shallow: boolean, here: string) {
    this.commits = commits
    this.shallow = shallow
    this.here = here
    this.reader = new GitObjectReader(top)
  }

  /** The history of `rev` (default HEAD) of the repository the first inventory path lives in. */
  static open(rev: string, paths: string[], cwd: string): GitHistory {
    checkRevision(rev, '--rev')
    const full = paths.map(p => realPath(resolve(cwd, p)))
    const here = realPath(cwd)
    const anchor = anchorDir(full[0] ?? here)
    const top = realPath(git(['rev-parse', '--show-toplevel'], anchor, 'no-repository', {path: relative(here, anchor) || '.'}).trim())
    const specs = full.map(p => {
      const rel = relative(top, p)
      if (rel.startsWith('..') || rel.startsWith(sep) || /^[a-zA-Z]:/.test(rel)) throw new YunwangError('GIT_PATH_OUTSIDE_REPO', {path: relative(here, p) || '.', repo: top})
      return rel.split(sep).join(posix.sep)
    })
    const commit = git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`], top, 'no-revision', {rev}).trim()
    // One process for the whole history: hash, tree and committer time of each first-parent commit.
    const listing = git(['rev-list', '--first-parent', '--format=%H %T %ct', '--end-of-options', commit], top, 'failed', {rev})
    const commits: HistoryCommit[] = []
    for (const line of listing.split('\n')) {
      const m = /^([0-9a-f]+) ([0-9a-f]+) (\d+)$/.exec(line)
      if (m) commits.push({commit: m[1], tree: m[2], date: chinaDate(Number(m[3]))})
    }
    const shallow = git(['rev-parse', '--is-shallow-repository'], top, 'failed').trim() === 'true'
    return new GitHistory(top, specs, commits, shallow, here)
  }

  /** The inventory files of a tree (a commit's), in sorted order; `missing` names the paths it does not hold. */
  async files(tree: string): Promise<{files: CommitFile[]; missing: string[]}> {
    const files: CommitFile[] = []
    const missing: string[] = []
    for (const spec of this.specs) {
      const segments = spec === '' ? [] : spec.split('/')
      let entry: TreeEntry | undefined = {mode: '40000', name: '', oid: tree}
      for (const s of segments) {
        entry = entry && entry.mode === '40000' ? (await this.tree(entry.oid)).find(e => e.name === s) : undefined
      }
      const name = (rel: string[]) => relative(this.here, join(this.top, ...segments, ...rel)) || '.'
      if (!entry) missing.push(name([]))
      else if (entry.mode === '40000') {
        for (const f of await this.walk(entry.oid, [])) files.push({file: name(f.path), oid: f.oid})
      } else if (isFile(entry.mode)) files.push({file: name([]), oid: entry.oid})
      else missing.push(name([]))
    }
    files.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))
    return {files: files.filter((f, i) => i === 0 || files[i - 1].file !== f.file), missing}
  }

  /** The bytes of a blob, or undefined when it is past the size limit (`size` says how large). */
  async blob(oid: string): Promise<{content?: Buffer; size: number}> {
    const o = await this.reader.read(oid)
    if (o.type !== 'blob') throw new YunwangError('GIT_FAILED', {reason: 'failed', detail: `cat-file ${oid}: ${o.type}`})
    return {content: o.content, size: o.size}
  }

  close(): void {
    this.reader.close()
  }

  /** The inventory files under a tree: YAML and JSON, not under a dot-folder or node_modules, as the folder walker takes them. */
  private async walk(oid: string, path: string[]): Promise<Array<{path: string[]; oid: string}>> {
    const out: Array<{path: string[]; oid: string}> = []
    for (const e of await this.tree(oid)) {
      if (e.name.startsWith('.') || e.name === 'node_modules') continue
      if (e.mode === '40000') out.push(...(await this.walk(e.oid, [...path, e.name])))
      else if (isFile(e.mode) && EXTENSIONS.has(extname(e.name).toLowerCase())) out.push({path: [...path, e.name], oid: e.oid})
    }
    return out
  }

  /** A tree's entries, read and parsed once per run however many commits share it. */
  private tree(oid: string): Promise<TreeEntry[]> {
    let t = this.trees.get(oid)
    if (!t) {
      t = this.reader.read(oid).then(o => {
        if (o.type !== 'tree' || !o.content) throw new YunwangError('GIT_FAILED', {reason: 'failed', detail: `cat-file ${oid}: ${o.type}`})
        return parseTree(o.content, oid.length / 2)
      })
      this.trees.set(oid, t)
    }
    return t
  }
}

/** A regular file (not a symbolic link 120000, nor a submodule 160000). */
const isFile = (mode: string) => mode === '100644' || mode === '100755'

/** A tree object's entries: `<mode> <name>\0<raw object id>` one after another. */
function parseTree(buf: Buffer, hashBytes: number): TreeEntry[] {
  const entries: TreeEntry[] = []
  let at = 0
  while (at < buf.length) {
    const space = buf.indexOf(0x20, at)
    const nul = buf.indexOf(0, space)
    if (space === -1 || nul === -1) break
    entries.push({mode: buf.subarray(at, space).toString('latin1'), name: buf.subarray(space + 1, nul).toString('utf8'), oid: buf.subarray(nul + 1, nul + 1 + hashBytes).toString('hex')})
    at = nul + 1 + hashBytes
  }
  return entries
}
