// Outputs that attack their consumers: an inventory whose names, departments, exemption fields and a
// file name carry every format's special characters (formula starts, markup, pipes, backslashes,
// escape sequences, NUL and other controls, bidi overrides, characters XML forbids, very long
// names), written in every output format of every command, and each output read by a real parser:
// CSV by csv-parse, XML by fast-xml-parser plus the XML 1.0 character rule, JSON by JSON.parse, DOT
// by Graphviz, HTML by Chromium; human output scanned for control characters.
// The commands run in this process, one at a time (test/helpers/run-in-process.ts): what is checked is
// their output, which is the binary's (test/e2e/run-in-process.test.ts).
import {spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {parse as parseCsv} from 'csv-parse/sync'
import {XMLValidator} from 'fast-xml-parser'
import {chromium} from 'playwright-core'
import stringWidth from 'string-width'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {runAll} from '../helpers/run-cli-async.js'
import type {CliResult} from '../helpers/run-cli.js'
import {runInProcess} from '../helpers/run-in-process.js'

const DOT = '/usr/bin/dot'
const CHROMIUM = '/usr/bin/chromium'
const AS_OF = ['--as-of', '2026-06-30']
/** Long and unbroken, within the schema's 200 characters for a name once the rest is added. */
const LONG = `${'长'.repeat(12)}${'x'.repeat(70)}`
/** Every hostile piece at once, after a lead character chosen per field (formula starts for CSV). */
const hostile = (lead: string): string =>
  `${lead}cmd|' /C calc'!A0 <script>alert(1)</script></svg><xss-probe>&amp;"'\\| \u001B]0;pwn\u0007\u001B[2J\u0000\u0008\u000B\u000C\u007F\u009B\t\r\n\u202E\u2066\uFFFE ${LONG}`

function writeInventory(dir: string, withLater: boolean): void {
  mkdirSync(dir, {recursive: true})
  const y = (v: string) => JSON.stringify(v)
  writeFileSync(join(dir, 'nodes.yaml'), [
    'apiVersion: yunwang/v1', 'kind: NodeInventory', 'nodes:',
    `  - {id: pc, name: ${y(hostile('+'))}, type: provincial-cloud, region: "320000", mlpsCertified: 4}`,
    `  - {id: sb, name: ${y(hostile('@'))}, type: self-built, region: "320000", mlpsCertified: 2}`, '',
  ].join('\n'))
  writeFileSync(join(dir, 'networks.yaml'), [
    'apiVersion: yunwang/v1', 'kind: NetworkInventory', 'networks:',
    `  - {id: ext, name: ${y(hostile('-'))}, type: extranet}`, '',
  ].join('\n'))
  writeFileSync(join(dir, 'systems.yaml'), [
    'apiVersion: yunwang/v1', 'kind: SystemInventory', 'systems:',
    `  - {id: a-portal, name: ${y(hostile('='))}, department: ${y(hostile('-'))}, level: province, region: "320000", hosting: {node: pc}, networks: [ext], dependsOn: [{system: b-auth, kind: api}]}`,
    `  - {id: b-auth, name: ${y(hostile('\t'))}, department: ${y(hostile('\r'))}, level: province, region: "320000", hosting: {node: sb}, dependsOn: [c-data]}`,
    `  - {id: c-data, name: ${y(hostile('-520'))}, department: ${y(hostile('='))}, level: province, region: "320000", hosting: {node: ${withLater ? 'pc' : 'sb'}}, dependsOn: [a-portal]}`,
    '  - id: e-exempt',
    `    name: ${y(hostile('@'))}`,
    `    department: ${y(hostile('+'))}`,
    '    level: province',
    '    region: "320000"',
    '    hosting: {node: sb}',
    `    migration: {strategy: retain, exemption: {reason: ${y(hostile('='))}, approvedBy: ${y(hostile('-'))}, until: 2026-12-30, document: ${y(hostile('@'))}}}`,
    ...(withLater ? [`  - {id: f-new, name: ${y(hostile('+'))}, department: ${y(hostile('@'))}, level: province, region: "320000", hosting: {node: sb}}`] : []),
    '',
  ].join('\n'))
}

type Kind = 'csv' | 'xml' | 'json' | 'dot' | 'mermaid' | 'markdown' | 'human' | 'html'
interface Run {
  argv: string[]
  kind: Kind
  result?: CliResult
}

let dir: string
const runs: Run[] = []

// eslint-disable-next-line no-control-regex
const CONTROL_BUT_LF = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/
// eslint-disable-next-line no-control-regex
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/
const FORMULA = /^[=+\-@\t\r]/

/** Cells of a Markdown table row: split at pipes not escaped by an odd run of backslashes. */
function markdownCells(line: string): number {
  let count = 0
  let slashes = 0
  for (const c of line) {
    if (c === '|' && slashes % 2 === 0) count++
    slashes = c === '\\' ? slashes + 1 : 0
  }
  return count
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'yunwang-escaping-'))
  const now = join(dir, 'now')
  const before = join(dir, 'before')
  writeInventory(now, true)
  writeInventory(before, false)
  const add = (kind: Kind, ...argv: string[]) => runs.push({argv, kind})
  for (const f of ['table', 'csv', 'markdown'] as const) {
    const kind = f === 'table' ? 'human' : f
    add(kind, 'adoption', now, ...AS_OF, '--format', f)
    add(kind, 'impact', 'a-portal', now, ...AS_OF, '--format', f)
    add(kind, 'plan', now, ...AS_OF, '--format', f)
    add(kind, 'ipv6', now, ...AS_OF, '--format', f)
    add(kind, 'check', now, ...AS_OF, '--format', f)
    add(kind, 'check', now, ...AS_OF, '--format', f, '--section', 'exemptions')
  }
  add('xml', 'check', now, ...AS_OF, '--format', 'junit', '--fail-on', 'warning')
  add('dot', 'graph', now, ...AS_OF, '--format', 'dot')
  add('mermaid', 'graph', now, ...AS_OF, '--format', 'mermaid')
  add('xml', 'graph', now, ...AS_OF, '--format', 'graphml')
  add('json', 'graph', now, ...AS_OF, '--format', 'json')
  for (const c of ['adoption', 'plan', 'ipv6', 'check', 'report']) add('json', c, now, ...AS_OF, '--json')
  add('html', 'report', now, ...AS_OF, '--format', 'html')
  add('markdown', 'report', now, ...AS_OF, '--format', 'markdown')
  add('human', 'diff', before, now, ...AS_OF)
  add('markdown', 'diff', before, now, ...AS_OF, '--format', 'markdown')
  add('human', 'validate', now, ...AS_OF)
  const results = await runAll(runs.map(r => () => runInProcess(r.argv)), 1)
  results.forEach((r, i) => {
    runs[i].result = r
  })
}, 240_000)

