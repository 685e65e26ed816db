// Turns one survey sheet into inventory records of one kind: finds the header row, maps headers to
// fields, reads every cell, generates missing ids, resolves references given by id or by name, and
// reports every rejected cell by its Excel address. Records come out in the order of the sheet.
import {createHash} from 'node:crypto'
import {type FieldSpec, HELP_ROW_MARKER, ID_PREFIX, IMPORT_FIELDS, type ImportKind, headerKey, valueKey} from './import-fields.js'
import {
  type CellProblemCode, ID_PATTERN, type Read, cellText, isBlank, readBool, readCidrs, readDate, readEnum, readMonth, readEnumList, readId,
  readMlps, readNumber, readRegion, splitDependency, splitList,
} from './read-cell-value.js'
import type {SchemaCheck} from '../inventory/check-documents.js'
import {API_VERSION, type DocumentKind} from '../inventory/document-kinds.js'
import {type SchemaCellCode, schemaCellProblems} from './schema-cell-problems.js'
import {type CellValue, type SheetTable, cellRef, isFault} from './sheet-table.js'
import {surveyHeader} from './survey-header.js'
import {surveyRowKind} from './survey-row-kind.js'

export type ImportProblemCode = CellProblemCode | SchemaCellCode | 'NO_HEADER' | 'MISSING_COLUMN' | 'DUPLICATE_COLUMN' | 'ERROR_VALUE' | 'NO_CACHED_RESULT'

export interface ImportProblem {
  code: ImportProblemCode
  /** Sheet!C12 */
  cell: string
  row: number
  /** 0-based column index (A = 0). */
  column: number
  field?: string
  /** The cell's text as found. */
  value?: string
  data: Record<string, string | number>
}

export interface ImportColumn {
  cell: string
  header: string
  /** The field this column fills; absent for a column that was not recognised (and so not imported). */
  field?: string
}

export interface RefIndex {
  ids: ReadonlySet<string>
  /** valueKey(name) → id */
  byName: ReadonlyMap<string, string>
}

export interface ImportOptions {
  /** header → field path (or null to leave the column out), from --map; wins over the built-in headers. */
  map?: Readonly<Record<string, string | null>>
  /** valueKey(region name) → GB/T 2260 code, so that 南京市 reads as 320100. */
  regionsByName?: ReadonlyMap<string, string>
  /** Records of an existing inventory; when a kind is given, every reference to it must resolve. */
  known?: Partial<Record<ImportKind, RefIndex>>
  /** The inventory schema; every record is checked against it and each objection placed on its cell. */
  schemaCheck?: SchemaCheck
}

const DOCUMENT_KIND: Record<ImportKind, DocumentKind> = {systems: 'SystemInventory', nodes: 'NodeInventory', networks: 'NetworkInventory', measurements: 'Measurements'}

export interface SheetImport {
  kind: ImportKind
  headerRow: number
  columns: ImportColumn[]
  /** Data rows read (blank rows are skipped). */
  rows: number
  /** How many ids were generated because the sheet had none for that row. */
  generatedIds: number
  records: Array<Record<string, unknown>>
  problems: ImportProblem[]
}

/** Header rows sit at the top, under at most a title and a note or two. */
const HEADER_SEARCH_ROWS = 20

/**
 * Ids for rows without one are a stable hash, not a row number: a re-import of next month's survey,
 * with rows inserted or sorted differently, gives every record the id it had, so `diff` sees real
 * changes only. Systems hash department and name (two departments may name a system alike).
 */
export function generatedId(kind: ImportKind, name: string, department = ''): string {
  const basis = kind === 'systems' ? `${department}\n${name}` : name
  return `${ID_PREFIX[kind]}-${createHash('sha256').update(basis, 'utf8').digest('hex').slice(0, 10)}`
}

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.')
  let cur = target
  for (const k of keys.slice(0, -1)) {
    // A scalar there gives way to the object: 灾备节点 (disasterRecovery.node) wins over 异地灾备 (disasterRecovery: true).
    if (cur[k] === null || typeof cur[k] !== 'object') cur[k] = {}
    cur = cur[k] as Record<string, unknown>
  }
  cur[keys.at(-1) as string] = value
}

interface Resolved {
  spec: FieldSpec
  scale: number
}

