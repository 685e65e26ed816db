// The plan for people: waves, their contents, what could not be placed, blocked networks, node capacity
// and the distance to the lower bound; and the `--explain` answer.
import type {Explanation} from '../core/plan/explain-placement.js'
import type {Blackout, PlanResult, PlanWarning, Resources} from '../core/plan/model.js'
import {type Lang, t} from '../i18n/index.js'
import {type TabularFormat, percent, renderTabular} from './tabular.js'

const num = (x: number): string => String(Math.round(x * 100) / 100)
const res = (r: Resources | null, lang: Lang): string => (r ? `${num(r.vcpu)} / ${num(r.memoryGiB)} / ${num(r.storageTiB)}` : t(lang, 'plan.unlimited'))
const reasonSuffix = (b: Blackout, lang: Lang) => (b.reason ? (lang === 'zh' ? `（${b.reason}）` : ` (${b.reason})`) : '')

export function warningMessage(w: PlanWarning, lang: Lang): string {
  return t(lang, `plan.warning.${w.code}`, {subject: w.subject, ...w.data})
}

export function unplacedMessage(u: PlanResult['unplaced'][number], lang: Lang): string {
  return t(lang, `plan.unplaced.${u.reason}`, {nodes: u.nodes, mlps: u.mlps, region: u.region, ...u.need})
}

/** One row per system or network action; the whole plan as one table (the csv form). */
export function planItems(r: PlanResult, lang: Lang): {header: string[]; rows: Array<Array<string | number>>} {
  const header = ['wave', 'start', 'end', 'kind', 'id', 'from', 'to', 'group', 'action', 'rate'].map(k => t(lang, `plan.col.${k === 'rate' ? 'rate' : k}`))
  const rows: Array<Array<string | number>> = []
  for (const w of r.waves) {
    for (const s of w.systems) rows.push([w.index, w.start, w.end, t(lang, 'plan.kind.system'), s.id, s.from, s.to ?? '', s.group, t(lang, `plan.action.${s.action}`), percent(w.projectedRate)])
    for (const n of w.networks) rows.push([w.index, w.start, w.end, t(lang, 'plan.kind.network'), n.id, '', '', '', t(lang, `plan.netAction.${n.action}`), percent(w.projectedRate)])
  }
  return {header, rows}
}

