// Reads a survey file (.xlsx with exceljs, .csv with csv-parse) into the plain table the importer
// reads. Spreadsheet dates become YYYY-MM-DD; formulas give their cached result; a merged range's value
// fills every cell of it. A workbook is checked
// (size once inflated, DTDs, cell count) before exceljs loads it whole.
import {basename, extname} from 'node:path'
import {parse as parseCsv} from 'csv-parse/sync'
import type ExcelJS from 'exceljs'
import {type Problem, YunwangError, problem} from '../core/errors.js'
import type {ImportKind} from '../core/import/import-fields.js'
import {type CellValue, type SheetRow, type SheetTable, cellRef} from '../core/import/sheet-table.js'
import {type WorkbookFault, checkWorkbook} from './check-workbook.js'
import {decodeCsv} from './decode-csv.js'
import {readInputFile} from './read-source.js'

export interface SheetChoice {
  /** --sheet; by default the sheet named for the kind (系统/节点/网络), else the first. */
  sheet?: string
  kind: ImportKind
}

const KIND_WORDS: Record<ImportKind, RegExp> = {systems: /系统|system/i, nodes: /节点|node/i, networks: /网络|network/i, measurements: /指标|measurement/i}

function unreadable(file: string, reason: string): YunwangError {
  const p = problem('READ_ERROR', file, '', {reason})
  p.position.line = 1
  p.position.column = 1
  return new YunwangError('INVALID_INPUT', {}, [p])
}

function workbookProblem(file: string, f: WorkbookFault): Problem {
  const p = f.fault === 'unreadable' ? problem('BAD_WORKBOOK', file, '', {detail: f.detail})
    : f.fault === 'too-large' ? problem('WORKBOOK_TOO_LARGE', file, '', {entry: f.entry, limit: f.limit / 1048576})
      : f.fault === 'dtd' ? problem('WORKBOOK_DTD', file, '', {entry: f.entry})
        : problem('WORKBOOK_TOO_MANY_CELLS', file, '', {limit: f.limit, cells: f.cells})
  p.position.line = 1
  p.position.column = 1
  return p
}

export async function readSheet(file: string, cwd: string, choice: SheetChoice): Promise<SheetTable> {
  const ext = extname(file).toLowerCase()
  if (ext !== '.csv' && ext !== '.xlsx') throw new YunwangError('UNSUPPORTED_FORMAT', {file, ext})
  // Only a regular file within the size limit (a FIFO or device would hang or never end).
  const buf = readInputFile(file, cwd)
  if (!Buffer.isBuffer(buf)) {
    if (buf.code === 'READ_ERROR') throw unreadable(file, String(buf.data.reason))
    buf.position.line = 1
    buf.position.column = 1
    throw new YunwangError('INVALID_INPUT', {}, [buf])
  }
  if (ext === '.csv') return readCsv(file, buf)
  return readXlsx(file, buf, choice)
}

function readCsv(file: string, buf: Buffer): SheetTable {
  const sheet = basename(file, extname(file))
  const decoded = decodeCsv(buf)
  if (typeof decoded !== 'string') {
    const p = problem('BAD_CSV_ENCODING', file, '', {cell: cellRef(sheet, decoded.column, decoded.row), offset: decoded.offset, byte: decoded.byte, encoding: decoded.encoding})
    p.position.line = decoded.line
    p.position.column = decoded.lineColumn
    throw new YunwangError('INVALID_INPUT', {}, [p])
  }
  let records: string[][]
  try {
    records = parseCsv(decoded, {bom: true, relax_column_count: true, skip_empty_lines: false}) as string[][]
  } catch (error) {
    throw unreadable(file, (error as Error).message.split('\n')[0])
  }
  return {sheet, rows: records.map((cells, i) => ({row: i + 1, cells}))}
}

const MARCH_1900 = Date.UTC(1900, 2, 1)
const DAY = 86_400_000

/**
 * exceljs converts a date serial as if 1900 were not a leap year, which Excel counts it as (serial 60
 * is 29 February 1900): every date before 1 March 1900 comes out a day early. Workbooks on the 1904
 * date system have no such day.
 */
function dateText(d: Date, date1904: boolean): string | null {
  const ms = d.getTime()
  if (Number.isNaN(ms)) return null
  return new Date(!date1904 && ms < MARCH_1900 ? ms + DAY : ms).toISOString().slice(0, 10)
}

