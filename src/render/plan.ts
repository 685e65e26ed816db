// The plan for people: first what stays unplaced and which targets are missed, then waves, their contents,
// nodes onboarded and closed, what could not be placed, blocked networks and nodes, node capacity and the
// distance to the lower bound; and the `--explain` answer for a system or a node.
import type {NodeExplanation} from '../core/plan/explain-node.js'
import type {Explanation} from '../core/plan/explain-placement.js'
import type {Blackout, PlanResult, PlanTarget, PlanWarning, Resources} from '../core/plan/model.js'
import {type Lang, type MessageKey, labelFor, t} from '../i18n/index.js'
import {terminalLines} from './escape/terminal-text.js'
import {firstRows, moreLine} from './row-limit.js'
import {type Cell, Rate, type Tabular, type TabularFormat, percent, renderTabular} from './tabular.js'
import type {NamedTable} from './xlsx.js'

const num = (x: number): string => String(Math.round(x * 100) / 100)
const res = (r: Resources | null, lang: Lang): string => (r ? `${num(r.vcpu)} / ${num(r.memoryGiB)} / ${num(r.storageTiB)}` : t(lang, 'plan.unlimited'))
const reasonSuffix = (b: Blackout, lang: Lang) => (b.reason ? (lang === 'zh' ? `（${b.reason}）` : ` (${b.reason})`) : '')

export function warningMessage(w: PlanWarning, lang: Lang): string {
  const rates = typeof w.data.target === 'number' && typeof w.data.projected === 'number' ? shownRates(w.data.projected, w.data.target) : {}
  return t(lang, `plan.warning.${w.code}`, {subject: w.subject, ...w.data, ...rates, ...(typeof w.data.metric === 'string' ? {metric: labelFor(lang, 'plan.metric.', w.data.metric)} : {})})
}

/** A projection short of its target never reads as the target itself (99.96% is not "100.0%"). */
function shownRates(projected: number, target: number): {projected: string; target: string} {
  let p = percent(projected)
  if (projected < target && p === percent(target)) p = `${(Math.floor(projected * 10000) / 100).toFixed(2)}%`
  return {projected: p, target: percent(target)}
}

export function unplacedMessage(u: PlanResult['unplaced'][number], lang: Lang): string {
  return t(lang, `plan.unplaced.${u.reason}`, {nodes: u.nodes, mlps: u.mlps, region: u.region, ...u.need})
}

/** One row per system or network action; the whole plan as one table (the csv form). */
export function planItems(r: PlanResult, lang: Lang): {header: string[]; rows: Cell[][]} {
  const header = (['wave', 'start', 'end', 'kind', 'id', 'from', 'to', 'group', 'action', 'rate'] as const).map(k => t(lang, `plan.col.${k}`))
  const rows: Cell[][] = []
  for (const w of r.waves) {
    for (const s of w.systems) rows.push([w.index, w.start, w.end, t(lang, 'plan.kind.system'), s.id, s.from, s.to ?? '', s.group, t(lang, `plan.action.${s.action}`), new Rate(w.projectedRate)])
    for (const n of w.networks) rows.push([w.index, w.start, w.end, t(lang, 'plan.kind.network'), n.id, '', '', '', t(lang, `plan.netAction.${n.action}`), new Rate(w.projectedRate)])
    for (const n of w.nodes) rows.push([w.index, w.start, w.end, t(lang, 'plan.kind.node'), n.id, '', '', '', t(lang, `plan.nodeAction.${n.action}`), new Rate(w.projectedRate)])
  }
  return {header, rows}
}

/** The waves: dates, load, network and node actions, the rate once each is done. */
function wavesTable(r: PlanResult, lang: Lang, md: boolean): Tabular {
  return {
    header: (['wave', 'start', 'end', 'systems', 'vcpu', 'networks', 'nodes', 'rate', 'note'] as const).map(k => t(lang, `plan.col.${k}`)),
    rows: r.waves.map(w => [
      w.index, w.start, w.end, w.load.systems, Math.round(w.load.vcpu * 100) / 100,
      w.networks.map(n => `${n.id} ${t(lang, `plan.netAction.${n.action}`)}`).join(md ? '; ' : '\n') || '-',
      w.nodes.map(n => `${n.id} ${t(lang, `plan.nodeAction.${n.action}`)}`).join(md ? '; ' : '\n') || '-',
      new Rate(w.projectedRate),
      w.shiftedBy ? t(lang, 'plan.shifted', {from: w.shiftedBy.from, to: w.shiftedBy.to, reason: reasonSuffix(w.shiftedBy, lang)}) : '',
    ]),
    numeric: [0, 3, 4, 7],
    lines: [5, 6],
  }
}

