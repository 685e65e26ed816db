// What `import --merge` changes: each sheet row matched to the inventory record of the same id (for
// reported indicators: the same indicator, month and scope), the fields of the sheet's columns compared
// as the inventory means them (a default written out equals the default left out: 否 matches a missing
// `classified`), new rows, and the records the sheet was expected to hold but does not.
import {type FieldSpec, IMPORT_FIELDS, type ImportKind} from './import-fields.js'
import {type MeasurementRecord, measurementScope, normalizeNetwork, normalizeNode, normalizeSystem} from '../inventory/model.js'
import type * as S from '../inventory/schema-types.js'
import {valueAt} from '../export/survey-columns.js'

export interface ExistingRecord {
  key: string
  /** The file it is written in, and its index in the file's list. */
  file: string
  index: number
  /** As the inventory holds it (defaults applied). */
  record: Record<string, unknown>
  classified: boolean
}

export interface FieldChange {
  path: string
  /** Undefined: the field is removed. */
  value?: unknown
}

export interface RecordUpdate {
  key: string
  file: string
  index: number
  changes: FieldChange[]
  classified: boolean
}

export interface MergePlan {
  updates: RecordUpdate[]
  /** Sheet rows whose key the inventory does not hold, in sheet order. */
  additions: Array<{key: string; record: Record<string, unknown>; classified: boolean}>
  /** Keys expected back (the department's records) that the sheet does not hold, sorted. */
  missing: string[]
}

/** A record's key: its id; a reported figure's indicator, month and scope. */
export function recordKey(kind: ImportKind, record: Record<string, unknown>): string {
  if (kind !== 'measurements') return String(record.id)
  return `${String(record.indicator)}@${String(record.period)}@${measurementScope(record as unknown as S.Measurement)}`
}

export function isClassifiedRecord(kind: ImportKind, record: Record<string, unknown>): boolean {
  if (kind === 'systems' || kind === 'nodes') return record.classified === true
  return kind === 'networks' && record.type === 'classified'
}

/** The record with the inventory's defaults filled in, so that a default written and one left out compare equal. */
function normalized(kind: ImportKind, record: Record<string, unknown>): Record<string, unknown> {
  if (kind === 'systems') return normalizeSystem(record as unknown as S.System) as unknown as Record<string, unknown>
  if (kind === 'nodes') return normalizeNode(record as unknown as S.Node) as unknown as Record<string, unknown>
  if (kind === 'networks') return normalizeNetwork(record as unknown as S.Network) as unknown as Record<string, unknown>
  const {at: _at, ...rest} = record as unknown as MeasurementRecord
  return rest as unknown as Record<string, unknown>
}

/** A deep copy of the record with `path` set (or removed, for undefined), empty objects left behind removed. */
function withValue(record: Record<string, unknown>, path: string, value: unknown): Record<string, unknown> {
  const keys = path.split('.')
  const copy = structuredClone(record)
  const parents: Array<Record<string, unknown>> = [copy]
  let cur = copy
  for (const k of keys.slice(0, -1)) {
    const next = cur[k]
    if (next === null || typeof next !== 'object' || Array.isArray(next)) {
      if (value === undefined) return copy
      cur[k] = {}
    }
    cur = cur[k] as Record<string, unknown>
    parents.push(cur)
  }
  const last = keys.at(-1) as string
  if (value === undefined) delete cur[last]
  else cur[last] = value
  for (let i = parents.length - 1; i > 0; i--) if (Object.keys(parents[i]).length === 0) delete parents[i - 1][keys[i - 1]]
  return copy
}

export function isDeepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  if (Array.isArray(a)) return a.length === (b as unknown[]).length && a.every((x, i) => isDeepEqual(x, (b as unknown[])[i]))
  const ka = Object.keys(a).filter(k => (a as Record<string, unknown>)[k] !== undefined)
  const kb = Object.keys(b).filter(k => (b as Record<string, unknown>)[k] !== undefined)
  return ka.length === kb.length && ka.every(k => isDeepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
}

/** An empty list is what a blank cell of a list column means: `addresses: []` and no addresses compare equal. */
const orAbsent = (v: unknown): unknown => (Array.isArray(v) && v.length === 0 ? undefined : v)

export interface MergeInput {
  kind: ImportKind
  /** The records the sheet gives, in sheet order. */
  sheet: Array<Record<string, unknown>>
  /** The field paths the sheet has a column for; other fields of a record are left as they are. */
  fields: ReadonlySet<string>
  existing: ReadonlyMap<string, ExistingRecord>
  /** The keys the sheet was sent with (the department's records). */
  expected: readonly string[]
  /**
   * Whether the sheet could show a field's value (a `disasterRecovery: {node}` has no 是/否): a value it
   * cannot show comes back blank, and a blank then means "not shown", not "removed".
   */
  shown?: (spec: FieldSpec, value: unknown) => boolean
}

export function planMerge(input: MergeInput): MergePlan {
  const specs = IMPORT_FIELDS[input.kind].filter(s => input.fields.has(s.path) && s.path !== 'id')
  const plan: MergePlan = {updates: [], additions: [], missing: []}
  const seen = new Set<string>()
  for (const row of input.sheet) {
    const key = recordKey(input.kind, row)
    seen.add(key)
    const old = input.existing.get(key)
    if (!old) {
      plan.additions.push({key, record: row, classified: isClassifiedRecord(input.kind, row)})
      continue
    }
    const before = normalized(input.kind, old.record)
    let applied = old.record
    const changes: FieldChange[] = []
    for (const spec of specs) {
      const value = valueAt(row, spec.path)
      const current = valueAt(before, spec.path)
      const written = valueAt(old.record, spec.path)
      if (value === undefined && written !== undefined && input.shown && !input.shown(spec, written)) continue
      // Most cells come back as they went: equal values need no copy of the record to compare defaults.
      if (isDeepEqual(orAbsent(value), orAbsent(current))) continue
      const next = withValue(applied, spec.path, value)
      if (isDeepEqual(orAbsent(valueAt(normalized(input.kind, next), spec.path)), orAbsent(current))) continue
      applied = next
      changes.push(value === undefined ? {path: spec.path} : {path: spec.path, value})
    }
    if (changes.length > 0) plan.updates.push({key, file: old.file, index: old.index, changes, classified: old.classified || isClassifiedRecord(input.kind, applied)})
  }
  plan.missing = input.expected.filter(k => !seen.has(k)).sort()
  return plan
}
