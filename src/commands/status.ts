// `yunwang status [PATHS]`: every target of the policy pack — computed from the inventory or reported in
// Measurements — against its date, worst first; with --baseline, each due wave of a committed plan
// planned against done. Exit 1 with --fail-on when a target is at or below that status.
import {relative} from 'node:path'
import * as Flags from '@oclif/core/flags'
import {BaseCommand, inventoryPathsArg} from '../base-command.js'
import {allRowsFlag, baselineFlag, forceFlag, formatFlag, includeClassifiedFlag, planConfigFlag, regionFlag, tableOutFlag} from '../flags.js'
import {sliceInventory} from '../core/slice/slice-inventory.js'
import {sliceBaseline} from '../core/slice/slice-baseline.js'
import {YunwangError} from '../core/errors.js'
import {regionLabeller} from '../core/inventory/region-label.js'
import {resolvePlanConfig} from '../core/plan/resolve-plan-config.js'
import {compareBaseline} from '../core/status/compare-baseline.js'
import {checkMeasurements} from '../core/status/check-measurements.js'
import {computeStatus} from '../core/status/compute-status.js'
import {STATUS_BYS, type StatusResult} from '../core/status/model.js'
import {labelFor, t} from '../i18n/index.js'
import {findPlanConfig} from '../io/find-plan-config.js'
import {placeProblems} from '../io/load-inventory.js'
import {loadRegionNames} from '../io/load-regions.js'
import {readBaseline} from '../io/read-baseline.js'
import {rowLimit} from '../render/row-limit.js'
import {renderStatus, statusSheets} from '../render/status.js'
import {lineEnded, SHEET_FORMATS, shownFormat} from '../render/tabular.js'

export type {StatusResult} from '../core/status/model.js'

const FAIL_ON = ['overdue', 'behind'] as const

export default class Status extends BaseCommand<typeof Status> {
  static override summary = 'Every target of the policy pack against its date: value, target, status. 目标进展总览。'
  static override description =
    'One line per target of the pack, worst first: computed from the inventory (adoption, managed nodes, private networks, dual stack …) or rolled up from the Measurements departments report (data sharing, data opening, 一网通办 …). ' +
    'Status: met; overdue when the date has passed; on-track when the plan projects the target met by its date; behind; no-data. ' +
    'With --baseline PLAN.json (a saved plan --json), each wave due by the evaluation date: planned, done, slipped. ' +
    'Classified systems are counted, never named, unless --include-classified is given.'
  static override strict = false
  static override args = {paths: inventoryPathsArg}
  static override flags = {
    by: Flags.option({options: STATUS_BYS, summary: 'Per department or region, where the indicator has a per-subject value; per city (counties roll up, province-level systems form their own group), every computed indicator, the cities ranked. 按部门、地区或设区市分列。'})(),
    format: formatFlag(SHEET_FORMATS, 'table'),
    out: tableOutFlag,
    force: forceFlag,
    'fail-on': Flags.option({options: FAIL_ON, summary: 'Exit 1 when a target is overdue (overdue), or overdue or behind (behind). 失败阈值。'})(),
    baseline: baselineFlag,
    config: planConfigFlag,
    'include-classified': includeClassifiedFlag,
    all: allRowsFlag,
    region: regionFlag,
  }
  static override examples = [
    '<%= config.bin %> status examples/jiangsu --as-of 2026-12-02',
    '<%= config.bin %> status examples/jiangsu --by department --format markdown',
    '<%= config.bin %> status examples/jiangsu --by city',
    '<%= config.bin %> status examples/jiangsu --baseline examples/baselines/jiangsu-2026.json --fail-on overdue',
  ]

  public async run(): Promise<StatusResult> {
    const inv = this.loadInventoryOrThrow(this.argvParsed)
    const policy = this.policy()
    const cwd = process.cwd()
    const problems = checkMeasurements(inv, policy)
    if (problems.length > 0) throw new YunwangError('INVALID_INPUT', {}, placeProblems(problems, cwd))
    const baselineFile = this.flags.baseline
    const baseline = baselineFile === undefined ? undefined : readBaseline(baselineFile, cwd)
    const by = this.flags.by
    const regions = by === 'region' ? regionLabeller(loadRegionNames(), this.lang) : by === 'city' ? this.cityLabel() : undefined
    const plan = resolvePlanConfig(findPlanConfig(this.flags.config ?? this.project.plan, inv, cwd, this.lang), {}, this.asOf)
    const includeClassified = this.flags['include-classified']
    const slice = this.sliceOf(inv)
    const scope = slice ? sliceInventory(inv, slice) : undefined
    const outcome = this.phase('plan', inv.systems.length, () =>
      computeStatus(inv, policy, {asOf: this.asOf, lang: this.lang, by, label: key => regions?.(key) ?? key, plan, includeClassified, scope, ...(by === 'city' ? {cities: this.cityCodes()} : {})}))
    const failOn = this.flags['fail-on']
    const failingStatuses: string[] = failOn === 'behind' ? ['overdue', 'behind'] : failOn === 'overdue' ? ['overdue'] : []
    const result: StatusResult = {
      asOf: this.asOf,
      by: by ?? null,
      indicators: outcome.indicators,
      warnings: outcome.warnings.map(w => ({...w, message: t(this.lang, `status.warning.${w.code}`, w)})),
      failing: outcome.indicators.filter(x => failingStatuses.includes(x.status)).length,
    }
    if (baseline && baselineFile !== undefined) {
      const compared = compareBaseline(inv, slice ? sliceBaseline(baseline, slice) : baseline, {asOf: this.asOf, oneCloud: policy.oneCloud, includeClassified})
      result.waves = compared.waves
      result.baseline = {file: relative(cwd, baselineFile) || baselineFile, summary: compared.summary}
    }
    if (!this.jsonEnabled()) for (const w of result.warnings) process.stderr.write(`yunwang: ${w.message}\n`)
    const format = shownFormat(this.flags.format)
    this.deliver(() => lineEnded(renderStatus(result, format, this.lang, rowLimit(this.flags.all))), () => statusSheets(result, this.lang))
    if (!this.jsonEnabled()) {
      if (result.failing > 0) process.stderr.write(`yunwang: ${t(this.lang, 'status.failOn', {count: result.failing, level: labelFor(this.lang, 'status.status.', String(failOn))})}\n`)
    }
    if (result.failing > 0) this.setExitCode(1)
    return result
  }
}