/** Each target the plan moves: its goal, the projection at its date, met or missed. A projection short of its goal never shows as the goal itself. */
function targetsTable(r: PlanResult, lang: Lang): Tabular {
  return {
    header: (['target', 'metric', 'by', 'goal', 'projected', 'atWave', 'met'] as const).map(k => t(lang, `plan.col.${k}`)),
    rows: r.targets.map(x => {
      const shown = shownRates(x.projected, x.target)
      const projected = shown.projected === percent(x.projected) ? new Rate(x.projected) : shown.projected
      return [x.id, t(lang, `plan.metric.${x.metric}`), x.by, new Rate(x.target), projected, x.wave === 0 ? t(lang, 'plan.target.now') : x.wave, t(lang, x.met ? 'plan.target.met' : 'plan.target.missed')]
    }),
    numeric: [3, 4, 5],
  }
}

function unplacedTable(r: PlanResult, lang: Lang): Tabular {
  return {header: (['id', 'group', 'reason'] as const).map(k => t(lang, `plan.col.${k}`)), rows: r.unplaced.map(u => [u.id, u.group, u.message ?? unplacedMessage(u, lang)])}
}

/** Free capacity of each node before and after each wave that uses it (vCPU / memory GiB / storage TiB). */
function capacityTable(r: PlanResult, lang: Lang): Tabular {
  const rows: Cell[][] = []
  for (const c of r.capacity) {
    if (c.waves.length === 0) rows.push([c.node, '-', res(c.freeAtStart, lang), res(c.freeAtEnd, lang)])
    for (const w of c.waves) rows.push([c.node, w.wave, res(w.before, lang), res(w.after, lang)])
  }
  return {header: (['node', 'wave', 'before', 'after'] as const).map(k => t(lang, `plan.col.${k}`)), rows, numeric: [1]}
}

/** Nodes onboarded and closed wave by wave, with the rooms closed so far. */
function milestonesTable(r: PlanResult, lang: Lang, md: boolean): Tabular {
  let closedSoFar = 0
  const rows = r.waves.filter(w => w.nodes.length > 0).map(w => {
    const onboard = w.nodes.filter(n => n.action === 'onboard').map(n => n.id)
    const close = w.nodes.filter(n => n.action === 'close').map(n => n.id)
    closedSoFar += close.length
    return [w.index, w.end, onboard.join(md ? ', ' : '\n') || '-', close.join(md ? ', ' : '\n') || '-', closedSoFar]
  })
  return {header: (['wave', 'end', 'onboarded', 'closed', 'closedSoFar'] as const).map(k => t(lang, `plan.col.${k}`)), rows, numeric: [0, 4], lines: [2, 3]}
}

/**
 * The workbook's sheets, every row: waves, targets, items (the CSV table), unplaced, node milestones,
 * capacity, and the lists of the text form (networks and nodes kept open, cross-boundary dependencies);
 * an empty list gives no sheet. Classified systems are counted, never named, as in every form.
 */
