// `yunwang report [PATHS]`: one report of adoption, the migration plan, IPv6 and compliance for
// leadership — a self-contained HTML file with charts, or Markdown for a CI job summary.
import {relative} from 'node:path'
import * as Flags from '@oclif/core/flags'
import {BaseCommand, inventoryPathsArg} from '../base-command.js'
import {forceFlag, formatFlag, includeClassifiedFlag, planConfigFlag, baselineFlag, regionFlag} from '../flags.js'
import {YunwangError} from '../core/errors.js'
import {buildReport} from '../core/report/build-report.js'
import {type ReportFigures, reportFigures} from '../core/report/report-figures.js'
import {resolvePlanConfig} from '../core/plan/resolve-plan-config.js'
import type {Lang} from '../i18n/index.js'
import {t} from '../i18n/index.js'
import {findPlanConfig} from '../io/find-plan-config.js'
import {loadRegionNames} from '../io/load-regions.js'
import {readBaseline} from '../io/read-baseline.js'
import {writeOutput} from '../io/write-output.js'
import {collectTrend} from '../io/collect-trend.js'
import {inventoryPaths} from '../io/project-config.js'
import type {Policy} from '../core/policy/model.js'
import {defaultSince} from '../core/trend/period-ends.js'
import {renderReportHtml} from '../render/report/render-report-html.js'
import {renderReportMarkdown} from '../render/report/render-report-markdown.js'

export const REPORT_FORMATS = ['html', 'markdown'] as const

export type ReportResult = ReportFigures & {
  asOf: string
  lang: Lang
  format: (typeof REPORT_FORMATS)[number]
  /** The file written; null when the report went to stdout (or, under --json without --out, nowhere). */
  out: string | null
}

export default class Report extends BaseCommand<typeof Report> {
  static override summary = 'One report of adoption, plan, IPv6 and compliance, with charts. 云网建设进展报告。'
  static override description =
    'The figures of adoption, plan, ipv6 and check on one page: a single self-contained HTML file (inline SVG charts, no network, printable on A4) or Markdown for a CI job summary. ' +
    'Classified systems are counted, never named, unless --include-classified is given. With --json the summary figures are printed and the report is written only when --out is given.'
  static override strict = false
  static override args = {paths: inventoryPathsArg}
  static override flags = {
    format: formatFlag(REPORT_FORMATS, 'html'),
    out: Flags.string({summary: 'Write the report to FILE (atomically; never over an existing file without --force), or - for stdout. 输出文件（- 为标准输出）。'}),
    force: forceFlag,
    config: planConfigFlag,
    'include-classified': includeClassifiedFlag,
    baseline: baselineFlag,
    region: regionFlag,
    trend: Flags.boolean({default: false, summary: 'Read the inventory paths\' git history: a 较上月 (vs last month) column in the scoreboard and the actual adoption rate month by month in the trajectory chart. 读取 git 历史：较上月与逐月实际上云率。'}),
  }
  static override examples = [
    '<%= config.bin %> report examples/jiangsu --out report.html',
    '<%= config.bin %> report examples/jiangsu --format markdown >> "$GITHUB_STEP_SUMMARY"',
    '<%= config.bin %> report examples/jiangsu --lang en --as-of 2026-06-30 --out report-en.html --force',
  ]

  public async run(): Promise<ReportResult> {
    const inv = this.loadInventoryOrThrow(this.argvParsed)
    const policy = this.policy()
    const cwd = process.cwd()
    const plan = resolvePlanConfig(findPlanConfig(this.flags.config ?? this.project.plan, inv, cwd, this.lang), {}, this.asOf)
    const baselineFile = this.flags.baseline
    const baseline = baselineFile === undefined ? undefined : {file: relative(cwd, baselineFile) || baselineFile, plan: readBaseline(baselineFile, cwd)}
    const members = this.sliceOf(inv)
    const slice = members ? {members, name: this.regionLabel(members.slice.code)} : undefined
    // The history only on request: the report stays fast, and runs outside git, without it.
    const history = this.flags.trend ? await this.history(policy) : undefined
    const data = buildReport(inv, policy, {asOf: this.asOf, lang: this.lang, plan, regions: loadRegionNames(), includeClassified: this.flags['include-classified'], baseline, slice, cities: this.cityCodes(), cityLabel: this.cityLabel(), history})
    const format = this.flags.format
    const text = format === 'html' ? renderReportHtml(data) : renderReportMarkdown(data)
    let out: string | null = null
    if (this.flags.out === '-') {
      // stdout carries the JSON document under --json; the report cannot share it.
      if (this.jsonEnabled()) throw new YunwangError('BAD_FLAG', {reason: t(this.lang, 'report.stdoutJson')})
      process.stdout.write(text)
    } else if (this.flags.out !== undefined) {
      out = writeOutput(this.flags.out, text, {cwd, force: this.flags.force})
      if (!this.jsonEnabled()) process.stderr.write(`yunwang: ${t(this.lang, 'report.written', {path: out})}\n`)
    } else if (!this.jsonEnabled()) {
      process.stdout.write(text)
    }
    return {asOf: this.asOf, lang: this.lang, format, out, ...reportFigures(data)}
  }

  /** The twelve months up to the evaluation date, as `trend` reads them. */
  private async history(policy: Policy) {
    const cwd = process.cwd()
    const {paths} = inventoryPaths(this.argvParsed, cwd, this.project)
    const collected = await collectTrend(paths, {
      cwd, rev: 'HEAD', since: defaultSince(this.asOf), every: 'month', asOf: this.asOf, lang: this.lang, policy,
      planFile: this.flags.config ?? this.project.plan, includeClassified: this.flags['include-classified'],
      cache: this.parseCache(),
    })
    for (const w of collected.warnings) if (!this.jsonEnabled()) process.stderr.write(`yunwang: ${t(this.lang, `trend.warning.${w.code}`, w.data)}\n`)
    return collected.periods
  }
}