function headerIndex(kind: ImportKind, map: ImportOptions['map']): Map<string, Resolved | null> {
  const specs = IMPORT_FIELDS[kind]
  const byPath = new Map(specs.map(s => [s.path, s]))
  const index = new Map<string, Resolved | null>()
  for (const [header, field] of Object.entries(map ?? {})) {
    const spec = field === null ? undefined : byPath.get(field)
    index.set(headerKey(header), spec ? {spec, scale: 1} : null)
  }
  const add = (key: string, r: Resolved) => {
    if (!index.has(key)) index.set(key, r)
  }
  for (const spec of specs) {
    add(headerKey(spec.path), {spec, scale: 1})
    for (const h of spec.headers) add(headerKey(h), {spec, scale: 1})
    for (const [h, scale] of Object.entries(spec.scaled ?? {})) add(headerKey(h), {spec, scale})
  }
  return index
}

export function importSheet(table: SheetTable, kind: ImportKind, options: ImportOptions = {}): SheetImport {
  const {sheet} = table
  const problems: ImportProblem[] = []
  const at = (code: ImportProblemCode, row: number, column: number, extra: Partial<ImportProblem> = {}, data: ImportProblem['data'] = {}) =>
    problems.push({code, cell: cellRef(sheet, column, row), row, column, ...extra, data})
  const index = headerIndex(kind, options.map)
  const resolve = (v: CellValue) => (isBlank(v) ? undefined : index.get(headerKey(cellText(v))))
  const result: SheetImport = {kind, headerRow: 0, columns: [], rows: 0, generatedIds: 0, records: [], problems}

  const headerAt = table.rows.slice(0, HEADER_SEARCH_ROWS).findIndex(r => r.cells.filter(c => resolve(c)).length >= 2)
  if (headerAt === -1) {
    at('NO_HEADER', table.rows[0]?.row ?? 1, 0, {}, {kind})
    return result
  }
  const header = surveyHeader(table.rows, headerAt, c => Boolean(resolve(c)))
  result.headerRow = header.row
  const used = new Map<string, {column: number; scale: number; row: number}>()
  header.names.forEach((name, column) => {
    // A column mapped to null in --map is left out on purpose: not imported, not reported.
    if (name.text === '' || index.get(headerKey(name.text)) === null) return
    const r = resolve(name.text)
    const col: ImportColumn = {cell: cellRef(sheet, column, name.row), header: name.text}
    if (r) {
      const first = used.get(r.spec.path)
      if (first) {
        at('DUPLICATE_COLUMN', name.row, column, {field: r.spec.path, value: name.text}, {first: cellRef(sheet, first.column, first.row)})
        return
      }
      used.set(r.spec.path, {column, scale: r.scale, row: name.row})
      col.field = r.spec.path
    }
    result.columns.push(col)
  })
  const specs = IMPORT_FIELDS[kind]
  for (const spec of specs) {
    if (spec.required && !used.has(spec.path)) at('MISSING_COLUMN', header.row, 0, {field: spec.path}, {header: spec.headers[0]})
  }
  if (problems.length > 0) {
    sortProblems(problems)
    return result
  }

  interface Pending {row: number; record: Record<string, unknown>; generated?: boolean; refs: Array<{spec: FieldSpec; column: number; value: CellValue}>}
  const pending: Pending[] = []
  const importedColumns = [...used.values()].map(u => u.column)
  for (const r of table.rows.slice(header.next)) {
    const rowKind = surveyRowKind(r.cells)
    // The signature block ends the table; whatever follows it (more notes, a second form) is not data.
    if (rowKind === 'footer') break
    // export's help row, right under the header: what each column takes.
    if (r.row === header.row + 1 && isHelpRow(r.cells)) continue
    if (rowKind !== 'data' || isEmptyRow(r.cells, importedColumns)) continue
    result.rows++
    const record: Record<string, unknown> = {}
    const p: Pending = {row: r.row, record, refs: []}
    for (const spec of specs) {
      const col = used.get(spec.path)
      if (!col) continue
      const v = r.cells[col.column] ?? null
      const text = cellText(v)
      if (isFault(v)) {
        at('error' in v ? 'ERROR_VALUE' : 'NO_CACHED_RESULT', r.row, col.column, {field: spec.path, value: text})
        continue
      }
      if (text === '') {
        if (spec.required) at('MISSING_VALUE', r.row, col.column, {field: spec.path})
        continue
      }
      const t = spec.value
      if (t.type === 'ref' || t.type === 'refs' || t.type === 'dependsOn') {
        p.refs.push({spec, column: col.column, value: v})
        continue
      }
      let read: Read<unknown>
      switch (t.type) {
        case 'id': read = readId(v); break
        case 'text': read = {ok: true, value: text}; break
        case 'region': read = readRegion(v, options.regionsByName ?? new Map()); break
        case 'bool': read = readBool(v); break
        case 'mlps': read = valueKey(text) === '未定级' ? {ok: true, value: undefined} : readMlps(v); break
        case 'number': read = readNumber(v, col.scale); break
        case 'date': read = readDate(v); break
        case 'month': read = readMonth(v); break
        case 'enum': read = readEnum(v, t.values); break
        case 'enumList': read = readEnumList(v, t.values); break
        case 'list': read = {ok: true, value: splitList(v)}; break
        case 'cidrs': read = readCidrs(v); break
      }
      if (read.ok) {
        if (read.value !== undefined) setPath(record, spec.path, read.value)
      } else {
        at(read.code, r.row, col.column, {field: spec.path, value: text}, read.data)
      }
    }
    checkExemption(kind, r.row, record, used, at)
    if (kind === 'measurements') checkMeasurement(r.row, record, used, at)
    pending.push(p)
  }

  const idColumn = used.get('id')?.column
  const nameColumn = used.get('name')?.column ?? 0
  const firstById = new Map<string, {row: number; column: number}>()
  const badIdRows = new Set(problems.filter(x => x.field === 'id').map(x => x.row))
  for (const p of pending) {
    if (typeof p.record.name !== 'string') continue
    if (p.record.id === undefined) {
      if (badIdRows.has(p.row)) continue
      p.record = {id: generatedId(kind, p.record.name, String(p.record.department ?? '')), ...p.record}
      p.generated = true
      result.generatedIds++
    }
    const id = p.record.id as string
    const column = p.generated || idColumn === undefined ? nameColumn : idColumn
    const first = firstById.get(id)
    if (first) at('DUPLICATE_ID', p.row, column, {field: 'id', value: id}, {first: cellRef(sheet, first.column, first.row)})
    else firstById.set(id, {row: p.row, column})
  }

  const sheetSystems: RefIndex | undefined = kind === 'systems'
    ? {ids: new Set(firstById.keys()), byName: new Map(pending.filter(p => typeof p.record.id === 'string').map(p => [valueKey(String(p.record.name)), p.record.id as string]))}
    : undefined
  const refTo = (to: ImportKind, item: string): string | undefined => {
    const known = options.known?.[to]
    const local = to === 'systems' ? sheetSystems : undefined
    const lower = item.toLowerCase()
    const idLike = ID_PATTERN.test(lower)
    if (idLike && (known?.ids.has(lower) || local?.ids.has(lower))) return lower
    const byName = local?.byName.get(valueKey(item)) ?? known?.byName.get(valueKey(item))
    if (byName) return byName
    // Without an inventory to check against, an id is taken on trust; `validate` checks it later.
    return idLike && !known ? lower : undefined
  }
  for (const p of pending) {
    for (const {spec, column, value} of p.refs) {
      const text = cellText(value)
      const t = spec.value
      const reject = (item: string) => at('UNKNOWN_REFERENCE', p.row, column, {field: spec.path, value: text}, {item, kind: t.type === 'dependsOn' ? 'systems' : (t as {to: ImportKind}).to})
      if (t.type === 'ref') {
        const id = refTo(t.to, text)
        if (id) setPath(p.record, spec.path, id)
        else reject(text)
      } else if (t.type === 'refs') {
        const ids: string[] = []
        for (const item of splitList(value)) {
          const id = refTo(t.to, item)
          if (id) ids.push(id)
          else reject(item)
        }
        if (ids.length > 0) setPath(p.record, spec.path, [...new Set(ids)])
      } else {
        const deps: Array<string | {system: string; kind: string}> = []
        for (const item of splitList(value)) {
          const {ref, kind: depKind} = splitDependency(item)
          const id = refTo('systems', ref)
          if (id) deps.push(depKind ? {system: id, kind: depKind} : id)
          else reject(ref)
        }
        if (deps.length > 0) setPath(p.record, spec.path, deps)
      }
    }
    result.records.push(ordered(p.record, specs))
  }
  if (problems.length === 0 && options.schemaCheck) {
    const body = {apiVersion: API_VERSION, kind: DOCUMENT_KIND[kind], [kind]: result.records}
    const errors = options.schemaCheck(DOCUMENT_KIND[kind], body, 'document')
    for (const s of schemaCellProblems(kind, body, errors, new Set(used.keys()))) {
      const p = pending[s.index]
      const column = (s.field === undefined ? undefined : used.get(s.field)?.column) ?? nameColumn
      at(s.code, p.row, column, {...(s.field === undefined ? {} : {field: s.field}), ...(s.value === undefined ? {} : {value: s.value})}, s.data)
    }
  }
  sortProblems(problems)
  if (problems.length > 0) result.records = []
  return result
}

