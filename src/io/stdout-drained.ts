// Waits until a stream has handed on everything written to it.

/**
 * Resolves once `stream` holds nothing queued: at once when nothing is, else on 'drain', or when the
 * stream fails or closes (a reader that went away: EPIPE), so that the wait never outlives the reader.
 */
export function drained(stream: NodeJS.WritableStream & {writableNeedDrain?: boolean; destroyed?: boolean}): Promise<void> {
  if (!stream.writableNeedDrain || stream.destroyed) return Promise.resolve()
  return new Promise(resolve => {
    const done = () => {
      stream.off('drain', done)
      stream.off('error', done)
      stream.off('close', done)
      resolve()
    }
    stream.on('drain', done)
    stream.on('error', done)
    stream.on('close', done)
  })
}
