// Zip writers stamp every entry with the time of writing (JSZip, under exceljs, has no option for it):
// the same workbook written twice would differ in those bytes. This sets every entry's MS-DOS date and
// time, in the local and the central headers, to one given day.

const EOCD = 0x06054b50
const CENTRAL = 0x02014b50
const LOCAL = 0x04034b50

/** MS-DOS date of YYYY-MM-DD (time 00:00:00); years before 1980 are 1980-01-01. */
function dosDate(day: string): number {
  const [y, m, d] = day.split('-').map(Number)
  if (y < 1980) return (1 << 5) | 1
  return ((Math.min(y, 2107) - 1980) << 9) | (m << 5) | d
}

/** Rewrites the buffer in place; a buffer that is not a plain zip archive is left as it is. */
export function fixZipTimes(buf: Buffer, day: string): Buffer {
  let end = -1
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 65535); i--) {
    if (buf.readUInt32LE(i) === EOCD) {
      end = i
      break
    }
  }
  if (end === -1) return buf
  const date = dosDate(day)
  const count = buf.readUInt16LE(end + 10)
  let at = buf.readUInt32LE(end + 16)
  for (let n = 0; n < count && at + 46 <= end; n++) {
    if (buf.readUInt32LE(at) !== CENTRAL) break
    buf.writeUInt16LE(0, at + 12)
    buf.writeUInt16LE(date, at + 14)
    const local = buf.readUInt32LE(at + 42)
    if (local + 30 <= buf.length && buf.readUInt32LE(local) === LOCAL) {
      buf.writeUInt16LE(0, local + 10)
      buf.writeUInt16LE(date, local + 12)
    }
    at += 46 + buf.readUInt16LE(at + 28) + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32)
  }
  return buf
}
