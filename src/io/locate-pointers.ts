// Maps JSON pointers back to source positions by replaying js-yaml's parser events. Run only when
// there is a problem to report, so the fast path never pays for positions.
import {
  EVENT_ALIAS, EVENT_MAPPING, EVENT_POP, EVENT_SCALAR, EVENT_SEQUENCE, SCALAR_STYLE_DOUBLE_QUOTED, SCALAR_STYLE_SINGLE_QUOTED,
  type Event, getScalarValue, parseEvents,
} from './js-yaml.js'
import {MAX_DEPTH} from './parse-source.js'

export interface Offsets {
  key?: number
  value: number
}

type Frame = {kind: 'map'; path: string; key: string | undefined} | {kind: 'seq'; path: string; index: number}

export function escapePointer(segment: string): string {
  return segment.replaceAll('~', '~0').replaceAll('/', '~1')
}

/** Where a node starts in the text; -1 for an empty scalar (a blank value), which has no text. */
export function startOf(e: Event): number {
  switch (e.type) {
    case EVENT_MAPPING:
    case EVENT_SEQUENCE:
      return e.anchorStart >= 0 ? e.anchorStart : e.tagStart >= 0 ? Math.min(e.tagStart, e.start) : e.start
    case EVENT_SCALAR:
      if (e.anchorStart >= 0) return e.anchorStart
      if (e.tagStart >= 0) return e.tagStart
      // A quoted scalar's value starts inside its quotes; point at the opening quote.
      return e.style === SCALAR_STYLE_DOUBLE_QUOTED || e.style === SCALAR_STYLE_SINGLE_QUOTED ? e.valueStart - 1 : e.valueStart
    case EVENT_ALIAS:
      return e.anchorStart - 1
    default:
      return 0
  }
}

/**
 * Finds the offsets of the wanted pointers (the key and the value of a mapping entry; the value of a
 * list item). A pointer that does not occur maps to its nearest existing ancestor's offsets.
 */
export function locatePointers(text: string, wanted: Iterable<string>): Map<string, Offsets> {
  const want = new Set<string>()
  for (const pointer of wanted) {
    // Ancestors too, so that a pointer missing from the text falls back to its nearest existing parent.
    for (let p = pointer; ; p = p.slice(0, p.lastIndexOf('/'))) {
      want.add(p)
      if (p === '') break
    }
  }
  const found = new Map<string, Offsets>()
  let events: Event[]
  try {
    events = parseEvents(text, {maxDepth: MAX_DEPTH})
  } catch {
    // A JSON file may nest deeper than YAML allows (JSON.parse has no depth limit): look deeper.
    try {
      events = parseEvents(text, {maxDepth: 2000})
    } catch {
      events = []
    }
  }
  const stack: Frame[] = []
  const record = (pointer: string, offsets: Offsets) => {
    if (want.has(pointer) && !found.has(pointer)) found.set(pointer, offsets)
  }
  for (const e of events) {
    if (e.type === EVENT_POP) {
      stack.pop()
      continue
    }
    if (e.type !== EVENT_MAPPING && e.type !== EVENT_SEQUENCE && e.type !== EVENT_SCALAR && e.type !== EVENT_ALIAS) continue
    const top = stack.at(-1)
    let path: string
    if (!top) {
      path = ''
      record('', {value: startOf(e)})
    } else if (top.kind === 'seq') {
      path = `${top.path}/${top.index++}`
      record(path, {value: startOf(e)})
    } else if (top.key === undefined) {
      // A mapping key. Keys of collection type (YAML complex keys) are addressed by a placeholder.
      top.key = e.type === EVENT_SCALAR ? getScalarValue(text, e) : '?'
      const keyPath = `${top.path}/${escapePointer(top.key)}`
      if (want.has(keyPath) && !found.has(keyPath)) found.set(keyPath, {key: startOf(e), value: startOf(e)})
      if (e.type === EVENT_MAPPING || e.type === EVENT_SEQUENCE) stack.push({kind: 'map', path: `${top.path}/?complex`, key: undefined})
      continue
    } else {
      path = `${top.path}/${escapePointer(top.key)}`
      const entry = found.get(path)
      // A blank value (`department:` and nothing after it) has no text of its own: it is at its key.
      if (entry && startOf(e) >= 0) entry.value = startOf(e)
      top.key = undefined
    }
    if (e.type === EVENT_MAPPING) stack.push({kind: 'map', path, key: undefined})
    else if (e.type === EVENT_SEQUENCE) stack.push({kind: 'seq', path, index: 0})
  }
  for (const pointer of want) {
    if (found.has(pointer)) continue
    let parent = pointer
    while (parent !== '' && !found.has(parent)) parent = parent.slice(0, parent.lastIndexOf('/'))
    found.set(pointer, found.get(parent) ?? {value: 0})
  }
  return found
}
