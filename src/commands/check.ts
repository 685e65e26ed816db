// `yunwang check [PATHS]`: compliance findings against the policy pack, per-department status, the
// exemption register, and an exit code for CI (1 when a finding is at or above --fail-on).
import * as Flags from '@oclif/core/flags'
import {BaseCommand, inventoryPathsArg} from '../base-command.js'
import {allRowsFlag, forceFlag, formatFlag, includeClassifiedFlag, regionFlag, tableOutFlag} from '../flags.js'
import {sliceInventory} from '../core/slice/slice-inventory.js'
import {EXIT, YunwangError} from '../core/errors.js'
import type {Severity} from '../core/policy/model.js'
import {checkPlatformRoles} from '../core/rules/check-platform-roles.js'
import {type ExemptionEntry, listExemptions} from '../core/rules/list-exemptions.js'
import {type CheckOutcome, type DepartmentSummary, type Finding, type SeverityCounts, failsAt, knownDepartments, runCheck} from '../core/rules/run-check.js'
import {type CitySummary, summarizeCities} from '../core/rules/summarize-cities.js'
import {nearest} from '../core/text/nearest.js'
import {t} from '../i18n/index.js'
import {placeProblems} from '../io/load-inventory.js'
import {loadRegionNames} from '../io/load-regions.js'
import {CHECK_SECTIONS, type CheckView, checkSheets, renderCheckCsv, renderCheckJunit, renderCheckMarkdown, renderCheckTable} from '../render/check.js'
import {rowLimit} from '../render/row-limit.js'

export interface CheckResult {
  findings: Finding[]
  summary: SeverityCounts
  departments: DepartmentSummary[]
  asOf: string
  policy: string
  failOn: Severity
  /** Whether a finding is at or above --fail-on (the exit code is then 1). */
  failed: boolean
  rules: Array<{rule: string; severity: Severity; subject: string; checked: number; findings: number}>
  disabled: string[]
  notInPack: string[]
  /** The exemption register: every exemption of the inventory (narrowed by --department), sorted by until then id. */
  exemptions: ExemptionEntry[]
  /** Classified systems' exemptions, counted and not named (0 with --include-classified). */
  exemptionsClassified: number
  /** With --by city: each city's status (counties roll up; the province's own group keyed by its code). */
  cities?: CitySummary[]
  /** Departments not listed, or listed with a milder status, because their findings are about classified systems: by the status they would have (0 with --include-classified). */
  departmentsWithheld: {fail: number; warn: number}
}

export default class Check extends BaseCommand<typeof Check> {
  static override summary = 'Compliance findings against the policy pack, per department. 合规检查。'
  static override description = 'Runs the policy pack\'s rules over the inventory: every finding names its subject, department and the clause it rests on; a classified system misplaced is counted on its node or network (SEC-001), not named. ' +
    'Then the exemption register: every exemption with its document, approver, dates, days left and status (valid, expiring, expired); classified systems\' exemptions are counted, not named, unless --include-classified. ' +
    'Exit 1 when a finding is at or above --fail-on, 2 on bad input.'
  static override strict = false
  static override args = {paths: inventoryPathsArg}
  static override flags = {
    'fail-on': Flags.option({options: ['critical', 'error', 'warning'] as const, default: 'error' as const, summary: 'Exit 1 when a finding is at or above this severity. 失败阈值。'})(),
    department: Flags.string({summary: 'Narrow to one department. 只看一个部门。'}),
    by: Flags.option({options: ['city'] as const, summary: 'Also sum the findings up per city: counties roll up to their city, province-level systems form their own group. 按设区市汇总。'})(),
    format: formatFlag(['table', 'csv', 'markdown', 'junit', 'xlsx'] as const, 'table'),
    out: tableOutFlag,
    force: forceFlag,
    section: Flags.option({options: CHECK_SECTIONS, summary: 'Show one part only: findings or the exemption register (csv shows one, findings by default; junit is findings). 只输出一部分。'})(),
    'include-classified': includeClassifiedFlag,
    all: allRowsFlag,
    region: regionFlag,
  }

