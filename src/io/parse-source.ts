// Parses one source text (YAML, or JSON by extension) into a plain value, refusing hostile shapes.
import {EVENT_ALIAS, EVENT_MAPPING, EVENT_POP, EVENT_SCALAR, EVENT_SEQUENCE, YAMLException, getScalarValue, load, parseEvents} from './js-yaml.js'
import {type Problem, type ProblemCode, problem} from '../core/errors.js'
import {detachStrings} from './detach-strings.js'
import {startOf} from './locate-pointers.js'
import type {Source} from './read-source.js'
import {LineIndex} from './text-position.js'

/** Inventories are a handful of levels deep; anything past this is a mistake or an attack. */
export const MAX_DEPTH = 64
/** Aliases per document; a hand-kept inventory needs a few. */
export const MAX_ALIASES = 1000
/** Nodes an aliased document may expand to, beyond what its text spells out. */
const MAX_EXPANSION = 100_000
/**
 * Characters (of keys and strings) a document's aliases may add to what its text spells out. Counting
 * nodes misses one long string aliased many times (2,000,000 characters, 999 aliases: 2 GB in every
 * output that shows it); a hand-kept inventory aliases a few short values.
 */
export const MAX_ALIAS_CHARACTERS = 1_000_000

/** `finite`: every number in the value is finite (known for YAML, whose strings are walked anyway); absent: not known. */
export type Parsed = {ok: true; value: unknown; finite?: boolean} | {ok: false; problem: Problem}

export function parseSource(src: Source): Parsed {
  const text = src.text.charCodeAt(0) === 0xfeff ? src.text.slice(1) : src.text
  if (src.file.toLowerCase().endsWith('.json')) return parseJson(src.file, text)
  return parseYaml(src.file, text)
}

function at(p: Problem, text: string, offset: number): Problem {
  Object.assign(p.position, new LineIndex(text).at(offset))
  return p
}

/**
 * Where a JSON text first nests deeper than `limit` brackets (outside strings), or -1. JSON.parse has no
 * depth limit: a file nested 1,000,000 deep builds a million arrays before any check sees it.
 */
function tooDeepAt(text: string, limit: number): number {
  let depth = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (inString) {
      if (c === 0x5c) i++
      else if (c === 0x22) inString = false
    } else if (c === 0x22) inString = true
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > limit) return i
    } else if (c === 0x5d || c === 0x7d) depth--
  }
  return -1
}

function parseJson(file: string, text: string): Parsed {
  if (text.trim() === '') return {ok: false, problem: at(problem('EMPTY_FILE', file, ''), text, 0)}
  const deep = tooDeepAt(text, MAX_DEPTH)
  if (deep !== -1) return {ok: false, problem: at(problem('TOO_DEEP', file, '', {limit: MAX_DEPTH}), text, deep)}
  try {
    return {ok: true, value: JSON.parse(text)}
  } catch (error) {
    const message = (error as Error).message
    const m = /position (\d+)/.exec(message)
    const offset = m ? Number(m[1]) : text.length
    const reason = message.replace(/ in JSON at position \d+.*$/s, '').replace(/^JSON\.parse: /, '')
    return {ok: false, problem: at(problem('JSON_SYNTAX', file, '', {reason}), text, offset)}
  }
}

function parseYaml(file: string, text: string): Parsed {
  let value: unknown
  try {
    value = load(text, {filename: file, maxDepth: MAX_DEPTH, maxAliases: MAX_ALIASES})
  } catch (error) {
    return {ok: false, problem: yamlProblem(file, text, error)}
  }
  if (text.includes('*')) {
    const first = /(^|[\s[{,:-])\*[^\s,\]}]/m.exec(text)
    const firstAlias = first ? first.index + first[1].length : 0
    if (aliasExpansion(value) > MAX_EXPANSION) return {ok: false, problem: at(problem('ALIAS_LIMIT', file, '', {limit: MAX_EXPANSION}), text, firstAlias)}
    const added = expandedCharacters(value, text.length + MAX_ALIAS_CHARACTERS) - text.length
    if (added > MAX_ALIAS_CHARACTERS) return {ok: false, problem: at(problem('ALIAS_TOO_LONG', file, '', {limit: MAX_ALIAS_CHARACTERS}), text, firstAlias)}
  }
  // The value must not hold the text alive (problems are placed by reading the file again).
  const finite = detachStrings(value, text.includes('*'))
  return {ok: true, value, finite}
}

