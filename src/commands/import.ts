// `yunwang import FILE --kind systems|nodes|networks --out DIR`: a survey sheet (摸底清查表, .xlsx or
// .csv) to an inventory YAML file; every rejected cell named by its address, nothing written then.
import {dirname, join, posix, relative, resolve, sep} from 'node:path'
import {Args, Flags} from '@oclif/core'
import {BaseCommand} from '../base-command.js'
import {EXIT, YunwangError} from '../core/errors.js'
import {oneLine} from '../core/text/one-line.js'
import {IMPORT_KINDS, type ImportKind, valueKey} from '../core/import/import-fields.js'
import {type ImportProblem, type RefIndex, importSheet} from '../core/import/import-sheet.js'
import {type Lang, t} from '../i18n/index.js'
import {loadInventory} from '../io/load-inventory.js'
import {SCHEMA_DIR, documentValidator} from '../io/load-schemas.js'
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
  counts: {rows: number; records: number; generatedIds: number}
  columns: Array<{cell: string; header: string; field: string}>
  ignoredColumns: Array<{cell: string; header: string}>
  errors: ImportProblemJson[]
}

function problemJson(p: ImportProblem, headers: Map<number, string>, lang: Lang): ImportProblemJson {
  const header = headers.get(p.column)
  const field = p.field === undefined ? '' : header ? `「${header}」(${p.field})` : p.field
  const message = t(lang, `import.problem.${p.code}`, {...p.data, field, value: p.value ?? ''})
  return {cell: p.cell, row: p.row, column: p.cell.replace(/^.*!([A-Z]+)\d+$/, '$1'), ...(p.field ? {field: p.field} : {}), ...(header && p.field ? {header} : {}), ...(p.value === undefined ? {} : {value: p.value}), code: p.code, message}
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
    force: Flags.boolean({summary: 'Overwrite an existing file. 覆盖已有文件。', default: false}),
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
    const imported = importSheet(table, kind, {map, regionsByName: readRegionNames(), known})
    const headers = new Map<number, string>()
    for (const c of imported.columns) headers.set(columnIndex(c.cell), c.header)
    const outFile = join(outDir, `${kind}.yaml`)
    const result: ImportResult = {
      ok: imported.problems.length === 0,
      kind,
      file,
      sheet: table.sheet,
      headerRow: imported.headerRow,
      out: null,
      counts: {rows: imported.rows, records: imported.records.length, generatedIds: imported.generatedIds},
      columns: imported.columns.filter(c => c.field).map(c => ({cell: c.cell, header: c.header, field: c.field as string})),
      ignoredColumns: imported.columns.filter(c => !c.field).map(c => ({cell: c.cell, header: c.header})),
      errors: imported.problems.map(p => problemJson(p, headers, this.lang)),
    }
    if (!result.ok) {
      this.setExitCode(EXIT.input)
      if (!this.jsonEnabled()) {
        for (const e of result.errors) process.stderr.write(`${e.cell}: ${e.message} [${e.code}]\n`)
        process.stderr.write(`yunwang: ${t(this.lang, 'import.failed', {count: result.errors.length})}\n`)
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
    const validate = documentValidator(doc.kind)
    const body = {apiVersion: 'yunwang/v1', kind: doc.kind, [kind]: imported.records}
    // The importer only writes values the schema allows; a record it does not is a defect here, not bad input.
    if (!validate(body)) throw new Error(`import produced a record the schema rejects: ${JSON.stringify(validate.errors?.[0])}`)
    result.out = writeOutput(outFile, text, {cwd, force})
    if (!this.jsonEnabled()) {
      this.log(t(this.lang, 'import.done', {records: result.counts.records, kind: t(this.lang, `import.kind.${kind}`), source: terminalText(`${file}!${table.sheet}`), headerRow: result.headerRow, out: result.out}))
      if (result.counts.generatedIds > 0) this.log(t(this.lang, 'import.generatedIds', {count: result.counts.generatedIds, example: String(imported.records.find(r => r.id)?.id ?? '')}))
      if (result.ignoredColumns.length > 0) this.log(t(this.lang, 'import.ignored', {columns: result.ignoredColumns.map(c => `${terminalText(c.header)} (${c.cell})`).join(', ')}))
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
