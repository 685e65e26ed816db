// The leadership report as one self-contained HTML file: inline CSS and inline SVG charts, no script,
// no font or image fetched (a Content-Security-Policy forbids it), printable on A4.
import {type ReportData} from '../../core/report/build-report.js'
import {failingDepartments, reportFigures, waveKind} from '../../core/report/report-figures.js'
import {selectDepartments} from '../../core/report/select-departments.js'
import {type KeyAfter, type MessageKey, t} from '../../i18n/index.js'
import {percent} from '../tabular.js'
import {coversText, exemptionsSummary} from '../check.js'
import {htmlText} from '../escape/html-text.js'
import {basisText, figureText} from '../status.js'
import {leagueTable} from './league-cells.js'
import {renderBaselineChart} from './render-baseline-chart.js'
import {renderBlockerChart} from './render-blocker-chart.js'
import {renderComplianceChart} from './render-compliance-chart.js'
import {renderDepartmentChart} from './render-department-chart.js'
import {renderIpv6StatusChart} from './render-ipv6-status-chart.js'
import {renderTrajectoryChart} from './render-trajectory-chart.js'
import {renderWaveGantt} from './render-wave-gantt.js'
import {platformsHtml} from './platforms-section.js'
import {securityHtml} from './security-section.js'

/** The report's title: for a `--region` slice, the region's name leads it. */
export function reportTitle(d: Pick<ReportData, 'region'>, L: (key: MessageKey, values?: Record<string, unknown>) => string): string {
  return d.region ? L('report.titleRegion', {region: d.region.name}) : L('report.title')
}
import {changeText} from './change-text.js'

const STYLE = `
:root { --ink: #1f2933; --muted: #52606d; --line: #d9e2ec; --accent: #1565c0; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 820px; padding: 24px 20px 40px; color: var(--ink); background: #fff;
  font-family: "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", "Hiragino Sans GB", "WenQuanYi Micro Hei", sans-serif;
  font-size: 14px; line-height: 1.55; }
h1 { font-size: 24px; margin: 0 0 4px; }
h2 { font-size: 17px; margin: 28px 0 8px; padding-bottom: 4px; border-bottom: 2px solid var(--accent); }
.sub { color: var(--muted); margin: 0; }
.motto { color: var(--accent); font-weight: 600; margin: 4px 0 0; }
.cards { display: grid; grid-template-columns: repeat(3, 1fr); gap: 10px; margin-top: 12px; }
.card { border: 1px solid var(--line); border-radius: 6px; padding: 10px 12px; }
.card .k { color: var(--muted); font-size: 12px; }
.card .v { font-size: 24px; font-weight: 700; }
.card .n { color: var(--muted); font-size: 12px; }
.card.alert .v { color: #c62828; }
.note { color: var(--muted); font-size: 12px; margin: 4px 0; }
svg.chart { display: block; max-width: 100%; height: auto; margin: 6px 0; font-family: inherit; }
svg.chart text { font-size: 12px; fill: var(--ink); }
svg.chart .tick, svg.chart .legend { fill: var(--muted); }
svg.chart .value { font-size: 11px; fill: var(--muted); }
svg.chart .value.inside { fill: #fff; }
svg.chart .in-bar { fill: #fff; font-weight: 700; }
svg.chart .grid { stroke: #eef2f6; }
svg.chart .marker { stroke: #c62828; stroke-dasharray: 4 3; }
svg.chart .marker.asof { stroke: var(--ink); }
svg.chart .marker.milestone { stroke: #6a1b9a; }
svg.chart .marker-label { font-size: 11px; }
svg.chart .target-line { stroke-dasharray: 6 4; stroke-width: 1.5; }
.alert-text { color: #b3261e; font-weight: 600; }
tr.alert td { color: #b3261e; }
tr.total td { border-bottom: 2px solid var(--line); }
table.platforms th, #security-coverage th, #security-stale th { white-space: nowrap; overflow-wrap: normal; }
/* The league table: a code or a "value (place)" cell never breaks inside itself; the headers may wrap. */
table.league td { white-space: nowrap; overflow-wrap: normal; font-variant-numeric: tabular-nums; }
table.platforms .id { display: block; color: var(--muted); font-size: 12px; }
#security-stale td.nowrap { white-space: nowrap; overflow-wrap: normal; }
h3 { font-size: 15px; margin: 16px 0 6px; }
td.date { white-space: nowrap; }
svg.chart .blackout-label { font-size: 11px; fill: var(--muted); }
table { border-collapse: collapse; margin: 6px 0; font-size: 13px; }
th, td { border-bottom: 1px solid var(--line); padding: 3px 10px; text-align: left; }
/* A name with no break opportunity (a long id-like string) wraps instead of widening the page. */
th, td, p, .card { overflow-wrap: anywhere; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
table.register { font-size: 12px; }
table.register th, table.register td { padding: 3px 5px; vertical-align: top; }
table.register .nowrap { white-space: nowrap; }
table.register .id { display: block; color: var(--muted); font-size: 12px; }
tr.expiring td { background: #fff4e5; }
tr.expiring td.status { color: #b45309; font-weight: 700; }
tr.expired td.status { color: #c62828; font-weight: 700; }
footer { margin-top: 32px; color: var(--muted); font-size: 12px; }
table.scoreboard td.status { font-weight: 700; white-space: nowrap; }
/* Figures, their basis and the headers never break inside a number or a word; the target's wording takes the rest. */
table.scoreboard th, table.scoreboard td.num, table.scoreboard td.basis { white-space: nowrap; overflow-wrap: normal; }
tr.status-met td.status { color: #2e7d32; }
tr.status-on-track td.status { color: #1565c0; }
tr.status-behind td.status { color: #b45309; }
tr.status-overdue td.status { color: #c62828; }
tr.status-no-data td.status { color: #78909c; }
@page { size: A4; margin: 14mm 12mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  h2 { break-after: avoid; page-break-after: avoid; }
  svg.chart, .cards, .card, tr { break-inside: avoid; page-break-inside: avoid; }
  .cards { grid-template-columns: repeat(3, 1fr); }
}
`

