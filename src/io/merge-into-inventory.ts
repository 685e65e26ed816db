// `import --merge`: the sheet's records merged into the inventory's files. Reads the inventory, plans
// the changes (core/import/plan-merge), writes them into the texts of the files in memory, and loads
// the result as `validate` would: the caller writes the texts only when that load succeeds.
import {existsSync} from 'node:fs'
import {dirname, extname, join, posix, relative, resolve, sep} from 'node:path'
import {YunwangError} from '../core/errors.js'
import {departmentRecords} from '../core/export/department-records.js'
import {surveyColumns, cellFor} from '../core/export/survey-columns.js'
import type {ImportKind} from '../core/import/import-fields.js'
import {type ExistingRecord, type MergePlan, planMerge, recordKey} from '../core/import/plan-merge.js'
import type {Inventory} from '../core/inventory/model.js'
import {safeFileName} from '../core/text/safe-file-name.js'
import {inventoryYaml} from '../render/inventory-yaml.js'
import {type FileEdits, editInventoryYaml} from './edit-inventory-yaml.js'
import {findInventoryFiles} from './find-inventory-files.js'
import {type LoadResult, loadSources} from './load-inventory.js'
import {SCHEMA_DIR} from './load-schemas.js'
import {type Source, readSource} from './read-source.js'

const DOCUMENT_KIND = {systems: 'SystemInventory', nodes: 'NodeInventory', networks: 'NetworkInventory', measurements: 'Measurements'} as const
const SCHEMA = {systems: 'system-inventory', nodes: 'node-inventory', networks: 'network-inventory', measurements: 'measurements'} as const
const ORIGIN = {systems: 'system', nodes: 'node', networks: 'network'} as const

export interface MergeRequest {
  kind: ImportKind
  inventoryPath: string
  inventory: Inventory
  /** The inventory's files as loaded. */
  files: string[]
  sheet: Array<Record<string, unknown>>
  fields: ReadonlySet<string>
  /** The department the sheet was sent to; by default those of its rows. */
  department?: string
  includeClassified: boolean
  deleteMissing: boolean
  cwd: string
}

export interface MergeOutcome {
  plan: MergePlan
  /** Keys of the missing records removed (with --delete). */
  deleted: string[]
  /** Where each added record goes. */
  addedTo: Map<string, string>
  /** Files changed or created, with their new text. */
  writes: Array<{path: string; text: string; created: boolean}>
  after: LoadResult
}

/** Whose the record is: a system's department, a network's owner, a figure's department; nodes have none. */
function departmentOf(kind: ImportKind, r: Record<string, unknown>): string | undefined {
  const d = kind === 'networks' ? r.owner : kind === 'nodes' ? undefined : r.department
  return typeof d === 'string' ? d : undefined
}

function existingRecords(kind: ImportKind, inv: Inventory): Map<string, ExistingRecord> {
  const out = new Map<string, ExistingRecord>()
  if (kind === 'measurements') {
    for (const m of inv.measurements) {
      const r = m as unknown as Record<string, unknown>
      out.set(recordKey(kind, r), {key: recordKey(kind, r), file: m.at.file, index: Number(m.at.pointer.split('/')[2]), record: r, classified: false})
    }
    return out
  }
  const list = inv[kind] as unknown as Array<Record<string, unknown>>
  for (const r of list) {
    const at = inv.origin.get(`${ORIGIN[kind]}:${String(r.id)}`)
    if (!at) continue
    const classified = kind === 'networks' ? r.type === 'classified' : r.classified === true
    out.set(String(r.id), {key: String(r.id), file: at.file, index: Number(at.pointer.split('/')[2]), record: r, classified})
  }
  return out
}

