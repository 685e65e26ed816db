// `yunwang trend [PATHS] --since YYYY-MM --every month|quarter`: every indicator of the pack, period by
// period, from the git history of the inventory paths; `--by department --indicator ID` shows who moved.
import * as Flags from '@oclif/core/flags'
import {BaseCommand, inventoryPathsArg} from '../base-command.js'
import {allRowsFlag, formatFlag, planConfigFlag} from '../flags.js'
import {YunwangError} from '../core/errors.js'
import {STATUS_BYS} from '../core/status/model.js'
import type {TrendResult} from '../core/trend/model.js'
import {TREND_EVERY, defaultSince, isTrendMonth} from '../core/trend/period-ends.js'
import {isComputedIndicator, resolveIndicator, trendIndicators} from '../core/trend/trend-values.js'
import {warningJson} from '../core/warning.js'
import {t} from '../i18n/index.js'
import {collectTrend} from '../io/collect-trend.js'
import {inventoryPaths} from '../io/project-config.js'
import {TABULAR_FORMATS} from '../render/tabular.js'
import {rowLimit} from '../render/row-limit.js'
import {renderTrend} from '../render/trend.js'

export type {TrendResult} from '../core/trend/model.js'

/** The indicators with a value per department or region (the scoreboard's groups). */
const GROUPED: Record<'department' | 'region', readonly string[]> = {
  department: ['adoptionRate', 'privateNetworkConsolidation', 'ipv6Readiness'],
  region: ['adoptionRate', 'managedNodeRate', 'ipv6Readiness'],
}

export default class Trend extends BaseCommand<typeof Trend> {
  static override summary = 'The indicators period by period, from the git history of the inventory. 指标逐月走势。'
  static override description =
    'For each month (or quarter) end from --since to the evaluation date, reads the inventory as committed by then — the newest first-parent commit of HEAD whose committer date (China Standard Time, UTC+8) is on or before the period end — and evaluates every indicator of the pack as of that end. ' +
    'Files come from git objects, never the working tree; a file content is parsed once however many commits hold it. A period with no new commit carries the previous one; a commit whose inventory does not load gives its period an error code and the run goes on. ' +
    'With --by department --indicator adoptionRate, one row per department and one column per period: who did not move.'
  static override strict = false
  static override args = {paths: inventoryPathsArg}
  static override flags = {
    since: Flags.string({summary: 'First month, YYYY-MM; default eleven months before the evaluation month. 起始月份。'}),
    every: Flags.option({options: TREND_EVERY, default: 'month' as const, summary: 'Period length. 统计周期。'})(),
    by: Flags.option({options: ['department', 'region'] as const, summary: 'One row per department or region for --indicator. 按部门或地区分列。'})(),
    indicator: Flags.string({summary: 'The indicator --by splits (an indicator id such as adoptionRate, or a target id); default adoptionRate. 分列的指标。'}),
    rev: Flags.string({default: 'HEAD', summary: 'The revision whose first-parent history is read. 读取其历史的版本。'}),
    format: formatFlag(TABULAR_FORMATS, 'table'),
    config: planConfigFlag,
    all: allRowsFlag,
  }
  static override examples = [
    '<%= config.bin %> trend inventory --since 2026-01',
    '<%= config.bin %> trend inventory --since 2025-01 --every quarter --format markdown',
    '<%= config.bin %> trend inventory --since 2026-01 --by department --indicator adoptionRate',
  ]

  public async run(): Promise<TrendResult> {
    for (const p of this.argvParsed) {
      // Paths never reach git's command line, but a path that looks like an option is a mistake.
      if (p.startsWith('-')) throw new YunwangError('BAD_FLAG', {flag: 'paths', value: p, reason: t(this.lang, 'badFlag.trendPath', {value: p})})
    }
    const since = this.flags.since ?? defaultSince(this.asOf)
    if (!isTrendMonth(since)) throw new YunwangError('BAD_FLAG', {flag: 'since', value: since, reason: t(this.lang, 'badFlag.since', {value: since})})
    const policy = this.policy()
    const list = trendIndicators(policy, this.lang)
    const by = this.flags.by
    let indicator: string | undefined
    if (by !== undefined || this.flags.indicator !== undefined) {
      const name = this.flags.indicator ?? 'adoptionRate'
      indicator = resolveIndicator(policy, name)
      if (indicator === undefined) throw new YunwangError('BAD_FLAG', {flag: 'indicator', value: name, reason: t(this.lang, 'badFlag.indicator', {value: name, allowed: list.map(x => x.id).join(', ')})})
      // Reported indicators have a value per department or region wherever departments report one.
      if (by !== undefined && isComputedIndicator(indicator) && !GROUPED[by].includes(indicator)) {
        throw new YunwangError('BAD_FLAG', {flag: 'indicator', value: name, reason: t(this.lang, 'badFlag.indicatorNoGroups', {value: name, by, allowed: GROUPED[by].filter(x => list.some(l => l.id === x)).join(', ')})})
      }
    }
    const cwd = process.cwd()
    const {paths} = inventoryPaths(this.argvParsed, cwd, this.project)
    const collected = await collectTrend(paths, {
      cwd, rev: this.flags.rev, since, every: this.flags.every, asOf: this.asOf, lang: this.lang, policy,
      planFile: this.flags.config ?? this.project.plan, by, indicator: by === undefined ? undefined : indicator, includeClassified: false,
      cache: this.parseCache(),
    })
    const result: TrendResult = {
      asOf: this.asOf,
      since,
      every: this.flags.every,
      indicatorList: list,
      by: by ?? null,
      indicator: by === undefined ? null : indicator ?? null,
      periods: collected.periods,
      first: collected.first,
      warnings: collected.warnings.map(w => warningJson(w.code, t(this.lang, `trend.warning.${w.code}`, w.data), w.data)),
    }
    if (!this.jsonEnabled()) {
      for (const w of result.warnings) process.stderr.write(`yunwang: ${w.message}\n`)
      process.stdout.write(renderTrend(result, this.flags.format, this.lang, this.flags.rev, rowLimit(this.flags.all)))
    }
    return result
  }
}
