// A content-addressed cache of parsed, schema-checked inventory files. A file whose bytes (and format)
// hash to a key already in the cache is read back with V8's deserializer instead of being decoded,
// parsed and checked again: an unchanged inventory, or a CI re-run where one file changed, skips most of
// the load. Only a file that parsed and passed every per-file check (header, schema, finite numbers) is
// stored; a file with a problem is parsed every time, so problems are placed exactly as without a cache.
//
// Keys hash the content with a salt (yunwang's version, V8's version, the schemas' digest and this
// format's number), so an entry is never trusted across versions: a new version simply misses. The cache
// is an optimisation only: an entry that cannot be read is a miss (and removed), one that cannot be
// written (read-only or full disk) is skipped, and `--no-cache` leaves it alone entirely.
//
// Entries hold whole records, classified (涉密) ones too, so the directory is made 0700 and each entry
// 0600: readable by the user who ran the command only.
import {createHash} from 'node:crypto'
import {chmodSync, mkdirSync, readFileSync, readdirSync, statSync, unlinkSync, utimesSync} from 'node:fs'
import {createRequire} from 'node:module'
import {join} from 'node:path'
import {deserialize, serialize} from 'node:v8'
import {writeAtomic} from './write-output.js'

/** Raised when what an entry holds, or how it is keyed, changes without a new version of yunwang. */
const FORMAT = 1
const SUFFIX = '.v8'
/** Entries not used for this long are removed (a hit refreshes an entry at most once a day). */
const MAX_AGE_MS = 30 * 24 * 3600 * 1000
const TOUCH_AFTER_MS = 24 * 3600 * 1000
/** Past this size in all, the least recently used entries are removed (a 1,000,000-system inventory takes about 1 GB). */
const MAX_BYTES = 2 * 1024 ** 3

/** The packages whose versions decide what a file parses and checks to (parser, schema checker, formats). */
const DECIDING_PACKAGES = ['js-yaml', 'ajv', 'ajv-formats']

/**
 * What besides a file's content decides its cached value: yunwang's version, this build's id (a digest of
 * dist/, written by scripts/build-id.mjs), V8's version (the serializer's format), the versions of the
 * parser and schema checker installed beside yunwang, and the schemas' digest. Undefined when the build
 * has no id (run from sources): such a run does not use the cache, since nothing would tell its entries
 * from another build's.
 */
export function cacheSalt(version: string, schemaDigest: string): string | undefined {
  const require = createRequire(import.meta.url)
  try {
    const build = readFileSync(new URL('../build-id.txt', import.meta.url), 'utf8').trim()
    const packages = DECIDING_PACKAGES.map(name => `${name}@${(require(`${name}/package.json`) as {version: string}).version}`)
    return [version, build, process.versions.v8, ...packages, schemaDigest].join('\n')
  } catch {
    return undefined
  }
}

export interface ParseCache {
  /** The key of a file's content, read as `format`. */
  key(content: Buffer | string, format: 'yaml' | 'json'): string
  /** The value stored under `key`, or undefined (a document is never undefined). */
  get(key: string): unknown
  put(key: string, value: unknown): void
  /** Removes old entries when this load wrote new ones. */
  close(): void
}

/** A cache under `dir` (created when first written). `salt`: what besides the content decides a value. */
export function openParseCache(dir: string, salt: string): ParseCache {
  const prefix = createHash('sha256').update(`yunwang parse cache ${FORMAT}\n${salt}\n`).digest()
  const path = (key: string) => join(dir, `${key}${SUFFIX}`)
  let wrote = false
  let made = false
  return {
    key(content, format) {
      return createHash('sha256').update(prefix).update(format).update(content).digest('hex')
    },
    get(key) {
      const file = path(key)
      let bytes: Buffer
      try {
        bytes = readFileSync(file)
      } catch {
        return undefined
      }
      try {
        const value: unknown = deserialize(bytes)
        touch(file)
        return value ?? undefined
      } catch {
        forget(file)
        return undefined
      }
    },
    put(key, value) {
      try {
        if (!made) {
          mkdirSync(dir, {recursive: true, mode: 0o700})
          made = true
          closeToOthers(dir)
        }
        // Never half-written (a temporary file renamed into place), but not synced: a lost entry is a miss.
        writeAtomic(path(key), serialize(value), {durable: false, mode: 0o600})
        wrote = true
      } catch {
        // A full or read-only disk: the load goes on without the cache.
      }
    },
    close() {
      if (wrote) prune(dir)
      wrote = false
    },
  }
}

/** A directory made by an older yunwang, or with a looser mode, is closed to others too. */
function closeToOthers(dir: string): void {
  try {
    chmodSync(dir, 0o700)
  } catch {
    // Not ours (a shared YUNWANG_CACHE_DIR): the entries themselves are 0600.
  }
}

function touch(file: string): void {
  try {
    const now = Date.now()
    if (now - statSync(file).mtimeMs > TOUCH_AFTER_MS) utimesSync(file, new Date(now), new Date(now))
  } catch {
    // A read-only cache still serves hits.
  }
}

function forget(file: string): void {
  try {
    unlinkSync(file)
  } catch {
    // Already gone, or not ours to remove.
  }
}

/** Removes entries unused for MAX_AGE_MS, then the least recently used until the rest fit in MAX_BYTES. */
export function prune(dir: string, now = Date.now(), maxBytes = MAX_BYTES): void {
  let names: string[]
  try {
    names = readdirSync(dir)
  } catch {
    return
  }
  const entries: Array<{file: string; size: number; used: number}> = []
  for (const name of names) {
    const temporary = name.startsWith('.') && name.endsWith('.tmp')
    if (!name.endsWith(SUFFIX) && !temporary) continue
    const file = join(dir, name)
    try {
      const st = statSync(file)
      // A temporary file an hour old was left by a run that was killed while writing it.
      if (temporary) {
        if (now - st.mtimeMs > 3600 * 1000) forget(file)
        continue
      }
      if (now - st.mtimeMs > MAX_AGE_MS) forget(file)
      else entries.push({file, size: st.size, used: st.mtimeMs})
    } catch {
      // Removed by another run meanwhile.
    }
  }
  let total = entries.reduce((n, e) => n + e.size, 0)
  if (total <= maxBytes) return
  entries.sort((a, b) => a.used - b.used || (a.file < b.file ? -1 : 1))
  for (const e of entries) {
    if (total <= maxBytes) break
    forget(e.file)
    total -= e.size
  }
}