export function mergeIntoInventory(q: MergeRequest): MergeOutcome {
  const {kind, inventory: inv} = q
  const existing = existingRecords(kind, inv)
  const departments = q.department !== undefined ? [q.department]
    : kind === 'nodes' ? [] : [...new Set(q.sheet.map(r => departmentOf(kind, r)).filter((d): d is string => d !== undefined))]
  const expected = departments.flatMap(department => departmentRecords(inv, kind, {department, includeClassified: q.includeClassified}).records.map(r => recordKey(kind, r)))
  const columns = new Map(surveyColumns(kind, 'zh').map(c => [c.spec.path, c]))
  const plan = planMerge({
    kind, sheet: q.sheet, fields: q.fields, existing, expected,
    shown: (spec, value) => {
      const c = columns.get(spec.path)
      return c === undefined || cellFor(c, value, 'zh') !== null || (Array.isArray(value) && value.length === 0)
    },
  })
  const edits = new Map<string, FileEdits>()
  const editsOf = (file: string) => {
    let e = edits.get(file)
    if (!e) edits.set(file, (e = {updates: [], deletions: [], additions: []}))
    return e
  }
  for (const u of plan.updates) editsOf(u.file).updates.push({index: u.index, changes: u.changes})
  const deleted = q.deleteMissing ? plan.missing : []
  for (const key of deleted) {
    const old = existing.get(key)
    if (old) editsOf(old.file).deletions.push(old.index)
  }
  const addedTo = new Map<string, string>()
  const created = new Map<string, Array<Record<string, unknown>>>()
  for (const a of plan.additions) {
    const file = targetFile(q, existing, departmentOf(kind, a.record))
    addedTo.set(a.key, file)
    if (q.files.includes(file)) editsOf(file).additions.push(a.record)
    else created.set(file, [...(created.get(file) ?? []), a.record])
  }
  const texts = new Map<string, string>()
  const writes: MergeOutcome['writes'] = []
  for (const [file, e] of [...edits].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    // JSON has no comments to keep and no layout the yaml writer reproduces: a JSON file is left to be edited by hand.
    if (extname(file).toLowerCase() === '.json') throw new YunwangError('MERGE_JSON', {file})
    const src = readSource(file, q.cwd)
    if ('code' in src) throw new YunwangError('INVALID_INPUT', {}, [src])
    const text = editInventoryYaml(src.text, kind, e)
    texts.set(file, text)
    writes.push({path: file, text, created: false})
  }
  for (const [file, records] of created) {
    if (existsSync(resolve(q.cwd, file))) throw new YunwangError('WRITE_EXISTS', {path: file})
    const schemaPath = relative(resolve(q.cwd, dirname(file)), join(SCHEMA_DIR, `${SCHEMA[kind]}.schema.json`)).split(sep).join(posix.sep)
    const text = inventoryYaml({kind: DOCUMENT_KIND[kind], list: kind, records, schemaPath})
    texts.set(file, text)
    writes.push({path: file, text, created: true})
  }
  const sources: Source[] = []
  for (const file of q.files) {
    const text = texts.get(file)
    if (text !== undefined) sources.push({file, text})
    else {
      const src = readSource(file, q.cwd)
      if ('code' in src) throw new YunwangError('INVALID_INPUT', {}, [src])
      sources.push(src)
    }
  }
  for (const w of writes) if (w.created) sources.push({file: w.path, text: w.text})
  const after = loadSources(sources, [], {cwd: q.cwd})
  return {plan, deleted, addedTo, writes, after}
}

/**
 * Where a new record goes: the file holding most of its department's records of the kind (the first of
 * them in sorted order on a tie); else the one file holding every record of the kind; else, for an inventory folder, a new file `<folder>/<kind>/<department>.yaml`
 * (nodes, which name no department: the file holding most nodes); for an inventory of one file, that file.
 */
function targetFile(q: MergeRequest, existing: ReadonlyMap<string, ExistingRecord>, department: string | undefined): string {
  const count = new Map<string, number>()
  for (const r of existing.values()) {
    if (department !== undefined && departmentOf(q.kind, r.record) !== department) continue
    count.set(r.file, (count.get(r.file) ?? 0) + 1)
  }
  const best = [...count].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0))[0]
  if (best) return best[0]
  // Every record of the kind in one file (systems.yaml): the new department's records join them there.
  const files = new Set([...existing.values()].map(r => r.file))
  if (files.size === 1) return [...files][0]
  const found = findInventoryFiles([q.inventoryPath], q.cwd)
  const isFile = found.files.length === 1 && found.files[0] === q.inventoryPath
  if (isFile) return q.inventoryPath
  return join(q.inventoryPath, q.kind, `${safeFileName(department ?? q.kind)}.yaml`)
}
