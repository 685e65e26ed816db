// A spreadsheet as the importer sees it: one sheet, rows of plain cell values, each cell addressable
// as Excel names it (Sheet1!C12) so that every rejected value can be found and fixed in the workbook.

/**
 * A cell that holds no value to import: an error value (#N/A, #DIV/0!), or a formula saved without
 * its result (by a program that does not calculate), whose value is unknown.
 */
export type CellFault = {error: string} | {formula: string}

/** Dates arrive as YYYY-MM-DD strings; the reader converts spreadsheet dates before the core sees them. */
export type CellValue = string | number | boolean | null | CellFault

export function isFault(v: CellValue): v is CellFault {
  return v !== null && typeof v === 'object'
}

export interface SheetRow {
  /** 1-based row number in the sheet. */
  row: number
  /** Index 0 is column A. May be sparse: a hole is an empty cell (a row's one cell at XFD is one entry). */
  cells: CellValue[]
}

export interface SheetTable {
  /** The worksheet name; for a CSV file, the file's name (as a spreadsheet program shows it). */
  sheet: string
  rows: SheetRow[]
}

/** 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1
  let s = ''
  while (n > 0) {
    const r = (n - 1) % 26
    s = String.fromCharCode(65 + r) + s
    n = Math.floor((n - 1) / 26)
  }
  return s
}

/** Excel quotes sheet names with spaces or punctuation: 'My Sheet'!C12. */
export function cellRef(sheet: string, column: number, row: number): string {
  const name = /^[\p{L}\p{N}_]+$/u.test(sheet) ? sheet : `'${sheet.replaceAll("'", "''")}'`
  return `${name}!${columnLetter(column)}${row}`
}
