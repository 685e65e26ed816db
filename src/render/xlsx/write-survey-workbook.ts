// The survey workbook `export` writes (with exceljs): a sheet of the department's records in the layout
// `import` reads (header row, help row, one record a row), drop-down lists for every enumeration and for
// node and network ids, frozen header and id column, widths that fit Chinese text, the id cells of the
// records locked (sheet protection without a password: a guard against slips, not a lock); a second
// sheet with the department's findings and exemptions; the drop-down values on a hidden third sheet.
// The bytes depend on the input alone: dates are the evaluation date, zip entry times fixed.
import ExcelJS from 'exceljs'
import stringWidth from 'string-width'
import {HELP_ROW_MARKER, type ImportKind} from '../../core/import/import-fields.js'
import {type SurveyColumn, cellFor, valueAt} from '../../core/export/survey-columns.js'
import type {Finding} from '../../core/rules/run-check.js'
import type {ExemptionEntry} from '../../core/rules/list-exemptions.js'
import {type KeyAfter, type Lang, t} from '../../i18n/index.js'
import {fixZipTimes} from './fix-zip-times.js'

export interface SurveyInput {
  kind: ImportKind
  lang: Lang
  /** Undefined: every record of the kind. */
  department?: string
  asOf: string
  policy: string
  columns: SurveyColumn[]
  records: Array<Record<string, unknown>>
  /** Classified records of the department left out. */
  classified: number
  nodeIds: string[]
  networkIds: string[]
  findings: Finding[]
  exemptions: ExemptionEntry[]
  exemptionsClassified: number
}

/** The sheet names; none of the others names a kind, so `import` finds the records' sheet. */
export const SURVEY_SHEETS: Record<Lang, Record<ImportKind | 'info' | 'lists', string>> = {
  zh: {systems: '信息系统', nodes: '节点', networks: '网络', measurements: '上报指标', info: '核查结果与例外', lists: '下拉选项'},
  en: {systems: 'systems', nodes: 'nodes', networks: 'networks', measurements: 'measurements', info: 'findings', lists: 'lists'},
}

/** Blank rows below the records that keep the drop-downs and text formats, for records a department adds. */
export const SPARE_ROWS = 1000
const MAX_WIDTH = 60
const HEADER_FILL: ExcelJS.Fill = {type: 'pattern', pattern: 'solid', fgColor: {argb: 'FFDDEBF7'}}
const HELP_FILL: ExcelJS.Fill = {type: 'pattern', pattern: 'solid', fgColor: {argb: 'FFF2F2F2'}}
const LOCKED_FILL: ExcelJS.Fill = {type: 'pattern', pattern: 'solid', fgColor: {argb: 'FFEDEDED'}}

/** Display width of a cell's text: East Asian wide characters count 2 (string-width). */
function widthOf(v: unknown): number {
  if (v === null || v === undefined) return 0
  return Math.max(...String(v).split('\n').map(line => stringWidth(line)))
}

/** Column letters of a 1-based column index. */
function letters(n: number): string {
  let s = ''
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s
  return s
}

function helpText(c: SurveyColumn, lang: Lang, id: boolean): string {
  const type = c.spec.value.type
  const what = id ? t(lang, 'export.help.idColumn') : t(lang, `export.help.${type}` as `export.help.${KeyAfter<'export.help.'>}` & `export.help.${string}`)
  return `${c.spec.required || id ? `${t(lang, 'export.help.required')} ` : ''}${what}`
}

const TEXT_TYPES = new Set(['id', 'text', 'region', 'date', 'month', 'ref', 'refs', 'dependsOn', 'list', 'cidrs'])

