// The report's 安全保障 section, in HTML and in Markdown: coverage by department and the stale assessments.
import {ROWS_SHOWN} from '../row-limit.js'
import type {ReportData} from '../../core/report/build-report.js'
import {COVERAGE_KINDS, type Coverage, type StaleAssessment} from '../../core/report/security-coverage.js'
import {selectSecurityDepartments} from '../../core/report/select-security-departments.js'
import type {MessageKey} from '../../i18n/index.js'
import {htmlText} from '../escape/html-text.js'
import {markdownText} from '../escape/markdown-cell.js'
import {percent, renderTabular} from '../tabular.js'

type Say = (key: MessageKey, values?: Record<string, unknown>) => string

/** "3/6 (50.0%)", or "—" when nothing is counted or the rules did not run. */
export function coverageText(c: Coverage): string {
  return c === null || c.total === 0 ? '—' : `${c.covered}/${c.total} (${percent(c.covered / c.total)})`
}

interface SecurityTables {
  header: string[]
  rows: string[][]
  moreDepartments: number
  staleHeader: string[]
  staleRows: string[][]
  notes: string[]
}

function tables(d: ReportData, L: Say): SecurityTables {
  const sec = d.security
  const {shown, more} = selectSecurityDepartments(sec.departments, ROWS_SHOWN)
  const header = [L('report.col.department'), ...COVERAGE_KINDS.map(k => L(`report.security.col.${k}`))]
  const rows = [
    [L('report.security.total'), ...COVERAGE_KINDS.map(k => coverageText(sec.total[k]))],
    ...shown.map(x => [x.department, ...COVERAGE_KINDS.map(k => coverageText(x.coverage[k]))]),
  ]
  const stale = sec.stale.slice(0, ROWS_SHOWN)
  const staleHeader = [L('report.col.id'), L('report.col.name'), L('report.col.department'), L('report.security.col.kind'), L('report.security.col.level'), L('report.security.col.assessed'), L('report.security.col.days')]
  const staleRows = stale.map((s: StaleAssessment) => [s.id, s.name, s.department, L(`report.security.kind.${s.kind}`), String(s.mlps), s.assessed ?? L('report.security.never'), s.days === null ? '—' : String(s.days)])
  const notes = [
    ...(sec.stale.length > stale.length ? [L('report.security.staleMore', {count: sec.stale.length - stale.length})] : []),
    ...(sec.staleClassified > 0 ? [L('report.security.staleClassified', {count: sec.staleClassified})] : []),
  ]
  return {header, rows, moreDepartments: more, staleHeader, staleRows, notes}
}

export function securityHtml(d: ReportData, L: Say): string[] {
  const out = [`<section class="part" id="sec-security"><h2>${htmlText(L('report.section.security'))}</h2>`]
  const x = tables(d, L)
  if (d.security.departments.length === 0) out.push(`<p>${htmlText(L('report.security.none'))}</p>`)
  else {
    out.push('<table id="security-coverage"><thead><tr>', ...x.header.map((h, i) => `<th${i > 0 ? ' class="num"' : ''}>${htmlText(h)}</th>`), '</tr></thead><tbody>')
    x.rows.forEach((r, i) => out.push(`<tr${i === 0 ? ' class="total"' : ''}>${r.map((c, j) => `<td${j > 0 ? ' class="num"' : ''}>${i === 0 ? `<strong>${htmlText(c)}</strong>` : htmlText(c)}</td>`).join('')}</tr>`))
    out.push('</tbody></table>')
    if (x.moreDepartments > 0) out.push(`<p class="note">${htmlText(L('report.security.moreDepartments', {count: x.moreDepartments}))}</p>`)
  }
  out.push(`<p class="note">${htmlText(L('report.security.note'))}</p>`)
  out.push(`<h3>${htmlText(L('report.security.stale', {count: d.security.stale.length + d.security.staleClassified}))}</h3>`)
  if (d.security.stale.length + d.security.staleClassified === 0) out.push(`<p>${htmlText(L('report.security.noStale'))}</p>`)
  if (x.staleRows.length > 0) {
    const numeric = new Set([4, 6])
    out.push('<table id="security-stale"><thead><tr>', ...x.staleHeader.map((h, i) => `<th${numeric.has(i) ? ' class="num"' : ''}>${htmlText(h)}</th>`), '</tr></thead><tbody>')
    // The id, the kind of assessment and the date on one line each; names and departments take the rest.
    const cls = (j: number) => (numeric.has(j) ? ' class="num"' : j === 5 ? ' class="date"' : j === 0 || j === 3 ? ' class="nowrap"' : '')
    for (const r of x.staleRows) out.push(`<tr>${r.map((c, j) => `<td${cls(j)}>${htmlText(c)}</td>`).join('')}</tr>`)
    out.push('</tbody></table>')
  }
  for (const n of x.notes) out.push(`<p class="note">${htmlText(n)}</p>`)
  out.push('</section>')
  return out
}

export function securityMarkdown(d: ReportData, L: Say): string[] {
  const out = [`## ${L('report.section.security')}`, '']
  const x = tables(d, L)
  if (d.security.departments.length === 0) out.push(L('report.security.none'), '')
  else {
    out.push(renderTabular({header: x.header, rows: x.rows, numeric: [1, 2, 3, 4]}, 'markdown'))
    if (x.moreDepartments > 0) out.push(L('report.security.moreDepartments', {count: x.moreDepartments}), '')
  }
  out.push(markdownText(L('report.security.note')), '')
  out.push(`### ${L('report.security.stale', {count: d.security.stale.length + d.security.staleClassified})}`, '')
  if (d.security.stale.length + d.security.staleClassified === 0) out.push(L('report.security.noStale'), '')
  if (x.staleRows.length > 0) out.push(renderTabular({header: x.staleHeader, rows: x.staleRows, numeric: [4, 6]}, 'markdown'))
  for (const n of x.notes) out.push(markdownText(n), '')
  return out
}
