// Copies inventory paths as they were at a git revision into a temporary folder, so that the loader
// reads them like any other files (`yunwang diff --git REV`).
import {execFileSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {YunwangError} from '../core/errors.js'

export interface Snapshot {
  /** Folder holding the files, laid out relative to the working directory as in the tree. */
  dir: string
  files: number
  dispose: () => void
}

const GIT_BUFFER = 1024 * 1024 * 1024

function git(args: string[], cwd: string): Buffer {
  try {
    return execFileSync('git', args, {cwd, maxBuffer: GIT_BUFFER, stdio: ['ignore', 'pipe', 'pipe']})
  } catch (error) {
    const e = error as {stderr?: Buffer; message: string; code?: string}
    const reason = e.code === 'ENOENT' ? 'git is not installed' : (e.stderr?.toString('utf8').trim().split('\n')[0] || e.message)
    throw new YunwangError('BAD_FLAG', {reason: `--git: ${reason}`})
  }
}

export function gitSnapshot(rev: string, paths: string[], cwd: string): Snapshot {
  if (rev.startsWith('-')) throw new YunwangError('BAD_FLAG', {reason: `--git: "${rev}" is not a revision`})
  git(['rev-parse', '--verify', '--quiet', `${rev}^{commit}`], cwd)
  // Names come back relative to cwd, as the paths were given.
  const names = git(['ls-tree', '-r', '-z', '--name-only', rev, '--', ...paths], cwd).toString('utf8').split('\0').filter(Boolean)
  const dir = mkdtempSync(join(tmpdir(), 'yunwang-git-'))
  try {
    for (const name of names) {
      const target = join(dir, name)
      mkdirSync(dirname(target), {recursive: true})
      writeFileSync(target, git(['cat-file', 'blob', `${rev}:./${name}`], cwd))
    }
  } catch (error) {
    rmSync(dir, {recursive: true, force: true})
    throw error
  }
  return {dir, files: names.length, dispose: () => rmSync(dir, {recursive: true, force: true})}
}
