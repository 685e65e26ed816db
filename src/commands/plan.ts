// `yunwang plan [PATHS] --config FILE`: migration waves into the one cloud and the private-network
// consolidation around them.
import * as Flags from '@oclif/core/flags'
import {BaseCommand, inventoryPathsArg} from '../base-command.js'
import {allRowsFlag, forceFlag, formatFlag, includeClassifiedFlag, planConfigFlag, regionFlag, tableOutFlag} from '../flags.js'
import {sliceInventory} from '../core/slice/slice-inventory.js'
import {slicePlan} from '../core/slice/slice-plan.js'
import {EXIT, YunwangError} from '../core/errors.js'
import {isDateInRange} from '../core/dates.js'
import {type NodeExplanation, explainNode} from '../core/plan/explain-node.js'
import {type Explanation, explainPlacement} from '../core/plan/explain-placement.js'
import {makePlan} from '../core/plan/make-plan.js'
import type {Blackout, PlanResult, ResolvedPlanConfig} from '../core/plan/model.js'
import {resolvePlanConfig} from '../core/plan/resolve-plan-config.js'
import {t} from '../i18n/index.js'
import {findPlanConfig} from '../io/find-plan-config.js'
import {notFoundId} from '../core/inventory/find-system.js'
import {planSheets, renderExplanation, renderPlan, unplacedMessage, warningMessage} from '../render/plan.js'
import {rowLimit} from '../render/row-limit.js'
import {SHEET_FORMATS, shownFormat} from '../render/tabular.js'
import {type WarningJson, warningJson} from '../core/warning.js'

/** The plan with warnings as every command gives them ({code, message, subject, ...data}). */
export type PlanCommandResult = Omit<PlanResult, 'warnings'> & {warnings: WarningJson[]; explanation?: Explanation | NodeExplanation}

export default class Plan extends BaseCommand<typeof Plan> {
  static override summary = 'Plan migration waves into the one cloud and private-network consolidation. 编排迁移上云批次与业务专网整合。'
  static override description = 'Groups dependency cycles and explicit migration groups, schedules them into dated waves under the PlanConfig limits, picks target nodes with capacity, and schedules private-network interconnection and decommissioning. Prints the lower bound on the number of waves next to the plan.'
  static override strict = false
  static override args = {paths: inventoryPathsArg}
  static override examples = [
    '<%= config.bin %> plan examples/jiangsu',
    '<%= config.bin %> plan examples/jiangsu --max-systems-per-wave 10 --blackout 2027-02-01..2027-02-20',
    '<%= config.bin %> plan examples/jiangsu --explain rs-shebao-kaban',
    '<%= config.bin %> plan examples/jiangsu --explain city-ha',
    '<%= config.bin %> plan examples/jiangsu --format xlsx --out plan.xlsx',
    '<%= config.bin %> plan inventory/ --config plan.yaml --json',
  ]

  static override flags = {
    config: planConfigFlag,
    start: Flags.string({summary: 'First day of wave 1, YYYY-MM-DD. 第一批开始日期。'}),
    'wave-days': Flags.integer({summary: 'Length of a wave window in days. 每批天数。', min: 1, max: 366}),
    'max-systems-per-wave': Flags.integer({summary: 'At most this many systems per wave. 每批最多系统数。', min: 1}),
    'max-vcpu-per-wave': Flags.string({summary: 'At most this many vCPU moved per wave. 每批最多 vCPU。'}),
    order: Flags.option({options: ['dependencies-first', 'dependents-first'] as const, summary: 'Which of two dependent groups goes first. 依赖先迁或依赖者先迁。'})(),
    blackout: Flags.string({multiple: true, summary: 'Blackout FROM..TO (repeatable; replaces the file\'s). 封网期。'}),
    explain: Flags.string({summary: 'Say why system ID landed in its wave, or what happens to node ID (onboard, close). 解释某系统的批次或某节点的纳管、关停。'}),
    strict: Flags.boolean({summary: 'Exit 1 when a system cannot be placed or a deadline is missed. 有无法安排或逾期时退出码 1。'}),
    format: formatFlag(SHEET_FORMATS, 'table'),
    out: tableOutFlag,
    force: forceFlag,
    'include-classified': includeClassifiedFlag,
    all: allRowsFlag,
    region: regionFlag,
  }

