// `yunwang import FILE --kind systems|nodes|networks --out DIR`: a survey sheet (摸底清查表, .xlsx or
// .csv) to an inventory YAML file; every rejected cell named by its address, nothing written then.
import {dirname, join, posix, relative, resolve, sep} from 'node:path'
import * as Args from '@oclif/core/args'
import * as Flags from '@oclif/core/flags'
import {BaseCommand} from '../base-command.js'
import {departmentFlag, forceFlag, includeClassifiedFlag, surveyKindFlag} from '../flags.js'
import {EXIT, YunwangError} from '../core/errors.js'
import {oneLine} from '../core/text/one-line.js'
import {type ImportKind, valueKey} from '../core/import/import-fields.js'
import {type ImportColumn, type ImportProblem, type RefIndex, importSheet} from '../core/import/import-sheet.js'
import {type Lang, labelFor, t} from '../i18n/index.js'
import {loadInventory} from '../io/load-inventory.js'
import {SCHEMA_DIR, documentValidator} from '../io/load-schemas.js'
import type {SchemaCheck} from '../core/inventory/check-documents.js'
import {readImportMap} from '../io/read-import-map.js'
import {readRegionNames} from '../io/read-region-names.js'
import {terminalText} from '../render/escape/terminal-text.js'
import {readSheet} from '../io/read-sheet.js'
import {writeOutput, writeOutputs} from '../io/write-output.js'
import {inventoryYaml} from '../render/inventory-yaml.js'
import type {Inventory} from '../core/inventory/model.js'
import {type DiffResult, diffInventories} from '../core/diff/diff-inventories.js'
import {runCheck} from '../core/rules/run-check.js'
import {loadRegionNames} from '../io/load-regions.js'
import {renderDiff} from '../render/diff-summary.js'

const DOCUMENT = {
  systems: {kind: 'SystemInventory', schema: 'system-inventory.schema.json'},
  nodes: {kind: 'NodeInventory', schema: 'node-inventory.schema.json'},
  networks: {kind: 'NetworkInventory', schema: 'network-inventory.schema.json'},
  measurements: {kind: 'Measurements', schema: 'measurements.schema.json'},
} as const

export interface ImportProblemJson {
  cell: string
  row: number
  column: string
  field?: string
  header?: string
  value?: string
  code: string
  message: string
}

export interface ImportResult {
  ok: boolean
  kind: ImportKind
  file: string
  sheet: string
  headerRow: number
  /** The file written (DIR/<kind>.yaml); null when nothing was written. */
  out: string | null
  /** ignoredColumns and errors: how many there are, of which at most LIST_LIMIT and ERROR_LIMIT are listed. */
  counts: {rows: number; records: number; generatedIds: number; ignoredColumns: number; errors: number}
  columns: Array<{cell: string; header: string; field: string}>
  ignoredColumns: Array<{cell: string; header: string}>
  errors: ImportProblemJson[]
  /** With --merge: what changed in the inventory (classified records counted, not named, without --include-classified). */
  merge?: MergeJson
}

export interface MergeJson {
  inventory: string
  dryRun: boolean
  /** Records whose fields changed, with the field paths. */
  updated: Array<{id: string; fields: string[]}>
  /** New records and the file each went to. */
  added: Array<{id: string; file: string}>
  /** Records of the department the sheet does not hold. */
  missing: string[]
  /** Of those, the records removed (--delete). */
  deleted: string[]
  classified: {updated: number; added: number}
  /** Files written (or, with --dry-run, that would be), sorted. */
  files: string[]
  diff: DiffResult
}

/** At most this many items of any list import prints or returns (columns, errors); the rest are counted. */
export const LIST_LIMIT = 20
/** Problems are listed up to the bound `validate` uses; a sheet with more has one mistake repeated. */
export const ERROR_LIMIT = 500

