// Expands inventory path arguments into a sorted list of files, following directories recursively.
import {type Stats, readdirSync, realpathSync, statSync} from 'node:fs'
import {extname, join, relative, resolve} from 'node:path'
import {type Problem, problem} from '../core/errors.js'

const EXTENSIONS = new Set(['.yaml', '.yml', '.json'])

export interface FoundFiles {
  files: string[]
  problems: Problem[]
}

/**
 * Files are named relative to the working directory so that messages and output do not depend on
 * where the repository was cloned. A directory or file reached twice through links is read once
 * (by device and inode), so that folders of links to links cannot multiply the walk; a link that
 * loops back to a folder above it is reported, not followed.
 */
export function findInventoryFiles(paths: string[], cwd: string): FoundFiles {
  const files = new Set<string>()
  const problems: Problem[] = []
  const visited = new Set<string>()
  const taken = new Set<string>()
  const identity = (st: Stats) => `${st.dev}:${st.ino}`
  /** Adds a file unless the same file was already added under another name. */
  const take = (full: string, st: Stats) => {
    if (taken.has(identity(st))) return
    taken.add(identity(st))
    files.add(display(full))
  }
  const display = (p: string) => relative(cwd, p) || '.'

  /** Follows links; a loop, or a path that cannot be read, is reported (as `otherwise` for the latter). */
  const statOrReport = (full: string, shown: string, otherwise: 'READ_ERROR' | 'PATH_NOT_FOUND') => {
    try {
      return statSync(full)
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      problems.push(code === 'ELOOP' ? problem('SYMLINK_LOOP', shown, '', {path: shown})
        : otherwise === 'READ_ERROR' ? problem('READ_ERROR', shown, '', {reason: code ?? 'EIO'}) : problem('PATH_NOT_FOUND', shown, '', {path: shown}))
      return undefined
    }
  }

  const walk = (dir: string, seen: Set<string>) => {
    let real: string
    try {
      real = realpathSync(dir)
    } catch {
      problems.push(problem('SYMLINK_LOOP', display(dir), '', {path: display(dir)}))
      return
    }
    if (seen.has(real)) {
      problems.push(problem('SYMLINK_LOOP', display(dir), '', {path: display(dir)}))
      return
    }
    if (visited.has(real)) return
    visited.add(real)
    const inner = new Set(seen).add(real)
    let entries: string[]
    try {
      entries = readdirSync(dir).sort()
    } catch (error) {
      problems.push(problem('READ_ERROR', display(dir), '', {reason: (error as NodeJS.ErrnoException).code ?? 'EIO'}))
      return
    }
    for (const name of entries) {
      if (name.startsWith('.') || name === 'node_modules') continue
      const full = join(dir, name)
      const st = statOrReport(full, display(full), 'READ_ERROR')
      if (!st) continue
      if (st.isDirectory()) walk(full, inner)
      else if (st.isFile() && EXTENSIONS.has(extname(name).toLowerCase())) take(full, st)
    }
  }

  for (const arg of paths) {
    const full = resolve(cwd, arg)
    const st = statOrReport(full, arg, 'PATH_NOT_FOUND')
    if (!st) continue
    if (st.isDirectory()) {
      const before = files.size
      walk(full, new Set())
      if (files.size === before && problems.length === 0) problems.push(problem('NO_INPUT', arg, '', {path: arg}))
    } else if (st.isFile()) {
      take(full, st)
    } else {
      // Named but not a regular file (a FIFO, a device): the reader refuses it with NOT_A_FILE.
      files.add(display(full))
    }
  }
  return {files: [...files].sort(), problems}
}
