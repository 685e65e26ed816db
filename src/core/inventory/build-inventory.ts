// Second pass: merges the documents of each kind, checks ids and references across files, applies
// defaults and sorts records by id, so that file and record order never change a result.
import {type Position, type Problem, problem} from '../errors.js'
import {nearest} from '../text/nearest.js'
import type {CheckedDocument} from './check-documents.js'
import {
  type Inventory, type MeasurementRecord, type SystemRecord,
  measurementScope, normalizeNetwork, normalizeNetworkInPlace, normalizeNode, normalizeNodeInPlace, normalizeSystem, stringInterner,
} from './model.js'
import type * as S from './schema-types.js'

export type BuildResult = {ok: true; value: Inventory} | {ok: false; problems: Problem[]; partial: Inventory}

export interface BuildOptions {
  /**
   * The documents are the caller's own fresh parse, used for nothing after the build: their nodes and
   * networks become the inventory's, defaults filled in place. Left out, each is copied and the documents
   * stay as they are (a history builds one inventory per commit from the same documents). Systems are new
   * records either way (model.ts: one shape for the hot paths).
   */
  inPlace?: boolean
  /** The interner the documents' normalized systems were made with (normalizeFreshSystems); a new one otherwise. */
  intern?: (text: string) => string
}

/**
 * Replaces, in a SystemInventory document just checked, each valid record with the inventory's own record of it
 * (normalizeSystem), so that the parsed objects are garbage while still young: made after all files are
 * read, the copies left 100,000 parsed systems to be copied twice by the scavenger and then swept from the
 * old generation. Records with schema problems, or past the problem cap, stay as parsed. Only for a
 * loader's own fresh parse (a build then takes the document over).
 */
export function normalizeFreshSystems(doc: CheckedDocument, intern: (text: string) => string): void {
  if (doc.kind !== 'SystemInventory' || doc.normalized === true) return
  const items = doc.value.systems as unknown[]
  for (let i = 0; i < doc.checkedRecords; i++) {
    if (doc.invalidRecords.has(i)) continue
    const rec = items[i] as S.System
    if (rec !== null && typeof rec === 'object' && typeof rec.id === 'string') items[i] = normalizeSystem(rec, intern)
  }
  doc.normalized = true
}

type Kind = 'system' | 'node' | 'network'
type List = 'systems' | 'nodes' | 'networks'

interface Entry<T> {
  /** The parsed record; let go once the inventory's own record is made from it (null), so the parse can be freed. */
  record: T | null
  file: string
  /** The record's index in its document's list. */
  index: number
  valid: boolean
  /** False past the problem cap: the record was not checked, and its references are not either. */
  checked: boolean
  /** The record is the inventory's own already (normalizeFreshSystems). */
  normalized: boolean
}

/** Suggestions cost a scan of all ids; past this many dangling references they are left out. */
const MAX_SUGGESTIONS = 50

const byId = <T extends {id: string}>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

/** Where a record is written: `/{list}/{index}` in its file. Made only when something asks. */
const positionOf = (list: List, e: Entry<unknown>): Position => ({file: e.file, pointer: `/${list}/${e.index}`})

/**
 * Where each record is defined, keyed `system:ID`, `node:ID`, `network:ID`: looked up in the id maps the
 * build makes anyway, a position made when one is asked for, so that a command that asks for none (validate,
 * plan …) does not pay for 100,000 of them. The map itself is filled (systems, nodes, networks, each in
 * file order, as it always was) the first time it is counted, iterated or changed.
 */
class Origins extends Map<string, Position> {
  #pools: ReadonlyArray<readonly [Kind, List, ReadonlyMap<string, Entry<unknown>>]> | undefined

  constructor(pools: ReadonlyArray<readonly [Kind, List, ReadonlyMap<string, Entry<unknown>>]>) {
    super()
    this.#pools = pools
  }

  #fill(): void {
    const pools = this.#pools
    if (pools === undefined) return
    this.#pools = undefined
    for (const [kind, list, pool] of pools) for (const [id, e] of pool) super.set(`${kind}:${id}`, positionOf(list, e))
  }

  #entry(key: string): [List, Entry<unknown>] | undefined {
    const colon = key.indexOf(':')
    const kind = key.slice(0, colon)
    for (const [k, list, pool] of this.#pools ?? []) {
      if (k !== kind) continue
      const e = pool.get(key.slice(colon + 1))
      return e === undefined ? undefined : [list, e]
    }
    return undefined
  }

  override get(key: string): Position | undefined {
    if (this.#pools === undefined) return super.get(key)
    const found = this.#entry(key)
    return found && positionOf(found[0], found[1])
  }

  override has(key: string): boolean {
    return this.#pools === undefined ? super.has(key) : this.#entry(key) !== undefined
  }

  override get size(): number {
    this.#fill()
    return super.size
  }

  override set(key: string, value: Position): this {
    this.#fill()
    return super.set(key, value)
  }

  override delete(key: string): boolean {
    this.#fill()
    return super.delete(key)
  }

  override clear(): void {
    this.#pools = undefined
    super.clear()
  }

  override forEach(f: (value: Position, key: string, map: Map<string, Position>) => void, thisArg?: unknown): void {
    this.#fill()
    super.forEach(f, thisArg)
  }

  override keys(): MapIterator<string> {
    this.#fill()
    return super.keys()
  }

  override values(): MapIterator<Position> {
    this.#fill()
    return super.values()
  }

  override entries(): MapIterator<[string, Position]> {
    this.#fill()
    return super.entries()
  }

  override [Symbol.iterator](): MapIterator<[string, Position]> {
    return this.entries()
  }
}

