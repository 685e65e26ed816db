// Long lists in human output (table, Markdown): the first rows, then one line saying how many more there
// are, so that a national inventory answers in a screenful. `--all` lifts the limit; CSV and --json always
// hold every row.
import {type Lang, t} from '../i18n/index.js'

/** Rows a human list shows before "and N more", unless --all. */
export const ROWS_SHOWN = 20

/** How many rows a list may show: ROWS_SHOWN, or all of them with --all. */
export const rowLimit = (all: boolean | undefined): number => (all ? Number.POSITIVE_INFINITY : ROWS_SHOWN)

/** The first `limit` rows and the count left out. */
export function firstRows<T>(rows: readonly T[], limit: number): {shown: T[]; more: number} {
  if (rows.length <= limit) return {shown: [...rows], more: 0}
  return {shown: rows.slice(0, limit), more: rows.length - limit}
}

/** "… and 27519 more — use --all or --format csv"; empty when nothing was left out. */
export function moreLine(more: number, lang: Lang, csv = true): string[] {
  if (more <= 0) return []
  return [t(lang, csv ? 'common.more' : 'common.moreNoCsv', {count: more})]
}

/**
 * The `limit` rows that rank first (lowest rank: the most severe, the worst status), in their original
 * order, and the count left out; every row when they fit.
 */
export function worstRows<T>(rows: readonly T[], limit: number, rank: (row: T) => number): {shown: T[]; more: number} {
  if (rows.length <= limit) return {shown: [...rows], more: 0}
  const order = rows.map((row, i) => ({r: rank(row), i})).sort((a, b) => a.r - b.r || a.i - b.i)
  const keep = new Set(order.slice(0, limit).map(x => x.i))
  return {shown: rows.filter((_, i) => keep.has(i)), more: rows.length - limit}
}
