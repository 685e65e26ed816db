// Writes a value as JSON byte-identical to `JSON.stringify(value, null, 2)`, in pieces: a national
// inventory's result (a million systems, millions of edges) would otherwise be one string of hundreds of
// megabytes — past V8's string limit — and its copy as a Buffer.

/** Arrays and objects with more members than this are written member by member. */
const SPLIT_ABOVE = 256
/** Pieces are gathered up to about this many characters before each write. */
const CHUNK_CHARS = 1 << 20

export function writeJson(value: unknown, write: (chunk: string) => void): void {
  let buffer = ''
  const emit = (s: string) => {
    buffer += s
    if (buffer.length >= CHUNK_CHARS) {
      write(buffer)
      buffer = ''
    }
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
      for (let i = 0; i < v.length; i++) {
        emit(i === 0 ? `\n${inner}` : `,\n${inner}`)
        const x: unknown = v[i]
        // As JSON.stringify does: in an array, what JSON cannot hold is written as null.
        if (x === undefined || typeof x === 'function' || typeof x === 'symbol') emit('null')
        else piece(x, inner)
      }
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
  if (buffer !== '') write(buffer)
}
