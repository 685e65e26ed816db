// Names and departments drawn from all of Unicode (controls, tabs, line breaks, lone surrogates, bidi
// controls, wide CJK, combining marks, emoji) go through every command's core and every output format,
// in process: nothing throws, human output shows no raw control character, JSON and CSV give the same
// strings back, and graphml stays well-formed XML.
import {parse as parseCsv} from 'csv-parse/sync'
import fc from 'fast-check'
import {XMLValidator} from 'fast-xml-parser'
import {describe, expect, it} from 'vitest'
import {summarizeAdoption} from '../../src/core/adoption/summarize-adoption.js'
import {diffInventories} from '../../src/core/diff/diff-inventories.js'
import {problem} from '../../src/core/errors.js'
import {buildDependencyIndex} from '../../src/core/graph/dependency-index.js'
import {selectGraphView} from '../../src/core/graph/select-graph-view.js'
import {computeImpact} from '../../src/core/impact/compute-impact.js'
import type {Inventory} from '../../src/core/inventory/model.js'
import {computeIpv6Readiness} from '../../src/core/ipv6/compute-ipv6-readiness.js'
import {makePlan} from '../../src/core/plan/make-plan.js'
import {resolvePlanConfig} from '../../src/core/plan/resolve-plan-config.js'
import {buildReport} from '../../src/core/report/build-report.js'
import {listExemptions} from '../../src/core/rules/list-exemptions.js'
import {runCheck} from '../../src/core/rules/run-check.js'
import type {Lang} from '../../src/i18n/index.js'
import {loadPolicy} from '../../src/io/load-policy.js'
import {loadRegionNames} from '../../src/io/load-regions.js'
import {writeJson} from '../../src/io/write-json.js'
import {renderAdoption} from '../../src/render/adoption.js'
import {type CheckView, renderCheckCsv, renderCheckJunit, renderCheckMarkdown, renderCheckTable} from '../../src/render/check.js'
import {renderDiff} from '../../src/render/diff-summary.js'
import {renderDot} from '../../src/render/graph-dot.js'
import {renderGraphml} from '../../src/render/graph-graphml.js'
import {renderMermaid} from '../../src/render/graph-mermaid.js'
import {renderImpact} from '../../src/render/impact.js'
import {renderIpv6} from '../../src/render/ipv6.js'
import {renderPlan} from '../../src/render/plan.js'
import {problemLine} from '../../src/render/problems.js'
import {renderReportHtml} from '../../src/render/report/render-report-html.js'
import {renderReportMarkdown} from '../../src/render/report/render-report-markdown.js'
import {TABULAR_FORMATS} from '../../src/render/tabular.js'
import {makeInventory} from '../helpers/build-inventory.js'
import {ROOT} from '../helpers/run-cli.js'

const asOf = '2026-12-01'
const policy = loadPolicy(undefined, ROOT)
const regions = loadRegionNames()

/** What a terminal would obey: C0 (but the line feed), DEL, C1, and the bidi embeddings, overrides and isolates. */
// eslint-disable-next-line no-control-regex
const RAW_CONTROL = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/

/** What XML 1.0 (and so the report's inline SVG) cannot carry, and the bidi controls a browser would obey. */
// eslint-disable-next-line no-control-regex
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\u202A-\u202E\u2066-\u2069]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

const SPECIAL = [
  '\t', '\n', '\r', '\r\n', '\u001B[31m', '\u001B]0;title\u0007', '\u0000', '\u0085', '\u2028', '\u2029', '\u202E', '\u2066', '\u200F',
  '\uD800', '\uDFFF', '\uFEFF', '漢', '字', '　', 'ｱ', 'e\u0301', '\u0301', '👨‍👩‍👧', '🇨🇳', '𠀀', '"', "'", ',', ';', '|', '<', '>', '&', '\\',
  '=', '-', '+', '@', '`', '*', '_', '#', '[', ']', '{', '}', '%', ' ', '-->', ']]>',
]
const char = fc.oneof(
  fc.constantFrom(...SPECIAL),
  fc.integer({min: 0, max: 0x10FFFF}).map(cp => (cp >= 0xD800 && cp <= 0xDFFF ? String.fromCharCode(cp) : String.fromCodePoint(cp))),
)
const text = fc.array(char, {minLength: 1, maxLength: 12}).map(cs => cs.join(''))

interface Names {
  names: string[]
  departments: string[]
  lang: Lang
}

