// Decides a CSV file's encoding on the whole file, never cell by cell: UTF-8 (with or without BOM),
// else GB18030 (what Excel on Chinese Windows saves as "CSV"), else a refusal at the first bad byte.
// A file that is UTF-8 but for a few invalid bytes is UTF-8 with errors, not GB18030: decoded as
// GB18030 it would import every Chinese name as mojibake.
import {isUtf8} from 'node:buffer'
import {firstInvalidUtf8} from './read-source.js'

export interface EncodingFault {
  encoding: 'UTF-8' | 'GB18030'
  /** Byte offset of the first byte that does not decode. */
  offset: number
  /** That byte, two hex digits. */
  byte: string
  /** 1-based line of the file, and column in characters on it. */
  line: number
  lineColumn: number
  /** 1-based CSV record and 0-based field of the byte (a quoted field may span lines). */
  row: number
  column: number
}

export function decodeCsv(buf: Buffer): string | EncodingFault {
  if (isUtf8(buf)) return buf.toString('utf8')
  const lossy = buf.toString('utf8')
  // Each invalid sequence decodes to one U+FFFD; every other non-ASCII character is a valid sequence.
  let invalid = 0
  let valid = 0
  for (let i = 0; i < lossy.length; i++) {
    const c = lossy.charCodeAt(i)
    if (c === 0xfffd) invalid++
    else if (c >= 0x80 && !(c >= 0xdc00 && c <= 0xdfff)) valid++
  }
  // GB18030 text read as UTF-8 is mostly invalid sequences (a valid one is a chance pairing of bytes);
  // UTF-8 text with a stray byte is mostly valid ones.
  if (valid > invalid) return fault('UTF-8', buf, firstInvalidUtf8(buf), buf.toString('utf8', 0, firstInvalidUtf8(buf)))
  try {
    return new TextDecoder('gb18030', {fatal: true}).decode(buf)
  } catch {
    const offset = firstInvalidGb18030(buf)
    return fault('GB18030', buf, offset, new TextDecoder('gb18030').decode(buf.subarray(0, offset)))
  }
}

/** The first byte that cannot start or continue a GB18030 character (one, two or four bytes). */
function firstInvalidGb18030(buf: Buffer): number {
  let i = 0
  while (i < buf.length) {
    const b = buf[i]
    if (b <= 0x7f) {
      i++
      continue
    }
    if (b === 0x80 || b === 0xff || i + 1 >= buf.length) return i
    const b2 = buf[i + 1]
    if (b2 >= 0x40 && b2 <= 0xfe && b2 !== 0x7f) {
      i += 2
    } else if (b2 >= 0x30 && b2 <= 0x39 && i + 3 < buf.length && buf[i + 2] >= 0x81 && buf[i + 2] <= 0xfe && buf[i + 3] >= 0x30 && buf[i + 3] <= 0x39) {
      i += 4
    } else {
      return i
    }
  }
  // Well formed but unmapped (a four-byte code past the table): the decoder knows; name the file's start.
  return 0
}

/** Where the bad byte is, from the text before it: line and column, and CSV record and field. */
function fault(encoding: EncodingFault['encoding'], buf: Buffer, offset: number, before: string): EncodingFault {
  let line = 1
  let lineStart = before.startsWith('\uFEFF') ? 1 : 0
  let row = 1
  let column = 0
  let quoted = false
  let fieldStart = true
  for (let i = lineStart; i < before.length; i++) {
    const ch = before[i]
    const newline = ch === '\n' || (ch === '\r' && before[i + 1] !== '\n')
    if (newline) {
      line++
      lineStart = i + 1
    }
    if (quoted) {
      if (ch === '"') {
        if (before[i + 1] === '"') i++
        else quoted = false
      }
      continue
    }
    if (ch === '"' && fieldStart) {
      quoted = true
      fieldStart = false
    } else if (ch === ',') {
      column++
      fieldStart = true
    } else if (newline) {
      row++
      column = 0
      fieldStart = true
    } else if (ch !== '\r') {
      fieldStart = false
    }
  }
  return {encoding, offset, byte: buf[offset].toString(16).toUpperCase().padStart(2, '0'), line, lineColumn: before.length - lineStart + 1, row, column}
}
