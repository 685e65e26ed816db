// Mermaid flowchart as GitHub and GitLab render it: node ids are generated (n0, n1, …) because system
// ids may contain "-" and "." that Mermaid reads as edge syntax; labels are quoted with entity escapes.
import type {GraphView} from '../core/graph/select-graph-view.js'
import {type Lang, t} from '../i18n/index.js'
import {STATES, STATE_COLOURS} from './graph-styles.js'
import {mermaidComment, mermaidText} from './escape/mermaid-text.js'

function comment(s: string): string {
  return `%% ${mermaidComment(s)}`
}

export function renderMermaid(view: GraphView, lang: Lang): string {
  const key = new Map(view.nodes.map((n, i) => [n.id, `n${i}`]))
  const out: string[] = ['flowchart LR']
  if (view.classified.systems > 0) out.push(comment(t(lang, 'graph.classifiedHidden', view.classified)))
  view.clusters.forEach((c, i) => {
    out.push(`  subgraph c${i}["${mermaidText(c.label)}"]`)
    for (const n of view.nodes) if (n.cluster === c.key) out.push(`    ${key.get(n.id)}["${mermaidText(n.name)}<br/>${mermaidText(n.id)}"]`)
    out.push('  end')
  })
  for (const e of view.edges) {
    out.push(`  ${key.get(e.source)} -->${e.kind ? `|"${mermaidText(e.kind)}"|` : ''} ${key.get(e.target)}`)
  }
  for (const state of STATES) {
    const members = view.nodes.filter(n => n.state === state).map(n => key.get(n.id))
    if (members.length === 0) continue
    const c = STATE_COLOURS[state]
    const cls = state.replaceAll('-', '')
    out.push(`  classDef ${cls} fill:${c.fill},stroke:${c.stroke}`, `  class ${members.join(',')} ${cls}`)
  }
  if (view.cycles.length > 0) out.push(comment(t(lang, 'graph.cycles')))
  for (const c of view.cycles) {
    out.push(comment(`${c.systems.join(' ')}${c.classified > 0 ? ` (${t(lang, 'graph.cycle.classified', {count: c.classified})})` : ''}`))
  }
  return `${out.join('\n')}\n`
}
