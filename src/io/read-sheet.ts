// Reads a survey file (.xlsx with exceljs, .csv with csv-parse) into the plain table the importer
// reads. Spreadsheet dates become YYYY-MM-DD; formulas give their cached result.
import {basename, extname} from 'node:path'
import {parse as parseCsv} from 'csv-parse/sync'
import ExcelJS from 'exceljs'
import {YunwangError, problem} from '../core/errors.js'
import type {ImportKind} from '../core/import/import-fields.js'
import type {CellValue, SheetRow, SheetTable} from '../core/import/sheet-table.js'
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

export async function readSheet(file: string, cwd: string, choice: SheetChoice): Promise<SheetTable> {
  const ext = extname(file).toLowerCase()
  if (ext !== '.csv' && ext !== '.xlsx') throw new YunwangError('BAD_FLAG', {reason: `${file}: .xlsx or .csv expected (save .xls/.et files as .xlsx first)`})
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
  let text: string
  try {
    text = new TextDecoder('utf-8', {fatal: true}).decode(buf)
  } catch {
    // Excel on a Chinese Windows saves "CSV" in GB18030 (GBK); read it as such rather than refuse it.
    text = new TextDecoder('gb18030').decode(buf)
  }
  let records: string[][]
  try {
    records = parseCsv(text, {bom: true, relax_column_count: true, skip_empty_lines: false}) as string[][]
  } catch (error) {
    throw unreadable(file, (error as Error).message.split('\n')[0])
  }
  return {sheet: basename(file, extname(file)), rows: records.map((cells, i) => ({row: i + 1, cells}))}
}

function cellValue(v: ExcelJS.CellValue): CellValue {
  if (v === null || v === undefined) return null
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v.toISOString().slice(0, 10)
  if ('richText' in v) return v.richText.map(r => r.text).join('')
  if ('formula' in v || 'sharedFormula' in v) return cellValue((v as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue)
  if ('text' in v) return String((v as ExcelJS.CellHyperlinkValue).text)
  if ('error' in v) return String((v as ExcelJS.CellErrorValue).error)
  return null
}

async function readXlsx(file: string, buf: Buffer, choice: SheetChoice): Promise<SheetTable> {
  const wb = new ExcelJS.Workbook()
  try {
    await wb.xlsx.load(buf as unknown as ExcelJS.Buffer)
  } catch (error) {
    throw unreadable(file, `not a readable .xlsx workbook (${(error as Error).message.split('\n')[0]})`)
  }
  const sheets = wb.worksheets
  if (sheets.length === 0) throw unreadable(file, 'the workbook has no sheets')
  let ws: ExcelJS.Worksheet | undefined
  if (choice.sheet !== undefined) {
    ws = sheets.find(s => s.name === choice.sheet)
    if (!ws) throw new YunwangError('BAD_FLAG', {reason: `--sheet ${choice.sheet}: ${file} has ${sheets.map(s => s.name).join(', ')}`})
  } else {
    ws = sheets.length === 1 ? sheets[0] : sheets.find(s => KIND_WORDS[choice.kind].test(s.name)) ?? sheets[0]
  }
  const rows: SheetRow[] = []
  ws.eachRow({includeEmpty: false}, (row, rowNumber) => {
    const cells: CellValue[] = []
    row.eachCell({includeEmpty: false}, (cell, col) => {
      // A merged range repeats its master's value in every cell; only the master holds it.
      if (cell.isMerged && cell.master !== cell) return
      cells[col - 1] = cellValue(cell.value)
    })
    for (let i = 0; i < cells.length; i++) cells[i] ??= null
    rows.push({row: rowNumber, cells})
  })
  return {sheet: ws.name, rows}
}
