// Reads inventory paths into a checked Inventory, or every problem found, each placed at file:line:column.
import {buildInventory, normalizeFreshSystems} from '../core/inventory/build-inventory.js'
import {type DocumentChecker, documentChecker} from '../core/inventory/check-documents.js'
import {type Problem, problem} from '../core/errors.js'
import {type Inventory, stringInterner} from '../core/inventory/model.js'
import {findInventoryFiles} from './find-inventory-files.js'
import {locatePointers} from './locate-pointers.js'
import type {ParseCache} from './parse-cache.js'
import {parseSource} from './parse-source.js'
import {type Source, decodeSource, readInputFile, readSource} from './read-source.js'
import {schemaErrors} from './load-schemas.js'
import {LineIndex} from './text-position.js'

/** Reported problems are capped so that a broken 100,000-record file still answers quickly. */
export const MAX_PROBLEMS = 500

export type LoadResult =
  | {ok: true; inventory: Inventory; files: string[]}
  | {ok: false; problems: Problem[]; files: string[]; partial?: Inventory}

export interface LoadOptions {
  cwd: string
  /** Called between steps with the phase, files done, files in all, and records read so far. */
  onProgress?: (phase: 'read' | 'check' | 'references', done: number, total: number, records: number) => void
  /** Parsed, checked files kept by content (see parse-cache.ts); without it every file is parsed. */
  cache?: ParseCache
}

/** Reads one named file as text, or says why it cannot be read. */
export type ReadFile = (file: string) => Source | Problem

export function loadInventory(paths: string[], options: LoadOptions): LoadResult {
  const found = findInventoryFiles(paths, options.cwd)
  return loadFiles(found.files, found.problems, file => readInputFile(file, options.cwd), options)
}

/**
 * The same, from texts already in memory (a git revision): `sources` are named as in messages, and
 * `problems` are those found while gathering them (a file too large, …).
 */
export function loadSources(sources: Source[], problems: Problem[], options: LoadOptions): LoadResult {
  const byName = new Map(sources.map(s => [s.file, s]))
  const read: ReadFile = file => byName.get(file) ?? problem('PATH_NOT_FOUND', file, '', {path: file})
  return loadFiles(sources.map(s => s.file).sort(), problems, read, options)
}

/** A file's bytes (read from disk, decoded only when the cache does not have them) or its text. */
type ReadRaw = (file: string) => Buffer | Source | Problem

function loadFiles(files: string[], found: Problem[], readRaw: ReadRaw, options: LoadOptions): LoadResult {
  const problems: Problem[] = [...found]
  // Each file is checked right after it is parsed, while its tree is young (cheaper to walk, and the
  // scavenger has not copied it yet); problems and their order are those of checking all files after.
  const checker = documentChecker(schemaErrors, {stopAfter: MAX_PROBLEMS})
  const cache = options.cache
  const intern = stringInterner()
  let records = 0
  files.forEach((file, i) => {
    options.onProgress?.('read', i, files.length, records)
    const raw = readRaw(file)
    if (!Buffer.isBuffer(raw) && 'code' in raw) {
      problems.push(raw)
      return
    }
    const done = checkFile(checker, file, raw, cache)
    if (!done.ok) {
      problems.push(done.problem)
      return
    }
    records += recordCount(done.value)
    const kept = checker.last()
    if (kept !== undefined) normalizeFreshSystems(kept, intern)
  })
  cache?.close()
  options.onProgress?.('check', files.length, files.length, records)
  const checked = checker.result()
  options.onProgress?.('references', files.length, files.length, records)
  // The records are this load's own: the inventory takes over its nodes and networks, defaults filled in place.
  const built = buildInventory(checked.documents, [...problems, ...checked.problems], {inPlace: true, intern})
  if (built.ok) return {ok: true, inventory: built.value, files}
  const read: ReadFile = file => {
    const raw = readRaw(file)
    return Buffer.isBuffer(raw) ? decodeSource(file, raw) : raw
  }
  return {ok: false, problems: placeProblems(built.problems, options.cwd, read, checked.stopped), files, partial: built.partial}
}

/**
 * One file into the checker: read back from the cache when it holds this content (found clean before),
 * else decoded, parsed and checked, and kept in the cache when it had no problem. `onParse` is called
 * just before a parse. The parsed value, or the problem that stopped the file before the checker.
 */
