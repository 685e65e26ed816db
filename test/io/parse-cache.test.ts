import {chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {serialize} from 'node:v8'
import {afterAll, describe, expect, it} from 'vitest'
import {type LoadResult, loadInventory} from '../../src/io/load-inventory.js'
import {type ParseCache, cacheSalt, openParseCache, prune} from '../../src/io/parse-cache.js'
import {ROOT, runCli} from '../helpers/run-cli.js'

const scratch = mkdtempSync(join(tmpdir(), 'yunwang-parse-cache-'))
afterAll(() => rmSync(scratch, {recursive: true, force: true}))
let n = 0
const fresh = (name: string) => {
  const dir = join(scratch, `${name}-${n++}`)
  mkdirSync(dir, {recursive: true})
  return dir
}
const entries = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter(f => f.endsWith('.v8')).sort() : [])

/** A cache that counts what it serves and stores. */
function counted(cache: ParseCache) {
  const seen = {hits: 0, puts: 0}
  return {
    seen,
    cache: {
      key: cache.key,
      get(key: string) {
        const v = cache.get(key)
        if (v !== undefined) seen.hits++
        return v
      },
      put(key: string, value: unknown) {
        seen.puts++
        cache.put(key, value)
      },
      close: cache.close,
    } satisfies ParseCache,
  }
}

const sameResult = (a: LoadResult, b: LoadResult) => {
  expect(JSON.stringify(b.ok ? b.inventory : b.problems)).toBe(JSON.stringify(a.ok ? a.inventory : a.problems))
}