function cellValue(v: ExcelJS.CellValue, date1904: boolean): CellValue {
  if (v === null || v === undefined) return null
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v
  if (v instanceof Date) return dateText(v, date1904)
  if ('richText' in v) return v.richText.map(r => r.text).join('')
  if ('formula' in v || 'sharedFormula' in v) {
    const f = v as ExcelJS.CellFormulaValue & {sharedFormula?: string}
    // A formula saved without its result (by a program that does not calculate) has no value to read.
    if (f.result === undefined || f.result === null) return {formula: f.formula ?? f.sharedFormula ?? ''}
    return cellValue(f.result as ExcelJS.CellValue, date1904)
  }
  if ('error' in v) return {error: String((v as ExcelJS.CellErrorValue).error)}
  // A hyperlink's text is a string, or rich text when the cell's string is formatted.
  if ('text' in v) return cellValue((v as ExcelJS.CellHyperlinkValue).text as ExcelJS.CellValue, date1904)
  return null
}

/*
 * exceljs keeps a worksheet's rows, and a row's cells, in arrays indexed by number; its own eachRow and
 * eachCell visit every index up to the last (16,384 per row with a cell at XFD, and a test of each row
 * for values that does the same), so 20,000 such rows took minutes. for…in visits only the entries
 * present. The arrays are exceljs's internals (stable through 4.x); without them, its own iteration.
 */
interface Internals {
  _rows?: Array<ExcelJS.Row | undefined>
  _cells?: Array<ExcelJS.Cell | undefined>
}

/**
 * The entries a sparse exceljs array holds, visiting only the indexes present (`for…in`), so a row with one cell
 * at XFD costs one visit, not 16,384; without the internal array, the library's own walk.
 */
function* present<T>(sparse: Array<T | undefined> | undefined, walk: (visit: (x: T) => void) => void): Generator<T> {
  if (!Array.isArray(sparse)) {
    const all: T[] = []
    walk(x => all.push(x))
    yield* all
    return
  }
  for (const i in sparse) {
    const x = sparse[i as unknown as number]
    if (x) yield x
  }
}

const presentRows = (ws: ExcelJS.Worksheet) => present((ws as unknown as Internals)._rows, visit => ws.eachRow({includeEmpty: false}, visit))
const presentCells = (row: ExcelJS.Row) => present((row as unknown as Internals)._cells, visit => row.eachCell({includeEmpty: false}, visit))

async function readXlsx(file: string, buf: Buffer, choice: SheetChoice): Promise<SheetTable> {
  const fault = checkWorkbook(buf)
  if (fault) throw new YunwangError('INVALID_INPUT', {}, [workbookProblem(file, fault)])
  // exceljs (a few hundred modules) is loaded for workbooks only, not for a CSV survey.
  const {default: Excel} = await import('exceljs')
  const wb = new Excel.Workbook()
  try {
    await wb.xlsx.load(buf as unknown as ExcelJS.Buffer)
  } catch (error) {
    throw new YunwangError('INVALID_INPUT', {}, [workbookProblem(file, {fault: 'unreadable', detail: (error as Error).message.split('\n')[0]})])
  }
  const sheets = wb.worksheets
  if (sheets.length === 0) throw unreadable(file, 'the workbook has no sheets')
  let ws: ExcelJS.Worksheet | undefined
  if (choice.sheet !== undefined) {
    ws = sheets.find(s => s.name === choice.sheet)
    // Sheet names listed as import lists anything: the first 20, and how many more.
    const names = [...sheets.slice(0, 20).map(s => s.name), ...(sheets.length > 20 ? [`… +${sheets.length - 20}`] : [])]
    if (!ws) throw new YunwangError('SHEET_NOT_FOUND', {sheet: choice.sheet, file, sheets: names})
  } else {
    ws = sheets.length === 1 ? sheets[0] : sheets.find(s => KIND_WORDS[choice.kind].test(s.name)) ?? sheets[0]
  }
  const date1904 = wb.properties.date1904 === true
  const rows: SheetRow[] = []
  for (const row of presentRows(ws)) {
    // Sparse: a cell at XFD is one entry, not 16,384.
    const cells: CellValue[] = []
    let values = false
    for (const cell of presentCells(row)) {
      if (cell.value === null || cell.value === undefined) continue
      values = true
      // Every cell of a merged range has its master's value (a 责任单位 merged over two rows is both rows'):
      // the importer reads the form as a person does.
      cells[Number(cell.col) - 1] = cellValue(cell.isMerged ? cell.master.value : cell.value, date1904)
    }
    if (values) rows.push({row: row.number, cells})
  }
  return {sheet: ws.name, rows}
}
