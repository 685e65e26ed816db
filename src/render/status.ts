// Human output of `status`: one line per target, worst first (with --by, its departments or regions under
// it), then, with a baseline, each due wave planned against done.
import type {StatusIndicator, StatusResult} from '../core/status/model.js'
import {type Lang, t} from '../i18n/index.js'
import {terminalLines} from './escape/terminal-text.js'
import {firstRows, moreLine} from './row-limit.js'
import {type Cell, Rate, type Tabular, type TabularFormat, percent, renderTabular} from './tabular.js'
import type {NamedTable} from './xlsx.js'

const DASH = '—'

export function figureText(value: number | null, unit: 'rate' | 'count'): string {
  if (value === null) return DASH
  return unit === 'rate' ? percent(value) : String(Math.round(value * 100) / 100)
}

/** A figure as a cell: a rate stays a fraction (a workbook shows it as 0.0%), a count a number. */
function figureCell(value: number | null, unit: 'rate' | 'count'): Cell {
  if (value === null) return DASH
  return unit === 'rate' ? new Rate(value) : Math.round(value * 100) / 100
}

/** What a value rests on: "12/40", a reported month "2026-11", or both. */
export function basisText(x: {numerator: number | null; denominator: number | null; period: string | null}): string {
  const counts = x.numerator !== null && x.denominator !== null ? `${x.numerator}/${x.denominator}` : ''
  return [counts, x.period ?? ''].filter(Boolean).join(' · ') || DASH
}

function indicatorRows(r: StatusResult, lang: Lang, csv: boolean, table: boolean, limit: number): Cell[][] {
  const rows: Cell[][] = []
  const status = (s: StatusIndicator['status']) => t(lang, `status.status.${s}`)
  for (const x of r.indicators) {
    const head = [status(x.status), x.id, ...(csv ? [''] : []), figureCell(x.value, x.unit), basisText(x), figureCell(x.target, x.unit), x.by,
      figureCell(x.projected, x.unit), x.source, ...(table ? [] : [x.label])]
    rows.push(head)
    // Each target's groups, worst first, cut to `limit` in table and Markdown (CSV holds them all).
    const {shown, more} = firstRows(x.groups ?? [], csv ? Number.POSITIVE_INFINITY : limit)
    for (const g of shown) {
      const label = g.label === g.key || (r.by !== 'region' && r.by !== 'city') ? g.label : `${g.label} ${g.key}`
      // By city, the league place leads: "3. 常州市 320400"; a row without one (no data, the province's group) has none.
      const name = r.by === 'city' && g.rank != null ? `${g.rank}. ${label}` : label
      rows.push([status(g.status), csv ? x.id : `  └ ${name}`, ...(csv ? [g.key] : []), figureCell(g.value, x.unit), basisText(g), '', '', '', '', ...(table ? [] : [''])])
    }
    // A short row keeps the column narrow; the line under the table says how to see them all.
    if (more > 0) rows.push(['', `  └ … +${more}`, '', '', '', '', '', '', ...(table ? [] : [''])])
  }
  return rows
}

function indicatorsTable(r: StatusResult, format: TabularFormat, lang: Lang, limit: number): Tabular {
  const csv = format === 'csv'
  // The terminal table leaves the targets' wording to markdown and csv: it would double the width.
  const table = format === 'table'
  const cols = [...(['status', 'target'] as const), ...(csv ? (['group'] as const) : []), ...(['value', 'counts', 'goal', 'by', 'projected', 'source'] as const), ...(table ? [] : (['label'] as const))]
  const header = cols.map(c => t(lang, c === 'label' ? 'status.col.target' : c === 'target' ? 'status.col.id' : `status.col.${c}`))
  const valueCol = csv ? 3 : 2
  return {header, rows: indicatorRows(r, lang, csv, table, limit), numeric: [valueCol, valueCol + 2, valueCol + 4]}
}

function wavesTable(r: StatusResult, format: TabularFormat, lang: Lang): Tabular {
  // In the table, five ids a line, so a wave of twenty slipped systems stays readable.
  const sep = format === 'table' ? '\n' : '; '
  const ids = (list: string[]) => Array.from({length: Math.ceil(list.length / 5)}, (_, i) => list.slice(i * 5, i * 5 + 5).join(', ')).join(sep)
  const waveRows = (r.waves ?? []).map(w => [w.index, `${w.start} – ${w.end}`, w.planned, w.done,
    [ids(w.slipped), w.slippedClassified > 0 ? t(lang, 'status.slipped.classified', {count: w.slippedClassified}) : ''].filter(Boolean).join(sep) || DASH])
  const waveHeader = (['wave', 'window', 'planned', 'done', 'slipped'] as const).map(c => t(lang, `status.col.${c}`))
  return {header: waveHeader, rows: waveRows, numeric: [0, 2, 3], lines: [4]}
}

/** The workbook's sheets: the indicators as the CSV lays them out (a group column, every group), and the baseline's waves. */
export function statusSheets(r: StatusResult, lang: Lang): NamedTable[] {
  const sheets: NamedTable[] = [{name: t(lang, 'sheet.status.indicators'), ...indicatorsTable(r, 'csv', lang, Number.POSITIVE_INFINITY)}]
  if (r.waves && r.waves.length > 0) sheets.push({name: t(lang, 'sheet.status.waves'), ...wavesTable(r, 'csv', lang)})
  return sheets
}

/** The summary line, the targets (each with at most `limit` of its groups, default all), and the baseline's waves. */
export function renderStatus(r: StatusResult, format: TabularFormat, lang: Lang, limit = Number.POSITIVE_INFINITY): string {
  const tabular = indicatorsTable(r, format, lang, limit)
  if (format === 'csv') return renderTabular(tabular, 'csv')
  const count = (s: StatusIndicator['status']) => r.indicators.filter(x => x.status === s).length
  const lines = [t(lang, 'status.summary', {asOf: r.asOf, total: r.indicators.length, overdue: count('overdue'), behind: count('behind'), noData: count('no-data'), onTrack: count('on-track'), met: count('met')})]
  const hidden = r.indicators.reduce((n, x) => n + Math.max(0, (x.groups?.length ?? 0) - limit), 0)
  const parts = [format === 'markdown' ? lines.map(l => `- ${l}`).join('\n') : lines.join('\n'), [renderTabular(tabular, format).trimEnd(), ...moreLine(hidden, lang)].join('\n')]
  if (r.baseline) {
    const b = r.baseline
    const summary = b.summary.due === 0 ? t(lang, 'status.baseline.none', {file: b.file}) : t(lang, 'status.baseline.summary', {file: b.file, ...b.summary})
    parts.push(format === 'markdown' ? `- ${summary}` : summary)
    if (r.waves && r.waves.length > 0) parts.push(renderTabular(wavesTable(r, format, lang), format).trimEnd())
  }
  return terminalLines(parts.join('\n\n'))
}
