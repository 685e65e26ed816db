// Mutates a valid inventory (drop, duplicate, retype and rename fields and records) and runs the
// loader's core on each mutant: the only outcomes are an inventory or positioned problems. Every
// mutant that loads then goes through every core computation the commands make (adoption overall
// and per grouping, plan, IPv6 readiness, compliance check, graph views and impact): a result or a
// positioned error, never an exception.
import {mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, relative} from 'node:path'
import fc from 'fast-check'
import {dump} from 'js-yaml'
import {describe, expect, it} from 'vitest'
import {computeAdoption} from '../../src/core/adoption/compute-adoption.js'
import {GROUP_BYS, groupAdoption} from '../../src/core/adoption/group-adoption.js'
import {YunwangError} from '../../src/core/errors.js'
import {buildDependencyIndex} from '../../src/core/graph/dependency-index.js'
import {findCycles} from '../../src/core/graph/find-cycles.js'
import {selectGraphView} from '../../src/core/graph/select-graph-view.js'
import {computeImpact} from '../../src/core/impact/compute-impact.js'
import {rankPlatforms} from '../../src/core/impact/rank-platforms.js'
import type {Inventory} from '../../src/core/inventory/model.js'
import {regionLabeller} from '../../src/core/inventory/region-label.js'
import {computeIpv6Readiness} from '../../src/core/ipv6/compute-ipv6-readiness.js'
import {makePlan} from '../../src/core/plan/make-plan.js'
import {resolvePlanConfig} from '../../src/core/plan/resolve-plan-config.js'
import {runCheck} from '../../src/core/rules/run-check.js'
import {loadPolicy} from '../../src/io/load-policy.js'
import {loadRegionNames} from '../../src/io/load-regions.js'
import {renderDot} from '../../src/render/graph-dot.js'
import {renderGraphml} from '../../src/render/graph-graphml.js'
import {renderMermaid} from '../../src/render/graph-mermaid.js'
import {buildInventory} from '../../src/core/inventory/build-inventory.js'
import {type ParsedDocument, checkDocuments} from '../../src/core/inventory/check-documents.js'
import {documentValidator, recordValidator} from '../../src/io/load-schemas.js'
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

const schemaCheck = (kind: Parameters<typeof documentValidator>[0], value: unknown, part: 'document' | 'record') => {
  const validate = (part === 'record' ? recordValidator(kind) : undefined) ?? documentValidator(kind)
  return validate(value) ? [] : [...(validate.errors ?? [])]
}

const policy = loadPolicy(undefined, ROOT)
const regions = loadRegionNames()
const AS_OF = '2026-06-30'
const runs = {mutants: 0, loaded: 0, computed: 0, positionedErrors: 0}

/** Every core computation a command makes on a loaded inventory; a YunwangError (a positioned,
 * user-facing error such as a PlanConfig the overrides make invalid) is an allowed outcome. */
function computeEverything(inv: Inventory): void {
  const o = {asOf: AS_OF, oneCloud: policy.oneCloud}
  try {
    const counts = computeAdoption(inv, inv.systems, o)
    expect(counts.rate).toBeGreaterThanOrEqual(0)
    expect(counts.rate).toBeLessThanOrEqual(1)
    for (const by of GROUP_BYS) for (const g of groupAdoption(inv, by, regionLabeller(regions, 'en'), o)) expect(Number.isFinite(g.rate)).toBe(true)
    const config = resolvePlanConfig(inv.planConfig?.config, {}, AS_OF)
    for (const includeClassified of [false, true]) makePlan(inv, config, {...o, includeClassified})
    const ipv6 = computeIpv6Readiness(inv, {groupBy: {by: 'department', key: (s: {department: string}) => s.department, label: (k: string) => k}})
    expect(ipv6.rate).toBeGreaterThanOrEqual(0)
    for (const lang of ['zh', 'en'] as const) runCheck(inv, policy, {asOf: AS_OF, lang, regions, listSubjects: lang === 'en'})
    const index = buildDependencyIndex(inv)
    findCycles(index)
    for (const includeClassified of [false, true]) rankPlatforms(inv, index, {...o, includeClassified})
    for (const includeClassified of [false, true]) {
      const view = selectGraphView(inv, index, {...o, includeClassified, clusterBy: includeClassified ? 'node' : 'department'})
      renderDot(view, 'zh')
      renderMermaid(view, 'en')
      renderGraphml(view)
    }
    const first = inv.systems[0]
    if (first) {
      computeImpact(inv, index, first.id, {...o, includeClassified: false})
      selectGraphView(inv, index, {...o, includeClassified: false, clusterBy: 'department', focus: {id: first.id, depth: 2}})
    }
    runs.computed++
  } catch (error) {
    if (!(error instanceof YunwangError)) throw error
    runs.positionedErrors++
  }
}