export function renderPlan(r: PlanResult, format: TabularFormat, lang: Lang): string {
  const items = planItems(r, lang)
  if (format === 'csv') return renderTabular({...items, numeric: [0]}, 'csv')
  const md = format === 'markdown'
  const heading = (key: string) => (md ? `\n## ${t(lang, key)}\n` : `\n${t(lang, key)}`)
  const out: string[] = []
  const lb = r.lowerBound
  out.push(t(lang, 'plan.summary', {
    candidates: r.summary.candidates, groups: r.summary.groups, waves: r.summary.migrationWaves, bound: lb.waves,
    before: percent(r.summary.rateBefore), after: percent(r.summary.rateAfter),
  }))
  out.push(t(lang, 'plan.bound.parts', {...lb}))
  if (lb.planned <= lb.waves) out.push(t(lang, 'plan.bound.met'))
  else {
    out.push(t(lang, 'plan.bound.above', {extra: lb.planned - lb.waves}))
    for (const h of lb.heldBack) {
      const key = h.kind === 'capacity' && !/^\d+-\d+$/.test(h.detail) ? 'plan.held.capacityVia' : `plan.held.${h.kind}`
      out.push(`  - ${t(lang, key, {group: h.group, detail: h.detail})}`)
    }
  }
  if (r.waves.length === 0) {
    out.push(t(lang, 'plan.nothing'))
    return `${out.join('\n')}\n`
  }
  out.push(heading('plan.heading.waves'))
  out.push(renderTabular({
    header: ['wave', 'start', 'end', 'systems', 'vcpu', 'networks', 'rate', 'note'].map(k => t(lang, `plan.col.${k}`)),
    rows: r.waves.map(w => [
      w.index, w.start, w.end, w.load.systems, num(w.load.vcpu),
      w.networks.map(n => `${n.id} ${t(lang, `plan.netAction.${n.action}`)}`).join(md ? '; ' : '\n') || '-',
      percent(w.projectedRate),
      w.shiftedBy ? t(lang, 'plan.shifted', {from: w.shiftedBy.from, to: w.shiftedBy.to, reason: reasonSuffix(w.shiftedBy, lang)}) : '',
    ]),
    numeric: [0, 3, 4, 6],
  }, format))
  out.push(heading('plan.heading.items'))
  out.push(renderTabular({...items, numeric: [0]}, format))
  if (r.unplaced.length > 0) {
    out.push(heading('plan.heading.unplaced'))
    out.push(renderTabular({
      header: ['id', 'group', 'reason'].map(k => t(lang, `plan.col.${k}`)),
      rows: r.unplaced.map(u => [u.id, u.group, unplacedMessage(u, lang)]),
    }, format))
  }
  if (r.blockedNetworks.length > 0) {
    out.push(heading('plan.heading.blocked'))
    for (const b of r.blockedNetworks) {
      const tail = b.classified > 0 ? ` ${t(lang, 'plan.classifiedCount', {count: b.classified})}` : ''
      out.push(`${md ? '- ' : '  '}${b.id}: ${b.systems.join(', ')}${tail}`)
    }
  }
  const cb = r.crossBoundary.length + r.summary.crossBoundaryClassified
  out.push('')
  out.push(t(lang, 'plan.crossBoundary', {count: cb}))
  for (const c of r.crossBoundary) out.push(`${md ? '- ' : '  '}${c.from} → ${c.to}`)
  if (r.summary.crossBoundaryClassified > 0) out.push(`${md ? '- ' : '  '}${t(lang, 'plan.classifiedCount', {count: r.summary.crossBoundaryClassified})}`)
  if (r.capacity.length > 0) {
    out.push(heading('plan.heading.capacity'))
    const rows: Array<Array<string | number>> = []
    for (const c of r.capacity) {
      if (c.waves.length === 0) rows.push([c.node, '-', res(c.freeAtStart, lang), res(c.freeAtEnd, lang)])
      for (const w of c.waves) rows.push([c.node, w.wave, res(w.before, lang), res(w.after, lang)])
    }
    out.push(renderTabular({header: ['node', 'wave', 'before', 'after'].map(k => t(lang, `plan.col.${k}`)), rows, numeric: [1]}, format))
    for (const c of r.capacity) {
      if (c.shortfall && (c.shortfall.vcpu > 0 || c.shortfall.memoryGiB > 0 || c.shortfall.storageTiB > 0)) {
        out.push(t(lang, 'plan.shortfall', {node: c.node, vcpu: num(c.shortfall.vcpu), memoryGiB: num(c.shortfall.memoryGiB), storageTiB: num(c.shortfall.storageTiB)}))
      }
    }
  }
  if (r.warnings.length > 0) {
    out.push(heading('plan.heading.warnings'))
    for (const w of r.warnings) out.push(`${md ? '- ' : '  '}${w.message ?? warningMessage(w, lang)}`)
  }
  return `${out.join('\n')}\n`
}

export function renderExplanation(e: Explanation, lang: Lang): string {
  if (e.status === 'not-candidate') return `${t(lang, 'plan.explain.notCandidate', {id: e.id, reason: t(lang, `plan.explain.why.${e.reason}`)})}\n`
  if (e.status === 'unplaced') {
    const reason = t(lang, `plan.unplaced.${e.reason}`, {nodes: e.nodes, ...e.need})
    return `${t(lang, 'plan.explain.unplaced', {id: e.id, group: e.group, members: e.members, reason})}\n`
  }
  const lines = [t(lang, 'plan.explain.placed', {...e, members: e.members, action: t(lang, `plan.action.${e.action}`)})]
  if (e.node) {
    const key = e.node.via === 'province' && e.node.full && e.node.full.length > 0 ? 'plan.explain.node.provinceFull' : `plan.explain.node.${e.node.via}`
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
