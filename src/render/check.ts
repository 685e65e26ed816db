// The forms `check` prints: a table grouped by department, CSV, Markdown (a CI job summary) and JUnit
// XML (Jenkins, GitLab test reports). Every form lists findings in the order the check sorted them;
// table and Markdown add the exemption register, which CSV gives on its own with --section exemptions.
import {terminalLines, terminalText} from './escape/terminal-text.js'
import {textTable} from './text-table.js'
import type {ExemptionCover} from '../core/inventory/scope.js'
import type {ExemptionEntry, ExemptionRegister} from '../core/rules/list-exemptions.js'
import type {CheckOutcome, DepartmentSummary, Finding} from '../core/rules/run-check.js'
import type {CitySummary} from '../core/rules/summarize-cities.js'
import {SEVERITIES, type Severity} from '../core/policy/model.js'
import {type Lang, t} from '../i18n/index.js'
import {renderTabular, Strong} from './tabular.js'
import type {NamedTable} from './xlsx.js'
import {xmlText} from './escape/xml-text.js'
import {firstRows, moreLine, worstRows} from './row-limit.js'

export const CHECK_SECTIONS = ['findings', 'exemptions'] as const
export type CheckSection = (typeof CHECK_SECTIONS)[number]

export interface CheckView {
  outcome: CheckOutcome
  register: ExemptionRegister
  /** The pack's exemptionNoticeDays: what `expiring` means. */
  noticeDays: number
  /** One part only; both when absent (CSV: findings). */
  section?: CheckSection
  lang: Lang
  asOf: string
  policy: string
  failOn: Severity
  /** With --by city: each city's status, shown after the departments'. */
  cities?: CitySummary[]
  /** Rows each list shows in table and Markdown form (the most severe findings, the worst departments); default all. */
  limit?: number
}

const sev = (lang: Lang, s: Severity) => t(lang, `check.severity.${s}`)
const subjectText = (lang: Lang, f: Finding) => `${t(lang, `check.subject.${f.subject.kind}`)} ${f.subject.id}`
// A department heads its findings on a line of its own: a line break in it is shown, never obeyed.
const departmentText = (lang: Lang, d: string | null) => (d === null ? t(lang, 'check.noDepartment') : terminalText(d))

/** Departments that fail or warn over classified systems only, and so go unnamed. */
const withheld = (v: CheckView) => v.outcome.departmentsWithheld.fail + v.outcome.departmentsWithheld.warn

export function summaryLine(v: CheckView): string {
  const {summary, departments, findings} = v.outcome
  const by = (s: DepartmentSummary['status']) => departments.filter(d => d.status === s).length
  return t(v.lang, 'check.summary', {
    ...summary, total: findings.length, departments: departments.length,
    fail: by('fail'), warn: by('warn'), pass: by('pass'), asOf: v.asOf, policy: v.policy,
  })
}

const STATUS_RANK: Record<DepartmentSummary['status'], number> = {fail: 0, warn: 1, pass: 2}
const limitOf = (v: CheckView): number => v.limit ?? Number.POSITIVE_INFINITY

/** Departments in their order; cut to the limit, the failing ones, then the warning ones, are kept. */
function departmentRows(v: CheckView): {rows: Array<Array<string | number>>; more: number} {
  const {shown, more} = worstRows(v.outcome.departments, limitOf(v), d => STATUS_RANK[d.status])
  return {rows: shown.map(d => [d.department, t(v.lang, `check.status.${d.status}`), ...SEVERITIES.map(s => d.counts[s])]), more}
}

/** Findings in the check's order; cut to the limit, the most severe are kept. */
const shownFindings = (v: CheckView): {shown: Finding[]; more: number} => worstRows(v.outcome.findings, limitOf(v), f => SEVERITIES.indexOf(f.severity))

function departmentHeader(lang: Lang): string[] {
  return [t(lang, 'check.col.department'), t(lang, 'check.col.status'), ...SEVERITIES.map(s => sev(lang, s))]
}

/** The city summary of --by city, as a heading and a table (empty without it). */
function citySection(v: CheckView, format: 'table' | 'markdown'): string[] {
  if (!v.cities) return []
  const header = [t(v.lang, 'adoption.col.city'), t(v.lang, 'adoption.col.code'), t(v.lang, 'check.col.status'), ...SEVERITIES.map(s => sev(v.lang, s))]
  const rows = v.cities.map(c => [c.label, c.key, t(v.lang, `check.status.${c.status}`), ...SEVERITIES.map(s => c.counts[s])])
  const title = format === 'markdown' ? `### ${t(v.lang, 'check.cities')}` : t(v.lang, 'check.cities')
  return [title, ...(format === 'markdown' ? [''] : []), renderTabular({header, rows, numeric: [3, 4, 5, 6]}, format).trimEnd(), '']
}