function problemJson(p: ImportProblem, columns: Map<number, ImportColumn>, lang: Lang): ImportProblemJson {
  // The header is named when the problem is about the field of its column (not a missing field placed at the name).
  const column = columns.get(p.column)
  const header = column && column.field === p.field ? column.header : undefined
  const field = p.field === undefined ? '' : header ? `「${header}」(${p.field})` : p.field
  // An objection of the schema that has no import wording of its own keeps the schema's words.
  const reason = typeof p.data.schemaCode === 'string' ? labelFor(lang, 'problem.', p.data.schemaCode, {...p.data, value: p.value ?? ''}) : ''
  const message = t(lang, `import.problem.${p.code}`, {...p.data, field, value: p.value ?? '', reason})
  return {cell: p.cell, row: p.row, column: p.cell.replace(/^.*!([A-Z]+)\d+$/, '$1'), ...(p.field ? {field: p.field} : {}), ...(header && p.field ? {header} : {}), ...(p.value === undefined ? {} : {value: p.value}), code: p.code, message}
}

const schemaCheck: SchemaCheck = (kind, value) => {
  const validate = documentValidator(kind)
  return validate(value) ? [] : [...(validate.errors ?? [])]
}

function refIndex(records: Array<{id: string; name: string}>): RefIndex {
  return {ids: new Set(records.map(r => r.id)), byName: new Map(records.map(r => [valueKey(r.name), r.id]))}
}

export default class Import extends BaseCommand<typeof Import> {
  static override summary = 'Import a survey spreadsheet (.xlsx/.csv) as inventory YAML. 将摸底清查表导入为清单。'
  static override description = `Reads Chinese survey headers (系统名称, 责任单位, 部署节点, …) or the English field names, or your own with --map; normalises values (是/否, 三级, 省级, 在用, 部门云, lists split on 、,，;；). Rows without an id get a stable one hashed from the name (sys-/node-/net- and 10 hex digits). Every rejected cell is reported as Sheet!C12 and nothing is written (exit 2). Writes DIR/<kind>.yaml atomically; never overwrites without --force.`
  static override args = {file: Args.string({description: 'survey file: .xlsx or .csv', required: true})}
  static override flags = {
    kind: surveyKindFlag,
    out: Flags.string({summary: 'Folder to write <kind>.yaml into. 输出目录。', exclusive: ['merge']}),
    merge: Flags.string({summary: 'Merge the rows into this inventory (file or folder), in place, by id. 按标识合并入该清单。', exclusive: ['out']}),
    'dry-run': Flags.boolean({default: false, summary: 'With --merge: show the changes, write nothing. 只显示变化，不写入。'}),
    delete: Flags.boolean({default: false, summary: 'With --merge: remove the department\'s records the sheet no longer holds. 删除表中已无的记录。'}),
    department: departmentFlag,
    'include-classified': includeClassifiedFlag,
    map: Flags.string({summary: 'YAML mapping of header → field, for other layouts. 表头到字段的映射文件。'}),
    sheet: Flags.string({summary: 'Worksheet to read (default: the one named for the kind, else the first). 工作表名称。'}),
    inventory: Flags.string({summary: 'Inventory to resolve node/network/system names against (repeatable). 用于按名称解析引用的清单。', multiple: true}),
    force: forceFlag,
  }
  static override examples = [
    '<%= config.bin %> import examples/survey/摸底清查表-示例.xlsx --kind nodes --out inventory',
    '<%= config.bin %> import 摸底清查表.xlsx --kind systems --out inventory --inventory inventory',
    '<%= config.bin %> import survey.csv --kind systems --map headers.yaml --out inventory',
    '<%= config.bin %> import 人社厅.xlsx --kind systems --merge inventory --dry-run',
  ]