function inventoryOf({names, departments}: Names): Inventory {
  return makeInventory({
    systems: [
      {id: 's1', name: names[0], department: departments[0], hosting: {node: 'pc'}, networks: ['net-a']},
      {id: 's2', name: names[1], department: departments[1], hosting: {node: 'sb'}, dependsOn: ['s1'], networks: ['net-a'], ipv6: {addresses: ['2001:db8::1']},
        resources: {vcpu: 4, memoryGiB: 8, storageTiB: 1}},
      {id: 's3', name: names[2], department: departments[0], hosting: {node: 'sb'}, dependsOn: ['s2'], resources: {vcpu: 2, memoryGiB: 4, storageTiB: 1},
        migration: {exemption: {reason: names[1], approvedBy: departments[1], until: '2027-06-30', covers: ['cloud']}}},
    ],
    nodes: [
      {id: 'pc', name: names[2], type: 'provincial-cloud', managed: true, region: '320000', mlpsCertified: 3, dualStack: true, capacity: {vcpu: 1000, memoryGiB: 4000, storageTiB: 100}},
      {id: 'sb', name: names[0], type: 'self-built', region: '320000'},
    ],
    networks: [{id: 'net-a', name: departments[1], type: 'private', prefixes: ['2001:db8::/32', '10.0.0.0/8']}],
  })
}