export function planSheets(r: PlanResult, lang: Lang): NamedTable[] {
  const sheets: NamedTable[] = [
    {name: t(lang, 'sheet.plan.waves'), ...wavesTable(r, lang, false)},
    {name: t(lang, 'sheet.plan.targets'), ...targetsTable(r, lang)},
    {name: t(lang, 'sheet.plan.items'), ...planItems(r, lang), numeric: [0]},
    {name: t(lang, 'sheet.plan.unplaced'), ...unplacedTable(r, lang)},
    {name: t(lang, 'sheet.plan.nodes'), ...milestonesTable(r, lang, false)},
    {name: t(lang, 'sheet.plan.capacity'), ...capacityTable(r, lang)},
  ]
  const blocked = (b: {id: string; systems: string[]; classified: number}): Cell[] => [b.id, b.systems.join(', '), b.classified]
  const blockedHeader = [t(lang, 'plan.col.id'), t(lang, 'sheet.col.staying'), t(lang, 'sheet.col.classified')]
  sheets.push(
    {name: t(lang, 'sheet.plan.blockedNetworks'), header: blockedHeader, rows: r.blockedNetworks.map(blocked), numeric: [2]},
    {name: t(lang, 'sheet.plan.blockedNodes'), header: blockedHeader, rows: r.blockedNodes.map(blocked), numeric: [2]},
    {name: t(lang, 'sheet.plan.crossBoundary'), header: [t(lang, 'sheet.col.dependent'), t(lang, 'sheet.col.dependency')], rows: r.crossBoundary.map(c => [c.from, c.to])},
  )
  const kept = sheets.filter(x => x.rows.length > 0)
  return kept.length > 0 ? kept : [sheets[0]]
}

/** Warnings the human form shows elsewhere: each unplaced group is a row of "Unplaced systems", a start in the past is in the headline. */
const SHOWN_ELSEWHERE = new Set(['UNPLACED', 'START_IN_PAST'])

/**
 * The plan in table or Markdown form, each long list cut to `limit` rows and followed by how many more
 * there are (`--all`: no limit); CSV is the whole plan as one table of items.
 */
export function renderPlan(r: PlanResult, format: TabularFormat, lang: Lang, limit = Number.POSITIVE_INFINITY): string {
  const items = planItems(r, lang)
  if (format === 'csv') return renderTabular({...items, numeric: [0]}, 'csv')
  const md = format === 'markdown'
  // Only the wave contents are in the CSV form; every other list is whole in --json.
  const table = (t: Tabular, inCsv = false): string[] => {
    const {shown, more} = firstRows(t.rows, limit)
    return [renderTabular({...t, rows: shown}, format).trimEnd(), ...moreLine(more, lang, inCsv)]
  }
  const list = (lines: string[]): string[] => {
    const {shown, more} = firstRows(lines, limit)
    return [...shown, ...moreLine(more, lang, false)]
  }
  const heading = (key: MessageKey) => (md ? `\n## ${t(lang, key)}\n` : `\n${t(lang, key)}`)
  const out: string[] = []
  const lb = r.lowerBound
  out.push(...headline(r, lang))
  out.push(t(lang, 'plan.summary', {
    candidates: r.summary.candidates, groups: r.summary.groups, waves: r.summary.migrationWaves, bound: lb.waves,
    before: percent(r.summary.rateBefore), after: percent(r.summary.rateAfter),
  }))
  if (r.summary.onboardedNodes + r.summary.closedNodes + r.blockedNodes.length > 0) {
    out.push(t(lang, 'plan.summary.nodes', {onboarded: r.summary.onboardedNodes, closed: r.summary.closedNodes, blocked: r.blockedNodes.length}))
  }
  out.push(t(lang, 'plan.bound.parts', {...lb}))
  if (lb.planned <= lb.waves && r.unplaced.length > 0) out.push(t(lang, 'plan.bound.metPlaced', {unplaced: r.unplaced.length}))
  else if (lb.planned <= lb.waves) out.push(t(lang, 'plan.bound.met'))
  else {
    out.push(t(lang, 'plan.bound.above', {extra: lb.planned - lb.waves}))
    for (const h of lb.heldBack) {
      const key: MessageKey = h.kind === 'capacity' && !/^\d+-\d+$/.test(h.detail) ? 'plan.held.capacityVia' : `plan.held.${h.kind}`
      out.push(`  - ${t(lang, key, {group: h.group, detail: h.detail})}`)
    }
  }
  if (r.waves.length === 0) {
    out.push(t(lang, 'plan.nothing'))
    return terminalLines(`${out.join('\n')}\n`)
  }
  out.push(heading('plan.heading.waves'))
  out.push(...table(wavesTable(r, lang, md)))
  if (r.targets.length > 0) {
    out.push(heading('plan.heading.targets'))
    out.push(renderTabular(targetsTable(r, lang), format))
  }
  out.push(heading('plan.heading.items'))
  out.push(...table({...items, numeric: [0, 9]}, true))
  if (r.unplaced.length > 0) {
    out.push(heading('plan.heading.unplaced'))
    out.push(...table(unplacedTable(r, lang)))
  }
  if (r.blockedNetworks.length > 0) {
    out.push(heading('plan.heading.blocked'))
    out.push(...list(r.blockedNetworks.map(b => blockedLine(b, md, lang, limit))))
  }
  if (r.vertical.length > 0) {
    out.push(heading('plan.heading.vertical'))
    out.push(`${md ? '- ' : '  '}${r.vertical.join(', ')}`)
  }
  out.push(...renderNodeMilestones(r, format, lang, limit))
  const cb = r.crossBoundary.length + r.summary.crossBoundaryClassified
  out.push('')
  out.push(t(lang, 'plan.crossBoundary', {count: cb}))
  out.push(...list(r.crossBoundary.map(c => `${md ? '- ' : '  '}${c.from} → ${c.to}`)))
  if (r.summary.crossBoundaryClassified > 0) out.push(`${md ? '- ' : '  '}${t(lang, 'plan.classifiedCount', {count: r.summary.crossBoundaryClassified})}`)
  if (r.capacity.length > 0) {
    out.push(heading('plan.heading.capacity'))
    out.push(...table(capacityTable(r, lang)))
    const shortfalls: string[] = []
    for (const c of r.capacity) {
      if (c.shortfall && (c.shortfall.vcpu > 0 || c.shortfall.memoryGiB > 0 || c.shortfall.storageTiB > 0)) {
        shortfalls.push(t(lang, 'plan.shortfall', {node: c.node, vcpu: num(c.shortfall.vcpu), memoryGiB: num(c.shortfall.memoryGiB), storageTiB: num(c.shortfall.storageTiB)}))
      }
    }
    out.push(...list(shortfalls))
  }
  const warnings = r.warnings.filter(w => !SHOWN_ELSEWHERE.has(w.code))
  if (warnings.length > 0) {
    out.push(heading('plan.heading.warnings'))
    out.push(...list(warnings.map(w => `${md ? '- ' : '  '}${warningMessage(w, lang)}`)))
  }
  // Inventory text reaches the terminal with its control characters shown, never obeyed.
  return terminalLines(`${out.join('\n')}\n`)
}

