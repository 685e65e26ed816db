// Standard output for large results, written as the reader takes it. Node queues whatever a pipe's
// reader has not taken yet in memory, without limit: `check --json | jq` on 100,000 systems queued its
// whole 300 MB document (1.9 GB of peak RSS) before the first bytes were read. Into a pipe or socket,
// this writes synchronously instead, waiting while the pipe is full, so memory stays that of one chunk.
import {fstatSync, writeSync} from 'node:fs'

/** A pause while the reader catches up: Atomics.wait sleeps without spinning, from 50 µs, doubling up to 5 ms. */
const pause = new Int32Array(new SharedArrayBuffer(4))
const FIRST_WAIT_MS = 0.05
const LONGEST_WAIT_MS = 5

/**
 * A writer of standard output's chunks. Into a pipe or socket (not on Windows), when nothing is queued
 * on process.stdout and its `write` is its own (a caller that replaced it, as the tests do to capture
 * output, gets it used as is): synchronous writes to descriptor 1; once the reader has gone (EPIPE) the
 * rest is dropped, as process.stdout drops it. Anything else: process.stdout.write.
 */
export function stdoutWriter(): (chunk: string) => void {
  const stream = process.stdout
  if (process.platform === 'win32' || Object.hasOwn(stream, 'write') || stream.writableLength > 0 || !isPipe()) return chunk => void stream.write(chunk)
  let gone = false
  return chunk => {
    if (gone) return
    const bytes = Buffer.from(chunk, 'utf8')
    let at = 0
    let wait = FIRST_WAIT_MS
    while (at < bytes.length) {
      try {
        at += writeSync(1, bytes, at, bytes.length - at)
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
}

function isPipe(): boolean {
  try {
    const st = fstatSync(1)
    return st.isFIFO() || st.isSocket()
  } catch {
    return false
  }
}
