// Edits a workbook the way a department's spreadsheet program would save it, without exceljs: the
// parts are read with the project's zip reader, the first sheet's XML is changed by hand (cells as
// inline strings or numbers, rows added or removed) and the archive is written with the test zip writer.
import {inflateEntry, zipEntries} from '../../src/io/read-zip.js'
import {zip} from './xlsx-parts.js'

export type Parts = Map<string, Buffer>

export function readParts(buf: Buffer): Parts {
  const entries = zipEntries(buf)
  if (!Array.isArray(entries)) throw new Error(entries.fault)
  const parts: Parts = new Map()
  for (const e of entries) {
    const data = inflateEntry(buf, e, 64 * 1024 * 1024)
    if (!Buffer.isBuffer(data)) throw new Error(data.fault)
    parts.set(e.name, data)
  }
  return parts
}

export function writeParts(parts: Parts): Buffer {
  return zip([...parts].map(([name, data]) => ({name, data})))
}

const escape = (s: string) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;')
const unescape = (s: string) => s.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"').replaceAll('&amp;', '&')

export function sharedStrings(parts: Parts): string[] {
  const xml = parts.get('xl/sharedStrings.xml')?.toString('utf8') ?? ''
  return [...xml.matchAll(/<si>([\s\S]*?)<\/si>/g)].map(m => unescape([...m[1].matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map(t => t[1]).join('')))
}

/** The text of every cell of a sheet part, by address. */
export function cellTexts(parts: Parts, sheet = 'xl/worksheets/sheet1.xml'): Map<string, string> {
  const strings = sharedStrings(parts)
  const xml = parts.get(sheet)?.toString('utf8') ?? ''
  const out = new Map<string, string>()
  for (const m of xml.matchAll(/<c r="([A-Z]+\d+)"([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
    const body = m[3] ?? ''
    const v = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1]
    const inline = /<t[^>]*>([\s\S]*?)<\/t>/.exec(body)?.[1]
    const text = / t="s"/.test(m[2]) && v !== undefined ? strings[Number(v)] : inline !== undefined ? unescape(inline) : v ?? ''
    out.set(m[1], text)
  }
  return out
}

function cellXml(ref: string, value: string | number): string {
  return typeof value === 'number' ? `<c r="${ref}"><v>${value}</v></c>` : `<c r="${ref}" t="inlineStr"><is><t>${escape(value)}</t></is></c>`
}

const colNumber = (ref: string) => [.../^[A-Z]+/.exec(ref)![0]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0)

/** Sets (or, with null, empties) cells of the first sheet; a cell not there yet is added to its row in column order. */
export function setCells(parts: Parts, cells: Record<string, string | number | null>): void {
  const name = 'xl/worksheets/sheet1.xml'
  let xml = parts.get(name)!.toString('utf8')
  for (const [ref, value] of Object.entries(cells)) {
    const row = Number(/\d+$/.exec(ref)![0])
    const rowMatch = new RegExp(`<row r="${row}"[^>]*>([\\s\\S]*?)</row>`).exec(xml)
    if (!rowMatch) throw new Error(`no row ${row}`)
    const cellsOf = [...rowMatch[1].matchAll(/<c r="([A-Z]+\d+)"[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g)].map(m => ({ref: m[1], xml: m[0]})).filter(c => c.ref !== ref)
    if (value !== null) cellsOf.push({ref, xml: cellXml(ref, value)})
    cellsOf.sort((a, b) => colNumber(a.ref) - colNumber(b.ref))
    const open = /^<row[^>]*>/.exec(rowMatch[0])![0]
    xml = xml.replace(rowMatch[0], `${open}${cellsOf.map(c => c.xml).join('')}</row>`)
  }
  parts.set(name, Buffer.from(xml, 'utf8'))
}

/** Removes a row of the first sheet (the rows below keep their numbers, as after clearing it). */
export function removeRow(parts: Parts, row: number): void {
  const name = 'xl/worksheets/sheet1.xml'
  const xml = parts.get(name)!.toString('utf8')
  parts.set(name, Buffer.from(xml.replace(new RegExp(`<row r="${row}"[^>]*>[\\s\\S]*?</row>`), ''), 'utf8'))
}

/** Adds a row after the last one of the first sheet. */
export function addRow(parts: Parts, row: number, cells: Record<string, string | number>): void {
  const name = 'xl/worksheets/sheet1.xml'
  const xml = parts.get(name)!.toString('utf8')
  const body = Object.entries(cells).sort(([a], [b]) => colNumber(a) - colNumber(b)).map(([col, v]) => cellXml(`${col}${row}`, v)).join('')
  parts.set(name, Buffer.from(xml.replace('</sheetData>', `<row r="${row}">${body}</row></sheetData>`), 'utf8'))
}
