// Writes a value as JSON byte-identical to `JSON.stringify(value, null, 2)`, in pieces: a national
// inventory's result (a million systems, millions of edges) would otherwise be one string of hundreds of
// megabytes — past V8's string limit — and its copy as a Buffer.

/** Arrays and objects with more members than this are written member by member. */
const SPLIT_ABOVE = 256
/** Pieces are gathered up to about this many characters before each write. */
const CHUNK_CHARS = 1 << 20

/** Whether a value is written whole by `piece` below: no array or object in it, or at its top, above SPLIT_ABOVE members. */
function isSmall(v: unknown): boolean {
  if (v === null || typeof v !== 'object') return true
  if (Array.isArray(v)) return v.length <= SPLIT_ABOVE
  if (typeof (v as {toJSON?: unknown}).toJSON === 'function') return false
  let members = 0
  for (const k of Object.keys(v)) {
    const x = (v as Record<string, unknown>)[k]
    if (x === undefined || typeof x === 'function' || typeof x === 'symbol') continue
    if (++members > SPLIT_ABOVE || (Array.isArray(x) && x.length > SPLIT_ABOVE)) return false
  }
  return true
}

/**
 * Where the pieces go: a function given each chunk as one string, which may also take a chunk as its
 * pieces (`many`, as stdoutWriter does): then the pieces are never joined. Joining copies each of them
 * once more — a batch of findings is a slice of a larger text, and a string made of such pieces is
 * flattened, character by character, before it can be encoded.
 */
export type ChunkWriter = ((chunk: string) => void) & {many?: (pieces: readonly string[]) => void}

export function writeJson(value: unknown, write: ChunkWriter): void {
  let pieces: string[] = []
  let size = 0
  const out = () => {
    if (write.many) write.many(pieces)
    else write(pieces.join(''))
    pieces = []
    size = 0
  }
  const emit = (s: string) => {
    pieces.push(s)
    size += s.length
    if (size >= CHUNK_CHARS) out()
  }
  const small = (v: unknown, indent: string) => {
    const text = JSON.stringify(v, null, 2)
    emit(indent === '' || !text.includes('\n') ? text : text.replaceAll('\n', `\n${indent}`))
  }
  const piece = (v: unknown, indent: string): void => {
    if (v !== null && typeof v === 'object' && typeof (v as {toJSON?: unknown}).toJSON === 'function') v = (v as {toJSON: () => unknown}).toJSON()
    if (v === null || typeof v !== 'object') return small(v, indent)
    const inner = `${indent}  `
    if (Array.isArray(v)) {
      if (v.length <= SPLIT_ABOVE) return small(v, indent)
      emit('[')
      // Members that are small themselves are stringified a batch at a time, the batch's brackets cut
      // off: one call per batch instead of one per member (a check has 300,000 findings).
      let batch: unknown[] = []
      let first = true
      // The batch is wrapped in one array per level of indent, so that JSON.stringify indents its members
      // as they stand here; the brackets, each on a line of its own, are then cut off.
      const depth = indent.length / 2
      const open = 1 + depth * (depth + 1) + 2 * depth
      const close = (depth + 1) * (depth + 2)
      const flush = () => {
        if (batch.length === 0) return
        let wrapped: unknown = batch
        for (let d = 0; d < depth; d++) wrapped = [wrapped]
        const text = JSON.stringify(wrapped, null, 2)
        if (!first) emit(',')
        emit(text.slice(open, text.length - close))
        first = false
        batch = []
      }
      for (let i = 0; i < v.length; i++) {
        let x: unknown = v[i]
        if (x !== null && typeof x === 'object' && typeof (x as {toJSON?: unknown}).toJSON === 'function') x = (x as {toJSON: () => unknown}).toJSON()
        if (isSmall(x)) {
          batch.push(x)
          if (batch.length >= SPLIT_ABOVE) flush()
          continue
        }
        flush()
        emit(first ? `\n${inner}` : `,\n${inner}`)
        first = false
        piece(x, inner)
      }
      flush()
      emit(`\n${indent}]`)
      return
    }
    const entries = Object.entries(v).filter(([, x]) => x !== undefined && typeof x !== 'function' && typeof x !== 'symbol')
    if (entries.length <= SPLIT_ABOVE && !entries.some(([, x]) => Array.isArray(x) && x.length > SPLIT_ABOVE)) return small(v, indent)
    if (entries.length === 0) return emit('{}')
    emit('{')
    entries.forEach(([k, x], i) => {
      emit(`${i === 0 ? '' : ','}\n${inner}${JSON.stringify(k)}: `)
      piece(x, inner)
    })
    emit(`\n${indent}}`)
  }
  piece(value, '')
  emit('\n')
  if (size > 0) out()
}
