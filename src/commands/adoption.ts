// `yunwang adoption [PATHS]`: the cloud-adoption rate (SPEC §5), overall and per group, against the target.
import {Flags} from '@oclif/core'
import {BaseCommand, inventoryPathsArg} from '../base-command.js'
import {type AdoptionGroup, GROUP_BYS, type GroupBy, groupAdoption} from '../core/adoption/group-adoption.js'
import {type TargetProgress, targetProgress} from '../core/adoption/adoption-target.js'
import {computeAdoption} from '../core/adoption/compute-adoption.js'
import {countManagedNodes} from '../core/adoption/managed-nodes.js'
import {t} from '../i18n/index.js'
import {loadRegionNames} from '../io/load-regions.js'
import {regionLabeller} from '../core/inventory/region-label.js'
import {renderAdoption} from '../render/adoption.js'
import {TABULAR_FORMATS} from '../render/tabular.js'

export interface AdoptionResult {
  asOf: string
  by: GroupBy
  rate: number
  onCloud: number
  total: number
  adjustedRate: number
  exempt: number
  excluded: {classified: number; retired: number; planned: number}
  /** The policy's adoption target and the distance to it; rate 1 and by null when the pack sets none. */
  target: (TargetProgress & {label: string}) | {rate: number; by: null}
  /** The one-cloud-built milestone: city cloud nodes under unified management, by the policy's date. */
  oneCloudBuilt: {by: string; managed: number; total: number; rate: number} | null
  groups: AdoptionGroup[]
  warnings: string[]
}

export default class Adoption extends BaseCommand<typeof Adoption> {
  static override summary = 'Cloud-adoption rate, overall and by group, against the target. 非涉密系统上云率。'
  static override description =
    'rate = in-scope systems on the one cloud / in-scope systems (SPEC §5); adjustedRate sets validly exempt systems aside. ' +
    'Groups default to --by department and are listed worst first.'
  static override strict = false
  static override args = {paths: inventoryPathsArg}
  static override flags = {
    by: Flags.option({options: GROUP_BYS, default: 'department' as const, summary: 'Group by department, region, level or current hosting node type. 分组方式。'})(),
    format: Flags.option({options: TABULAR_FORMATS, default: 'table' as const, summary: 'Human output: table, csv or markdown. 输出格式。'})(),
  }
  static override examples = [
    '<%= config.bin %> adoption examples/jiangsu',
    '<%= config.bin %> adoption examples/jiangsu --by region --as-of 2025-06-30',
    '<%= config.bin %> adoption examples/jiangsu --by node-type --format markdown',
  ]

  public async run(): Promise<AdoptionResult> {
    const inv = this.loadInventoryOrThrow()
    const policy = this.policy()
    const options = {asOf: this.asOf, oneCloud: policy.oneCloud}
    const by = this.flags.by
    const counts = computeAdoption(inv, inv.systems, options)
    const regions = by === 'region' ? regionLabeller(loadRegionNames(), this.lang) : undefined
    const label = (key: string): string => {
      if (by === 'region') return regions!(key)
      if (by === 'level') return t(this.lang, `adoption.level.${key}`)
      if (by === 'node-type') return t(this.lang, `adoption.nodeType.${key}`)
      return key
    }
    const adoptionTarget = policy.targets.find(x => x.enabled && x.metric === 'adoptionRate')
    const builtTarget = policy.targets.find(x => x.enabled && x.metric === 'managedNodeRate')
    const result: AdoptionResult = {
      asOf: this.asOf,
      by,
      rate: counts.rate,
      onCloud: counts.onCloud,
      total: counts.total,
      adjustedRate: counts.adjustedRate,
      exempt: counts.exempt,
      excluded: counts.excluded,
      target: adoptionTarget ? {...targetProgress(adoptionTarget, counts, this.asOf), label: adoptionTarget.label[this.lang]} : {rate: 1, by: null},
      oneCloudBuilt: builtTarget ? {by: builtTarget.by, ...countManagedNodes(inv, policy.oneCloud)} : null,
      groups: groupAdoption(inv, by, label, options),
      warnings: counts.empty ? [t(this.lang, 'adoption.warning.empty')] : [],
    }
    if (!this.jsonEnabled()) {
      for (const w of result.warnings) process.stderr.write(`yunwang: ${w}\n`)
      this.log(renderAdoption(result, this.flags.format, this.lang).trimEnd())
    }
    return result
  }
}