interface Card {
  key: string
  value: string
  note: string
  alert?: boolean
}

/** Each target the plan moves, at its date; a date already past is said in words, not left to the chart. */
function renderTargetsHtml(d: ReportData, L: (key: MessageKey, values?: Record<string, unknown>) => string): string[] {
  if (d.targets.length === 0) return []
  const out = [`<section id="sec-targets"><h2>${htmlText(L('report.section.targets'))}</h2>`]
  for (const x of d.targets.filter(x => x.passed && !x.met)) out.push(`<p class="alert-text">${htmlText(L('report.target.passedMissed', {label: x.label, by: x.by, asOf: d.asOf, value: percent(x.projected), target: percent(x.target)}))}</p>`)
  out.push('<table id="targets"><thead><tr>', ...(['target', 'by', 'goal', 'targetProjected', 'result'] as const).map(c => `<th${c === 'goal' || c === 'targetProjected' ? ' class="num"' : ''}>${htmlText(L(`report.col.${c}`))}</th>`), '</tr></thead><tbody>')
  for (const x of d.targets) {
    out.push(`<tr${x.met ? '' : ' class="alert"'}><td>${htmlText(x.label)}</td><td class="date">${htmlText(x.by)}</td><td class="num">${htmlText(percent(x.target))}</td><td class="num">${htmlText(percent(x.projected))}</td><td>${htmlText(L(targetResultKey(x), {wave: x.wave}))}</td></tr>`)
  }
  out.push('</tbody></table>', `<p class="note">${htmlText(L('report.targetsNote'))}</p>`, '</section>')
  return out
}

/** The scoreboard: every pack target worst first, its status coloured, with its date and clause. */
function renderScoreboardHtml(d: ReportData, L: (key: MessageKey, values?: Record<string, unknown>) => string): string[] {
  const out = [`<section id="sec-scoreboard"><h2>${htmlText(L('report.section.scoreboard'))}</h2>`, '<table id="scoreboard" class="scoreboard"><thead><tr>',
    ...(['status', 'label', 'value', 'counts', 'goal', 'by', 'source'] as const).map(c => `<th${c === 'value' || c === 'goal' ? ' class="num"' : ''}>${htmlText(L(c === 'label' ? 'status.col.target' : `status.col.${c}`))}</th>`),
    ...(d.history ? [`<th class="num">${htmlText(L('report.col.vsLastMonth'))}</th>`] : []),
    '</tr></thead><tbody>']
  for (const x of d.scoreboard) {
    out.push(`<tr class="status-${x.status}"><td class="status">${htmlText(L(`status.status.${x.status}`))}</td><td>${htmlText(x.label)}</td>` +
      `<td class="num">${htmlText(figureText(x.value, x.unit))}</td><td class="basis">${htmlText(basisText(x))}</td><td class="num">${htmlText(figureText(x.target, x.unit))}</td>` +
      `<td class="date">${htmlText(x.by)}</td><td>${htmlText(x.source)}</td>${d.history ? `<td class="num">${htmlText(changeText(d, x))}</td>` : ''}</tr>`)
  }
  out.push('</tbody></table>', `<p class="note">${htmlText(L('report.scoreboardNote'))}</p>`)
  if (d.history?.previous) out.push(`<p class="note">${htmlText(L('report.vsLastMonthNote', {end: d.history.previous.end}))}</p>`)
  out.push('</section>')
  return out
}

