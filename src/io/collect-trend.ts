// The trend's periods: for each period end, the inventory of the newest first-parent commit dated on or
// before it (UTC+8), evaluated as of that end. A commit is loaded once however many periods read it; a
// commit whose inventory does not load gives its periods the first problem's code, and the run goes on.
import type {Lang} from '../i18n/catalog.js'
import type {Inventory} from '../core/inventory/model.js'
import type {Policy} from '../core/policy/model.js'
import {resolvePlanConfig} from '../core/plan/resolve-plan-config.js'
import {checkMeasurements} from '../core/status/check-measurements.js'
import type {StatusBy} from '../core/status/model.js'
import type {TrendError, TrendPeriod} from '../core/trend/model.js'
import {type TrendEvery, commitsAt, periodEnds} from '../core/trend/period-ends.js'
import {trendValues} from '../core/trend/trend-values.js'
import type {Problem} from '../core/errors.js'
import {findPlanConfig} from './find-plan-config.js'
import {GitHistory} from './git-history.js'
import {CommitLoader} from './load-commit.js'
import type {ParseCache} from './parse-cache.js'
import {placeProblems} from './load-inventory.js'

export interface CollectTrendOptions {
  cwd: string
  rev: string
  since: string
  every: TrendEvery
  asOf: string
  lang: Lang
  policy: Policy
  /** --config or yunwang.yaml's `plan` (a working-tree file); else each commit's own PlanConfig. */
  planFile?: string
  by?: StatusBy
  indicator?: string
  includeClassified: boolean
  onParse?: (oid: string) => void
  /** The parse cache (`--no-cache`: none): a blob parsed and checked in an earlier run is read back. */
  cache?: ParseCache
}

export interface TrendWarning {
  code: 'SHALLOW_CLONE'
  data: Record<string, string>
}

export interface CollectedTrend {
  periods: TrendPeriod[]
  warnings: TrendWarning[]
  /** Distinct commits read. */
  commits: number
  /** The committer date (UTC+8) of the oldest commit in the history, if any. */
  first: string | null
}

export async function collectTrend(paths: string[], o: CollectTrendOptions): Promise<CollectedTrend> {
  const history = GitHistory.open(o.rev, paths, o.cwd)
  try {
    const ends = periodEnds(o.since, o.every, o.asOf)
    const at = commitsAt(ends, history.commits.map(c => c.date))
    const oldest = history.commits.at(-1)
    const warnings: TrendWarning[] = []
    if (history.shallow && oldest && at.some(i => i === -1)) warnings.push({code: 'SHALLOW_CLONE', data: {first: oldest.date, since: o.since}})
    const loader = new CommitLoader(history, {cwd: o.cwd, onParse: o.onParse, cache: o.cache})
    // Only the last commit's inventory is kept: the loader may build the next one from it in place.
    let inv: {ok: true; inventory: Inventory} | {ok: false; error: TrendError} | undefined
    const read = new Set<string>()
    const periods: TrendPeriod[] = []
    let previous: string | undefined
    for (let p = 0; p < ends.length; p++) {
      if (at[p] === -1) continue
      const c = history.commits[at[p]]
      if (!inv || previous !== c.commit) {
        const l = await loader.load(c.tree)
        if (l.ok) {
          const problems = checkMeasurements(l.inventory, o.policy)
          inv = problems.length > 0 ? {ok: false, error: trendError(placeProblems(problems, o.cwd, () => ({file: '', text: ''})))} : {ok: true, inventory: l.inventory}
        } else inv = {ok: false, error: trendError(l.problems)}
        read.add(c.commit)
      }
      const period: TrendPeriod = {end: ends[p], commit: c.commit, committed: c.date, carried: previous === c.commit, indicators: {}}
      previous = c.commit
      if (inv.ok) {
        const plan = resolvePlanConfig(findPlanConfig(o.planFile, inv.inventory, o.cwd, o.lang), {}, ends[p])
        const values = trendValues(inv.inventory, o.policy, {asOf: ends[p], lang: o.lang, plan, by: o.by, indicator: o.indicator, includeClassified: o.includeClassified})
        period.indicators = values.indicators
        if (values.groups) period.groups = values.groups
      } else {
        period.error = inv.error
        if (o.by) period.groups = {}
      }
      periods.push(period)
    }
    return {periods, warnings, commits: read.size, first: oldest?.date ?? null}
  } finally {
    o.cache?.close()
    history.close()
  }
}

function trendError(problems: Problem[]): TrendError {
  const first = problems[0]
  return {code: first?.code ?? 'INVALID_INPUT', file: first?.position.file ?? '', line: first?.position.line ?? 1, column: first?.position.column ?? 1, problems: problems.filter(p => p.code !== 'TOO_MANY_ERRORS').length}
}