export const coversText = (lang: Lang, covers: readonly ExemptionCover[]): string => covers.map(c => t(lang, `check.cover.${c}`)).join(lang === 'zh' ? '、' : ', ')
const exemptionSubject = (lang: Lang, e: ExemptionEntry) => `${t(lang, `check.subject.${e.kind}`)} ${e.id}`
/** File number, approver and date in one cell, wrapped at the spaces between them. */
const approval = (e: ExemptionEntry) => [e.document ?? '—', e.approvedBy, e.approvedOn ?? ''].filter(x => x !== '').join(' ')

/** "7 exemption(s): 5 valid, 1 running out within 90 days, 1 expired", and the classified ones counted. */
export function exemptionsSummary(lang: Lang, register: ExemptionRegister, noticeDays: number): string {
  const count = (s: ExemptionEntry['status']) => register.exemptions.filter(e => e.status === s).length
  const line = t(lang, 'check.exemptions.summary', {total: register.exemptions.length, valid: count('valid'), expiring: count('expiring'), expired: count('expired'), days: noticeDays})
  return register.classified > 0 ? `${line}${t(lang, 'check.exemptions.classified', {count: register.classified})}` : line
}

function exemptionRows(v: CheckView): string[][] {
  const {lang} = v
  return firstRows(v.register.exemptions, limitOf(v)).shown.map(e => [
    t(lang, `check.exemption.${e.status}`), e.until, String(e.daysLeft), exemptionSubject(lang, e), departmentText(lang, e.department),
    coversText(lang, e.covers), approval(e), e.reason,
  ])
}

function exemptionHeader(lang: Lang): string[] {
  return (['status', 'until', 'daysLeft', 'subject', 'department', 'covers', 'approval', 'reason'] as const).map(c => t(lang, `check.exemptions.col.${c}`))
}

/** The register as the human table: most urgent first (sorted by until), the reason wrapped. */
function exemptionsTable(v: CheckView): string[] {
  const out = [t(v.lang, 'check.exemptions.title')]
  if (v.register.exemptions.length === 0) out.push(t(v.lang, 'check.exemptions.none'))
  else {
    out.push(textTable([exemptionHeader(v.lang), ...exemptionRows(v)], {right: [2], wrap: {4: 16, 6: 22, 7: 28}}).trimEnd())
    out.push(...moreLine(v.register.exemptions.length - Math.min(v.register.exemptions.length, limitOf(v)), v.lang), '')
  }
  out.push(exemptionsSummary(v.lang, v.register, v.noticeDays), '')
  return out
}

/**
 * Findings grouped by department (departments in name order, the unattributed last), the exemption
 * register, then the status of every department and the summary; --section keeps one part.
 */
export function renderCheckTable(v: CheckView): string {
  const {lang} = v
  if (v.section === 'exemptions') return terminalLines(`${exemptionsTable(v).join('\n')}\n`)
  const groups = new Map<string | null, Finding[]>()
  const findings = shownFindings(v)
  for (const f of findings.shown) {
    const list = groups.get(f.department)
    if (list) list.push(f)
    else groups.set(f.department, [f])
  }
  const keys = [...groups.keys()].sort((a, b) => (a === null ? 1 : b === null ? -1 : a < b ? -1 : a > b ? 1 : 0))
  const out: string[] = []
  const status = new Map(v.outcome.departments.map(d => [d.department, d.status]))
  for (const k of keys) {
    const st = k === null ? undefined : status.get(k)
    out.push(`${departmentText(lang, k)}${st ? ` — ${t(lang, `check.status.${st}`)}` : ''}`)
    const rows = groups.get(k)!.map(f => [sev(lang, f.severity), f.rule, subjectText(lang, f), f.message, f.source])
    // Messages are long sentences: wrap them so a row stays readable in a 120-column terminal, at
    // spaces, so that ids and dates inside a Chinese sentence are never cut in two.
    out.push(textTable([[t(lang, 'check.col.severity'), t(lang, 'check.col.rule'), t(lang, 'check.col.subject'), t(lang, 'check.col.message'), t(lang, 'check.col.source')], ...rows], {wrap: {3: 56, 4: 22}}))
  }
  if (keys.length === 0) out.push(t(lang, 'check.none'), '')
  if (findings.more > 0) out.push(...moreLine(findings.more, lang), '')
  if (v.section === undefined) out.push(...exemptionsTable(v))
  out.push(t(lang, 'check.departments'))
  const departments = departmentRows(v)
  out.push(renderTabular({header: departmentHeader(lang), rows: departments.rows, numeric: [2, 3, 4, 5]}, 'table').trimEnd())
  out.push(...moreLine(departments.more, lang, false), '')
  if (withheld(v) > 0) out.push(t(lang, 'check.departmentsWithheld', {count: withheld(v)}))
  out.push(...citySection(v, 'table'))
  out.push(summaryLine(v))
  return terminalLines(`${out.join('\n')}\n`)
}