describe('fuzzing the loader', () => {
  it('returns an inventory or problems with a code and a place, never throws (in memory)', () => {
    fc.assert(fc.property(fc.array(mutation, {minLength: 1, maxLength: 4}), muts => {
      const docs = mutate(originals, muts)
      const checked = checkDocuments(docs, schemaCheck)
      const built = buildInventory(checked.documents, checked.problems)
      runs.mutants++
      if (built.ok) {
        runs.loaded++
        const ids = built.value.systems.map(s => s.id)
        expect([...ids].sort()).toEqual(ids)
        computeEverything(built.value)
      } else {
        for (const p of built.problems) {
          expect(p.code).toMatch(/^[A-Z_]+$/)
          expect(typeof p.position.file).toBe('string')
          expect(typeof p.position.pointer).toBe('string')
        }
      }
      expect(Object.hasOwn(Object.prototype, 'polluted')).toBe(false)
    }), {numRuns: 1000, seed: 20261121})
    // The runs are worth something only if many mutants load and go through the computations.
    console.log(`fuzz: ${runs.mutants} mutants, ${runs.loaded} loaded, ${runs.computed} through every computation, ${runs.positionedErrors} ended in a positioned error`)
    expect(runs.mutants).toBe(1000)
    expect(runs.loaded).toBeGreaterThan(20)
  })

  it('runs every core computation on valid but strange inventories (cycles, moves, flags, removals), never throws', () => {
    const before = runs.computed + runs.positionedErrors
    const byKind = (kind: string) => originals.flatMap(d => ((d.value as {kind?: string}).kind === kind ? [d] : []))
    const ids = (kind: string, list: string) => byKind(kind).flatMap(d => ((d.value as Record<string, Array<{id: string}>>)[list] ?? []).map(r => r.id))
    const systemIds = ids('SystemInventory', 'systems')
    const nodeIds = ids('NodeInventory', 'nodes')
    const networkIds = ids('NetworkInventory', 'networks')
    const edit = fc.record({
      op: fc.constantFrom('depend', 'move', 'target', 'classify', 'status', 'attach', 'drop', 'group', 'no-resources', 'node-classified', 'network-type'),
      a: fc.nat(), b: fc.nat(), c: fc.nat(),
    })
    fc.assert(fc.property(fc.array(edit, {minLength: 1, maxLength: 12}), edits => {
      const docs = originals.map(d => ({file: d.file, value: clone(d.value) as Record<string, Array<Record<string, Json>>>}))
      const records = (list: string) => docs.flatMap(d => d.value[list] ?? [])
      const systems = records('systems')
      const nodes = records('nodes')
      const networks = records('networks')
      for (const e of edits) {
        const s = systems[e.a % systems.length]
        if (!s) continue
        switch (e.op) {
          case 'depend': {
            const to = systemIds[e.b % systemIds.length]
            if (to !== s.id) s.dependsOn = [...((s.dependsOn as Json[]) ?? []).filter(d => d !== to && (d as {system?: string})?.system !== to), to]
            break
          }
          case 'move': s.hosting = {node: nodeIds[e.b % nodeIds.length]}; break
          case 'target': s.migration = {...(s.migration as Record<string, Json> ?? {}), targetNode: nodeIds[e.b % nodeIds.length]}; break
          case 'classify': s.classified = !(s.classified === true); break
          case 'status': s.status = ['in-service', 'retiring', 'retired', 'planned'][e.b % 4]; break
          case 'attach': s.networks = [...new Set([...((s.networks as string[]) ?? []), networkIds[e.b % networkIds.length]])]; break
          case 'drop': {
            const d = docs.find(x => x.value.systems?.includes(s))
            if (d) d.value.systems = d.value.systems.filter(x => x !== s)
            systems.splice(e.a % systems.length, 1)
            break
          }
          case 'group': s.migration = {...(s.migration as Record<string, Json> ?? {}), group: `g${e.b % 3}`}; break
          case 'no-resources': delete s.resources; break
          case 'node-classified': { const n = nodes[e.b % nodes.length]; n.classified = !(n.classified === true); break }
          case 'network-type': { const n = networks[e.c % networks.length]; n.type = ['extranet', 'private', 'internet', 'classified'][e.b % 4]; break }
        }
      }
      const checked = checkDocuments(docs as ParsedDocument[], schemaCheck)
      const built = buildInventory(checked.documents, checked.problems)
      runs.mutants++
      if (!built.ok) {
        // A removed system may leave a dangling reference: that is a positioned problem, also fine.
        for (const p of built.problems) expect(typeof p.position.pointer).toBe('string')
        return
      }
      runs.loaded++
      computeEverything(built.value)
    }), {numRuns: 300, seed: 20261122})
    console.log(`fuzz (valid mutants): ${runs.computed + runs.positionedErrors - before} went through every computation`)
    expect(runs.computed + runs.positionedErrors - before).toBeGreaterThan(150)
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
