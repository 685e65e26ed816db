// Graphviz DOT: every id and label a quoted string (CJK is fine in UTF-8), clusters as subgraphs,
// cycles and hidden classified systems as comments.
import type {GraphView} from '../core/graph/select-graph-view.js'
import {type Lang, t} from '../i18n/index.js'
import {STATE_COLOURS} from './graph-styles.js'
import {dotComment, dotString} from './escape/dot-string.js'

function comment(s: string): string {
  return `  // ${dotComment(s)}`
}

export function renderDot(view: GraphView, lang: Lang): string {
  const out: string[] = ['digraph yunwang {', '  graph [rankdir=LR, fontname="sans-serif", newrank=true];',
    '  node [shape=box, style="rounded,filled", fontname="sans-serif"];', '  edge [fontname="sans-serif", fontsize=10];']
  if (view.classified.systems > 0) out.push(comment(t(lang, 'graph.classifiedHidden', view.classified)))
  const byCluster = new Map<string, GraphView['nodes']>()
  for (const n of view.nodes) {
    let list = byCluster.get(n.cluster)
    if (!list) byCluster.set(n.cluster, (list = []))
    list.push(n)
  }
  // Five states: each translated once, not once per system.
  const stateText = new Map<string, string>()
  const stateOf = (state: GraphView['nodes'][number]['state']): string => {
    let text = stateText.get(state)
    if (text === undefined) stateText.set(state, (text = t(lang, `graph.state.${state}`)))
    return text
  }
  view.clusters.forEach((c, i) => {
    out.push(`  subgraph ${dotString(`cluster_${i}`)} {`, `    label=${dotString(c.label)};`, '    style="rounded,dashed";')
    for (const n of byCluster.get(c.key) ?? []) {
      const colour = STATE_COLOURS[n.state]
      const tooltip = `${n.department} · ${stateOf(n.state)}`
      out.push(`    ${dotString(n.id)} [label=${dotString(`${n.name}\n${n.id}`)}, fillcolor=${dotString(colour.fill)}, color=${dotString(colour.stroke)}, tooltip=${dotString(tooltip)}];`)
    }
    out.push('  }')
  })
  for (const e of view.edges) {
    out.push(`  ${dotString(e.source)} -> ${dotString(e.target)}${e.kind ? ` [label=${dotString(e.kind)}]` : ''};`)
  }
  if (view.cycles.length > 0) out.push(comment(t(lang, 'graph.cycles')))
  for (const c of view.cycles) {
    out.push(comment(`${c.systems.join(' ')}${c.classified > 0 ? ` (${t(lang, 'graph.cycle.classified', {count: c.classified})})` : ''}`))
  }
  out.push('}')
  return `${out.join('\n')}\n`
}
