// Checks an .xlsx archive before a spreadsheet library loads it whole: what it would expand to, any
// DTD (entity expansion, external entities) and how many cells its sheets hold. A workbook past a limit
// is refused with a reason a person can act on, instead of ending in an out-of-memory abort.
import {type ZipFault, inflateEntry, zipEntries} from './read-zip.js'

/** All parts of a workbook together, inflated; a 100,000-row survey of 20 columns is well under it. */
export const MAX_INFLATED_BYTES = 256 * 1024 * 1024
/**
 * Cells in all sheets together. exceljs holds about 300 bytes per cell once loaded; two million cells
 * (100,000 rows of 20 columns) stay within Node's default heap.
 */
export const MAX_CELLS = 2_000_000

export type WorkbookFault =
  | ZipFault
  | {fault: 'dtd'; entry: string}
  | {fault: 'too-many-cells'; cells: number; limit: number}

const DOCTYPE = Buffer.from('<!DOCTYPE')
const ENTITY = Buffer.from('<!ENTITY')
const CHUNK = 16 * 1024 * 1024

/** Cell elements (`<c r=…>`, `<c>`) in a sheet part, counted in chunks of text (faster than Buffer.indexOf per cell). */
function cellCount(sheet: Buffer): number {
  let n = 0
  for (let start = 0; start < sheet.length; start += CHUNK) {
    // Two bytes of overlap, so that a tag across the boundary is counted in the chunk it starts in.
    const text = sheet.toString('latin1', start, Math.min(sheet.length, start + CHUNK + 2))
    for (let i = text.indexOf('<c'); i !== -1 && i < CHUNK; i = text.indexOf('<c', i + 2)) {
      const next = text.charCodeAt(i + 2)
      if (next === 0x20 || next === 0x3e || next === 0x09 || next === 0x0a || next === 0x0d) n++
    }
  }
  return n
}

const MERGE = /<mergeCell\s[^>]*?ref="\$?([A-Z]{1,3})\$?(\d{1,7})(?::\$?([A-Z]{1,3})\$?(\d{1,7}))?"/g

const columnNumber = (letters: string): number => [...letters].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0)

/**
 * Cells that merged ranges cover: a spreadsheet library makes an object for each one, so one range
 * over the whole sheet (A1:XFD1048576, seventeen billion cells) would hang the load.
 */
function mergedCells(sheet: Buffer): number {
  if (!sheet.includes('<mergeCell')) return 0
  let n = 0
  for (const m of sheet.toString('latin1').matchAll(MERGE)) {
    if (m[3] === undefined) continue
    n += (Math.abs(columnNumber(m[3]) - columnNumber(m[1])) + 1) * (Math.abs(Number(m[4]) - Number(m[2])) + 1)
  }
  return n
}

export function checkWorkbook(buf: Buffer): WorkbookFault | undefined {
  const entries = zipEntries(buf)
  if (!Array.isArray(entries)) return entries
  const declared = entries.reduce((sum, e) => sum + e.size, 0)
  if (declared > MAX_INFLATED_BYTES) {
    const largest = entries.reduce((a, b) => (b.size > a.size ? b : a))
    return {fault: 'too-large', entry: largest.name, limit: MAX_INFLATED_BYTES}
  }
  let budget = MAX_INFLATED_BYTES
  let cells = 0
  for (const entry of entries) {
    if (entry.name.endsWith('/')) continue
    const data = inflateEntry(buf, entry, budget)
    if (!Buffer.isBuffer(data)) return data
    budget -= data.length
    if (!/\.(xml|rels|vml)$/i.test(entry.name)) continue
    // Spreadsheet parts never need a DTD; one is an entity bomb or an external-entity probe.
    if (data.includes(DOCTYPE) || data.includes(ENTITY)) return {fault: 'dtd', entry: entry.name}
    if (/^xl\/worksheets\/[^/]+\.xml$/i.test(entry.name)) {
      cells += cellCount(data) + mergedCells(data)
      if (cells > MAX_CELLS) return {fault: 'too-many-cells', cells, limit: MAX_CELLS}
    }
  }
  return undefined
}
