// test/fixtures/graph/small: 11 systems, edges a→b, a→c, c→d, d→c, j→b, k→j; j is classified; a-portal's
// name carries quotes, brackets, <, > and & to test escaping.
import {spawnSync} from 'node:child_process'
import {XMLParser, XMLValidator} from 'fast-xml-parser'
import {describe, expect, it} from 'vitest'
import {runInProcess, runJsonInProcess} from '../helpers/run-in-process.js'

const SMALL = 'test/fixtures/graph/small'

/** Checks well-formedness with a strict validator, then counts elements by name. */
function parseXml(xml: string): {counts: Map<string, number>; nodeIds: string[]; keys: string[]; dataKeys: Set<string>} {
  const valid = XMLValidator.validate(xml)
  if (valid !== true) throw new Error(`not well-formed XML: ${JSON.stringify(valid.err)}`)
  const tree = new XMLParser({ignoreAttributes: false, attributeNamePrefix: '@', preserveOrder: true}).parse(xml) as XmlNode[]
  const counts = new Map<string, number>()
  const nodeIds: string[] = []
  const keys: string[] = []
  const dataKeys = new Set<string>()
  const walk = (nodes: XmlNode[]) => {
    for (const n of nodes) {
      const name = Object.keys(n).find(k => k !== ':@')
      if (!name || name.startsWith('?') || name === '#text') continue
      const local = name.includes(':') ? name.slice(name.indexOf(':') + 1) : name
      counts.set(local, (counts.get(local) ?? 0) + 1)
      const attr = (a: string) => String(n[':@']?.[`@${a}`] ?? '')
      if (local === 'node') nodeIds.push(attr('id'))
      if (local === 'key') keys.push(attr('id'))
      if (local === 'data') dataKeys.add(attr('key'))
      walk(n[name] as XmlNode[])
    }
  }
  walk(tree)
  return {counts, nodeIds, keys, dataKeys}
}

type XmlNode = Record<string, unknown> & {':@'?: Record<string, unknown>}

const hasDot = spawnSync('dot', ['-V']).status === 0
const hasNetworkx = spawnSync('python3', ['-c', 'import networkx']).status === 0

