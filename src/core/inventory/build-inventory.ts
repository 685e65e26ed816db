// Second pass: merges the documents of each kind, checks ids and references across files, applies
// defaults and sorts records by id, so that file and record order never change a result.
import {type Position, type Problem, problem} from '../errors.js'
import {nearest} from '../text/nearest.js'
import type {CheckedDocument} from './check-documents.js'
import {
  type Inventory, type MeasurementRecord, type NetworkRecord, type NodeRecord, type SystemRecord,
  measurementScope, normalizeNetwork, normalizeNode, normalizeSystem,
} from './model.js'
import type * as S from './schema-types.js'

export type BuildResult = {ok: true; value: Inventory} | {ok: false; problems: Problem[]; partial: Inventory}

interface Entry<T> {
  record: T
  at: Position
  valid: boolean
  /** False past the problem cap: the record was not checked, and its references are not either. */
  checked: boolean
}

/** Suggestions cost a scan of all ids; past this many dangling references they are left out. */
const MAX_SUGGESTIONS = 50

const byId = <T extends {id: string}>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

export function buildInventory(documents: CheckedDocument[], earlier: Problem[] = []): BuildResult {
  const problems: Problem[] = []
  const origin = new Map<string, Position>()
  const files = [...new Set(documents.map(d => d.file))].sort()

  const collect = <T extends {id?: unknown}>(kind: 'system' | 'node' | 'network', list: 'systems' | 'nodes' | 'networks') => {
    const entries = new Map<string, Entry<T>>()
    const ordered = documents.filter(d => d.value[list] !== undefined).sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))
    for (const doc of ordered) {
      const items = doc.value[list] as unknown[]
      items.forEach((item, i) => {
        const rec = item as T
        if (rec === null || typeof rec !== 'object' || typeof rec.id !== 'string') return
        const at: Position = {file: doc.file, pointer: `/${list}/${i}`}
        const first = entries.get(rec.id)
        if (first) {
          const p = problem('DUPLICATE_ID', doc.file, `/${list}/${i}/id`, {kind, id: rec.id})
          p.related = {file: first.at.file, pointer: `${first.at.pointer}/id`}
          problems.push(p)
          return
        }
        const checked = i < doc.checkedRecords
        entries.set(rec.id, {record: rec, at, valid: checked && !doc.invalidRecords.has(i), checked})
        origin.set(`${kind}:${rec.id}`, at)
      })
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
    [...pool].filter(([, e]) => !('classified' in e.record && e.record.classified === true)).map(([id]) => id)
  const dangling = (code: 'UNKNOWN_NODE' | 'UNKNOWN_NETWORK' | 'UNKNOWN_SYSTEM', at: Position, id: string, pool: Map<string, Entry<object>>) => {
    const near = suggestions++ < MAX_SUGGESTIONS ? nearest(id, offered(pool)) : undefined
    problems.push(problem(code, at.file, at.pointer, {id, ...(near ? {near} : {})}))
  }

  // Records with schema problems are checked too, wherever a reference is well-formed, so that one
  // run reports every problem rather than revealing them one fix at a time.
  const str = (v: unknown): v is string => typeof v === 'string'
  for (const [id, {record: s, at, checked}] of systems) {
    if (!checked) continue
    const node = s.hosting?.node
    if (str(node) && !nodes.has(node)) dangling('UNKNOWN_NODE', {...at, pointer: `${at.pointer}/hosting/node`}, node, nodes)
    if (Array.isArray(s.networks)) {
      s.networks.forEach((n, i) => {
        if (str(n) && !networks.has(n)) dangling('UNKNOWN_NETWORK', {...at, pointer: `${at.pointer}/networks/${i}`}, n, networks)
      })
    }
    if (Array.isArray(s.dependsOn)) {
      s.dependsOn.forEach((d, i) => {
        const target = str(d) ? d : d !== null && typeof d === 'object' ? d.system : undefined
        if (!str(target)) return
        const pointer = str(d) ? `${at.pointer}/dependsOn/${i}` : `${at.pointer}/dependsOn/${i}/system`
        if (target === id) problems.push(problem('SELF_DEPENDENCY', at.file, pointer, {id}))
        else if (!systems.has(target)) dangling('UNKNOWN_SYSTEM', {...at, pointer}, target, systems)
      })
    }
    const target = s.migration?.targetNode
    if (str(target) && !nodes.has(target)) dangling('UNKNOWN_NODE', {...at, pointer: `${at.pointer}/migration/targetNode`}, target, nodes)
    const dr = s.disasterRecovery
    const drNode = dr !== null && typeof dr === 'object' ? dr.node : undefined
    if (str(drNode) && !nodes.has(drNode)) dangling('UNKNOWN_NODE', {...at, pointer: `${at.pointer}/disasterRecovery/node`}, drNode, nodes)
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

  const validOnly = <T, R>(entries: Map<string, Entry<T>>, normalize: (t: T) => R) =>
    [...entries.values()].filter(e => e.valid).map(e => normalize(e.record))
  const sys = validOnly(systems, normalizeSystem).sort(byId)
  const nod = validOnly(nodes, normalizeNode).sort(byId)
  const net = validOnly(networks, normalizeNetwork).sort(byId)
  const inventory: Inventory = {
    systems: sys,
    nodes: nod,
    networks: net,
    measurements,
    planConfig: plans[0] ? {config: plans[0].value as unknown as S.PlanConfig, file: plans[0].file} : undefined,
    system: new Map(sys.map(s => [s.id, s] as [string, SystemRecord])),
    node: new Map(nod.map(n => [n.id, n] as [string, NodeRecord])),
    network: new Map(net.map(n => [n.id, n] as [string, NetworkRecord])),
    origin,
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
