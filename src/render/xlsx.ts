// The tables a command prints, as an Excel workbook (--format xlsx): one sheet per table, fed by the same
// table models as the text, CSV and Markdown forms. Each sheet has a bold, filled header row frozen in
// place with an autofilter on it, numbers as numbers, rates as fractions shown as 0.0%, and columns as
// wide as their text (Chinese characters count twice). Text is always a string cell, never a formula:
// a name beginning with = + - @ stays text, and is marked so that editing it in Excel keeps it text.
// The bytes depend on the tables and the date given only (see zip-archive.ts), so one inventory gives one file.
import stringWidth from 'string-width'
import {columnLetter} from '../core/import/sheet-table.js'
import {xmlText} from './escape/xml-text.js'
import {type Cell, Rate, Strong, type Tabular} from './tabular.js'
import {zipArchive} from './zip-archive.js'

export interface NamedTable extends Tabular {
  /** The sheet's name (cut to Excel's 31 characters, its forbidden characters replaced). */
  name: string
}

export interface WorkbookOptions {
  /** YYYY-MM-DD written as the workbook's created and modified date: the evaluation date, not the clock. */
  date: string
}

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships'
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

/** Style indexes of styles.xml's cellXfs. */
const STYLE = {header: 1, rate: 2, formulaLike: 3, wrap: 4} as const
const FORMULA_START = /^[=+\-@\t\r]/
/** Excel's limit for one cell's text. */
const MAX_CELL_TEXT = 32_767
const MIN_WIDTH = 6
const MAX_WIDTH = 60

