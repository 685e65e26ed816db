// The header of a survey sheet, in one row or in two: forms group columns under a label in a merged
// cell (资源使用情况 over vCPU / 内存 / 存储) and merge the other headers down over both rows. The
// reader has already filled every merged range with its value, so a name merged down repeats in the
// lower row; in a CSV file it is blank there, and a group label stands once, over its first column.
import type {CellValue, SheetRow} from './sheet-table.js'
import {cellText, isBlank} from './read-cell-value.js'

export interface HeaderName {
  /** What names the column: the header, or `group/lower` when the two together name a field (容量/vCPU). */
  text: string
  /** The row whose cell gives the name, for the column's address. */
  row: number
}

export interface SurveyHeader {
  /** The last header row (the lower one of a grouped header). */
  row: number
  /** By column (sparse); a column without a header has none. */
  names: HeaderName[]
  /** Index in the sheet's rows of the first row after the header. */
  next: number
}

/**
 * The header starting at `rows[at]`. The row right under it is a second header row when it names at
 * least one field under a cell that names none (a group label, or blank), and puts nothing new under a
 * header that names a field — a data row does, with its values; a merged name only repeats.
 */
export function surveyHeader(rows: readonly SheetRow[], at: number, names: (header: string) => boolean): SurveyHeader {
  const upper = rows[at]
  const lower = rows[at + 1] as SheetRow | undefined
  const text = (v: CellValue | undefined) => (v === undefined ? '' : cellText(v))
  const single = (): SurveyHeader => {
    const out: HeaderName[] = []
    for (const i in upper.cells) {
      const t = text(upper.cells[i as unknown as number])
      if (t !== '') out[i as unknown as number] = {text: t, row: upper.row}
    }
    return {row: upper.row, names: out, next: at + 1}
  }
  if (!lower || lower.row !== upper.row + 1) return single()

  /** The label over column c: its own cell, else (a group label written once, unmerged) the nearest one to its left that names no field. */
  const groupLabel = (c: number): string => {
    const own = text(upper.cells[c])
    if (own !== '') return own
    for (let i = c - 1; i >= 0; i--) {
      const t = text(upper.cells[i])
      if (t !== '') return names(t) ? '' : t
    }
    return ''
  }
  let named = false
  for (const i in lower.cells) {
    const c = i as unknown as number
    const v = lower.cells[c]
    if (isBlank(v)) continue
    const above = text(upper.cells[c])
    if (above === text(v)) continue
    if (above !== '' && names(above)) return single()
    const label = groupLabel(c)
    if (names(text(v)) || (label !== '' && names(`${label}/${text(v)}`))) named = true
  }
  if (!named) return single()

  const out: HeaderName[] = []
  const columns = new Set([...Object.keys(upper.cells), ...Object.keys(lower.cells)].map(Number))
  for (const c of [...columns].sort((a, b) => a - b)) {
    const below = text(lower.cells[c])
    const above = text(upper.cells[c])
    if (below === '' || below === above) {
      if (above !== '') out[c] = {text: above, row: upper.row}
      continue
    }
    const label = groupLabel(c)
    out[c] = {text: label !== '' && names(`${label}/${below}`) ? `${label}/${below}` : below, row: lower.row}
  }
  return {row: lower.row, names: out, next: at + 2}
}
