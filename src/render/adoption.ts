// Human output of `adoption`: the rate and target in two or three lines, then the groups worst first.
import {terminalLines} from './escape/terminal-text.js'
import type {AdoptionResult} from '../core/adoption/summarize-adoption.js'
import {type Lang, t} from '../i18n/index.js'
import {firstRows, moreLine} from './row-limit.js'
import {Rate, type Tabular, type TabularFormat, percent, renderTabular} from './tabular.js'
import type {NamedTable} from './xlsx.js'

function targetLine(r: AdoptionResult, lang: Lang): string {
  const target = r.target
  if (target.by === null) return t(lang, 'adoption.target.none')
  const values = {rate: percent(target.rate), by: target.by, asOf: r.asOf}
  if ('met' in target && target.met) return t(lang, 'adoption.target.met', values)
  if ('passed' in target && target.passed) return t(lang, 'adoption.target.passed', {...values, short: target.short})
  return t(lang, 'adoption.target.pace', {...values, short: target.short, perMonth: target.perMonth, months: target.monthsLeft})
}

/** The groups, worst first (by city: ranked): the one table of every form (text, CSV, Markdown, workbook). */
function groupsTable(r: AdoptionResult, lang: Lang): Tabular {
  const withCode = r.by === 'region' || r.by === 'city'
  const ranked = r.by === 'city'
  const header = [...(ranked ? [t(lang, 'adoption.col.rank')] : []), t(lang, `adoption.col.${r.by}`), ...(withCode ? [t(lang, 'adoption.col.code')] : []),
    ...(['onCloud', 'total', 'rate', 'gap', 'exempt'] as const).map(c => t(lang, `adoption.col.${c}`))]
  const first = (withCode ? 2 : 1) + (ranked ? 1 : 0)
  return {
    header,
    rows: r.groups.map(g => [...(ranked ? [g.rank ?? '—'] : []), g.label, ...(withCode ? [g.key] : []), g.onCloud, g.total, new Rate(g.rate), g.total - g.onCloud, g.exempt]),
    numeric: [...(ranked ? [0] : []), first, first + 1, first + 2, first + 3, first + 4],
  }
}

/** The workbook's sheets: the groups, every one. */
export function adoptionSheets(r: AdoptionResult, lang: Lang): NamedTable[] {
  return [{name: t(lang, 'sheet.adoption', {by: t(lang, `adoption.col.${r.by}`)}), ...groupsTable(r, lang)}]
}

/** The summary lines, then the groups worst first, cut to `limit` rows (default: all) with how many more; CSV has every group. */
export function renderAdoption(r: AdoptionResult, format: TabularFormat, lang: Lang, limit = Number.POSITIVE_INFINITY): string {
  const tabular = groupsTable(r, lang)
  if (format === 'csv') return renderTabular(tabular, format)
  const lines = [
    t(lang, 'adoption.summary', {rate: percent(r.rate), onCloud: r.onCloud, total: r.total, adjustedRate: percent(r.adjustedRate), exempt: r.exempt}),
    t(lang, 'adoption.excluded', r.excluded),
    targetLine(r, lang),
  ]
  if (r.oneCloudBuilt) lines.push(t(lang, 'adoption.oneCloudBuilt', r.oneCloudBuilt))
  const {shown, more} = firstRows(tabular.rows, limit)
  const table = `${renderTabular({...tabular, rows: shown}, format)}${moreLine(more, lang).map(l => `${l}\n`).join('')}`
  // Markdown keeps the summary as a list above the table, ready to paste into a report.
  if (format === 'markdown') return terminalLines(`${lines.map(l => `- ${l}`).join('\n')}\n\n${table}`)
  return terminalLines(`${lines.join('\n')}\n\n${table}`)
}