export function buildInventory(documents: CheckedDocument[], earlier: Problem[] = [], options: BuildOptions = {}): BuildResult {
  const problems: Problem[] = []
  const files = [...new Set(documents.map(d => d.file))].sort()

  const collect = <T extends {id?: unknown}>(kind: Kind, list: List) => {
    const entries = new Map<string, Entry<T>>()
    const ordered = documents.filter(d => d.value[list] !== undefined).sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))
    for (const doc of ordered) {
      const items = doc.value[list] as unknown[]
      for (let i = 0; i < items.length; i++) {
        const rec = items[i] as T
        if (rec === null || typeof rec !== 'object' || typeof rec.id !== 'string') continue
        const first = entries.get(rec.id)
        if (first) {
          const p = problem('DUPLICATE_ID', doc.file, `/${list}/${i}/id`, {kind, id: rec.id})
          p.related = {file: first.file, pointer: `/${list}/${first.index}/id`}
          problems.push(p)
          continue
        }
        const checked = i < doc.checkedRecords
        const valid = checked && !doc.invalidRecords.has(i)
        entries.set(rec.id, {record: rec, file: doc.file, index: i, valid, checked, normalized: valid && doc.normalized === true})
      }
    }
    return entries
  }

  const systems = collect<S.System>('system', 'systems')
  const nodes = collect<S.Node>('node', 'nodes')
  const networks = collect<S.Network>('network', 'networks')

  let suggestions = 0
  // A hint never offers a classified system or node: every command prints these problems, and a
  // classified id is named nowhere without --include-classified.
  const offered = (pool: Map<string, Entry<object>>) =>
    [...pool].filter(([, e]) => !(e.record !== null && 'classified' in e.record && e.record.classified === true)).map(([id]) => id)
  const dangling = (code: 'UNKNOWN_NODE' | 'UNKNOWN_NETWORK' | 'UNKNOWN_SYSTEM', e: Entry<unknown>, path: string, id: string, pool: Map<string, Entry<object>>) => {
    const near = suggestions++ < MAX_SUGGESTIONS ? nearest(id, offered(pool)) : undefined
    problems.push(problem(code, e.file, `/systems/${e.index}${path}`, {id, ...(near ? {near} : {})}))
  }

  // Records with schema problems are checked too, wherever a reference is well-formed, so that one
  // run reports every problem rather than revealing them one fix at a time.
  const str = (v: unknown): v is string => typeof v === 'string'
  for (const [id, e] of systems) {
    if (!e.checked) continue
    const s = e.record!
    const node = s.hosting?.node
    if (str(node) && !nodes.has(node)) dangling('UNKNOWN_NODE', e, '/hosting/node', node, nodes)
    const nets = s.networks
    if (Array.isArray(nets)) {
      for (let i = 0; i < nets.length; i++) {
        const n = nets[i]
        if (str(n) && !networks.has(n)) dangling('UNKNOWN_NETWORK', e, `/networks/${i}`, n, networks)
      }
    }
    const deps = s.dependsOn
    if (Array.isArray(deps)) {
      for (let i = 0; i < deps.length; i++) {
        const d = deps[i]
        const target = str(d) ? d : d !== null && typeof d === 'object' ? d.system : undefined
        if (!str(target) || (target !== id && systems.has(target))) continue
        // A normalized record holds every dependency as {system}: where the file wrote the id alone,
        // placeProblems finds that pointer missing and places (and names) the problem at `/dependsOn/i`.
        const path = str(d) ? `/dependsOn/${i}` : `/dependsOn/${i}/system`
        if (target === id) problems.push(problem('SELF_DEPENDENCY', e.file, `/systems/${e.index}${path}`, {id}))
        else dangling('UNKNOWN_SYSTEM', e, path, target, systems)
      }
    }
    const target = s.migration?.targetNode
    if (str(target) && !nodes.has(target)) dangling('UNKNOWN_NODE', e, '/migration/targetNode', target, nodes)
    const dr = s.disasterRecovery
    const drNode = e.normalized ? (s as unknown as SystemRecord).disasterRecoveryNode : dr !== null && typeof dr === 'object' ? dr.node : undefined
    if (str(drNode) && !nodes.has(drNode)) dangling('UNKNOWN_NODE', e, '/disasterRecovery/node', drNode, nodes)
  }

  const plans = documents.filter(d => d.kind === 'PlanConfig').sort((a, b) => (a.file < b.file ? -1 : 1))
  for (const extra of plans.slice(1)) {
    const p = problem('MULTIPLE_PLAN_CONFIGS', extra.file, '/kind')
    p.related = {file: plans[0].file, pointer: '/kind'}
    problems.push(p)
  }
  for (const plan of plans) {
    const blackouts = (plan.value as unknown as S.PlanConfig).blackouts ?? []
    blackouts.forEach((b, i) => {
      if (b.to < b.from) problems.push(problem('INVERTED_RANGE', plan.file, `/blackouts/${i}/to`, {from: b.from, to: b.to}))
    })
  }

  const measurements = collectMeasurements(documents, problems)

  const inPlace = options.inPlace === true
  /** The valid records, normalized, sorted by id, and a map of them by id in that order. */
  const finish = <T, R extends {id: string}>(entries: Map<string, Entry<T>>, normalize: (t: T) => R): [R[], Map<string, R>] => {
    const out: R[] = []
    for (const e of entries.values()) {
      if (e.valid) out.push(e.normalized ? e.record as unknown as R : normalize(e.record!))
      e.record = null
    }
    out.sort(byId)
    const map = new Map<string, R>()
    for (const r of out) map.set(r.id, r)
    return [out, map]
  }
  // Systems are always new records of one shape (see model.ts): the hot paths read them.
  const intern = options.intern ?? stringInterner()
  for (const id of nodes.keys()) intern(id)
  for (const id of networks.keys()) intern(id)
  const [sys, system] = finish(systems, (s: S.System) => normalizeSystem(s, intern))
  // A node's or network's id is the very string its systems hold (they may have been read first).
  const own = <R extends {id: string}>(r: R): R => {
    r.id = intern(r.id)
    return r
  }
  const [nod, node] = finish(nodes, (n: S.Node) => own(inPlace ? normalizeNodeInPlace(n) : normalizeNode(n)))
  const [net, network] = finish(networks, (n: S.Network) => own(inPlace ? normalizeNetworkInPlace(n) : normalizeNetwork(n)))
  const inventory: Inventory = {
    systems: sys,
    nodes: nod,
    networks: net,
    measurements,
    planConfig: plans[0] ? {config: plans[0].value as unknown as S.PlanConfig, file: plans[0].file} : undefined,
    system,
    node,
    network,
    origin: new Origins([['system', 'systems', systems], ['node', 'nodes', nodes], ['network', 'networks', networks]]),
    files,
  }
  const all = [...earlier, ...problems]
  return all.length === 0 ? {ok: true, value: inventory} : {ok: false, problems: all, partial: inventory}
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/**
 * Reported figures: either a value or a numerator and denominator, a department or a region (not both),
 * and one record per indicator, month and scope — a second one is a duplicate at its own position.
 */
