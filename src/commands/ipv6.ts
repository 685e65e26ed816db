// `yunwang ipv6 [PATHS]`: dual-stack readiness, blockers ranked, address problems, prefix conflicts.
import * as Flags from '@oclif/core/flags'
import {BaseCommand, inventoryPathsArg} from '../base-command.js'
import {allRowsFlag, forceFlag, formatFlag, regionFlag, tableOutFlag} from '../flags.js'
import {sliceIpv6} from '../core/slice/slice-ipv6.js'
import {type Ipv6Result, computeIpv6Readiness} from '../core/ipv6/compute-ipv6-readiness.js'
import {loadRegionNames} from '../io/load-regions.js'
import {regionLabeller} from '../core/inventory/region-label.js'
import {cityGroupOfSystem} from '../core/inventory/city-group.js'
import {IPV6_SECTIONS, conflictsListed, ipv6Sheets, renderIpv6} from '../render/ipv6.js'
import {rowLimit} from '../render/row-limit.js'
import {SHEET_FORMATS, shownFormat} from '../render/tabular.js'

import {t} from '../i18n/index.js'
import {type WarningJson, warningJson} from '../core/warning.js'

/** The readiness result with warnings as every command gives them. */
export type Ipv6CommandResult = Omit<Ipv6Result, 'warnings'> & {warnings: WarningJson[]}

export default class Ipv6 extends BaseCommand<typeof Ipv6> {
  static override summary = 'IPv6 dual-stack readiness, blockers, address problems and prefix conflicts. IPv6 双栈就绪情况。'
  static override description = 'Each in-scope system is ready, partial, blocked or unknown with its reasons; blockers are ranked by the systems they hold back; addresses are checked; overlapping network prefixes are listed.'
  static override strict = false
  static override args = {paths: inventoryPathsArg}
  static override flags = {
    by: Flags.option({options: ['department', 'region', 'city'] as const, summary: 'Group the readiness rate by department, region or city (counties roll up to their city; province-level systems form their own group). 按部门、地区或设区市分组。'})(),
    format: formatFlag(SHEET_FORMATS, 'table'),
    out: tableOutFlag,
    force: forceFlag,
    section: Flags.option({options: IPV6_SECTIONS, summary: 'Show one table only (csv shows one: systems, or groups with --by). 只输出一张表。'})(),
    all: allRowsFlag,
    region: regionFlag,
  }
  static override examples = [
    '<%= config.bin %> ipv6 examples/jiangsu',
    '<%= config.bin %> ipv6 examples/jiangsu --by region',
    '<%= config.bin %> ipv6 examples/jiangsu --section blockers --format csv',
    '<%= config.bin %> ipv6 examples/jiangsu --json',
    '<%= config.bin %> ipv6 examples/jiangsu --by region --format xlsx --out ipv6.xlsx',
  ]

  public async run(): Promise<Ipv6CommandResult> {
    const inv = this.loadInventoryOrThrow(this.argvParsed)
    const slice = this.sliceOf(inv)
    const by = this.flags.by
    let groupBy
    if (by === 'department') groupBy = {by, key: (s: {department: string}) => s.department, label: (k: string) => k}
    else if (by === 'region') {
      groupBy = {by, key: (s: {region: string}) => s.region, label: regionLabeller(loadRegionNames(), this.lang)}
    } else if (by === 'city') groupBy = {by, key: cityGroupOfSystem, label: this.cityLabel()}
    const options = {groupBy}
    const whole = this.phase('ipv6', inv.systems.length, () => computeIpv6Readiness(inv, options))
    const result = slice ? sliceIpv6(inv, whole, slice, options) : whole
    const format = shownFormat(this.flags.format)
    this.deliver(() => renderIpv6(result, {lang: this.lang, format, section: this.flags.section, limit: rowLimit(this.flags.all)}), () => ipv6Sheets(result, {lang: this.lang, section: this.flags.section}))
    if (!this.jsonEnabled()) {
      // A CSV file or a workbook holds only rows, so the capped pair list is said on stderr.
      if ((this.flags.format === 'csv' || this.flags.format === 'xlsx') && this.flags.section === 'conflicts' && result.conflictCount > result.conflicts.length) {
        process.stderr.write(`yunwang: ${conflictsListed(result, this.lang)}\n`)
      }
    }
    return {...result, warnings: result.warnings.map(w => warningJson(w.code, t(this.lang, 'ipv6.emptyScope')))}
  }
}
