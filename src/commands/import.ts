// `yunwang import FILE --kind systems|nodes|networks --out DIR`: a survey sheet (摸底清查表, .xlsx or
// .csv) to an inventory YAML file; every rejected cell named by its address, nothing written then.
import {dirname, join, posix, relative, resolve, sep} from 'node:path'
import {Args, Flags} from '@oclif/core'
import {BaseCommand} from '../base-command.js'
import {forceFlag} from '../flags.js'
import {EXIT, YunwangError} from '../core/errors.js'
import {oneLine} from '../core/text/one-line.js'
import {IMPORT_KINDS, type ImportKind, valueKey} from '../core/import/import-fields.js'
import {type ImportColumn, type ImportProblem, type RefIndex, importSheet} from '../core/import/import-sheet.js'
import {type Lang, labelFor, t} from '../i18n/index.js'
import {loadInventory} from '../io/load-inventory.js'
import {SCHEMA_DIR, documentValidator} from '../io/load-schemas.js'
import type {SchemaCheck} from '../core/inventory/check-documents.js'
import {readImportMap} from '../io/read-import-map.js'
import {readRegionNames} from '../io/read-region-names.js'
import {terminalText} from '../render/escape/terminal-text.js'
import {readSheet} from '../io/read-sheet.js'
import {writeOutput} from '../io/write-output.js'
import {inventoryYaml} from '../render/inventory-yaml.js'

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
    kind: Flags.option({options: IMPORT_KINDS, summary: 'What the sheet lists. 表中记录的类型。', required: true})(),
    out: Flags.string({summary: 'Folder to write <kind>.yaml into. 输出目录。', required: true}),
    map: Flags.string({summary: 'YAML mapping of header → field, for other layouts. 表头到字段的映射文件。'}),
    sheet: Flags.string({summary: 'Worksheet to read (default: the one named for the kind, else the first). 工作表名称。'}),
    inventory: Flags.string({summary: 'Inventory to resolve node/network/system names against (repeatable). 用于按名称解析引用的清单。', multiple: true}),
    force: forceFlag,
  }
  static override examples = [
    '<%= config.bin %> import examples/survey/摸底清查表-示例.xlsx --kind nodes --out inventory',
    '<%= config.bin %> import 摸底清查表.xlsx --kind systems --out inventory --inventory inventory',
    '<%= config.bin %> import survey.csv --kind systems --map headers.yaml --out inventory',
  ]

  public async run(): Promise<ImportResult> {
    const {file} = this.args
    const {kind, out: outDir, force} = this.flags
    const cwd = process.cwd()
    const map = this.flags.map ? readImportMap(this.flags.map, cwd, kind) : undefined
    const known = this.flags.inventory ? this.knownRecords(this.flags.inventory) : undefined
    const table = await readSheet(file, cwd, {kind, sheet: this.flags.sheet})
    const imported = importSheet(table, kind, {map, regionsByName: readRegionNames(), known, schemaCheck})
    const headers = new Map<number, ImportColumn>()
    for (const c of imported.columns) headers.set(columnIndex(c.cell), c)
    const outFile = join(outDir, `${kind}.yaml`)
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

  private knownRecords(paths: string[]): Partial<Record<ImportKind, RefIndex>> {
    const loaded = loadInventory(paths, {cwd: process.cwd()})
    if (!loaded.ok) throw new YunwangError('INVALID_INPUT', {}, loaded.problems)
    const inv = loaded.inventory
    return {systems: refIndex(inv.systems), nodes: refIndex(inv.nodes), networks: refIndex(inv.networks)}
  }
}

function columnIndex(cell: string): number {
  const letters = /!([A-Z]+)\d+$/.exec(cell)?.[1] ?? 'A'
  let n = 0
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64)
  return n - 1
}
