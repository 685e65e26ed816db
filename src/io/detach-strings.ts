// Lets a parsed file's text be collected once its value is built. V8 keeps a substring of 13
// characters or more as a view into the string it was cut from, and js-yaml cuts every scalar from
// the file's text: one system name kept in the inventory held its whole file alive (a million
// systems: every file, about 900 MB as V8 strings, for the life of the process).

/** V8's shortest sliced string (SlicedString::kMinLength): shorter substrings are copies already. */
const VIEW_MIN_LENGTH = 13

/** A copy of `s` that owns its characters (JSON round trip: the fastest copy measured that is one). */
const own = (s: string): string => (s.length < VIEW_MIN_LENGTH ? s : JSON.parse(JSON.stringify(s)) as string)

/**
 * Replaces, in place, every string of a parsed value (arrays and objects, any depth) that may be a view
 * into its source text with a copy. Keys need nothing: V8 stores property names as copies.
 * `shared`: the value may share subtrees (YAML aliases), each then visited once; it never has cycles
 * (parseSource refuses them). Returns whether every number met on the way is finite (YAML's .inf and
 * .nan are not), so that the document check need not walk the value again to find out.
 */
export function detachStrings(value: unknown, shared = false): boolean {
  if (value === null || typeof value !== 'object') return typeof value !== 'number' || Number.isFinite(value)
  let finite = true
  const seen = shared ? new Set<object>() : undefined
  const stack: object[] = [value]
  const visit = (x: object) => {
    if (seen) {
      if (seen.has(x)) return
      seen.add(x)
    }
    stack.push(x)
  }
  while (stack.length > 0) {
    const v = stack.pop()!
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        const x: unknown = v[i]
        if (typeof x === 'string') {
          if (x.length >= VIEW_MIN_LENGTH) v[i] = own(x)
        } else if (typeof x === 'number') {
          if (!Number.isFinite(x)) finite = false
        } else if (x !== null && typeof x === 'object') visit(x)
      }
      continue
    }
    const o = v as Record<string, unknown>
    for (const k in o) {
      if (!Object.hasOwn(o, k)) continue
      const x = o[k]
      if (typeof x === 'string') {
        if (x.length >= VIEW_MIN_LENGTH) o[k] = own(x)
      } else if (typeof x === 'number') {
        if (!Number.isFinite(x)) finite = false
      } else if (x !== null && typeof x === 'object') visit(x)
    }
  }
  return finite
}