/** Column names stay English in every language: CSV is read by scripts and spreadsheets' import rules. One table: findings, or the register with --section exemptions. */
export function renderCheckCsv(v: CheckView): string {
  if (v.section === 'exemptions') {
    return renderTabular({
      header: ['kind', 'id', 'name', 'department', 'covers', 'reason', 'approved_by', 'document', 'approved_on', 'until', 'days_left', 'status'],
      rows: v.register.exemptions.map(e => [
        e.kind, e.id, e.name, e.department ?? '', e.covers.join(';'), e.reason, e.approvedBy, e.document ?? '', e.approvedOn ?? '', e.until, e.daysLeft, e.status,
      ]),
    }, 'csv')
  }
  return renderTabular({
    header: ['department', 'severity', 'rule', 'subject_kind', 'subject', 'message', 'source', 'hint'],
    rows: v.outcome.findings.map(f => [f.department ?? '', f.severity, f.rule, f.subject.kind, f.subject.id, f.message, f.source, f.hint]),
  }, 'csv')
}

/**
 * The workbook's sheets, as the Markdown form lays them out but every row: the findings and the status
 * of every department, then the exemption register (--section keeps one part).
 */
export function checkSheets(v: CheckView): NamedTable[] {
  const {lang} = v
  const all: CheckView = {...v, limit: undefined}
  const sheets: NamedTable[] = []
  if (v.section !== 'exemptions') {
    sheets.push({
      name: t(lang, 'check.findings'),
      header: [t(lang, 'check.col.severity'), t(lang, 'check.col.rule'), t(lang, 'check.col.department'), t(lang, 'check.col.subject'), t(lang, 'check.col.message'), t(lang, 'check.col.source')],
      rows: v.outcome.findings.map(f => [sev(lang, f.severity), f.rule, f.department ?? t(lang, 'check.noDepartment'), subjectText(lang, f), f.message, f.source]),
    }, {name: t(lang, 'check.departments'), header: departmentHeader(lang), rows: departmentRows(all).rows, numeric: [2, 3, 4, 5]})
  }
  if (v.section !== 'findings') {
    sheets.push({
      name: t(lang, 'check.exemptions.title'),
      header: (['status', 'until', 'daysLeft', 'subject', 'name', 'department', 'covers', 'document', 'approvedBy', 'approvedOn', 'reason'] as const).map(c => t(lang, `check.exemptions.col.${c}`)),
      rows: v.register.exemptions.map(e => [
        t(lang, `check.exemption.${e.status}`), e.until, e.daysLeft, exemptionSubject(lang, e), e.name, e.department ?? t(lang, 'check.noDepartment'), coversText(lang, e.covers),
        e.document ?? '', e.approvedBy, e.approvedOn ?? '', e.reason,
      ]),
      numeric: [2],
    })
  }
  return sheets
}

/** For a CI job summary ($GITHUB_STEP_SUMMARY, a GitLab or Jenkins report page). */
export function renderCheckMarkdown(v: CheckView): string {
  const {lang} = v
  const out = [`## ${t(lang, 'check.title')}`, '']
  if (v.section !== 'exemptions') out.push(...markdownFindings(v))
  if (v.section !== 'findings') out.push(...markdownExemptions(v))
  return terminalLines(out.join('\n'))
}