  public async run(): Promise<ImportResult> {
    const {file} = this.args
    const {kind, out: outDir, force, merge} = this.flags
    const cwd = process.cwd()
    if (outDir === undefined && merge === undefined) throw new YunwangError('BAD_FLAG', {reason: t(this.lang, 'merge.outOrMerge')})
    if (merge === undefined && (this.flags['dry-run'] || this.flags.delete || this.flags.department !== undefined)) throw new YunwangError('BAD_FLAG', {reason: t(this.lang, 'merge.onlyWithMerge')})
    const map = this.flags.map ? readImportMap(this.flags.map, cwd, kind) : undefined
    const target = merge === undefined ? undefined : this.loadMergeTarget(merge)
    const known = target || this.flags.inventory ? this.knownRecords(this.flags.inventory ?? [], target?.inventory) : undefined
    const table = await readSheet(file, cwd, {kind, sheet: this.flags.sheet})
    const imported = importSheet(table, kind, {map, regionsByName: readRegionNames(), known, schemaCheck})
    const headers = new Map<number, ImportColumn>()
    for (const c of imported.columns) headers.set(columnIndex(c.cell), c)
    const outFile = join(outDir ?? '.', `${kind}.yaml`)
    const ignored = imported.columns.filter(c => !c.field)
    const result: ImportResult = {
      ok: imported.problems.length === 0,
      kind,
      file,
      sheet: table.sheet,
      headerRow: imported.headerRow,
      out: null,
      counts: {rows: imported.rows, records: imported.records.length, generatedIds: imported.generatedIds, ignoredColumns: ignored.length, errors: imported.problems.length},
      columns: imported.columns.filter(c => c.field).map(c => ({cell: c.cell, header: c.header, field: c.field as string})),
      ignoredColumns: ignored.slice(0, LIST_LIMIT).map(c => ({cell: c.cell, header: c.header})),
      errors: imported.problems.slice(0, ERROR_LIMIT).map(p => problemJson(p, headers, this.lang)),
    }
    if (!result.ok) {
      this.setExitCode(EXIT.input)
      if (!this.jsonEnabled()) {
        for (const e of result.errors) process.stderr.write(`${e.cell}: ${e.message} [${e.code}]\n`)
        if (result.counts.errors > result.errors.length) process.stderr.write(`yunwang: ${t(this.lang, 'import.failedMore', {shown: result.errors.length, more: result.counts.errors - result.errors.length})}\n`)
        process.stderr.write(`yunwang: ${t(this.lang, 'import.failed', {count: result.counts.errors})}\n`)
      }
      return result
    }
    if (target && merge !== undefined) return this.merge(result, imported.records, new Set(result.columns.map(c => c.field)), merge, target)
    const doc = DOCUMENT[kind]
    const schemaPath = relative(resolve(cwd, dirname(outFile)), join(SCHEMA_DIR, doc.schema)).split(sep).join(posix.sep)
    const text = inventoryYaml({
      kind: doc.kind,
      list: kind,
      records: imported.records,
      schemaPath,
      comments: [`由 yunwang import 从 ${oneLine(file)}（工作表 ${oneLine(table.sheet)}）生成。 Imported by yunwang import from ${oneLine(file)} (sheet ${oneLine(table.sheet)}).`],
    })
    result.out = writeOutput(outFile, text, {cwd, force})
    if (!this.jsonEnabled()) {
      this.log(t(this.lang, 'import.done', {records: result.counts.records, kind: t(this.lang, `import.kind.${kind}`), source: terminalText(`${file}!${table.sheet}`), headerRow: result.headerRow, out: result.out}))
      if (result.counts.generatedIds > 0) this.log(t(this.lang, 'import.generatedIds', {count: result.counts.generatedIds, example: String(imported.records.find(r => r.id)?.id ?? '')}))
      if (result.ignoredColumns.length > 0) {
        const more = result.counts.ignoredColumns - result.ignoredColumns.length
        const columns = result.ignoredColumns.map(c => `${terminalText(c.header)} (${c.cell})`).join(', ') + (more > 0 ? ` ${t(this.lang, 'import.more', {count: more})}` : '')
        this.log(t(this.lang, 'import.ignored', {columns}))
      }
    }
    return result
  }

  private knownRecords(paths: string[], also?: Inventory): Partial<Record<ImportKind, RefIndex>> {
    const invs = [...(also ? [also] : []), ...(paths.length > 0 ? [this.loadOrThrow(paths).inventory] : [])]
    const index = (list: (inv: Inventory) => Array<{id: string; name: string}>) => refIndex(invs.flatMap(list))
    return {systems: index(inv => inv.systems), nodes: index(inv => inv.nodes), networks: index(inv => inv.networks)}
  }

