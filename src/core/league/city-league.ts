// The league table of cities (城市排名): every city of the region table and every city the inventory
// names, and the province's own group, on every indicator computed from the inventory, each ranked on its
// own (core/league/rank-by-rate.ts); rows in adoption order. The comparison the province's assessment of
// its cities (纳入辖市区和部门绩效考核) rests on.
import {isProvinceCode} from '../inventory/city-group.js'
import type {Inventory} from '../inventory/model.js'
import type {OneCloudDefinition} from '../inventory/scope.js'
import {type ComputedMetric, computedFigures} from '../status/computed-figures.js'
import {rankByRate} from './rank-by-rate.js'

/** The league's columns, in this order. */
export const LEAGUE_METRICS: readonly ComputedMetric[] = ['adoptionRate', 'managedNodeRate', 'privateNetworkConsolidation', 'extranetDualStack', 'ipv6Readiness', 'oneDepartmentOneSystem']

export interface LeagueCell {
  numerator: number
  denominator: number
  /** numerator ÷ denominator; null when there is nothing to count (no data). */
  value: number | null
  /** 1 the highest; shared on ties, the next place skipped; null with no data and for the province's group. */
  rank: number | null
}

export interface LeagueRow {
  /** The city's code, or the province's code for its own group. */
  key: string
  label: string
  /** False for the province's own group: listed, not ranked. */
  ranked: boolean
  cells: Record<ComputedMetric, LeagueCell>
}

export interface CityLeague {
  metrics: readonly ComputedMetric[]
  rows: LeagueRow[]
}

export interface CityLeagueOptions {
  asOf: string
  oneCloud: OneCloudDefinition
  /** The cities listed even without data (the region table's). */
  cities: readonly string[]
  label: (key: string) => string
}

export function cityLeague(inv: Inventory, o: CityLeagueOptions): CityLeague {
  const figures = new Map(LEAGUE_METRICS.map(m => [m, new Map((computedFigures(inv, m, {asOf: o.asOf, oneCloud: o.oneCloud, by: 'city'}).groups ?? []).map(g => [g.key, g]))]))
  const keys = new Set<string>(o.cities)
  for (const groups of figures.values()) for (const key of groups.keys()) keys.add(key)
  const rows: LeagueRow[] = [...keys].sort().map(key => ({key, label: o.label(key), ranked: !isProvinceCode(key), cells: {} as LeagueRow['cells']}))
  for (const m of LEAGUE_METRICS) {
    const groups = figures.get(m)!
    const counts = rows.map(r => groups.get(r.key) ?? {numerator: 0, denominator: 0})
    const ranks = rankByRate(counts.map((c, i) => ({...c, competes: rows[i].ranked})))
    rows.forEach((r, i) => {
      const c = counts[i]
      r.cells[m] = {numerator: c.numerator, denominator: c.denominator, value: c.denominator === 0 ? null : c.numerator / c.denominator, rank: ranks[i]}
    })
  }
  // Adoption order: ranked cities by their adoption place, then cities without data, the province's group last.
  const place = (r: LeagueRow) => r.cells.adoptionRate.rank ?? (r.ranked ? Number.MAX_SAFE_INTEGER - 1 : Number.MAX_SAFE_INTEGER)
  rows.sort((a, b) => place(a) - place(b) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
  return {metrics: LEAGUE_METRICS, rows}
}
