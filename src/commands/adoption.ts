// `yunwang adoption [PATHS]`: the cloud-adoption rate, overall and per group, against the target.
import * as Flags from '@oclif/core/flags'
import {BaseCommand, inventoryPathsArg} from '../base-command.js'
import {allRowsFlag, forceFlag, formatFlag, regionFlag, tableOutFlag} from '../flags.js'
import {sliceInventory} from '../core/slice/slice-inventory.js'
import {GROUP_BYS} from '../core/adoption/group-adoption.js'
import {type AdoptionResult, summarizeAdoption} from '../core/adoption/summarize-adoption.js'
import {labelFor, t} from '../i18n/index.js'
import {loadRegionNames} from '../io/load-regions.js'
import {regionLabeller} from '../core/inventory/region-label.js'
import {adoptionSheets, renderAdoption} from '../render/adoption.js'
import {rowLimit} from '../render/row-limit.js'
import {lineEnded, SHEET_FORMATS, shownFormat} from '../render/tabular.js'
import {type WarningJson, warningJson} from '../core/warning.js'

export type {AdoptionResult} from '../core/adoption/summarize-adoption.js'

export default class Adoption extends BaseCommand<typeof Adoption> {
  static override summary = 'Cloud-adoption rate, overall and by group, against the target. 非涉密系统上云率。'
  static override description =
    'rate = in-scope systems on the one cloud / in-scope systems; adjustedRate sets validly exempt systems aside. ' +
    'Groups default to --by department and are listed worst first.'
  static override strict = false
  static override args = {paths: inventoryPathsArg}
  static override flags = {
    by: Flags.option({options: GROUP_BYS, default: 'department' as const, summary: 'Group by department, region, city (counties roll up to their city; province-level systems form their own group; cities ranked), level or current hosting node type. 分组方式。'})(),
    format: formatFlag(SHEET_FORMATS, 'table'),
    out: tableOutFlag,
    force: forceFlag,
    all: allRowsFlag,
    region: regionFlag,
  }
  static override examples = [
    '<%= config.bin %> adoption examples/jiangsu',
    '<%= config.bin %> adoption examples/jiangsu --by region --as-of 2025-06-30',
    '<%= config.bin %> adoption examples/jiangsu --by city',
    '<%= config.bin %> adoption examples/jiangsu --by node-type --format markdown',
    '<%= config.bin %> adoption examples/jiangsu --format xlsx --out adoption.xlsx',
  ]

  public async run(): Promise<AdoptionResult> {
    const whole = this.loadInventoryOrThrow(this.argvParsed)
    const slice = this.sliceOf(whole)
    const inv = slice ? sliceInventory(whole, slice) : whole
    const policy = this.policy()
    const by = this.flags.by
    const regions = by === 'region' ? regionLabeller(loadRegionNames(), this.lang) : by === 'city' ? this.cityLabel() : undefined
    const label = (key: string): string => {
      if (regions) return regions(key)
      if (by === 'level') return labelFor(this.lang, 'adoption.level.', key)
      if (by === 'node-type') return labelFor(this.lang, 'adoption.nodeType.', key)
      return key
    }
    const {empty, ...summary} = summarizeAdoption(inv, policy, {asOf: this.asOf, lang: this.lang, by, label})
    const result: AdoptionResult = {
      asOf: this.asOf,
      by,
      ...summary,
      warnings: empty ? [warningJson('EMPTY_SCOPE', t(this.lang, 'adoption.warning.empty'))] : [],
    }
    if (!this.jsonEnabled()) {
      for (const w of result.warnings) process.stderr.write(`yunwang: ${w.message}\n`)
    }
    const format = shownFormat(this.flags.format)
    this.deliver(() => lineEnded(renderAdoption(result, format, this.lang, rowLimit(this.flags.all))), () => adoptionSheets(result, this.lang))
    return result
  }
}
