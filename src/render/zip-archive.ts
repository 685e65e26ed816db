// A zip archive of a few parts, written whole in memory (an .xlsx workbook is one). Every entry carries
// the same fixed timestamp (1980-01-01 00:00, the first date zip can hold), so the same parts give the
// same bytes: a workbook generated twice from one inventory hashes the same.
import {crc32, deflateRawSync} from 'node:zlib'

export interface ArchiveEntry {
  name: string
  data: Buffer | string
}

/** 1980-01-01 in MS-DOS date form (year since 1980 << 9 | month << 5 | day); the time is 00:00. */
const DOS_DATE = (0 << 9) | (1 << 5) | 1
const DOS_TIME = 0
/** Bit 11: names are UTF-8. */
const UTF8 = 0x0800

export function zipArchive(entries: readonly ArchiveEntry[]): Buffer {
  const parts: Buffer[] = []
  const central: Buffer[] = []
  let offset = 0
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8')
    const plain = typeof e.data === 'string' ? Buffer.from(e.data, 'utf8') : e.data
    const body = deflateRawSync(plain, {level: 6})
    const crc = crc32(plain)
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt16LE(UTF8, 6)
    local.writeUInt16LE(8, 8)
    local.writeUInt16LE(DOS_TIME, 10)
    local.writeUInt16LE(DOS_DATE, 12)
    local.writeUInt32LE(crc, 14)
    local.writeUInt32LE(body.length, 18)
    local.writeUInt32LE(plain.length, 22)
    local.writeUInt16LE(name.length, 26)
    const dir = Buffer.alloc(46)
    dir.writeUInt32LE(0x02014b50, 0)
    dir.writeUInt16LE(20, 4)
    dir.writeUInt16LE(20, 6)
    dir.writeUInt16LE(UTF8, 8)
    dir.writeUInt16LE(8, 10)
    dir.writeUInt16LE(DOS_TIME, 12)
    dir.writeUInt16LE(DOS_DATE, 14)
    dir.writeUInt32LE(crc, 16)
    dir.writeUInt32LE(body.length, 20)
    dir.writeUInt32LE(plain.length, 24)
    dir.writeUInt16LE(name.length, 28)
    dir.writeUInt32LE(offset, 42)
    parts.push(local, name, body)
    central.push(dir, name)
    offset += local.length + name.length + body.length
  }
  const cd = Buffer.concat(central)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(entries.length, 8)
  end.writeUInt16LE(entries.length, 10)
  end.writeUInt32LE(cd.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...parts, cd, end])
}
