// `yunwang impact ID [PATHS]`: what depends on a system, transitively, and what it depends on.
import {Args} from '@oclif/core'
import {BaseCommand, inventoryPathsArg} from '../base-command.js'
import {allRowsFlag, forceFlag, formatFlag, includeClassifiedFlag, tableOutFlag} from '../flags.js'
import {buildDependencyIndex} from '../core/graph/dependency-index.js'
import {type ImpactResult, computeImpact} from '../core/impact/compute-impact.js'
import {impactSheets, renderImpact} from '../render/impact.js'
import {rowLimit} from '../render/row-limit.js'
import {SHEET_FORMATS, lineEnded} from '../render/tabular.js'
import {findSystemOrThrow} from '../core/inventory/find-system.js'

export default class Impact extends BaseCommand<typeof Impact> {
  static override summary = 'What depends on a system, transitively, and what it depends on. 迁移影响分析。'
  static override description =
    'Lists transitive dependents and dependencies with their department and cloud state, so a planner knows whom to talk to before moving a system. ' +
    'Classified systems are counted, not named, without --include-classified.'
  static override strict = false
  static override args = {
    id: Args.string({required: true, description: 'system id'}),
    paths: inventoryPathsArg,
  }
  static override flags = {
    'include-classified': includeClassifiedFlag,
    format: formatFlag(SHEET_FORMATS, 'table'),
    out: tableOutFlag,
    force: forceFlag,
    all: allRowsFlag,
  }
  static override examples = ['<%= config.bin %> impact plat-auth examples/jiangsu', '<%= config.bin %> impact rs-shebao-kaban examples/jiangsu --json']

  public async run(): Promise<ImpactResult> {
    const [id, ...paths] = this.argvParsed
    const inv = this.loadInventoryOrThrow(paths)
    const includeClassified = this.flags['include-classified']
    findSystemOrThrow(inv, id, includeClassified)
    const result = computeImpact(inv, buildDependencyIndex(inv), id, {asOf: this.asOf, oneCloud: this.policy().oneCloud, includeClassified})
    const format = this.flags.format === 'xlsx' ? 'table' : this.flags.format
    this.deliver(() => lineEnded(renderImpact(result, format, this.lang, rowLimit(this.flags.all))), () => impactSheets(result, this.lang))
    return result
  }
}
