// One CSV cell as spreadsheets read it: RFC 4180 quoting, and text that a spreadsheet would run as a
// formula (a leading = + - @, tab or carriage return) kept as text with a leading apostrophe.

/** The byte-order mark every CSV starts with, so that Excel on Chinese Windows reads UTF-8. */
export const CSV_BOM = '\uFEFF'

const FORMULA = /^[=+\-@\t\r]/

/** A number typed as a number is left alone (-520 stays -520): it cannot be a formula. */
export function csvCell(v: string | number): string {
  let s = String(v)
  if (typeof v === 'string' && FORMULA.test(s)) s = `'${s}`
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s
}

/** A whole CSV document: the byte-order mark, then each row on a CRLF line. */
export function csvDocument(rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
  return CSV_BOM + rows.map(r => r.map(csvCell).join(',')).join('\r\n') + '\r\n'
}