/** A network or node and the systems keeping it open: the first `limit` ids, then how many in all. */
function blockedLine(b: {id: string; systems: string[]; classified: number}, md: boolean, lang: Lang, limit: number): string {
  const tail = b.classified > 0 ? ` ${t(lang, 'plan.classifiedCount', {count: b.classified})}` : ''
  const {shown, more} = firstRows(b.systems, limit)
  const ids = more > 0 ? `${shown.join(', ')} ${t(lang, 'plan.idsInAll', {count: b.systems.length})}` : shown.join(', ')
  return `${md ? '- ' : '  '}${b.id}: ${ids}${tail}`
}

/** What a reader must know before any figure: systems left unplaced, a start in the past, targets missed. */
function headline(r: PlanResult, lang: Lang): string[] {
  const lines: string[] = []
  if (r.unplaced.length > 0) lines.push(t(lang, 'plan.headline.unplaced', {count: r.unplaced.length, candidates: r.summary.candidates}))
  const past = r.warnings.find(w => w.code === 'START_IN_PAST')
  if (past) lines.push(t(lang, 'plan.headline.startInPast', past.data))
  for (const x of r.targets) if (!x.met) lines.push(targetLine(x, lang))
  return lines
}

function targetLine(x: PlanTarget, lang: Lang): string {
  const passed = x.wave === 0 ? 'plan.headline.targetMissedNow' : 'plan.headline.targetMissed'
  return t(lang, passed, {id: x.id, metric: t(lang, `plan.metric.${x.metric}`), by: x.by, wave: x.wave, ...shownRates(x.projected, x.target)})
}

