// Human output of `impact`: the system, then who depends on it and what it needs, nearest first.
import {terminalLines, terminalText} from './escape/terminal-text.js'
import type {ImpactEntry, ImpactResult} from '../core/impact/compute-impact.js'
import {type Lang, t} from '../i18n/index.js'
import {type TabularFormat, renderTabular} from './tabular.js'

function rows(list: ImpactEntry[], lang: Lang): Array<Array<string | number>> {
  return [...list]
    .sort((a, b) => a.distance - b.distance || (a.id < b.id ? -1 : 1))
    .map(e => [e.distance, e.id, e.name, e.department, t(lang, `graph.state.${e.state}`)])
}

export function renderImpact(r: ImpactResult, format: TabularFormat, lang: Lang): string {
  const header = (['distance', 'id', 'name', 'department', 'state'] as const).map(c => t(lang, `impact.col.${c}`))
  if (format !== 'table') {
    // One table with a direction column, so the CSV/Markdown pastes as one sheet.
    const dir = (d: string) => (lang === 'zh' ? (d === 'dependents' ? '依赖它' : '它依赖') : d)
    return renderTabular({
      header: [lang === 'zh' ? '方向' : 'direction', ...header],
      rows: [...rows(r.dependents, lang).map(x => [dir('dependents'), ...x]), ...rows(r.dependencies, lang).map(x => [dir('dependencies'), ...x])],
      numeric: [1],
    }, format)
  }
  // Names and departments outside the tables are shown on one line each: their line breaks are shown, never obeyed.
  const out = [t(lang, 'impact.title', {id: r.id, name: terminalText(r.name), department: terminalText(r.department), state: t(lang, `graph.state.${r.state}`)}), '']
  for (const [key, list] of [['impact.dependents', r.dependents], ['impact.dependencies', r.dependencies]] as const) {
    out.push(t(lang, key, {count: list.length}))
    out.push(list.length === 0 ? t(lang, 'impact.none') : renderTabular({header, rows: rows(list, lang), numeric: [0]}, 'table').trimEnd(), '')
  }
  out.push(t(lang, 'impact.departments', {count: r.departments.length, list: r.departments.map(terminalText).join(lang === 'zh' ? '、' : ', ')}))
  if (r.classified.dependents + r.classified.dependencies > 0) out.push(t(lang, 'impact.classifiedHidden', r.classified))
  return terminalLines(`${out.join('\n')}\n`)
}
