// Tabular output in the three forms people paste elsewhere: an aligned table (CJK-aware), CSV, Markdown;
// each cell escaped by the one helper of its format (src/render/escape/).
import {csvDocument} from './escape/csv-cell.js'
import {markdownCell} from './escape/markdown-cell.js'
import {textTable} from './text-table.js'

export type TabularFormat = 'table' | 'csv' | 'markdown'
export const TABULAR_FORMATS = ['table', 'csv', 'markdown'] as const
/** The forms of a command whose tables also go to a workbook (xlsx needs --out). */
export type SheetFormat = TabularFormat | 'xlsx'
export const SHEET_FORMATS = ['table', 'csv', 'markdown', 'xlsx'] as const

/** A cell Markdown shows in bold (e.g. an exemption that needs a decision); plain text in the other formats. */
export class Strong {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text
  }
}

/** A rate (a fraction): 73.4% in text, CSV and Markdown; in a workbook the number itself, shown as 0.0%. */
export class Rate {
  constructor(readonly rate: number) {}
  toString(): string {
    return percent(this.rate)
  }
}

export type Cell = string | number | Strong | Rate

export interface Tabular {
  header: string[]
  rows: Cell[][]
  /** Columns to right-align (numbers, percentages). */
  numeric?: number[]
  /** Columns whose cells the renderer joins as lines (the table keeps the breaks; CSV and Markdown have none). */
  lines?: number[]
}

export function renderTabular(t: Tabular, format: TabularFormat): string {
  if (format === 'csv') return csvDocument([t.header, ...t.rows.map(r => r.map(c => (c instanceof Strong ? c.text : c instanceof Rate ? String(c) : c)))])
  if (format === 'markdown') {
    const align = t.header.map((_, i) => (t.numeric?.includes(i) ? '---:' : '---'))
    return [t.header, align, ...t.rows].map(r => `| ${r.map(c => (c instanceof Strong ? `**${markdownCell(c.text)}**` : markdownCell(c instanceof Rate ? String(c) : c))).join(' | ')} |`).join('\n') + '\n'
  }
  // East Asian wide characters count as two columns, so Chinese names line up.
  return textTable([t.header, ...t.rows.map(r => r.map(String))], {right: t.numeric, lines: t.lines})
}

/** 73.4% — percentages with one decimal, as people put them in reports. */
export function percent(rate: number): string {
  return `${(Math.round(rate * 1000) / 10).toFixed(1)}%`
}

/** The text form beside a workbook: with --format xlsx, what is not a workbook (stdout without --out) is the table. */
export const shownFormat = <F extends string>(format: F): Exclude<F, 'xlsx'> | 'table' => (format === 'xlsx' ? 'table' : format) as Exclude<F, 'xlsx'> | 'table'

/** Output ending in exactly one line break: CSV keeps its CRLF (RFC 4180, to the last record), text gets one \n. */
export function lineEnded(text: string): string {
  return text.endsWith('\r\n') ? text : `${text.trimEnd()}\n`
}
