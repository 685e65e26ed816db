// The human forms of `yunwang diff`: a terminal summary with tables, or Markdown for a CI job summary;
// systems first, then nodes and networks.
import {terminalLines, terminalText} from './escape/terminal-text.js'
import {markdownText} from './escape/markdown-cell.js'
import type {DiffResult} from '../core/diff/diff-inventories.js'
import type {Inventory} from '../core/inventory/model.js'
import {type KeyAfter, type Lang, type MessageKey, t} from '../i18n/index.js'
import {percent, renderTabular} from './tabular.js'

export interface DiffLabels {
  before: string
  after: string
}

export function renderDiff(d: DiffResult, before: Inventory, after: Inventory, labels: DiffLabels, lang: Lang, format: 'table' | 'markdown'): string {
  const md = format === 'markdown'
  const col = (k: KeyAfter<'diff.col.'>) => t(lang, `diff.col.${k}`)
  const cloud = (on: boolean) => t(lang, on ? 'diff.onCloud' : 'diff.offCloud')
  const name = (id: string) => after.system.get(id)?.name ?? before.system.get(id)?.name ?? ''
  const out: string[] = []
  const heading = (text: string, level: number) => (md ? `${'#'.repeat(level)} ${text}` : text)
  const section = (title: MessageKey, count: number, header: string[], rows: Array<Array<string | number>>) => {
    const h = heading(t(lang, title, {count}), 3)
    out.push(rows.length === 0 ? `${h}${md ? '\n\n' : ': '}${t(lang, 'diff.none')}` : `${h}\n${md ? '\n' : ''}${renderTabular({header, rows}, md ? 'markdown' : 'table').trimEnd()}`)
  }
  out.push(heading(t(lang, 'diff.title', md ? {before: markdownText(labels.before), after: markdownText(labels.after)} : {before: terminalText(labels.before), after: terminalText(labels.after)}), 2))
  const delta = (d.rate.after - d.rate.before) * 100
  out.push(t(lang, 'diff.rate', {
    before: percent(d.rate.before), after: percent(d.rate.after), delta: `${delta >= 0 ? '+' : ''}${(Math.round(delta * 10) / 10).toFixed(1)}`,
    onBefore: d.onCloud.before, totalBefore: d.total.before, onAfter: d.onCloud.after, totalAfter: d.total.after,
  }))
  section('diff.added', d.added.length, [col('id'), col('name'), col('department'), col('node')],
    d.added.map(id => {
      const s = after.system.get(id)
      return [id, s?.name ?? '', s?.department ?? '', s?.hosting.node ?? '']
    }))
  section('diff.removed', d.removed.length, [col('id'), col('name'), col('department'), col('node')],
    d.removed.map(id => {
      const s = before.system.get(id)
      return [id, s?.name ?? '', s?.department ?? '', s?.hosting.node ?? '']
    }))
  section('diff.moved', d.moved.length, [col('id'), col('name'), col('from'), col('to'), col('cloud')],
    d.moved.map(m => [m.id, name(m.id), m.from, m.to, `${cloud(m.onCloudBefore)} → ${cloud(m.onCloudAfter)}`]))
  section('diff.changed', d.changed.length, [col('id'), col('name'), col('fields')], d.changed.map(c => [c.id, name(c.id), c.fields.join(', ')]))
  const c = d.classified
  if (c.added + c.removed + c.moved + c.changed > 0) out.push(t(lang, 'diff.classified', c))
  const records = (keys: [MessageKey, MessageKey, MessageKey], r: DiffResult['networks'], get: (inv: Inventory, id: string) => {name: string; type: string} | undefined) => {
    const row = (inv: Inventory) => (id: string) => [id, get(inv, id)?.name ?? '', get(inv, id)?.type ?? '']
    section(keys[0], r.added.length, [col('id'), col('name'), col('type')], r.added.map(row(after)))
    section(keys[1], r.removed.length, [col('id'), col('name'), col('type')], r.removed.map(row(before)))
    section(keys[2], r.changed.length, [col('id'), col('name'), col('changes')], r.changed.map(ch => {
      const was = get(before, ch.id) as Record<string, unknown> | undefined
      const is = get(after, ch.id) as Record<string, unknown> | undefined
      return [ch.id, get(after, ch.id)?.name ?? '', ch.fields.map(f => `${f}: ${shown(was?.[f])} → ${shown(is?.[f])}`).join('; ')]
    }))
  }
  records(['diff.nodesAdded', 'diff.nodesRemoved', 'diff.nodesChanged'], d.nodes, (inv, id) => inv.node.get(id))
  if (d.nodes.classified > 0) out.push(t(lang, 'diff.classifiedNodes', {count: d.nodes.classified}))
  records(['diff.networksAdded', 'diff.networksRemoved', 'diff.networksChanged'], d.networks, (inv, id) => inv.network.get(id))
  if (d.networks.classified > 0) out.push(t(lang, 'diff.classifiedNetworks', {count: d.networks.classified}))
  out.push(t(lang, 'diff.findings', {new: d.findings.new.length, resolved: d.findings.resolved.length}))
  const findingRows = (fs: DiffResult['findings']['new']) => fs.map(f => [f.rule, f.severity, `${f.subject.kind}:${f.subject.id}`, f.department ?? ''])
  const findingCols = [col('rule'), col('severity'), col('subject'), col('department')]
  section('diff.findingsNew', d.findings.new.length, findingCols, findingRows(d.findings.new))
  section('diff.findingsResolved', d.findings.resolved.length, findingCols, findingRows(d.findings.resolved))
  return terminalLines(`${out.join('\n\n')}\n`)
}

/** A field's value in one cell: scalars as they are, lists joined, objects as key=value pairs, absence as a dash. */
function shown(v: unknown): string {
  if (v === undefined || v === null) return '—'
  if (Array.isArray(v)) return v.map(shown).join(', ')
  if (typeof v === 'object') {
    return Object.keys(v).sort().map(k => `${k}=${shown((v as Record<string, unknown>)[k])}`).join(' ')
  }
  return String(v)
}
