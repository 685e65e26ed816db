// `yunwang graph [PATHS]`: the dependency graph as DOT, Mermaid, GraphML or JSON, with cycles listed.
import * as Flags from '@oclif/core/flags'
import {BaseCommand, inventoryPathsArg} from '../base-command.js'
import {formatFlag, includeClassifiedFlag, regionFlag} from '../flags.js'
import {YunwangError} from '../core/errors.js'
import {writeJson} from '../io/write-json.js'
import {stdoutWriter} from '../io/write-stdout.js'
import {buildDependencyIndex} from '../core/graph/dependency-index.js'
import {type GraphView, selectGraphView} from '../core/graph/select-graph-view.js'
import {t} from '../i18n/index.js'
import {renderDot} from '../render/graph-dot.js'
import {renderGraphml} from '../render/graph-graphml.js'
import {renderMermaid} from '../render/graph-mermaid.js'
import {findSystemOrThrow} from '../core/inventory/find-system.js'

export type GraphResult = GraphView

export default class GraphCommand extends BaseCommand<typeof GraphCommand> {
  static override summary = 'Export the dependency graph (DOT, Mermaid, GraphML, JSON); cycles listed. 导出依赖关系图。'
  static override description =
    'Systems are coloured by cloud state (on cloud, off cloud, exempt, out of scope) and clustered by department or hosting node. ' +
    'Dependency cycles — groups that must move together — are listed. Classified systems are counted, not named, without --include-classified.'
  static override strict = false
  static override args = {paths: inventoryPathsArg}
  static override flags = {
    format: formatFlag(['dot', 'mermaid', 'graphml', 'json'] as const, 'dot'),
    focus: Flags.string({summary: 'Only this system and its neighbourhood. 只看此系统及其邻域。'}),
    depth: Flags.string({summary: 'Dependency steps from --focus, each direction (default 1). 邻域深度。'}),
    cluster: Flags.option({options: ['department', 'node'] as const, default: 'department' as const, summary: 'Cluster by department or hosting node. 分组方式。'})(),
    'include-classified': includeClassifiedFlag,
    region: regionFlag,
  }
  static override examples = [
    '<%= config.bin %> graph examples/jiangsu --format dot | dot -Tsvg > graph.svg',
    '<%= config.bin %> graph examples/jiangsu --focus plat-auth --depth 2 --format mermaid',
  ]

  public async run(): Promise<GraphResult> {
    const {focus, depth} = this.flags
    if (depth !== undefined && focus === undefined) throw new YunwangError('BAD_FLAG', {reason: t(this.lang, 'graph.badFlag.depth')})
    if (depth !== undefined && !/^\d{1,6}$/.test(depth)) throw new YunwangError('BAD_FLAG', {reason: t(this.lang, 'graph.badFlag.depthValue')})
    const inv = this.loadInventoryOrThrow(this.argvParsed)
    const includeClassified = this.flags['include-classified']
    if (focus !== undefined) findSystemOrThrow(inv, focus, includeClassified)
    const slice = this.sliceOf(inv)
    const view = this.phase('graph', inv.systems.length, () => selectGraphView(inv, buildDependencyIndex(inv), {
      asOf: this.asOf,
      oneCloud: this.policy().oneCloud,
      includeClassified,
      clusterBy: this.flags.cluster,
      focus: focus === undefined ? undefined : {id: focus, depth: depth === undefined ? 1 : Number(depth)},
      ...(slice && !slice.all ? {slice: slice.systems} : {}),
    }))
    if (!this.jsonEnabled()) {
      const format = this.flags.format
      // Straight to stdout: a 100,000-system export is tens of megabytes, too big to go through log formatting.
      if (format === 'json') writeJson(view, stdoutWriter())
      const text = format === 'json' ? '' : format === 'dot' ? renderDot(view, this.lang) : format === 'mermaid' ? renderMermaid(view, this.lang) : renderGraphml(view)
      process.stdout.write(text)
      if (format === 'mermaid' && (view.edges.length > 500 || text.length > 50_000)) {
        process.stderr.write(`yunwang: ${t(this.lang, 'graph.mermaidLarge', {edges: view.edges.length, chars: text.length})}\n`)
      }
      if (view.classified.systems > 0 && format === 'json') process.stderr.write(`yunwang: ${t(this.lang, 'graph.classifiedHidden', view.classified)}\n`)
    }
    return view
  }
}