  private loadOrThrow(paths: string[]): {inventory: Inventory; files: string[]} {
    const loaded = loadInventory(paths, {cwd: process.cwd()})
    if (!loaded.ok) throw new YunwangError('INVALID_INPUT', {}, loaded.problems)
    return loaded
  }

  private loadMergeTarget(path: string): {inventory: Inventory; files: string[]} {
    return this.loadOrThrow([path])
  }

  /** --merge: the changes written into the inventory's files in place (or shown, with --dry-run). */
  private async merge(result: ImportResult, records: Array<Record<string, unknown>>, fields: Set<string | undefined>, path: string, target: {inventory: Inventory; files: string[]}): Promise<ImportResult> {
    // The yaml package's Document API (72 modules) is needed by --merge alone.
    const {mergeIntoInventory} = await import('../io/merge-into-inventory.js')
    const {kind} = this.flags
    const cwd = process.cwd()
    const includeClassified = this.flags['include-classified']
    const dryRun = this.flags['dry-run']
    const outcome = mergeIntoInventory({
      kind, inventoryPath: path, inventory: target.inventory, files: target.files, sheet: records,
      fields: new Set([...fields].filter((f): f is string => f !== undefined)),
      department: this.flags.department, includeClassified, deleteMissing: this.flags.delete, cwd,
    })
    if (!outcome.after.ok) throw new YunwangError('MERGE_INVALID', {}, outcome.after.problems)
    const before = target.inventory
    const after = outcome.after.inventory
    const policy = this.policy()
    const regions = loadRegionNames()
    const findings = (inv: Inventory) => runCheck(inv, policy, {asOf: this.asOf, lang: this.lang, regions, includeClassified}).findings
    const diff = diffInventories(before, after, {asOf: this.asOf, oneCloud: policy.oneCloud, includeClassified, findings})
    const {plan} = outcome
    const shown = <T extends {classified: boolean}>(xs: T[]) => xs.filter(x => includeClassified || !x.classified)
    result.merge = {
      inventory: path,
      dryRun,
      updated: shown(plan.updates).map(u => ({id: u.key, fields: u.changes.map(c => c.path)})),
      added: shown(plan.additions).map(a => ({id: a.key, file: outcome.addedTo.get(a.key) ?? ''})),
      missing: plan.missing,
      deleted: outcome.deleted,
      classified: {updated: plan.updates.length - shown(plan.updates).length, added: plan.additions.length - shown(plan.additions).length},
      files: outcome.writes.map(w => w.path).sort(),
      diff,
    }
    if (!dryRun && outcome.writes.length > 0) {
      // The inventory's own files are rewritten (that is what --merge is for), all or none; a new file was
      // checked not to exist when it was planned.
      writeOutputs(outcome.writes.map(w => ({path: w.path, content: w.text})), {cwd, force: true})
    }
    if (!this.jsonEnabled()) {
      const m = result.merge
      process.stdout.write(renderDiff(diff, before, after, {before: path, after: `${path} + ${result.file}`}, this.lang, 'table'))
      this.log('')
      this.log(t(this.lang, dryRun ? 'merge.summaryDry' : 'merge.summary', {updated: plan.updates.length, added: plan.additions.length, files: m.files.length}))
      for (const a of m.added) this.log(t(this.lang, 'merge.addedTo', {id: terminalText(a.id), file: terminalText(a.file)}))
      if (m.missing.length > 0) {
        const listed = m.missing.slice(0, LIST_LIMIT).map(terminalText).join(', ') + (m.missing.length > LIST_LIMIT ? ` ${t(this.lang, 'import.more', {count: m.missing.length - LIST_LIMIT})}` : '')
        this.log(t(this.lang, this.flags.delete ? 'merge.deleted' : 'merge.missing', {count: m.missing.length, ids: listed}))
      }
    }
    return result
  }
}

function columnIndex(cell: string): number {
  const letters = /!([A-Z]+)\d+$/.exec(cell)?.[1] ?? 'A'
  let n = 0
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64)
  return n - 1
}
