// The period ends of a trend: month or quarter ends from a start month up to the evaluation date, the
// last period cut at the evaluation date when it has not ended yet. Dates are calendar dates (UTC+8).
import {addDays} from '../dates.js'

export type TrendEvery = 'month' | 'quarter'
export const TREND_EVERY = ['month', 'quarter'] as const

/** A YYYY-MM a trend may start at (1900-01 to 9999-12). */
export function isTrendMonth(s: string): boolean {
  const m = /^(\d{4})-(\d{2})$/.exec(s)
  return m !== null && Number(m[1]) >= 1900 && Number(m[2]) >= 1 && Number(m[2]) <= 12
}

/** The last day of a month (`month` 1–12). */
function monthEnd(year: number, month: number): string {
  const next = month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`
  return year === 9999 && month === 12 ? '9999-12-31' : addDays(next, -1)
}

/**
 * The ends of the periods from `since` (YYYY-MM) to `asOf` (YYYY-MM-DD), oldest first. A quarter is
 * the calendar quarter the month falls in. The period holding `asOf` ends at `asOf` (so far); a
 * `since` after `asOf` gives none.
 */
export function periodEnds(since: string, every: TrendEvery, asOf: string): string[] {
  const step = every === 'quarter' ? 3 : 1
  let year = Number(since.slice(0, 4))
  // The period's first month (0-based months from January).
  let first = every === 'quarter' ? Math.floor((Number(since.slice(5, 7)) - 1) / 3) * 3 : Number(since.slice(5, 7)) - 1
  const ends: string[] = []
  while (year <= 9999 && `${year}-${String(first + 1).padStart(2, '0')}-01` <= asOf) {
    const end = monthEnd(year, first + step)
    ends.push(end < asOf ? end : asOf)
    if (end >= asOf) break
    first += step
    if (first >= 12) {
      first -= 12
      year += 1
    }
  }
  return ends
}

/** A committer time (seconds since the epoch) as a calendar date in China Standard Time (UTC+8). */
export function chinaDate(epochSeconds: number): string {
  return new Date((epochSeconds + 8 * 3600) * 1000).toISOString().slice(0, 10)
}

/**
 * For each period end, the index of the newest commit (`dates` newest first, as history lists them,
 * each commit's UTC+8 date) dated on or before it, or -1 when there is none. Committer dates need not
 * follow the history's order (a rebase, a wrong clock): the newest commit so dated wins.
 */
export function commitsAt(ends: readonly string[], dates: readonly string[]): number[] {
  return ends.map(end => dates.findIndex(d => d <= end))
}

/** Twelve months by default: the evaluation month and the eleven before it (never before 1900-01). */
export function defaultSince(asOf: string): string {
  const months = Math.max(1900 * 12, Number(asOf.slice(0, 4)) * 12 + Number(asOf.slice(5, 7)) - 1 - 11)
  return `${String(Math.floor(months / 12)).padStart(4, '0')}-${String((months % 12) + 1).padStart(2, '0')}`
}