/** Nodes onboarded (纳管) and closed (关停/腾退) wave by wave, with the rooms closed so far — what budget meetings ask. */
function renderNodeMilestones(r: PlanResult, format: TabularFormat, lang: Lang, limit: number): string[] {
  const md = format === 'markdown'
  const out: string[] = []
  const waves = r.waves.filter(w => w.nodes.length > 0)
  if (waves.length > 0) {
    out.push(md ? `\n## ${t(lang, 'plan.heading.nodes')}\n` : `\n${t(lang, 'plan.heading.nodes')}`)
    out.push(renderTabular(milestonesTable(r, lang, md), format))
  }
  if (r.blockedNodes.length > 0) {
    out.push(md ? `\n## ${t(lang, 'plan.heading.blockedNodes')}\n` : `\n${t(lang, 'plan.heading.blockedNodes')}`)
    const {shown, more} = firstRows(r.blockedNodes, limit)
    for (const b of shown) out.push(blockedLine(b, md, lang, limit))
    out.push(...moreLine(more, lang, false))
  }
  return out
}

export function renderExplanation(e: Explanation | NodeExplanation, lang: Lang): string {
  if ('kind' in e) return renderNodeExplanation(e, lang)
  if (e.status === 'not-candidate') return `${t(lang, 'plan.explain.notCandidate', {id: e.id, reason: t(lang, `plan.explain.why.${e.reason}`)})}\n`
  if (e.status === 'unplaced') {
    const reason = t(lang, `plan.unplaced.${e.reason}`, {nodes: e.nodes, ...e.need})
    return `${t(lang, 'plan.explain.unplaced', {id: e.id, group: e.group, members: e.members, reason})}\n`
  }
  const lines = [t(lang, 'plan.explain.placed', {...e, members: e.members, action: t(lang, `plan.action.${e.action}`)})]
  if (e.node) {
    const key: MessageKey = e.node.via === 'province' && e.node.full && e.node.full.length > 0 ? 'plan.explain.node.provinceFull' : `plan.explain.node.${e.node.via}`
    lines.push(`  - ${t(lang, key, {node: e.node.node, full: e.node.full ?? []})}`)
  }
  for (const b of e.because) {
    if (b.kind === 'dependency') lines.push(`  - ${t(lang, `plan.explain.dependency.${b.order}`, b)}`)
    else if (b.kind === 'blackout') lines.push(`  - ${t(lang, 'plan.explain.blackout', {from: b.blackout.from, to: b.blackout.to, reason: reasonSuffix(b.blackout, lang)})}`)
    else if (b.kind === 'capacity' && b.from === b.to) lines.push(`  - ${t(lang, 'plan.explain.capacityOne', b)}`)
    else lines.push(`  - ${t(lang, `plan.explain.${b.kind}`, b)}`)
  }
  return `${lines.join('\n')}\n`
}

function renderNodeExplanation(e: NodeExplanation, lang: Lang): string {
  if (e.status === 'no-milestone') return `${t(lang, `plan.explainNode.none.${e.reason}`, {id: e.id})}\n`
  if (e.status === 'blocked') {
    const tail = e.classified > 0 ? ` ${t(lang, 'plan.classifiedCount', {count: e.classified})}` : ''
    return `${t(lang, 'plan.explainNode.blocked', {id: e.id, systems: e.systems.length > 0 ? e.systems : '—'})}${tail}\n`
  }
  if (e.status === 'close') {
    const lines = [t(lang, 'plan.explainNode.close', e)]
    lines.push(`  - ${e.lastSystem === undefined ? t(lang, 'plan.explainNode.closeEmpty', e) : t(lang, 'plan.explainNode.closeAfter', e)}`)
    return `${lines.join('\n')}\n`
  }
  const lines = [t(lang, 'plan.explainNode.onboard', e)]
  lines.push(`  - ${t(lang, `plan.explainNode.by.${e.by}`, {...e, notBefore: e.notBefore ?? ''})}`)
  lines.push(`  - ${t(lang, 'plan.explainNode.stay', {count: e.stay})}`)
  if (e.move.length > 0) lines.push(`  - ${t(lang, 'plan.explainNode.move', {count: e.move.length, systems: e.move, certified: e.certified ?? '—'})}`)
  return `${lines.join('\n')}\n`
}