/** The league table of cities: each city's value and place on every computed indicator. */
function renderLeagueHtml(d: ReportData, L: (key: MessageKey, values?: Record<string, unknown>) => string): string[] {
  if (d.league.rows.length === 0) return []
  const {header, rows} = leagueTable(d.league, d.lang)
  const out = [`<section class="part" id="sec-league"><h2>${htmlText(L('report.section.league'))}</h2>`, '<table id="league" class="league"><thead><tr>',
    ...header.map((h, i) => `<th${i >= 2 ? ' class="num"' : ''}>${htmlText(h)}</th>`), '</tr></thead><tbody>']
  for (const r of rows) out.push(`<tr>${r.map((c, i) => `<td${i >= 2 ? ' class="num"' : ''}>${htmlText(c)}</td>`).join('')}</tr>`)
  out.push('</tbody></table>', `<p class="note">${htmlText(L('report.league.note'))}</p>`, '</section>')
  return out
}

/** Each wave of the baseline plan due by the evaluation date: planned against done. */
function renderBaselineHtml(d: ReportData, L: (key: MessageKey, values?: Record<string, unknown>) => string): string[] {
  const b = d.baseline
  if (!b) return []
  const out = [`<section class="part" id="sec-baseline"><h2>${htmlText(L('report.section.baseline'))}</h2>`]
  out.push(`<p>${htmlText(b.summary.due === 0 ? L('status.baseline.none', {file: b.file}) : L('status.baseline.summary', {file: b.file, ...b.summary}))}</p>`)
  if (b.waves.length > 0) {
    out.push(renderBaselineChart(b.waves.map(w => ({
      label: L('report.baseline.wave', {index: w.index, end: w.end}),
      planned: w.planned,
      done: w.done,
      value: `${w.done}/${w.planned}`,
      title: `${L('report.baseline.wave', {index: w.index, end: w.end})}: ${w.done}/${w.planned}`,
    })), {title: L('report.section.baseline'), legend: {planned: L('status.col.planned'), done: L('status.col.done')}}))
    const slipped = b.waves.filter(w => w.slipped.length + w.slippedClassified > 0)
    if (slipped.length > 0) {
      out.push('<table id="baseline-slipped"><thead><tr>', ...(['wave', 'slipped'] as const).map(c => `<th>${htmlText(L(`status.col.${c}`))}</th>`), '</tr></thead><tbody>')
      for (const w of slipped) {
        const list = [w.slipped.join(', '), w.slippedClassified > 0 ? L('status.slipped.classified', {count: w.slippedClassified}) : ''].filter(Boolean).join('; ')
        out.push(`<tr><td class="date">${w.index}</td><td>${htmlText(list)}</td></tr>`)
      }
      out.push('</tbody></table>')
    }
  }
  out.push('</section>')
  return out
}

/** met; missed by the plan at that date; or missed with the date already past. */
export function targetResultKey(x: {met: boolean; passed: boolean; wave: number}): MessageKey {
  if (x.met) return x.wave === 0 ? 'report.target.metNow' : 'report.target.met'
  return x.passed ? 'report.target.passed' : 'report.target.missed'
}

/** A group's networks for a report table: the first five, then how many in all. */
export function overlapNetworks(ids: string[], L: (key: MessageKey, values?: Record<string, unknown>) => string): string {
  return ids.length <= 5 ? ids.join(' ') : `${ids.slice(0, 5).join(' ')} ${L('ipv6.more', {count: ids.length})}`
}