function markdownExemptions(v: CheckView): string[] {
  const {lang} = v
  const out = [`### ${t(lang, 'check.exemptions.title')}`, '', exemptionsSummary(v.lang, v.register, v.noticeDays), '']
  if (v.register.exemptions.length === 0) return out
  out.push(renderTabular({
    header: (['status', 'until', 'daysLeft', 'subject', 'name', 'department', 'covers', 'document', 'approvedBy', 'approvedOn', 'reason'] as const).map(c => t(lang, `check.exemptions.col.${c}`)),
    rows: firstRows(v.register.exemptions, limitOf(v)).shown.map(e => [
      // Bold marks what needs a decision soon (expiring) or is already void (expired).
      e.status === 'valid' ? t(lang, 'check.exemption.valid') : new Strong(t(lang, `check.exemption.${e.status}`)),
      e.until, e.daysLeft, exemptionSubject(lang, e), e.name, departmentText(lang, e.department), coversText(lang, e.covers),
      e.document ?? '—', e.approvedBy, e.approvedOn ?? '—', e.reason,
    ]),
    numeric: [2],
  }, 'markdown'))
  const more = v.register.exemptions.length - Math.min(v.register.exemptions.length, limitOf(v))
  if (more > 0) out.push(...moreLine(more, lang), '')
  return out
}

function markdownFindings(v: CheckView): string[] {
  const {lang} = v
  const out = [summaryLine(v), '', `### ${t(lang, 'check.departments')}`, '']
  const departments = departmentRows(v)
  out.push(renderTabular({header: departmentHeader(lang), rows: departments.rows, numeric: [2, 3, 4, 5]}, 'markdown'))
  if (departments.more > 0) out.push(...moreLine(departments.more, lang, false), '')
  if (withheld(v) > 0) out.push(t(lang, 'check.departmentsWithheld', {count: withheld(v)}), '')
  out.push(...citySection(v, 'markdown'))
  out.push(`### ${t(lang, 'check.findings')}`, '')
  if (v.outcome.findings.length === 0) out.push(t(lang, 'check.none'), '')
  else {
    out.push(renderTabular({
      header: [t(lang, 'check.col.severity'), t(lang, 'check.col.rule'), t(lang, 'check.col.department'), t(lang, 'check.col.subject'), t(lang, 'check.col.message'), t(lang, 'check.col.source')],
      rows: shownFindings(v).shown.map(f => [sev(lang, f.severity), f.rule, departmentText(lang, f.department), subjectText(lang, f), f.message, f.source]),
    }, 'markdown'))
    const more = shownFindings(v).more
    if (more > 0) out.push(...moreLine(more, lang), '')
  }
  return out
}

/**
 * One test suite per rule, one test case per subject the rule checked. A finding at or above --fail-on
 * is a <failure>; a lower one leaves the test passing and shows in its <system-out>, so CI pages show
 * warnings without failing the build, just as the exit code does.
 */
export function renderCheckJunit(v: CheckView): string {
  const failAt = SEVERITIES.indexOf(v.failOn)
  const byKey = new Map(v.outcome.findings.map(f => [`${f.rule}\u0000${f.subject.kind}\u0000${f.subject.id}`, f]))
  let tests = 0
  let failures = 0
  const suites: string[] = []
  for (const r of v.outcome.rules) {
    const cases: string[] = []
    let suiteFailures = 0
    const checked = [...r.subjects].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    for (const s of checked) {
      const f = byKey.get(`${r.rule}\u0000${s.kind}\u0000${s.id}`)
      const open = `    <testcase classname="yunwang.${xmlText(r.rule)}" name="${xmlText(`${s.kind} ${s.id}`)}">`
      if (!f) {
        cases.push(`${open}</testcase>`)
        continue
      }
      const body = xmlText(`${f.message}\n${f.source}\n${f.hint}`)
      if (SEVERITIES.indexOf(f.severity) <= failAt) {
        suiteFailures++
        cases.push(`${open}\n      <failure type="${f.severity}" message="${xmlText(f.message)}">${body}</failure>\n    </testcase>`)
      } else {
        cases.push(`${open}\n      <system-out>[${f.severity}] ${body}</system-out>\n    </testcase>`)
      }
    }
    tests += checked.length
    failures += suiteFailures
    suites.push(`  <testsuite name="${xmlText(`${r.rule} ${r.title}`)}" tests="${checked.length}" failures="${suiteFailures}" errors="0" skipped="0">\n${cases.map(c => `${c}\n`).join('')}  </testsuite>`)
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="yunwang check" tests="${tests}" failures="${failures}" errors="0">\n${suites.map(s => `${s}\n`).join('')}</testsuites>\n`
}