/**
 * No value in any imported column, and nothing but numbers elsewhere: blank, or a row of a template
 * numbered in advance (序号 1…50) that nobody filled in. A row with text in an ignored column (备注
 * alone) is still a row someone wrote, and its missing values are reported. Visits only the cells
 * present: a row whose one cell is at XFD is not 16,384 checks.
 */
function isEmptyRow(cells: CellValue[], imported: readonly number[]): boolean {
  if (imported.some(c => !isBlank(cells[c] ?? null))) return false
  for (const i in cells) {
    const v = cells[i as unknown as number]
    if (!isBlank(v) && typeof v !== 'number') return false
  }
  return true
}

/** The help row `export` writes under the header: its first cell begins with the marker. */
function isHelpRow(cells: CellValue[]): boolean {
  for (const i in cells) {
    const text = cellText(cells[i as unknown as number])
    if (text !== '') return Object.values(HELP_ROW_MARKER).some(m => text.startsWith(m))
  }
  return false
}

function sortProblems(problems: ImportProblem[]): void {
  problems.sort((a, b) => a.row - b.row || a.column - b.column || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
}

/** Writes fields in the order the schema lists them, whatever the column order of the sheet. */
function ordered(record: Record<string, unknown>, specs: FieldSpec[]): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const spec of specs) {
    const top = spec.path.split('.')[0]
    if (top in record && !(top in out)) out[top] = record[top]
  }
  return out
}

