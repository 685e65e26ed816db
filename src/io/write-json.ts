// Writes a value as JSON byte-identical to `JSON.stringify(value, null, 2)`, in pieces: a national
// inventory's result (a million systems, millions of edges) would otherwise be one string of hundreds of
// megabytes — past V8's string limit — and its copy as a Buffer.

/** Arrays and objects with more members than this are written member by member. */
const SPLIT_ABOVE = 256
/** Pieces are gathered up to about this many characters before each write. */
const CHUNK_CHARS = 1 << 20
/** Small members of a split array are stringified this many at a time. */
const BATCH = 512

/** An object written whole by JSON.stringify: few members, none of them a large array (see `piece`). */
function isSmallObject(v: object): boolean {
  let members = 0
  for (const k in v) {
    if (!Object.hasOwn(v, k)) continue
    const x = (v as Record<string, unknown>)[k]
    if (++members > SPLIT_ABOVE || (Array.isArray(x) && x.length > SPLIT_ABOVE)) return false
  }
  return true
}

/** What the batch stringifier writes in one go: what `piece` would hand to JSON.stringify whole. */
const batchable = (x: unknown): boolean =>
  x === null || typeof x !== 'object' || (Array.isArray(x) ? x.length <= SPLIT_ABOVE : typeof (x as {toJSON?: unknown}).toJSON !== 'function' && isSmallObject(x))

/** `list` inside `depth` one-member arrays, so that JSON.stringify indents its members as at that depth. */
function nest(list: unknown[], depth: number): unknown[] {
  let v = list
  for (let d = 0; d < depth; d++) v = [v]
  return v
}

/** The characters JSON.stringify(nest(list, depth), null, 2) writes before the list's first member's line break, and after its last member. */
function wrapping(depth: number): [number, number] {
  // "[\n  [\n    [" before: depth + 1 brackets, depth line breaks and 2·(1 + … + depth) spaces; the same after, plus the list's own line break.
  const spaces = depth * (depth + 1)
  return [depth + 1 + depth + spaces, depth + 1 + depth + 1 + spaces]
}

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
      const depth = indent.length / 2
      const [open, close] = wrapping(depth)
      for (let i = 0; i < v.length;) {
        // A run of small members: JSON.stringify of them nested as deep as this array, so they come out
        // indented as here, with no re-indenting; what JSON cannot hold is written as null, as here.
        let end = i
        while (end < v.length && end - i < BATCH && batchable(v[end])) end++
        if (end > i) {
          const text = JSON.stringify(nest(v.slice(i, end), depth), null, 2)
          emit(i === 0 ? '' : ',')
          emit(text.slice(open, text.length - close))
          i = end
          continue
        }
        emit(i === 0 ? `\n${inner}` : `,\n${inner}`)
        piece(v[i], inner)
        i++
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
