// The report's 共享平台 section, in HTML and in Markdown: the platforms `impact --rank` ranks, the first
// REPORT_PLATFORMS of them, with their dependents on and off the cloud.
import type {ReportData} from '../../core/report/build-report.js'
import {REPORT_PLATFORMS} from '../../core/report/report-figures.js'
import type {MessageKey} from '../../i18n/index.js'
import {htmlText} from '../escape/html-text.js'
import {markdownText} from '../escape/markdown-cell.js'
import {renderTabular} from '../tabular.js'
import {renderPlatformChart} from './render-platform-chart.js'

type Say = (key: MessageKey, values?: Record<string, unknown>) => string

const COLUMNS = ['rank', 'name', 'roles', 'state', 'dependents', 'offCloud', 'departments'] as const
const NUMERIC = [0, 4, 5, 6]

function rows(d: ReportData, L: Say): {header: string[]; rows: string[][]; notes: string[]} {
  const p = d.platforms
  const shown = p.rank.slice(0, REPORT_PLATFORMS)
  const roles = (ids: string[]) => ids.map(r => p.roleLabels[r] ?? r).join(d.lang === 'zh' ? '、' : ', ')
  return {
    header: COLUMNS.map(c => L(`impact.rank.col.${c}`)),
    rows: shown.map((x, i) => [String(i + 1), `${x.name} (${x.id})`, roles(x.roles), L(`graph.state.${x.state}`), String(x.dependents), String(x.offCloud), String(x.departments)]),
    notes: [
      ...(p.rank.length > shown.length ? [L('report.platforms.more', {count: p.rank.length - shown.length})] : []),
      ...(p.classified.platforms > 0 ? [L('impact.rank.classifiedPlatforms', {count: p.classified.platforms})] : []),
    ],
  }
}

export function platformsHtml(d: ReportData, L: Say): string[] {
  const out = [`<section class="part" id="sec-platforms"><h2>${htmlText(L('report.section.platforms'))}</h2>`]
  if (d.platforms.rank.length === 0) {
    out.push(`<p>${htmlText(L('report.platforms.none'))}</p>`)
    for (const n of rows(d, L).notes) out.push(`<p class="note">${htmlText(n)}</p>`)
    out.push('</section>')
    return out
  }
  const shown = d.platforms.rank.slice(0, REPORT_PLATFORMS)
  out.push(renderPlatformChart(shown.map(x => {
    const value = L('report.platforms.value', {dependents: x.dependents, offCloud: x.offCloud})
    return {label: x.name, onCloud: x.dependents - x.offCloud, offCloud: x.offCloud, value, title: `${x.name} (${x.id}): ${value}`}
  }), {title: L('report.section.platforms'), legend: {on: L('report.platforms.legend.on'), off: L('report.platforms.legend.off')}}))
  const t = rows(d, L)
  out.push('<table id="platforms" class="platforms"><thead><tr>', ...t.header.map((h, i) => `<th${NUMERIC.includes(i) ? ' class="num"' : ''}>${htmlText(h)}</th>`), '</tr></thead><tbody>')
  // The name with its id underneath, as in the exemption register.
  t.rows.forEach((r, i) => out.push(`<tr>${r.map((c, j) => `<td${NUMERIC.includes(j) ? ' class="num"' : ''}>${j === 1 ? `${htmlText(shown[i].name)}<span class="id">${htmlText(shown[i].id)}</span>` : htmlText(c)}</td>`).join('')}</tr>`))
  out.push('</tbody></table>', `<p class="note">${htmlText(L('report.platforms.note'))}</p>`)
  for (const n of t.notes) out.push(`<p class="note">${htmlText(n)}</p>`)
  out.push('</section>')
  return out
}

export function platformsMarkdown(d: ReportData, L: Say): string[] {
  const out = [`## ${L('report.section.platforms')}`, '']
  const t = rows(d, L)
  if (d.platforms.rank.length === 0) out.push(L('report.platforms.none'), '')
  else out.push(renderTabular({header: t.header, rows: t.rows, numeric: NUMERIC}, 'markdown'), markdownText(L('report.platforms.note')), '')
  for (const n of t.notes) out.push(markdownText(n), '')
  return out
}
