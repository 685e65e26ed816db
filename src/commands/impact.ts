// `yunwang impact ID [PATHS]`: what depends on a system, transitively, and what it depends on;
// `yunwang impact --rank [PATHS]`: the shared platforms ranked by how many systems depend on them.
import * as Args from '@oclif/core/args'
import * as Flags from '@oclif/core/flags'
import {BaseCommand, inventoryPathsArg} from '../base-command.js'
import {allRowsFlag, forceFlag, formatFlag, includeClassifiedFlag, regionFlag, tableOutFlag} from '../flags.js'
import {buildDependencyIndex} from '../core/graph/dependency-index.js'
import {type ImpactResult, computeImpact} from '../core/impact/compute-impact.js'
import {impactSheets, renderImpact} from '../render/impact.js'
import {rowLimit} from '../render/row-limit.js'
import {lineEnded, SHEET_FORMATS, shownFormat} from '../render/tabular.js'
import {findSystemOrThrow} from '../core/inventory/find-system.js'
import {type PlatformRank, rankPlatforms} from '../core/impact/rank-platforms.js'
import {YunwangError} from '../core/errors.js'
import {impactRankSheets, renderImpactRank} from '../render/impact-rank.js'

export type ImpactCommandResult = ImpactResult | PlatformRank

export default class Impact extends BaseCommand<typeof Impact> {
  static override summary = 'What depends on a system, transitively, and what it depends on; --rank ranks the shared platforms. 迁移影响分析。'
  static override description =
    'Lists transitive dependents and dependencies with their department and cloud state, so a planner knows whom to talk to before moving a system. ' +
    'With --rank (and no ID), ranks the shared platforms (systems with provides) by transitive dependents, with how many of those are off the cloud and in how many departments. ' +
    'Classified systems are counted, not named, without --include-classified.'
  static override strict = false
  static override args = {
    id: Args.string({description: 'system id (none with --rank: every argument is then an inventory path)'}),
    paths: inventoryPathsArg,
  }
  static override flags = {
    'include-classified': includeClassifiedFlag,
    format: formatFlag(SHEET_FORMATS, 'table'),
    out: tableOutFlag,
    force: forceFlag,
    all: allRowsFlag,
    region: regionFlag,
    rank: Flags.boolean({default: false, summary: 'Rank the shared platforms (systems with provides) by transitive dependents, instead of one system. 按传递依赖数对共享平台排序。'}),
  }
  static override examples = ['<%= config.bin %> impact plat-auth examples/jiangsu', '<%= config.bin %> impact rs-shebao-kaban examples/jiangsu --json', '<%= config.bin %> impact --rank examples/jiangsu']

  public async run(): Promise<ImpactCommandResult> {
    const includeClassified = this.flags['include-classified']
    if (this.flags.rank) {
      const inv = this.loadInventoryOrThrow(this.argvParsed)
      const policy = this.policy()
      const result = rankPlatforms(inv, buildDependencyIndex(inv), {asOf: this.asOf, oneCloud: policy.oneCloud, includeClassified})
      const label = (role: string) => policy.platformRoles.find(r => r.id === role)?.label[this.lang] ?? role
      const format = shownFormat(this.flags.format)
      this.deliver(() => lineEnded(renderImpactRank(result, format, this.lang, label, rowLimit(this.flags.all))), () => impactRankSheets(result, this.lang, label))
      return result
    }
    const [id, ...paths] = this.argvParsed
    if (id === undefined) throw new YunwangError('MISSING_ARGUMENT', {args: ['id']})
    const inv = this.loadInventoryOrThrow(paths)
    findSystemOrThrow(inv, id, includeClassified)
    const slice = this.sliceOf(inv)
    const result = computeImpact(inv, buildDependencyIndex(inv), id, {asOf: this.asOf, oneCloud: this.policy().oneCloud, includeClassified, ...(slice && !slice.all ? {slice: slice.systems} : {})})
    const format = shownFormat(this.flags.format)
    this.deliver(() => lineEnded(renderImpact(result, format, this.lang, rowLimit(this.flags.all))), () => impactSheets(result, this.lang))
    return result
  }
}