function yamlProblem(file: string, text: string, error: unknown): Problem {
  if (!(error instanceof YAMLException)) {
    // js-yaml's own guard rails end in a RangeError on pathological input; report it, never crash.
    return at(problem('YAML_SYNTAX', file, '', {reason: String((error as Error)?.message ?? error)}), text, 0)
  }
  const reason = error.reason
  let code: ProblemCode = 'YAML_SYNTAX'
  const data: Problem['data'] = {}
  if (/duplicated mapping key/.test(reason)) code = 'DUPLICATE_KEY'
  else if (/maxDepth/.test(reason)) { code = 'TOO_DEEP'; data.limit = MAX_DEPTH }
  else if (/maxAliases/.test(reason)) { code = 'ALIAS_LIMIT'; data.limit = MAX_ALIASES }
  else if (/input is empty/.test(reason)) code = 'EMPTY_FILE'
  else if (/single document/.test(reason)) code = 'MULTI_DOCUMENT'
  else data.reason = reason
  if (code === 'YAML_SYNTAX' && error.mark) {
    const typo = fullWidthTypo(file, text, error.mark.line + 1)
    if (typo) return typo
  }
  const p = problem(code, file, '', data)
  if (code === 'DUPLICATE_KEY' && error.mark) return duplicateKey(p, text, error.mark.position)
  if (error.mark) {
    p.position.line = error.mark.line + 1
    p.position.column = error.mark.column + 1
    return p
  }
  if (code === 'MULTI_DOCUMENT') {
    const marker = /^(?:---|\.\.\.)(?:\s|$)/gm
    const hits = [...text.matchAll(marker)].map(m => m.index ?? 0)
    // The second document starts at the first marker that follows content; a leading "---" is allowed.
    const body = text.search(/^[^#\s-]/m)
    const second = hits.find(o => o > body) ?? 0
    return at(p, text, second)
  }
  return at(p, text, 0)
}

/**
 * How many nodes the value has once aliases are expanded, counting each shared subtree as often as
 * it is referenced. Linear in the distinct nodes; a reference cycle counts as unbounded.
 */
function aliasExpansion(root: unknown): number {
  const memo = new Map<object, number>()
  const open = new Set<object>()
  const size = (v: unknown): number => {
    if (v === null || typeof v !== 'object') return 1
    const known = memo.get(v)
    if (known !== undefined) return known
    if (open.has(v)) return Number.POSITIVE_INFINITY
    open.add(v)
    let n = 1
    for (const child of Array.isArray(v) ? v : Object.values(v)) {
      n += size(child)
      if (n > MAX_EXPANSION * 10) break
    }
    open.delete(v)
    memo.set(v, n)
    return n
  }
  const distinct = (v: unknown, seen: Set<object>): number => {
    if (v === null || typeof v !== 'object') return 1
    if (seen.has(v)) return 0
    seen.add(v)
    let n = 1
    for (const child of Array.isArray(v) ? v : Object.values(v)) n += distinct(child, seen)
    return n
  }
  return size(root) - distinct(root, new Set())
}

/** A key, and a full-width colon where its `:` should be (no ASCII colon before it). */
const FULL_WIDTH_COLON = /^[ \t]*(?:-[ \t]+)?[^\s:#'"{}[\]>|&*!%@`,-][^:#\n]*?\uff1a/
/** Full-width spaces (U+3000) in a line's indentation. */
const FULL_WIDTH_INDENT = /^[ \t]*(?:-[ \t]+)?\u3000/

/**
 * A Chinese input method types `：` for `:` and `　` for a space. js-yaml then fails a line or two later
 * with a message about mapping entries; this finds the character itself, on the error's line or the three
 * before it (nearest first), so the problem names the character to replace where it is.
 */
function fullWidthTypo(file: string, text: string, errorLine: number): Problem | undefined {
  const first = Math.max(1, errorLine - 3)
  let start = 0
  for (let line = 1; line < first && start !== -1; line++) start = text.indexOf('\n', start) + 1 || -1
  if (start === -1) return undefined
  const lines: string[] = []
  for (let line = first; line <= errorLine; line++) {
    const end = text.indexOf('\n', start)
    lines.push(text.slice(start, end === -1 ? text.length : end).replace(/\r$/, ''))
    if (end === -1) break
    start = end + 1
  }
  for (let i = lines.length - 1; i >= 0; i--) {
    const space = FULL_WIDTH_INDENT.exec(lines[i])
    const colon = FULL_WIDTH_COLON.exec(lines[i])
    const hit = space ? {code: 'FULLWIDTH_SPACE' as const, at: space[0].length - 1} : colon ? {code: 'FULLWIDTH_COLON' as const, at: colon[0].length - 1} : undefined
    if (!hit) continue
    const p = problem(hit.code, file, '')
    p.position.line = first + i
    p.position.column = [...lines[i].slice(0, hit.at)].length + 1
    return p
  }
  return undefined
}

/**
 * A key repeated in one mapping, with the key and where it first appeared; `inList` when the mapping is a
 * list item, where the usual cause is a new item whose `- ` is missing.
 */
function duplicateKey(p: Problem, text: string, offset: number): Problem {
  const lines = new LineIndex(text)
  Object.assign(p.position, lines.at(offset))
  type Frame = {map: false; asKey: boolean} | {map: true; asKey: boolean; keys: Map<string, number>; atKey: boolean; inList: boolean}
  const stack: Frame[] = []
  let events: ReturnType<typeof parseEvents> = []
  try {
    events = parseEvents(text, {maxDepth: MAX_DEPTH})
  } catch {
    // Unparseable events: the problem keeps its position without naming the first occurrence.
  }
  for (const e of events) {
    if (e.type === EVENT_POP) {
      const done = stack.pop()
      const top = stack.at(-1)
      if (top?.map) top.atKey = !done?.asKey
      continue
    }
    if (e.type !== EVENT_MAPPING && e.type !== EVENT_SEQUENCE && e.type !== EVENT_SCALAR && e.type !== EVENT_ALIAS) continue
    const top = stack.at(-1)
    const isKey = top?.map === true && top.atKey
    if (top?.map) top.atKey = !isKey
    if (isKey && e.type === EVENT_SCALAR) {
      const key = getScalarValue(text, e)
      const at = startOf(e)
      const earlier = top.keys.get(key)
      if (at === offset && earlier !== undefined) {
        p.data = {key, inList: top.inList ? 1 : 0}
        p.related = {file: p.position.file, pointer: p.position.pointer, ...lines.at(earlier)}
        return p
      }
      if (earlier === undefined) top.keys.set(key, at)
    }
    if (e.type === EVENT_MAPPING) stack.push({map: true, asKey: isKey, keys: new Map(), atKey: true, inList: top !== undefined && !top.map})
    else if (e.type === EVENT_SEQUENCE) stack.push({map: false, asKey: isKey})
  }
  return p
}

/**
 * The characters of every key and string of the value once aliases are expanded, a shared subtree
 * counted as often as it is referenced; counting stops past `stop`. Strings the text spells out add
 * up to less than its length, so what exceeds the length was added by aliases.
 */
function expandedCharacters(root: unknown, stop: number): number {
  const memo = new Map<object, number>()
  const open = new Set<object>()
  const chars = (v: unknown): number => {
    if (typeof v === 'string') return v.length
    if (v === null || typeof v !== 'object') return 0
    const known = memo.get(v)
    if (known !== undefined) return known
    if (open.has(v)) return Number.POSITIVE_INFINITY
    open.add(v)
    let n = 0
    if (Array.isArray(v)) {
      for (const child of v) {
        n += chars(child)
        if (n > stop) break
      }
    } else {
      for (const [key, child] of Object.entries(v)) {
        n += key.length + chars(child)
        if (n > stop) break
      }
    }
    open.delete(v)
    memo.set(v, n)
    return n
  }
  return chars(root)
}
