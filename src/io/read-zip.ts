// Lists and inflates the entries of a zip archive held in memory (an .xlsx file), trusting nothing it
// declares: every entry is inflated under a byte budget, so a deflate bomb stops at the budget, not at
// the memory limit.
import {inflateRawSync} from 'node:zlib'

export interface ZipEntry {
  name: string
  method: number
  compressedSize: number
  /** As declared by the central directory; the inflated data is held to it. */
  size: number
  /** Offset of the entry's local header. */
  offset: number
}

export type ZipFault = {fault: 'unreadable'; detail: string} | {fault: 'too-large'; entry: string; limit: number}

const EOCD = 0x06054b50
const CENTRAL = 0x02014b50
const LOCAL = 0x04034b50

const unreadable = (detail: string): ZipFault => ({fault: 'unreadable', detail})

/** The central directory's entries, or why the bytes are not a zip archive this reader accepts. */
export function zipEntries(buf: Buffer): ZipEntry[] | ZipFault {
  // The end record sits in the last 22 bytes plus a comment of at most 65,535.
  let end = -1
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 65535); i--) {
    if (buf.readUInt32LE(i) === EOCD) {
      end = i
      break
    }
  }
  if (end === -1) return unreadable('no zip end record (not a zip file, or cut short)')
  const count = buf.readUInt16LE(end + 10)
  const cdSize = buf.readUInt32LE(end + 12)
  const cdOffset = buf.readUInt32LE(end + 16)
  if (count === 0xffff || cdOffset === 0xffffffff) return unreadable('zip64 archive')
  if (cdOffset + cdSize > end) return unreadable('central directory outside the file')
  const entries: ZipEntry[] = []
  let p = cdOffset
  for (let i = 0; i < count; i++) {
    if (p + 46 > end || buf.readUInt32LE(p) !== CENTRAL) return unreadable('damaged central directory')
    const flags = buf.readUInt16LE(p + 8)
    const method = buf.readUInt16LE(p + 10)
    const compressedSize = buf.readUInt32LE(p + 20)
    const size = buf.readUInt32LE(p + 24)
    const nameLength = buf.readUInt16LE(p + 28)
    const extraLength = buf.readUInt16LE(p + 30)
    const commentLength = buf.readUInt16LE(p + 32)
    const offset = buf.readUInt32LE(p + 42)
    const name = buf.toString('utf8', p + 46, p + 46 + nameLength)
    if (flags & 1) return unreadable(`${name}: encrypted`)
    if (method !== 0 && method !== 8) return unreadable(`${name}: compression method ${method}`)
    if (offset + 30 > cdOffset) return unreadable(`${name}: outside the file`)
    entries.push({name, method, compressedSize, size, offset})
    p += 46 + nameLength + extraLength + commentLength
  }
  return entries
}

/** The inflated bytes of an entry, held to its declared size and to `limit`. */
export function inflateEntry(buf: Buffer, entry: ZipEntry, limit: number): Buffer | ZipFault {
  if (buf.readUInt32LE(entry.offset) !== LOCAL) return unreadable(`${entry.name}: damaged local header`)
  const start = entry.offset + 30 + buf.readUInt16LE(entry.offset + 26) + buf.readUInt16LE(entry.offset + 28)
  if (start + entry.compressedSize > buf.length) return unreadable(`${entry.name}: cut short`)
  const data = buf.subarray(start, start + entry.compressedSize)
  if (entry.size > limit) return {fault: 'too-large', entry: entry.name, limit}
  if (entry.method === 0) return entry.size === data.length ? data : unreadable(`${entry.name}: size mismatch`)
  let out: Buffer
  try {
    // One byte more than declared, so an entry that lies about its size is caught, not cut to fit.
    out = inflateRawSync(data, {maxOutputLength: Math.max(1, entry.size + 1)})
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return {fault: 'too-large', entry: entry.name, limit}
    return unreadable(`${entry.name}: ${(error as Error).message}`)
  }
  return out.length === entry.size ? out : unreadable(`${entry.name}: size mismatch`)
}
