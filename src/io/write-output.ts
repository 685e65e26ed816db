// Every file yunwang writes goes through here: atomically (temp file + rename, so a killed write never
// leaves a half-written file), and never over an existing file unless the user said --force.
import {existsSync, mkdirSync} from 'node:fs'
import {dirname, resolve} from 'node:path'
import writeFileAtomic from 'write-file-atomic'
import {YunwangError} from '../core/errors.js'

export interface OutputFile {
  /** Path as the user named it (relative to cwd, or absolute). */
  path: string
  content: string | Buffer
}

export interface WriteOptions {
  cwd: string
  force?: boolean
}

/**
 * Writes every file or none: all paths are checked before the first byte is written, so that a
 * refusal (WRITE_EXISTS, exit 2) leaves the directory as it was. Returns the paths written.
 */
export function writeOutputs(files: OutputFile[], options: WriteOptions): string[] {
  const full = files.map(f => resolve(options.cwd, f.path))
  if (!options.force) {
    const existing = files.find((_, i) => existsSync(full[i]))
    if (existing) throw new YunwangError('WRITE_EXISTS', {path: existing.path})
  }
  files.forEach((f, i) => {
    try {
      mkdirSync(dirname(full[i]), {recursive: true})
      writeFileAtomic.sync(full[i], f.content)
    } catch (error) {
      // Where the user asked us to write is the problem (a file in the way, no permission): exit 2.
      throw new YunwangError('BAD_FLAG', {reason: `cannot write ${f.path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`})
    }
  })
  return files.map(f => f.path)
}

export function writeOutput(path: string, content: string | Buffer, options: WriteOptions): string {
  return writeOutputs([{path, content}], options)[0]
}
