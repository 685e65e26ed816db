// The report as Markdown for a CI job summary: the same figures as the HTML, as tables.
import type {ReportData} from '../../core/report/build-report.js'
import {failingDepartments, reportFigures} from '../../core/report/report-figures.js'
import {selectDepartments} from '../../core/report/select-departments.js'
import {type MessageKey, t} from '../../i18n/index.js'
import {overlapNetworks, reportTitle, targetResultKey} from './render-report-html.js'
import {type Cell, percent, renderTabular, Strong} from '../tabular.js'
import {coversText, exemptionsSummary} from '../check.js'
import {markdownText} from '../escape/markdown-cell.js'
import {basisText, figureText} from '../status.js'
import {platformsMarkdown} from './platforms-section.js'
import {securityMarkdown} from './security-section.js'
import {leagueTable} from './league-cells.js'
import {changeText} from './change-text.js'

/** Job summaries render inline HTML: text outside tables goes through markdownText, cells through renderTabular. */
export function renderReportMarkdown(d: ReportData): string {
  const L = (key: MessageKey, values: Record<string, unknown> = {}): string => t(d.lang, key, values)
  const f = reportFigures(d)
  const a = d.adoption
  const target = 'short' in a.target ? a.target : null
  const table = (header: string[], rows: Cell[][], numeric: number[] = []): string =>
    renderTabular({header, rows, numeric}, 'markdown')
  const out: string[] = [
    `# ${reportTitle(d, L)}`,
    '',
    markdownText(L('report.subtitle', {asOf: d.asOf, policy: d.policy.name})),
    '',
    `## ${L('report.section.scoreboard')}`,
    '',
    table([...(['status', 'label', 'value', 'counts', 'goal', 'by', 'source'] as const).map(c => L(c === 'label' ? 'status.col.target' : `status.col.${c}`)), ...(d.history ? [L('report.col.vsLastMonth')] : [])],
      d.scoreboard.map(x => [L(`status.status.${x.status}`), x.label, figureText(x.value, x.unit), basisText(x), figureText(x.target, x.unit), x.by, x.source, ...(d.history ? [changeText(d, x)] : [])]), [2, 4, 7]),
    ...(d.history?.previous ? [markdownText(L('report.vsLastMonthNote', {end: d.history.previous.end})), ''] : []),
    `## ${L('report.section.key')}`,
    '',
  ]
  const keyRows: string[][] = [
    [L('report.key.rate'), percent(a.rate)],
    [L('report.key.onCloud'), `${a.onCloud}/${a.total}`],
    [L('report.key.adjusted'), `${percent(a.adjustedRate)} (${L('report.key.adjustedNote', {exempt: a.exempt})})`],
  ]
  if (target) {
    const note = target.met ? L('report.key.targetMet', {rate: percent(target.rate), by: target.by}) : L('report.key.targetShort', {rate: percent(target.rate), by: target.by, short: target.short})
    keyRows[0][1] += ` — ${note}`
  }
  keyRows.push(
    [L('report.key.waves'), `${f.plan.waves} (${L('report.key.wavesNote', {moving: f.plan.systemWaves, other: f.plan.otherWaves, idle: f.plan.idleWaves, migration: f.plan.migrationWaves, bound: f.plan.lowerBound, rate: percent(f.plan.rateAfter), unplaced: f.plan.unplaced})})`],
    [L('report.key.ipv6'), `${percent(f.ipv6.rate)} (${L('report.key.ipv6Note', {ready: f.ipv6.counts.ready, inScope: f.ipv6.inScope})})`],
    [L('report.key.findings'), L('report.key.findingsNote', f.check.summary)],
  )
  if (a.oneCloudBuilt) keyRows.push([L('report.key.oneCloud'), `${a.oneCloudBuilt.managed}/${a.oneCloudBuilt.total} (${L('report.key.oneCloudNote', {by: a.oneCloudBuilt.by})})`])
  out.push(table([L('report.col.figure'), L('report.col.value')], keyRows), L('report.key.excluded', a.excluded), '')
  if (d.targets.length > 0) {
    out.push(`## ${L('report.section.targets')}`, '')
    for (const x of d.targets.filter(x => x.passed && !x.met)) out.push(`**${markdownText(L('report.target.passedMissed', {label: x.label, by: x.by, asOf: d.asOf, value: percent(x.projected), target: percent(x.target)}))}**`, '')
    out.push(table(
      (['target', 'by', 'goal', 'targetProjected', 'result'] as const).map(c => L(`report.col.${c}`)),
      d.targets.map(x => [x.label, x.by, percent(x.target), percent(x.projected), L(targetResultKey(x), {wave: x.wave})]),
      [2, 3],
    ), L('report.targetsNote'), '')
  }
  if (d.baseline) {
    const b = d.baseline
    out.push(`## ${L('report.section.baseline')}`, '', markdownText(b.summary.due === 0 ? L('status.baseline.none', {file: b.file}) : L('status.baseline.summary', {file: b.file, ...b.summary})), '')
    if (b.waves.length > 0) {
      out.push(table((['wave', 'window', 'planned', 'done', 'slipped'] as const).map(c => L(`status.col.${c}`)), b.waves.map(w => [w.index, `${w.start} – ${w.end}`, w.planned, w.done,
        [w.slipped.join(', '), w.slippedClassified > 0 ? L('status.slipped.classified', {count: w.slippedClassified}) : ''].filter(Boolean).join('; ') || '—']), [0, 2, 3]), '')
    }
  }

  if (d.history && d.history.months.length > 0) {
    // The months before the evaluation month, as the HTML chart draws them, then now.
    out.push(`## ${L('report.section.monthly')}`, '')
    const rows: Cell[][] = d.history.months.map(m => [m.end, m.commit.slice(0, 7), typeof m.indicators.adoptionRate === 'number' ? percent(m.indicators.adoptionRate) : '—'])
    rows.push([d.asOf, L('report.monthly.now'), percent(a.rate)])
    out.push(table([L('trend.col.end'), L('trend.col.commit'), L('report.key.rate')], rows, [2]), '')
  }

  out.push(`## ${L('report.section.gantt')}`, '')
  if (d.plan.waves.length === 0) out.push(L('report.noWaves'), '')
  else {
    out.push(table(
      [L('report.col.wave'), L('report.col.start'), L('report.col.end'), L('report.col.systems'), L('report.col.networks'), L('report.col.nodes'), L('report.col.projected')],
      d.plan.waves.map(w => [w.index, w.start, w.end, w.systems.length, w.networks.length, w.nodes.length, percent(w.projectedRate)]),
      [0, 3, 4, 5, 6],
    ))
    if (d.plan.config.blackouts.length > 0) out.push(`${L('report.blackouts')}: ${d.plan.config.blackouts.map(b => `${b.from}..${b.to}${b.reason ? ` ${markdownText(b.reason)}` : ''}`).join('; ')}`, '')
  }

  out.push(`## ${L('report.section.adoption')}`, '')
  const departments = selectDepartments(a.groups, target ? target.rate : null)
  if (departments.shown.length === 0) out.push(L('report.departments.noneBelow'), '')
  else {
    out.push(table(
      [L('report.col.department'), L('report.col.rate'), L('report.col.onCloud'), L('report.col.total')],
      departments.shown.map(g => [g.label, percent(g.rate), g.onCloud, g.total]),
      [1, 2, 3],
    ))
  }
  if (departments.belowMore > 0) out.push(L('report.departments.belowMore', {count: departments.belowMore}), '')
  if (departments.atOrAbove > 0) out.push(L('report.departments.atOrAbove', {count: departments.atOrAbove}), '')
  out.push(...platformsMarkdown(d, L))

  if (d.league.rows.length > 0) {
    const league = leagueTable(d.league, d.lang)
    out.push(`## ${L('report.section.league')}`, '', table(league.header, league.rows, league.header.map((_, i) => i).slice(2)), markdownText(L('report.league.note')), '')
  }

  out.push(`## ${L('report.section.ipv6')}`, '')
  const statuses = ['ready', 'partial', 'blocked', 'unknown'] as const
  out.push(table(
    [L('report.col.status'), L('report.col.count'), L('report.col.share')],
    statuses.map(s => [L(`ipv6.status.${s}`), d.ipv6.counts[s], percent(d.ipv6.inScope === 0 ? 0 : d.ipv6.counts[s] / d.ipv6.inScope)]),
    [1, 2],
  ))
  out.push(`### ${L('report.section.blockers', {count: d.topBlockers.length})}`, '')
  if (d.topBlockers.length === 0) out.push(L('report.noBlockers'), '')
  else out.push(table([L('report.col.kind'), L('report.col.id'), L('report.col.name'), L('report.col.blocks')], d.topBlockers.map(b => [L(`ipv6.kind.${b.kind}`), b.id, b.name, b.blocks]), [3]))
  if (d.ipv6.conflictCount > 0) {
    out.push(`### ${L('report.section.overlaps', {count: d.topOverlaps.length})}`, '')
    out.push(markdownText(L('ipv6.conflictSummary', {pairs: d.ipv6.conflictCount, groups: d.ipv6.conflictGroups.length})), '')
    out.push(table([L('ipv6.col.prefix'), L('ipv6.col.networks'), L('ipv6.col.pairs')], d.topOverlaps.map(g => [g.prefix, overlapNetworks(g.networks, L), g.pairs]), [2]))
  }

  out.push(`## ${L('report.section.compliance')}`, '')
  const total = d.check.departments.length
  out.push(table(
    [L('report.col.status'), L('report.col.count'), L('report.col.share')],
    (['pass', 'warn', 'fail'] as const).map(s => [L(`check.status.${s}`), f.check.departments[s], percent(total === 0 ? 0 : f.check.departments[s] / total)]),
    [1, 2],
  ))
  out.push(`### ${L('report.section.failing')}`, '')
  const failing = failingDepartments(d)
  if (failing.length === 0) out.push(L('report.noFailing'), '')
  else {
    const sev = ['critical', 'error', 'warning'] as const
    out.push(table([L('report.col.department'), ...sev.map(s => L(`check.severity.${s}`))], failing.map(x => [x.department, ...sev.map(s => x.counts[s])]), [1, 2, 3]))
  }
  if (d.check.departmentsWithheld.fail > 0) out.push(L('report.failingWithheld', {count: d.check.departmentsWithheld.fail}), '')
  out.push(...securityMarkdown(d, L))

  out.push(`## ${L('report.section.exemptions')}`, '', markdownText(exemptionsSummary(d.lang, d.exemptions, d.exemptionNoticeDays)), '')
  if (d.exemptions.exemptions.length > 0) {
    out.push(table(
      (['status', 'subject', 'name', 'department', 'covers', 'document', 'approvedBy', 'approvedOn', 'until', 'daysLeft'] as const).map(c => L(`check.exemptions.col.${c}`)),
      d.exemptions.exemptions.map(e => [
        // Bold marks what needs a decision soon (expiring) or is already void (expired).
        e.status === 'valid' ? L('check.exemption.valid') : new Strong(L(`check.exemption.${e.status}`)),
        `${L(`check.subject.${e.kind}`)} ${e.id}`, e.name, e.department ?? L('check.noDepartment'), coversText(d.lang, e.covers),
        e.document ?? '—', e.approvedBy, e.approvedOn ?? '—', e.until, e.daysLeft,
      ]),
      [9],
    ))
  }

  out.push(`## ${L('report.section.classified')}`, '')
  if (d.classified.systems) {
    out.push(L('report.classifiedListed', {count: d.classified.count}), '')
    out.push(table([L('report.col.id'), L('report.col.name'), L('report.col.department')], d.classified.systems.map(s => [s.id, s.name, s.department])))
  } else out.push(L('report.classifiedCounted', {count: d.classified.count}), '')
  out.push(`_${L('report.footer')}_`, '')
  return out.join('\n')
}