  static override examples = [
    '<%= config.bin %> check examples/jiangsu',
    '<%= config.bin %> check examples/jiangsu --department 省交通运输厅',
    '<%= config.bin %> check examples/jiangsu --by city',
    '<%= config.bin %> check inventory/ --fail-on warning --format junit > check.xml',
    '<%= config.bin %> check examples/jiangsu --section exemptions --format csv > exemptions.csv',
    '<%= config.bin %> check examples/jiangsu --format xlsx --out check.xlsx',
  ]

  public async run(): Promise<CheckResult> {
    const inv = this.loadInventoryOrThrow(this.argvParsed)
    const slice = this.sliceOf(inv)
    const policy = this.policy()
    const roleProblems = checkPlatformRoles(inv, policy)
    if (roleProblems.length > 0) throw new YunwangError('INVALID_INPUT', {}, placeProblems(roleProblems, process.cwd()))
    const department = this.flags.department
    if (department !== undefined) {
      const known = knownDepartments(inv, this.flags['include-classified'])
      if (!known.includes(department)) {
        const near = nearest(department, known)
        const suggestion = near ? t(this.lang, 'check.didYouMean', {value: near}) : ''
        throw new YunwangError('BAD_FLAG', {reason: t(this.lang, 'check.unknownDepartment', {name: department, suggestion})})
      }
    }
    const failOn = this.flags['fail-on']
    const outcome: CheckOutcome = this.phase('check', inv.systems.length, () => runCheck(inv, policy, {asOf: this.asOf, lang: this.lang, regions: loadRegionNames(), department, includeClassified: this.flags['include-classified'], listSubjects: this.flags.format === 'junit' && !this.jsonEnabled(), slice}))
    const register = listExemptions(slice ? sliceInventory(inv, slice) : inv, {asOf: this.asOf, noticeDays: policy.exemptionNoticeDays, department, includeClassified: this.flags['include-classified']})
    const failed = failsAt(outcome.summary, failOn)
    if (failed) this.setExitCode(EXIT.findings)
    const result: CheckResult = {
      findings: outcome.findings,
      summary: outcome.summary,
      departments: outcome.departments,
      asOf: this.asOf,
      policy: policy.scoped?.id ?? policy.id,
      failOn,
      failed,
      rules: outcome.rules.map(r => ({rule: r.rule, severity: r.severity, subject: r.subject, checked: r.checked, findings: r.findings})),
      disabled: outcome.disabled,
      notInPack: outcome.notInPack,
      exemptions: register.exemptions,
      exemptionsClassified: register.classified,
      departmentsWithheld: outcome.departmentsWithheld,
    }
    if (this.flags.by === 'city') result.cities = summarizeCities(inv, outcome.findings, this.cityLabel())
    const view: CheckView = {outcome, register, cities: result.cities, noticeDays: policy.exemptionNoticeDays, section: this.flags.section, lang: this.lang, asOf: this.asOf, policy: policy.scoped?.id ?? policy.id, failOn, limit: rowLimit(this.flags.all)}
    const render = {table: renderCheckTable, csv: renderCheckCsv, markdown: renderCheckMarkdown, junit: renderCheckJunit, xlsx: renderCheckTable}[this.flags.format]
    this.deliver(() => render(view), () => checkSheets(view))
    if (!this.jsonEnabled()) {
      if (outcome.notInPack.length > 0) process.stderr.write(`yunwang: ${t(this.lang, 'check.notInPack', {rules: outcome.notInPack})}\n`)
      if (failed && this.flags.format === 'table') process.stderr.write(`yunwang: ${t(this.lang, 'check.exit', {failOn: t(this.lang, `check.severity.${failOn}`)})}\n`)
    }
    return result
  }
}