/** A formula-like cell is kept as text with a leading apostrophe (escape/csv-cell.ts); UTF-8 carries a lone surrogate as U+FFFD. */
const asCsv = (s: string) => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s).replaceAll(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')

function jsonText(value: unknown): string {
  let out = ''
  writeJson(value, chunk => {
    out += chunk
  })
  return out
}

/** Text that follows a line break inside a name in the fixed example: no output line may start with it. */
const AFTER_BREAK = ['甲乙', '称谓']

function expectHuman(out: string, label: string) {
  expect(RAW_CONTROL.exec(out)?.[0], label).toBeUndefined()
  expect(out.split('\n').filter(line => AFTER_BREAK.some(s => line.startsWith(s))), `${label}: a line break of a name kept`).toEqual([])
}

function expectCsv(out: string, id: string, column: string, value: string) {
  const rows = parseCsv(out, {bom: true, columns: true, relax_column_count: false}) as Array<Record<string, string>>
  const row = rows.find(r => Object.values(r).includes(id))
  expect(row?.[column], `${id} ${column}`).toBe(asCsv(value))
}

function everyFormat(n: Names) {
  const {lang} = n
  const inv = inventoryOf(n)
  const index = buildDependencyIndex(inv)

  // check: table, markdown, junit, csv, and the JSON result.
  const outcome = runCheck(inv, policy, {asOf, lang, regions, includeClassified: false, listSubjects: true})
  const register = listExemptions(inv, {asOf, noticeDays: policy.exemptionNoticeDays, includeClassified: false})
  const view: CheckView = {outcome, register, noticeDays: policy.exemptionNoticeDays, lang, asOf, policy: policy.id, failOn: 'error'}
  expectHuman(renderCheckTable(view), 'check table')
  expectHuman(renderCheckMarkdown(view), 'check markdown')
  expect(XMLValidator.validate(renderCheckJunit(view))).toBe(true)
  renderCheckCsv(view)
  expectCsv(renderCheckCsv({...view, section: 'exemptions'}), 's3', 'name', n.names[2])
  const checkJson = JSON.parse(jsonText({findings: outcome.findings, exemptions: register.exemptions})) as {exemptions: Array<{id: string; name: string; reason: string}>}
  expect(checkJson.exemptions.find(e => e.id === 's3')).toMatchObject({name: n.names[2], reason: n.names[1]})

  // impact
  const impact = computeImpact(inv, index, 's1', {asOf, oneCloud: policy.oneCloud, includeClassified: false})
  for (const format of TABULAR_FORMATS) {
    const out = renderImpact(impact, format, lang)
    if (format === 'csv') expectCsv(out, 's2', lang === 'zh' ? '名称' : 'name', n.names[1])
    else expectHuman(out, `impact ${format}`)
  }
  const impactJson = JSON.parse(jsonText(impact)) as typeof impact
  expect(impactJson.name).toBe(n.names[0])
  expect(impactJson.dependents.map(d => [d.id, d.name, d.department])).toEqual([['s2', n.names[1], n.departments[1]], ['s3', n.names[2], n.departments[0]]])

  // plan
  const config = resolvePlanConfig({apiVersion: 'yunwang/v1', kind: 'PlanConfig', start: '2027-01-04', waveDays: 28}, {}, asOf)
  const plan = makePlan(inv, config, {asOf, oneCloud: policy.oneCloud, includeClassified: false, targets: policy.targets})
  for (const format of TABULAR_FORMATS) {
    const out = renderPlan(plan.result, format, lang)
    if (format !== 'csv') expectHuman(out, `plan ${format}`)
  }
  JSON.parse(jsonText(plan.result))

  // ipv6, with groups by department
  const ipv6 = computeIpv6Readiness(inv, {groupBy: {by: 'department', key: (s: {department: string}) => s.department, label: (k: string) => k}})
  for (const format of TABULAR_FORMATS) {
    const out = renderIpv6(ipv6, {lang, format})
    if (format !== 'csv') expectHuman(out, `ipv6 ${format}`)
  }
  const ipv6Json = JSON.parse(jsonText(ipv6)) as typeof ipv6
  expect(new Set(ipv6Json.groups!.map(g => g.label))).toEqual(new Set(n.departments))

  // adoption by department
  const {empty: _, ...adoption} = summarizeAdoption(inv, policy, {asOf, lang, by: 'department', label: k => k})
  const adoptionResult = {asOf, by: 'department' as const, ...adoption, warnings: []}
  for (const format of TABULAR_FORMATS) {
    const out = renderAdoption(adoptionResult, format, lang)
    if (format !== 'csv') expectHuman(out, `adoption ${format}`)
  }
  const adoptionJson = JSON.parse(jsonText(adoptionResult)) as typeof adoptionResult
  expect(new Set(adoptionJson.groups.map(g => g.label))).toEqual(new Set(n.departments))

  // validate: a problem quoting the name
  expectHuman(problemLine({...problem('BAD_VALUE', n.names[0], '/systems/0/name', {value: n.names[1], allowed: [n.departments[0]]}), position: {file: n.names[0], pointer: '/systems/0/name', line: 1, column: 1}}, lang), 'problem line')

  // diff: s2 renamed and moved department, s3 removed
  const after = inventoryOf({...n, names: [n.names[0], n.names[2], n.names[1]], departments: [n.departments[1], n.departments[0]]})
  const findings = (i: Inventory) => runCheck(i, policy, {asOf, lang, regions, includeClassified: false}).findings
  const diff = diffInventories(inv, after, {asOf, oneCloud: policy.oneCloud, includeClassified: false, findings})
  for (const format of ['table', 'markdown'] as const) expectHuman(renderDiff(diff, inv, after, {before: n.names[0], after: n.departments[0]}, lang, format), `diff ${format}`)
  JSON.parse(jsonText(diff))

  // graph: dot, mermaid, graphml, json
  for (const clusterBy of ['department', 'node'] as const) {
    const graph = selectGraphView(inv, index, {asOf, oneCloud: policy.oneCloud, includeClassified: false, clusterBy})
    const dot = renderDot(graph, lang)
    expect(RAW_CONTROL.exec(dot)?.[0], 'dot').toBeUndefined()
    expect(dot.trimEnd().endsWith('}')).toBe(true)
    expect(unbalancedDotString(dot), 'dot strings').toBe(false)
    renderMermaid(graph, lang)
    expect(XMLValidator.validate(renderGraphml(graph))).toBe(true)
    const graphJson = JSON.parse(jsonText(graph)) as {nodes: Array<{id: string; name?: string; label?: string}>}
    expect(JSON.stringify(graphJson)).toContain(JSON.stringify(n.names[1]))
  }

  // report: html and markdown
  const report = buildReport(inv, policy, {asOf, lang, plan: config, regions, includeClassified: false})
  const html = renderReportHtml(report)
  expect(XML_FORBIDDEN.exec(html)?.[0], 'report html').toBeUndefined()
  expectHuman(renderReportMarkdown(report), 'report markdown')
}

/** Whether a DOT text ends inside a double-quoted string (a quote left unescaped). */
function unbalancedDotString(dot: string): boolean {
  let inside = false
  for (let i = 0; i < dot.length; i++) {
    if (inside && dot[i] === '\\') i++
    else if (dot[i] === '"') inside = !inside
  }
  return inside
}

describe('names and departments from all of Unicode, through every format', () => {
  it('never crash, never print a raw control character, and read back the same', () => {
    fc.assert(
      fc.property(
        fc.record({names: fc.array(text, {minLength: 3, maxLength: 3}), departments: fc.uniqueArray(text, {minLength: 2, maxLength: 2}), lang: fc.constantFrom<Lang>('zh', 'en')}),
        n => everyFormat(n),
      ),
      {numRuns: 40, seed: 20_261_202, examples: [[{names: ['名\n称谓', '\t系统\r\n甲乙', '\u001B[31m红'], departments: ['厅\r\n甲乙', '乙\n称谓'], lang: 'zh'}]]},
    )
  }, 240_000)
})