afterAll(() => rmSync(dir, {recursive: true, force: true}))

const label = (r: Run) => r.argv.filter(a => !a.startsWith(dir)).join(' ')

describe('every output format survives hostile inventory text', () => {
  it('every command succeeds (check: exit 1 for its findings) and stderr carries no control character', () => {
    for (const r of runs) {
      expect([0, 1], `${label(r)}\n${r.result!.stderr.slice(0, 400)}`).toContain(r.result!.code)
      expect(r.result!.stdout.length, label(r)).toBeGreaterThan(0)
      expect(r.result!.stderr, label(r)).not.toMatch(CONTROL_BUT_LF)
    }
  })

  it('CSV: a byte-order mark, one parse with csv-parse, every row as wide as the header, no formula start', () => {
    const csv = runs.filter(r => r.kind === 'csv')
    expect(csv.length).toBeGreaterThan(5)
    for (const r of csv) {
      const out = r.result!.stdout
      expect(out.startsWith('\uFEFF'), label(r)).toBe(true)
      const rows = parseCsv(out, {bom: true, relax_column_count: false}) as string[][]
      expect(rows.length, label(r)).toBeGreaterThan(1)
      for (const cell of rows.flat()) expect(FORMULA.test(cell), `${label(r)}: ${JSON.stringify(cell.slice(0, 20))}`).toBe(false)
    }
  })

  it('XML (JUnit, GraphML): well-formed for fast-xml-parser, no character XML 1.0 forbids', () => {
    for (const r of runs.filter(x => x.kind === 'xml')) {
      expect(XMLValidator.validate(r.result!.stdout), label(r)).toBe(true)
      expect(r.result!.stdout, label(r)).not.toMatch(XML_FORBIDDEN)
    }
  })

  it('JSON: one document each, the names and departments in it exactly as written', () => {
    const json = new Map(runs.filter(x => x.kind === 'json').map(r => [r.argv[0], JSON.parse(r.result!.stdout) as Record<string, unknown>]))
    expect([...json.keys()].sort()).toEqual(['adoption', 'check', 'graph', 'ipv6', 'plan', 'report'])
    for (const [command, doc] of json) expect(Object.keys(doc), command).not.toContain('error')
    const graph = json.get('graph') as {nodes: Array<{id: string; name: string; department: string}>}
    expect(graph.nodes.find(n => n.id === 'a-portal')).toMatchObject({name: hostile('='), department: hostile('-')})
    expect(graph.nodes.find(n => n.id === 'b-auth')).toMatchObject({name: hostile('\t'), department: hostile('\r')})
    const adoption = json.get('adoption') as {groups: Array<{key: string}>}
    expect(adoption.groups.map(g => g.key).sort()).toEqual([hostile('-'), hostile('\r'), hostile('='), hostile('+'), hostile('@')].sort())
  })

  it('DOT: Graphviz draws it', () => {
    const dot = runs.filter(x => x.kind === 'dot')
    for (const r of dot) expect(r.result!.stdout, label(r)).not.toMatch(CONTROL_BUT_LF)
    if (!existsSync(DOT)) return
    for (const r of dot) {
      const g = spawnSync(DOT, ['-Tsvg'], {input: r.result!.stdout, encoding: 'utf8', timeout: 30_000})
      expect(g.status, `${label(r)}\n${g.stderr}`).toBe(0)
      expect(g.stdout).toContain('</svg>')
    }
  })

  it('Mermaid and human output: no escape sequence or other control character, line breaks only', () => {
    for (const r of runs.filter(x => x.kind === 'human' || x.kind === 'mermaid')) {
      expect(r.result!.stdout, label(r)).not.toMatch(CONTROL_BUT_LF)
      expect(r.result!.stdout, label(r)).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/)
    }
  })

  it('human tables keep their grid: every line of a table is as wide as its top rule', () => {
    for (const r of runs.filter(x => x.kind === 'human' && !x.argv.includes('validate'))) {
      const lines = r.result!.stdout.split('\n')
      let width = -1
      for (const line of lines) {
        if (line.startsWith('┌')) width = stringWidth(line)
        else if (width >= 0 && /^[│├└]/.test(line)) expect(stringWidth(line), `${label(r)}: ${line.slice(0, 60)}`).toBe(width)
        if (line.startsWith('└')) width = -1
      }
    }
  })

  it('Markdown: no raw HTML, every row of a table has as many cells as its header, no control character', () => {
    const md = runs.filter(x => x.kind === 'markdown')
    for (const r of md) {
      const out = r.result!.stdout
      expect(out, label(r)).not.toMatch(/<script|<\/svg|<xss-probe/i)
      expect(out, label(r)).not.toMatch(CONTROL_BUT_LF)
      let cells = -1
      for (const line of out.split('\n')) {
        if (!line.startsWith('|')) {
          cells = -1
          continue
        }
        if (cells === -1) cells = markdownCells(line)
        else expect(markdownCells(line), `${label(r)}: ${line.slice(0, 80)}`).toBe(cells)
      }
    }
  })

  it('a file name with a line break is quoted in problem lines, so it cannot forge a line', async () => {
    const bad = join(dir, 'bad')
    mkdirSync(bad, {recursive: true})
    writeFileSync(join(bad, 'x\nforged.yaml:1:1: all good [OK].yaml'), 'apiVersion: yunwang/v1\nkind: SystemInventory\nsystems: 3\n')
    const r = await runInProcess(['validate', bad])
    expect(r.code).toBe(2)
    const out = `${r.stdout}\n${r.stderr}`
    expect(out).toContain('x\\nforged.yaml')
    expect(out.split('\n').some(l => l.startsWith('forged'))).toBe(false)
  })

  it('HTML report in Chromium: no script runs, no console error, no injected element, nothing wider than the page', {timeout: 120_000}, async () => {
    const html = runs.find(x => x.kind === 'html')!.result!.stdout
    expect(html).not.toMatch(/<script|<xss-probe|<\/svg><b/i)
    expect(html).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/)
    if (!existsSync(CHROMIUM)) return
    const file = join(dir, 'report.html')
    writeFileSync(file, html)
    const browser = await chromium.launch({executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking']})
    try {
      const page = await browser.newPage({viewport: {width: 900, height: 1200}})
      const errors: string[] = []
      const dialogs: string[] = []
      page.on('console', m => {
        if (m.type() === 'error') errors.push(m.text())
      })
      page.on('pageerror', e => errors.push(e.message))
      page.on('dialog', async d => {
        dialogs.push(d.message())
        await d.dismiss()
      })
      await page.goto(pathToFileURL(file).href, {waitUntil: 'load'})
      expect(errors).toEqual([])
      expect(dialogs).toEqual([])
      expect(await page.locator('script, xss-probe').count()).toBe(0)
      expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(900)
    } finally {
      await browser.close()
    }
  })
})
