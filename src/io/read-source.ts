// Reads one inventory file as text, refusing what cannot be an inventory before any parsing.
import {isUtf8} from 'node:buffer'
import {type Stats, closeSync, constants, fstatSync, openSync, readFileSync} from 'node:fs'
import {resolve} from 'node:path'
import {type Problem, problem} from '../core/errors.js'
import {LineIndex} from './text-position.js'

/** No hand-kept inventory file comes near this; national inventories are split across files. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024

export interface Source {
  file: string
  text: string
}

export function readSource(file: string, cwd: string): Source | Problem {
  const buf = readInputFile(file, cwd)
  return Buffer.isBuffer(buf) ? decodeSource(file, buf) : buf
}

export function tooLarge(file: string, size: number): Problem {
  return problem('FILE_TOO_LARGE', file, '', {size: Math.round(size / 1048576), limit: MAX_FILE_BYTES / 1048576})
}

/**
 * The bytes of an input file the user named, or why not. Only a regular file is read: it is opened
 * without blocking (a FIFO would wait for a writer for ever) and checked on the open descriptor, so
 * a device such as /dev/zero never gets past the size limit and a file swapped after a check is not read.
 */
export function readInputFile(file: string, cwd: string): Buffer | Problem {
  let fd: number | undefined
  try {
    fd = openSync(resolve(cwd, file), constants.O_RDONLY | constants.O_NONBLOCK)
    const st = fstatSync(fd)
    if (!st.isFile()) return problem('NOT_A_FILE', file, '', {path: file, type: fileType(st)})
    if (st.size > MAX_FILE_BYTES) return tooLarge(file, st.size)
    return readFileSync(fd)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    return problem(code === 'ELOOP' ? 'SYMLINK_LOOP' : 'READ_ERROR', file, '', {path: file, reason: code ?? 'EIO'})
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
}

/** What a non-regular file is, in the words of `ls -l`'s first column. */
export function fileType(st: Stats): string {
  if (st.isDirectory()) return 'directory'
  if (st.isFIFO()) return 'fifo'
  if (st.isCharacterDevice()) return 'character-device'
  if (st.isBlockDevice()) return 'block-device'
  if (st.isSocket()) return 'socket'
  return 'other'
}

/** Refuses bytes that cannot be an inventory (BOM of UTF-16, NUL, invalid UTF-8), else the text. */
export function decodeSource(file: string, buf: Buffer): Source | Problem {
  if (buf.length >= 2 && ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff))) {
    return withOffset(problem('BAD_ENCODING', file, ''), buf, 0)
  }
  const nul = buf.indexOf(0)
  if (nul !== -1) return withOffset(problem('BINARY_FILE', file, ''), buf, nul)
  // isUtf8 (simdutf) then a plain decode: a third of the time of a fatal TextDecoder on national inventories.
  if (!isUtf8(buf)) return withOffset(problem('BAD_ENCODING', file, ''), buf, firstInvalidUtf8(buf))
  return {file, text: buf.toString('utf8')}
}

/** Places a byte-level problem at its line and column, counted in characters of the text before it. */
function withOffset(p: Problem, buf: Buffer, byteOffset: number): Problem {
  Object.assign(p.position, new LineIndex(buf.subarray(0, byteOffset).toString('utf8')).at(Number.MAX_SAFE_INTEGER))
  return p
}

/** The byte offset of the first invalid sequence: the lossy decoding marks it with U+FFFD. */
export function firstInvalidUtf8(buf: Buffer): number {
  const lossy = buf.toString('utf8')
  return Buffer.byteLength(lossy.slice(0, Math.max(0, lossy.indexOf('\uFFFD'))))
}