export function checkFile(checker: DocumentChecker, file: string, content: Buffer | Source, cache: ParseCache | undefined, onParse?: () => void): {ok: true; value: unknown} | {ok: false; problem: Problem} {
  const key = cache?.key(Buffer.isBuffer(content) ? content : content.text, file.toLowerCase().endsWith('.json') ? 'json' : 'yaml')
  const kept = key === undefined ? undefined : cache?.get(key)
  if (kept !== undefined && checker.addChecked({file, value: kept})) return {ok: true, value: kept}
  const src = Buffer.isBuffer(content) ? decodeSource(file, content) : content
  if ('code' in src) return {ok: false, problem: src}
  onParse?.()
  const parsed = parseSource(src)
  if (!parsed.ok) return parsed
  // Stored before a build fills in defaults in place: the entry is the file as parsed.
  if (checker.add({file, value: parsed.value, finite: parsed.finite}) && key !== undefined) cache?.put(key, parsed.value)
  return parsed
}

function recordCount(value: unknown): number {
  if (value === null || typeof value !== 'object') return 0
  const v = value as Record<string, unknown>
  const list = v.systems ?? v.nodes ?? v.networks ?? v.measurements
  return Array.isArray(list) ? list.length : 0
}

const DEPENDENCY_SYSTEM = /^\/systems\/\d+\/dependsOn\/\d+\/system$/

function comparePointers(a: string, b: string): number {
  const x = a.split('/')
  const y = b.split('/')
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    if (x[i] === y[i]) continue
    const nx = Number(x[i])
    const ny = Number(y[i])
    if (Number.isInteger(nx) && Number.isInteger(ny)) return nx - ny
    return x[i] < y[i] ? -1 : 1
  }
  return x.length - y.length
}

/**
 * Caps, then gives every problem (and its related position) a line and column, reading each file once.
 * `stopped`: checking stopped past the cap, so the number of problems in all is not known.
 */
export function placeProblems(all: Problem[], cwd: string, read: ReadFile = file => readSource(file, cwd), stopped = false): Problem[] {
  const sorted = [...all].sort((a, b) =>
    a.position.file < b.position.file ? -1 : a.position.file > b.position.file ? 1
      : comparePointers(a.position.pointer, b.position.pointer) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
  const kept = sorted.slice(0, MAX_PROBLEMS)
  const byFile = new Map<string, {pointers: Set<string>}>()
  const need = (file: string, pointer: string) => {
    const entry = byFile.get(file) ?? {pointers: new Set<string>()}
    entry.pointers.add(pointer)
    byFile.set(file, entry)
  }
  for (const p of kept) {
    if (p.position.line === undefined) need(p.position.file, p.position.pointer)
    if (p.related && p.related.line === undefined) need(p.related.file, p.related.pointer)
  }
  const located = new Map<string, {offsets: ReturnType<typeof locatePointers>; lines: LineIndex}>()
  for (const [file, {pointers}] of byFile) {
    const src = read(file)
    if ('code' in src) continue
    const text = src.text.charCodeAt(0) === 0xfeff ? src.text.slice(1) : src.text
    located.set(file, {offsets: locatePointers(text, pointers), lines: new LineIndex(text)})
  }
  const place = (p: Problem['position'], anchor: Problem['anchor']) => {
    if (p.line !== undefined) return
    const file = located.get(p.file)
    const o = file?.offsets.get(p.pointer)
    // A dependency the file writes as the id alone is checked in its normalized form ({system}): the
    // problem is named at the id itself, `/dependsOn/i` (a pointer missing from the file has its
    // nearest ancestor's offsets, the very same object).
    if (file && o && DEPENDENCY_SYSTEM.test(p.pointer)) {
      const parent = p.pointer.slice(0, -'/system'.length)
      if (file.offsets.get(parent) === o) p.pointer = parent
    }
    if (!file || !o) {
      p.line = 1
      p.column = 1
      return
    }
    Object.assign(p, file.lines.at(anchor === 'key' ? o.key ?? o.value : o.value))
  }
  for (const p of kept) {
    place(p.position, p.anchor)
    if (p.related) place(p.related, 'value')
  }
  kept.sort((a, b) =>
    a.position.file < b.position.file ? -1 : a.position.file > b.position.file ? 1
      : (a.position.line ?? 0) - (b.position.line ?? 0) || (a.position.column ?? 0) - (b.position.column ?? 0)
        || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
  if (sorted.length > kept.length || stopped) {
    const last = kept.at(-1)?.position.file ?? ''
    const more = problem('TOO_MANY_ERRORS', last, '', stopped ? {shown: kept.length, stopped: 'yes'} : {shown: kept.length, total: sorted.length})
    more.position.line = 1
    more.position.column = 1
    kept.push(more)
  }
  return kept
}