  public async run(): Promise<PlanCommandResult> {
    const overrides = this.overrides()
    const inv = this.loadInventoryOrThrow(this.argvParsed)
    const file = findPlanConfig(this.flags.config ?? this.project.plan, inv, process.cwd(), this.lang)
    const config = resolvePlanConfig(file, overrides, this.asOf)
    const policy = this.policy()
    const slice = this.sliceOf(inv)
    const scope = slice ? sliceInventory(inv, slice) : undefined
    const outcome = this.phase('plan', inv.systems.length, () => makePlan(inv, config, {asOf: this.asOf, oneCloud: policy.oneCloud, includeClassified: this.flags['include-classified'], targets: policy.targets, scope}))
    const plan = slice ? slicePlan(inv, outcome, slice) : outcome.result
    for (const u of plan.unplaced) u.message = unplacedMessage(u, this.lang)
    const warnings = plan.warnings.map(w => warningJson(w.code, warningMessage(w, this.lang), {subject: w.subject, ...w.data}))
    const result: PlanCommandResult = {...plan, warnings}
    if (this.flags.explain !== undefined) {
      const id = this.flags.explain
      const include = this.flags['include-classified']
      // Without --include-classified a classified system is answered exactly as an id that does not exist.
      const hidden = !include && inv.system.get(id)?.classified === true
      const e = (hidden ? undefined : explainPlacement(inv, outcome, id, this.asOf, policy.oneCloud)) ?? explainNode(inv, outcome, id, policy.oneCloud, include)
      if (!e) throw notFoundId(inv, id, include, {nodes: true})
      result.explanation = e
      // An explanation is prose: --out takes it as text, and a workbook has no table to hold it.
      if (this.flags.format === 'xlsx') throw new YunwangError('BAD_FLAG', {flag: 'format', value: 'xlsx', reason: t(this.lang, 'badFlag.explainXlsx')})
      this.deliver(() => renderExplanation(e, this.lang), () => [])
    } else {
      const format = shownFormat(this.flags.format)
      this.deliver(() => renderPlan(plan, format, this.lang, rowLimit(this.flags.all)), () => planSheets(plan, this.lang))
    }
    const missed = plan.warnings.some(w => w.code === 'DEADLINE_MISSED')
    if (this.flags.strict && (result.unplaced.length > 0 || missed)) this.setExitCode(EXIT.findings)
    return result
  }

  private overrides(): Partial<ResolvedPlanConfig> {
    const f = this.flags
    const o: Partial<ResolvedPlanConfig> = {}
    if (f.start !== undefined) {
      if (!isDateInRange(f.start)) throw new YunwangError('BAD_FLAG', {reason: t(this.lang, 'badFlag.planDate', {flag: '--start', value: f.start})})
      o.start = f.start
    }
    if (f['wave-days'] !== undefined) o.waveDays = f['wave-days']
    if (f['max-systems-per-wave'] !== undefined) o.maxSystemsPerWave = f['max-systems-per-wave']
    if (f['max-vcpu-per-wave'] !== undefined) {
      const v = Number(f['max-vcpu-per-wave'])
      if (!Number.isFinite(v) || v <= 0) throw new YunwangError('BAD_FLAG', {reason: t(this.lang, 'badFlag.positive', {flag: '--max-vcpu-per-wave', value: f['max-vcpu-per-wave']})})
      o.maxVcpuPerWave = v
    }
    if (f.order !== undefined) o.order = f.order
    if (f.blackout !== undefined) {
      o.blackouts = f.blackout.map((b): Blackout => {
        const m = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(b.trim())
        if (!m || !isDateInRange(m[1]) || !isDateInRange(m[2]) || m[1] > m[2]) throw new YunwangError('BAD_FLAG', {reason: t(this.lang, 'badFlag.blackout', {value: b})})
        return {from: m[1], to: m[2]}
      })
    }
    return o
  }
}
