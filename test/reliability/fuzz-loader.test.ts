// Mutates a valid inventory (drop, duplicate, retype and rename fields and records) and runs the
// loader's core on each mutant: the only outcomes are an inventory or positioned problems.
import {mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, relative} from 'node:path'
import fc from 'fast-check'
import {dump} from 'js-yaml'
import {describe, expect, it} from 'vitest'
import {buildInventory} from '../../src/core/inventory/build-inventory.js'
import {type ParsedDocument, checkDocuments} from '../../src/core/inventory/check-documents.js'
import {documentValidator} from '../../src/io/load-schemas.js'
import {loadInventory} from '../../src/io/load-inventory.js'
import {parseSource} from '../../src/io/parse-source.js'
import {ROOT} from '../helpers/run-cli.js'

const EXAMPLE = join(ROOT, 'examples/jiangsu')
const files = (dir: string): string[] => readdirSync(dir, {withFileTypes: true}).flatMap(e => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)])).sort()
const originals: ParsedDocument[] = files(EXAMPLE).map(f => {
  const file = relative(ROOT, f)
  const parsed = parseSource({file, text: readFileSync(f, 'utf8')})
  if (!parsed.ok) throw new Error(file)
  return {file, value: parsed.value}
})

type Json = null | boolean | number | string | Json[] | {[k: string]: Json}
const clone = <T>(v: T): T => structuredClone(v)

/** A path to some value inside the documents, chosen by the generator's numbers. */
function pick(root: Json, steps: number[]): {parent: Json[] | Record<string, Json>; key: string | number} | undefined {
  let parent: Json[] | Record<string, Json> | undefined
  let key: string | number | undefined
  let cur: Json = root
  for (const step of steps) {
    if (cur === null || typeof cur !== 'object') break
    const keys = Array.isArray(cur) ? cur.map((_, i) => i) : Object.keys(cur)
    if (keys.length === 0) break
    parent = cur
    key = keys[step % keys.length]
    cur = Array.isArray(cur) ? cur[key as number] : (cur as Record<string, Json>)[key as string]
  }
  return parent !== undefined && key !== undefined ? {parent, key} : undefined
}

const mutation = fc.record({
  doc: fc.nat(),
  steps: fc.array(fc.nat(), {minLength: 1, maxLength: 5}),
  op: fc.constantFrom('drop', 'duplicate', 'retype', 'rename', 'null', 'swap-id'),
  value: fc.oneof(fc.integer(), fc.string(), fc.boolean(), fc.constant(null), fc.constant([]), fc.constant({}), fc.constantFrom('__proto__', 'constructor', '320000', 'pc-main', '2025-02-30')),
})

function mutate(docs: ParsedDocument[], muts: Array<{doc: number; steps: number[]; op: string; value: unknown}>): ParsedDocument[] {
  const out = docs.map(d => ({file: d.file, value: clone(d.value) as Json}))
  for (const m of muts) {
    const d = out[m.doc % out.length]
    const at = pick(d.value as Json, m.steps)
    if (!at) continue
    const {parent, key} = at
    const get = () => (Array.isArray(parent) ? parent[key as number] : parent[key as string])
    const set = (v: Json) => (Array.isArray(parent) ? (parent[key as number] = v) : (parent[key as string] = v))
    switch (m.op) {
      case 'drop':
        if (Array.isArray(parent)) parent.splice(key as number, 1)
        else delete parent[key as string]
        break
      case 'duplicate':
        if (Array.isArray(parent)) parent.push(clone(get()))
        else parent[`${key}x`] = clone(get())
        break
      case 'retype':
      case 'null':
        set(m.op === 'null' ? null : (m.value as Json))
        break
      case 'rename':
        if (!Array.isArray(parent)) {
          const v = get()
          delete parent[key as string]
          Object.defineProperty(parent, String(m.value), {value: v, enumerable: true, writable: true, configurable: true})
        }
        break
      case 'swap-id':
        if (!Array.isArray(parent) && key === 'id') set(String(m.value))
        break
    }
  }
  return out as ParsedDocument[]
}

const schemaCheck = (kind: Parameters<typeof documentValidator>[0], value: unknown) => {
  const validate = documentValidator(kind)
  return validate(value) ? [] : [...(validate.errors ?? [])]
}

describe('fuzzing the loader', () => {
  it('returns an inventory or problems with a code and a place, never throws (in memory)', () => {
    fc.assert(fc.property(fc.array(mutation, {minLength: 1, maxLength: 4}), muts => {
      const docs = mutate(originals, muts)
      const checked = checkDocuments(docs, schemaCheck)
      const built = buildInventory(checked.documents, checked.problems)
      if (built.ok) {
        const ids = built.value.systems.map(s => s.id)
        expect([...ids].sort()).toEqual(ids)
      } else {
        for (const p of built.problems) {
          expect(p.code).toMatch(/^[A-Z_]+$/)
          expect(typeof p.position.file).toBe('string')
          expect(typeof p.position.pointer).toBe('string')
        }
      }
      expect(Object.hasOwn(Object.prototype, 'polluted')).toBe(false)
    }), {numRuns: 1000, seed: 20261121})
  })

  it('places every problem at a line and column of the written file (through the disk)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'yunwang-fuzz-'))
    try {
      fc.assert(fc.property(fc.array(mutation, {minLength: 1, maxLength: 3}), muts => {
        rmSync(join(dir, 'inv'), {recursive: true, force: true})
        mkdirSync(join(dir, 'inv'))
        const docs = mutate(originals, muts)
        for (const [i, d] of docs.entries()) {
          const name = join(dir, 'inv', `${String(i).padStart(2, '0')}.yaml`)
          writeFileSync(name, dump(d.value, {lineWidth: -1}), {flag: 'w'})
        }
        const r = loadInventory(['inv'], {cwd: dir})
        if (!r.ok) {
          for (const p of r.problems) {
            expect(p.position.line).toBeGreaterThanOrEqual(1)
            expect(p.position.column).toBeGreaterThanOrEqual(1)
          }
        }
      }), {numRuns: 100, seed: 20261121})
    } finally {
      rmSync(dir, {recursive: true, force: true})
    }
  })
})
