// GraphML (as networkx, yEd and Gephi read it): every attribute declared as a <key>, text escaped,
// characters XML 1.0 forbids replaced (escape/xml-text.ts); cycles and hidden classified counts as graph-level data.
import type {GraphView} from '../core/graph/select-graph-view.js'
import {STATE_COLOURS} from './graph-styles.js'
import {xmlText} from './escape/xml-text.js'

const NODE_KEYS = ['name', 'department', 'region', 'level', 'status', 'hostingNode', 'nodeType', 'state', 'cluster', 'color'] as const

export function renderGraphml(view: GraphView): string {
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ]
  for (const k of NODE_KEYS) out.push(`  <key id="${k}" for="node" attr.name="${k}" attr.type="string"/>`)
  out.push(
    '  <key id="kind" for="edge" attr.name="kind" attr.type="string"/>',
    '  <key id="cycles" for="graph" attr.name="cycles" attr.type="string"/>',
    '  <key id="classifiedHidden" for="graph" attr.name="classifiedHidden" attr.type="int"/>',
    '  <graph id="yunwang" edgedefault="directed">',
    `    <data key="cycles">${xmlText(view.cycles.map(c => c.systems.join(' ') + (c.classified > 0 ? ` +${c.classified}` : '')).join('; '))}</data>`,
    `    <data key="classifiedHidden">${view.classified.systems}</data>`,
  )
  for (const n of view.nodes) {
    const values: Record<(typeof NODE_KEYS)[number], string> = {...n, color: STATE_COLOURS[n.state].fill}
    out.push(`    <node id="${xmlText(n.id)}">`)
    for (const k of NODE_KEYS) out.push(`      <data key="${k}">${xmlText(values[k])}</data>`)
    out.push('    </node>')
  }
  view.edges.forEach((e, i) => {
    out.push(`    <edge id="e${i}" source="${xmlText(e.source)}" target="${xmlText(e.target)}">${e.kind ? `<data key="kind">${xmlText(e.kind)}</data>` : ''}</edge>`)
  })
  out.push('  </graph>', '</graphml>')
  return `${out.join('\n')}\n`
}
