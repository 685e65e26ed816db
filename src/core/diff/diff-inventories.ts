// What changed between two inventory snapshots: systems added, removed and moved between nodes (on or
// off the one cloud), fields changed, nodes and networks added, removed and changed, and the adoption
// rate before and after.
import {computeAdoption} from '../adoption/compute-adoption.js'
import type {Inventory} from '../inventory/model.js'
import {type OneCloudDefinition, isOnCloud} from '../inventory/scope.js'
import type {Finding} from '../rules/run-check.js'
import {type FindingsDiff, diffFindings} from './diff-findings.js'

export interface MovedSystem {
  id: string
  /** Node ids. */
  from: string
  to: string
  onCloudBefore: boolean
  onCloudAfter: boolean
}

export interface ChangedSystem {
  id: string
  /** Top-level fields whose value changed (hosting is reported as a move). */
  fields: string[]
}

/** Nodes or networks: ids only in the later snapshot, only in the earlier one, and in both with fields changed. */
export interface RecordsDiff {
  added: string[]
  removed: string[]
  changed: ChangedSystem[]
}

export interface NodesDiff extends RecordsDiff {
  /** Classified nodes (or networks of type classified) left out of the lists (zero with includeClassified). */
  classified: number
}

export interface BeforeAfter {
  before: number
  after: number
}

export interface DiffResult {
  added: string[]
  removed: string[]
  moved: MovedSystem[]
  changed: ChangedSystem[]
  rate: BeforeAfter
  adjustedRate: BeforeAfter
  onCloud: BeforeAfter
  total: BeforeAfter
  /** Classified systems left out of the lists above (all zero with includeClassified). */
  classified: {added: number; removed: number; moved: number; changed: number; findings: number}
  findings: FindingsDiff
  nodes: NodesDiff
  networks: NodesDiff
}

export interface DiffOptions {
  asOf: string
  oneCloud: OneCloudDefinition
  includeClassified?: boolean
  /** The compliance findings of one snapshot (the policy's rules, run by the caller); none when absent. */
  findings?: (inv: Inventory) => Finding[]
}

/** Values compared as canonical JSON, so key order in the files does not make a change. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`
  if (v !== null && typeof v === 'object') {
    return `{${Object.keys(v).sort().map(k => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`).join(',')}}`
  }
  return JSON.stringify(v) ?? 'null'
}

function changedFields(a: object, b: object, skip?: string): string[] {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)])
  if (skip) keys.delete(skip)
  const ra = a as Record<string, unknown>
  const rb = b as Record<string, unknown>
  return [...keys].filter(k => canonical(ra[k]) !== canonical(rb[k])).sort()
}

/** Records added, removed and changed between two id-sorted lists, leaving out (and counting) the hidden ones. */
function diffRecords<T extends {id: string}>(before: readonly T[], beforeById: ReadonlyMap<string, T>, after: readonly T[], afterById: ReadonlyMap<string, T>, hidden: (id: string) => boolean): {diff: RecordsDiff; hidden: number} {
  const out: RecordsDiff = {added: [], removed: [], changed: []}
  let count = 0
  const keep = (id: string) => {
    if (!hidden(id)) return true
    count++
    return false
  }
  for (const r of after) if (!beforeById.has(r.id) && keep(r.id)) out.added.push(r.id)
  for (const r of before) if (!afterById.has(r.id) && keep(r.id)) out.removed.push(r.id)
  for (const r of after) {
    const old = beforeById.get(r.id)
    if (!old) continue
    const fields = changedFields(old, r)
    if (fields.length > 0 && keep(r.id)) out.changed.push({id: r.id, fields})
  }
  return {diff: out, hidden: count}
}

export function diffInventories(before: Inventory, after: Inventory, o: DiffOptions): DiffResult {
  const oneCloud = o.oneCloud
  const hidden = (id: string) => !o.includeClassified && (before.system.get(id)?.classified === true || after.system.get(id)?.classified === true)
  const classified = {added: 0, removed: 0, moved: 0, changed: 0, findings: 0}
  const list = <T>(items: T[], id: (x: T) => string, key: keyof typeof classified): T[] =>
    items.filter(x => {
      if (!hidden(id(x))) return true
      classified[key]++
      return false
    })

  // Inventories keep systems sorted by id, so every list below comes out sorted by id.
  const added = list(after.systems.filter(s => !before.system.has(s.id)).map(s => s.id), x => x, 'added')
  const removed = list(before.systems.filter(s => !after.system.has(s.id)).map(s => s.id), x => x, 'removed')
  const moved: MovedSystem[] = []
  const changed: ChangedSystem[] = []
  for (const s of after.systems) {
    const old = before.system.get(s.id)
    if (!old) continue
    if (old.hosting.node !== s.hosting.node) {
      moved.push({id: s.id, from: old.hosting.node, to: s.hosting.node, onCloudBefore: isOnCloud(before, old, oneCloud), onCloudAfter: isOnCloud(after, s, oneCloud)})
    }
    const fields = changedFields(old, s, 'hosting')
    if (fields.length > 0) changed.push({id: s.id, fields})
  }
  const secret = (f: Finding) => f.subject.kind === 'system' && Boolean(before.system.get(f.subject.id)?.classified || after.system.get(f.subject.id)?.classified)
  const findings = diffFindings(o.findings?.(before) ?? [], o.findings?.(after) ?? [], f => !o.includeClassified && secret(f))
  classified.findings = findings.hidden
  const hiddenNode = (id: string) => !o.includeClassified && (before.node.get(id)?.classified === true || after.node.get(id)?.classified === true)
  const nodes = diffRecords(before.nodes, before.node, after.nodes, after.node, hiddenNode)
  // A network has no classified flag; a classified network (涉密网络) is one of type classified.
  const hiddenNetwork = (id: string) => !o.includeClassified && (before.network.get(id)?.type === 'classified' || after.network.get(id)?.type === 'classified')
  const networks = diffRecords(before.networks, before.network, after.networks, after.network, hiddenNetwork)
  const a = computeAdoption(before, before.systems, {asOf: o.asOf, oneCloud})
  const b = computeAdoption(after, after.systems, {asOf: o.asOf, oneCloud})
  return {
    added,
    removed,
    moved: list(moved, m => m.id, 'moved'),
    changed: list(changed, c => c.id, 'changed'),
    rate: {before: a.rate, after: b.rate},
    adjustedRate: {before: a.adjustedRate, after: b.adjustedRate},
    onCloud: {before: a.onCloud, after: b.onCloud},
    total: {before: a.total, after: b.total},
    classified,
    findings: {new: findings.new, resolved: findings.resolved},
    nodes: {...nodes.diff, classified: nodes.hidden},
    networks: {...networks.diff, classified: networks.hidden},
  }
}
