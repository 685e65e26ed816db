// The league table's cells as the report prints them, in Markdown and HTML alike: "91.7% (8)", "—".
import type {CityLeague, LeagueCell} from '../../core/league/city-league.js'
import {t} from '../../i18n/index.js'
import type {Lang} from '../../i18n/catalog.js'
import {percent} from '../tabular.js'

export function leagueCellText(c: LeagueCell): string {
  if (c.value === null) return '—'
  return c.rank === null ? percent(c.value) : `${percent(c.value)} (${c.rank})`
}

/** Header and rows: city, code, then one column per indicator. */
export function leagueTable(league: CityLeague, lang: Lang): {header: string[]; rows: string[][]} {
  const header = [t(lang, 'report.league.col.city'), t(lang, 'report.league.col.code'), ...league.metrics.map(m => t(lang, `report.league.metric.${m}`))]
  const rows = league.rows.map(r => [r.label, r.key, ...league.metrics.map(m => leagueCellText(r.cells[m]))])
  return {header, rows}
}