export function renderReportHtml(d: ReportData): string {
  const lang = d.lang
  const f = reportFigures(d)
  const a = d.adoption
  const L = (key: MessageKey, values: Record<string, unknown> = {}): string => t(lang, key, values)
  const target = 'short' in a.target ? a.target : null
  const targetNote = target
    ? target.met ? L('report.key.targetMet', {rate: percent(target.rate), by: target.by}) : L('report.key.targetShort', {rate: percent(target.rate), by: target.by, short: target.short})
    : L('adoption.target.none')
  const cards: Card[] = [
    {key: L('report.key.rate'), value: percent(a.rate), note: targetNote, alert: target !== null && !target.met},
    {key: L('report.key.onCloud'), value: `${a.onCloud}/${a.total}`, note: L('report.key.excluded', a.excluded)},
    {key: L('report.key.adjusted'), value: percent(a.adjustedRate), note: L('report.key.adjustedNote', {exempt: a.exempt})},
    {key: L('report.key.waves'), value: String(f.plan.waves), note: L('report.key.wavesNote', {moving: f.plan.systemWaves, other: f.plan.otherWaves, idle: f.plan.idleWaves, migration: f.plan.migrationWaves, bound: f.plan.lowerBound, rate: percent(f.plan.rateAfter), unplaced: f.plan.unplaced}), alert: f.plan.unplaced > 0},
    {key: L('report.key.ipv6'), value: percent(f.ipv6.rate), note: L('report.key.ipv6Note', {ready: f.ipv6.counts.ready, inScope: f.ipv6.inScope})},
    {key: L('report.key.findings'), value: String(f.check.summary.critical + f.check.summary.error + f.check.summary.warning + f.check.summary.info), note: L('report.key.findingsNote', f.check.summary), alert: f.check.summary.critical + f.check.summary.error > 0},
  ]
  if (a.oneCloudBuilt) cards.push({key: L('report.key.oneCloud'), value: `${a.oneCloudBuilt.managed}/${a.oneCloudBuilt.total}`, note: L('report.key.oneCloudNote', {by: a.oneCloudBuilt.by})})
  const out: string[] = [
    '<!DOCTYPE html>',
    `<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${htmlText(`${reportTitle(d, L)} ${d.asOf}`)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    `<header><h1>${htmlText(reportTitle(d, L))}</h1>`,
    `<p class="sub">${htmlText(L('report.subtitle', {asOf: d.asOf, policy: d.policy.name}))}</p>`,
    `<p class="motto">${htmlText(L('report.motto'))}</p></header>`,
    ...renderScoreboardHtml(d, L),
    `<section id="key-figures"><h2>${htmlText(L('report.section.key'))}</h2><div class="cards">`,
    ...cards.map(c => `<div class="card${c.alert ? ' alert' : ''}"><div class="k">${htmlText(c.key)}</div><div class="v">${htmlText(c.value)}</div><div class="n">${htmlText(c.note)}</div></div>`),
    '</div></section>',
  ]
  for (const line of renderTargetsHtml(d, L)) out.push(line)
  for (const line of renderBaselineHtml(d, L)) out.push(line)

  out.push(`<section class="part" id="sec-trajectory"><h2>${htmlText(L('report.section.trajectory'))}</h2>`)
  const milestones = a.oneCloudBuilt ? [{date: a.oneCloudBuilt.by, label: L('report.marker.oneCloud', {date: a.oneCloudBuilt.by})}] : []
  const actual = (d.history?.months ?? []).flatMap(m => {
    const rate = m.indicators.adoptionRate
    return typeof rate === 'number' ? [{date: m.end, rate, title: L('report.actual.point', {date: m.end, rate: percent(rate), commit: m.commit.slice(0, 7)})}] : []
  })
  out.push(renderTrajectoryChart(
    d.plan.waves.map(w => ({date: w.end, rate: w.projectedRate, title: L('report.wave.point', {index: w.index, date: w.end, rate: percent(w.projectedRate)})})),
    {
      actual,
      legend: {actual: L('report.legend.actual'), planned: L('report.legend.planned')},
      title: L('report.section.trajectory'),
      asOf: {date: d.asOf, rate: a.rate, label: L('report.marker.asOf', {date: d.asOf})},
      target: target ? {rate: target.rate, by: target.by, label: L('report.marker.target', {rate: percent(target.rate), date: target.by})} : null,
      milestones,
      percent,
    },
  ))
  if (target) out.push(`<p class="note">${htmlText(L(target.passed ? 'report.trajectoryNote' : 'report.trajectoryNoteFuture', {rate: percent(target.rate), by: target.by}))}</p>`)
  out.push('</section>')

  out.push(`<section class="part" id="sec-gantt"><h2>${htmlText(L('report.section.gantt'))}</h2>`)
  if (d.plan.waves.length === 0) out.push(`<p>${htmlText(L('report.noWaves'))}</p>`)
  else {
    out.push(renderWaveGantt(
      d.plan.waves.map(w => ({
        index: w.index,
        start: w.start,
        end: w.end,
        label: L('report.wave', {index: w.index}),
        detail: waveKind(w) === 'idle' ? L('report.wave.idle') : L('report.wave.detail', {systems: w.systems.length, networks: w.networks.length, nodes: w.nodes.length}),
        kind: waveKind(w),
      })),
      d.plan.config.blackouts.map(b => ({from: b.from, to: b.to, label: b.reason ?? L('report.blackouts')})),
      {title: L('report.section.gantt')},
    ))
    out.push(`<p class="note">${htmlText(L('report.ganttNote'))}</p>`)
  }
  out.push('</section>')

  out.push(`<section class="part" id="sec-adoption"><h2>${htmlText(L('report.section.adoption'))}</h2>`)
  const departments = selectDepartments(a.groups, target ? target.rate : null)
  if (departments.shown.length === 0) out.push(`<p>${htmlText(L('report.departments.noneBelow'))}</p>`)
  else {
    out.push(renderDepartmentChart(departments.shown, {
      title: L('report.section.adoption'),
      target: target ? target.rate : null,
      targetLabel: target ? L('report.marker.targetRate', {rate: percent(target.rate)}) : '',
      percent,
    }))
  }
  const rest = [
    ...(departments.belowMore > 0 ? [L('report.departments.belowMore', {count: departments.belowMore})] : []),
    ...(departments.atOrAbove > 0 ? [L('report.departments.atOrAbove', {count: departments.atOrAbove})] : []),
  ]
  if (rest.length > 0) out.push(`<p class="note" id="departments-rest">${htmlText(rest.join(lang === 'zh' ? '；' : '; '))}</p>`)
  out.push('</section>')
  for (const line of platformsHtml(d, L)) out.push(line)

  out.push(...renderLeagueHtml(d, L))

  const share = (count: number, total: number): string => `${count} (${percent(total === 0 ? 0 : count / total)})`
  out.push(`<section class="part" id="sec-ipv6"><h2>${htmlText(L('report.section.ipv6'))}</h2>`)
  out.push(renderIpv6StatusChart(d.ipv6.counts, {title: L('report.section.ipv6'), label: s => L(`ipv6.status.${s}`), format: share}))
  out.push(`<h2>${htmlText(L('report.section.blockers', {count: d.topBlockers.length}))}</h2>`)
  if (d.topBlockers.length === 0) out.push(`<p>${htmlText(L('report.noBlockers'))}</p>`)
  else {
    out.push(renderBlockerChart(d.topBlockers.map(b => ({kind: L(`ipv6.kind.${b.kind}`), id: b.id, name: b.name, blocks: b.blocks})), {
      title: L('report.section.blockers', {count: d.topBlockers.length}),
      systems: n => L('report.systems', {count: n}),
    }))
  }
  if (d.ipv6.conflictCount > 0) {
    out.push(`<h2>${htmlText(L('report.section.overlaps', {count: d.topOverlaps.length}))}</h2>`)
    out.push(`<p class="note">${htmlText(L('ipv6.conflictSummary', {pairs: d.ipv6.conflictCount, groups: d.ipv6.conflictGroups.length}))}</p>`)
    out.push('<table id="prefix-overlaps"><thead><tr>', ...(['prefix', 'networks', 'pairs'] as const).map(c => `<th${c === 'pairs' ? ' class="num"' : ''}>${htmlText(L(`ipv6.col.${c}`))}</th>`), '</tr></thead><tbody>')
    for (const g of d.topOverlaps) out.push(`<tr><td>${htmlText(g.prefix)}</td><td>${htmlText(overlapNetworks(g.networks, L))}</td><td class="num">${g.pairs}</td></tr>`)
    out.push('</tbody></table>')
  }
  out.push('</section>')

  out.push(`<section class="part" id="sec-compliance"><h2>${htmlText(L('report.section.compliance'))}</h2>`)
  out.push(renderComplianceChart(f.check.departments, {title: L('report.section.compliance'), label: s => L(`check.status.${s}`), format: share}))
  out.push(`<h2>${htmlText(L('report.section.failing'))}</h2>`)
  const failing = failingDepartments(d)
  if (failing.length === 0) out.push(`<p>${htmlText(L('report.noFailing'))}</p>`)
  else {
    const sev = ['critical', 'error', 'warning'] as const
    out.push('<table id="failing-departments"><thead><tr>', `<th>${htmlText(L('report.col.department'))}</th>`, ...sev.map(s => `<th class="num">${htmlText(L(`check.severity.${s}`))}</th>`), '</tr></thead><tbody>')
    for (const x of failing) out.push(`<tr><td>${htmlText(x.department)}</td>${sev.map(s => `<td class="num">${x.counts[s]}</td>`).join('')}</tr>`)
    out.push('</tbody></table>')
  }
  if (d.check.departmentsWithheld.fail > 0) out.push(`<p>${htmlText(L('report.failingWithheld', {count: d.check.departmentsWithheld.fail}))}</p>`)
  out.push('</section>')
  for (const line of securityHtml(d, L)) out.push(line)

  // The exemption register: the most urgent first (sorted by until); expiring rows shaded, expired in red.
  out.push(`<section class="part" id="sec-exemptions"><h2>${htmlText(L('report.section.exemptions'))}</h2>`)
  out.push(`<p class="note">${htmlText(exemptionsSummary(lang, d.exemptions, d.exemptionNoticeDays))}</p>`)
  if (d.exemptions.exemptions.length > 0) {
    const cols: Array<[KeyAfter<'check.exemptions.col.'>, string]> = [
      ['status', 'nowrap'], ['subject', ''], ['department', ''], ['covers', ''], ['document', ''], ['approvedBy', ''], ['approvedOn', 'nowrap'], ['until', 'nowrap'], ['daysLeft', 'num'],
    ]
    out.push('<table id="exemptions" class="register"><thead><tr>', ...cols.map(([c, cls]) => `<th${cls ? ` class="${cls}"` : ''}>${htmlText(L(`check.exemptions.col.${c}`))}</th>`), '</tr></thead><tbody>')
    for (const e of d.exemptions.exemptions) {
      const cells = [
        `<td class="status nowrap">${htmlText(L(`check.exemption.${e.status}`))}</td>`,
        `<td>${htmlText(e.name)}<span class="id">${htmlText(`${L(`check.subject.${e.kind}`)} ${e.id}`)}</span></td>`,
        `<td>${htmlText(e.department ?? L('check.noDepartment'))}</td>`,
        `<td>${htmlText(coversText(lang, e.covers))}</td>`,
        `<td>${htmlText(e.document ?? '—')}</td>`,
        `<td>${htmlText(e.approvedBy)}</td>`,
        `<td class="nowrap">${htmlText(e.approvedOn ?? '—')}</td>`,
        `<td class="nowrap">${htmlText(e.until)}</td>`,
        `<td class="num">${e.daysLeft}</td>`,
      ]
      out.push(`<tr class="${e.status}">${cells.join('')}</tr>`)
    }
    out.push('</tbody></table>')
  }
  out.push('</section>')

  out.push(`<section id="sec-classified"><h2>${htmlText(L('report.section.classified'))}</h2>`)
  if (d.classified.systems) {
    out.push(`<p>${htmlText(L('report.classifiedListed', {count: d.classified.count}))}</p>`, '<table><thead><tr>', ...(['id', 'name', 'department'] as const).map(c => `<th>${htmlText(L(`report.col.${c}`))}</th>`), '</tr></thead><tbody>')
    for (const s of d.classified.systems) out.push(`<tr><td>${htmlText(s.id)}</td><td>${htmlText(s.name)}</td><td>${htmlText(s.department)}</td></tr>`)
    out.push('</tbody></table>')
  } else out.push(`<p>${htmlText(L('report.classifiedCounted', {count: d.classified.count}))}</p>`)
  out.push('</section>')

  out.push(`<footer>${htmlText(L('report.footer'))}</footer>`, '</body>', '</html>', '')
  return out.join('\n')
}