function checkExemption(
  kind: ImportKind,
  row: number,
  record: Record<string, unknown>,
  used: Map<string, {column: number}>,
  at: (code: ImportProblemCode, row: number, column: number, extra?: Partial<ImportProblem>) => void,
): void {
  const base = kind === 'systems' ? 'migration.exemption' : kind === 'networks' ? 'consolidation.exemption' : undefined
  if (!base) return
  const [top, inner] = base.split('.')
  const exemption = (record[top] as Record<string, Record<string, unknown>> | undefined)?.[inner]
  if (!exemption) return
  const parts = ['reason', 'approvedBy', 'until']
  // Any part given (a file number alone, say) asks for the three required ones, placed at the first given.
  const present = Object.keys(exemption)[0]
  for (const k of parts) {
    if (k in exemption) continue
    const col = used.get(`${base}.${k}`) ?? used.get(`${base}.${present}`)
    at('MISSING_VALUE', row, col?.column ?? 0, {field: `${base}.${k}`})
  }
}

/**
 * A reported figure is a value, or a numerator and a denominator: a row with neither, or with half of
 * the pair, misses the other at its column; a row with both forms is placed at the value (the loader
 * would refuse it too, but the sheet's cell is where it gets fixed).
 */
function checkMeasurement(
  row: number,
  record: Record<string, unknown>,
  used: Map<string, {column: number}>,
  at: (code: ImportProblemCode, row: number, column: number, extra?: Partial<ImportProblem>, data?: ImportProblem['data']) => void,
): void {
  const has = (k: string) => record[k] !== undefined
  const column = (k: string) => used.get(k)?.column ?? used.get('indicator')?.column ?? 0
  if (has('value') && (has('numerator') || has('denominator'))) at('BAD_VALUE', row, column('value'), {field: 'value', value: String(record.value)}, {allowed: 'value | numerator + denominator'})
  else if (!has('numerator') && !has('denominator')) {
    if (!has('value')) at('MISSING_VALUE', row, column('value'), {field: 'value'})
  } else {
    for (const k of ['numerator', 'denominator']) if (!has(k)) at('MISSING_VALUE', row, column(k), {field: k})
  }
  if (has('department') && has('region')) at('BAD_VALUE', row, column('region'), {field: 'region', value: String(record.region)}, {allowed: 'department | region'})
}
