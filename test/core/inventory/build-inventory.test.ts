// buildInventory's two ways of filling defaults (a copy, or in the loader's own records) and its origin map,
// which answers from the id maps until it is iterated or changed; and the file-by-file document checker.
import {describe, expect, it} from 'vitest'
import {buildInventory} from '../../../src/core/inventory/build-inventory.js'
import {type ParsedDocument, checkDocuments, documentChecker} from '../../../src/core/inventory/check-documents.js'
import {findInventoryFiles} from '../../../src/io/find-inventory-files.js'
import {schemaErrors} from '../../../src/io/load-schemas.js'
import {parseSource} from '../../../src/io/parse-source.js'
import {readSource} from '../../../src/io/read-source.js'
import {ROOT} from '../../helpers/run-cli.js'

/** Parses the files of an inventory that parse, afresh: each call gives records of its own. */
function parsed(path: string): ParsedDocument[] {
  return findInventoryFiles([path], ROOT).files.flatMap(file => {
    const src = readSource(file, ROOT)
    const p = 'code' in src ? undefined : parseSource(src)
    return p?.ok ? [{file, value: p.value}] : []
  })
}

const build = (path: string, inPlace: boolean) => {
  const checked = checkDocuments(parsed(path), schemaErrors)
  return buildInventory(checked.documents, checked.problems, {inPlace})
}