/** Text in a cell: XML-escaped, a literal _xHHHH_ kept literal, a carriage return kept as a character reference (XML would fold a raw one into a line feed). */
function cellText(s: string): string {
  const cut = s.length > MAX_CELL_TEXT ? s.slice(0, MAX_CELL_TEXT) : s
  return xmlText(cut.replaceAll(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1')).replaceAll('\r', '&#13;')
}

/** Excel refuses names over 31 characters, with []:*?/\ in them, or with an apostrophe at either end; and two alike. */
function sheetNames(tables: readonly NamedTable[]): string[] {
  const used = new Set<string>()
  return tables.map((t, i) => {
    const base = ([...t.name.replaceAll(/[[\]:*?/\\]/g, '_').replaceAll(/^'+|'+$/g, '')].slice(0, 31).join('') || `Sheet${i + 1}`)
    let name = base
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${[...base].slice(0, 31 - String(n).length - 1).join('')}~${n}`
    used.add(name.toLowerCase())
    return name
  })
}

const quotedSheet = (name: string) => `'${name.replaceAll("'", "''")}'`

class SharedStrings {
  private readonly index = new Map<string, number>()
  readonly list: string[] = []
  count = 0
  id(s: string): number {
    this.count++
    let i = this.index.get(s)
    if (i === undefined) {
      i = this.list.length
      this.index.set(s, i)
      this.list.push(s)
    }
    return i
  }
}

function widthOf(c: Cell): number {
  const text = c instanceof Rate ? '100.0%' : String(c)
  let w = 0
  for (const line of text.split('\n')) w = Math.max(w, stringWidth(line))
  return w
}

/** Columns of the widest row (a loop: spreading 100,000 rows into Math.max overflows the stack). */
function columnCount(t: Tabular): number {
  let n = Math.max(1, t.header.length)
  for (const r of t.rows) n = Math.max(n, r.length)
  return n
}

function sheetXml(t: NamedTable, strings: SharedStrings): string {
  const columns = columnCount(t)
  const last = columnLetter(columns - 1)
  const lines = new Set(t.lines ?? [])
  const widths = Array.from({length: columns}, () => MIN_WIDTH)
  const rows: string[] = []
  const stringCell = (ref: string, s: string, style?: number) => {
    const st = style ?? (FORMULA_START.test(s) ? STYLE.formulaLike : s.includes('\n') ? STYLE.wrap : undefined)
    return `<c r="${ref}"${st === undefined ? '' : ` s="${st}"`} t="s"><v>${strings.id(s)}</v></c>`
  }
  const all: Cell[][] = [t.header, ...t.rows]
  all.forEach((row, r) => {
    const cells: string[] = []
    row.forEach((c, i) => {
      widths[i] = Math.max(widths[i], Math.min(MAX_WIDTH, widthOf(c) + 2))
      const ref = `${columnLetter(i)}${r + 1}`
      if (r === 0) cells.push(stringCell(ref, String(c), STYLE.header))
      else if (c instanceof Rate) cells.push(Number.isFinite(c.rate) ? `<c r="${ref}" s="${STYLE.rate}"><v>${c.rate}</v></c>` : stringCell(ref, String(c)))
      else if (typeof c === 'number') cells.push(Number.isFinite(c) ? `<c r="${ref}"><v>${c}</v></c>` : stringCell(ref, String(c)))
      else {
        const s = c instanceof Strong ? c.text : c
        if (s !== '') cells.push(stringCell(ref, s, lines.has(i) && s.includes('\n') ? STYLE.wrap : undefined))
      }
    })
    rows.push(`<row r="${r + 1}">${cells.join('')}</row>`)
  })
  const height = all.length
  const cols = widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('')
  return `${XML}<worksheet xmlns="${NS}" xmlns:r="${REL}">` +
    `<dimension ref="A1:${last}${height}"/>` +
    '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>' +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    `<cols>${cols}</cols>` +
    `<sheetData>${rows.join('')}</sheetData>` +
    `<autoFilter ref="A1:${last}${height}"/>` +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    '</worksheet>'
}

const STYLES = `${XML}<styleSheet xmlns="${NS}">` +
  '<numFmts count="1"><numFmt numFmtId="164" formatCode="0.0%"/></numFmts>' +
  '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>' +
  '<fill><patternFill patternType="solid"><fgColor rgb="FFDDEBF7"/><bgColor indexed="64"/></patternFill></fill></fills>' +
  '<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>' +
  '<border><left/><right/><top/><bottom style="thin"><color rgb="FF8EA9C1"/></bottom><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="5">' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="0" fontId="1" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment vertical="center"/></xf>' +
  '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" quotePrefix="1"/>' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>' +
  '</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>'

/** The workbook's bytes: one sheet per table, in the order given. */
export function renderXlsx(tables: readonly NamedTable[], options: WorkbookOptions): Buffer {
  const names = sheetNames(tables)
  const strings = new SharedStrings()
  const sheets = tables.map(t => sheetXml(t, strings))
  const stamp = `${options.date}T00:00:00Z`
  const sheetEntries = names.map((n, i) => `<sheet name="${xmlText(n)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')
  // Excel keeps each autofilter's range as a hidden name; without it, it "repairs" the file.
  const filters = tables.map((t, i) => {
    const columns = columnCount(t)
    return `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">${xmlText(`${quotedSheet(names[i])}!$A$1:$${columnLetter(columns - 1)}$${t.rows.length + 1}`)}</definedName>`
  }).join('')
  const n = tables.length
  return zipArchive([
    {name: '[Content_Types].xml', data: `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      names.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('') +
      '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
      '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' +
      '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
      '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>'},
    {name: '_rels/.rels', data: `${XML}<Relationships xmlns="${PKG}">` +
      `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/>` +
      '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
      `<Relationship Id="rId3" Type="${REL}/extended-properties" Target="docProps/app.xml"/></Relationships>`},
    {name: 'docProps/core.xml', data: `${XML}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
      `<dc:creator>yunwang</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">${stamp}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${stamp}</dcterms:modified></cp:coreProperties>`},
    {name: 'docProps/app.xml', data: `${XML}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>yunwang</Application></Properties>`},
    {name: 'xl/workbook.xml', data: `${XML}<workbook xmlns="${NS}" xmlns:r="${REL}"><bookViews><workbookView/></bookViews><sheets>${sheetEntries}</sheets>${n > 0 ? `<definedNames>${filters}</definedNames>` : ''}</workbook>`},
    {name: 'xl/_rels/workbook.xml.rels', data: `${XML}<Relationships xmlns="${PKG}">` +
      names.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('') +
      `<Relationship Id="rId${n + 1}" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rId${n + 2}" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`},
    {name: 'xl/styles.xml', data: STYLES},
    {name: 'xl/sharedStrings.xml', data: `${XML}<sst xmlns="${NS}" count="${strings.count}" uniqueCount="${strings.list.length}">${strings.list.map(s => `<si><t xml:space="preserve">${cellText(s)}</t></si>`).join('')}</sst>`},
    ...sheets.map((data, i) => ({name: `xl/worksheets/sheet${i + 1}.xml`, data})),
  ])
}
