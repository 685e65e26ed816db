// `yunwang diff OLD NEW` (or `--git REV [PATHS]`): systems added, removed and moved, nodes and networks
// added, removed and changed, the adoption rate before and after, and compliance findings new and resolved.
import * as Args from '@oclif/core/args'
import * as Flags from '@oclif/core/flags'
import {BaseCommand} from '../base-command.js'
import {formatFlag, includeClassifiedFlag, regionFlag} from '../flags.js'
import {sliceInventory} from '../core/slice/slice-inventory.js'
import {type SliceMembers, sliceMembers} from '../core/slice/slice-members.js'
import {YunwangError} from '../core/errors.js'
import {type DiffResult, diffInventories} from '../core/diff/diff-inventories.js'
import type {Inventory} from '../core/inventory/model.js'
import {t} from '../i18n/index.js'
import {gitSnapshot} from '../io/git-snapshot.js'
import {type LoadResult, loadInventory, loadSources} from '../io/load-inventory.js'
import type {ParseCache} from '../io/parse-cache.js'
import {loadRegionNames} from '../io/load-regions.js'
import {runCheck} from '../core/rules/run-check.js'
import {inventoryPaths} from '../io/project-config.js'
import {renderDiff} from '../render/diff-summary.js'

export type {DiffResult} from '../core/diff/diff-inventories.js'

export default class Diff extends BaseCommand<typeof Diff> {
  static override summary = 'What changed between two inventory snapshots. 比较两个清单快照的变化。'
  static override description = 'Systems added, removed and moved between nodes (on or off the one cloud), other fields changed, nodes and networks added, removed and changed, the cloud-adoption rate before and after, and compliance findings new and resolved. With --git REV, compares the inventory paths at that revision with the working tree. Classified systems and nodes are counted, not named, unless --include-classified.'
  static override strict = false
  static override args = {
    old: Args.string({description: 'the earlier inventory (file or folder)'}),
    new: Args.string({description: 'the later inventory (file or folder)'}),
  }
  static override flags = {
    git: Flags.string({summary: 'Compare the inventory paths at this git revision with the working tree. 与该 git 版本比较。'}),
    format: formatFlag(['table', 'markdown'] as const, 'table'),
    'include-classified': includeClassifiedFlag,
    region: regionFlag,
  }
  static override examples = [
    '<%= config.bin %> diff snapshots/2025-06 inventory',
    '<%= config.bin %> diff --git origin/main --format markdown >> "$GITHUB_STEP_SUMMARY"',
  ]

  public async run(): Promise<DiffResult> {
    const cwd = process.cwd()
    let before: Inventory
    let after: Inventory
    let labels: {before: string; after: string}
    const cache = this.parseCache()
    if (this.flags.git !== undefined) {
      const {paths} = inventoryPaths(this.argvParsed, cwd, this.project)
      const rev = this.flags.git
      const snapshot = await gitSnapshot(rev, paths, cwd)
      before = settle(loadSources(snapshot.sources, snapshot.problems, {cwd, cache}), `${rev}:`)
      after = load(paths, cwd, cache)
      labels = {before: rev, after: paths.join(' ')}
    } else {
      if (this.argvParsed.length !== 2) throw new YunwangError('BAD_FLAG', {reason: t(this.lang, 'diff.usage')})
      const [a, b] = this.argvParsed
      before = load([a], cwd, cache)
      after = load([b], cwd, cache)
      labels = {before: a, after: b}
    }
    const policy = this.policy()
    const regions = loadRegionNames()
    // Each snapshot is sliced by its own records' regions; its findings come from the whole snapshot.
    const slice = this.regionSlice()
    const sides = new Map<Inventory, {whole: Inventory; members?: SliceMembers}>()
    const side = (whole: Inventory): Inventory => {
      const members = slice ? sliceMembers(whole, slice) : undefined
      const view = members ? sliceInventory(whole, members) : whole
      sides.set(view, {whole, members})
      return view
    }
    before = side(before)
    after = side(after)
    const findings = (view: Inventory) => {
      const {whole, members} = sides.get(view)!
      return runCheck(whole, policy, {asOf: this.asOf, lang: this.lang, regions, includeClassified: this.flags['include-classified'], slice: members}).findings
    }
    const result = diffInventories(before, after, {asOf: this.asOf, oneCloud: policy.oneCloud, includeClassified: this.flags['include-classified'], findings})
    if (!this.jsonEnabled()) process.stdout.write(renderDiff(result, before, after, labels, this.lang, this.flags.format))
    return result
  }
}

/** Loads one side from the working tree. */
function load(paths: string[], cwd: string, cache: ParseCache | undefined): Inventory {
  return settle(loadInventory(paths, {cwd, cache}))
}

/** One side's inventory; its problems end the command (exit 2), named with `prefix` (the revision) when given. */
function settle(loaded: LoadResult, prefix = ''): Inventory {
  if (loaded.ok) return loaded.inventory
  for (const p of loaded.problems) {
    p.position.file = prefix + p.position.file
    if (p.related) p.related.file = prefix + p.related.file
  }
  throw new YunwangError('INVALID_INPUT', {}, loaded.problems)
}