describe('buildInventory', () => {
  it('gives the same records, keys in the same order, whether it copies or fills defaults in place', () => {
    for (const path of ['examples/jiangsu', 'test/fixtures/bad/dangling-refs', 'test/fixtures/bad/duplicate-ids']) {
      const copied = build(path, false)
      const inPlace = build(path, true)
      expect(inPlace.ok).toBe(copied.ok)
      const a = copied.ok ? copied.value : copied.partial
      const b = inPlace.ok ? inPlace.value : inPlace.partial
      expect(JSON.stringify(b.systems)).toBe(JSON.stringify(a.systems))
      expect(JSON.stringify(b.nodes)).toBe(JSON.stringify(a.nodes))
      expect(JSON.stringify(b.networks)).toBe(JSON.stringify(a.networks))
      expect([...b.system.keys()]).toEqual([...a.system.keys()])
      if (!copied.ok && !inPlace.ok) expect(inPlace.problems).toEqual(copied.problems)
    }
  })

  it('fills defaults in place only when asked, and filling twice changes nothing', () => {
    const docs = checkDocuments(parsed('examples/jiangsu'), schemaErrors).documents
    const before = JSON.stringify(docs.map(d => d.value))
    buildInventory(docs)
    expect(JSON.stringify(docs.map(d => d.value))).toBe(before)
    const once = buildInventory(docs, [], {inPlace: true})
    const twice = buildInventory(docs, [], {inPlace: true})
    if (!once.ok || !twice.ok) throw new Error('examples/jiangsu does not load')
    expect(JSON.stringify(twice.value.systems)).toBe(JSON.stringify(once.value.systems))
    const dr = once.value.systems.find(s => s.disasterRecoveryNode !== undefined)
    expect(dr?.disasterRecovery).toBe(true)
  })

  it('makes every system record one shape, whatever order and subset of keys the files wrote', () => {
    const docs = parsed('examples/jiangsu')
    // One more file whose systems write their keys backwards, leave optional fields out and name dependencies as strings.
    const backwards = (rec: Record<string, unknown>) => Object.fromEntries(Object.entries(rec).reverse())
    docs.push({file: 'zz-backwards.yaml', value: {apiVersion: 'yunwang/v1', kind: 'SystemInventory', systems: [
      backwards({id: 'zz-1', name: '倒序一', department: '省大数据局', level: 'province', region: '320000', hosting: {node: docs.flatMap(d => (d.value as {nodes?: Array<{id: string}>}).nodes ?? [])[0].id}, dependsOn: ['zz-2'], migration: {deadline: '2027-06-30', strategy: 'retire'}}),
      {region: '320000', level: 'city', department: '省大数据局', name: '倒序二', id: 'zz-2', hosting: {node: docs.flatMap(d => (d.value as {nodes?: Array<{id: string}>}).nodes ?? [])[0].id}},
    ]}})
    const checked = checkDocuments(docs, schemaErrors)
    expect(checked.problems).toEqual([])
    const before = JSON.stringify(docs.map(d => (d.value as {systems?: unknown}).systems ?? null))
    const built = buildInventory(checked.documents, checked.problems, {inPlace: true})
    if (!built.ok) throw new Error(JSON.stringify(built.problems))
    const keys = (o: object) => Object.keys(o).join(',')
    const systems = built.value.systems
    expect(new Set(systems.map(keys)).size).toBe(1)
    expect(new Set(systems.map(s => keys(s.migration))).size).toBe(1)
    expect(new Set(systems.flatMap(s => s.dependsOn.map(keys))).size).toBe(1)
    expect(built.value.system.get('zz-1')?.dependsOn).toEqual([{system: 'zz-2', kind: undefined}])
    expect(built.value.system.get('zz-2')?.migration.strategy).toBe('rehost')
    // The system records are new: the parsed ones are left as they were, even when the build may fill in place.
    expect(JSON.stringify(docs.map(d => (d.value as {systems?: unknown}).systems ?? null))).toBe(before)
  })

  it('answers origin lookups before it is filled as the filled map does, and in the same order once filled', () => {
    const built = build('examples/jiangsu', true)
    if (!built.ok) throw new Error('examples/jiangsu does not load')
    const origin = built.value.origin
    const [first] = built.value.systems
    const asked = origin.get(`system:${first.id}`)
    expect(asked?.pointer).toMatch(/^\/systems\/\d+$/)
    expect(origin.has(`node:${built.value.nodes[0].id}`)).toBe(true)
    expect(origin.get('system:no-such-id')).toBeUndefined()
    expect(origin.has('volume:x')).toBe(false)
    const keys = [...origin.keys()]
    expect(keys.length).toBe(origin.size)
    expect(keys.filter(k => k.startsWith('system:')).length).toBe(built.value.systems.length)
    // Systems first, then nodes, then networks, as they were defined.
    const kinds = keys.map(k => k.slice(0, k.indexOf(':')))
    expect(kinds).toEqual([...kinds].sort((a, b) => ['system', 'node', 'network'].indexOf(a) - ['system', 'node', 'network'].indexOf(b)))
    expect(origin.get(`system:${first.id}`)).toEqual(asked)
    const writable = origin as Map<string, {file: string; pointer: string}>
    writable.delete(`system:${first.id}`)
    expect(origin.has(`system:${first.id}`)).toBe(false)
    writable.set('system:added', {file: 'x.yaml', pointer: '/systems/0'})
    expect(origin.get('system:added')?.file).toBe('x.yaml')
    expect([...origin.keys()].at(-1)).toBe('system:added')
  })
})

describe('documentChecker', () => {
  it('fed one document at a time gives what checkDocuments gives, cap included', () => {
    for (const path of ['examples/jiangsu', 'test/fixtures/bad']) {
      for (const stopAfter of [undefined, 2]) {
        const docs = parsed(path)
        const checker = documentChecker(schemaErrors, {stopAfter})
        for (const d of docs) checker.add(d)
        const one = checker.result()
        const all = checkDocuments(parsed(path), schemaErrors, {stopAfter})
        expect(one.problems).toEqual(all.problems)
        expect(one.stopped).toBe(all.stopped)
        expect(one.documents.map(d => [d.file, d.checkedRecords, [...d.invalidRecords]])).toEqual(all.documents.map(d => [d.file, d.checkedRecords, [...d.invalidRecords]]))
      }
    }
  })
})
