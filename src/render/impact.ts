// Human output of `impact`: the system, then who depends on it and what it needs, nearest first.
import {terminalLines, terminalText} from './escape/terminal-text.js'
import type {ImpactEntry, ImpactResult} from '../core/impact/compute-impact.js'
import {type Lang, t} from '../i18n/index.js'
import {firstRows, moreLine} from './row-limit.js'
import {type Tabular, type TabularFormat, renderTabular} from './tabular.js'
import type {NamedTable} from './xlsx.js'

function rows(list: ImpactEntry[], lang: Lang): Array<Array<string | number>> {
  return [...list]
    .sort((a, b) => a.distance - b.distance || (a.id < b.id ? -1 : 1))
    .map(e => [e.distance, e.id, e.name, e.department, t(lang, `graph.state.${e.state}`)])
}

/** Both directions in one table with a direction column, so it pastes as one sheet; each direction cut to `limit`. */
function directionTable(r: ImpactResult, lang: Lang, limit: number): {table: Tabular; more: number} {
  const header = (['distance', 'id', 'name', 'department', 'state'] as const).map(c => t(lang, `impact.col.${c}`))
  const dir = (d: string) => (lang === 'zh' ? (d === 'dependents' ? '依赖它' : '它依赖') : d)
  const dependents = firstRows(rows(r.dependents, lang), limit)
  const dependencies = firstRows(rows(r.dependencies, lang), limit)
  return {
    table: {
      header: [t(lang, 'sheet.direction'), ...header],
      rows: [...dependents.shown.map(x => [dir('dependents'), ...x]), ...dependencies.shown.map(x => [dir('dependencies'), ...x])],
      numeric: [1],
    },
    more: dependents.more + dependencies.more,
  }
}

/** The workbook's one sheet: both directions, every row. */
export function impactSheets(r: ImpactResult, lang: Lang): NamedTable[] {
  return [{name: t(lang, 'sheet.impact'), ...directionTable(r, lang, Number.POSITIVE_INFINITY).table}]
}

/** Each direction nearest first, cut to `limit` rows (default: all) with how many more in table and Markdown; CSV is one whole table. */
export function renderImpact(r: ImpactResult, format: TabularFormat, lang: Lang, limit = Number.POSITIVE_INFINITY): string {
  const header = (['distance', 'id', 'name', 'department', 'state'] as const).map(c => t(lang, `impact.col.${c}`))
  if (format !== 'table') {
    const {table, more} = directionTable(r, lang, format === 'csv' ? Number.POSITIVE_INFINITY : limit)
    return `${renderTabular(table, format)}${moreLine(more, lang).map(l => `\n${terminalLines(l)}\n`).join('')}`
  }
  // Names and departments outside the tables are shown on one line each: their line breaks are shown, never obeyed.
  const out = [t(lang, 'impact.title', {id: r.id, name: terminalText(r.name), department: terminalText(r.department), state: t(lang, `graph.state.${r.state}`)}), '']
  for (const [key, list] of [['impact.dependents', r.dependents], ['impact.dependencies', r.dependencies]] as const) {
    out.push(t(lang, key, {count: list.length}))
    if (list.length === 0) out.push(t(lang, 'impact.none'), '')
    else {
      const {shown, more} = firstRows(rows(list, lang), limit)
      out.push(renderTabular({header, rows: shown, numeric: [0]}, 'table').trimEnd(), ...moreLine(more, lang), '')
    }
  }
  out.push(t(lang, 'impact.departments', {count: r.departments.length, list: r.departments.map(terminalText).join(lang === 'zh' ? '、' : ', ')}))
  if (r.classified.dependents + r.classified.dependencies > 0) out.push(t(lang, 'impact.classifiedHidden', r.classified))
  return terminalLines(`${out.join('\n')}\n`)
}
