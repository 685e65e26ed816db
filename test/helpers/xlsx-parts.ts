// Builds .xlsx files byte by byte for tests of hostile workbooks: a minimal zip writer (stored or
// deflated entries, any declared size) and the few XML parts a workbook needs.
import {crc32, deflateRawSync} from 'node:zlib'

export interface ZipEntry {
  name: string
  data?: Buffer | string
  /** Raw deflate data to store as is (with `size` as its declared uncompressed size). */
  deflated?: Buffer
  size?: number
}

export function zip(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8')
    const plain = e.data === undefined ? undefined : Buffer.isBuffer(e.data) ? e.data : Buffer.from(e.data, 'utf8')
    const body = e.deflated ?? deflateRawSync(plain ?? Buffer.alloc(0))
    const size = e.size ?? plain?.length ?? 0
    const crc = plain ? crc32(plain) : 0
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt16LE(0x0800, 6)
    local.writeUInt16LE(8, 8)
    local.writeUInt32LE(crc, 14)
    local.writeUInt32LE(body.length, 18)
    local.writeUInt32LE(size, 22)
    local.writeUInt16LE(name.length, 26)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(20, 4)
    central.writeUInt16LE(20, 6)
    central.writeUInt16LE(0x0800, 8)
    central.writeUInt16LE(8, 10)
    central.writeUInt32LE(crc, 16)
    central.writeUInt32LE(body.length, 20)
    central.writeUInt32LE(size, 24)
    central.writeUInt16LE(name.length, 28)
    central.writeUInt32LE(offset, 42)
    locals.push(local, name, body)
    centrals.push(central, name)
    offset += 30 + name.length + body.length
  }
  const cd = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(entries.length, 8)
  end.writeUInt16LE(entries.length, 10)
  end.writeUInt32LE(cd.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, cd, end])
}

export interface WorkbookParts {
  /** The inside of <sheetData>. */
  sheetData: string
  /** Shared strings, each the inside of one <si> (so rich text runs can be given). */
  sharedStrings?: string[]
  /** Written before <sheetData> (e.g. a <dimension>). */
  beforeSheetData?: string
  /** Written after </sheetData> (e.g. <hyperlinks>). */
  afterSheetData?: string
  /** Relationships of the sheet (hyperlink targets). */
  sheetRels?: string
  /** Replaces a part by name, or adds one. */
  override?: Record<string, ZipEntry>
}

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships'

/** The parts of a one-sheet workbook named Sheet1; style 1 is the built-in date format (numFmtId 14). */
export function workbookEntries(p: WorkbookParts): ZipEntry[] {
  const entries: ZipEntry[] = [
    {name: '[Content_Types].xml', data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`},
    {name: '_rels/.rels', data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`},
    {name: 'xl/workbook.xml', data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="${NS}" xmlns:r="${R}"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`},
    {name: 'xl/_rels/workbook.xml.rels', data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`},
    {name: 'xl/styles.xml', data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="${NS}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>`},
    {name: 'xl/sharedStrings.xml', data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<sst xmlns="${NS}" count="${p.sharedStrings?.length ?? 0}" uniqueCount="${p.sharedStrings?.length ?? 0}">${(p.sharedStrings ?? []).map(s => `<si>${s}</si>`).join('')}</sst>`},
    {name: 'xl/worksheets/sheet1.xml', data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="${NS}" xmlns:r="${R}">${p.beforeSheetData ?? ''}<sheetData>${p.sheetData}</sheetData>${p.afterSheetData ?? ''}</worksheet>`},
  ]
  if (p.sheetRels) entries.push({name: 'xl/worksheets/_rels/sheet1.xml.rels', data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG}">${p.sheetRels}</Relationships>`})
  for (const [name, entry] of Object.entries(p.override ?? {})) {
    const i = entries.findIndex(e => e.name === name)
    if (i === -1) entries.push(entry)
    else entries[i] = entry
  }
  return entries
}

export function workbook(p: WorkbookParts): Buffer {
  return zip(workbookEntries(p))
}

/** An inline-string cell. */
export const str = (ref: string, text: string): string => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`
/** A number cell, with an optional style index (1 = date). */
export const num = (ref: string, n: number, style?: number): string => `<c r="${ref}"${style === undefined ? '' : ` s="${style}"`}><v>${n}</v></c>`
export const row = (r: number, cells: string[]): string => `<row r="${r}">${cells.join('')}</row>`