export async function writeSurveyWorkbook(s: SurveyInput): Promise<Buffer> {
  const names = SURVEY_SHEETS[s.lang]
  const wb = new ExcelJS.Workbook()
  const day = new Date(`${s.asOf}T00:00:00Z`)
  wb.creator = 'yunwang'
  wb.lastModifiedBy = 'yunwang'
  wb.created = day
  wb.modified = day

  const ws = wb.addWorksheet(names[s.kind], {views: [{state: 'frozen', xSplit: 1, ySplit: 2}]})
  const lists = wb.addWorksheet(names.lists, {state: 'hidden'})
  const info = wb.addWorksheet(names.info)
  // The drop-down values: one column per list on the hidden sheet, referred to by range (no 255-character limit).
  let listColumn = 0
  const listRange = (values: string[]): string | undefined => {
    if (values.length === 0) return undefined
    listColumn++
    values.forEach((v, i) => {
      lists.getCell(i + 1, listColumn).value = v
    })
    return `'${names.lists}'!$${letters(listColumn)}$1:$${letters(listColumn)}$${values.length}`
  }
  const idColumn = s.columns.findIndex(c => c.spec.path === 'id' || c.spec.path === 'indicator')
  const last = 2 + s.records.length + SPARE_ROWS
  s.columns.forEach((c, i) => {
    const col = i + 1
    const header = ws.getCell(1, col)
    header.value = c.header
    header.font = {bold: true}
    header.fill = HEADER_FILL
    header.alignment = {vertical: 'middle'}
    const help = ws.getCell(2, col)
    help.value = `${i === 0 ? `${HELP_ROW_MARKER[s.lang]} ` : ''}${helpText(c, s.lang, c.spec.path === 'id')}`
    help.font = {italic: true, color: {argb: 'FF595959'}}
    help.fill = HELP_FILL
    help.alignment = {wrapText: true, vertical: 'top'}
    const column = ws.getColumn(col)
    // Unlocked by default: only the header, the help row and the ids of the records sent are locked.
    column.protection = {locked: false}
    if (TEXT_TYPES.has(c.spec.value.type)) column.numFmt = '@'
    const values = c.choices ? listRange(c.choices.map(x => x.word)) : c.idList ? listRange(c.idList === 'nodes' ? s.nodeIds : s.networkIds) : undefined
    if (values) {
      // exceljs keeps a range's validation as one entry (its typings list only per-cell validation).
      ;(ws as unknown as {dataValidations: {add(range: string, v: ExcelJS.DataValidation): void}}).dataValidations.add(`${letters(col)}3:${letters(col)}${last}`, {
        type: 'list', allowBlank: true, formulae: [values],
        // A cell of several values (接入网络: a、b) is offered the list but not held to it.
        showErrorMessage: true, errorStyle: c.multiple ? 'information' : 'stop',
        errorTitle: t(s.lang, 'export.validation.title'), error: t(s.lang, c.multiple ? 'export.validation.multiple' : 'export.validation.single'),
      })
    }
  })
  s.records.forEach((r, i) => {
    const row = ws.getRow(3 + i)
    s.columns.forEach((c, j) => {
      const v = cellFor(c, valueAt(r, c.spec.path), s.lang)
      if (v !== null) row.getCell(j + 1).value = v
    })
    if (idColumn >= 0 && s.kind !== 'measurements') {
      const id = row.getCell(idColumn + 1)
      id.protection = {locked: true}
      id.fill = LOCKED_FILL
    }
  })
  s.columns.forEach((c, i) => {
    let w = widthOf(c.header)
    for (let r = 0; r < s.records.length; r++) w = Math.max(w, widthOf(ws.getCell(3 + r, i + 1).value))
    ws.getColumn(i + 1).width = Math.min(MAX_WIDTH, Math.max(10, w + 2))
  })
  ws.getRow(2).height = 45
  ws.autoFilter = {from: {row: 1, column: 1}, to: {row: 1, column: s.columns.length}}
  await ws.protect('', {selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true, insertRows: true, sort: true, autoFilter: true})

  writeInfoSheet(info, s)
  const buf = Buffer.from(await wb.xlsx.writeBuffer())
  return fixZipTimes(buf, s.asOf)
}

function writeInfoSheet(ws: ExcelJS.Worksheet, s: SurveyInput): void {
  const lang = s.lang
  const rows: Array<Array<string | number>> = []
  const heading = (text: string) => {
    rows.push([text])
    return rows.length
  }
  const headings: number[] = []
  const tables: number[] = []
  headings.push(heading(t(lang, 'export.info.title', {department: s.department ?? t(lang, 'export.info.all'), asOf: s.asOf, policy: s.policy})))
  rows.push([t(lang, 'export.info.records', {count: s.records.length})])
  if (s.classified > 0) rows.push([t(lang, 'export.info.classified', {count: s.classified})])
  rows.push([t(lang, 'export.info.howTo')])
  rows.push([])
  headings.push(heading(t(lang, 'export.info.findings', {count: s.findings.length})))
  const col = (k: KeyAfter<'export.col.'>) => t(lang, `export.col.${k}`)
  tables.push(rows.length + 1)
  rows.push([col('rule'), col('severity'), col('subject'), col('message'), col('source')])
  for (const f of s.findings) rows.push([f.rule, t(lang, `check.severity.${f.severity}`), `${f.subject.kind}:${f.subject.id}`, f.message, f.source])
  rows.push([])
  headings.push(heading(t(lang, 'export.info.exemptions', {count: s.exemptions.length})))
  if (s.exemptionsClassified > 0) rows.push([t(lang, 'export.info.exemptionsClassified', {count: s.exemptionsClassified})])
  tables.push(rows.length + 1)
  rows.push([col('subject'), col('name'), col('covers'), col('reason'), col('approvedBy'), col('document'), col('until'), col('daysLeft')])
  for (const e of s.exemptions) rows.push([`${e.kind}:${e.id}`, e.name, e.covers.join(', '), e.reason, e.approvedBy, e.document ?? '', e.until, e.daysLeft])
  const widths: number[] = []
  rows.forEach((cells, i) => {
    const row = ws.getRow(i + 1)
    cells.forEach((v, j) => {
      row.getCell(j + 1).value = v
      // A heading's long line spills over the empty cells to its right; it sets no width.
      if (cells.length > 1) widths[j] = Math.max(widths[j] ?? 0, widthOf(v))
    })
  })
  for (const r of headings) ws.getRow(r).font = {bold: true, size: 12}
  for (const r of tables) {
    ws.getRow(r).font = {bold: true}
    ws.getRow(r).fill = HEADER_FILL
  }
  widths.forEach((w, j) => {
    ws.getColumn(j + 1).width = Math.min(MAX_WIDTH, Math.max(8, w + 2))
  })
}