function collectMeasurements(documents: CheckedDocument[], problems: Problem[]): MeasurementRecord[] {
  const first = new Map<string, Position>()
  const out: MeasurementRecord[] = []
  const ordered = documents.filter(d => d.kind === 'Measurements').sort((a, b) => cmp(a.file, b.file))
  for (const doc of ordered) {
    const items = doc.value.measurements as S.Measurement[]
    items.forEach((m, i) => {
      if (doc.invalidRecords.has(i)) return
      const at: Position = {file: doc.file, pointer: `/measurements/${i}`}
      const ratio = m.numerator !== undefined || m.denominator !== undefined
      if (m.value !== undefined ? ratio : m.numerator === undefined || m.denominator === undefined) {
        problems.push(problem('MEASUREMENT_SHAPE', doc.file, at.pointer, {indicator: m.indicator, period: m.period}))
        return
      }
      if (m.department !== undefined && m.region !== undefined) {
        problems.push(problem('MEASUREMENT_SCOPE', doc.file, `${at.pointer}/region`, {indicator: m.indicator, period: m.period}))
        return
      }
      const key = `${m.indicator}|${m.period}|${measurementScope(m)}`
      const seen = first.get(key)
      if (seen) {
        const p = problem('DUPLICATE_MEASUREMENT', doc.file, at.pointer, {indicator: m.indicator, period: m.period, scope: m.department ?? m.region ?? ''})
        p.related = seen
        problems.push(p)
        return
      }
      first.set(key, at)
      out.push({...m, at})
    })
  }
  return out.sort((a, b) => cmp(a.indicator, b.indicator) || cmp(a.period, b.period) || cmp(measurementScope(a), measurementScope(b)))
}
