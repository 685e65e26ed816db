// Standard output for large results. Node queues whatever a pipe's reader has not taken yet in memory,
// without limit: `check --json | jq` on 100,000 systems queued its whole 300 MB document (1.9 GB of peak
// RSS) before the first bytes were read. Into a pipe or socket, this writes synchronously instead, waiting
// while the pipe is full, so memory stays that of one chunk; into a file (or /dev/null) it writes
// synchronously too, as Node's own stream for a file does.
//
// Each chunk is encoded into one buffer kept from chunk to chunk. Node's stream (and Buffer.from) first
// measure a string's UTF-8 length, then allocate and copy: a chunk of findings, Chinese names among them,
// is held by V8 in two bytes a character, and measuring it costs as much as encoding it; 300 MB of
// `check --json` spent 1.2 s there, against 0.35 s encoded once into a buffer of three bytes a character.
import {fstatSync, writeSync} from 'node:fs'
import {isatty} from 'node:tty'
import type {ChunkWriter} from './write-json.js'

/** A pause while the reader catches up: Atomics.wait sleeps without spinning, from 50 µs, doubling up to 5 ms. */
const pause = new Int32Array(new SharedArrayBuffer(4))
const FIRST_WAIT_MS = 0.05
const LONGEST_WAIT_MS = 5

/**
 * A writer of standard output's chunks (given whole, or as pieces). Into a pipe, socket, file or device other than a terminal (not on
 * Windows), when nothing is queued on process.stdout and its `write` is its own (a caller that replaced
 * it, as the tests do to capture output, gets it used as is): synchronous writes to descriptor 1; once a
 * pipe's reader has gone (EPIPE) the rest is dropped, as process.stdout drops it. A terminal, or anything
 * else: process.stdout.write.
 */
export function stdoutWriter(): ChunkWriter {
  const stream = process.stdout
  if (process.platform === 'win32' || Object.hasOwn(stream, 'write') || stream.writableLength > 0 || !writtenDirectly()) return chunk => void stream.write(chunk)
  let gone = false
  let bytes = Buffer.alloc(0)
  /** Room for `chars` UTF-16 code units: one never takes more than three bytes in UTF-8. */
  const room = (chars: number) => {
    if (bytes.length < chars * 3) bytes = Buffer.allocUnsafe(Math.max(chars * 3, 1 << 16))
  }
  const writer: ChunkWriter = chunk => {
    if (gone) return
    room(chunk.length)
    send(bytes.write(chunk, 0, 'utf8'))
  }
  // Each piece encoded where the last ended: a slice of a larger text is read in place, never copied.
  writer.many = pieces => {
    if (gone) return
    let chars = 0
    for (const p of pieces) chars += p.length
    room(chars)
    let end = 0
    for (const p of pieces) end += bytes.write(p, end, 'utf8')
    send(end)
  }
  const send = (end: number) => {
    let at = 0
    let wait = FIRST_WAIT_MS
    while (at < end) {
      try {
        at += writeSync(1, bytes, at, end - at)
        wait = FIRST_WAIT_MS
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code
        if (code === 'EAGAIN') {
          Atomics.wait(pause, 0, 0, wait)
          wait = Math.min(wait * 2, LONGEST_WAIT_MS)
        } else if (code === 'EPIPE') {
          gone = true
          return
        } else throw error
      }
    }
  }
  return writer
}

/** Whether descriptor 1 is a pipe, socket, file or device that is not a terminal. */
function writtenDirectly(): boolean {
  try {
    const st = fstatSync(1)
    return st.isFIFO() || st.isSocket() || st.isFile() || (st.isCharacterDevice() && !isatty(1))
  } catch {
    return false
  }
}