describe('graph', () => {
  it('--format json: systems, edges, cycles and the classified count', async () => {
    const r = await runJsonInProcess<{nodes: Array<{id: string}>; edges: unknown[]; cycles: Array<{systems: string[]}>; classified: {systems: number; edges: number}}>(['graph', SMALL])
    expect(r.code).toBe(0)
    expect(r.json.nodes.length).toBe(10)
    expect(r.json.edges.length).toBe(4)
    expect(r.json.cycles).toEqual([{systems: ['c-data', 'd-legacy'], classified: 0}])
    expect(r.json.classified).toEqual({systems: 1, edges: 2})
    const human = await runInProcess(['graph', SMALL, '--format', 'json'])
    expect(JSON.parse(human.stdout)).toEqual(r.json)
  })

  it('never names a classified system in any format without --include-classified', async () => {
    for (const format of ['dot', 'mermaid', 'graphml', 'json']) {
      const r = await runInProcess(['graph', SMALL, '--format', format])
      expect(r.code).toBe(0)
      expect(r.stdout).not.toContain('j-secret')
      expect(r.stdout).not.toContain('机要系统')
    }
    expect((await runInProcess(['graph', SMALL, '--format', 'dot', '--include-classified'])).stdout).toContain('"j-secret"')
  })

  it('DOT quotes ids and labels, lists cycles as comments, and renders through Graphviz when installed', async () => {
    const r = await runInProcess(['graph', SMALL, '--format', 'dot'])
    expect(r.stdout).toMatch(/^digraph yunwang \{/)
    expect(r.stdout).toContain('"a-portal" [label="统一\\"门户\\"[新] <A&B>\\na-portal"')
    expect(r.stdout).toContain('"a-portal" -> "b-auth" [label="api"];')
    expect(r.stdout).toContain('// c-data d-legacy')
    expect(r.stdout.match(/ -> /g)?.length).toBe(4)
    if (hasDot) {
      const svg = spawnSync('dot', ['-Tsvg'], {input: r.stdout, encoding: 'utf8'})
      expect(svg.stderr).toBe('')
      expect(svg.status).toBe(0)
      expect(svg.stdout).toContain('<svg')
      expect(svg.stdout.match(/class="node"/g)?.length).toBe(10)
      expect(svg.stdout.match(/class="edge"/g)?.length).toBe(4)
    }
  })

  it('GraphML is well-formed XML with declared keys and the expected node and edge counts', async () => {
    const r = await runInProcess(['graph', SMALL, '--format', 'graphml'])
    const xml = parseXml(r.stdout)
    expect(xml.counts.get('node')).toBe(10)
    expect(xml.counts.get('edge')).toBe(4)
    expect([...xml.dataKeys].filter(k => !xml.keys.includes(k))).toEqual([])
    expect(r.stdout).toContain('统一&quot;门户&quot;[新] &lt;A&amp;B&gt;')
    const all = parseXml((await runInProcess(['graph', SMALL, '--format', 'graphml', '--include-classified'])).stdout)
    expect([all.counts.get('node'), all.counts.get('edge')]).toEqual([11, 6])
    if (hasNetworkx) {
      const read = 'import sys, networkx as nx; g = nx.read_graphml(sys.stdin); print(g.number_of_nodes(), g.number_of_edges(), g.nodes["a-portal"]["name"])'
      const nx = spawnSync('python3', ['-c', read], {input: r.stdout, encoding: 'utf8'})
      expect(nx.stdout.trim()).toBe('10 4 统一"门户"[新] <A&B>')
    }
  })

  it('Mermaid is a flowchart with safe ids and escaped quoted labels', async () => {
    const r = await runInProcess(['graph', SMALL, '--format', 'mermaid'])
    const lines = r.stdout.trimEnd().split('\n')
    expect(lines[0]).toBe('flowchart LR')
    expect(r.stdout).toContain('["统一#quot;门户#quot;#91;新#93; #lt;A#amp;B#gt;<br/>a-portal"]')
    const nodeLines = lines.filter(l => /^\s+n\d+\[".*"\]$/.test(l))
    expect(nodeLines.length).toBe(10)
    expect(lines.filter(l => /^\s+n\d+ -->(\|"[a-z]+"\|)? n\d+$/.test(l)).length).toBe(4)
    expect(lines).toContain('%% c-data d-legacy')
  })

  it('--focus with --depth shows the neighbourhood; a bad focus or depth exits 2', async () => {
    const r = await runJsonInProcess<{nodes: Array<{id: string}>; focus: unknown}>(['graph', SMALL, '--focus', 'b-auth', '--depth', '2'])
    expect(r.json.nodes.map(n => n.id)).toEqual(['a-portal', 'b-auth', 'k-report'])
    expect(r.json.focus).toEqual({id: 'b-auth', depth: 2})
    expect((await runJsonInProcess<{nodes: unknown[]}>(['graph', SMALL, '--focus', 'b-auth'])).json.nodes.length).toBe(2)
    const unknown = await runJsonInProcess<{error: {code: string}}>(['graph', SMALL, '--focus', 'b-aut'])
    expect([unknown.code, unknown.json.error.code]).toEqual([2, 'NOT_FOUND_ID'])
    expect((await runInProcess(['graph', SMALL, '--depth', '2'])).code).toBe(2)
    expect((await runInProcess(['graph', SMALL, '--focus', 'b-auth', '--depth', '-1'])).code).toBe(2)
  })

  it('the bundled example renders in every format', async () => {
    const dot = await runInProcess(['graph', 'examples/jiangsu', '--format', 'dot'])
    expect(dot.code).toBe(0)
    if (hasDot) {
      const svg = spawnSync('dot', ['-Tsvg'], {input: dot.stdout, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024})
      expect(svg.status).toBe(0)
    }
    const json = await runJsonInProcess<{nodes: unknown[]; edges: unknown[]}>(['graph', 'examples/jiangsu'])
    const xml = parseXml((await runInProcess(['graph', 'examples/jiangsu', '--format', 'graphml'])).stdout)
    expect([xml.counts.get('node'), xml.counts.get('edge')]).toEqual([json.json.nodes.length, json.json.edges.length])
  })
})
