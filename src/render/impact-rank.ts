// Human output of `impact --rank`: the shared platforms, most dependents first, as a table, CSV or Markdown.
import type {PlatformRank} from '../core/impact/rank-platforms.js'
import {type Lang, t} from '../i18n/index.js'
import {terminalLines} from './escape/terminal-text.js'
import {firstRows, moreLine} from './row-limit.js'
import {type TabularFormat, renderTabular} from './tabular.js'
import type {NamedTable} from './xlsx.js'

const COLUMNS = ['rank', 'id', 'name', 'roles', 'department', 'state', 'dependents', 'direct', 'offCloud', 'departments', 'classified'] as const

function rankTable(r: PlatformRank, lang: Lang, roleLabel: (role: string) => string) {
  const header = COLUMNS.map(c => t(lang, `impact.rank.col.${c}`))
  const rows = r.rank.map((p, i) => [
    i + 1, p.id, p.name, p.roles.map(roleLabel).join(lang === 'zh' ? '、' : ', '), p.department, t(lang, `graph.state.${p.state}`),
    p.dependents, p.direct, p.offCloud, p.departments, p.classified,
  ])
  return {header, rows, numeric: [0, 6, 7, 8, 9, 10]}
}

/** The ranking as one workbook sheet, every row. */
export function impactRankSheets(r: PlatformRank, lang: Lang, roleLabel: (role: string) => string): NamedTable[] {
  return [{name: t(lang, 'impact.rank.sheet'), ...rankTable(r, lang, roleLabel)}]
}

/** `roleLabel` gives a role's name in the reader's language (the pack's label, else the role id). */
export function renderImpactRank(r: PlatformRank, format: TabularFormat, lang: Lang, roleLabel: (role: string) => string, limit = Number.POSITIVE_INFINITY): string {
  const {header, rows, numeric} = rankTable(r, lang, roleLabel)
  if (format === 'csv') return renderTabular({header, rows, numeric}, 'csv')
  const {shown, more} = firstRows(rows, limit)
  const notes = [
    ...moreLine(more, lang),
    ...(r.rank.some(p => p.classified > 0) ? [t(lang, 'impact.rank.classifiedDependents')] : []),
    ...(r.classified.platforms > 0 ? [t(lang, 'impact.rank.classifiedPlatforms', {count: r.classified.platforms})] : []),
  ]
  if (format === 'markdown') {
    if (r.rank.length === 0) notes.unshift(t(lang, 'impact.rank.none'))
    return `${renderTabular({header, rows: shown, numeric}, 'markdown')}${notes.map(l => `\n${terminalLines(l)}\n`).join('')}`
  }
  const out = [t(lang, 'impact.rank.title', {count: r.rank.length}), '']
  if (r.rank.length === 0) out.push(t(lang, 'impact.rank.none'))
  else out.push(renderTabular({header, rows: shown, numeric}, 'table').trimEnd())
  out.push(...notes)
  return terminalLines(`${out.join('\n')}\n`)
}