describe('parse cache', () => {
  it('gives back what was stored, dates and shared subtrees included, under a key of content, format and salt', () => {
    const dir = fresh('roundtrip')
    const cache = openParseCache(dir, 'v1')
    const shared = {a: 1}
    const value = {when: new Date('2026-06-30T00:00:00Z'), x: shared, y: shared, list: [1, 'two', null]}
    const key = cache.key(Buffer.from('text'), 'yaml')
    cache.put(key, value)
    const back = cache.get(key) as typeof value
    expect(back).toEqual(value)
    expect(back.when).toBeInstanceOf(Date)
    expect(back.x).toBe(back.y)
    expect(cache.key('text', 'yaml')).toBe(key)
    expect(cache.key('text', 'json')).not.toBe(key)
    expect(cache.key('text!', 'yaml')).not.toBe(key)
    expect(openParseCache(dir, 'v2').key('text', 'yaml')).not.toBe(key)
    expect(openParseCache(dir, 'v2').get(openParseCache(dir, 'v2').key('text', 'yaml'))).toBeUndefined()
  })

  it('treats an unreadable entry as a miss and removes it', () => {
    const dir = fresh('corrupt')
    const cache = openParseCache(dir, 's')
    const key = cache.key('x', 'yaml')
    cache.put(key, {ok: true})
    writeFileSync(join(dir, `${key}.v8`), 'not a serialized value')
    expect(cache.get(key)).toBeUndefined()
    expect(entries(dir)).toEqual([])
  })

  it('keeps its entries readable by their owner only: directory 0700, entries 0600', () => {
    const dir = join(fresh('mode'), 'parsed')
    // A directory left open by an older build is closed on the next write.
    mkdirSync(dir, {mode: 0o755})
    chmodSync(dir, 0o755)
    const cache = openParseCache(dir, 's')
    const key = cache.key('x', 'yaml')
    cache.put(key, {secret: true})
    expect(statSync(dir).mode & 0o777).toBe(0o700)
    expect(statSync(join(dir, `${key}.v8`)).mode & 0o777).toBe(0o600)
  })

  it('salts keys with the build, the parser and checker versions and the schemas; no build id, no cache', async () => {
    // Run from sources there is no build id beside the module: nothing tells one build's entries from another's.
    expect(cacheSalt('0.1.0', 'digest')).toBeUndefined()
    const built = (await import(pathToFileURL(join(ROOT, 'dist/io/parse-cache.js')).href)) as {cacheSalt: typeof cacheSalt}
    const salt = built.cacheSalt('0.1.0', 'digest')
    const require = createRequire(import.meta.url)
    const buildId = readFileSync(join(ROOT, 'dist/build-id.txt'), 'utf8').trim()
    expect(buildId).toMatch(/^[0-9a-f]{64}$/)
    expect(salt?.split('\n')).toEqual(['0.1.0', buildId, process.versions.v8,
      ...['js-yaml', 'ajv', 'ajv-formats'].map(name => `${name}@${(require(`${name}/package.json`) as {version: string}).version}`), 'digest'])
    expect(built.cacheSalt('0.1.0', 'other')).not.toBe(salt)
  })

  it('never fails a load when the cache cannot be written', () => {
    // A cache directory under a regular file cannot be made, whoever runs the test.
    const dir = fresh('unwritable')
    writeFileSync(join(dir, 'file'), '')
    const cache = openParseCache(join(dir, 'file', 'parsed'), 's')
    expect(() => cache.put(cache.key('x', 'yaml'), {a: 1})).not.toThrow()
    const r = loadInventory(['examples/jiangsu'], {cwd: ROOT, cache})
    expect(r.ok).toBe(true)
    expect(readdirSync(dir)).toEqual(['file'])
  })

  it('removes entries unused for 30 days, then the least recently used past the size limit', () => {
    const dir = fresh('prune')
    const now = Date.now()
    const day = 24 * 3600 * 1000
    const make = (name: string, bytes: number, age: number) => {
      writeFileSync(join(dir, name), Buffer.alloc(bytes))
      utimesSync(join(dir, name), new Date(now - age * day), new Date(now - age * day))
    }
    make('old.v8', 10, 31)
    make('a.v8', 100, 3)
    make('b.v8', 100, 2)
    make('c.v8', 100, 1)
    make('.stale.v8.yunwang-1-abc.tmp', 5, 1)
    make('other.txt', 5, 40)
    prune(dir, now, 250)
    expect(readdirSync(dir).sort()).toEqual(['b.v8', 'c.v8', 'other.txt'])
  })

  it('loads the same inventory from the cache as from the files, and parses only what changed', () => {
    const dir = fresh('load')
    cpSync(join(ROOT, 'examples/jiangsu'), join(dir, 'inv'), {recursive: true})
    const cacheDir = join(dir, 'cache')
    const cold = loadInventory(['inv'], {cwd: dir})
    const first = counted(openParseCache(cacheDir, 's'))
    sameResult(cold, loadInventory(['inv'], {cwd: dir, cache: first.cache}))
    expect(first.seen).toEqual({hits: 0, puts: cold.files.length})
    const second = counted(openParseCache(cacheDir, 's'))
    sameResult(cold, loadInventory(['inv'], {cwd: dir, cache: second.cache}))
    expect(second.seen).toEqual({hits: cold.files.length, puts: 0})
    // One file changed: only it is parsed again, and the result is what a cold load gives.
    const changed = cold.files.find(f => f.includes('system')) ?? cold.files[0]
    writeFileSync(join(dir, changed), `${readFileSync(join(dir, changed), 'utf8')}\n# changed\n`)
    const third = counted(openParseCache(cacheDir, 's'))
    const warm = loadInventory(['inv'], {cwd: dir, cache: third.cache})
    sameResult(loadInventory(['inv'], {cwd: dir}), warm)
    expect(third.seen).toEqual({hits: cold.files.length - 1, puts: 1})
  })

  it('treats an entry that is not a checked document as a miss: the file is parsed and the entry replaced', () => {
    const dir = fresh('shape')
    cpSync(join(ROOT, 'examples/jiangsu'), join(dir, 'inv'), {recursive: true})
    const cacheDir = join(dir, 'cache')
    const cold = loadInventory(['inv'], {cwd: dir})
    const fill = counted(openParseCache(cacheDir, 's'))
    loadInventory(['inv'], {cwd: dir, cache: fill.cache})
    const kept = entries(cacheDir)
    // Readable entries with the wrong shape: not a mapping, another apiVersion, a list that is not a list.
    const wrong = [[1, 2], {apiVersion: 'yunwang/v0', kind: 'SystemInventory', systems: []}, {apiVersion: 'yunwang/v1', kind: 'SystemInventory', systems: 'x'}]
    kept.slice(0, wrong.length).forEach((name, i) => writeFileSync(join(cacheDir, name), serialize(wrong[i])))
    const again = counted(openParseCache(cacheDir, 's'))
    sameResult(cold, loadInventory(['inv'], {cwd: dir, cache: again.cache}))
    expect(again.seen.puts).toBe(wrong.length)
    const last = counted(openParseCache(cacheDir, 's'))
    sameResult(cold, loadInventory(['inv'], {cwd: dir, cache: last.cache}))
    expect(last.seen).toEqual({hits: cold.files.length, puts: 0})
  })

  it('never keeps a file with a problem: its problems are placed the same on every run', () => {
    const dir = fresh('problems')
    cpSync(join(ROOT, 'test/fixtures/bad/dangling-refs'), join(dir, 'inv'), {recursive: true})
    writeFileSync(join(dir, 'inv', 'zz-schema.yaml'), 'apiVersion: yunwang/v1\nkind: NodeInventory\nnodes:\n  - id: n-bad\n    name: 坏节点\n    type: nowhere\n')
    const cacheDir = join(dir, 'cache')
    const cold = loadInventory(['inv'], {cwd: dir})
    expect(cold.ok).toBe(false)
    for (let run = 0; run < 2; run++) {
      const c = counted(openParseCache(cacheDir, 's'))
      const r = loadInventory(['inv'], {cwd: dir, cache: c.cache})
      sameResult(cold, r)
      if (r.ok) throw new Error('expected problems')
      expect(r.problems.find(p => p.position.file.endsWith('zz-schema.yaml'))?.position.line).toBe(6)
      // The file with a schema problem is parsed every time; the others are kept from the first run on.
      expect(c.seen.puts).toBe(run === 0 ? cold.files.length - 1 : 0)
    }
  })

  it('is used by the commands unless --no-cache, under YUNWANG_CACHE_DIR, with the same output either way', () => {
    const dir = fresh('cmd')
    const env = {YUNWANG_CACHE_DIR: join(dir, 'cache')}
    const parsed = join(dir, 'cache', 'parsed')
    const off = runCli(['plan', 'examples/jiangsu', '--json', '--no-cache'], {env})
    expect(off.code).toBe(0)
    expect(entries(parsed)).toEqual([])
    const on = runCli(['plan', 'examples/jiangsu', '--json'], {env})
    const kept = entries(parsed)
    expect(kept.length).toBeGreaterThan(0)
    const again = runCli(['plan', 'examples/jiangsu', '--json'], {env})
    expect(entries(parsed)).toEqual(kept)
    expect(on.stdout).toBe(off.stdout)
    expect(again.stdout).toBe(off.stdout)
  })
})

